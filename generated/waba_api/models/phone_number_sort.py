from enum import StrEnum


class PhoneNumberSort(StrEnum):
    CREATION_TIME_ASC = "creation_time.asc"
    CREATION_TIME_DESC = "creation_time.desc"
    LAST_ONBOARDED_TIME_ASC = "last_onboarded_time.asc"
    LAST_ONBOARDED_TIME_DESC = "last_onboarded_time.desc"

    def __str__(self) -> str:
        return str(self.value)
