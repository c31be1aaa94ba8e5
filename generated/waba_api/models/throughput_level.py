from enum import StrEnum


class ThroughputLevel(StrEnum):
    HIGH = "HIGH"
    NOT_APPLICABLE = "NOT_APPLICABLE"
    STANDARD = "STANDARD"

    def __str__(self) -> str:
        return str(self.value)
