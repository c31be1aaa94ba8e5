"""The generated models: readable (None, not Unset; a repr of what was sent), exact round trips, strict JSON types.

Payloads are the benchmark's realistic templates (HEADER/BODY/FOOTER/BUTTONS with examples) and account, the
sandbox's real answers, and hostile variants of them.
"""

from __future__ import annotations

import ast
import copy
import inspect
import json
import subprocess
import sys
import types
import typing
from typing import Any

import pytest
from bench.payloads import ACCOUNT, template
from generate import OUTPUT_DIR, PACKAGE

import waba_api.models
from waba import WabaClient
from waba_api.models import (
    AssignedUser,
    ConversationAnalyticsDataPoint,
    MessageTemplate,
    MessageTemplateCreate,
    MessageTemplateList,
    Paging,
    TemplateButtonType,
    TemplateCategory,
    TemplateComponent,
    TemplateStatus,
    WabaTask,
    WhatsAppBusinessAccount,
)
from waba_api.types import UNSET, Model, ModelDataError, Unset

MODELS_DIR = OUTPUT_DIR / PACKAGE / "models"
TEMPLATES = [template(index) for index in range(8)]  # every kind of template of the benchmark, twice


def model_classes() -> list[type[Model]]:
    classes = [getattr(waba_api.models, name) for name in waba_api.models.__all__]
    return [cls for cls in classes if isinstance(cls, type) and issubclass(cls, Model)]


# -- readable ---------------------------------------------------------------------------------------------------------


def test_printing_an_account_and_a_template_from_the_sandbox_shows_no_unset(
    waba_sandbox_client: WabaClient, capsys: pytest.CaptureFixture[str]
) -> None:
    waba_id = "102290129340398"
    account = waba_sandbox_client.account(waba_id).get()
    first = waba_sandbox_client.account(waba_id).message_templates.list(limit=1).collect(max_items=1)[0]
    print(account)
    print(first)
    printed = capsys.readouterr().out
    assert "Unset" not in printed and "UNSET" not in printed and " object at 0x" not in printed
    assert printed.startswith(f"WhatsAppBusinessAccount(id='{waba_id}', name=")
    assert "MessageTemplate(id='" in printed and "components=[TemplateComponent(type_=" in printed


def test_repr_shows_exactly_the_fields_that_were_sent(waba_sandbox_client: WabaClient) -> None:
    account = waba_sandbox_client.account("102290129340398").get(fields=["id", "name"])
    assert repr(account) == f"WhatsAppBusinessAccount(id='102290129340398', name={account.name!r})"
    assert account.currency is None and account.health_status is None


def test_repr_names_enum_members_and_shows_unknown_fields() -> None:
    data = {"id": "1", "status": "APPROVED", "category": "BRAND_NEW", "new_field": {"a": [1, 2]}}
    shown = repr(MessageTemplate.from_dict(data))
    assert shown == (
        "MessageTemplate(id='1', status=TemplateStatus.APPROVED, category='BRAND_NEW', "
        "additional_properties={'new_field': {'a': [1, 2]}})"
    )


def test_repr_shows_long_texts_in_full_and_shortens_only_unknown_values() -> None:
    text = "x" * 1024
    shown = repr(TemplateComponent.from_dict({"type": "BODY", "text": text, "blob": "y" * 1024}))
    assert repr(text) in shown and "y" * 300 not in shown and "additional_properties={'blob': 'yyy" in shown


def test_repr_masks_tokens_in_paging_urls() -> None:
    url = "https://graph.facebook.com/v24.0/1/message_templates?access_token=EAAsecret123&appsecret_proof=abc&after=X"
    page = MessageTemplateList.from_dict({"data": [], "paging": {"next": url}})
    assert page.paging is not None and page.paging.next_ == url, "the value itself is kept"
    shown = repr(page)
    assert "EAAsecret123" not in shown and "appsecret_proof=abc" not in shown
    assert "access_token=***" in shown and "after=X" in shown


