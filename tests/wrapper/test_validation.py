"""One validation story: every bad argument raises ValidationError naming the operation, the argument path and
the allowed values, before any request is sent; what is accepted is what the signatures say."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from waba import ValidationError
from waba_api.models import (
    AssignedUserCreate,
    MessageTemplateCreate,
    SummaryField,
    TemplateBodyComponent,
    TemplateCategory,
    WabaTask,
)

from .helpers import WABA, Script, make_client

GOOD_BODY = {"name": "order_update", "language": "en_US", "category": "UTILITY",
             "components": [{"type": "BODY", "text": "Your order {{1}} has shipped today."}]}  # fmt: skip


def never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request may be sent, got {request.method} {request.url}")


def body(**changes: Any) -> dict[str, Any]:
    return {**GOOD_BODY, **changes}


@pytest.mark.parametrize("node_id", ["abc", "12 3", "", "1e5", "-1", -1, 1.5, True, None, "١٢٣", "9" * 40])
def test_ids_must_be_digits(node_id: Any) -> None:
    client = make_client(Script(never))
    with pytest.raises(ValidationError, match="must be a Graph id: a string of digits") as caught:
        client.account(node_id)
    assert caught.value.argument == "waba_id"
    with pytest.raises(ValidationError, match="template_id must be a Graph id"):
        client.message_template(node_id)


def test_ints_are_accepted_as_ids_and_sent_as_digits() -> None:
    script = Script(httpx.Response(200, json={"data": []}))
    client = make_client(script)
    list(client.account(102290129340398).assigned_users.list(business=506914307656634))
    assert script.requests[0].url.path == f"/v24.0/{WABA}/assigned_users"
    assert script.requests[0].url.params["business"] == "506914307656634"


# (call, operation, argument path, allowed values or None, words of the message)
CASES = [
    (lambda a: a.assigned_users.list(), "listAssignedUsers", "business", None, "missing required argument"),
    (lambda a: a.assigned_users.list(business="abc"), "listAssignedUsers", "business", None,
     "must be a Graph id (a string of digits), got 'abc'"),
    (lambda a: a.assigned_users.list(business=-5), "listAssignedUsers", "business", None, "must be a Graph id"),
    (lambda a: a.assigned_users.delete(user="12x"), "deleteAssignedUser", "user", None, "must be a Graph id"),
    (lambda a: a.message_templates.list(category=["PROMO"]), "listMessageTemplates", "category[0]",
     "AUTHENTICATION, MARKETING, UTILITY", "must be one of AUTHENTICATION, MARKETING, UTILITY, got 'PROMO'"),
    (lambda a: a.message_templates.list(category="MARKETING"), "listMessageTemplates", "category", None,
     "must be a list (or tuple), got str 'MARKETING'"),
    (lambda a: a.get(fields="name"), "getWhatsAppBusinessAccount", "fields", None,
     "must be a list (or tuple), got str 'name'"),
    (lambda a: a.message_templates.list(summary="total_count"), "listMessageTemplates", "summary", None,
     "must be a list"),
    (lambda a: a.message_templates.list(limit=-1), "listMessageTemplates", "limit", None, "must be at least 0, got -1"),
    (lambda a: a.message_templates.list(limit="10"), "listMessageTemplates", "limit", None,
     "must be an integer, got str '10'"),
    (lambda a: a.message_templates.list(limit=True), "listMessageTemplates", "limit", None, "must be an integer"),
    (lambda a: a.message_templates.list(colour="red"), "listMessageTemplates", "colour",
     None, "unknown argument(s) `colour`; it takes: after, before, category"),
    (lambda a: a.message_templates.list(limt=5), "listMessageTemplates", "limt", None, "(did you mean `limit`?)"),
    (lambda a: a.message_templates.delete(hsm_ids=[]), "deleteMessageTemplates", "hsm_ids", None,
     "must not be empty"),
    (lambda a: a.analytics.templates(start=1, end=2, granularity="DAILY", template_ids=[str(i) for i in range(11)]),
     "getTemplateAnalytics", "template_ids", None, "has 11 items; at most 10 are allowed"),
    (lambda a: a.analytics.templates(start=1, end=2, granularity="HOURLY", template_ids=["1"]),
     "getTemplateAnalytics", "granularity", "DAILY", "must be one of DAILY, got 'HOURLY'"),
    (lambda a: a.phone_numbers.list(sort=["name.asc"]), "listPhoneNumbers", "sort[0]",
     "creation_time.asc, creation_time.desc, last_onboarded_time.asc, last_onboarded_time.desc", "must be one of"),
    # dict bodies
    (lambda a: a.message_templates.create(body=body(name="Bad Name")), "createMessageTemplate", "body.name", None,
     "must match the pattern"),
    (lambda a: a.message_templates.create(body={**{k: v for k, v in GOOD_BODY.items() if k != "name"}, "nmae": "x"}),
     "createMessageTemplate", "body", "allow_category_change, category, components, creative_sourcing_spec",
     "has unknown key(s) 'nmae' (did you mean 'name'?)"),
    (lambda a: a.message_templates.create(body=body(colour="red")), "createMessageTemplate", "body",
     "allow_category_change, category", "has unknown key(s) 'colour'"),
    (lambda a: a.message_templates.create(body={"name": "x", "language": "en_US"}), "createMessageTemplate", "body",
     None, "is missing required key(s): category"),
    (lambda a: a.message_templates.create(body=body(name=5)), "createMessageTemplate", "body.name", None,
     "5 is not of type 'string'"),
    (lambda a: a.message_templates.create(body=body(category="PROMO")), "createMessageTemplate", "body.category",
     "AUTHENTICATION, MARKETING, UTILITY", "must be one of AUTHENTICATION, MARKETING, UTILITY, got 'PROMO'"),
    (lambda a: a.message_templates.create(body=body(components=[{"type": "FOOTER", "text": "x" * 61}])),
     "createMessageTemplate", "body.components[0].text", None, "is too long"),
    (lambda a: a.message_templates.create(body=body(components=[{"type": "BODY", "txt": "hello there"}])),
     "createMessageTemplate", "body.components[0]", None, "has unknown key(s) 'txt' (did you mean 'text'?)"),
    (lambda a: a.message_templates.create(body="name=x"), "createMessageTemplate", "body", None,
     "must be a MessageTemplateCreate or a mapping, got str"),
    (lambda a: a.message_templates.create(body=42), "createMessageTemplate", "body", None,
     "must be a MessageTemplateCreate or a mapping, got int"),
    (lambda a: a.assigned_users.create(body={"user": "1", "tasks": ["ROOT"]}), "createAssignedUser",
     "body.tasks[0]", "MANAGE, DEVELOP", "must be one of MANAGE, DEVELOP"),
    (lambda a: a.message_templates.create(body=body(components=[{"type": "BODDY", "text": "hello there"}])),
     "createMessageTemplate", "body.components[0].type", "BODY, BUTTONS, FOOTER, HEADER",
     "must be one of BODY, BUTTONS, FOOTER, HEADER, got 'BODDY'"),
    (lambda a: a.message_templates.create(body=body(components=[{"type": "HEADER", "format": "GIF"}])),
     "createMessageTemplate", "body.components[0].format", "DOCUMENT, IMAGE, LOCATION, TEXT, VIDEO",
     "got 'GIF'"),
    (lambda a: a.message_templates.create(body=body(components=[
        {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Go", "link": "https://x.example"}]}])),
     "createMessageTemplate", "body.components[0].buttons[0]", None, "has unknown key(s) 'link'"),
    (lambda a: a.assigned_users.create(body={"user": 1, "tasks": ["MANAGE"]}), "createAssignedUser",
     "body.user", None, "1 is not of type 'string'"),
    # model bodies
    (lambda a: a.message_templates.create(body=MessageTemplateCreate(name="x", language="en_US",
                                                                     category="MARKETING")),  # type: ignore[arg-type]
     "createMessageTemplate", "body.category", "AUTHENTICATION, MARKETING, UTILITY",
     "must be a TemplateCategory member (e.g. TemplateCategory.AUTHENTICATION), got str 'MARKETING'"),
    (lambda a: a.assigned_users.create(body=AssignedUserCreate(user="5", tasks=["MANAGE"])),  # type: ignore[list-item]
     "createAssignedUser", "body.tasks[0]", "MANAGE_TEMPLATES", "must be a WabaTask member"),
    (lambda a: a.message_templates.create(body=MessageTemplateCreate(
        name="x", language="en_US", category=TemplateCategory.UTILITY,
        components=[{"type": "BODY", "text": "hi"}])),  # type: ignore[list-item]
     "createMessageTemplate", "body.components[0]", None, "must be a TemplateBodyComponent or"),
    (lambda a: a.message_templates.create(body=MessageTemplateCreate(name="Bad Name", language="en_US",
                                                                     category=TemplateCategory.UTILITY)),
     "createMessageTemplate", "body.name", None, "must match the pattern"),
    (lambda a: a.assigned_users.create(body=AssignedUserCreate(user=5, tasks=[WabaTask.MANAGE])),  # type: ignore[arg-type]
     "createAssignedUser", "body.user", None, "5 is not of type 'string'"),
]  # fmt: skip


@pytest.mark.parametrize(("call", "operation", "argument", "allowed", "words"), CASES)
def test_every_bad_argument_raises_before_any_request(
    call: Any, operation: str, argument: str, allowed: str | None, words: str
) -> None:
    client = make_client(Script(never))
    with pytest.raises(ValidationError) as caught:
        call(client.account(WABA))
    error = caught.value
    assert (error.operation, error.argument) == (operation, argument), str(error)
    assert str(error).startswith(f"{operation}: ")
    assert f"`{argument}`" in str(error)
    assert words in str(error)
    if allowed is not None:
        assert error.allowed is not None and allowed in error.allowed, error.allowed
        assert error.allowed in str(error)


def test_pager_and_client_limits_are_validated() -> None:
    client = make_client(Script(never))
    pager = client.account(WABA).phone_numbers.list()
    for bad in (-1, True, "5", 1.5):
        with pytest.raises(ValidationError, match=r"Pager.items: `max_items` must be None \(no limit\)") as caught:
            list(pager.items(max_items=bad))
        assert caught.value.argument == "max_items" and caught.value.allowed == "None or an integer >= 0"
    with pytest.raises(ValidationError, match=r"Pager\.pages: `max_pages`"):
        list(pager.pages(max_pages=-2))
    with pytest.raises(ValidationError, match="`max_retries` must be an integer >= 0") as caught:
        make_client(Script(never), max_retries=-1)
    assert caught.value.argument == "max_retries"
    with pytest.raises(ValidationError, match="`max_retries`"):
        client.with_options(max_retries=-3)


def test_strings_are_converted_to_enums_and_mappings_to_models() -> None:
    script = Script(httpx.Response(200, json={"data": []}), httpx.Response(200, json={"success": True}))
    client = make_client(script)
    list(client.account(WABA).message_templates.list(category=("MARKETING", TemplateCategory.UTILITY),
                                                      summary=["total_count"], fields=["id", "name"]))  # fmt: skip
    query = script.requests[0].url.params
    assert query["category"] == '["MARKETING","UTILITY"]'
    assert query["summary"] == "total_count" and query["fields"] == "id,name"
    client.account(WABA).assigned_users.create(body={"user": "5", "tasks": ["MANAGE"]})
    assert script.requests[1].content == b'{"user":"5","tasks":["MANAGE"]}'


def test_typed_arguments_pass_untouched() -> None:
    script = Script(httpx.Response(200, json={"success": True}), httpx.Response(200, json={"id": "7"}))
    client = make_client(script)
    body = AssignedUserCreate(user="5", tasks=[WabaTask.VIEW_COST])
    assert client.account(WABA).assigned_users.create(body=body).success is True
    template = MessageTemplateCreate(name="ok", language="en_US", category=TemplateCategory.UTILITY,
                                     components=[TemplateBodyComponent(text="Hello there, friend.")])  # fmt: skip
    assert client.account(WABA).message_templates.create(body=template).id == "7"
    assert script.requests[1].content.startswith(b'{"name":"ok","language":"en_US","category":"UTILITY"')
    list(make_client(Script(httpx.Response(200, json={"data": []}))).account(WABA).message_templates.list(
        summary=[SummaryField.TOTAL_COUNT]))  # fmt: skip


def test_a_body_seen_before_is_not_validated_again_but_still_checked_when_it_changes() -> None:
    from waba.validation import OperationValidator

    client = make_client(Script(never))
    create = client.account(WABA).message_templates.create
    create.prepare(body=GOOD_BODY)
    validator: OperationValidator = client._validators[id(create._operation)]
    check = validator.arguments["body"].check_mapping
    assert check is not None and len(check.accepted) >= 1  # type: ignore[attr-defined]
    create.prepare(body=GOOD_BODY)
    with pytest.raises(ValidationError, match=r"`body\.name`"):
        create.prepare(body=body(name="Bad Name"))


def test_none_means_not_given_for_optional_arguments() -> None:
    script = Script(httpx.Response(200, json={"data": []}))
    list(make_client(script).account(WABA).message_templates.list(after=None, limit=None))
    assert "after" not in script.requests[0].url.params


def test_positional_arguments_are_refused_clearly() -> None:
    with pytest.raises(ValidationError, match="getWhatsAppBusinessAccount: takes keyword arguments only"):
        make_client(Script(never)).account(WABA).get(["id"])  # type: ignore[misc]
