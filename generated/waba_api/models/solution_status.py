from enum import StrEnum


class SolutionStatus(StrEnum):
    ACTIVE = "ACTIVE"
    DEACTIVATED = "DEACTIVATED"
    DRAFT = "DRAFT"
    INACTIVE = "INACTIVE"
    INITIATED = "INITIATED"
    PENDING = "PENDING"
    PENDING_DEACTIVATION = "PENDING_DEACTIVATION"

    def __str__(self) -> str:
        return str(self.value)
