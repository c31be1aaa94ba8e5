from enum import StrEnum


class TemplateAnalyticsProductType(StrEnum):
    CLOUD_API = "CLOUD_API"
    MARKETING_MESSAGES_LITE_API = "MARKETING_MESSAGES_LITE_API"

    def __str__(self) -> str:
        return str(self.value)
