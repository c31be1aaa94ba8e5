from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_request_item import BatchRequestItem


T = TypeVar("T", bound="BatchRequest")


@_attrs_define
class BatchRequest:
    """The sub-requests.

    Attributes:
        batch (list[BatchRequestItem]): Sub-requests, run in order.
        include_headers (bool | Unset): Include each sub-response's headers (default true).
    """

    batch: list[BatchRequestItem]
    include_headers: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch = []
        for batch_item_data in self.batch:
            batch_item = batch_item_data.to_dict()
            batch.append(batch_item)

        include_headers = self.include_headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch": batch,
            }
        )
        if include_headers is not UNSET:
            field_dict["include_headers"] = include_headers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_request_item import BatchRequestItem

        d = dict(src_dict)
        batch = []
        _batch = d.pop("batch")
        for batch_item_data in _batch:
            batch_item = BatchRequestItem.from_dict(batch_item_data)

            batch.append(batch_item)

        include_headers = d.pop("include_headers", UNSET)

        batch_request = cls(
            batch=batch,
            include_headers=include_headers,
        )

        batch_request.additional_properties = d
        return batch_request

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
