from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagingAnalyticsDataPoint")


@_attrs_define
class MessagingAnalyticsDataPoint:
    """Messages sent and delivered in one time bucket.

    Attributes:
        start (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
        end (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
        sent (int | Unset): Messages sent.
        delivered (int | Unset): Messages delivered.
    """

    start: int | Unset = UNSET
    end: int | Unset = UNSET
    sent: int | Unset = UNSET
    delivered: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        sent = self.sent

        delivered = self.delivered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if sent is not UNSET:
            field_dict["sent"] = sent
        if delivered is not UNSET:
            field_dict["delivered"] = delivered

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        sent = d.pop("sent", UNSET)

        delivered = d.pop("delivered", UNSET)

        messaging_analytics_data_point = cls(
            start=start,
            end=end,
            sent=sent,
            delivered=delivered,
        )

        messaging_analytics_data_point.additional_properties = d
        return messaging_analytics_data_point

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
