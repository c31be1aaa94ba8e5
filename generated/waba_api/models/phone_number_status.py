from enum import StrEnum


class PhoneNumberStatus(StrEnum):
    BANNED = "BANNED"
    CONNECTED = "CONNECTED"
    DELETED = "DELETED"
    DISCONNECTED = "DISCONNECTED"
    FLAGGED = "FLAGGED"
    LINKED = "LINKED"
    MIGRATED = "MIGRATED"
    PENDING = "PENDING"
    RATE_LIMITED = "RATE_LIMITED"
    RESTRICTED = "RESTRICTED"
    UNVERIFIED = "UNVERIFIED"

    def __str__(self) -> str:
        return str(self.value)
