from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppUsage")


@_attrs_define
class AppUsage:
    """Content of the `X-App-Usage` header: percent (0–100) of the app's budget used. At 100 calls fail with code 4.

    Attributes:
        call_count (int | Unset): Percent of the call budget used.
        total_time (int | Unset): Percent of the total time budget used.
        total_cputime (int | Unset): Percent of the CPU time budget used.
    """

    call_count: int | Unset = UNSET
    total_time: int | Unset = UNSET
    total_cputime: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_count = self.call_count

        total_time = self.total_time

        total_cputime = self.total_cputime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_count is not UNSET:
            field_dict["call_count"] = call_count
        if total_time is not UNSET:
            field_dict["total_time"] = total_time
        if total_cputime is not UNSET:
            field_dict["total_cputime"] = total_cputime

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        call_count = d.pop("call_count", UNSET)

        total_time = d.pop("total_time", UNSET)

        total_cputime = d.pop("total_cputime", UNSET)

        app_usage = cls(
            call_count=call_count,
            total_time=total_time,
            total_cputime=total_cputime,
        )

        app_usage.additional_properties = d
        return app_usage

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
