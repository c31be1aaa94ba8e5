"""The async soak worker: the same calls as the sync one through one `AsyncWabaClient`, `in_flight` at a time."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from typing import Any

from waba import AsyncWabaClient

from .config import SoakConfig
from .counting import Counts, counted
from .figures import Figures
from .shared import (
    APP_TRIES,
    ARCHIVAL,
    MIXED,
    Ledger,
    Recorder,
    Target,
    Writes,
    check_listing,
    flow_body,
    template_body,
)


class AsyncWorker:
    """Mixed calls and listings through one `AsyncWabaClient`, `config.in_flight` at a time."""

    def __init__(self, target: Target, config: SoakConfig, counts: Counts, figures: Figures, ledger: Ledger) -> None:
        self.target, self.config, self.figures = target, config, figures
        self.client = AsyncWabaClient(access_token=target.running.token, base_url=target.running.base_url,
                                      retry_policy=config.policy, timeout=config.read_timeout,
                                      transport=counted(counts, asynchronous=True))  # fmt: skip
        self.writer = self.client.with_options(timeout=config.write_timeout)
        self.record = Recorder(figures)
        self.writes = Writes(figures, ledger, self.record)
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
        name = self.writes.new_create(kind, "async")
        node = self.writer.account(self.target.written)
        send: Callable[[], Awaitable[Any]] = (
            (lambda: node.message_templates.create(body=template_body(name)))
            if kind == "template"
            else (lambda: node.flows.create(body=flow_body(name)))
        )
        exists = self.template_exists if kind == "template" else self.flow_exists
        for _ in range(APP_TRIES):
            try:
                await send()
            except Exception as exc:  # every outcome goes through the shared rules
                step = self.writes.after_error(exc)
                if step == "read back":
                    step = self.writes.after_create_read_back(await exists(name))
                if step == "again":
                    continue
                if step == "stop":
                    return
            self.writes.created(kind, name)
            return

    async def delete_template(self) -> None:
        name = self.writes.claim_deletion("async")
        if name is None:
            return
        try:
            await self.writer.account(self.target.written).message_templates.delete(name=name)
        except Exception as exc:  # see `create`
            step = self.writes.after_error(exc)
            self.writes.deleted(name, still_there=await self.template_exists(name) if step == "read back" else True)
            if step == "read back" and name in self.writes.ledger.deleted:
                self.figures.applied_though_failed += 1
            return
        self.writes.deleted(name)

    async def mixed(self, rng: random.Random) -> None:
        node, client, writer = self.client.account(self.target.listed), self.client, self.writer
        choice = rng.choices(list(MIXED), weights=list(MIXED.values()))[0]
        template = rng.choice(self.target.template_ids)
        sample = rng.sample(self.target.template_ids, 5)
        async with self.gate:
            if choice == "read":
                await self.record.acall(lambda: node.get(fields=["id", "name", "currency"]))
            elif choice == "page":
                await self.record.acall(lambda: node.phone_numbers.list(limit=2).first_page())
            elif choice == "template":
                await self.record.acall(lambda: client.message_template(template).get(fields=["id", "name", "status"]))
            elif choice == "batch":
                calls = [client.message_template(t).get.prepare(fields=["id"]) for t in sample]
                await self.record.acall(lambda: client.batch(calls))
            elif choice == "update":
                await self.record.acall(lambda: writer.account(self.target.written).update(body=ARCHIVAL), write=True)
            elif choice.startswith("create_"):
                await self.create(choice.removeprefix("create_"))
            else:
                await self.delete_template()

    async def run(self) -> None:
        rng = random.Random(self.config.seed + 1)  # noqa: S311 - a reproducible mix, not a secret
        async with self.client:
            tasks = [self.listing() for _ in range(self.config.listings)]
            tasks += [self.mixed(rng) for _ in range(self.config.mixed_calls)]
            await asyncio.gather(*tasks)
