from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateButtonClicks")


@_attrs_define
class TemplateButtonClicks:
    """Clicks of one button.

    Attributes:
        type_ (str | Unset): Button kind, e.g. `quick_reply_button` or `url_button`.
        button_content (str | Unset): Button label.
        count (int | Unset): Clicks.
    """

    type_: str | Unset = UNSET
    button_content: str | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        button_content = self.button_content

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if button_content is not UNSET:
            field_dict["button_content"] = button_content
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        button_content = d.pop("button_content", UNSET)

        count = d.pop("count", UNSET)

        template_button_clicks = cls(
            type_=type_,
            button_content=button_content,
            count=count,
        )

        template_button_clicks.additional_properties = d
        return template_button_clicks

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
