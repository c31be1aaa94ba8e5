from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_direction import CallDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallAnalyticsDataPoint")


@_attrs_define
class CallAnalyticsDataPoint:
    """Calls in one time bucket (and breakdown).

    Attributes:
        start (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
        end (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
        count (int | Unset): Number of calls.
        cost (float | Unset): Cost in the account's currency.
        average_duration (int | Unset): Average duration in seconds.
        direction (CallDirection | str | Unset): Direction (with the DIRECTION dimension).
        country (str | Unset): Country (with the COUNTRY dimension).
        phone_number (str | Unset): Business phone number (with the PHONE dimension).
        tier (str | Unset): Volume tier (with the TIER dimension).
    """

    start: int | Unset = UNSET
    end: int | Unset = UNSET
    count: int | Unset = UNSET
    cost: float | Unset = UNSET
    average_duration: int | Unset = UNSET
    direction: CallDirection | str | Unset = UNSET
    country: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    tier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        count = self.count

        cost = self.cost

        average_duration = self.average_duration

        direction: str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, CallDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        country = self.country

        phone_number = self.phone_number

        tier = self.tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if count is not UNSET:
            field_dict["count"] = count
        if cost is not UNSET:
            field_dict["cost"] = cost
        if average_duration is not UNSET:
            field_dict["average_duration"] = average_duration
        if direction is not UNSET:
            field_dict["direction"] = direction
        if country is not UNSET:
            field_dict["country"] = country
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if tier is not UNSET:
            field_dict["tier"] = tier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        count = d.pop("count", UNSET)

        cost = d.pop("cost", UNSET)

        average_duration = d.pop("average_duration", UNSET)

        def _parse_direction(data: object) -> CallDirection | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = CallDirection(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallDirection | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        country = d.pop("country", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        tier = d.pop("tier", UNSET)

        call_analytics_data_point = cls(
            start=start,
            end=end,
            count=count,
            cost=cost,
            average_duration=average_duration,
            direction=direction,
            country=country,
            phone_number=phone_number,
            tier=tier,
        )

        call_analytics_data_point.additional_properties = d
        return call_analytics_data_point

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
