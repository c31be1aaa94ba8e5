from enum import StrEnum


class TemplateAnalyticsGranularity(StrEnum):
    DAILY = "DAILY"

    def __str__(self) -> str:
        return str(self.value)
