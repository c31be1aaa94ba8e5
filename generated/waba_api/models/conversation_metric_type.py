from enum import StrEnum


class ConversationMetricType(StrEnum):
    CONVERSATION = "CONVERSATION"
    COST = "COST"

    def __str__(self) -> str:
        return str(self.value)
