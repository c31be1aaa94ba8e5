"""Bound operations show what they are: `inspect.signature`, `help()` and completion list the real keyword
parameters, their types, the spec's description and the permissions; the signatures module is up to date."""

from __future__ import annotations

import inspect
import pydoc
from pathlib import Path

import pytest

from waba import AsyncWabaClient, WabaClient
from waba.argtypes import builder_path
from waba.lazy import resolve
from waba.resources import Account, Business, MessageTemplateNode, operations_of
from waba.spec import operations_by_module

from .helpers import TOKEN, WABA

ROOT = Path(__file__).resolve().parents[2]


def parameters(bound: object) -> dict[str, str]:
    return {name: str(p.annotation) for name, p in inspect.signature(bound).parameters.items()}


@pytest.mark.parametrize("client_cls", [WabaClient, AsyncWabaClient])
def test_signatures_list_the_real_keyword_parameters_and_types(client_cls: type) -> None:
    client = client_cls(access_token=TOKEN)
    account = client.account(WABA)
    listing = parameters(account.message_templates.list)
    assert list(listing)[:3] == ["category", "content", "language"]
    assert listing["category"] == "Sequence[TemplateCategory | TemplateCategoryName] | None"
    assert listing["limit"] == "int | None" and listing["fields"] == "Many[str] | None"
    assert parameters(account.message_templates.create) == {"body": "MessageTemplateCreate | Mapping[str, Any]"}
    assert parameters(account.assigned_users.list)["business"] == "GraphId"
    analytics = inspect.signature(account.analytics.templates)
    assert [n for n, p in analytics.parameters.items() if p.default is inspect.Parameter.empty] == [
        "start", "end", "granularity", "template_ids"]  # fmt: skip
    assert analytics.parameters["template_ids"].annotation.text == "GraphIds"
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in analytics.parameters.values())
    pager = "AsyncPager" if client_cls is AsyncWabaClient else "Pager"
    assert str(inspect.signature(account.phone_numbers.list).return_annotation) == f"{pager}[PhoneNumber]"
    assert inspect.signature(client.message_template("1").get).return_annotation.__name__ == "MessageTemplate"


def test_help_shows_the_description_permissions_and_arguments() -> None:
    operation = WabaClient(access_token=TOKEN).account(WABA).assigned_users.create
    assert inspect.isroutine(operation) and operation.__name__ == "create"
    assert operation.__qualname__ == "AssignedUsers.create"
    text = pydoc.render_doc(operation, renderer=pydoc.plaintext)
    assert "create(*, body: AssignedUserCreate | Mapping[str, Any]) -> waba_api.models.success_response." in text
    summary = operation._operation.spec.operation["summary"]
    assert f"    {summary}." in text
    assert "Permissions: `whatsapp_business_management`" in text
    assert "Args:" in text and "body:" in text
    assert "Raises ValidationError" in text


def test_every_operation_is_declared_by_its_signature() -> None:
    modules = operations_by_module()
    for root in (Account, MessageTemplateNode, Business):
        for path, operation in operations_of(root):
            declared = resolve(operation._signature)
            builder = builder_path(declared)
            assert builder is not None, f"{path} is declared by a raw builder, not by waba.signatures"
            assert builder.rsplit(".", 2)[-2] in modules
            assert operation.doc.startswith(operation.spec.operation["summary"])


def test_the_signatures_module_is_up_to_date() -> None:
    import operation_signatures  # scripts/ is on pytest's pythonpath

    assert operation_signatures.render() == (ROOT / "wrapper/waba/signatures.py").read_text(encoding="utf-8"), (
        "wrapper/waba/signatures.py is stale: run `make generate`"
    )
