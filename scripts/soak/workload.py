"""The soak workload: full listings of a 1,000+-template account and mixed calls with creates and deletes,
through a sandbox injecting the issue's fault mix — once with `WabaClient`, once with `AsyncWabaClient` (32 calls
in flight) — then the state read back from the sandbox and checked against what the calls meant to do.

Writes follow the rule the SDK's errors make possible: a failed create whose error says `may_have_been_applied`
is read back before it is sent again; one that says it was not applied is sent again; no create is repeated
blindly. Deletes are idempotent: the SDK retries them itself.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from waba import AsyncWabaClient, WabaClient, WabaError
from waba_api.models import FlowCreate, MessageTemplateCreate, WhatsAppBusinessAccountUpdate
from waba_sandbox import RunningSandbox, SandboxConfig

from .config import SoakConfig
from .counting import Counts, counted
from .figures import Figures

PREFIX = "soak_"
APP_TRIES = 8  # a create is sent at most this many times when Graph says it was not applied


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


# -- sync ----------------------------------------------------------------------------------------------------------


class SyncWorker:
    """Mixed calls and listings through one `WabaClient` (reads time out fast; writes wait)."""

    def __init__(self, target: Target, config: SoakConfig, counts: Counts, figures: Figures, ledger: Ledger) -> None:
        self.target, self.config, self.figures, self.ledger = target, config, figures, ledger
        self.client = WabaClient(access_token=target.running.token, base_url=target.running.base_url,
                                 retry_policy=config.policy, timeout=config.read_timeout,
                                 transport=counted(counts))  # fmt: skip
        self.writer = self.client.with_options(timeout=config.write_timeout)
        self.record = Recorder(figures)

    def listing(self) -> None:
        pager = self.client.account(self.target.listed).message_templates.list(limit=self.config.page_limit,
                                                                                fields=["id", "name"])  # fmt: skip
        items = self.record.call(lambda: [t.id for t in pager])
        check_listing(self.figures, items, self.target.expected_listing())

    def template_exists(self, name: str) -> bool | None:
        pager = self.client.account(self.target.written).message_templates.list(name=name, fields=["id", "name"])
        found = self.record.call(lambda: [str(t.name) for t in pager])
        return None if found is None else name in found

    def flow_exists(self, name: str) -> bool | None:
        found = self.record.call(lambda: [str(f.name) for f in self.client.account(self.target.written).flows.list()])
        return None if found is None else name in found

    def create(self, kind: str, send: Callable[[str], Any], exists: Callable[[str], bool | None]) -> None:
        name = self.ledger.name(kind, "sync")
        self.figures.creates_intended += 1
        for _ in range(APP_TRIES):
            try:
                send(name)
            except WabaError as exc:
                self.record.error(exc)
                if not exc.may_have_been_applied:
                    continue  # Graph said no (or never saw it): sending it again is safe
                self.figures.ambiguous_writes += 1
                applied = exists(name)  # read back before anything else
                if applied is None:
                    return  # cannot tell: leave it, as a careful job would
                if applied:
                    self.figures.applied_though_failed += 1
                    break
                continue
            except Exception as exc:  # filed as untyped
                self.record.error(exc)
                return
            break
        else:
            return
        self.figures.creates_confirmed += 1
        (self.ledger.templates if kind == "template" else self.ledger.flows).add(name)

    def delete_template(self) -> None:
        if not self.ledger.templates:
            return
        name = sorted(self.ledger.templates)[0]
        try:
            self.writer.account(self.target.written).message_templates.delete(name=name)
        except WabaError as exc:
            self.record.error(exc)
            if not exc.may_have_been_applied:
                return  # refused: the template stays
            self.figures.ambiguous_writes += 1
            if self.template_exists(name) is not False:
                return  # still there (or cannot tell): the ledger keeps it
            self.figures.applied_though_failed += 1
        except Exception as exc:  # filed as untyped
            self.record.error(exc)
            return
        self.ledger.templates.discard(name)
        self.ledger.deleted.add(name)
        self.figures.deletes += 1

    def mixed(self, rng: random.Random) -> None:
        waba, written = self.target.listed, self.target.written
        node, client, writer = self.client.account(waba), self.client, self.writer
        choice = rng.choices(["read", "page", "template", "batch", "update", "create_t", "create_f", "delete"],
                             weights=[3, 2, 2, 1, 1, 2, 2, 1])[0]  # fmt: skip
        if choice == "read":
            self.record.call(lambda: node.get(fields=["id", "name", "currency"]))
        elif choice == "page":
            self.record.call(lambda: node.phone_numbers.list(limit=2).first_page())
        elif choice == "template":
            template = rng.choice(self.target.template_ids)
            self.record.call(lambda: client.message_template(template).get(fields=["id", "name", "status"]))
        elif choice == "batch":
            calls = [
                client.message_template(t).get.prepare(fields=["id"]) for t in rng.sample(self.target.template_ids, 5)
            ]
            self.record.call(lambda: client.batch(calls))
        elif choice == "update":
            self.record.call(lambda: writer.account(written).update(body=ARCHIVAL), write=True)
        elif choice == "create_t":
            self.create("template", lambda n: writer.account(written).message_templates.create(body=template_body(n)),
                        self.template_exists)  # fmt: skip
        elif choice == "create_f":
            self.create("flow", lambda n: writer.account(written).flows.create(body=flow_body(n)), self.flow_exists)
        else:
            self.delete_template()

    def run(self) -> None:
        rng = random.Random(self.config.seed)  # noqa: S311 - a reproducible mix, not a secret
        with self.client:
            for _ in range(self.config.listings):
                self.listing()
            for _ in range(self.config.mixed_calls):
                self.mixed(rng)


# -- async ---------------------------------------------------------------------------------------------------------


class AsyncWorker:
    """The same calls through one `AsyncWabaClient`, `config.in_flight` at a time."""

    def __init__(self, target: Target, config: SoakConfig, counts: Counts, figures: Figures, ledger: Ledger) -> None:
        self.target, self.config, self.figures, self.ledger = target, config, figures, ledger
        self.client = AsyncWabaClient(access_token=target.running.token, base_url=target.running.base_url,
                                      retry_policy=config.policy, timeout=config.read_timeout,
                                      transport=counted(counts, asynchronous=True))  # fmt: skip
        self.writer = self.client.with_options(timeout=config.write_timeout)
        self.record = Recorder(figures)
        self.gate = asyncio.Semaphore(config.in_flight)

    async def listing(self) -> None:
        pager = self.client.account(self.target.listed).message_templates.list(limit=self.config.page_limit,
                                                                                fields=["id", "name"])  # fmt: skip

        async def collect() -> list[str]:
            return [t.id async for t in pager]

        async with self.gate:
            items = await self.record.acall(collect)
        check_listing(self.figures, items, self.target.expected_listing())

    async def template_exists(self, name: str) -> bool | None:
        pager = self.client.account(self.target.written).message_templates.list(name=name, fields=["id", "name"])

        async def names() -> list[str]:
            return [str(t.name) async for t in pager]

        found = await self.record.acall(names)
        return None if found is None else name in found

    async def flow_exists(self, name: str) -> bool | None:
        pager = self.client.account(self.target.written).flows.list()

        async def names() -> list[str]:
            return [str(f.name) async for f in pager]

        found = await self.record.acall(names)
        return None if found is None else name in found

    async def create(self, kind: str) -> None:
        name = self.ledger.name(kind, "async")
        node = self.writer.account(self.target.written)
        self.figures.creates_intended += 1
        exists = self.template_exists if kind == "template" else self.flow_exists
        for _ in range(APP_TRIES):
            try:
                if kind == "template":
                    await node.message_templates.create(body=template_body(name))
                else:
                    await node.flows.create(body=flow_body(name))
            except WabaError as exc:
                self.record.error(exc)
                if not exc.may_have_been_applied:
                    continue
                self.figures.ambiguous_writes += 1
                applied = await exists(name)
                if applied is None:
                    return
                if applied:
                    self.figures.applied_though_failed += 1
                    break
                continue
            except Exception as exc:  # filed as untyped
                self.record.error(exc)
                return
            break
        else:
            return
        self.figures.creates_confirmed += 1
        (self.ledger.templates if kind == "template" else self.ledger.flows).add(name)

    async def delete_template(self) -> None:
        candidates = sorted(n for n in self.ledger.templates if "_async_" in n)
        if not candidates:
            return
        name = candidates[0]
        self.ledger.templates.discard(name)  # claimed: no other task deletes it too
        try:
            await self.writer.account(self.target.written).message_templates.delete(name=name)
        except WabaError as exc:
            self.record.error(exc)
            self.figures.ambiguous_writes += exc.may_have_been_applied
            if not exc.may_have_been_applied or await self.template_exists(name) is not False:
                self.ledger.templates.add(name)  # refused, still there, or cannot tell: it stays
                return
            self.figures.applied_though_failed += 1
        except Exception as exc:  # filed as untyped
            self.record.error(exc)
            self.ledger.templates.add(name)
            return
        self.ledger.deleted.add(name)
        self.figures.deletes += 1

    async def mixed(self, rng: random.Random) -> None:
        waba, written = self.target.listed, self.target.written
        node, client, writer = self.client.account(waba), self.client, self.writer
        choice = rng.choices(["read", "page", "template", "batch", "update", "create_t", "create_f", "delete"],
                             weights=[3, 2, 2, 1, 1, 2, 2, 1])[0]  # fmt: skip
        template = rng.choice(self.target.template_ids)
        sample = rng.sample(self.target.template_ids, 5)
        async with self.gate:
            if choice == "read":
                await self.record.acall(lambda: node.get(fields=["id", "name", "currency"]))
            elif choice == "page":
                await self.record.acall(lambda: node.phone_numbers.list(limit=2).first_page())
            elif choice == "template":
                await self.record.acall(lambda: client.message_template(template).get(fields=["id", "name"]))
            elif choice == "batch":
                calls = [client.message_template(t).get.prepare(fields=["id"]) for t in sample]
                await self.record.acall(lambda: client.batch(calls))
            elif choice == "update":
                await self.record.acall(lambda: writer.account(written).update(body=ARCHIVAL), write=True)
            elif choice in ("create_t", "create_f"):
                await self.create("template" if choice == "create_t" else "flow")
            else:
                await self.delete_template()

    async def run(self) -> None:
        rng = random.Random(self.config.seed + 1)  # noqa: S311 - a reproducible mix, not a secret
        async with self.client:
            tasks = [self.listing() for _ in range(self.config.listings)]
            tasks += [self.mixed(rng) for _ in range(self.config.mixed_calls)]
            await asyncio.gather(*tasks)


# -- the run -------------------------------------------------------------------------------------------------------


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


def run_workload(config: SoakConfig, figures: Figures) -> None:
    """The sync then the async workload against one faulty sandbox; counts into `figures`."""
    figures.max_retries = config.policy.max_retries
    target = Target.start(config)
    ledger = Ledger()
    try:
        for kind in ("sync", "async"):
            counts = Counts()
            started = time.perf_counter()
            if kind == "sync":
                SyncWorker(target, config, counts, figures, ledger).run()
            else:
                asyncio.run(AsyncWorker(target, config, counts, figures, ledger).run())
            figures.seconds[f"workload, {kind}"] = time.perf_counter() - started
            figures.calls[kind] += counts.calls
            figures.attempts += counts.attempts
            figures.max_attempts_per_call = max(figures.max_attempts_per_call, counts.max_attempts_per_call)
        time.sleep(config.faults.slow_seconds + 0.2)  # let slow answers still in the server finish
        figures.faults.update(target.running.sandbox.faults.injected)
        check_state(target, ledger, figures)
    finally:
        with suppress(Exception):
            target.running.stop()
