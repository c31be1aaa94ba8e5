"""The consumer matrix: each generator's output, a sandbox to call, the smoke calls and what must reach the wire.

Every consumer makes the same five calls against a fresh sandbox on 127.0.0.1 (`SMOKE_CALLS`), written the way
its users would write them; `wire_problems` then reads the sandbox's log of what actually arrived. Results go to
build/consumers/report.{json,md} (`make consumers` prints the table).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pytest
from consumer_matrix.generators import all_generators
from consumer_matrix.runs import BUILD, Generation, generate

from waba_sandbox import RunningSandbox

VERSION = "v24.0"
TEMPLATE_BODY_TEXT = "Hello {{1}}, your order has shipped."
GENERATORS = {generator.name: generator for generator in all_generators()}


@dataclass(frozen=True)
class Target:
    """The sandbox and the ids the smoke calls use."""

    api_root: str  # e.g. http://127.0.0.1:5123/v24.0 (the spec's server with its version)
    token: str
    waba_id: str
    template_id: str  # an approved template: it can be read and edited
    phone_number: str  # digits, as the analytics filters take them

    def environment(self) -> dict[str, str]:
        """The same values for programs in other languages."""
        return {f"WABA_SMOKE_{key.upper()}": value for key, value in asdict(self).items()}


@dataclass(frozen=True)
class Expected:
    """A smoke call as it must arrive: method, path, and query values (JSON text compared decoded)."""

    call: str  # the spec's operationId
    method: str
    path: str
    query: dict[str, str]
    json_query: dict[str, Any] = field(default_factory=dict)


def smoke_calls(target: Target) -> list[Expected]:
    """The five smoke calls: the account node, the template node with a query (read and edit), a JSON-encoded
    list filter on the templates edge, and conversation analytics (which stock openapi-python-client used to
    drop) with a JSON-encoded list of phone numbers."""
    root = f"/{VERSION}"
    return [
        Expected("getWhatsAppBusinessAccount", "GET", f"{root}/{target.waba_id}", {"fields": "id,name"}),
        Expected("getMessageTemplate", "GET", f"{root}/{target.template_id}/", {"fields": "id,name,status"}),
        Expected(
            "listMessageTemplates",
            "GET",
            f"{root}/{target.waba_id}/message_templates",
            {"limit": "5"},
            {"category": ["MARKETING"]},
        ),
        Expected(
            "getConversationAnalytics",
            "GET",
            f"{root}/{target.waba_id}/conversation_analytics",
            {"start": "1719878400", "end": "1720396800", "granularity": "DAILY"},
            {"phone_numbers": [target.phone_number]},
        ),
        Expected("updateMessageTemplate", "POST", f"{root}/{target.template_id}/", {}),
    ]


def wire_problems(sandbox: RunningSandbox, expected: list[Expected]) -> list[str]:
    """How the requests the sandbox received differ from `expected` (each must arrive once, answered 200)."""
    received = list(sandbox.sandbox.received)
    problems: list[str] = []
    for call in expected:
        arrived = [r for r in received if r.operation_id == call.call]
        if len(arrived) != 1:
            problems.append(f"{call.call}: arrived {len(arrived)} times: {[(r.method, r.path) for r in received]}")
            continue
        request = arrived[0]
        query: dict[str, list[str]] = {}
        for key, value in request.query:
            query.setdefault(key, []).append(value)
        if (request.method, request.path, request.status) != (call.method, call.path, 200):
            problems.append(f"{call.call}: {request.method} {request.path} -> {request.status}")
        for key, value in call.query.items():
            if query.get(key) != [value]:
                problems.append(f"{call.call}: {key}={query.get(key)} (raw query {request.raw_query!r}), want {value}")
        for key, value in call.json_query.items():
            sent = query.get(key, [])
            decoded = json.loads(sent[0]) if len(sent) == 1 and sent[0].startswith("[") else None
            if decoded != value:
                problems.append(f"{call.call}: {key}={sent} (raw query {request.raw_query!r}), want JSON {value}")
    return problems


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    """A fresh sandbox on 127.0.0.1 for one consumer's smoke calls."""
    with RunningSandbox() as running:
        yield running


@pytest.fixture
def target(sandbox: RunningSandbox) -> Target:
    store = sandbox.sandbox.store
    account = store.accounts[store.main_account]
    template_id = next(t for t, v in account.templates.items() if v["status"] == "APPROVED")
    return Target(
        api_root=f"{sandbox.base_url}/{VERSION}",
        token=sandbox.token,
        waba_id=account.id,
        template_id=template_id,
        phone_number=account.numbers[0],
    )


@dataclass
class Row:
    """One consumer's line of the report."""

    consumer: str
    version: str
    warnings: int = 0
    errors: int = 0
    documents_parsed: str = ""
    smoke_calls: str = ""


class Report:
    """Collects one row per consumer and writes build/consumers/report.{json,md} at the end of the session."""

    def __init__(self) -> None:
        self.rows: dict[str, Row] = {}

    def row(self, consumer: str, version: str) -> Row:
        return self.rows.setdefault(consumer, Row(consumer, version))

    def write(self, folder: Path = BUILD) -> None:
        if not self.rows:
            return
        folder.mkdir(parents=True, exist_ok=True)
        rows = [asdict(row) for row in self.rows.values()]
        (folder / "report.json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
        lines = [
            "| consumer | version | warnings | errors | documents parsed | smoke calls passed |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for row in self.rows.values():
            lines.append(
                f"| {row.consumer} | {row.version} | {row.warnings} | {row.errors} | {row.documents_parsed} "
                f"| {row.smoke_calls} |"
            )
        (folder / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="session")
def report() -> Iterator[Report]:
    collected = Report()
    yield collected
    collected.write()


def generated(name: str, report: Report) -> Generation:
    """Run (or reuse) generator `name` on the published spec and note its warnings and errors in the report."""
    generation = generate(GENERATORS[name])
    row = report.row(name, generation.version)
    row.warnings, row.errors = len(generation.warnings), len(generation.errors)
    return generation
