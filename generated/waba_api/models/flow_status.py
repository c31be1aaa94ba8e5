from enum import StrEnum


class FlowStatus(StrEnum):
    BLOCKED = "BLOCKED"
    DEPRECATED = "DEPRECATED"
    DRAFT = "DRAFT"
    PUBLISHED = "PUBLISHED"
    THROTTLED = "THROTTLED"

    def __str__(self) -> str:
        return str(self.value)
