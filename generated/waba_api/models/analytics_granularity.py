from enum import StrEnum


class AnalyticsGranularity(StrEnum):
    DAILY = "DAILY"
    HALF_HOUR = "HALF_HOUR"
    MONTHLY = "MONTHLY"

    def __str__(self) -> str:
        return str(self.value)
