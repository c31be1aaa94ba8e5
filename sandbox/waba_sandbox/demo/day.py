"""The admin's day of `python -m waba_sandbox.demo` (`make demo`), through the SDK against the sandbox.

Starts a webhook receiver (`receiver`) and the sandbox on free loopback ports (no token needed), drives the
sandbox through the SDK — the account, every template page by page, a new template and its approval arriving as a
verified, typed webhook event, a user assigned and removed, phone numbers, webhook subscriptions, conversation
analytics, and a rate limit met and handled — prints a report and stops both.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from typing import TextIO

from waba import RateLimitError, WabaClient
from waba_api.models import (
    AnalyticsGranularity,
    AssignedUserCreate,
    ConversationDimension,
    MessageTemplateCreate,
    MessageTemplateStatusUpdateValue,
    QuickReplyButton,
    SummaryField,
    TemplateBodyComponent,
    TemplateButtonsComponent,
    TemplateCategory,
    TemplateExample,
    TemplateFooterComponent,
    TemplateHeaderTextComponent,
    WabaTask,
)

from ..config import SandboxConfig
from ..server import RunningSandbox
from .receiver import DemoReceiver, Event

START, END = 1719792000, 1720396800  # the first week of July 2024
DEMO_BUDGET = 6  # calls per hour on the small account, so that the day meets a rate limit
#: The demo app's secret: it signs the webhooks and the SDK's appsecret_proof (a public demo value).
DEMO_APP_SECRET = "demo-app-secret-not-for-production"  # noqa: S105 - a public demo fixture
DEMO_VERIFY_TOKEN = "demo-verify-token"  # noqa: S105 - a public demo fixture
REVIEW_SECONDS = 1.0  # Meta reviews a template in minutes; the sandbox in a second


def _value(value: object) -> str:
    if value is None:
        return "-"
    return str(getattr(value, "value", value))


class Report:
    """Prints sections and keeps the figures for the summary."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.facts: list[tuple[str, str]] = []
        self.started = time.perf_counter()

    def section(self, title: str) -> None:
        self.out.write(f"\n== {title}\n")

    def line(self, text: str) -> None:
        self.out.write(f"   {text}\n")

    def fact(self, name: str, value: object) -> None:
        self.facts.append((name, str(value)))

    def progress(self, done: int, total: int | None) -> None:
        width = 30
        share = done / total if total else 1.0
        bar = "#" * int(width * share) + "." * (width - int(width * share))
        end = "\r" if self.out.isatty() and done != total else "\n"
        self.out.write(f"   [{bar}] {done}/{total or '?'} templates{end}")
        self.out.flush()

    def summary(self) -> None:
        self.section("Report")
        width = max(len(name) for name, _ in self.facts)
        for name, value in self.facts:
            self.line(f"{name.ljust(width)}  {value}")
        self.line(f"{'wall time'.ljust(width)}  {time.perf_counter() - self.started:.2f} s")


def show_account(client: WabaClient, waba_id: str, report: Report) -> None:
    """The account's main facts."""
    report.section("The account")
    fields = ["id", "name", "currency", "country", "status", "business_verification_status",
              "whatsapp_business_manager_messaging_limit", "health_status", "is_enabled_for_insights"]  # fmt: skip
    account = client.account(waba_id).get(fields=fields)
    health = account.health_status.can_send_message if account.health_status is not None else None
    report.line(f"{account.name} ({account.id}), {_value(account.country)}, billed in {_value(account.currency)}")
    limit = _value(account.whatsapp_business_manager_messaging_limit)
    verification = _value(account.business_verification_status)
    report.line(f"status {_value(account.status)}, business {verification}, limit {limit}, can send: {_value(health)}")
    report.fact("account", f"{account.name} ({account.id})")


def page_through_templates(client: WabaClient, waba_id: str, report: Report) -> None:
    """Every template, one page at a time, with a progress bar."""
    report.section("All message templates, page by page")
    pager = client.account(waba_id).message_templates.list(
        limit=50, fields=["id", "name", "status", "category", "language"], summary=[SummaryField.TOTAL_COUNT]
    )
    total = pager.total_count()
    statuses: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    seen = 0
    for page in pager.pages():
        for template in page.data:
            statuses[_value(template.status)] += 1
            categories[_value(template.category)] += 1
        seen += len(page.data)
        report.progress(seen, total)
    report.line(f"{seen} templates in {pager.pages_fetched} pages")
    report.line("by status:   " + ", ".join(f"{k} {v}" for k, v in statuses.most_common()))
    report.line("by category: " + ", ".join(f"{k} {v}" for k, v in categories.most_common()))
    report.fact("templates listed", f"{seen} (summary says {total}), {pager.pages_fetched} pages")


