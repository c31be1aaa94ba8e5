from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhoneNumberButton")


@_attrs_define
class PhoneNumberButton:
    """Calls a phone number.

    Attributes:
        type_ (Literal['PHONE_NUMBER']): Always `PHONE_NUMBER`. Default: 'PHONE_NUMBER'.
        text (str): Button label, at most 25 characters.
        phone_number (str): Phone number with country code, e.g. `+16315551181`.
    """

    text: str
    phone_number: str
    type_: Literal["PHONE_NUMBER"] = "PHONE_NUMBER"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
                "phone_number": phone_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["PHONE_NUMBER"], d.pop("type"))
        if type_ != "PHONE_NUMBER":
            raise ValueError(f"type must match const 'PHONE_NUMBER', got '{type_}'")

        text = d.pop("text")

        phone_number = d.pop("phone_number")

        phone_number_button = cls(
            type_=type_,
            text=text,
            phone_number=phone_number,
        )

        phone_number_button.additional_properties = d
        return phone_number_button

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
