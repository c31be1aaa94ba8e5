from enum import StrEnum


class TemplateComponentType(StrEnum):
    BODY = "BODY"
    BUTTONS = "BUTTONS"
    CAROUSEL = "CAROUSEL"
    FOOTER = "FOOTER"
    HEADER = "HEADER"
    LIMITED_TIME_OFFER = "LIMITED_TIME_OFFER"

    def __str__(self) -> str:
        return str(self.value)
