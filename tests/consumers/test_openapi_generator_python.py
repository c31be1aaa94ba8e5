"""openapi-generator's python client (the PyPI package `openapi-generator-cli`, which ships the jar; Debian's java).

Generated from the published spec with no options beyond a package name, then imported and used as its users
would: every operation present, every recorded answer and spec example parsed by its models (the RecursionError
of issue 8 came from an enum sharing a name with the generator's own wrapper types), and the smoke calls
against a sandbox.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from consumer_matrix.generators import OG_PACKAGE, openapi_generator
from consumer_matrix.runs import Generation, generate

from waba_sandbox import RunningSandbox

from .conftest import TEMPLATE_BODY_TEXT, Report, Target, generated, smoke_calls, wire_problems
from .documents import BATCH_ITEMS, all_documents, spec

NAME = "openapi-generator-python"
# What openapi-generator 7.26.0 prints for any OpenAPI 3.1 document, and, once per stretch of time, for any model
# with a property (AbstractPythonCodegen.toDefaultValue asks ModelUtils for the $ref name of schemas that have
# none); `test_the_remaining_warnings_are_the_generators_own` shows both on a one-model document.
GENERATOR_OWN_WARNINGS = (
    "OpenAPI 3.1 support is still in beta",
    "Failed to get the schema name: null",
)


@pytest.fixture(scope="module")
def generation(report: Report) -> Generation:
    return generated(NAME, report)


@pytest.fixture(scope="module")
def client(generation: Generation) -> Iterator[ModuleType]:
    sys.path.insert(0, str(generation.path))
    try:
        yield importlib.import_module(OG_PACKAGE)
    finally:
        sys.path.remove(str(generation.path))


def _own(warning: str) -> bool:
    return warning.startswith(GENERATOR_OWN_WARNINGS)


def test_generates_with_no_error_and_only_the_generators_own_warnings(generation: Generation) -> None:
    assert generation.exit_code == 0
    assert generation.errors == []
    assert [w for w in generation.warnings if not _own(w)] == []


def test_the_remaining_warnings_are_the_generators_own(tmp_path: Path) -> None:
    """The same warnings for a document with one model of one string property: nothing a document can avoid."""
    minimal = {
        "openapi": "3.1.0",
        "info": {"title": "minimal", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Thing": {"type": "object", "properties": {"name": {"type": "string"}}}}},
    }
    (tmp_path / "openapi.json").write_text(json.dumps(minimal), encoding="utf-8")
    result = generate(openapi_generator("python"), spec=tmp_path / "openapi.json", build=tmp_path / "build")
    assert {w for w in result.warnings if _own(w)} == set(result.warnings)
    assert {next(o for o in GENERATOR_OWN_WARNINGS if w.startswith(o)) for w in result.warnings} == set(
        GENERATOR_OWN_WARNINGS
    )


def test_every_operation_is_a_method(client: ModuleType) -> None:
    api = importlib.import_module(f"{OG_PACKAGE}.api")
    methods = {name for cls in vars(api).values() if isinstance(cls, type) for name in vars(cls)}
    operation_ids = [
        op["operationId"] for item in spec()["paths"].values() for op in item.values() if "operationId" in op
    ]
    missing = [o for o in operation_ids if re.sub(r"(?<!^)(?=[A-Z])", "_", o).lower() not in methods]
    assert missing == []
    assert len(operation_ids) >= 40


def _parse(models: ModuleType, schema: str, body: Any) -> Any:
    if schema == BATCH_ITEMS:
        return [None if item is None else models.BatchResponse.from_dict(item) for item in body]
    return getattr(models, schema).from_dict(body)


def test_every_recorded_answer_and_example_parses(client: ModuleType, report: Report) -> None:
    models = importlib.import_module(f"{OG_PACKAGE}.models")
    failures = []
    documents = all_documents()
    for document in documents:
        try:
            parsed = _parse(models, document.schema, document.body)
        except Exception as exc:  # any failure to parse is the finding
            failures.append(f"{document.source} as {document.schema}: {type(exc).__name__}: {str(exc)[:200]}")
            continue
        assert parsed is not None or document.body is None, document.source
    report.row(NAME, "").documents_parsed = f"{len(documents) - len(failures)}/{len(documents)}"
    assert failures == []


def test_smoke_calls_against_the_sandbox(
    client: ModuleType, sandbox: RunningSandbox, target: Target, report: Report
) -> None:
    models = importlib.import_module(f"{OG_PACKAGE}.models")
    configuration = client.Configuration(host=target.api_root, access_token=target.token)
    outcomes: dict[str, bool] = {}
    with client.ApiClient(configuration) as api_client:
        accounts = client.WhatsAppBusinessAccountsApi(api_client)
        templates = client.MessageTemplatesApi(api_client)
        analytics = client.AnalyticsApi(api_client)
        account = accounts.get_whats_app_business_account(target.waba_id, fields="id,name")
        outcomes["getWhatsAppBusinessAccount"] = account.id == target.waba_id and bool(account.name)
        template = templates.get_message_template(target.template_id, fields="id,name,status")
        outcomes["getMessageTemplate"] = template.id == target.template_id and bool(template.name)
        page = templates.list_message_templates(target.waba_id, category=json.dumps(["MARKETING"]), limit=5)
        categories = {str(getattr(i.category.actual_instance, "value", i.category.actual_instance)) for i in page.data}
        outcomes["listMessageTemplates"] = len(page.data) == 5 and categories == {"MARKETING"}
        numbers = analytics.get_conversation_analytics(
            waba_id=target.waba_id,
            start=1719878400,
            end=1720396800,
            granularity=models.AnalyticsGranularity.DAILY,
            phone_numbers=json.dumps([target.phone_number]),
        )
        outcomes["getConversationAnalytics"] = len(numbers.data) >= 1
        update = models.MessageTemplateUpdate.from_dict(
            {"components": [{"type": "BODY", "text": TEMPLATE_BODY_TEXT, "example": {"body_text": [["Pablo"]]}}]}
        )
        outcomes["updateMessageTemplate"] = templates.update_message_template(target.template_id, update).success
    problems = wire_problems(sandbox, smoke_calls(target))
    passed = sum(ok and not any(p.startswith(call) for p in problems) for call, ok in outcomes.items())
    report.row(NAME, "").smoke_calls = f"{passed}/{len(smoke_calls(target))}"
    assert problems == []
    assert outcomes == dict.fromkeys(outcomes, True)
