from enum import StrEnum


class MessagingAnalyticsGranularity(StrEnum):
    DAY = "DAY"
    HALF_HOUR = "HALF_HOUR"
    MONTH = "MONTH"

    def __str__(self) -> str:
        return str(self.value)
