from enum import StrEnum


class AccountStatus(StrEnum):
    ACTIVE = "ACTIVE"
    DELETED = "DELETED"
    DISABLED = "DISABLED"
    PENDING_DELETION = "PENDING_DELETION"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
