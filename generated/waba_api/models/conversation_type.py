from enum import StrEnum


class ConversationType(StrEnum):
    FREE_ENTRY = "FREE_ENTRY"
    FREE_TIER = "FREE_TIER"
    REGULAR = "REGULAR"

    def __str__(self) -> str:
        return str(self.value)
