from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.waba_task import WabaTask

T = TypeVar("T", bound="AssignedUserCreate")


@_attrs_define
class AssignedUserCreate:
    """The user to assign and their tasks.

    Attributes:
        user (str): A Graph node id, a string of digits. Example: 102290129340398.
        tasks (list[WabaTask]): Tasks to give the user.
    """

    user: str
    tasks: list[WabaTask]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.value
            tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "tasks": tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user = d.pop("user")

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = WabaTask(tasks_item_data)

            tasks.append(tasks_item)

        assigned_user_create = cls(
            user=user,
            tasks=tasks,
        )

        assigned_user_create.additional_properties = d
        return assigned_user_create

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
