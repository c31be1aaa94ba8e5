from enum import StrEnum


class HealthEntityType(StrEnum):
    APP = "APP"
    BUSINESS = "BUSINESS"
    MESSAGE_TEMPLATE = "MESSAGE_TEMPLATE"
    PHONE_NUMBER = "PHONE_NUMBER"
    WABA = "WABA"

    def __str__(self) -> str:
        return str(self.value)
