from enum import StrEnum


class ConversationDirection(StrEnum):
    BUSINESS_INITIATED = "BUSINESS_INITIATED"
    USER_INITIATED = "USER_INITIATED"

    def __str__(self) -> str:
        return str(self.value)
