from enum import StrEnum


class CallDimension(StrEnum):
    COUNTRY = "COUNTRY"
    DIRECTION = "DIRECTION"
    PHONE = "PHONE"
    TIER = "TIER"

    def __str__(self) -> str:
        return str(self.value)
