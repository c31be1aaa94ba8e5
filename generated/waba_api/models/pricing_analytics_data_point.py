from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricing_category import PricingCategory
from ..models.pricing_type import PricingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingAnalyticsDataPoint")


@_attrs_define
class PricingAnalyticsDataPoint:
    """Volume and cost in one time bucket (and breakdown).

    Attributes:
        start (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
        end (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
        volume (int | Unset): Messages delivered.
        cost (float | Unset): Cost in the account's currency.
        country (str | Unset): Recipient country (with the COUNTRY dimension).
        phone (str | Unset): Business phone number (with the PHONE dimension).
        pricing_category (PricingCategory | str | Unset): Pricing category (with the PRICING_CATEGORY dimension).
        pricing_type (PricingType | str | Unset): Pricing type (with the PRICING_TYPE dimension).
        tier (str | Unset): Volume tier (with the TIER dimension).
    """

    start: int | Unset = UNSET
    end: int | Unset = UNSET
    volume: int | Unset = UNSET
    cost: float | Unset = UNSET
    country: str | Unset = UNSET
    phone: str | Unset = UNSET
    pricing_category: PricingCategory | str | Unset = UNSET
    pricing_type: PricingType | str | Unset = UNSET
    tier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        volume = self.volume

        cost = self.cost

        country = self.country

        phone = self.phone

        pricing_category: str | Unset
        if isinstance(self.pricing_category, Unset):
            pricing_category = UNSET
        elif isinstance(self.pricing_category, PricingCategory):
            pricing_category = self.pricing_category.value
        else:
            pricing_category = self.pricing_category

        pricing_type: str | Unset
        if isinstance(self.pricing_type, Unset):
            pricing_type = UNSET
        elif isinstance(self.pricing_type, PricingType):
            pricing_type = self.pricing_type.value
        else:
            pricing_type = self.pricing_type

        tier = self.tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if volume is not UNSET:
            field_dict["volume"] = volume
        if cost is not UNSET:
            field_dict["cost"] = cost
        if country is not UNSET:
            field_dict["country"] = country
        if phone is not UNSET:
            field_dict["phone"] = phone
        if pricing_category is not UNSET:
            field_dict["pricing_category"] = pricing_category
        if pricing_type is not UNSET:
            field_dict["pricing_type"] = pricing_type
        if tier is not UNSET:
            field_dict["tier"] = tier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        volume = d.pop("volume", UNSET)

        cost = d.pop("cost", UNSET)

        country = d.pop("country", UNSET)

        phone = d.pop("phone", UNSET)

        def _parse_pricing_category(data: object) -> PricingCategory | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pricing_category_type_0 = PricingCategory(data)

                return pricing_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PricingCategory | str | Unset, data)

        pricing_category = _parse_pricing_category(d.pop("pricing_category", UNSET))

        def _parse_pricing_type(data: object) -> PricingType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pricing_type_type_0 = PricingType(data)

                return pricing_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PricingType | str | Unset, data)

        pricing_type = _parse_pricing_type(d.pop("pricing_type", UNSET))

        tier = d.pop("tier", UNSET)

        pricing_analytics_data_point = cls(
            start=start,
            end=end,
            volume=volume,
            cost=cost,
            country=country,
            phone=phone,
            pricing_category=pricing_category,
            pricing_type=pricing_type,
            tier=tier,
        )

        pricing_analytics_data_point.additional_properties = d
        return pricing_analytics_data_point

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
