from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_button import TemplateButton


T = TypeVar("T", bound="MessageTemplatePreview")


@_attrs_define
class MessageTemplatePreview:
    """The fixed texts of an authentication template in one language.

    Attributes:
        language (str | Unset): Language code.
        header (str | Unset): Header text.
        body (str | Unset): Body text; `{{1}}` stands for the code.
        footer (str | Unset): Footer text.
        buttons (list[TemplateButton] | Unset): Button labels.
    """

    language: str | Unset = UNSET
    header: str | Unset = UNSET
    body: str | Unset = UNSET
    footer: str | Unset = UNSET
    buttons: list[TemplateButton] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        header = self.header

        body = self.body

        footer = self.footer

        buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buttons, Unset):
            buttons = []
            for buttons_item_data in self.buttons:
                buttons_item = buttons_item_data.to_dict()
                buttons.append(buttons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if language is not UNSET:
            field_dict["language"] = language
        if header is not UNSET:
            field_dict["header"] = header
        if body is not UNSET:
            field_dict["body"] = body
        if footer is not UNSET:
            field_dict["footer"] = footer
        if buttons is not UNSET:
            field_dict["buttons"] = buttons

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_button import TemplateButton

        d = dict(src_dict)
        language = d.pop("language", UNSET)

        header = d.pop("header", UNSET)

        body = d.pop("body", UNSET)

        footer = d.pop("footer", UNSET)

        _buttons = d.pop("buttons", UNSET)
        buttons: list[TemplateButton] | Unset = UNSET
        if _buttons is not UNSET:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = TemplateButton.from_dict(buttons_item_data)

                buttons.append(buttons_item)

        message_template_preview = cls(
            language=language,
            header=header,
            body=body,
            footer=footer,
            buttons=buttons,
        )

        message_template_preview.additional_properties = d
        return message_template_preview

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
