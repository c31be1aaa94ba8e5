from enum import StrEnum


class AssignedUserType(StrEnum):
    ADMIN_SYSTEM_USER = "ADMIN_SYSTEM_USER"
    BUSINESS_USER = "BUSINESS_USER"
    SYSTEM_USER = "SYSTEM_USER"

    def __str__(self) -> str:
        return str(self.value)
