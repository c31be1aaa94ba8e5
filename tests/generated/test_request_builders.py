"""The generated request builders: one public `build_request` per operation, in Graph's wire format.

The builders' output is sent here with a plain `httpx.Client` (no wrapper): it is the public contract between
the generated code and whoever sends the request.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from waba_api.api.assigned_users import create_assigned_user
from waba_api.api.message_templates import delete_message_templates, get_message_template, list_message_templates
from waba_api.models import (
    AssignedUserCreate,
    SummaryField,
    TemplateCategory,
    TemplateStatus,
    WabaTask,
    WhatsAppBusinessAccount,
)

ROOT = "https://graph.facebook.com/v24.0"


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def operation_modules(spec: dict[str, Any]) -> list[tuple[dict[str, Any], Any]]:
    found = []
    for item in spec["paths"].values():
        for method in ("get", "post", "delete"):
            if method in item:
                operation = item[method]
                tag = snake(operation["tags"][0].replace(" ", ""))
                found.append(
                    (operation, importlib.import_module(f"waba_api.api.{tag}.{snake(operation['operationId'])}"))
                )
    return found


def test_every_operation_module_exposes_only_build_request(spec: dict[str, Any]) -> None:
    modules = operation_modules(spec)
    assert len(modules) == 56
    for operation, module in modules:
        defined = {
            name
            for name, value in vars(module).items()
            if inspect.isfunction(value) and value.__module__ == module.__name__
        }
        assert defined == {"build_request"}, module.__name__  # no sync/asyncio/*_detailed/_parse_response/...
        doc = inspect.getdoc(module.build_request) or ""
        assert doc.startswith(operation["summary"]), module.__name__
        assert "Returns:" in doc and "Nothing is sent." in doc


def send(request: dict[str, Any], body: dict[str, Any]) -> httpx.Request:
    """Send a builder's output with a bare httpx client; return the request that went out."""
    seen: list[httpx.Request] = []

    def handler(outgoing: httpx.Request) -> httpx.Response:
        seen.append(outgoing)
        return httpx.Response(200, json=body)

    with httpx.Client(base_url=ROOT, transport=httpx.MockTransport(handler)) as client:
        client.request(**request)
    (outgoing,) = seen
    return outgoing


def query(request: httpx.Request) -> dict[str, list[str]]:
    return parse_qs(urlsplit(str(request.url)).query)


def test_get_sends_comma_joined_fields_and_json_encoded_lists() -> None:
    built = list_message_templates.build_request(
        "102290129340398",
        fields=["id", "name", "components{type,text}"],
        category=[TemplateCategory.MARKETING, TemplateCategory.UTILITY],
        status=[TemplateStatus.APPROVED],
        summary=[SummaryField.TOTAL_COUNT, SummaryField.MESSAGE_TEMPLATE_LIMIT],
        limit=50,
    )
    assert built["method"] == "get" and built["url"] == "/102290129340398/message_templates"
    request = send(built, {"data": []})
    assert request.method == "GET"
    assert request.url.path == "/v24.0/102290129340398/message_templates"
    params = query(request)
    assert params["fields"] == ["id,name,components{type,text}"]
    assert json.loads(params["category"][0]) == ["MARKETING", "UTILITY"]
    assert params["category"] == ['["MARKETING","UTILITY"]']
    assert params["status"] == ['["APPROVED"]']
    assert params["summary"] == ["total_count,message_template_limit"]
    assert params["limit"] == ["50"]


def test_unset_parameters_are_left_out() -> None:
    assert list_message_templates.build_request("102290129340398")["params"] == {}


def test_post_sends_a_json_body() -> None:
    body = AssignedUserCreate(user="1234567890123456", tasks=[WabaTask.MANAGE_TEMPLATES, WabaTask.VIEW_COST])
    built = create_assigned_user.build_request("102290129340398", body=body)
    assert built["headers"] == {"Content-Type": "application/json"}
    request = send(built, {"success": True})
    assert request.method == "POST"
    assert request.url.path == "/v24.0/102290129340398/assigned_users"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"user": "1234567890123456", "tasks": ["MANAGE_TEMPLATES", "VIEW_COST"]}


def test_delete_sends_json_encoded_id_lists_in_the_query() -> None:
    built = delete_message_templates.build_request("102290129340398", hsm_ids=["1627019861106475", "1627019861106476"])
    request = send(built, {"success": True})
    assert request.method == "DELETE"
    assert request.url.path == "/v24.0/102290129340398/message_templates"
    assert query(request)["hsm_ids"] == ['["1627019861106475","1627019861106476"]']


def test_path_parameters_are_percent_encoded_and_the_template_node_keeps_its_query() -> None:
    assert get_message_template.build_request("1/2")["url"] == "/1%2F2/"
    request = send(get_message_template.build_request("1627019861106475", fields=["id", "name"]), {"id": "1"})
    assert request.url.path == "/v24.0/1627019861106475/"
    assert request.url.params["fields"] == "id,name"
    assert "#" not in str(request.url) and request.url.fragment == ""


def test_unknown_response_enum_values_and_fields_still_parse() -> None:
    account = WhatsAppBusinessAccount.from_dict(
        {"id": "1", "business_verification_status": "brand_new_status", "ownership_type": "SELF", "new_field": 3}
    )
    assert account.business_verification_status == "brand_new_status"
    assert account.ownership_type.value == "SELF"  # type: ignore[union-attr]
    assert account.additional_properties == {"new_field": 3}


@pytest.mark.parametrize("value", [["MARKETING"], "MARKETING"])
def test_builders_take_only_their_own_types(value: Any) -> None:
    """The builders do no coercion (the wrapper validates first): a plain string is not an enum."""
    with pytest.raises(AttributeError):
        list_message_templates.build_request("102290129340398", category=value)
