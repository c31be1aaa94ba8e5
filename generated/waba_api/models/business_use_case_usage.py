from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.business_use_case_usage_entry import BusinessUseCaseUsageEntry


T = TypeVar("T", bound="BusinessUseCaseUsage")


@_attrs_define
class BusinessUseCaseUsage:
    """Content of the `X-Business-Use-Case-Usage` header: usage keyed by business object id (a WABA id for this API), each
    a list of budgets.

    """

    additional_properties: dict[str, list[BusinessUseCaseUsageEntry]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.business_use_case_usage_entry import BusinessUseCaseUsageEntry

        d = dict(src_dict)
        business_use_case_usage = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for additional_property_item_data in _additional_property:
                additional_property_item = BusinessUseCaseUsageEntry.from_dict(additional_property_item_data)

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        business_use_case_usage.additional_properties = additional_properties
        return business_use_case_usage

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[BusinessUseCaseUsageEntry]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[BusinessUseCaseUsageEntry]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
