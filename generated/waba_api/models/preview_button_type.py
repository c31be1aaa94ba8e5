from enum import StrEnum


class PreviewButtonType(StrEnum):
    OTP = "OTP"

    def __str__(self) -> str:
        return str(self.value)
