from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.throughput_level import ThroughputLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="Throughput")


@_attrs_define
class Throughput:
    """Message throughput of the number.

    Attributes:
        level (str | ThroughputLevel | Unset): Throughput level.
    """

    level: str | ThroughputLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level: str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        elif isinstance(self.level, ThroughputLevel):
            level = self.level.value
        else:
            level = self.level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if level is not UNSET:
            field_dict["level"] = level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_level(data: object) -> str | ThroughputLevel | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_type_0 = ThroughputLevel(data)

                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | ThroughputLevel | Unset, data)

        level = _parse_level(d.pop("level", UNSET))

        throughput = cls(
            level=level,
        )

        throughput.additional_properties = d
        return throughput

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
