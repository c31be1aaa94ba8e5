"""parse: one typed event per change; unknown fields and values survive; anything else is a WebhookPayloadError."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from waba.errors import ValidationError, WebhookPayloadError
from waba.webhooks import MAX_DEPTH, WebhookEvent, parse
from waba_api import models
from waba_api.models import (
    MessageTemplateStatusUpdateValue,
    TemplateCategory,
    TemplateRejectedReason,
    TemplateStatusEvent,
    WebhookField,
)

from .helpers import STATUS_APPROVED, TIME, WABA, graph_body, notification, spec_webhook_examples

ISSUE_FIELDS = {
    "account_alerts", "account_review_update", "account_update", "business_capability_update",
    "message_template_components_update", "message_template_quality_update", "message_template_status_update",
    "phone_number_name_update", "phone_number_quality_update", "template_category_update", "security",
}  # fmt: skip


def value_model_names(spec: dict[str, Any]) -> dict[str, str]:
    """Field name -> the value schema its change schema names (read from the spec, as the SDK should)."""
    schemas = spec["components"]["schemas"]
    names = {}
    for member in schemas["WebhookChange"]["anyOf"]:
        properties = schemas[member["$ref"].rsplit("/", 1)[1]]["properties"]
        if "const" in properties["field"]:
            names[properties["field"]["const"]] = properties["value"]["$ref"].rsplit("/", 1)[1]
    return names


def without_nulls(value: Any) -> Any:
    """`value` with every object member whose value is null removed, at every level."""
    if isinstance(value, dict):
        return {key: without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [without_nulls(item) for item in value]
    return value


def test_every_example_of_the_spec_parses_into_its_fields_generated_model(spec: dict[str, Any]) -> None:
    names = value_model_names(spec)
    assert set(names) == ISSUE_FIELDS
    examples = spec_webhook_examples(spec)
    assert {name for name, _, _ in examples} == ISSUE_FIELDS
    for name, example_name, body in examples:
        events = parse(graph_body(body))
        assert events, (name, example_name)
        for event, change in zip(events, body["entry"][0]["changes"], strict=True):
            assert event.field == name and isinstance(event.field, WebhookField) and event.known
            assert type(event.value) is getattr(models, names[name]), (name, example_name)
            assert event.waba_id == body["entry"][0]["id"]
            assert event.time == datetime.fromtimestamp(body["entry"][0]["time"], tz=UTC)
            assert event.raw == change["value"]
            # nothing lost on the way; a null reads as absent (documented in openapi/generator/README.md), and
            # `raw` above keeps the delivery's exact JSON
            assert event.value.to_dict() == without_nulls(change["value"])


def test_a_status_update_is_typed_to_the_last_field() -> None:
    (event,) = parse(graph_body(notification(("message_template_status_update", STATUS_APPROVED))))
    assert isinstance(event, WebhookEvent)
    assert event.field is WebhookField.MESSAGE_TEMPLATE_STATUS_UPDATE
    assert (event.waba_id, event.time) == (WABA, datetime(2025, 6, 30, 1, 39, 8, tzinfo=UTC))
    value = event.value
    assert isinstance(value, MessageTemplateStatusUpdateValue)
    assert value.event is TemplateStatusEvent.APPROVED
    assert value.message_template_id == 1627019861106475
    assert value.message_template_category is TemplateCategory.UTILITY
    assert value.reason is TemplateRejectedReason.NONE


def test_unknown_fields_kinds_and_values_survive() -> None:
    body = notification(
        ("message_template_status_update", {**STATUS_APPROVED, "event": "UNLOCKED", "reason": None,
                                            "message_template_id": "1627019861106475", "brand_new": {"x": [1]}}),
        ("messages", {"messaging_product": "whatsapp", "statuses": [{"id": "wamid.X", "status": "read"}]}),
        ("a_field_from_2030", ["any", {"json": None}, 1.5]),
        ("value_less_field", None),
    )  # fmt: skip
    body["entry"][0]["changes"][3].pop("value")
    body["entry"].append({"id": "506914307656634", "changes": [{"field": "security", "value": {"event": "NEW_PIN"}}]})
    events = parse(graph_body(body))
    assert [str(e.field) for e in events] == ["message_template_status_update", "messages", "a_field_from_2030",
                                             "value_less_field", "security"]  # fmt: skip
    assert [e.known for e in events] == [True, False, False, False, True]
    status = events[0].value
    assert status.event == "UNLOCKED" and not isinstance(status.event, TemplateStatusEvent)
    assert status.reason is None and status.message_template_id == "1627019861106475"
    assert status.additional_properties == {"brand_new": {"x": [1]}}
    assert events[1].value == events[1].raw == body["entry"][0]["changes"][1]["value"]
    assert events[2].value == ["any", {"json": None}, 1.5]
    assert events[3].value is None
    assert (events[4].waba_id, events[4].time) == ("506914307656634", None)
    assert events[4].value.event == "NEW_PIN"


def test_an_empty_delivery_has_no_events() -> None:
    assert parse(b'{"object":"whatsapp_business_account","entry":[]}') == []
    assert parse(graph_body(notification())) == []


def deep(levels: int) -> bytes:
    return b'{"object":"whatsapp_business_account","entry":[' + b"[" * levels + b"]" * levels + b"]}"


MALFORMED = [
    (b"", "empty"),
    (b"  \n", "empty"),
    (b"\xff\xfe{}", "not UTF-8"),
    ('{"object": "é"}'.encode("utf-16"), "not UTF-8"),
    (b"\xef\xbb\xbf{}", "not valid JSON"),
    (b'{"object": "whatsapp_business_account", "entry": [', "not valid JSON"),
    (b"<html>502 Bad Gateway</html>", "not valid JSON"),
    (b"[" * 100_000, "nests deeper"),
    (deep(MAX_DEPTH), "nests deeper"),
    (b"1" * 5000, "more than 4300 digits"),
    (b"1e999", "out of range"),
    (b"-Infinity", "not a JSON number"),
    (b'{"object": NaN}', "not a JSON number"),
    (b"[]", "must be a JSON object"),
    (b'"whatsapp_business_account"', "must be a JSON object"),
    (b'{"entry": []}', "object must be 'whatsapp_business_account' \\(found missing\\)"),
    (b'{"object": "page", "entry": []}', "found 'page'"),
    (b'{"object": ["x"], "entry": []}', "found an array"),
    (b'{"object": "whatsapp_business_account"}', "entry must be an array, found null"),
    (b'{"object": "whatsapp_business_account", "entry": {"id": "1"}}', "entry must be an array, found an object"),
    (b'{"object": "whatsapp_business_account", "entry": [7]}', "entry\\[0\\] must be an object"),
    (b'{"object": "whatsapp_business_account", "entry": [{"id": 1, "changes": []}]}', "entry\\[0\\].id"),
    (b'{"object": "whatsapp_business_account", "entry": [{"id": "x1", "changes": []}]}', "1 to 32 digits"),
    (b'{"object": "whatsapp_business_account", "entry": [{"id": "1", "time": "now", "changes": []}]}',
     "entry\\[0\\].time must be a Unix time"),
    (b'{"object": "whatsapp_business_account", "entry": [{"id": "1", "time": true, "changes": []}]}',
     "found a boolean"),
    (b'{"object": "whatsapp_business_account", "entry": [{"id": "1", "time": 1.5, "changes": []}]}',
     "found a number"),
    (b'{"object": "whatsapp_business_account", "entry": [{"id": "1", "time": -1, "changes": []}]}', "plausible"),
    (b'{"object": "whatsapp_business_account", "entry": [{"id": "1", "time": 99999999999999, "changes": []}]}',
     "plausible"),
    (b'{"object": "whatsapp_business_account", "entry": [{"id": "1"}]}', "changes must be an array"),
    (b'{"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [[]]}]}', "changes\\[0\\] must be"),
    (b'{"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"value": {}}]}]}', "field"),
    (b'{"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": ""}]}]}', "empty"),
    (graph_body(notification(("security", {"requester": "1"}))), "'event' is a required property"),
    (graph_body(notification(("security", "PIN_CHANGED"))), "changes\\[0\\].value: 'PIN_CHANGED' is not of type"),
    (graph_body(notification(("security", {"event": 5}))), "value.event"),
    (graph_body(notification(("message_template_status_update", {**STATUS_APPROVED, "message_template_id": "x"}))),
     "value.message_template_id"),
    (graph_body(notification(("message_template_status_update", {**STATUS_APPROVED, "message_template_id": 2**70}))),
     "value.message_template_id"),
    (graph_body(notification(("account_update", {"event": "PARTNER_ADDED", "waba_info": {"waba_id": 5}}))),
     "value.waba_info.waba_id"),
    (graph_body(notification(("business_capability_update", {"max_phone_numbers_per_waba": 2.5}))),
     "max_phone_numbers_per_waba"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "message"), MALFORMED, ids=[message for _, message in MALFORMED])
def test_malformed_and_hostile_bodies_raise_a_clear_payload_error(body: bytes, message: str) -> None:
    with pytest.raises(WebhookPayloadError, match=message) as caught:
        parse(body)
    assert isinstance(caught.value, ValueError)
    assert len(str(caught.value)) < 400


def test_the_depth_limit_is_exact() -> None:
    # deep(n) nests n arrays in `entry` (itself two levels deep): MAX_DEPTH levels pass the depth check (and then
    # fail because an entry must be an object), one more does not.
    with pytest.raises(WebhookPayloadError, match="entry\\[0\\] must be an object"):
        parse(deep(MAX_DEPTH - 2))
    with pytest.raises(WebhookPayloadError, match="nests deeper"):
        parse(deep(MAX_DEPTH - 1))


def test_parse_wants_bytes() -> None:
    with pytest.raises(ValidationError, match="bytes"):
        parse(json.dumps(notification()))  # type: ignore[arg-type]


def test_events_print_readably() -> None:
    (event,) = parse(graph_body(notification(("message_template_status_update", STATUS_APPROVED))))
    text = repr(event)
    assert text.startswith("WebhookEvent(field=<WebhookField.MESSAGE_TEMPLATE_STATUS_UPDATE")
    assert f"waba_id='{WABA}'" in text and "raw=" not in text
    assert event.time is not None and int(event.time.timestamp()) == TIME
