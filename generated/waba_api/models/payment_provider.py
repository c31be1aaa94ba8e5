from enum import StrEnum


class PaymentProvider(StrEnum):
    BILLDESK = "BILLDESK"
    PAYU = "PAYU"
    RAZORPAY = "RAZORPAY"
    UPI_VPA = "UPI_VPA"
    ZAAKPAY = "ZAAKPAY"

    def __str__(self) -> str:
        return str(self.value)
