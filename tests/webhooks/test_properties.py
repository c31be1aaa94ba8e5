"""Properties over arbitrary input: only the documented exceptions ever come out of parse and verify_signature.

Documented: parse raises WebhookPayloadError (ValidationError for a non-bytes argument); verify_signature raises
InvalidSignatureError. Anything else — KeyError, RecursionError, OverflowError, UnicodeDecodeError, TypeError,
JSONDecodeError escaping raw — fails these tests.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spec_bundle import bundle

from waba.errors import InvalidSignatureError, WebhookPayloadError
from waba.webhooks import WebhookEvent, parse, verify_signature

from .helpers import SECRET, STATUS_APPROVED, graph_body, notification, sign

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: Drawing whole envelopes costs more than parsing them: fewer, richer examples.
ENVELOPES = settings(SETTINGS, max_examples=120)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=16,
)


@cache
def value_properties() -> dict[str, list[str]]:
    """Field -> the property names of its value schema (so generated values hit the typed paths)."""
    schemas = bundle()["components"]["schemas"]
    found = {}
    for member in schemas["WebhookChange"]["anyOf"]:
        properties = schemas[member["$ref"].rsplit("/", 1)[1]]["properties"]
        if "const" in properties["field"]:
            value_schema = schemas[properties["value"]["$ref"].rsplit("/", 1)[1]]
            found[properties["field"]["const"]] = sorted(value_schema["properties"])
    return found


@st.composite
def known_field_values(draw: st.DrawFn) -> tuple[str, Any]:
    field = draw(st.sampled_from(sorted(value_properties())))
    names = value_properties()[field]
    value = draw(st.dictionaries(st.sampled_from(names), json_values, max_size=len(names)))
    return field, draw(st.one_of(st.just(value), json_values))


def parses_or_refuses(body: bytes) -> None:
    try:
        events = parse(body)
    except WebhookPayloadError as exc:
        message = str(exc)
        assert message, "a payload error says what is wrong"
        return
    assert all(isinstance(event, WebhookEvent) for event in events)
    for event in events:
        repr(event)  # printing an event never fails either


@SETTINGS
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_parse_or_raise_a_payload_error(body: bytes) -> None:
    parses_or_refuses(body)


@SETTINGS
@given(json_values)
def test_arbitrary_json_documents_parse_or_raise_a_payload_error(document: Any) -> None:
    parses_or_refuses(graph_body(document))


@ENVELOPES
@given(st.lists(st.one_of(known_field_values(), st.tuples(st.text(max_size=20), json_values)), max_size=5),
       st.one_of(st.none(), st.integers(), st.text(max_size=5)), json_values)  # fmt: skip
def test_arbitrary_changes_in_a_real_envelope_parse_or_raise_a_payload_error(
    changes: list[tuple[str, Any]], time: Any, waba: Any
) -> None:
    body = notification(*changes)
    body["entry"][0]["time"] = time
    parses_or_refuses(graph_body(body))
    body["entry"][0]["id"] = waba
    parses_or_refuses(graph_body(body))


VALID = graph_body(notification(("message_template_status_update", STATUS_APPROVED)))


@SETTINGS
@given(st.integers(0, len(VALID) - 1), st.binary(min_size=0, max_size=8), st.integers(0, 8))
def test_corrupted_real_deliveries_parse_or_raise_a_payload_error(at: int, insert: bytes, drop: int) -> None:
    parses_or_refuses(VALID[:at] + insert + VALID[at + drop :])


@SETTINGS
@given(st.binary(max_size=1024), st.one_of(st.none(), st.text(max_size=80)))
def test_arbitrary_signatures_are_refused_with_invalid_signature_only(body: bytes, header: str | None) -> None:
    with pytest.raises(InvalidSignatureError) as caught:
        verify_signature(body, header, SECRET)
    assert SECRET not in str(caught.value)


@SETTINGS
@given(st.binary(max_size=1024))
def test_every_body_signed_with_the_secret_verifies(body: bytes) -> None:
    verify_signature(body, sign(body), SECRET)
