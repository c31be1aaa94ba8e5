from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_example import TemplateExample


T = TypeVar("T", bound="TemplateHeaderTextComponent")


@_attrs_define
class TemplateHeaderTextComponent:
    """A text header (at most 60 characters, at most one parameter).

    Attributes:
        type_ (Literal['HEADER']): Always `HEADER`. Default: 'HEADER'.
        format_ (Literal['TEXT']): Always `TEXT`. Default: 'TEXT'.
        text (str): Header text, e.g. `Your order {{1}}`.
        example (TemplateExample | Unset): Sample values Meta's reviewers use. Text headers take `header_text` (or
            `header_text_named_params`), media headers `header_handle` (upload handles), bodies `body_text` (one list of
            values) or `body_text_named_params`.
    """

    text: str
    type_: Literal["HEADER"] = "HEADER"
    format_: Literal["TEXT"] = "TEXT"
    example: TemplateExample | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        format_ = self.format_

        text = self.text

        example: dict[str, Any] | Unset = UNSET
        if not isinstance(self.example, Unset):
            example = self.example.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "format": format_,
                "text": text,
            }
        )
        if example is not UNSET:
            field_dict["example"] = example

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_example import TemplateExample

        d = dict(src_dict)
        type_ = cast(Literal["HEADER"], d.pop("type"))
        if type_ != "HEADER":
            raise ValueError(f"type must match const 'HEADER', got '{type_}'")

        format_ = cast(Literal["TEXT"], d.pop("format"))
        if format_ != "TEXT":
            raise ValueError(f"format must match const 'TEXT', got '{format_}'")

        text = d.pop("text")

        _example = d.pop("example", UNSET)
        example: TemplateExample | Unset
        if isinstance(_example, Unset):
            example = UNSET
        else:
            example = TemplateExample.from_dict(_example)

        template_header_text_component = cls(
            type_=type_,
            format_=format_,
            text=text,
            example=example,
        )

        template_header_text_component.additional_properties = d
        return template_header_text_component

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
