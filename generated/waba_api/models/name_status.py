from enum import StrEnum


class NameStatus(StrEnum):
    APPROVED = "APPROVED"
    AVAILABLE_WITHOUT_REVIEW = "AVAILABLE_WITHOUT_REVIEW"
    DECLINED = "DECLINED"
    EXPIRED = "EXPIRED"
    NONE = "NONE"
    PENDING_REVIEW = "PENDING_REVIEW"

    def __str__(self) -> str:
        return str(self.value)