def test_no_model_annotation_mentions_unset() -> None:
    classes = model_classes()
    assert len(classes) > 100
    for cls in classes:
        hints = typing.get_type_hints(cls)
        for name, hint in hints.items():
            members = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
            assert Unset not in members, f"{cls.__name__}.{name}: {hint}"
        defaults = [p.default for p in inspect.signature(cls).parameters.values()]
        assert UNSET not in defaults, cls.__name__


def test_absent_fields_read_none_and_sent_fields_keep_their_types() -> None:
    parsed = MessageTemplate.from_dict(TEMPLATES[0])
    assert parsed.previous_category is None and parsed.library_template_name is None
    assert parsed.status is TemplateStatus.APPROVED and parsed.category is TemplateCategory.MARKETING
    assert parsed.components is not None
    buttons = parsed.components[-1].buttons
    assert buttons is not None and buttons[0].type_ is TemplateButtonType.QUICK_REPLY


def test_keyword_and_builtin_names_get_a_trailing_underscore_and_keep_their_json_name() -> None:
    paging = Paging.from_dict({"next": "https://x", "previous": "https://y"})
    assert paging.next_ == "https://x" and paging.to_dict() == {"next": "https://x", "previous": "https://y"}
    component = TemplateComponent(type_="BODY", text="hi")
    assert component.to_dict() == {"type": "BODY", "text": "hi"}
    assert "next_ (str | None):" in (Paging.__doc__ or "") and "JSON name: `next`." in (Paging.__doc__ or "")
    assert "JSON name: `type`." in (TemplateComponent.__doc__ or "")


# -- round trips ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [*TEMPLATES, ACCOUNT], ids=lambda d: d.get("name", "?"))
def test_to_dict_round_trips_realistic_answers(data: dict[str, Any]) -> None:
    model = MessageTemplate if "language" in data else WhatsAppBusinessAccount
    assert model.from_dict(data).to_dict() == data


def test_unknown_fields_and_enum_values_survive_a_round_trip_at_every_level() -> None:
    data = copy.deepcopy(TEMPLATES[0])
    data["status"] = "SOME_NEW_STATUS"
    data["brand_new_field"] = {"nested": [1, {"x": None}]}
    data["components"][0]["format"] = "HOLOGRAM"
    data["components"][-1]["buttons"][0]["type"] = "TELEPORT"
    data["components"][-1]["buttons"][0]["extra"] = True
    page = {"data": [data], "paging": {"cursors": {"before": "A", "after": "B", "new": 1}}, "summary": {"n": 2}}
    parsed = MessageTemplateList.from_dict(page)
    assert parsed.to_dict() == page
    item = parsed.data[0]
    assert item.status == "SOME_NEW_STATUS" and not isinstance(item.status, TemplateStatus)
    assert item["brand_new_field"] == {"nested": [1, {"x": None}]} and "brand_new_field" in item


def test_request_models_send_only_what_the_caller_set() -> None:
    body = MessageTemplateCreate(name="order_update", language="en_US", category=TemplateCategory.UTILITY)
    assert body.to_dict() == {"name": "order_update", "language": "en_US", "category": "UTILITY"}
    assert body.components is None and body.allow_category_change is None
    assert (
        repr(body) == "MessageTemplateCreate(name='order_update', language='en_US', category=TemplateCategory.UTILITY)"
    )


def test_a_null_field_reads_as_absent() -> None:
    parsed = MessageTemplate.from_dict({"id": "1", "name": None, "quality_score": None})
    assert parsed.name is None and parsed.quality_score is None
    assert parsed.to_dict() == {"id": "1"}, "documented: null and absent are the same (no spec field is nullable)"


