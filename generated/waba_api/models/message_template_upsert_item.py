from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_status import TemplateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageTemplateUpsertItem")


@_attrs_define
class MessageTemplateUpsertItem:
    """The template in one language.

    Attributes:
        id (str): A Graph node id, a string of digits. Example: 102290129340398.
        status (str | TemplateStatus | Unset): Review status.
        language (str | Unset): Language code.
    """

    id: str
    status: str | TemplateStatus | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, TemplateStatus):
            status = self.status.value
        else:
            status = self.status

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_status(data: object) -> str | TemplateStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = TemplateStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TemplateStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        language = d.pop("language", UNSET)

        message_template_upsert_item = cls(
            id=id,
            status=status,
            language=language,
        )

        message_template_upsert_item.additional_properties = d
        return message_template_upsert_item

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
