from enum import StrEnum


class FlowCategory(StrEnum):
    APPOINTMENT_BOOKING = "APPOINTMENT_BOOKING"
    CONTACT_US = "CONTACT_US"
    CUSTOMER_SUPPORT = "CUSTOMER_SUPPORT"
    LEAD_GENERATION = "LEAD_GENERATION"
    OTHER = "OTHER"
    SIGN_IN = "SIGN_IN"
    SIGN_UP = "SIGN_UP"
    SURVEY = "SURVEY"

    def __str__(self) -> str:
        return str(self.value)
