from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_example import TemplateExample


T = TypeVar("T", bound="TemplateBodyComponent")


@_attrs_define
class TemplateBodyComponent:
    """The body (at most 1,024 characters). Authentication templates send no text, only `add_security_recommendation`.

    Attributes:
        type_ (Literal['BODY']): Always `BODY`. Default: 'BODY'.
        text (str | Unset): Body text with `{{1}}` or `{{name}}` parameters.
        add_security_recommendation (bool | Unset): Authentication templates only; add the "do not share this code"
            sentence.
        example (TemplateExample | Unset): Sample values Meta's reviewers use. Text headers take `header_text` (or
            `header_text_named_params`), media headers `header_handle` (upload handles), bodies `body_text` (one list of
            values) or `body_text_named_params`.
    """

    type_: Literal["BODY"] = "BODY"
    text: str | Unset = UNSET
    add_security_recommendation: bool | Unset = UNSET
    example: TemplateExample | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        add_security_recommendation = self.add_security_recommendation

        example: dict[str, Any] | Unset = UNSET
        if not isinstance(self.example, Unset):
            example = self.example.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if add_security_recommendation is not UNSET:
            field_dict["add_security_recommendation"] = add_security_recommendation
        if example is not UNSET:
            field_dict["example"] = example

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_example import TemplateExample

        d = dict(src_dict)
        type_ = cast(Literal["BODY"], d.pop("type"))
        if type_ != "BODY":
            raise ValueError(f"type must match const 'BODY', got '{type_}'")

        text = d.pop("text", UNSET)

        add_security_recommendation = d.pop("add_security_recommendation", UNSET)

        _example = d.pop("example", UNSET)
        example: TemplateExample | Unset
        if isinstance(_example, Unset):
            example = UNSET
        else:
            example = TemplateExample.from_dict(_example)

        template_body_component = cls(
            type_=type_,
            text=text,
            add_security_recommendation=add_security_recommendation,
            example=example,
        )

        template_body_component.additional_properties = d
        return template_body_component

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
