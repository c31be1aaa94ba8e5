from enum import StrEnum


class TemplateRejectedReason(StrEnum):
    ABUSIVE_CONTENT = "ABUSIVE_CONTENT"
    INCORRECT_CATEGORY = "INCORRECT_CATEGORY"
    INVALID_FORMAT = "INVALID_FORMAT"
    NONE = "NONE"
    PROMOTIONAL = "PROMOTIONAL"
    SCAM = "SCAM"
    TAG_CONTENT_MISMATCH = "TAG_CONTENT_MISMATCH"

    def __str__(self) -> str:
        return str(self.value)
