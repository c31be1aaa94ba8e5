"""datamodel-code-generator: pydantic v2 models of every schema of the published spec.

It generates models only, so its users send requests with their own HTTP client: the smoke calls go out through
httpx, written from the spec (a field expression string, JSON text for list filters), and every answer is
validated by the generated models, as is every recorded answer and spec example.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from consumer_matrix.generators import DM_MODULE
from consumer_matrix.runs import Generation

from waba_sandbox import RunningSandbox

from .conftest import TEMPLATE_BODY_TEXT, Report, Target, generated, smoke_calls, wire_problems
from .documents import BATCH_ITEMS, all_documents

NAME = "datamodel-code-generator"


@pytest.fixture(scope="module")
def generation(report: Report) -> Generation:
    return generated(NAME, report)


@pytest.fixture(scope="module")
def models(generation: Generation) -> Iterator[ModuleType]:
    sys.path.insert(0, str(generation.path))
    try:
        yield importlib.import_module(DM_MODULE)
    finally:
        sys.path.remove(str(generation.path))
        sys.modules.pop(DM_MODULE, None)


def _parse(models: ModuleType, schema: str, body: Any) -> Any:
    if schema == BATCH_ITEMS:
        return [None if item is None else models.BatchResponse.model_validate(item) for item in body]
    return getattr(models, schema).model_validate(body)


def test_generates_with_no_warning_and_no_error(generation: Generation) -> None:
    assert generation.exit_code == 0
    assert generation.errors == []
    assert generation.warnings == []


def test_every_schema_is_a_model(models: ModuleType) -> None:
    from .documents import spec

    missing = [name for name in spec()["components"]["schemas"] if not hasattr(models, name)]
    assert missing == []


def test_every_recorded_answer_and_example_parses(models: ModuleType, report: Report) -> None:
    failures = []
    documents = all_documents()
    for document in documents:
        try:
            _parse(models, document.schema, document.body)
        except Exception as exc:  # any failure to parse is the finding
            failures.append(f"{document.source} as {document.schema}: {type(exc).__name__}: {str(exc)[:200]}")
    report.row(NAME, "").documents_parsed = f"{len(documents) - len(failures)}/{len(documents)}"
    assert failures == []


def test_smoke_answers_parse(models: ModuleType, sandbox: RunningSandbox, target: Target, report: Report) -> None:
    headers = {"Authorization": f"Bearer {target.token}"}
    outcomes: dict[str, bool] = {}
    with httpx.Client(base_url=target.api_root, headers=headers) as http:
        answer = http.get(f"/{target.waba_id}", params={"fields": "id,name"})
        outcomes["getWhatsAppBusinessAccount"] = bool(models.WhatsAppBusinessAccount.model_validate(answer.json()).name)
        answer = http.get(f"/{target.template_id}/", params={"fields": "id,name,status"})
        template = models.MessageTemplate.model_validate(answer.json())
        outcomes["getMessageTemplate"] = template.id.root == target.template_id
        answer = http.get(
            f"/{target.waba_id}/message_templates", params={"category": json.dumps(["MARKETING"]), "limit": 5}
        )
        outcomes["listMessageTemplates"] = len(models.MessageTemplateList.model_validate(answer.json()).data) == 5
        answer = http.get(
            f"/{target.waba_id}/conversation_analytics",
            params={
                "start": 1719878400,
                "end": 1720396800,
                "granularity": "DAILY",
                "phone_numbers": json.dumps([target.phone_number]),
            },
        )
        outcomes["getConversationAnalytics"] = bool(models.ConversationAnalytics.model_validate(answer.json()).data)
        update = models.MessageTemplateUpdate.model_validate(
            {"components": [{"type": "BODY", "text": TEMPLATE_BODY_TEXT, "example": {"body_text": [["Pablo"]]}}]}
        )
        answer = http.post(f"/{target.template_id}/", json=update.model_dump(mode="json", exclude_none=True))
        edited = models.MessageTemplateUpdateResult.model_validate(answer.json())
        outcomes["updateMessageTemplate"] = (
            edited.success and edited.id is not None and edited.id.root == target.template_id
        )
    problems = wire_problems(sandbox, smoke_calls(target))
    passed = sum(ok and not any(p.startswith(call) for p in problems) for call, ok in outcomes.items())
    report.row(NAME, "").smoke_calls = f"{passed}/{len(smoke_calls(target))} (httpx; answers parsed by the models)"
    assert problems == []
    assert outcomes == dict.fromkeys(outcomes, True)
