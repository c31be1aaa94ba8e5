from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.can_send_message import CanSendMessage
from ..models.health_entity_type import HealthEntityType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.health_status_issue import HealthStatusIssue


T = TypeVar("T", bound="HealthStatusEntity")


@_attrs_define
class HealthStatusEntity:
    """Health of one entity.

    Attributes:
        entity_type (HealthEntityType | str | Unset): Kind of entity.
        id (str | Unset): A Graph node id, a string of digits. Example: 102290129340398.
        can_send_message (CanSendMessage | str | Unset): Messaging ability of this entity.
        errors (list[HealthStatusIssue] | Unset): Problems that block or limit messaging.
        additional_info (list[str] | Unset): Extra remarks.
    """

    entity_type: HealthEntityType | str | Unset = UNSET
    id: str | Unset = UNSET
    can_send_message: CanSendMessage | str | Unset = UNSET
    errors: list[HealthStatusIssue] | Unset = UNSET
    additional_info: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_type: str | Unset
        if isinstance(self.entity_type, Unset):
            entity_type = UNSET
        elif isinstance(self.entity_type, HealthEntityType):
            entity_type = self.entity_type.value
        else:
            entity_type = self.entity_type

        id = self.id

        can_send_message: str | Unset
        if isinstance(self.can_send_message, Unset):
            can_send_message = UNSET
        elif isinstance(self.can_send_message, CanSendMessage):
            can_send_message = self.can_send_message.value
        else:
            can_send_message = self.can_send_message

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        additional_info: list[str] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if id is not UNSET:
            field_dict["id"] = id
        if can_send_message is not UNSET:
            field_dict["can_send_message"] = can_send_message
        if errors is not UNSET:
            field_dict["errors"] = errors
        if additional_info is not UNSET:
            field_dict["additional_info"] = additional_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.health_status_issue import HealthStatusIssue

        d = dict(src_dict)

        def _parse_entity_type(data: object) -> HealthEntityType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                entity_type_type_0 = HealthEntityType(data)

                return entity_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HealthEntityType | str | Unset, data)

        entity_type = _parse_entity_type(d.pop("entity_type", UNSET))

        id = d.pop("id", UNSET)

        def _parse_can_send_message(data: object) -> CanSendMessage | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                can_send_message_type_0 = CanSendMessage(data)

                return can_send_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CanSendMessage | str | Unset, data)

        can_send_message = _parse_can_send_message(d.pop("can_send_message", UNSET))

        _errors = d.pop("errors", UNSET)
        errors: list[HealthStatusIssue] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = HealthStatusIssue.from_dict(errors_item_data)

                errors.append(errors_item)

        additional_info = cast(list[str], d.pop("additional_info", UNSET))

        health_status_entity = cls(
            entity_type=entity_type,
            id=id,
            can_send_message=can_send_message,
            errors=errors,
            additional_info=additional_info,
        )

        health_status_entity.additional_properties = d
        return health_status_entity

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
