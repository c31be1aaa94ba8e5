from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.otp_type import OtpType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.otp_supported_app import OtpSupportedApp


T = TypeVar("T", bound="OtpButton")


@_attrs_define
class OtpButton:
    """A one-time password button of an authentication template.

    Attributes:
        type_ (Literal['OTP']): Always `OTP`. Default: 'OTP'.
        otp_type (OtpType): How a one-time password button delivers the code.
        text (str | Unset): Button label, at most 25 characters.
        autofill_text (str | Unset): Button label, at most 25 characters.
        zero_tap_terms_accepted (bool | Unset): Zero-tap only; the business accepts the zero-tap terms.
        supported_apps (list[OtpSupportedApp] | Unset): One-tap and zero-tap only; the Android apps that receive the
            code.
    """

    otp_type: OtpType
    type_: Literal["OTP"] = "OTP"
    text: str | Unset = UNSET
    autofill_text: str | Unset = UNSET
    zero_tap_terms_accepted: bool | Unset = UNSET
    supported_apps: list[OtpSupportedApp] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        otp_type = self.otp_type.value

        text = self.text

        autofill_text = self.autofill_text

        zero_tap_terms_accepted = self.zero_tap_terms_accepted

        supported_apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supported_apps, Unset):
            supported_apps = []
            for supported_apps_item_data in self.supported_apps:
                supported_apps_item = supported_apps_item_data.to_dict()
                supported_apps.append(supported_apps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "otp_type": otp_type,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if autofill_text is not UNSET:
            field_dict["autofill_text"] = autofill_text
        if zero_tap_terms_accepted is not UNSET:
            field_dict["zero_tap_terms_accepted"] = zero_tap_terms_accepted
        if supported_apps is not UNSET:
            field_dict["supported_apps"] = supported_apps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.otp_supported_app import OtpSupportedApp

        d = dict(src_dict)
        type_ = cast(Literal["OTP"], d.pop("type"))
        if type_ != "OTP":
            raise ValueError(f"type must match const 'OTP', got '{type_}'")

        otp_type = OtpType(d.pop("otp_type"))

        text = d.pop("text", UNSET)

        autofill_text = d.pop("autofill_text", UNSET)

        zero_tap_terms_accepted = d.pop("zero_tap_terms_accepted", UNSET)

        _supported_apps = d.pop("supported_apps", UNSET)
        supported_apps: list[OtpSupportedApp] | Unset = UNSET
        if _supported_apps is not UNSET:
            supported_apps = []
            for supported_apps_item_data in _supported_apps:
                supported_apps_item = OtpSupportedApp.from_dict(supported_apps_item_data)

                supported_apps.append(supported_apps_item)

        otp_button = cls(
            type_=type_,
            otp_type=otp_type,
            text=text,
            autofill_text=autofill_text,
            zero_tap_terms_accepted=zero_tap_terms_accepted,
            supported_apps=supported_apps,
        )

        otp_button.additional_properties = d
        return otp_button

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
