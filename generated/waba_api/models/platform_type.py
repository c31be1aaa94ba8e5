from enum import StrEnum


class PlatformType(StrEnum):
    CLOUD_API = "CLOUD_API"
    NOT_APPLICABLE = "NOT_APPLICABLE"
    ON_PREMISE = "ON_PREMISE"

    def __str__(self) -> str:
        return str(self.value)
