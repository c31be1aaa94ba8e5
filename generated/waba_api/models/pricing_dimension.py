from enum import StrEnum


class PricingDimension(StrEnum):
    COUNTRY = "COUNTRY"
    PHONE = "PHONE"
    PRICING_CATEGORY = "PRICING_CATEGORY"
    PRICING_TYPE = "PRICING_TYPE"
    TIER = "TIER"

    def __str__(self) -> str:
        return str(self.value)
