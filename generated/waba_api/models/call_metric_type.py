from enum import StrEnum


class CallMetricType(StrEnum):
    AVERAGE_DURATION = "AVERAGE_DURATION"
    COST = "COST"
    COUNT = "COUNT"

    def __str__(self) -> str:
        return str(self.value)
