from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_method import BatchMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchRequestItem")


@_attrs_define
class BatchRequestItem:
    """One sub-request.

    Attributes:
        method (BatchMethod): HTTP methods of a sub-request.
        relative_url (str): Path and query relative to the versioned root, e.g. `102290129340398/phone_numbers?limit=5`.
        body (str | Unset): Form-encoded parameters of a POST sub-request.
        name (str | Unset): Name other sub-requests can refer to.
        depends_on (str | Unset): Name of a sub-request that must run first.
    """

    method: BatchMethod
    relative_url: str
    body: str | Unset = UNSET
    name: str | Unset = UNSET
    depends_on: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        relative_url = self.relative_url

        body = self.body

        name = self.name

        depends_on = self.depends_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "relative_url": relative_url,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if name is not UNSET:
            field_dict["name"] = name
        if depends_on is not UNSET:
            field_dict["depends_on"] = depends_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        method = BatchMethod(d.pop("method"))

        relative_url = d.pop("relative_url")

        body = d.pop("body", UNSET)

        name = d.pop("name", UNSET)

        depends_on = d.pop("depends_on", UNSET)

        batch_request_item = cls(
            method=method,
            relative_url=relative_url,
            body=body,
            name=name,
            depends_on=depends_on,
        )

        batch_request_item.additional_properties = d
        return batch_request_item

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
