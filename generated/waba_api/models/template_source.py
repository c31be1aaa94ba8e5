from enum import StrEnum


class TemplateSource(StrEnum):
    AUTO_GENERATED = "AUTO_GENERATED"
    MANUAL = "MANUAL"

    def __str__(self) -> str:
        return str(self.value)
