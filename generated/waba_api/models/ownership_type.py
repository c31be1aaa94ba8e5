from enum import StrEnum


class OwnershipType(StrEnum):
    CLIENT_OWNED = "CLIENT_OWNED"
    ON_BEHALF_OF = "ON_BEHALF_OF"
    SELF = "SELF"

    def __str__(self) -> str:
        return str(self.value)
