from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_category import TemplateCategory
from ..models.template_parameter_format import TemplateParameterFormat
from ..models.template_rejected_reason import TemplateRejectedReason
from ..models.template_status import TemplateStatus
from ..models.template_sub_category import TemplateSubCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_component import TemplateComponent
    from ..models.template_quality_score import TemplateQualityScore


T = TypeVar("T", bound="MessageTemplate")


@_attrs_define
class MessageTemplate:
    """A message template in one language.

    Attributes:
        id (str): A Graph node id, a string of digits. Example: 102290129340398.
        name (str | Unset): Template name.
        language (str | Unset): Language code.
        status (str | TemplateStatus | Unset): Review status.
        category (str | TemplateCategory | Unset): Category.
        previous_category (str | TemplateCategory | Unset): Category before Meta changed it.
        sub_category (str | TemplateSubCategory | Unset): Sub-category of utility templates.
        parameter_format (str | TemplateParameterFormat | Unset): How parameters are written.
        components (list[TemplateComponent] | Unset): The components.
        quality_score (TemplateQualityScore | Unset): Quality rating of a template, from recipients' feedback.
        rejected_reason (str | TemplateRejectedReason | Unset): Why the template was rejected (`NONE` otherwise).
        message_send_ttl_seconds (int | Unset): How long delivery is attempted.
        correct_category (str | Unset): The category Meta believes is right, when it differs.
        cta_url_link_tracking_opted_out (bool | Unset): True when URL click tracking is disabled.
        library_template_name (str | Unset): The template library entry this template was made from.
    """

    id: str
    name: str | Unset = UNSET
    language: str | Unset = UNSET
    status: str | TemplateStatus | Unset = UNSET
    category: str | TemplateCategory | Unset = UNSET
    previous_category: str | TemplateCategory | Unset = UNSET
    sub_category: str | TemplateSubCategory | Unset = UNSET
    parameter_format: str | TemplateParameterFormat | Unset = UNSET
    components: list[TemplateComponent] | Unset = UNSET
    quality_score: TemplateQualityScore | Unset = UNSET
    rejected_reason: str | TemplateRejectedReason | Unset = UNSET
    message_send_ttl_seconds: int | Unset = UNSET
    correct_category: str | Unset = UNSET
    cta_url_link_tracking_opted_out: bool | Unset = UNSET
    library_template_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        language = self.language

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, TemplateStatus):
            status = self.status.value
        else:
            status = self.status

        category: str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, TemplateCategory):
            category = self.category.value
        else:
            category = self.category

        previous_category: str | Unset
        if isinstance(self.previous_category, Unset):
            previous_category = UNSET
        elif isinstance(self.previous_category, TemplateCategory):
            previous_category = self.previous_category.value
        else:
            previous_category = self.previous_category

        sub_category: str | Unset
        if isinstance(self.sub_category, Unset):
            sub_category = UNSET
        elif isinstance(self.sub_category, TemplateSubCategory):
            sub_category = self.sub_category.value
        else:
            sub_category = self.sub_category

        parameter_format: str | Unset
        if isinstance(self.parameter_format, Unset):
            parameter_format = UNSET
        elif isinstance(self.parameter_format, TemplateParameterFormat):
            parameter_format = self.parameter_format.value
        else:
            parameter_format = self.parameter_format

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        quality_score: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quality_score, Unset):
            quality_score = self.quality_score.to_dict()

        rejected_reason: str | Unset
        if isinstance(self.rejected_reason, Unset):
            rejected_reason = UNSET
        elif isinstance(self.rejected_reason, TemplateRejectedReason):
            rejected_reason = self.rejected_reason.value
        else:
            rejected_reason = self.rejected_reason

        message_send_ttl_seconds = self.message_send_ttl_seconds

        correct_category = self.correct_category

        cta_url_link_tracking_opted_out = self.cta_url_link_tracking_opted_out

        library_template_name = self.library_template_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if language is not UNSET:
            field_dict["language"] = language
        if status is not UNSET:
            field_dict["status"] = status
        if category is not UNSET:
            field_dict["category"] = category
        if previous_category is not UNSET:
            field_dict["previous_category"] = previous_category
        if sub_category is not UNSET:
            field_dict["sub_category"] = sub_category
        if parameter_format is not UNSET:
            field_dict["parameter_format"] = parameter_format
        if components is not UNSET:
            field_dict["components"] = components
        if quality_score is not UNSET:
            field_dict["quality_score"] = quality_score
        if rejected_reason is not UNSET:
            field_dict["rejected_reason"] = rejected_reason
        if message_send_ttl_seconds is not UNSET:
            field_dict["message_send_ttl_seconds"] = message_send_ttl_seconds
        if correct_category is not UNSET:
            field_dict["correct_category"] = correct_category
        if cta_url_link_tracking_opted_out is not UNSET:
            field_dict["cta_url_link_tracking_opted_out"] = cta_url_link_tracking_opted_out
        if library_template_name is not UNSET:
            field_dict["library_template_name"] = library_template_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_component import TemplateComponent
        from ..models.template_quality_score import TemplateQualityScore

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        language = d.pop("language", UNSET)

        def _parse_status(data: object) -> str | TemplateStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = TemplateStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TemplateStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_category(data: object) -> str | TemplateCategory | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = TemplateCategory(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TemplateCategory | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_previous_category(data: object) -> str | TemplateCategory | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_category_type_0 = TemplateCategory(data)

                return previous_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TemplateCategory | Unset, data)

        previous_category = _parse_previous_category(d.pop("previous_category", UNSET))

        def _parse_sub_category(data: object) -> str | TemplateSubCategory | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sub_category_type_0 = TemplateSubCategory(data)

                return sub_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TemplateSubCategory | Unset, data)

        sub_category = _parse_sub_category(d.pop("sub_category", UNSET))

        def _parse_parameter_format(data: object) -> str | TemplateParameterFormat | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parameter_format_type_0 = TemplateParameterFormat(data)

                return parameter_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TemplateParameterFormat | Unset, data)

        parameter_format = _parse_parameter_format(d.pop("parameter_format", UNSET))

        _components = d.pop("components", UNSET)
        components: list[TemplateComponent] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = TemplateComponent.from_dict(components_item_data)

                components.append(components_item)

        _quality_score = d.pop("quality_score", UNSET)
        quality_score: TemplateQualityScore | Unset
        if isinstance(_quality_score, Unset):
            quality_score = UNSET
        else:
            quality_score = TemplateQualityScore.from_dict(_quality_score)

        def _parse_rejected_reason(data: object) -> str | TemplateRejectedReason | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rejected_reason_type_0 = TemplateRejectedReason(data)

                return rejected_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TemplateRejectedReason | Unset, data)

        rejected_reason = _parse_rejected_reason(d.pop("rejected_reason", UNSET))

        message_send_ttl_seconds = d.pop("message_send_ttl_seconds", UNSET)

        correct_category = d.pop("correct_category", UNSET)

        cta_url_link_tracking_opted_out = d.pop("cta_url_link_tracking_opted_out", UNSET)

        library_template_name = d.pop("library_template_name", UNSET)

        message_template = cls(
            id=id,
            name=name,
            language=language,
            status=status,
            category=category,
            previous_category=previous_category,
            sub_category=sub_category,
            parameter_format=parameter_format,
            components=components,
            quality_score=quality_score,
            rejected_reason=rejected_reason,
            message_send_ttl_seconds=message_send_ttl_seconds,
            correct_category=correct_category,
            cta_url_link_tracking_opted_out=cta_url_link_tracking_opted_out,
            library_template_name=library_template_name,
        )

        message_template.additional_properties = d
        return message_template

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
