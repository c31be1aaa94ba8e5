from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_mode import AccountMode
from ..models.phone_number_filter_field import PhoneNumberFilterField
from ..models.phone_number_filter_operator import PhoneNumberFilterOperator

T = TypeVar("T", bound="PhoneNumberFilter")


@_attrs_define
class PhoneNumberFilter:
    """One filter rule of `listPhoneNumbers`.

    Attributes:
        field (PhoneNumberFilterField): Field to filter on.
        operator (PhoneNumberFilterOperator): Comparison.
        value (AccountMode): Known account modes.
    """

    field: PhoneNumberFilterField
    operator: PhoneNumberFilterOperator
    value: AccountMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field.value

        operator = self.operator.value

        value = self.value.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = PhoneNumberFilterField(d.pop("field"))

        operator = PhoneNumberFilterOperator(d.pop("operator"))

        value = AccountMode(d.pop("value"))

        phone_number_filter = cls(
            field=field,
            operator=operator,
            value=value,
        )

        phone_number_filter.additional_properties = d
        return phone_number_filter

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
