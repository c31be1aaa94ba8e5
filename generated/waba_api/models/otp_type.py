from enum import StrEnum


class OtpType(StrEnum):
    COPY_CODE = "COPY_CODE"
    ONE_TAP = "ONE_TAP"
    ZERO_TAP = "ZERO_TAP"

    def __str__(self) -> str:
        return str(self.value)
