from enum import StrEnum


class PreviewCategory(StrEnum):
    AUTHENTICATION = "AUTHENTICATION"

    def __str__(self) -> str:
        return str(self.value)
