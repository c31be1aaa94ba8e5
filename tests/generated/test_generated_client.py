"""The generated client: it imports, every operation exists, and calls go out in Graph's wire format."""

from __future__ import annotations

import difflib
import importlib
import json
import re
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from generate import GENERATOR_DIR, generator_view

from waba_api import AuthenticatedClient
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

TOKEN = "EAAtestTOKEN123"


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def test_every_operation_has_a_generated_module(spec: dict[str, Any]) -> None:
    found = 0
    for item in spec["paths"].values():
        for method in ("get", "post", "delete"):
            if method in item:
                operation = item[method]
                tag = snake(operation["tags"][0].replace(" ", ""))
                module = importlib.import_module(f"waba_api.api.{tag}.{snake(operation['operationId'])}")
                assert callable(module.sync_detailed) and callable(module.asyncio_detailed)
                found += 1
    assert found == 41


class Recorder:
    """A MockTransport handler that keeps the requests and answers with a canned body."""

    def __init__(self, body: dict[str, Any]) -> None:
        self.body = body
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.body)


def client_for(recorder: Recorder) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url="https://graph.facebook.com/v24.0", token=TOKEN, httpx_args={"transport": httpx.MockTransport(recorder)}
    )


def query(request: httpx.Request) -> dict[str, list[str]]:
    return parse_qs(urlsplit(str(request.url)).query)


def test_get_sends_comma_joined_fields_and_json_encoded_lists() -> None:
    recorder = Recorder({"data": [], "paging": {"cursors": {"after": "x"}}})
    result = list_message_templates.sync(
        "102290129340398",
        client=client_for(recorder),
        fields=["id", "name", "components{type,text}"],
        category=[TemplateCategory.MARKETING, TemplateCategory.UTILITY],
        status=[TemplateStatus.APPROVED],
        summary=[SummaryField.TOTAL_COUNT, SummaryField.MESSAGE_TEMPLATE_LIMIT],
        limit=50,
    )
    (request,) = recorder.requests
    assert request.method == "GET"
    assert request.url.path == "/v24.0/102290129340398/message_templates"
    params = query(request)
    assert params["fields"] == ["id,name,components{type,text}"]
    assert json.loads(params["category"][0]) == ["MARKETING", "UTILITY"]
    assert params["category"] == ['["MARKETING","UTILITY"]']
    assert params["status"] == ['["APPROVED"]']
    assert params["summary"] == ["total_count,message_template_limit"]
    assert params["limit"] == ["50"]
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert TOKEN not in str(request.url)
    assert result is not None and result.data == []


def test_post_sends_a_json_body() -> None:
    recorder = Recorder({"success": True})
    body = AssignedUserCreate(user="1234567890123456", tasks=[WabaTask.MANAGE_TEMPLATES, WabaTask.VIEW_COST])
    result = create_assigned_user.sync("102290129340398", client=client_for(recorder), body=body)
    (request,) = recorder.requests
    assert request.method == "POST"
    assert request.url.path == "/v24.0/102290129340398/assigned_users"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"user": "1234567890123456", "tasks": ["MANAGE_TEMPLATES", "VIEW_COST"]}
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert result is not None and result.success is True


def test_delete_sends_json_encoded_id_lists_in_the_query() -> None:
    recorder = Recorder({"success": True})
    delete_message_templates.sync(
        "102290129340398", client=client_for(recorder), hsm_ids=["1627019861106475", "1627019861106476"]
    )
    (request,) = recorder.requests
    assert request.method == "DELETE"
    assert request.url.path == "/v24.0/102290129340398/message_templates"
    assert query(request)["hsm_ids"] == ['["1627019861106475","1627019861106476"]']
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"


def test_template_node_path_is_sent_without_its_fragment() -> None:
    recorder = Recorder({"id": "1627019861106475", "name": "order_update"})
    template = get_message_template.sync("1627019861106475", client=client_for(recorder), fields=["id", "name"])
    (request,) = recorder.requests
    assert request.url.path == "/v24.0/1627019861106475"
    assert "#" not in str(request.url) and request.url.fragment == ""
    assert template is not None and template.name == "order_update"


def test_unknown_response_enum_values_and_fields_still_parse() -> None:
    account = WhatsAppBusinessAccount.from_dict(
        {"id": "1", "business_verification_status": "brand_new_status", "ownership_type": "SELF", "new_field": 3}
    )
    assert account.business_verification_status == "brand_new_status"
    assert account.ownership_type.value == "SELF"  # type: ignore[union-attr]
    assert account.additional_properties == {"new_field": 3}


def test_generator_view_moves_json_content_parameters_to_schema(spec: dict[str, Any]) -> None:
    view = generator_view(spec)
    params = view["paths"]["/{waba-id}/message_templates"]["get"]["parameters"]
    category = next(p for p in params if p.get("name") == "category")
    assert "content" not in category
    assert category["schema"]["type"] == "array"
    original = spec["paths"]["/{waba-id}/message_templates"]["get"]["parameters"]
    assert "content" in next(p for p in original if p.get("name") == "category"), "the bundle is not mutated"


@pytest.mark.parametrize("name", ["endpoint_macros.py.jinja", "endpoint_module.py.jinja"])
def test_template_overrides_stay_small(name: str) -> None:
    stock = Path(str(files("openapi_python_client").joinpath("templates", name))).read_text().splitlines()
    ours = (GENERATOR_DIR / "templates" / name).read_text().splitlines()
    changed = [line for line in difflib.unified_diff(stock, ours, lineterm="", n=0) if line[:1] in "+-"]
    changed = [line for line in changed if not line.startswith(("+++", "---"))]
    assert 0 < len(changed) <= 30, "\n".join(changed)
    assert all(line.startswith("+") for line in changed), "overrides only add to the stock template"
