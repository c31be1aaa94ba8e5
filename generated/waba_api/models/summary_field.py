from enum import StrEnum


class SummaryField(StrEnum):
    ARE_TRANSLATIONS_COMPLETE = "are_translations_complete"
    MESSAGE_TEMPLATE_COUNT = "message_template_count"
    MESSAGE_TEMPLATE_LIMIT = "message_template_limit"
    TOTAL_COUNT = "total_count"

    def __str__(self) -> str:
        return str(self.value)