def create_template(client: WabaClient, waba_id: str, report: Report) -> str:
    """A new utility template, read back PENDING; returns its id."""
    report.section("A new template")
    body = MessageTemplateCreate(
        name="demo_order_ready",
        language="en_US",
        category=TemplateCategory.UTILITY,
        components=[
            TemplateHeaderTextComponent(text="Order ready"),
            TemplateBodyComponent(
                text="Hi {{1}}, your order {{2}} is ready for pickup at the front desk.",
                example=TemplateExample(body_text=[["Ana", "#1042"]]),
            ),
            TemplateFooterComponent(text="Jasper's Market"),
            TemplateButtonsComponent(buttons=[QuickReplyButton(text="On my way")]),
        ],
    )
    created = client.account(waba_id).message_templates.create(body=body)
    fetched = client.message_template(created.id).get(fields=["id", "name", "status", "category"])
    report.line(f"created {fetched.name} ({fetched.id}): status {_value(fetched.status)}")
    report.fact("template created", f"{fetched.name} -> {_value(fetched.status)}")
    return created.id


def _status_update(event: Event, template_id: str) -> MessageTemplateStatusUpdateValue | None:
    value = event.value
    if isinstance(value, MessageTemplateStatusUpdateValue) and str(value.message_template_id) == template_id:
        return value
    return None


def approval_by_webhook(client: WabaClient, template_id: str, receiver: DemoReceiver, report: Report) -> None:
    """The template's review outcome arrives at the receiver as signed deliveries, verified and parsed by the SDK."""
    report.section("The approval, as a webhook")
    report.line(f"receiver: waba.webhooks.asgi_app mounted in Starlette at {receiver.url}")

    def reviewed(events: list[Event]) -> bool:
        return sum(_status_update(e, template_id) is not None for e in events) >= 2

    seen = []
    for event in receiver.wait_for(reviewed, timeout=REVIEW_SECONDS + 20):
        value = _status_update(event, template_id)
        if value is not None:
            seen.append(_value(value.event))
            when = event.time.strftime("%H:%M:%S UTC") if event.time else "-"
            report.line(f"signature verified, parsed {type(value).__name__} from {event.field}:")
            report.line(f"  {_value(value.event)} for {value.message_template_name}, WABA {event.waba_id}, at {when}")
    now = client.message_template(template_id).get(fields=["status"])
    report.line(f"the API agrees: status {_value(now.status)}")
    report.fact("template review by webhook", " -> ".join(seen) or "nothing arrived")


def assign_and_remove_user(client: WabaClient, waba_id: str, business_id: str, user_id: str, report: Report) -> None:
    """A user gets template rights for a task, then loses them."""
    report.section("A user assigned and removed")
    users = client.account(waba_id).assigned_users
    before = {u.id for u in users.list(business=business_id)}
    users.create(body=AssignedUserCreate(user=user_id, tasks=[WabaTask.MANAGE_TEMPLATES, WabaTask.VIEW_COST]))
    during = {u.id: u for u in users.list(business=business_id)}
    tasks = ", ".join(_value(t) for t in during[user_id].tasks) if user_id in during else "-"  # type: ignore[union-attr]
    report.line(f"assigned {during[user_id].name} with {tasks}: {len(before)} -> {len(during)} users")
    users.delete(user=user_id)
    after = {u.id for u in users.list(business=business_id)}
    report.line(f"removed again: {len(after)} users")
    report.fact("assigned users", f"{len(before)} -> {len(during)} -> {len(after)}")


