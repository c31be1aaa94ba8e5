from enum import StrEnum


class MessagingLimitTier(StrEnum):
    TIER_100K = "TIER_100K"
    TIER_10K = "TIER_10K"
    TIER_1K = "TIER_1K"
    TIER_250 = "TIER_250"
    TIER_2K = "TIER_2K"
    TIER_50 = "TIER_50"
    TIER_UNLIMITED = "TIER_UNLIMITED"
    UNTIERED = "UNTIERED"

    def __str__(self) -> str:
        return str(self.value)
