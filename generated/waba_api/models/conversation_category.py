from enum import StrEnum


class ConversationCategory(StrEnum):
    AUTHENTICATION = "AUTHENTICATION"
    AUTHENTICATION_INTERNATIONAL = "AUTHENTICATION_INTERNATIONAL"
    MARKETING = "MARKETING"
    MARKETING_LITE = "MARKETING_LITE"
    SERVICE = "SERVICE"
    UTILITY = "UTILITY"

    def __str__(self) -> str:
        return str(self.value)
