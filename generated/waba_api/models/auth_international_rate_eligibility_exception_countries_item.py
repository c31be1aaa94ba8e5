from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthInternationalRateEligibilityExceptionCountriesItem")


@_attrs_define
class AuthInternationalRateEligibilityExceptionCountriesItem:
    """
    Attributes:
        country_code (str | Unset): Country (ISO 3166-1 alpha-2).
        start_time (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
    """

    country_code: str | Unset = UNSET
    start_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        start_time = self.start_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        country_code = d.pop("country_code", UNSET)

        start_time = d.pop("start_time", UNSET)

        auth_international_rate_eligibility_exception_countries_item = cls(
            country_code=country_code,
            start_time=start_time,
        )

        auth_international_rate_eligibility_exception_countries_item.additional_properties = d
        return auth_international_rate_eligibility_exception_countries_item

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
