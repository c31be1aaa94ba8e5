from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageTemplateListSummary")


@_attrs_define
class MessageTemplateListSummary:
    """Summary of the template list.

    Attributes:
        total_count (int | Unset): Number of items in the whole list.
        message_template_count (int | Unset): Templates in the account.
        message_template_limit (int | Unset): Most templates the account may have.
        are_translations_complete (bool | Unset): True when every template exists in every language the account uses.
    """

    total_count: int | Unset = UNSET
    message_template_count: int | Unset = UNSET
    message_template_limit: int | Unset = UNSET
    are_translations_complete: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        message_template_count = self.message_template_count

        message_template_limit = self.message_template_limit

        are_translations_complete = self.are_translations_complete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if message_template_count is not UNSET:
            field_dict["message_template_count"] = message_template_count
        if message_template_limit is not UNSET:
            field_dict["message_template_limit"] = message_template_limit
        if are_translations_complete is not UNSET:
            field_dict["are_translations_complete"] = are_translations_complete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        message_template_count = d.pop("message_template_count", UNSET)

        message_template_limit = d.pop("message_template_limit", UNSET)

        are_translations_complete = d.pop("are_translations_complete", UNSET)

        message_template_list_summary = cls(
            total_count=total_count,
            message_template_count=message_template_count,
            message_template_limit=message_template_limit,
            are_translations_complete=are_translations_complete,
        )

        message_template_list_summary.additional_properties = d
        return message_template_list_summary

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
