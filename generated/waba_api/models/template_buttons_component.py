from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.catalog_button import CatalogButton
    from ..models.copy_code_button import CopyCodeButton
    from ..models.flow_button import FlowButton
    from ..models.mpm_button import MpmButton
    from ..models.otp_button import OtpButton
    from ..models.phone_number_button import PhoneNumberButton
    from ..models.quick_reply_button import QuickReplyButton
    from ..models.url_button import UrlButton


T = TypeVar("T", bound="TemplateButtonsComponent")


@_attrs_define
class TemplateButtonsComponent:
    """Up to ten buttons.

    Attributes:
        type_ (Literal['BUTTONS']): Always `BUTTONS`. Default: 'BUTTONS'.
        buttons (list[CatalogButton | CopyCodeButton | FlowButton | MpmButton | OtpButton | PhoneNumberButton |
            QuickReplyButton | UrlButton]): The buttons, in display order.
    """

    buttons: list[
        CatalogButton
        | CopyCodeButton
        | FlowButton
        | MpmButton
        | OtpButton
        | PhoneNumberButton
        | QuickReplyButton
        | UrlButton
    ]
    type_: Literal["BUTTONS"] = "BUTTONS"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalog_button import CatalogButton
        from ..models.copy_code_button import CopyCodeButton
        from ..models.flow_button import FlowButton
        from ..models.otp_button import OtpButton
        from ..models.phone_number_button import PhoneNumberButton
        from ..models.quick_reply_button import QuickReplyButton
        from ..models.url_button import UrlButton

        type_ = self.type_

        buttons = []
        for buttons_item_data in self.buttons:
            buttons_item: dict[str, Any]
            if (
                isinstance(buttons_item_data, QuickReplyButton)
                or isinstance(buttons_item_data, UrlButton)
                or isinstance(buttons_item_data, PhoneNumberButton)
                or isinstance(buttons_item_data, OtpButton)
                or isinstance(buttons_item_data, CopyCodeButton)
                or isinstance(buttons_item_data, FlowButton)
                or isinstance(buttons_item_data, CatalogButton)
            ):
                buttons_item = buttons_item_data.to_dict()
            else:
                buttons_item = buttons_item_data.to_dict()

            buttons.append(buttons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "buttons": buttons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalog_button import CatalogButton
        from ..models.copy_code_button import CopyCodeButton
        from ..models.flow_button import FlowButton
        from ..models.mpm_button import MpmButton
        from ..models.otp_button import OtpButton
        from ..models.phone_number_button import PhoneNumberButton
        from ..models.quick_reply_button import QuickReplyButton
        from ..models.url_button import UrlButton

        d = dict(src_dict)
        type_ = cast(Literal["BUTTONS"], d.pop("type"))
        if type_ != "BUTTONS":
            raise ValueError(f"type must match const 'BUTTONS', got '{type_}'")

        buttons = []
        _buttons = d.pop("buttons")
        for buttons_item_data in _buttons:

            def _parse_buttons_item(
                data: object,
            ) -> (
                CatalogButton
                | CopyCodeButton
                | FlowButton
                | MpmButton
                | OtpButton
                | PhoneNumberButton
                | QuickReplyButton
                | UrlButton
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_template_button_create_type_0 = QuickReplyButton.from_dict(data)

                    return componentsschemas_template_button_create_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_template_button_create_type_1 = UrlButton.from_dict(data)

                    return componentsschemas_template_button_create_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_template_button_create_type_2 = PhoneNumberButton.from_dict(data)

                    return componentsschemas_template_button_create_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_template_button_create_type_3 = OtpButton.from_dict(data)

                    return componentsschemas_template_button_create_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_template_button_create_type_4 = CopyCodeButton.from_dict(data)

                    return componentsschemas_template_button_create_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_template_button_create_type_5 = FlowButton.from_dict(data)

                    return componentsschemas_template_button_create_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_template_button_create_type_6 = CatalogButton.from_dict(data)

                    return componentsschemas_template_button_create_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_template_button_create_type_7 = MpmButton.from_dict(data)

                return componentsschemas_template_button_create_type_7

            buttons_item = _parse_buttons_item(buttons_item_data)

            buttons.append(buttons_item)

        template_buttons_component = cls(
            type_=type_,
            buttons=buttons,
        )

        template_buttons_component.additional_properties = d
        return template_buttons_component

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
