from enum import StrEnum


class PricingMetricType(StrEnum):
    COST = "COST"
    VOLUME = "VOLUME"

    def __str__(self) -> str:
        return str(self.value)
