from enum import StrEnum


class PaymentConfigurationStatus(StrEnum):
    ACTIVE = "Active"
    NEEDS_CONNECTING = "Needs_Connecting"
    NEEDS_TESTING = "Needs_Testing"

    def __str__(self) -> str:
        return str(self.value)
