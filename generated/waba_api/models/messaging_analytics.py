from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messaging_analytics_granularity import MessagingAnalyticsGranularity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.messaging_analytics_data_point import MessagingAnalyticsDataPoint


T = TypeVar("T", bound="MessagingAnalytics")


@_attrs_define
class MessagingAnalytics:
    """The `analytics` field: messages sent and delivered by the account's phone numbers, asked for with
    `fields=analytics.start(<unix>).end(<unix>).granularity(HALF_HOUR|DAY|MONTH)`.

        Attributes:
            phone_numbers (list[str] | Unset): Phone numbers covered.
            country_codes (list[str] | Unset): Country codes covered.
            granularity (MessagingAnalyticsGranularity | str | Unset): Granularity of the data points.
            data_points (list[MessagingAnalyticsDataPoint] | Unset): One entry per time bucket.
    """

    phone_numbers: list[str] | Unset = UNSET
    country_codes: list[str] | Unset = UNSET
    granularity: MessagingAnalyticsGranularity | str | Unset = UNSET
    data_points: list[MessagingAnalyticsDataPoint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers

        country_codes: list[str] | Unset = UNSET
        if not isinstance(self.country_codes, Unset):
            country_codes = self.country_codes

        granularity: str | Unset
        if isinstance(self.granularity, Unset):
            granularity = UNSET
        elif isinstance(self.granularity, MessagingAnalyticsGranularity):
            granularity = self.granularity.value
        else:
            granularity = self.granularity

        data_points: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_points, Unset):
            data_points = []
            for data_points_item_data in self.data_points:
                data_points_item = data_points_item_data.to_dict()
                data_points.append(data_points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if country_codes is not UNSET:
            field_dict["country_codes"] = country_codes
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if data_points is not UNSET:
            field_dict["data_points"] = data_points

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messaging_analytics_data_point import MessagingAnalyticsDataPoint

        d = dict(src_dict)
        phone_numbers = cast(list[str], d.pop("phone_numbers", UNSET))

        country_codes = cast(list[str], d.pop("country_codes", UNSET))

        def _parse_granularity(data: object) -> MessagingAnalyticsGranularity | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                granularity_type_0 = MessagingAnalyticsGranularity(data)

                return granularity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessagingAnalyticsGranularity | str | Unset, data)

        granularity = _parse_granularity(d.pop("granularity", UNSET))

        _data_points = d.pop("data_points", UNSET)
        data_points: list[MessagingAnalyticsDataPoint] | Unset = UNSET
        if _data_points is not UNSET:
            data_points = []
            for data_points_item_data in _data_points:
                data_points_item = MessagingAnalyticsDataPoint.from_dict(data_points_item_data)

                data_points.append(data_points_item)

        messaging_analytics = cls(
            phone_numbers=phone_numbers,
            country_codes=country_codes,
            granularity=granularity,
            data_points=data_points,
        )

        messaging_analytics.additional_properties = d
        return messaging_analytics

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
