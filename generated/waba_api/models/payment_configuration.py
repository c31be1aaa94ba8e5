from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_configuration_status import PaymentConfigurationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_code import PaymentCode


T = TypeVar("T", bound="PaymentConfiguration")


@_attrs_define
class PaymentConfiguration:
    """A payment configuration.

    Attributes:
        configuration_name (str): Name of the configuration.
        merchant_category_code (PaymentCode | Unset): A code with its description.
        purpose_code (PaymentCode | Unset): A code with its description.
        status (PaymentConfigurationStatus | str | Unset): Whether the configuration can take payments.
        provider_mid (str | Unset): Merchant id at the payment gateway.
        provider_name (str | Unset): Payment gateway, as Graph reports it (e.g. `razorpay`).
        merchant_vpa (str | Unset): Merchant UPI handle.
        created_timestamp (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
        updated_timestamp (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
    """

    configuration_name: str
    merchant_category_code: PaymentCode | Unset = UNSET
    purpose_code: PaymentCode | Unset = UNSET
    status: PaymentConfigurationStatus | str | Unset = UNSET
    provider_mid: str | Unset = UNSET
    provider_name: str | Unset = UNSET
    merchant_vpa: str | Unset = UNSET
    created_timestamp: int | Unset = UNSET
    updated_timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configuration_name = self.configuration_name

        merchant_category_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant_category_code, Unset):
            merchant_category_code = self.merchant_category_code.to_dict()

        purpose_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purpose_code, Unset):
            purpose_code = self.purpose_code.to_dict()

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, PaymentConfigurationStatus):
            status = self.status.value
        else:
            status = self.status

        provider_mid = self.provider_mid

        provider_name = self.provider_name

        merchant_vpa = self.merchant_vpa

        created_timestamp = self.created_timestamp

        updated_timestamp = self.updated_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configuration_name": configuration_name,
            }
        )
        if merchant_category_code is not UNSET:
            field_dict["merchant_category_code"] = merchant_category_code
        if purpose_code is not UNSET:
            field_dict["purpose_code"] = purpose_code
        if status is not UNSET:
            field_dict["status"] = status
        if provider_mid is not UNSET:
            field_dict["provider_mid"] = provider_mid
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if merchant_vpa is not UNSET:
            field_dict["merchant_vpa"] = merchant_vpa
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updated_timestamp"] = updated_timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment_code import PaymentCode

        d = dict(src_dict)
        configuration_name = d.pop("configuration_name")

        _merchant_category_code = d.pop("merchant_category_code", UNSET)
        merchant_category_code: PaymentCode | Unset
        if isinstance(_merchant_category_code, Unset):
            merchant_category_code = UNSET
        else:
            merchant_category_code = PaymentCode.from_dict(_merchant_category_code)

        _purpose_code = d.pop("purpose_code", UNSET)
        purpose_code: PaymentCode | Unset
        if isinstance(_purpose_code, Unset):
            purpose_code = UNSET
        else:
            purpose_code = PaymentCode.from_dict(_purpose_code)

        def _parse_status(data: object) -> PaymentConfigurationStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = PaymentConfigurationStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PaymentConfigurationStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        provider_mid = d.pop("provider_mid", UNSET)

        provider_name = d.pop("provider_name", UNSET)

        merchant_vpa = d.pop("merchant_vpa", UNSET)

        created_timestamp = d.pop("created_timestamp", UNSET)

        updated_timestamp = d.pop("updated_timestamp", UNSET)

        payment_configuration = cls(
            configuration_name=configuration_name,
            merchant_category_code=merchant_category_code,
            purpose_code=purpose_code,
            status=status,
            provider_mid=provider_mid,
            provider_name=provider_name,
            merchant_vpa=merchant_vpa,
            created_timestamp=created_timestamp,
            updated_timestamp=updated_timestamp,
        )

        payment_configuration.additional_properties = d
        return payment_configuration

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
