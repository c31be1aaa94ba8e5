from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_quality_score import TemplateQualityScore


T = TypeVar("T", bound="TemplatePerformanceMetrics")


@_attrs_define
class TemplatePerformanceMetrics:
    """Delivery and engagement counts of one template. Meta documents this edge only by its type name; the counts below are
    the common ones and anything else Graph sends is kept as an additional property.

        Attributes:
            template_id (str | Unset): A Graph node id, a string of digits. Example: 102290129340398.
            name (str | Unset): Template name.
            language (str | Unset): Language code.
            sent (int | Unset): Messages sent.
            delivered (int | Unset): Messages delivered.
            read (int | Unset): Messages read.
            clicked (int | Unset): Button clicks.
            quality_score (TemplateQualityScore | Unset): Quality rating of a template, from recipients' feedback.
    """

    template_id: str | Unset = UNSET
    name: str | Unset = UNSET
    language: str | Unset = UNSET
    sent: int | Unset = UNSET
    delivered: int | Unset = UNSET
    read: int | Unset = UNSET
    clicked: int | Unset = UNSET
    quality_score: TemplateQualityScore | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_id = self.template_id

        name = self.name

        language = self.language

        sent = self.sent

        delivered = self.delivered

        read = self.read

        clicked = self.clicked

        quality_score: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quality_score, Unset):
            quality_score = self.quality_score.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if name is not UNSET:
            field_dict["name"] = name
        if language is not UNSET:
            field_dict["language"] = language
        if sent is not UNSET:
            field_dict["sent"] = sent
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if read is not UNSET:
            field_dict["read"] = read
        if clicked is not UNSET:
            field_dict["clicked"] = clicked
        if quality_score is not UNSET:
            field_dict["quality_score"] = quality_score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_quality_score import TemplateQualityScore

        d = dict(src_dict)
        template_id = d.pop("template_id", UNSET)

        name = d.pop("name", UNSET)

        language = d.pop("language", UNSET)

        sent = d.pop("sent", UNSET)

        delivered = d.pop("delivered", UNSET)

        read = d.pop("read", UNSET)

        clicked = d.pop("clicked", UNSET)

        _quality_score = d.pop("quality_score", UNSET)
        quality_score: TemplateQualityScore | Unset
        if isinstance(_quality_score, Unset):
            quality_score = UNSET
        else:
            quality_score = TemplateQualityScore.from_dict(_quality_score)

        template_performance_metrics = cls(
            template_id=template_id,
            name=name,
            language=language,
            sent=sent,
            delivered=delivered,
            read=read,
            clicked=clicked,
            quality_score=quality_score,
        )

        template_performance_metrics.additional_properties = d
        return template_performance_metrics

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
