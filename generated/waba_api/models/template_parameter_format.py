from enum import StrEnum


class TemplateParameterFormat(StrEnum):
    NAMED = "NAMED"
    POSITIONAL = "POSITIONAL"

    def __str__(self) -> str:
        return str(self.value)
