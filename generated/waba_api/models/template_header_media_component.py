from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_media_format import TemplateMediaFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_example import TemplateExample


T = TypeVar("T", bound="TemplateHeaderMediaComponent")


@_attrs_define
class TemplateHeaderMediaComponent:
    """An image, video or document header; `example.header_handle` carries a sample upload handle.

    Attributes:
        type_ (Literal['HEADER']): Always `HEADER`. Default: 'HEADER'.
        format_ (TemplateMediaFormat): Media header formats.
        example (TemplateExample | Unset): Sample values Meta's reviewers use. Text headers take `header_text` (or
            `header_text_named_params`), media headers `header_handle` (upload handles), bodies `body_text` (one list of
            values) or `body_text_named_params`.
    """

    format_: TemplateMediaFormat
    type_: Literal["HEADER"] = "HEADER"
    example: TemplateExample | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        format_ = self.format_.value

        example: dict[str, Any] | Unset = UNSET
        if not isinstance(self.example, Unset):
            example = self.example.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "format": format_,
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

        format_ = TemplateMediaFormat(d.pop("format"))

        _example = d.pop("example", UNSET)
        example: TemplateExample | Unset
        if isinstance(_example, Unset):
            example = UNSET
        else:
            example = TemplateExample.from_dict(_example)

        template_header_media_component = cls(
            type_=type_,
            format_=format_,
            example=example,
        )

        template_header_media_component.additional_properties = d
        return template_header_media_component

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
