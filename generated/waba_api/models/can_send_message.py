from enum import StrEnum


class CanSendMessage(StrEnum):
    AVAILABLE = "AVAILABLE"
    BLOCKED = "BLOCKED"
    LIMITED = "LIMITED"

    def __str__(self) -> str:
        return str(self.value)
