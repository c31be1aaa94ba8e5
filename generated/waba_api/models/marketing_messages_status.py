from enum import StrEnum


class MarketingMessagesStatus(StrEnum):
    ELIGIBLE = "ELIGIBLE"
    INELIGIBLE = "INELIGIBLE"
    NOT_STARTED = "NOT_STARTED"
    ONBOARDED = "ONBOARDED"
    PENDING = "PENDING"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)
