from enum import StrEnum


class ConversationDimension(StrEnum):
    CONVERSATION_CATEGORY = "CONVERSATION_CATEGORY"
    CONVERSATION_DIRECTION = "CONVERSATION_DIRECTION"
    CONVERSATION_TYPE = "CONVERSATION_TYPE"
    COUNTRY = "COUNTRY"
    PHONE = "PHONE"

    def __str__(self) -> str:
        return str(self.value)
