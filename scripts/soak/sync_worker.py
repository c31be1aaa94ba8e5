"""The sync soak worker: listings and mixed calls through one `WabaClient` (reads time out fast; writes wait)."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from waba import WabaClient

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


class SyncWorker:
    """Mixed calls and listings through one `WabaClient`."""

    def __init__(self, target: Target, config: SoakConfig, counts: Counts, figures: Figures, ledger: Ledger) -> None:
        self.target, self.config, self.figures = target, config, figures
        self.client = WabaClient(access_token=target.running.token, base_url=target.running.base_url,
                                 retry_policy=config.policy, timeout=config.read_timeout,
                                 transport=counted(counts))  # fmt: skip
        self.writer = self.client.with_options(timeout=config.write_timeout)
        self.record = Recorder(figures)
        self.writes = Writes(figures, ledger, self.record)

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

    def create(self, kind: str) -> None:
        name = self.writes.new_create(kind, "sync")
        node = self.writer.account(self.target.written)
        send: Callable[[], Any] = (
            (lambda: node.message_templates.create(body=template_body(name)))
            if kind == "template"
            else (lambda: node.flows.create(body=flow_body(name)))
        )
        exists = self.template_exists if kind == "template" else self.flow_exists
        for _ in range(APP_TRIES):
            try:
                send()
            except Exception as exc:  # every outcome goes through the shared rules
                step = self.writes.after_error(exc)
                if step == "read back":
                    step = self.writes.after_create_read_back(exists(name))
                if step == "again":
                    continue
                if step == "stop":
                    return
            self.writes.created(kind, name)
            return

    def delete_template(self) -> None:
        name = self.writes.claim_deletion("sync")
        if name is None:
            return
        try:
            self.writer.account(self.target.written).message_templates.delete(name=name)
        except Exception as exc:  # see `create`
            step = self.writes.after_error(exc)
            self.writes.deleted(name, still_there=self.template_exists(name) if step == "read back" else True)
            if step == "read back" and name in self.writes.ledger.deleted:
                self.figures.applied_though_failed += 1
            return
        self.writes.deleted(name)

    def mixed(self, rng: random.Random) -> None:
        node, client, writer = self.client.account(self.target.listed), self.client, self.writer
        choice = rng.choices(list(MIXED), weights=list(MIXED.values()))[0]
        template = rng.choice(self.target.template_ids)
        sample = rng.sample(self.target.template_ids, 5)
        if choice == "read":
            self.record.call(lambda: node.get(fields=["id", "name", "currency"]))
        elif choice == "page":
            self.record.call(lambda: node.phone_numbers.list(limit=2).first_page())
        elif choice == "template":
            self.record.call(lambda: client.message_template(template).get(fields=["id", "name", "status"]))
        elif choice == "batch":
            calls = [client.message_template(t).get.prepare(fields=["id"]) for t in sample]
            self.record.call(lambda: client.batch(calls))
        elif choice == "update":
            self.record.call(lambda: writer.account(self.target.written).update(body=ARCHIVAL), write=True)
        elif choice.startswith("create_"):
            self.create(choice.removeprefix("create_"))
        else:
            self.delete_template()

    def run(self) -> None:
        rng = random.Random(self.config.seed)  # noqa: S311 - a reproducible mix, not a secret
        with self.client:
            for _ in range(self.config.listings):
                self.listing()
            for _ in range(self.config.mixed_calls):
                self.mixed(rng)
