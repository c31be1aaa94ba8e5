from enum import StrEnum


class TemplateMetricType(StrEnum):
    CLICKED = "CLICKED"
    COST = "COST"
    DELIVERED = "DELIVERED"
    READ = "READ"
    REPLIED = "REPLIED"
    SENT = "SENT"

    def __str__(self) -> str:
        return str(self.value)
