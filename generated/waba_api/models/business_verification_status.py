from enum import StrEnum


class BusinessVerificationStatus(StrEnum):
    EXPIRED = "expired"
    FAILED = "failed"
    INELIGIBLE = "ineligible"
    NOT_VERIFIED = "not_verified"
    PENDING = "pending"
    PENDING_NEED_MORE_INFO = "pending_need_more_info"
    PENDING_SUBMISSION = "pending_submission"
    REJECTED = "rejected"
    REVOKED = "revoked"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)
