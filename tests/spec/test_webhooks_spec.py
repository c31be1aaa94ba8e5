"""The `webhooks` section: every WhatsApp Business Account field of issue 9, one envelope, typed values, open
enums, checked examples, and a generated model for every payload schema."""

from __future__ import annotations

import json
from typing import Any

import pytest
from check_examples import validate

import waba_api.models

ISSUE_FIELDS = {
    "account_alerts", "account_review_update", "account_update", "business_capability_update",
    "message_template_components_update", "message_template_quality_update", "message_template_status_update",
    "phone_number_name_update", "phone_number_quality_update", "template_category_update", "security",
}  # fmt: skip
NOTIFICATION = {"$ref": "#/components/schemas/WebhookNotification"}


def name_of(ref: dict[str, str]) -> str:
    return ref["$ref"].rsplit("/", 1)[1]


def reachable(spec: dict[str, Any], start: str) -> set[str]:
    """Names of the component schemas `start` refers to, directly or not (itself included)."""
    schemas, seen, pending = spec["components"]["schemas"], set(), [start]
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        text = json.dumps(schemas[name])
        pending += [part.split('"')[0] for part in text.split('"$ref": "#/components/schemas/')[1:]]
    return seen


def test_every_field_of_the_issue_is_a_webhook_receiving_the_one_envelope(spec: dict[str, Any]) -> None:
    assert set(spec["webhooks"]) == ISSUE_FIELDS
    tags = {tag["name"] for tag in spec["tags"]}
    for name, item in spec["webhooks"].items():
        operation = item["post"]
        assert set(item) == {"post"}, name
        assert operation["tags"] == ["Webhooks"] and "Webhooks" in tags
        assert operation["security"] == []  # Graph signs deliveries; no token is involved
        assert operation["parameters"] == [{"$ref": "#/components/parameters/XHubSignature256"}]
        assert operation["requestBody"]["content"]["application/json"]["schema"] == NOTIFICATION
        assert f"Subscription field: `{name}`" in operation["description"]
        assert set(operation["responses"]) == {"200", "4XX"}


def test_the_envelope_is_defined_once(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    with_entry = [n for n, s in schemas.items() if "entry" in s.get("properties", {})]
    with_changes = [n for n, s in schemas.items() if "changes" in s.get("properties", {})]
    assert (with_entry, with_changes) == (["WebhookNotification"], ["WebhookEntry"])
    assert schemas["WebhookEntry"]["properties"]["id"] == {"$ref": "#/components/schemas/NodeId"}
    assert schemas["WebhookEntry"]["properties"]["changes"]["items"] == {"$ref": "#/components/schemas/WebhookChange"}


def test_each_field_has_a_typed_change_and_unknown_fields_fit_too(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    members = [name_of(ref) for ref in schemas["WebhookChange"]["anyOf"]]
    assert members[-1] == "UnknownWebhookChange"
    consts = {}
    for member in members[:-1]:
        properties = schemas[member]["properties"]
        consts[properties["field"]["const"]] = name_of(properties["value"])
        assert schemas[member]["required"] == ["field", "value"]
    assert set(consts) == ISSUE_FIELDS == set(schemas["WebhookField"]["enum"])
    for field, value_schema in consts.items():
        assert value_schema == "".join(part.capitalize() for part in field.split("_")) + "Value"
        assert schemas[value_schema]["type"] == "object" and schemas[value_schema]["description"]
    unknown = schemas["UnknownWebhookChange"]["properties"]["field"]
    assert unknown["not"] == {"$ref": "#/components/schemas/WebhookField"}


def test_enums_in_webhook_payloads_are_open(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    enums = {name for name, schema in schemas.items() if "enum" in schema}
    checked = 0

    def walk(node: Any, where: str, open_here: bool = False) -> None:
        nonlocal checked
        if isinstance(node, dict):
            if "$ref" in node and name_of(node) in enums and name_of(node) != "WebhookField":
                assert open_here, f"{where}: closed enum {name_of(node)}"
                checked += 1
            for key, child in node.items():
                is_open = key == "anyOf" and {"type": "string"} in child
                walk(child, f"{where}/{key}", is_open)
        elif isinstance(node, list):
            for index, child in enumerate(node):
                walk(child, f"{where}/{index}", open_here)

    for name in reachable(spec, "WebhookNotification") - enums:
        walk(schemas[name], name)
    assert checked >= 25


def test_every_example_holds_its_webhooks_field_only(spec: dict[str, Any]) -> None:
    count = 0
    for name, item in spec["webhooks"].items():
        media = item["post"]["requestBody"]["content"]["application/json"]
        bodies = [media["example"]] if "example" in media else [e["value"] for e in media["examples"].values()]
        for body in bodies:
            assert body["object"] == "whatsapp_business_account"
            assert {c["field"] for entry in body["entry"] for c in entry["changes"]} == {name}
            count += 1
    assert count >= 20


def test_the_example_checker_walks_webhooks(spec: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(spec))
    media = broken["webhooks"]["security"]["post"]["requestBody"]["content"]["application/json"]
    media["example"]["entry"][0]["changes"][0]["value"]["event"] = 7
    status = broken["webhooks"]["message_template_status_update"]["post"]["requestBody"]["content"]
    del status["application/json"]["examples"]
    _, problems = validate(broken)
    assert any(p.startswith("receiveSecurity request example: at entry/0/changes/0") for p in problems)
    assert any("receiveMessageTemplateStatusUpdate: request application/json has no example" in p for p in problems)


@pytest.mark.parametrize("start", ["WebhookNotification", "WebhookChange"])
def test_every_payload_schema_has_a_generated_model(spec: dict[str, Any], start: str) -> None:
    schemas = spec["components"]["schemas"]
    names = {n for n in reachable(spec, start) if schemas[n].get("type") == "object" or "enum" in schemas[n]}
    assert len(names) >= 40
    missing = [name for name in sorted(names) if not hasattr(waba_api.models, name)]
    assert missing == []
    scalars = reachable(spec, start) - names  # ids, times and unions: plain Python types in the models
    assert scalars <= {"NodeId", "UnixTime", "WebhookTemplateId", "WebhookChange"}
    assert hasattr(waba_api.models.MessageTemplateStatusUpdateValue, "from_dict")
