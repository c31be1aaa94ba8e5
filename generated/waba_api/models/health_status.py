from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.can_send_message import CanSendMessage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.health_status_entity import HealthStatusEntity


T = TypeVar("T", bound="HealthStatus")


@_attrs_define
class HealthStatus:
    """Whether messages can be sent, for the account (or phone number) and each entity behind it.

    Attributes:
        can_send_message (CanSendMessage | str | Unset): Overall messaging ability.
        entities (list[HealthStatusEntity] | Unset): Status of each entity on the messaging path (phone number, WABA,
            business, app).
    """

    can_send_message: CanSendMessage | str | Unset = UNSET
    entities: list[HealthStatusEntity] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_send_message: str | Unset
        if isinstance(self.can_send_message, Unset):
            can_send_message = UNSET
        elif isinstance(self.can_send_message, CanSendMessage):
            can_send_message = self.can_send_message.value
        else:
            can_send_message = self.can_send_message

        entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = []
            for entities_item_data in self.entities:
                entities_item = entities_item_data.to_dict()
                entities.append(entities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_send_message is not UNSET:
            field_dict["can_send_message"] = can_send_message
        if entities is not UNSET:
            field_dict["entities"] = entities

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.health_status_entity import HealthStatusEntity

        d = dict(src_dict)

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

        _entities = d.pop("entities", UNSET)
        entities: list[HealthStatusEntity] | Unset = UNSET
        if _entities is not UNSET:
            entities = []
            for entities_item_data in _entities:
                entities_item = HealthStatusEntity.from_dict(entities_item_data)

                entities.append(entities_item)

        health_status = cls(
            can_send_message=can_send_message,
            entities=entities,
        )

        health_status.additional_properties = d
        return health_status

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
