"""Arguments are checked against the spec before any request is sent."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from waba import ValidationError
from waba_api.models import AssignedUserCreate, SummaryField, TemplateCategory, WabaTask

from .helpers import WABA, Script, make_client


def never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request may be sent, got {request.method} {request.url}")


@pytest.mark.parametrize("node_id", ["abc", "12 3", "", "1e5", "-1", 123])
def test_ids_must_be_digits(node_id: Any) -> None:
    client = make_client(Script(never))
    with pytest.raises(ValidationError, match="digits"):
        client.account(node_id)
    with pytest.raises(ValidationError, match="digits"):
        client.message_template(node_id)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda a: a.assigned_users.list(), "missing required argument.*business"),
        (lambda a: a.assigned_users.list(business="abc"), "does not match"),
        (lambda a: a.assigned_users.delete(user="12x"), "does not match"),
        (lambda a: a.message_templates.list(category=["PROMO"]), "not one of AUTHENTICATION, MARKETING, UTILITY"),
        (lambda a: a.message_templates.list(category="MARKETING"), "must be a list"),
        (lambda a: a.message_templates.list(limit=-1), "less than the minimum"),
        (lambda a: a.message_templates.list(colour="red"), "unknown argument"),
        (lambda a: a.message_templates.delete(hsm_ids=[]), "should be non-empty"),
        (lambda a: a.analytics.templates(start=1, end=2, granularity="DAILY", template_ids=[str(i) for i in range(11)]),
         "is too long"),
        (lambda a: a.message_templates.create(body={"name": "Bad Name", "language": "en_US", "category": "UTILITY"}),
         "does not match"),
        (lambda a: a.message_templates.create(body={"name": "ok", "language": "en_US", "category": "UTILITY",
                                                    "components": [{"type": "FOOTER", "text": "x" * 61}]}),
         "components"),
        (lambda a: a.message_templates.create(body="name=x"), "must be a MessageTemplateCreate"),
        (lambda a: a.assigned_users.create(body={"user": "1", "tasks": ["ROOT"]}), "not a valid AssignedUserCreate"),
        (lambda a: a.phone_numbers.list(sort=["name.asc"]), "not one of"),
    ],
)  # fmt: skip
def test_invalid_arguments_raise_before_any_request(call: Any, message: str) -> None:
    client = make_client(Script(never))
    with pytest.raises(ValidationError, match=message):
        call(client.account(WABA))


def test_strings_are_coerced_to_enums_and_models_accepted_as_mappings() -> None:
    script = Script(httpx.Response(200, json={"data": []}), httpx.Response(200, json={"success": True}))
    client = make_client(script)
    list(client.account(WABA).message_templates.list(category=["MARKETING", TemplateCategory.UTILITY],
                                                      summary="total_count", fields="id,name"))  # fmt: skip
    query = script.requests[0].url.params
    assert query["category"] == '["MARKETING","UTILITY"]'
    assert query["summary"] == "total_count" and query["fields"] == "id,name"
    client.account(WABA).assigned_users.create(body={"user": "5", "tasks": ["MANAGE"]})
    assert script.requests[1].content == b'{"user":"5","tasks":["MANAGE"]}'


def test_typed_arguments_pass_untouched() -> None:
    script = Script(httpx.Response(200, json={"success": True}))
    client = make_client(script)
    body = AssignedUserCreate(user="5", tasks=[WabaTask.VIEW_COST])
    assert client.account(WABA).assigned_users.create(body=body).success is True
    list(make_client(Script(httpx.Response(200, json={"data": []}))).account(WABA).message_templates.list(
        summary=[SummaryField.TOTAL_COUNT]))  # fmt: skip


def test_none_means_not_given_for_optional_arguments() -> None:
    script = Script(httpx.Response(200, json={"data": []}))
    list(make_client(script).account(WABA).message_templates.list(after=None, limit=None))
    assert "after" not in script.requests[0].url.params


def test_positional_arguments_are_refused() -> None:
    with pytest.raises(TypeError, match="keyword arguments only"):
        make_client(Script(never)).account(WABA).get(["id"])  # type: ignore[misc]
