from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.otp_type import OtpType
from ..models.template_button_type import TemplateButtonType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.otp_supported_app import OtpSupportedApp


T = TypeVar("T", bound="TemplateButton")


@_attrs_define
class TemplateButton:
    """A button as Graph returns it (one lenient shape for every kind).

    Attributes:
        type_ (str | TemplateButtonType | Unset): Button kind.
        text (str | Unset): Label.
        url (str | Unset): URL of a `URL` button.
        phone_number (str | Unset): Number of a `PHONE_NUMBER` button.
        example (list[str] | str | Unset): Sample URL (list) of a `URL` button, or sample code (string) of a `COPY_CODE`
            button.
        otp_type (OtpType | str | Unset): Delivery of an `OTP` button.
        autofill_text (str | Unset): Autofill label of a one-tap button.
        zero_tap_terms_accepted (bool | Unset): Zero-tap terms accepted.
        supported_apps (list[OtpSupportedApp] | Unset): Apps receiving one-tap or zero-tap codes.
        flow_id (str | Unset): Flow of a `FLOW` button.
        flow_action (str | Unset): Action of a `FLOW` button.
        navigate_screen (str | Unset): First screen of a `FLOW` button.
    """

    type_: str | TemplateButtonType | Unset = UNSET
    text: str | Unset = UNSET
    url: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    example: list[str] | str | Unset = UNSET
    otp_type: OtpType | str | Unset = UNSET
    autofill_text: str | Unset = UNSET
    zero_tap_terms_accepted: bool | Unset = UNSET
    supported_apps: list[OtpSupportedApp] | Unset = UNSET
    flow_id: str | Unset = UNSET
    flow_action: str | Unset = UNSET
    navigate_screen: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, TemplateButtonType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        text = self.text

        url = self.url

        phone_number = self.phone_number

        example: list[str] | str | Unset
        if isinstance(self.example, Unset):
            example = UNSET
        elif isinstance(self.example, list):
            example = self.example

        else:
            example = self.example

        otp_type: str | Unset
        if isinstance(self.otp_type, Unset):
            otp_type = UNSET
        elif isinstance(self.otp_type, OtpType):
            otp_type = self.otp_type.value
        else:
            otp_type = self.otp_type

        autofill_text = self.autofill_text

        zero_tap_terms_accepted = self.zero_tap_terms_accepted

        supported_apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supported_apps, Unset):
            supported_apps = []
            for supported_apps_item_data in self.supported_apps:
                supported_apps_item = supported_apps_item_data.to_dict()
                supported_apps.append(supported_apps_item)

        flow_id = self.flow_id

        flow_action = self.flow_action

        navigate_screen = self.navigate_screen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if url is not UNSET:
            field_dict["url"] = url
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if example is not UNSET:
            field_dict["example"] = example
        if otp_type is not UNSET:
            field_dict["otp_type"] = otp_type
        if autofill_text is not UNSET:
            field_dict["autofill_text"] = autofill_text
        if zero_tap_terms_accepted is not UNSET:
            field_dict["zero_tap_terms_accepted"] = zero_tap_terms_accepted
        if supported_apps is not UNSET:
            field_dict["supported_apps"] = supported_apps
        if flow_id is not UNSET:
            field_dict["flow_id"] = flow_id
        if flow_action is not UNSET:
            field_dict["flow_action"] = flow_action
        if navigate_screen is not UNSET:
            field_dict["navigate_screen"] = navigate_screen

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.otp_supported_app import OtpSupportedApp

        d = dict(src_dict)

        def _parse_type_(data: object) -> str | TemplateButtonType | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = TemplateButtonType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TemplateButtonType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        text = d.pop("text", UNSET)

        url = d.pop("url", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        def _parse_example(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                example_type_0 = cast(list[str], data)

                return example_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        example = _parse_example(d.pop("example", UNSET))

        def _parse_otp_type(data: object) -> OtpType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                otp_type_type_0 = OtpType(data)

                return otp_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OtpType | str | Unset, data)

        otp_type = _parse_otp_type(d.pop("otp_type", UNSET))

        autofill_text = d.pop("autofill_text", UNSET)

        zero_tap_terms_accepted = d.pop("zero_tap_terms_accepted", UNSET)

        _supported_apps = d.pop("supported_apps", UNSET)
        supported_apps: list[OtpSupportedApp] | Unset = UNSET
        if _supported_apps is not UNSET:
            supported_apps = []
            for supported_apps_item_data in _supported_apps:
                supported_apps_item = OtpSupportedApp.from_dict(supported_apps_item_data)

                supported_apps.append(supported_apps_item)

        flow_id = d.pop("flow_id", UNSET)

        flow_action = d.pop("flow_action", UNSET)

        navigate_screen = d.pop("navigate_screen", UNSET)

        template_button = cls(
            type_=type_,
            text=text,
            url=url,
            phone_number=phone_number,
            example=example,
            otp_type=otp_type,
            autofill_text=autofill_text,
            zero_tap_terms_accepted=zero_tap_terms_accepted,
            supported_apps=supported_apps,
            flow_id=flow_id,
            flow_action=flow_action,
            navigate_screen=navigate_screen,
        )

        template_button.additional_properties = d
        return template_button

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
