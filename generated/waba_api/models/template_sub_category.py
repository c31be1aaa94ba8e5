from enum import StrEnum


class TemplateSubCategory(StrEnum):
    ORDER_DETAILS = "ORDER_DETAILS"
    ORDER_STATUS = "ORDER_STATUS"

    def __str__(self) -> str:
        return str(self.value)
