from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preview_category import PreviewCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_body_component import TemplateBodyComponent
    from ..models.template_buttons_component import TemplateButtonsComponent
    from ..models.template_footer_component import TemplateFooterComponent
    from ..models.template_header_location_component import TemplateHeaderLocationComponent
    from ..models.template_header_media_component import TemplateHeaderMediaComponent
    from ..models.template_header_text_component import TemplateHeaderTextComponent


T = TypeVar("T", bound="MessageTemplateUpsert")


@_attrs_define
class MessageTemplateUpsert:
    """An authentication template in several languages.

    Attributes:
        name (str): Template name, lowercase letters, digits and underscores. Example: order_update.
        languages (list[str]): Languages to create or update.
        category (PreviewCategory): Categories with previews.
        components (list[TemplateBodyComponent | TemplateButtonsComponent | TemplateFooterComponent |
            TemplateHeaderLocationComponent | TemplateHeaderMediaComponent | TemplateHeaderTextComponent]): Body, footer and
            OTP button options.
        message_send_ttl_seconds (int | Unset): How long delivery is attempted (authentication templates allow 30–900
            seconds).
    """

    name: str
    languages: list[str]
    category: PreviewCategory
    components: list[
        TemplateBodyComponent
        | TemplateButtonsComponent
        | TemplateFooterComponent
        | TemplateHeaderLocationComponent
        | TemplateHeaderMediaComponent
        | TemplateHeaderTextComponent
    ]
    message_send_ttl_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.template_body_component import TemplateBodyComponent
        from ..models.template_footer_component import TemplateFooterComponent
        from ..models.template_header_location_component import TemplateHeaderLocationComponent
        from ..models.template_header_media_component import TemplateHeaderMediaComponent
        from ..models.template_header_text_component import TemplateHeaderTextComponent

        name = self.name

        languages = self.languages

        category = self.category.value

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "languages": languages,
                "category": category,
                "components": components,
            }
        )
        if message_send_ttl_seconds is not UNSET:
            field_dict["message_send_ttl_seconds"] = message_send_ttl_seconds

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

        languages = cast(list[str], d.pop("languages"))

        category = PreviewCategory(d.pop("category"))

        components = []
        _components = d.pop("components")
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
                    componentsschemas_template_component_create_type_1 = TemplateHeaderMediaComponent.from_dict(data)

                    return componentsschemas_template_component_create_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_template_component_create_type_2 = TemplateHeaderLocationComponent.from_dict(data)

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

        message_template_upsert = cls(
            name=name,
            languages=languages,
            category=category,
            components=components,
            message_send_ttl_seconds=message_send_ttl_seconds,
        )

        message_template_upsert.additional_properties = d
        return message_template_upsert

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
