from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_quality_score_value import TemplateQualityScoreValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateQualityScore")


@_attrs_define
class TemplateQualityScore:
    """Quality rating of a template, from recipients' feedback.

    Attributes:
        score (str | TemplateQualityScoreValue | Unset): Current rating.
        date (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
        reasons (list[str] | Unset): Why the rating is low, when it is.
    """

    score: str | TemplateQualityScoreValue | Unset = UNSET
    date: int | Unset = UNSET
    reasons: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score: str | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        elif isinstance(self.score, TemplateQualityScoreValue):
            score = self.score.value
        else:
            score = self.score

        date = self.date

        reasons: list[str] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = self.reasons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if score is not UNSET:
            field_dict["score"] = score
        if date is not UNSET:
            field_dict["date"] = date
        if reasons is not UNSET:
            field_dict["reasons"] = reasons

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_score(data: object) -> str | TemplateQualityScoreValue | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                score_type_0 = TemplateQualityScoreValue(data)

                return score_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TemplateQualityScoreValue | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        date = d.pop("date", UNSET)

        reasons = cast(list[str], d.pop("reasons", UNSET))

        template_quality_score = cls(
            score=score,
            date=date,
            reasons=reasons,
        )

        template_quality_score.additional_properties = d
        return template_quality_score

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