def test_lists_of_enums_keep_unknown_values() -> None:
    user = AssignedUser.from_dict({"id": "9", "tasks": ["MANAGE", "FUTURE_TASK"]})
    assert user.tasks == [WabaTask.MANAGE, "FUTURE_TASK"] and user.to_dict()["tasks"] == ["MANAGE", "FUTURE_TASK"]


def test_an_open_enum_beside_other_json_types_reads_known_values_as_members() -> None:
    from waba_api.models import BusinessCapabilityUpdateValue, MessagingLimitTier, TemplateCategoryUpdateValue

    key = "max_daily_conversations_per_business"
    for sent, read in [("TIER_2K", MessagingLimitTier.TIER_2K), ("TIER_NEW", "TIER_NEW"), (1000, 1000)]:
        value = BusinessCapabilityUpdateValue.from_dict({key: sent})
        assert getattr(value, key) == read and type(getattr(value, key)) is type(read)
        assert value.to_dict() == {key: sent}
    with pytest.raises(ModelDataError, match=f"{key}: expected a string or an integer, got an array"):
        BusinessCapabilityUpdateValue.from_dict({key: [1]})
    required = TemplateCategoryUpdateValue.from_dict({"new_category": "UTILITY"})
    assert required.new_category is TemplateCategory.UTILITY
    with pytest.raises(ModelDataError, match="new_category"):
        TemplateCategoryUpdateValue.from_dict({})


# -- strict JSON types ------------------------------------------------------------------------------------------------


