from enum import StrEnum


class PhoneNumberFilterOperator(StrEnum):
    EQUAL = "EQUAL"

    def __str__(self) -> str:
        return str(self.value)
