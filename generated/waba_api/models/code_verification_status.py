from enum import StrEnum


class CodeVerificationStatus(StrEnum):
    EXPIRED = "EXPIRED"
    NOT_VERIFIED = "NOT_VERIFIED"
    VERIFIED = "VERIFIED"

    def __str__(self) -> str:
        return str(self.value)
