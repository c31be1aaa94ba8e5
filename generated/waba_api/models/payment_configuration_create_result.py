from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentConfigurationCreateResult")


@_attrs_define
class PaymentConfigurationCreateResult:
    """The created configuration.

    Attributes:
        success (bool): True when the configuration was created.
        oauth_url (str | Unset): Gateway OAuth link to finish linking (gateway providers).
        expiration (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
    """

    success: bool
    oauth_url: str | Unset = UNSET
    expiration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        oauth_url = self.oauth_url

        expiration = self.expiration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if oauth_url is not UNSET:
            field_dict["oauth_url"] = oauth_url
        if expiration is not UNSET:
            field_dict["expiration"] = expiration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success = d.pop("success")

        oauth_url = d.pop("oauth_url", UNSET)

        expiration = d.pop("expiration", UNSET)

        payment_configuration_create_result = cls(
            success=success,
            oauth_url=oauth_url,
            expiration=expiration,
        )

        payment_configuration_create_result.additional_properties = d
        return payment_configuration_create_result

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
