from enum import StrEnum


class QualityRating(StrEnum):
    GREEN = "GREEN"
    NA = "NA"
    RED = "RED"
    UNKNOWN = "UNKNOWN"
    YELLOW = "YELLOW"

    def __str__(self) -> str:
        return str(self.value)
