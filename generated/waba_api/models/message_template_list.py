from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_template import MessageTemplate
    from ..models.message_template_list_summary import MessageTemplateListSummary
    from ..models.paging import Paging


T = TypeVar("T", bound="MessageTemplateList")


@_attrs_define
class MessageTemplateList:
    """A page of message templates.

    Attributes:
        data (list[MessageTemplate]): The templates of this page.
        paging (Paging | Unset): Cursor paging. The list ends when `next` is absent — not when a page is short or empty.
            `next` and `previous` are absolute URLs; in real responses they embed the access token.
        summary (MessageTemplateListSummary | Unset): Summary of the template list.
    """

    data: list[MessageTemplate]
    paging: Paging | Unset = UNSET
    summary: MessageTemplateListSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        paging: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paging, Unset):
            paging = self.paging.to_dict()

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if paging is not UNSET:
            field_dict["paging"] = paging
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.message_template import MessageTemplate
        from ..models.message_template_list_summary import MessageTemplateListSummary
        from ..models.paging import Paging

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = MessageTemplate.from_dict(data_item_data)

            data.append(data_item)

        _paging = d.pop("paging", UNSET)
        paging: Paging | Unset
        if isinstance(_paging, Unset):
            paging = UNSET
        else:
            paging = Paging.from_dict(_paging)

        _summary = d.pop("summary", UNSET)
        summary: MessageTemplateListSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = MessageTemplateListSummary.from_dict(_summary)

        message_template_list = cls(
            data=data,
            paging=paging,
            summary=summary,
        )

        message_template_list.additional_properties = d
        return message_template_list

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
