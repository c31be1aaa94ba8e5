from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateHeaderLocationComponent")


@_attrs_define
class TemplateHeaderLocationComponent:
    """A location header; the location is given when the message is sent.

    Attributes:
        type_ (Literal['HEADER']): Always `HEADER`. Default: 'HEADER'.
        format_ (Literal['LOCATION']): Always `LOCATION`. Default: 'LOCATION'.
    """

    type_: Literal["HEADER"] = "HEADER"
    format_: Literal["LOCATION"] = "LOCATION"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["HEADER"], d.pop("type"))
        if type_ != "HEADER":
            raise ValueError(f"type must match const 'HEADER', got '{type_}'")

        format_ = cast(Literal["LOCATION"], d.pop("format"))
        if format_ != "LOCATION":
            raise ValueError(f"format must match const 'LOCATION', got '{format_}'")

        template_header_location_component = cls(
            type_=type_,
            format_=format_,
        )

        template_header_location_component.additional_properties = d
        return template_header_location_component

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
