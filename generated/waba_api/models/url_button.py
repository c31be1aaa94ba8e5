from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UrlButton")


@_attrs_define
class UrlButton:
    """Opens a URL; the URL may end with one `{{1}}` parameter, given a sample in `example`.

    Attributes:
        type_ (Literal['URL']): Always `URL`. Default: 'URL'.
        text (str): Button label, at most 25 characters.
        url (str): The URL, e.g. `https://www.example.com/track/{{1}}`.
        example (list[str] | Unset): A full sample URL when `url` has a parameter.
    """

    text: str
    url: str
    type_: Literal["URL"] = "URL"
    example: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        url = self.url

        example: list[str] | Unset = UNSET
        if not isinstance(self.example, Unset):
            example = self.example

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
                "url": url,
            }
        )
        if example is not UNSET:
            field_dict["example"] = example

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["URL"], d.pop("type"))
        if type_ != "URL":
            raise ValueError(f"type must match const 'URL', got '{type_}'")

        text = d.pop("text")

        url = d.pop("url")

        example = cast(list[str], d.pop("example", UNSET))

        url_button = cls(
            type_=type_,
            text=text,
            url=url,
            example=example,
        )

        url_button.additional_properties = d
        return url_button

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
