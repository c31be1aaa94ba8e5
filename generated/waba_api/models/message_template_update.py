from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_category import TemplateCategory
from ..models.template_parameter_format import TemplateParameterFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_body_component import TemplateBodyComponent
    from ..models.template_buttons_component import TemplateButtonsComponent
    from ..models.template_footer_component import TemplateFooterComponent
    from ..models.template_header_location_component import TemplateHeaderLocationComponent
    from ..models.template_header_media_component import TemplateHeaderMediaComponent
    from ..models.template_header_text_component import TemplateHeaderTextComponent


T = TypeVar("T", bound="MessageTemplateUpdate")


@_attrs_define
class MessageTemplateUpdate:
    """Changes to an existing template. Send only what changes.

    Attributes:
        category (TemplateCategory | Unset): Template categories.
        components (list[TemplateBodyComponent | TemplateButtonsComponent | TemplateFooterComponent |
            TemplateHeaderLocationComponent | TemplateHeaderMediaComponent | TemplateHeaderTextComponent] | Unset): The new
            components (replace the old ones).
        message_send_ttl_seconds (int | Unset): How long delivery is attempted before the message is dropped.
        parameter_format (TemplateParameterFormat | Unset): How body and header parameters are written: `{{1}}`
            (POSITIONAL) or `{{first_name}}` (NAMED).
    """

    category: TemplateCategory | Unset = UNSET
    components: (
        list[
            TemplateBodyComponent
            | TemplateButtonsComponent
            | TemplateFooterComponent
            | TemplateHeaderLocationComponent
            | TemplateHeaderMediaComponent
            | TemplateHeaderTextComponent
        ]
        | Unset
    ) = UNSET
    message_send_ttl_seconds: int | Unset = UNSET
    parameter_format: TemplateParameterFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.template_body_component import TemplateBodyComponent
        from ..models.template_footer_component import TemplateFooterComponent
        from ..models.template_header_location_component import TemplateHeaderLocationComponent
        from ..models.template_header_media_component import TemplateHeaderMediaComponent
        from ..models.template_header_text_component import TemplateHeaderTextComponent

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item: dict[str, Any]
                if (
                    isinstance(components_item_data, TemplateHeaderTextComponent)
                    or isinstance(components_item_data, TemplateHeaderMediaComponent)
                    or isinstance(components_item_data, TemplateHeaderLocationComponent)
                    or isinstance(components_item_data, TemplateBodyComponent)
                    or isinstance(components_item_data, TemplateFooterComponent)
                ):
                    components_item = components_item_data.to_dict()
                else:
                    components_item = components_item_data.to_dict()

                components.append(components_item)

        message_send_ttl_seconds = self.message_send_ttl_seconds

        parameter_format: str | Unset = UNSET
        if not isinstance(self.parameter_format, Unset):
            parameter_format = self.parameter_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if components is not UNSET:
            field_dict["components"] = components
        if message_send_ttl_seconds is not UNSET:
            field_dict["message_send_ttl_seconds"] = message_send_ttl_seconds
        if parameter_format is not UNSET:
            field_dict["parameter_format"] = parameter_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_body_component import TemplateBodyComponent
        from ..models.template_buttons_component import TemplateButtonsComponent
        from ..models.template_footer_component import TemplateFooterComponent
        from ..models.template_header_location_component import TemplateHeaderLocationComponent
        from ..models.template_header_media_component import TemplateHeaderMediaComponent
        from ..models.template_header_text_component import TemplateHeaderTextComponent

        d = dict(src_dict)
        _category = d.pop("category", UNSET)
        category: TemplateCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = TemplateCategory(_category)

        _components = d.pop("components", UNSET)
        components: (
            list[
                TemplateBodyComponent
                | TemplateButtonsComponent
                | TemplateFooterComponent
                | TemplateHeaderLocationComponent
                | TemplateHeaderMediaComponent
                | TemplateHeaderTextComponent
            ]
            | Unset
        ) = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:

                def _parse_components_item(
                    data: object,
                ) -> (
                    TemplateBodyComponent
                    | TemplateButtonsComponent
                    | TemplateFooterComponent
                    | TemplateHeaderLocationComponent
                    | TemplateHeaderMediaComponent
                    | TemplateHeaderTextComponent
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_template_component_create_type_0 = TemplateHeaderTextComponent.from_dict(data)

                        return componentsschemas_template_component_create_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_template_component_create_type_1 = TemplateHeaderMediaComponent.from_dict(
                            data
                        )

                        return componentsschemas_template_component_create_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_template_component_create_type_2 = TemplateHeaderLocationComponent.from_dict(
                            data
                        )

                        return componentsschemas_template_component_create_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_template_component_create_type_3 = TemplateBodyComponent.from_dict(data)

                        return componentsschemas_template_component_create_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_template_component_create_type_4 = TemplateFooterComponent.from_dict(data)

                        return componentsschemas_template_component_create_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_template_component_create_type_5 = TemplateButtonsComponent.from_dict(data)

                    return componentsschemas_template_component_create_type_5

                components_item = _parse_components_item(components_item_data)

                components.append(components_item)

        message_send_ttl_seconds = d.pop("message_send_ttl_seconds", UNSET)

        _parameter_format = d.pop("parameter_format", UNSET)
        parameter_format: TemplateParameterFormat | Unset
        if isinstance(_parameter_format, Unset):
            parameter_format = UNSET
        else:
            parameter_format = TemplateParameterFormat(_parameter_format)

        message_template_update = cls(
            category=category,
            components=components,
            message_send_ttl_seconds=message_send_ttl_seconds,
            parameter_format=parameter_format,
        )

        message_template_update.additional_properties = d
        return message_template_update

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
