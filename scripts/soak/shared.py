"""What both soak workers share: the target sandbox, the ledger of writes, the recorder of outcomes, the checks
of listings and of the state, and the rules for writes whose answer may be lost (`Writes`) — the workers only
do the I/O, sync or async.

The rules are the ones the SDK's errors make possible: a failed write whose error says `may_have_been_applied`
is read back before anything else; one that says it was not applied may be sent again; nothing is repeated
blindly. (Deletes are idempotent: the SDK retries them itself, and says when an earlier attempt may have
deleted.)
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from waba import WabaError
from waba_api.models import FlowCreate, MessageTemplateCreate, WhatsAppBusinessAccountUpdate
from waba_sandbox import RunningSandbox, SandboxConfig

from .config import SoakConfig
from .figures import Figures

PREFIX = "soak_"
APP_TRIES = 8  # a create is sent at most this many times when Graph says it was not applied
#: The mixed calls and how often each comes.
MIXED = {"read": 3, "page": 2, "template": 2, "batch": 1, "update": 1, "create_template": 2, "create_flow": 2,
         "delete": 1}  # fmt: skip
Step = Literal["done", "again", "read back", "stop"]


def template_body(name: str) -> MessageTemplateCreate:
    body = {"type": "BODY", "text": "Order {{1}} shipped.", "example": {"body_text": [["42"]]}}
    return MessageTemplateCreate.from_dict({"name": name, "language": "en_US", "category": "UTILITY",
                                            "components": [body]})  # fmt: skip


def flow_body(name: str) -> FlowCreate:
    return FlowCreate.from_dict({"name": name, "categories": ["OTHER"]})


ARCHIVAL = WhatsAppBusinessAccountUpdate(template_auto_archival_enabled=True)


@dataclass
class Ledger:
    """What the workload meant to leave behind."""

    templates: set[str] = field(default_factory=set)
    deleted: set[str] = field(default_factory=set)
    flows: set[str] = field(default_factory=set)
    serial: int = 0

    def name(self, kind: str, client: str) -> str:
        self.serial += 1
        return f"{PREFIX}{kind}_{client}_{self.serial:05d}"


class Recorder:
    """Runs calls and files what came out: results, waba.errors by class, anything else as untyped."""

    def __init__(self, figures: Figures) -> None:
        self.figures = figures

    def error(self, exc: BaseException, *, write: bool = True) -> None:
        if isinstance(exc, WabaError):
            self.figures.errors[f"{'write' if write else 'read'}: {type(exc).__name__}"] += 1
        else:
            self.figures.untyped.append(f"{type(exc).__name__}: {exc}"[:300])

    def call(self, function: Callable[[], Any], *, write: bool = False) -> Any:
        try:
            return function()
        except Exception as exc:  # every exception is filed: typed ones counted, others reported as failures
            self.error(exc, write=write)
            return None

    async def acall(self, function: Callable[[], Awaitable[Any]], *, write: bool = False) -> Any:
        try:
            return await function()
        except Exception as exc:  # see `call`
            self.error(exc, write=write)
            return None


@dataclass
class Target:
    """The sandbox under test and its two accounts: one to list (never written), one to write to."""

    running: RunningSandbox
    listed: str
    written: str
    template_ids: list[str]

    @classmethod
    def start(cls, config: SoakConfig) -> Target:
        running = RunningSandbox(
            SandboxConfig(seed=config.seed, templates=config.templates, budget_per_hour=10**9, faults=config.faults)
        ).start()
        store = running.sandbox.store
        listed = store.main_account
        written = next(a for a in store.accounts if a != listed)
        return cls(running, listed, written, list(store.accounts[listed].templates))

    def expected_listing(self) -> list[str]:
        return [str(t["id"]) for t in self.running.sandbox.store.accounts[self.listed].templates.values()]


def check_listing(figures: Figures, listed: list[str] | None, expected: list[str]) -> None:
    figures.listings += 1
    figures.items_expected += len(expected)
    if listed is None:
        figures.listings_incomplete += 1
        return
    figures.items_listed += len(listed)
    figures.items_lost += len(set(expected) - set(listed))
    figures.items_duplicated += len(listed) - len(set(listed))


def check_state(target: Target, ledger: Ledger, figures: Figures) -> None:
    """Read the state back from the sandbox itself and compare it with what the calls meant to leave."""
    account = target.running.sandbox.store.accounts[target.written]
    templates: dict[str, int] = {}
    for template in account.templates.values():
        if str(template["name"]).startswith(PREFIX):
            templates[template["name"]] = templates.get(template["name"], 0) + 1
    flows: dict[str, int] = {}
    for flow in account.flows:
        if str(flow["name"]).startswith(PREFIX):
            flows[flow["name"]] = flows.get(flow["name"], 0) + 1
    figures.creates_duplicated = sum(n - 1 for n in (*templates.values(), *flows.values()) if n > 1)
    mismatches = figures.state_mismatches
    mismatches += [f"template {n} was confirmed but is missing" for n in ledger.templates if n not in templates]
    mismatches += [f"template {n} was deleted but is there" for n in ledger.deleted if n in templates]
    mismatches += [f"flow {n} was confirmed but is missing" for n in ledger.flows if n not in flows]
    unintended = set(templates) - ledger.templates - ledger.deleted
    mismatches += [f"template {n} exists but no create was confirmed" for n in sorted(unintended)]
    mismatches += [f"flow {n} exists but no create was confirmed" for n in sorted(set(flows) - ledger.flows)]


class Writes:
    """The decisions about writes, without I/O: what to do after a create or delete failed, and after reading back."""

    def __init__(self, figures: Figures, ledger: Ledger, record: Recorder) -> None:
        self.figures, self.ledger, self.record = figures, ledger, record

    def new_create(self, kind: str, client: str) -> str:
        """The name of a new create."""
        self.figures.creates_intended += 1
        return self.ledger.name(kind, client)

    def after_error(self, exc: Exception) -> Step:
        """A write raised: read back when it may have been applied, send again when it was not."""
        self.record.error(exc)
        if not isinstance(exc, WabaError):
            return "stop"
        if exc.may_have_been_applied:
            self.figures.ambiguous_writes += 1
            return "read back"
        return "again"

    def after_create_read_back(self, applied: bool | None) -> Step:
        """The read-back of an ambiguous create: done when it is there, again when not, stop when unknown."""
        if applied:
            self.figures.applied_though_failed += 1
            return "done"
        return "again" if applied is False else "stop"

    def created(self, kind: str, name: str) -> None:
        self.figures.creates_confirmed += 1
        (self.ledger.templates if kind == "template" else self.ledger.flows).add(name)

    def claim_deletion(self, client: str) -> str | None:
        """A template this client created, taken out of the ledger while its delete runs."""
        candidates = sorted(n for n in self.ledger.templates if f"_{client}_" in n)
        if candidates:
            self.ledger.templates.discard(candidates[0])
            return candidates[0]
        return None

    def deleted(self, name: str, *, still_there: bool | None = False) -> None:
        """The end of a delete: gone (read back or answered), or still there (or unknown) and kept."""
        if still_there is not False:
            self.ledger.templates.add(name)
            return
        self.ledger.deleted.add(name)
        self.figures.deletes += 1
