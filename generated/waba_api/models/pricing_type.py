from enum import StrEnum


class PricingType(StrEnum):
    FREE_CUSTOMER_SERVICE = "FREE_CUSTOMER_SERVICE"
    FREE_ENTRY_POINT = "FREE_ENTRY_POINT"
    REGULAR = "REGULAR"

    def __str__(self) -> str:
        return str(self.value)