def _page_with(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(TEMPLATES[:2])
    change(data)
    return {"data": data}


WRONG = [
    (lambda d: d[0].update(id=1600000000000000), "MessageTemplateList.data[0].id: expected a string, got an integer"),
    (lambda d: d[1].update(name=["x"]), "MessageTemplateList.data[1].name: expected a string, got an array"),
    (lambda d: d[0].pop("id"), "MessageTemplateList.data[0].id: is required but missing"),
    (lambda d: d[0].update(id=None), "MessageTemplateList.data[0].id: expected a string, got null"),
    (lambda d: d[0].update(status=7), "MessageTemplateList.data[0].status: expected a string, got an integer"),
    (lambda d: d[0].update(components={}), "MessageTemplateList.data[0].components: expected an array, got an object"),
    (lambda d: d[0].update(message_send_ttl_seconds=True), "data[0].message_send_ttl_seconds: expected an integer"),
    (lambda d: d[0].update(message_send_ttl_seconds=60.0), "data[0].message_send_ttl_seconds: expected an integer"),
    (lambda d: d[0].update(quality_score="GREEN"), "MessageTemplateList.data[0].quality_score: expected an object"),
    (lambda d: d[0].update(cta_url_link_tracking_opted_out="no"), "opted_out: expected a boolean, got a string"),
    (
        lambda d: d[1]["components"][-1]["buttons"][1].update(text=5),
        "MessageTemplateList.data[1].components[3].buttons[1].text: expected a string, got an integer",
    ),
    (
        lambda d: d[0]["components"][1]["example"].update(body_text=[["a", "b"], ["c", 3]]),
        "MessageTemplateList.data[0].components[1].example.body_text[1][1]: expected a string, got an integer",
    ),
    (
        lambda d: d[0]["components"][1]["example"].update(body_text=[["a"], "b"]),
        "data[0].components[1].example.body_text[1]: expected an array, got a string",
    ),
    (lambda d: d.append(5), "MessageTemplateList.data[2]: expected an object, got an integer"),
]


@pytest.mark.parametrize(("change", "message"), WRONG)
def test_a_wrong_json_type_raises_naming_the_model_and_the_field(change: Any, message: str) -> None:
    with pytest.raises(ModelDataError) as caught:
        MessageTemplateList.from_dict(_page_with(change))
    assert message in str(caught.value)
    assert isinstance(caught.value, ValueError) and caught.value.model == "MessageTemplateList"
    assert message in repr(caught.value), "the repr (as in tracebacks and logs) says it too"


def test_the_message_shows_the_json_type_not_the_value() -> None:
    with pytest.raises(ModelDataError) as caught:
        Paging.from_dict({"next": ["https://x/?access_token=EAAsecret"]})
    assert "EAAsecret" not in str(caught.value) and str(caught.value) == "Paging.next: expected a string, got an array"


def test_not_a_json_object() -> None:
    for value in ([], "x", 3, None):
        with pytest.raises(ModelDataError, match=r"^MessageTemplateList: expected an object, got "):
            MessageTemplateList.from_dict(value)  # type: ignore[arg-type]


def test_numbers_huge_and_not_finite() -> None:
    huge = 10**400
    assert MessageTemplate.from_dict({"id": "1", "message_send_ttl_seconds": huge}).message_send_ttl_seconds == huge
    assert ConversationAnalyticsDataPoint.from_dict({"cost": huge}).cost == huge, (
        "an int where a number is expected is a number"
    )
    for value in (float("inf"), float("-inf"), float("nan")):
        with pytest.raises(ModelDataError, match=r"^ConversationAnalyticsDataPoint.cost: expected a number"):
            ConversationAnalyticsDataPoint.from_dict({"cost": value})


def test_deeply_nested_unknown_values_parse_and_print_without_recursion_errors() -> None:
    deep: Any = "bottom"
    for _ in range(900):
        deep = [deep]
    parsed = MessageTemplate.from_dict({"id": "1", "deep": deep})
    assert parsed["deep"] is deep and parsed.to_dict()["deep"] is deep
    assert "[[[[[[...]]]]]]" in repr(parsed)


def test_closed_request_enums_are_checked_and_strings_accepted() -> None:
    body = {"name": "n", "language": "en_US", "category": "MARKETING", "components": [{"type": "BODY", "text": "x"}]}
    parsed = MessageTemplateCreate.from_dict(body)
    assert parsed.category is TemplateCategory.MARKETING and parsed.to_dict() == body
    with pytest.raises(ModelDataError, match=r"category: 'MARKTING' is not one of 'AUTHENTICATION', 'MARKETING'"):
        MessageTemplateCreate.from_dict({**body, "category": "MARKTING"})
    with pytest.raises(ModelDataError, match=r"components\[0\]: matches none of TemplateHeaderTextComponent"):
        MessageTemplateCreate.from_dict({**body, "components": [{"type": "NOPE"}]})
    with pytest.raises(ModelDataError) as caught:
        MessageTemplateCreate.from_dict({**body, "components": [{"type": "HEADER", "format": "TEXT"}]})
    assert str(caught.value).endswith(
        "(TemplateHeaderTextComponent.text: is required but missing; "
        "TemplateHeaderMediaComponent.format: 'TEXT' is not one of 'DOCUMENT', 'IMAGE', 'VIDEO')"
    ), "only the components a HEADER/TEXT could be are explained"


# -- the shape of the generated code ----------------------------------------------------------------------------------


def _from_dicts() -> list[tuple[str, ast.FunctionDef]]:
    found = []
    for path in sorted(MODELS_DIR.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name == "from_dict":
                found.append((path.name, node))
    return found


def test_from_dict_imports_nothing_and_defines_no_function_per_call() -> None:
    functions = _from_dicts()
    assert len(functions) == len(model_classes())
    forbidden = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.Lambda, ast.ListComp, ast.DictComp, ast.SetComp)
    for name, function in functions:
        inner = [node for node in ast.walk(function) if node is not function and isinstance(node, forbidden)]
        inner += [node for node in ast.walk(function) if isinstance(node, ast.GeneratorExp)]
        assert inner == [], f"{name}: {[type(node).__name__ for node in inner]}"


def test_models_load_only_what_they_need() -> None:
    code = (
        "import json, sys\nfrom waba_api.models import Paging\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('waba_api.models.'))))"
    )
    loaded = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout)
    assert loaded == ["waba_api.models.cursors", "waba_api.models.paging"]
