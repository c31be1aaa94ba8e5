from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsAppBusinessAccountUpdate")


@_attrs_define
class WhatsAppBusinessAccountUpdate:
    """Settings to change. Send only the ones to change.

    Attributes:
        is_enabled_for_insights (bool | Unset): Enable template analytics. One-way; `false` is not accepted.
        template_auto_archival_enabled (bool | Unset): Archive unused templates automatically.
        disable_marketing_messages_on_cloud_api (bool | Unset): Disable marketing messages over Cloud API.
        purchase_order_number (str | Unset): Purchase order number for payment management.
    """

    is_enabled_for_insights: bool | Unset = UNSET
    template_auto_archival_enabled: bool | Unset = UNSET
    disable_marketing_messages_on_cloud_api: bool | Unset = UNSET
    purchase_order_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_enabled_for_insights = self.is_enabled_for_insights

        template_auto_archival_enabled = self.template_auto_archival_enabled

        disable_marketing_messages_on_cloud_api = self.disable_marketing_messages_on_cloud_api

        purchase_order_number = self.purchase_order_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_enabled_for_insights is not UNSET:
            field_dict["is_enabled_for_insights"] = is_enabled_for_insights
        if template_auto_archival_enabled is not UNSET:
            field_dict["template_auto_archival_enabled"] = template_auto_archival_enabled
        if disable_marketing_messages_on_cloud_api is not UNSET:
            field_dict["disable_marketing_messages_on_cloud_api"] = disable_marketing_messages_on_cloud_api
        if purchase_order_number is not UNSET:
            field_dict["purchase_order_number"] = purchase_order_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_enabled_for_insights = d.pop("is_enabled_for_insights", UNSET)

        template_auto_archival_enabled = d.pop("template_auto_archival_enabled", UNSET)

        disable_marketing_messages_on_cloud_api = d.pop("disable_marketing_messages_on_cloud_api", UNSET)

        purchase_order_number = d.pop("purchase_order_number", UNSET)

        whats_app_business_account_update = cls(
            is_enabled_for_insights=is_enabled_for_insights,
            template_auto_archival_enabled=template_auto_archival_enabled,
            disable_marketing_messages_on_cloud_api=disable_marketing_messages_on_cloud_api,
            purchase_order_number=purchase_order_number,
        )

        whats_app_business_account_update.additional_properties = d
        return whats_app_business_account_update

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
