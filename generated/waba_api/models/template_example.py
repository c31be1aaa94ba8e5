from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_named_parameter_example import TemplateNamedParameterExample


T = TypeVar("T", bound="TemplateExample")


@_attrs_define
class TemplateExample:
    """Sample values Meta's reviewers use. Text headers take `header_text` (or `header_text_named_params`), media headers
    `header_handle` (upload handles), bodies `body_text` (one list of values) or `body_text_named_params`.

        Attributes:
            header_text (list[str] | Unset): Sample value of the header parameter.
            header_text_named_params (list[TemplateNamedParameterExample] | Unset): Sample value of the named header
                parameter.
            header_handle (list[str] | Unset): Upload handle of a sample image, video or document (Resumable Upload API).
            body_text (list[list[str]] | Unset): One list with a sample value for each positional body parameter.
            body_text_named_params (list[TemplateNamedParameterExample] | Unset): Sample values of the named body
                parameters.
    """

    header_text: list[str] | Unset = UNSET
    header_text_named_params: list[TemplateNamedParameterExample] | Unset = UNSET
    header_handle: list[str] | Unset = UNSET
    body_text: list[list[str]] | Unset = UNSET
    body_text_named_params: list[TemplateNamedParameterExample] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        header_text: list[str] | Unset = UNSET
        if not isinstance(self.header_text, Unset):
            header_text = self.header_text

        header_text_named_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.header_text_named_params, Unset):
            header_text_named_params = []
            for header_text_named_params_item_data in self.header_text_named_params:
                header_text_named_params_item = header_text_named_params_item_data.to_dict()
                header_text_named_params.append(header_text_named_params_item)

        header_handle: list[str] | Unset = UNSET
        if not isinstance(self.header_handle, Unset):
            header_handle = self.header_handle

        body_text: list[list[str]] | Unset = UNSET
        if not isinstance(self.body_text, Unset):
            body_text = []
            for body_text_item_data in self.body_text:
                body_text_item = body_text_item_data

                body_text.append(body_text_item)

        body_text_named_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.body_text_named_params, Unset):
            body_text_named_params = []
            for body_text_named_params_item_data in self.body_text_named_params:
                body_text_named_params_item = body_text_named_params_item_data.to_dict()
                body_text_named_params.append(body_text_named_params_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if header_text is not UNSET:
            field_dict["header_text"] = header_text
        if header_text_named_params is not UNSET:
            field_dict["header_text_named_params"] = header_text_named_params
        if header_handle is not UNSET:
            field_dict["header_handle"] = header_handle
        if body_text is not UNSET:
            field_dict["body_text"] = body_text
        if body_text_named_params is not UNSET:
            field_dict["body_text_named_params"] = body_text_named_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_named_parameter_example import TemplateNamedParameterExample

        d = dict(src_dict)
        header_text = cast(list[str], d.pop("header_text", UNSET))

        _header_text_named_params = d.pop("header_text_named_params", UNSET)
        header_text_named_params: list[TemplateNamedParameterExample] | Unset = UNSET
        if _header_text_named_params is not UNSET:
            header_text_named_params = []
            for header_text_named_params_item_data in _header_text_named_params:
                header_text_named_params_item = TemplateNamedParameterExample.from_dict(
                    header_text_named_params_item_data
                )

                header_text_named_params.append(header_text_named_params_item)

        header_handle = cast(list[str], d.pop("header_handle", UNSET))

        _body_text = d.pop("body_text", UNSET)
        body_text: list[list[str]] | Unset = UNSET
        if _body_text is not UNSET:
            body_text = []
            for body_text_item_data in _body_text:
                body_text_item = cast(list[str], body_text_item_data)

                body_text.append(body_text_item)

        _body_text_named_params = d.pop("body_text_named_params", UNSET)
        body_text_named_params: list[TemplateNamedParameterExample] | Unset = UNSET
        if _body_text_named_params is not UNSET:
            body_text_named_params = []
            for body_text_named_params_item_data in _body_text_named_params:
                body_text_named_params_item = TemplateNamedParameterExample.from_dict(body_text_named_params_item_data)

                body_text_named_params.append(body_text_named_params_item)

        template_example = cls(
            header_text=header_text,
            header_text_named_params=header_text_named_params,
            header_handle=header_handle,
            body_text=body_text,
            body_text_named_params=body_text_named_params,
        )

        template_example.additional_properties = d
        return template_example

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
