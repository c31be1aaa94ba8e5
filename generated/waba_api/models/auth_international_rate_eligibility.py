from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_international_rate_eligibility_exception_countries_item import (
        AuthInternationalRateEligibilityExceptionCountriesItem,
    )


T = TypeVar("T", bound="AuthInternationalRateEligibility")


@_attrs_define
class AuthInternationalRateEligibility:
    """Eligibility for authentication-international rates.

    Attributes:
        start_time (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
        exception_countries (list[AuthInternationalRateEligibilityExceptionCountriesItem] | Unset): Countries excepted
            from the rates.
    """

    start_time: int | Unset = UNSET
    exception_countries: list[AuthInternationalRateEligibilityExceptionCountriesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        exception_countries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exception_countries, Unset):
            exception_countries = []
            for exception_countries_item_data in self.exception_countries:
                exception_countries_item = exception_countries_item_data.to_dict()
                exception_countries.append(exception_countries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if exception_countries is not UNSET:
            field_dict["exception_countries"] = exception_countries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auth_international_rate_eligibility_exception_countries_item import (
            AuthInternationalRateEligibilityExceptionCountriesItem,
        )

        d = dict(src_dict)
        start_time = d.pop("start_time", UNSET)

        _exception_countries = d.pop("exception_countries", UNSET)
        exception_countries: list[AuthInternationalRateEligibilityExceptionCountriesItem] | Unset = UNSET
        if _exception_countries is not UNSET:
            exception_countries = []
            for exception_countries_item_data in _exception_countries:
                exception_countries_item = AuthInternationalRateEligibilityExceptionCountriesItem.from_dict(
                    exception_countries_item_data
                )

                exception_countries.append(exception_countries_item)

        auth_international_rate_eligibility = cls(
            start_time=start_time,
            exception_countries=exception_countries,
        )

        auth_international_rate_eligibility.additional_properties = d
        return auth_international_rate_eligibility

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
