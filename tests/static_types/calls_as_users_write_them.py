"""Checked by mypy --strict in test_signatures_typecheck.py (never run): what the signatures accept and refuse.

Each refused call carries `# type: ignore[<code>]`; under --strict an ignore that is not needed is an error, so
this file fails to type-check both when a valid call is refused and when an invalid one is accepted.
"""

from __future__ import annotations

from waba import AsyncWabaClient, Pager, WabaClient
from waba_api.models import MessageTemplate, MessageTemplateCreate, TemplateCategory


def accepted(client: WabaClient) -> None:
    account = client.account(102290129340398)
    pager: Pager[MessageTemplate] = account.message_templates.list(
        category=["MARKETING", TemplateCategory.UTILITY], status=("APPROVED",), fields=["id", "name"], limit=10
    )
    pager.collect(max_items=5)
    account.get(fields=("id", "name"))
    account.assigned_users.list(business=506914307656634, limit=None)
    account.message_templates.create(body={"name": "x", "language": "en_US", "category": "UTILITY"})
    account.message_templates.create(
        body=MessageTemplateCreate(name="x", language="en_US", category=TemplateCategory.UTILITY)
    )
    account.analytics.templates(start=1, end=2, granularity="DAILY", template_ids=[1627019861106475])


def refused(client: WabaClient) -> None:
    account = client.account("102290129340398")
    account.message_templates.list(category=["PROMO"])  # type: ignore[list-item]
    account.message_templates.list(category="MARKETING")  # type: ignore[arg-type]
    account.get(fields="name")  # type: ignore[arg-type]
    account.message_templates.list(limit="10")  # type: ignore[arg-type]
    account.message_templates.list(colour="red")  # type: ignore[call-arg]
    account.message_templates.create(body="name=x")  # type: ignore[arg-type]
    account.analytics.templates(start=1, end=2, granularity="HOURLY", template_ids=["1"])  # type: ignore[arg-type]
    client.account(1.5)  # type: ignore[arg-type]


async def accepted_async(client: AsyncWabaClient) -> None:
    account = client.account("102290129340398")
    async for template in account.message_templates.list(category=["MARKETING"]):
        print(template.name)
    await account.get(fields=["id"])
