from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowValidationError")


@_attrs_define
class FlowValidationError:
    """One problem in a flow JSON.

    Attributes:
        error (str | Unset): Error code, e.g. `INVALID_PROPERTY_VALUE`.
        error_type (str | Unset): Error family, e.g. `FLOW_JSON_ERROR`.
        message (str | Unset): What is wrong.
        line_start (int | Unset): First line of the problem.
        line_end (int | Unset): Last line of the problem.
        column_start (int | Unset): First column of the problem.
        column_end (int | Unset): Last column of the problem.
    """

    error: str | Unset = UNSET
    error_type: str | Unset = UNSET
    message: str | Unset = UNSET
    line_start: int | Unset = UNSET
    line_end: int | Unset = UNSET
    column_start: int | Unset = UNSET
    column_end: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        error_type = self.error_type

        message = self.message

        line_start = self.line_start

        line_end = self.line_end

        column_start = self.column_start

        column_end = self.column_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if message is not UNSET:
            field_dict["message"] = message
        if line_start is not UNSET:
            field_dict["line_start"] = line_start
        if line_end is not UNSET:
            field_dict["line_end"] = line_end
        if column_start is not UNSET:
            field_dict["column_start"] = column_start
        if column_end is not UNSET:
            field_dict["column_end"] = column_end

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error = d.pop("error", UNSET)

        error_type = d.pop("error_type", UNSET)

        message = d.pop("message", UNSET)

        line_start = d.pop("line_start", UNSET)

        line_end = d.pop("line_end", UNSET)

        column_start = d.pop("column_start", UNSET)

        column_end = d.pop("column_end", UNSET)

        flow_validation_error = cls(
            error=error,
            error_type=error_type,
            message=message,
            line_start=line_start,
            line_end=line_end,
            column_start=column_start,
            column_end=column_end,
        )

        flow_validation_error.additional_properties = d
        return flow_validation_error

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
