from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_category import ConversationCategory
from ..models.conversation_direction import ConversationDirection
from ..models.conversation_type import ConversationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationAnalyticsDataPoint")


@_attrs_define
class ConversationAnalyticsDataPoint:
    """Conversations in one time bucket (and breakdown).

    Attributes:
        start (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
        end (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
        conversation (int | Unset): Number of conversations.
        cost (float | Unset): Cost in the account's currency.
        phone_number (str | Unset): Business phone number (with the PHONE dimension).
        country (str | Unset): Recipient country (with the COUNTRY dimension).
        conversation_type (ConversationType | str | Unset): Conversation type (with the CONVERSATION_TYPE dimension).
        conversation_direction (ConversationDirection | str | Unset): Direction (with the CONVERSATION_DIRECTION
            dimension).
        conversation_category (ConversationCategory | str | Unset): Category (with the CONVERSATION_CATEGORY dimension).
    """

    start: int | Unset = UNSET
    end: int | Unset = UNSET
    conversation: int | Unset = UNSET
    cost: float | Unset = UNSET
    phone_number: str | Unset = UNSET
    country: str | Unset = UNSET
    conversation_type: ConversationType | str | Unset = UNSET
    conversation_direction: ConversationDirection | str | Unset = UNSET
    conversation_category: ConversationCategory | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        conversation = self.conversation

        cost = self.cost

        phone_number = self.phone_number

        country = self.country

        conversation_type: str | Unset
        if isinstance(self.conversation_type, Unset):
            conversation_type = UNSET
        elif isinstance(self.conversation_type, ConversationType):
            conversation_type = self.conversation_type.value
        else:
            conversation_type = self.conversation_type

        conversation_direction: str | Unset
        if isinstance(self.conversation_direction, Unset):
            conversation_direction = UNSET
        elif isinstance(self.conversation_direction, ConversationDirection):
            conversation_direction = self.conversation_direction.value
        else:
            conversation_direction = self.conversation_direction

        conversation_category: str | Unset
        if isinstance(self.conversation_category, Unset):
            conversation_category = UNSET
        elif isinstance(self.conversation_category, ConversationCategory):
            conversation_category = self.conversation_category.value
        else:
            conversation_category = self.conversation_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if cost is not UNSET:
            field_dict["cost"] = cost
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if country is not UNSET:
            field_dict["country"] = country
        if conversation_type is not UNSET:
            field_dict["conversation_type"] = conversation_type
        if conversation_direction is not UNSET:
            field_dict["conversation_direction"] = conversation_direction
        if conversation_category is not UNSET:
            field_dict["conversation_category"] = conversation_category

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        conversation = d.pop("conversation", UNSET)

        cost = d.pop("cost", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        country = d.pop("country", UNSET)

        def _parse_conversation_type(data: object) -> ConversationType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conversation_type_type_0 = ConversationType(data)

                return conversation_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationType | str | Unset, data)

        conversation_type = _parse_conversation_type(d.pop("conversation_type", UNSET))

        def _parse_conversation_direction(data: object) -> ConversationDirection | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conversation_direction_type_0 = ConversationDirection(data)

                return conversation_direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationDirection | str | Unset, data)

        conversation_direction = _parse_conversation_direction(d.pop("conversation_direction", UNSET))

        def _parse_conversation_category(data: object) -> ConversationCategory | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conversation_category_type_0 = ConversationCategory(data)

                return conversation_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationCategory | str | Unset, data)

        conversation_category = _parse_conversation_category(d.pop("conversation_category", UNSET))

        conversation_analytics_data_point = cls(
            start=start,
            end=end,
            conversation=conversation,
            cost=cost,
            phone_number=phone_number,
            country=country,
            conversation_type=conversation_type,
            conversation_direction=conversation_direction,
            conversation_category=conversation_category,
        )

        conversation_analytics_data_point.additional_properties = d
        return conversation_analytics_data_point

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
