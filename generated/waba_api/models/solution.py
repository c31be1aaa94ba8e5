from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.solution_status import SolutionStatus
from ..models.waba_task import WabaTask
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.named_node import NamedNode


T = TypeVar("T", bound="Solution")


@_attrs_define
class Solution:
    """A multi-partner solution.

    Attributes:
        id (str): A Graph node id, a string of digits. Example: 102290129340398.
        name (str | Unset): Solution name.
        status (SolutionStatus | str | Unset): Lifecycle status.
        status_for_pending_request (str | Unset): Status a pending request would move the solution to.
        owner_app (NamedNode | Unset): A reference to another node, with its name when Graph includes it.
        owner_permissions (list[str | WabaTask] | Unset): Tasks the owner app holds on onboarded accounts.
    """

    id: str
    name: str | Unset = UNSET
    status: SolutionStatus | str | Unset = UNSET
    status_for_pending_request: str | Unset = UNSET
    owner_app: NamedNode | Unset = UNSET
    owner_permissions: list[str | WabaTask] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SolutionStatus):
            status = self.status.value
        else:
            status = self.status

        status_for_pending_request = self.status_for_pending_request

        owner_app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner_app, Unset):
            owner_app = self.owner_app.to_dict()

        owner_permissions: list[str] | Unset = UNSET
        if not isinstance(self.owner_permissions, Unset):
            owner_permissions = []
            for owner_permissions_item_data in self.owner_permissions:
                owner_permissions_item: str
                if isinstance(owner_permissions_item_data, WabaTask):
                    owner_permissions_item = owner_permissions_item_data.value
                else:
                    owner_permissions_item = owner_permissions_item_data
                owner_permissions.append(owner_permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if status_for_pending_request is not UNSET:
            field_dict["status_for_pending_request"] = status_for_pending_request
        if owner_app is not UNSET:
            field_dict["owner_app"] = owner_app
        if owner_permissions is not UNSET:
            field_dict["owner_permissions"] = owner_permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.named_node import NamedNode

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        def _parse_status(data: object) -> SolutionStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = SolutionStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SolutionStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        status_for_pending_request = d.pop("status_for_pending_request", UNSET)

        _owner_app = d.pop("owner_app", UNSET)
        owner_app: NamedNode | Unset
        if isinstance(_owner_app, Unset):
            owner_app = UNSET
        else:
            owner_app = NamedNode.from_dict(_owner_app)

        _owner_permissions = d.pop("owner_permissions", UNSET)
        owner_permissions: list[str | WabaTask] | Unset = UNSET
        if _owner_permissions is not UNSET:
            owner_permissions = []
            for owner_permissions_item_data in _owner_permissions:

                def _parse_owner_permissions_item(data: object) -> str | WabaTask:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        owner_permissions_item_type_0 = WabaTask(data)

                        return owner_permissions_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(str | WabaTask, data)

                owner_permissions_item = _parse_owner_permissions_item(owner_permissions_item_data)

                owner_permissions.append(owner_permissions_item)

        solution = cls(
            id=id,
            name=name,
            status=status,
            status_for_pending_request=status_for_pending_request,
            owner_app=owner_app,
            owner_permissions=owner_permissions,
        )

        solution.additional_properties = d
        return solution

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
