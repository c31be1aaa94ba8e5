from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_component_type import TemplateComponentType
from ..models.template_header_format import TemplateHeaderFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_button import TemplateButton
    from ..models.template_example import TemplateExample


T = TypeVar("T", bound="TemplateComponent")


@_attrs_define
class TemplateComponent:
    """A component as Graph returns it. One lenient shape for every kind, so that a component kind or field Meta adds later
    still parses; new templates are written with the strict `TemplateComponentCreate`.

        Attributes:
            type_ (str | TemplateComponentType | Unset): Component kind.
            format_ (str | TemplateHeaderFormat | Unset): Header format.
            text (str | Unset): Header, body or footer text.
            example (TemplateExample | Unset): Sample values Meta's reviewers use. Text headers take `header_text` (or
                `header_text_named_params`), media headers `header_handle` (upload handles), bodies `body_text` (one list of
                values) or `body_text_named_params`.
            add_security_recommendation (bool | Unset): Authentication body option.
            code_expiration_minutes (int | Unset): Authentication footer option.
            buttons (list[TemplateButton] | Unset): Buttons of a `BUTTONS` component.
    """

    type_: str | TemplateComponentType | Unset = UNSET
    format_: str | TemplateHeaderFormat | Unset = UNSET
    text: str | Unset = UNSET
    example: TemplateExample | Unset = UNSET
    add_security_recommendation: bool | Unset = UNSET
    code_expiration_minutes: int | Unset = UNSET
    buttons: list[TemplateButton] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, TemplateComponentType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        format_: str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, TemplateHeaderFormat):
            format_ = self.format_.value
        else:
            format_ = self.format_

        text = self.text

        example: dict[str, Any] | Unset = UNSET
        if not isinstance(self.example, Unset):
            example = self.example.to_dict()

        add_security_recommendation = self.add_security_recommendation

        code_expiration_minutes = self.code_expiration_minutes

        buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buttons, Unset):
            buttons = []
            for buttons_item_data in self.buttons:
                buttons_item = buttons_item_data.to_dict()
                buttons.append(buttons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if format_ is not UNSET:
            field_dict["format"] = format_
        if text is not UNSET:
            field_dict["text"] = text
        if example is not UNSET:
            field_dict["example"] = example
        if add_security_recommendation is not UNSET:
            field_dict["add_security_recommendation"] = add_security_recommendation
        if code_expiration_minutes is not UNSET:
            field_dict["code_expiration_minutes"] = code_expiration_minutes
        if buttons is not UNSET:
            field_dict["buttons"] = buttons

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_button import TemplateButton
        from ..models.template_example import TemplateExample

        d = dict(src_dict)

        def _parse_type_(data: object) -> str | TemplateComponentType | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = TemplateComponentType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TemplateComponentType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_format_(data: object) -> str | TemplateHeaderFormat | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                format_type_0 = TemplateHeaderFormat(data)

                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TemplateHeaderFormat | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        text = d.pop("text", UNSET)

        _example = d.pop("example", UNSET)
        example: TemplateExample | Unset
        if isinstance(_example, Unset):
            example = UNSET
        else:
            example = TemplateExample.from_dict(_example)

        add_security_recommendation = d.pop("add_security_recommendation", UNSET)

        code_expiration_minutes = d.pop("code_expiration_minutes", UNSET)

        _buttons = d.pop("buttons", UNSET)
        buttons: list[TemplateButton] | Unset = UNSET
        if _buttons is not UNSET:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = TemplateButton.from_dict(buttons_item_data)

                buttons.append(buttons_item)

        template_component = cls(
            type_=type_,
            format_=format_,
            text=text,
            example=example,
            add_security_recommendation=add_security_recommendation,
            code_expiration_minutes=code_expiration_minutes,
            buttons=buttons,
        )

        template_component.additional_properties = d
        return template_component

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
