from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assigned_user_type import AssignedUserType
from ..models.waba_task import WabaTask
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.named_node import NamedNode


T = TypeVar("T", bound="AssignedUser")


@_attrs_define
class AssignedUser:
    """A user with access to the account.

    Attributes:
        id (str): A Graph node id, a string of digits. Example: 102290129340398.
        name (str | Unset): User's name.
        business (NamedNode | Unset): A reference to another node, with its name when Graph includes it.
        user_type (AssignedUserType | str | Unset): Kind of user.
        tasks (list[str | WabaTask] | Unset): Tasks the user holds on the account.
        permitted_tasks (list[str | WabaTask] | Unset): Tasks the user is allowed to hold.
    """

    id: str
    name: str | Unset = UNSET
    business: NamedNode | Unset = UNSET
    user_type: AssignedUserType | str | Unset = UNSET
    tasks: list[str | WabaTask] | Unset = UNSET
    permitted_tasks: list[str | WabaTask] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        business: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business, Unset):
            business = self.business.to_dict()

        user_type: str | Unset
        if isinstance(self.user_type, Unset):
            user_type = UNSET
        elif isinstance(self.user_type, AssignedUserType):
            user_type = self.user_type.value
        else:
            user_type = self.user_type

        tasks: list[str] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item: str
                if isinstance(tasks_item_data, WabaTask):
                    tasks_item = tasks_item_data.value
                else:
                    tasks_item = tasks_item_data
                tasks.append(tasks_item)

        permitted_tasks: list[str] | Unset = UNSET
        if not isinstance(self.permitted_tasks, Unset):
            permitted_tasks = []
            for permitted_tasks_item_data in self.permitted_tasks:
                permitted_tasks_item: str
                if isinstance(permitted_tasks_item_data, WabaTask):
                    permitted_tasks_item = permitted_tasks_item_data.value
                else:
                    permitted_tasks_item = permitted_tasks_item_data
                permitted_tasks.append(permitted_tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if business is not UNSET:
            field_dict["business"] = business
        if user_type is not UNSET:
            field_dict["user_type"] = user_type
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if permitted_tasks is not UNSET:
            field_dict["permitted_tasks"] = permitted_tasks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.named_node import NamedNode

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        _business = d.pop("business", UNSET)
        business: NamedNode | Unset
        if isinstance(_business, Unset):
            business = UNSET
        else:
            business = NamedNode.from_dict(_business)

        def _parse_user_type(data: object) -> AssignedUserType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_type_type_0 = AssignedUserType(data)

                return user_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssignedUserType | str | Unset, data)

        user_type = _parse_user_type(d.pop("user_type", UNSET))

        _tasks = d.pop("tasks", UNSET)
        tasks: list[str | WabaTask] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:

                def _parse_tasks_item(data: object) -> str | WabaTask:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        tasks_item_type_0 = WabaTask(data)

                        return tasks_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(str | WabaTask, data)

                tasks_item = _parse_tasks_item(tasks_item_data)

                tasks.append(tasks_item)

        _permitted_tasks = d.pop("permitted_tasks", UNSET)
        permitted_tasks: list[str | WabaTask] | Unset = UNSET
        if _permitted_tasks is not UNSET:
            permitted_tasks = []
            for permitted_tasks_item_data in _permitted_tasks:

                def _parse_permitted_tasks_item(data: object) -> str | WabaTask:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        permitted_tasks_item_type_0 = WabaTask(data)

                        return permitted_tasks_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(str | WabaTask, data)

                permitted_tasks_item = _parse_permitted_tasks_item(permitted_tasks_item_data)

                permitted_tasks.append(permitted_tasks_item)

        assigned_user = cls(
            id=id,
            name=name,
            business=business,
            user_type=user_type,
            tasks=tasks,
            permitted_tasks=permitted_tasks,
        )

        assigned_user.additional_properties = d
        return assigned_user

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
