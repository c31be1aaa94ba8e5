"""Type-checked by tests/static_typing/test_response_fields.py with `mypy --strict`: reading response fields takes
only `is not None` checks (no sentinel to test against, no casts, no ignores). Never run."""

from __future__ import annotations

from collections import Counter

from waba import AsyncWabaClient, WabaClient
from waba_api.models import CanSendMessage, MessageTemplate, TemplateStatus


def describe_account(client: WabaClient, waba_id: str) -> str:
    """The account's name, currency and whether it can send, from fields Graph may leave out."""
    account = client.account(waba_id).get(fields=["id", "name", "currency", "health_status"])
    name: str = account.name if account.name is not None else "(no name)"
    currency: str = account.currency or "?"
    health = account.health_status
    can_send: CanSendMessage | str | None = health.can_send_message if health is not None else None
    entities = len(health.entities) if health is not None and health.entities is not None else 0
    return f"{account.id}: {name}, {currency}, can send: {can_send}, {entities} entities"


def body_texts(template: MessageTemplate) -> list[str]:
    """The upper-cased text of every component that has one."""
    texts: list[str] = []
    for component in template.components or []:
        if component.text is not None:
            texts.append(component.text.upper())
        for button in component.buttons or []:
            if button.url is not None and button.url.startswith("https://"):
                texts.append(button.url)
    return texts


def statuses(client: WabaClient, waba_id: str) -> Counter[str]:
    """How many templates have each status; an unknown status stays a plain string."""
    counted: Counter[str] = Counter()
    for template in client.account(waba_id).message_templates.list(limit=100):
        status: str | TemplateStatus | None = template.status
        counted[str(status) if status is not None else "-"] += 1
        if template.quality_score is not None and template.quality_score.date is not None:
            counted["dated"] += template.quality_score.date > 0
    return counted


async def first_language(client: AsyncWabaClient, waba_id: str) -> str | None:
    """The language of the first template, if any."""
    async for template in client.account(waba_id).message_templates.list(limit=1):
        return template.language.lower() if template.language is not None else None
    return None
