from enum import StrEnum


class TemplateButtonType(StrEnum):
    APP = "APP"
    CATALOG = "CATALOG"
    COPY_CODE = "COPY_CODE"
    FLOW = "FLOW"
    MPM = "MPM"
    OTP = "OTP"
    PHONE_NUMBER = "PHONE_NUMBER"
    QUICK_REPLY = "QUICK_REPLY"
    URL = "URL"
    VOICE_CALL = "VOICE_CALL"

    def __str__(self) -> str:
        return str(self.value)
