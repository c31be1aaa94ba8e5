from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_category import TemplateCategory
from ..models.template_status import TemplateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageTemplateCreateResult")


@_attrs_define
class MessageTemplateCreateResult:
    """The created template.

    Attributes:
        id (str): A Graph node id, a string of digits. Example: 102290129340398.
        status (str | TemplateStatus | Unset): Review status, `PENDING` right after creation.
        category (str | TemplateCategory | Unset): Category, possibly changed by Meta when `allow_category_change` was
            set.
    """

    id: str
    status: str | TemplateStatus | Unset = UNSET
    category: str | TemplateCategory | Unset = UNSET
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

        category: str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, TemplateCategory):
            category = self.category.value
        else:
            category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if category is not UNSET:
            field_dict["category"] = category

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

        def _parse_category(data: object) -> str | TemplateCategory | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = TemplateCategory(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TemplateCategory | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        message_template_create_result = cls(
            id=id,
            status=status,
            category=category,
        )

        message_template_create_result.additional_properties = d
        return message_template_create_result

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
