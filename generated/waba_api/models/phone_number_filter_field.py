from enum import StrEnum


class PhoneNumberFilterField(StrEnum):
    ACCOUNT_MODE = "account_mode"

    def __str__(self) -> str:
        return str(self.value)
