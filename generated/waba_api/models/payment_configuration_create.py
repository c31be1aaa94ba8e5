from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_provider import PaymentProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentConfigurationCreate")


@_attrs_define
class PaymentConfigurationCreate:
    """A new payment configuration.

    Attributes:
        configuration_name (str): Name of a payment configuration, used by order details messages.
        provider_name (PaymentProvider): Payment gateways and methods.
        merchant_category_code (str | Unset): Merchant category code (4 digits).
        purpose_code (str | Unset): Purpose code (2 digits).
        merchant_vpa (str | Unset): Merchant UPI handle, for `UPI_VPA`.
        data_endpoint_url (str | Unset): Endpoint receiving payment data requests.
        redirect_url (str | Unset): Where the gateway's OAuth flow returns.
    """

    configuration_name: str
    provider_name: PaymentProvider
    merchant_category_code: str | Unset = UNSET
    purpose_code: str | Unset = UNSET
    merchant_vpa: str | Unset = UNSET
    data_endpoint_url: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configuration_name = self.configuration_name

        provider_name = self.provider_name.value

        merchant_category_code = self.merchant_category_code

        purpose_code = self.purpose_code

        merchant_vpa = self.merchant_vpa

        data_endpoint_url = self.data_endpoint_url

        redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configuration_name": configuration_name,
                "provider_name": provider_name,
            }
        )
        if merchant_category_code is not UNSET:
            field_dict["merchant_category_code"] = merchant_category_code
        if purpose_code is not UNSET:
            field_dict["purpose_code"] = purpose_code
        if merchant_vpa is not UNSET:
            field_dict["merchant_vpa"] = merchant_vpa
        if data_endpoint_url is not UNSET:
            field_dict["data_endpoint_url"] = data_endpoint_url
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        configuration_name = d.pop("configuration_name")

        provider_name = PaymentProvider(d.pop("provider_name"))

        merchant_category_code = d.pop("merchant_category_code", UNSET)

        purpose_code = d.pop("purpose_code", UNSET)

        merchant_vpa = d.pop("merchant_vpa", UNSET)

        data_endpoint_url = d.pop("data_endpoint_url", UNSET)

        redirect_url = d.pop("redirect_url", UNSET)

        payment_configuration_create = cls(
            configuration_name=configuration_name,
            provider_name=provider_name,
            merchant_category_code=merchant_category_code,
            purpose_code=purpose_code,
            merchant_vpa=merchant_vpa,
            data_endpoint_url=data_endpoint_url,
            redirect_url=redirect_url,
        )

        payment_configuration_create.additional_properties = d
        return payment_configuration_create

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
