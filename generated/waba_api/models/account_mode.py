from enum import StrEnum


class AccountMode(StrEnum):
    LIVE = "LIVE"
    SANDBOX = "SANDBOX"

    def __str__(self) -> str:
        return str(self.value)
