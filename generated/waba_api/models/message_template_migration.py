from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageTemplateMigration")


@_attrs_define
class MessageTemplateMigration:
    """Which templates to copy from which account.

    Attributes:
        source_waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        page_number (int | Unset): Zero-based page of the source's templates to copy.
        count (int | Unset): Templates per page.
        template_ids (list[str] | Unset): Copy only these templates.
    """

    source_waba_id: str
    page_number: int | Unset = UNSET
    count: int | Unset = UNSET
    template_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_waba_id = self.source_waba_id

        page_number = self.page_number

        count = self.count

        template_ids: list[str] | Unset = UNSET
        if not isinstance(self.template_ids, Unset):
            template_ids = self.template_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_waba_id": source_waba_id,
            }
        )
        if page_number is not UNSET:
            field_dict["page_number"] = page_number
        if count is not UNSET:
            field_dict["count"] = count
        if template_ids is not UNSET:
            field_dict["template_ids"] = template_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source_waba_id = d.pop("source_waba_id")

        page_number = d.pop("page_number", UNSET)

        count = d.pop("count", UNSET)

        template_ids = cast(list[str], d.pop("template_ids", UNSET))

        message_template_migration = cls(
            source_waba_id=source_waba_id,
            page_number=page_number,
            count=count,
            template_ids=template_ids,
        )

        message_template_migration.additional_properties = d
        return message_template_migration

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
