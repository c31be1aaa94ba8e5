from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.business_use_case_type import BusinessUseCaseType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BusinessUseCaseUsageEntry")


@_attrs_define
class BusinessUseCaseUsageEntry:
    """One business-use-case budget of one business object.

    Attributes:
        type_ (BusinessUseCaseType | str | Unset): Business use case, e.g. `whatsapp_business_management`.
        call_count (int | Unset): Percent of the call budget used.
        total_cputime (int | Unset): Percent of the CPU time budget used.
        total_time (int | Unset): Percent of the total time budget used.
        estimated_time_to_regain_access (int | Unset): Minutes until calls are accepted again; 0 when not throttled.
    """

    type_: BusinessUseCaseType | str | Unset = UNSET
    call_count: int | Unset = UNSET
    total_cputime: int | Unset = UNSET
    total_time: int | Unset = UNSET
    estimated_time_to_regain_access: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, BusinessUseCaseType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        call_count = self.call_count

        total_cputime = self.total_cputime

        total_time = self.total_time

        estimated_time_to_regain_access = self.estimated_time_to_regain_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if call_count is not UNSET:
            field_dict["call_count"] = call_count
        if total_cputime is not UNSET:
            field_dict["total_cputime"] = total_cputime
        if total_time is not UNSET:
            field_dict["total_time"] = total_time
        if estimated_time_to_regain_access is not UNSET:
            field_dict["estimated_time_to_regain_access"] = estimated_time_to_regain_access

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_type_(data: object) -> BusinessUseCaseType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = BusinessUseCaseType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessUseCaseType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        call_count = d.pop("call_count", UNSET)

        total_cputime = d.pop("total_cputime", UNSET)

        total_time = d.pop("total_time", UNSET)

        estimated_time_to_regain_access = d.pop("estimated_time_to_regain_access", UNSET)

        business_use_case_usage_entry = cls(
            type_=type_,
            call_count=call_count,
            total_cputime=total_cputime,
            total_time=total_time,
            estimated_time_to_regain_access=estimated_time_to_regain_access,
        )

        business_use_case_usage_entry.additional_properties = d
        return business_use_case_usage_entry

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
