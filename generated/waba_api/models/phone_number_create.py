from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumberCreate")


@_attrs_define
class PhoneNumberCreate:
    """The phone number to add.

    Attributes:
        cc (str): Country calling code without `+`, e.g. `1`.
        phone_number (str): The number without the country code, digits only.
        verified_name (str | Unset): Display name to request for the number.
        migrate_phone_number (bool | Unset): Migrate the number from another WhatsApp Business Account.
        preverified_id (str | Unset): A Graph node id, a string of digits. Example: 102290129340398.
    """

    cc: str
    phone_number: str
    verified_name: str | Unset = UNSET
    migrate_phone_number: bool | Unset = UNSET
    preverified_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cc = self.cc

        phone_number = self.phone_number

        verified_name = self.verified_name

        migrate_phone_number = self.migrate_phone_number

        preverified_id = self.preverified_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cc": cc,
                "phone_number": phone_number,
            }
        )
        if verified_name is not UNSET:
            field_dict["verified_name"] = verified_name
        if migrate_phone_number is not UNSET:
            field_dict["migrate_phone_number"] = migrate_phone_number
        if preverified_id is not UNSET:
            field_dict["preverified_id"] = preverified_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cc = d.pop("cc")

        phone_number = d.pop("phone_number")

        verified_name = d.pop("verified_name", UNSET)

        migrate_phone_number = d.pop("migrate_phone_number", UNSET)

        preverified_id = d.pop("preverified_id", UNSET)

        phone_number_create = cls(
            cc=cc,
            phone_number=phone_number,
            verified_name=verified_name,
            migrate_phone_number=migrate_phone_number,
            preverified_id=preverified_id,
        )

        phone_number_create.additional_properties = d
        return phone_number_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