def numbers_and_apps(client: WabaClient, waba_id: str, report: Report) -> None:
    """Phone numbers and webhook subscriptions."""
    report.section("Phone numbers and subscribed apps")
    account = client.account(waba_id)
    numbers = list(account.phone_numbers.list(fields=["id", "display_phone_number", "verified_name",
                                                      "quality_rating", "status"]))  # fmt: skip
    for number in numbers:
        report.line(f"{number.display_phone_number}  {number.verified_name}  quality {_value(number.quality_rating)}"
                    f"  {_value(number.status)}")  # fmt: skip
    apps = list(account.subscribed_apps.list())
    for app in apps:
        data = app.whatsapp_business_api_data
        name = "-" if data is None else data.name
        callback = _value(app.override_callback_uri)
        report.line(f"webhooks -> {name} (callback override: {callback})")
    report.fact("phone numbers / subscribed apps", f"{len(numbers)} / {len(apps)}")


def conversation_analytics(client: WabaClient, waba_id: str, report: Report) -> None:
    """A week of conversations and their cost, by category."""
    report.section("Conversation analytics, first week of July 2024")
    conversations: Counter[str] = Counter()
    cost: dict[str, float] = {}
    for series in client.account(waba_id).analytics.conversations(
        start=START,
        end=END,
        granularity=AnalyticsGranularity.DAILY,
        dimensions=[ConversationDimension.CONVERSATION_CATEGORY],
    ):
        for point in series.data_points or []:
            category = _value(point.conversation_category)
            conversations[category] += point.conversation if isinstance(point.conversation, int) else 0
            cost[category] = cost.get(category, 0.0) + (point.cost if isinstance(point.cost, float | int) else 0.0)
    for category, count in conversations.most_common():
        report.line(f"{category:<10} {count:>6} conversations  {cost.get(category, 0.0):>8.2f} USD")
    report.fact("conversations (7 days)", f"{sum(conversations.values())}, {sum(cost.values()):.2f} USD")


def meet_a_rate_limit(client: WabaClient, waba_id: str, report: Report) -> None:
    """A small account's hourly budget runs out; the SDK raises RateLimitError with retry_after."""
    report.section(f"A rate limit (account {waba_id} allows {DEMO_BUDGET} calls per hour)")
    calls = 0
    try:
        for _ in range(DEMO_BUDGET * 2):
            client.account(waba_id).get(fields=["id", "name"])
            calls += 1
            usage = client.usage.max_percent(waba_id)
            report.line(f"call {calls}: ok, business-use-case usage {usage} %")
    except RateLimitError as exc:
        wait = f"{exc.retry_after / 60:.0f} min" if exc.retry_after else "unknown"
        report.line(f"call {calls + 1}: RateLimitError code {exc.code}; Graph says retry after {wait}")
        report.line("the SDK did not hammer the API: the wait exceeds its max_wait, so it raised instead of sleeping")
        report.fact("rate limit", f"hit after {calls} calls, retry_after {wait}")
        return
    report.fact("rate limit", "not hit")


def run(out: TextIO = sys.stdout) -> int:
    """Run the whole day; returns the exit status."""
    report = Report(out)
    out.write("WABA SDK demo: an admin's day against the bundled sandbox (offline, no token needed)\n")
    with DemoReceiver(app_secret=DEMO_APP_SECRET, verify_token=DEMO_VERIFY_TOKEN) as receiver:
        config = SandboxConfig(seed=1, app_secret=DEMO_APP_SECRET, webhook_url=receiver.url,
                               template_review_seconds=REVIEW_SECONDS)  # fmt: skip
        with RunningSandbox(config) as sandbox:
            store = sandbox.sandbox.store
            small = next(a.id for a in store.accounts.values() if a.id != store.main_account and a.phone_numbers)
            sandbox.sandbox.config.budgets[small] = DEMO_BUDGET
            free_user = next(u for u in store.users if u not in store.accounts[store.main_account].assigned_users)
            report.line(f"sandbox on {sandbox.base_url}, webhooks to {receiver.url}")
            with WabaClient(
                access_token=sandbox.token, base_url=sandbox.base_url, app_secret=DEMO_APP_SECRET
            ) as client:
                show_account(client, store.main_account, report)
                page_through_templates(client, store.main_account, report)
                template_id = create_template(client, store.main_account, report)
                approval_by_webhook(client, template_id, receiver, report)
                assign_and_remove_user(client, store.main_account, store.main_business, free_user, report)
                numbers_and_apps(client, store.main_account, report)
                conversation_analytics(client, store.main_account, report)
                meet_a_rate_limit(client, small, report)
    report.line("sandbox and receiver stopped")
    report.summary()
    return 0
