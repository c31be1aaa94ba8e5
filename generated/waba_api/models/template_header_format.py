from enum import StrEnum


class TemplateHeaderFormat(StrEnum):
    DOCUMENT = "DOCUMENT"
    IMAGE = "IMAGE"
    LOCATION = "LOCATION"
    TEXT = "TEXT"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)
