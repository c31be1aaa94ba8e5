from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.named_node import NamedNode


T = TypeVar("T", bound="Activity")


@_attrs_define
class Activity:
    """One change made to the account.

    Attributes:
        id (str): A Graph node id, a string of digits. Example: 102290129340398.
        activity_type (str | Unset): What happened, e.g. `PHONE_NUMBER_ADDED`.
        time (str | Unset): When it happened, e.g. `2024-03-01T10:20:30+0000`.
        actor (NamedNode | Unset): A reference to another node, with its name when Graph includes it.
        description (str | Unset): Human-readable account of the change.
    """

    id: str
    activity_type: str | Unset = UNSET
    time: str | Unset = UNSET
    actor: NamedNode | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        activity_type = self.activity_type

        time = self.time

        actor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if activity_type is not UNSET:
            field_dict["activity_type"] = activity_type
        if time is not UNSET:
            field_dict["time"] = time
        if actor is not UNSET:
            field_dict["actor"] = actor
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.named_node import NamedNode

        d = dict(src_dict)
        id = d.pop("id")

        activity_type = d.pop("activity_type", UNSET)

        time = d.pop("time", UNSET)

        _actor = d.pop("actor", UNSET)
        actor: NamedNode | Unset
        if isinstance(_actor, Unset):
            actor = UNSET
        else:
            actor = NamedNode.from_dict(_actor)

        description = d.pop("description", UNSET)

        activity = cls(
            id=id,
            activity_type=activity_type,
            time=time,
            actor=actor,
            description=description,
        )

        activity.additional_properties = d
        return activity

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
