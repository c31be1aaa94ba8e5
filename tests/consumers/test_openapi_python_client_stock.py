"""Stock openapi-python-client (no configuration, no templates of ours) on the published spec.

Before issue 8 it skipped 3 analytics operations and 11 parameters (list parameters declared with `content`).
Now every operation and parameter must be there, every answer must parse, and the smoke calls must reach the
sandbox as Graph expects.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from consumer_matrix.generators import OPC_PACKAGE
from consumer_matrix.runs import Generation

from waba_sandbox import RunningSandbox

from .conftest import TEMPLATE_BODY_TEXT, Report, Target, generated, smoke_calls, wire_problems
from .documents import BATCH_ITEMS, all_documents, spec

NAME = "openapi-python-client"


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").lower()


@pytest.fixture(scope="module")
def generation(report: Report) -> Generation:
    return generated(NAME, report)


@pytest.fixture(scope="module")
def client(generation: Generation) -> Iterator[ModuleType]:
    sys.path.insert(0, str(generation.path))
    try:
        yield importlib.import_module(OPC_PACKAGE)
    finally:
        sys.path.remove(str(generation.path))


def operation(tag: str, operation_id: str) -> ModuleType:
    return importlib.import_module(f"{OPC_PACKAGE}.api.{snake(tag).replace(' ', '_')}.{snake(operation_id)}")


def test_generates_with_no_warning_and_no_error(generation: Generation) -> None:
    assert generation.exit_code == 0
    assert generation.errors == []
    assert generation.warnings == []


def test_every_operation_and_parameter_is_generated(client: ModuleType) -> None:
    checked = 0
    for item in spec()["paths"].values():
        shared = item.get("parameters", [])
        for method in ("get", "post", "delete"):
            if method not in item:
                continue
            op = item[method]
            module = operation(op["tags"][0], op["operationId"])
            signature = inspect.signature(module.sync_detailed)
            for raw in [*shared, *op.get("parameters", [])]:
                parameter = spec()["components"]["parameters"][raw["$ref"].rsplit("/", 1)[1]] if "$ref" in raw else raw
                assert snake(parameter["name"]) in signature.parameters, (op["operationId"], parameter["name"])
                checked += 1
            assert ("body" in signature.parameters) == ("requestBody" in op), op["operationId"]
    assert checked >= 150


def _parse(models: ModuleType, schema: str, body: Any) -> Any:
    if schema == BATCH_ITEMS:
        return [None if item is None else models.BatchResponse.from_dict(item) for item in body]
    return getattr(models, schema).from_dict(body)


def test_every_recorded_answer_and_example_parses(client: ModuleType, report: Report) -> None:
    models = importlib.import_module(f"{OPC_PACKAGE}.models")
    failures = []
    documents = all_documents()
    for document in documents:
        try:
            _parse(models, document.schema, document.body)
        except Exception as exc:  # any failure to parse is the finding
            failures.append(f"{document.source} as {document.schema}: {type(exc).__name__}: {str(exc)[:200]}")
    report.row(NAME, "").documents_parsed = f"{len(documents) - len(failures)}/{len(documents)}"
    assert failures == []


def test_smoke_calls_against_the_sandbox(
    client: ModuleType, sandbox: RunningSandbox, target: Target, report: Report
) -> None:
    models = importlib.import_module(f"{OPC_PACKAGE}.models")
    api = client.AuthenticatedClient(base_url=target.api_root, token=target.token)
    outcomes: dict[str, bool] = {}
    with api:
        account = operation("WhatsApp Business Accounts", "getWhatsAppBusinessAccount").sync(
            target.waba_id, client=api, fields="id,name"
        )
        outcomes["getWhatsAppBusinessAccount"] = isinstance(account, models.WhatsAppBusinessAccount) and bool(
            account.name
        )
        template = operation("Message Templates", "getMessageTemplate").sync(
            target.template_id, client=api, fields="id,name,status"
        )
        outcomes["getMessageTemplate"] = isinstance(template, models.MessageTemplate) and (
            template.id == target.template_id
        )
        page = operation("Message Templates", "listMessageTemplates").sync(
            target.waba_id, client=api, category=json.dumps(["MARKETING"]), limit=5
        )
        categories = {str(getattr(t.category, "value", t.category)) for t in page.data}
        outcomes["listMessageTemplates"] = len(page.data) == 5 and categories == {"MARKETING"}
        numbers = operation("Analytics", "getConversationAnalytics").sync(
            target.waba_id,
            client=api,
            start=1719878400,
            end=1720396800,
            granularity=models.AnalyticsGranularity.DAILY,
            phone_numbers=json.dumps([target.phone_number]),
        )
        outcomes["getConversationAnalytics"] = isinstance(numbers, models.ConversationAnalytics) and bool(numbers.data)
        update = models.MessageTemplateUpdate.from_dict(
            {"components": [{"type": "BODY", "text": TEMPLATE_BODY_TEXT, "example": {"body_text": [["Pablo"]]}}]}
        )
        update_template = operation("Message Templates", "updateMessageTemplate")
        answer = update_template.sync(target.template_id, client=api, body=update)
        outcomes["updateMessageTemplate"] = (
            isinstance(answer, models.MessageTemplateUpdateResult)
            and answer.success
            and answer.id == target.template_id
        )
    problems = wire_problems(sandbox, smoke_calls(target))
    passed = sum(ok and not any(p.startswith(call) for p in problems) for call, ok in outcomes.items())
    report.row(NAME, "").smoke_calls = f"{passed}/{len(smoke_calls(target))}"
    assert problems == []
    assert outcomes == dict.fromkeys(outcomes, True)
