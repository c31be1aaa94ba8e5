"""A success body that is not what the spec says raises UnexpectedResponseError naming the model and the field.

Wrong JSON types (an int id, a list name, a non-string `paging.next`), JSON nested deeper than Python's
recursion limit and numbers no float can hold never come out as a silently wrong value, a RecursionError or an
OverflowError. Graph sends ids (and every other string field) as JSON strings, so a number there is refused,
not converted: a proxy that turned ids into numbers may have rounded them.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from waba import UnexpectedResponseError

from .helpers import ROOT, WABA, Script, make_async_client, make_client


def answer(body: Any) -> Script:
    return Script(httpx.Response(200, content=body if isinstance(body, bytes) else json.dumps(body).encode()))


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"id": 102290129340398, "name": "x"}, "WhatsAppBusinessAccount.id: expected a string, got an integer"),
        ({"id": WABA, "name": ["Jasper's"]}, "WhatsAppBusinessAccount.name: expected a string, got an array"),
        ({"name": "x"}, "WhatsAppBusinessAccount.id: is required but missing"),
        (
            {"id": WABA, "health_status": {"entities": {}}},
            "WhatsAppBusinessAccount.health_status.entities: expected an array",
        ),
        (
            {"id": WABA, "is_enabled_for_insights": "yes"},
            "WhatsAppBusinessAccount.is_enabled_for_insights: expected a boolean",
        ),
        ([{"id": WABA}], "WhatsAppBusinessAccount: expected an object, got an array"),
    ],
)
def test_wrong_json_types_in_a_success_body(body: Any, message: str) -> None:
    client = make_client(answer(body))
    with pytest.raises(UnexpectedResponseError) as caught:
        client.account(WABA).get()
    assert f"The answer does not match the API description: {message}" in str(caught.value)
    assert caught.value.http_status == 200 and caught.value.body == json.dumps(body).encode()


def test_json_nested_deeper_than_the_recursion_limit() -> None:
    client = make_client(answer(b'{"id": "1", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"))
    with pytest.raises(UnexpectedResponseError, match=r"The answer could not be read after .* nested too deeply"):
        client.account(WABA).get()


def test_deep_but_parseable_json_in_an_unknown_field_is_kept() -> None:
    deep = b"[" * 500 + b"]" * 500
    account = make_client(answer(b'{"id": "1", "x": ' + deep + b"}")).account(WABA).get()
    assert account["x"] == json.loads(deep)


@pytest.mark.parametrize(
    ("number", "message"),
    [
        (b"1e999", "message_send_ttl_seconds: expected an integer, got a number"),  # inf
        (b"12.5", "message_send_ttl_seconds: expected an integer, got a number"),
        (b"9" * 5000, "The answer could not be read after"),  # beyond Python's 4,300-digit int conversion limit
    ],
)
def test_numbers_no_field_can_hold(number: bytes, message: str) -> None:
    client = make_client(answer(b'{"id": "1", "message_send_ttl_seconds": ' + number + b"}"))
    with pytest.raises(UnexpectedResponseError, match=message):
        client.message_template("1").get()


def test_a_non_string_next_url_is_an_error_not_the_end_of_the_list() -> None:
    first = {"data": [{"id": "1"}], "paging": {"next": {"url": f"{ROOT}/{WABA}/message_templates?after=1"}}}
    client = make_client(answer(first))
    with pytest.raises(UnexpectedResponseError, match=r"MessageTemplateList\.paging\.next: expected a string"):
        list(client.account(WABA).message_templates.list())


async def test_the_async_client_raises_the_same() -> None:
    client = make_async_client(answer({"data": [{"id": "1"}, {"id": 2}]}))
    with pytest.raises(UnexpectedResponseError, match=r"MessageTemplateList\.data\[1\]\.id: expected a string"):
        await client.account(WABA).message_templates.list().collect()


def test_a_batch_sub_response_with_wrong_types_or_deep_nesting_is_that_call_s_error() -> None:
    bodies = ['{"id": 5}', "[" * 100_000 + "]" * 100_000, '{"id": "7", "name": "ok"}']

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[{"code": 200, "body": body} for body in bodies])

    client = make_client(Script(handler))
    results = client.batch([client.account(str(1000 + i)).get.prepare() for i in range(3)])
    assert isinstance(results[0].error, UnexpectedResponseError)
    assert "WhatsAppBusinessAccount.id: expected a string, got an integer" in str(results[0].error)
    assert isinstance(results[1].error, UnexpectedResponseError)
    assert results[2].ok and results[2].unwrap().name == "ok"
