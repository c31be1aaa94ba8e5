from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_category import TemplateCategory
from ..models.template_parameter_format import TemplateParameterFormat
from ..models.template_sub_category import TemplateSubCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_body_component import TemplateBodyComponent
    from ..models.template_buttons_component import TemplateButtonsComponent
    from ..models.template_footer_component import TemplateFooterComponent
    from ..models.template_header_location_component import TemplateHeaderLocationComponent
    from ..models.template_header_media_component import TemplateHeaderMediaComponent
    from ..models.template_header_text_component import TemplateHeaderTextComponent


T = TypeVar("T", bound="MessageTemplateCreate")


@_attrs_define
class MessageTemplateCreate:
    """A new template.

    Attributes:
        name (str): Template name, lowercase letters, digits and underscores. Example: order_update.
        language (str): Template language code, e.g. `en_US`, `pt_BR`, `fil`. Example: en_US.
        category (TemplateCategory): Template categories.
        components (list[TemplateBodyComponent | TemplateButtonsComponent | TemplateFooterComponent |
            TemplateHeaderLocationComponent | TemplateHeaderMediaComponent | TemplateHeaderTextComponent] | Unset): Header
            (optional), body, footer (optional) and buttons (optional).
        allow_category_change (bool | Unset): Let Meta change the category instead of rejecting a miscategorised
            template.
        parameter_format (TemplateParameterFormat | Unset): How body and header parameters are written: `{{1}}`
            (POSITIONAL) or `{{first_name}}` (NAMED).
        message_send_ttl_seconds (int | Unset): How long delivery is attempted before the message is dropped.
        sub_category (TemplateSubCategory | Unset): Utility template sub-categories.
    """

    name: str
    language: str
    category: TemplateCategory
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
    allow_category_change: bool | Unset = UNSET
    parameter_format: TemplateParameterFormat | Unset = UNSET
    message_send_ttl_seconds: int | Unset = UNSET
    sub_category: TemplateSubCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.template_body_component import TemplateBodyComponent
        from ..models.template_footer_component import TemplateFooterComponent
        from ..models.template_header_location_component import TemplateHeaderLocationComponent
        from ..models.template_header_media_component import TemplateHeaderMediaComponent
        from ..models.template_header_text_component import TemplateHeaderTextComponent

        name = self.name

        language = self.language

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

        allow_category_change = self.allow_category_change

        parameter_format: str | Unset = UNSET
        if not isinstance(self.parameter_format, Unset):
            parameter_format = self.parameter_format.value

        message_send_ttl_seconds = self.message_send_ttl_seconds

        sub_category: str | Unset = UNSET
        if not isinstance(self.sub_category, Unset):
            sub_category = self.sub_category.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "language": language,
                "category": category,
            }
        )
        if components is not UNSET:
            field_dict["components"] = components
        if allow_category_change is not UNSET:
            field_dict["allow_category_change"] = allow_category_change
        if parameter_format is not UNSET:
            field_dict["parameter_format"] = parameter_format
        if message_send_ttl_seconds is not UNSET:
            field_dict["message_send_ttl_seconds"] = message_send_ttl_seconds
        if sub_category is not UNSET:
            field_dict["sub_category"] = sub_category

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
        name = d.pop("name")

        language = d.pop("language")

        category = TemplateCategory(d.pop("category"))

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

        allow_category_change = d.pop("allow_category_change", UNSET)

        _parameter_format = d.pop("parameter_format", UNSET)
        parameter_format: TemplateParameterFormat | Unset
        if isinstance(_parameter_format, Unset):
            parameter_format = UNSET
        else:
            parameter_format = TemplateParameterFormat(_parameter_format)

        message_send_ttl_seconds = d.pop("message_send_ttl_seconds", UNSET)

        _sub_category = d.pop("sub_category", UNSET)
        sub_category: TemplateSubCategory | Unset
        if isinstance(_sub_category, Unset):
            sub_category = UNSET
        else:
            sub_category = TemplateSubCategory(_sub_category)

        message_template_create = cls(
            name=name,
            language=language,
            category=category,
            components=components,
            allow_category_change=allow_category_change,
            parameter_format=parameter_format,
            message_send_ttl_seconds=message_send_ttl_seconds,
            sub_category=sub_category,
        )

        message_template_create.additional_properties = d
        return message_template_create

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
