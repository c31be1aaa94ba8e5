"""Class 1: no untyped escape. Deeply nested JSON, numbers too large for a float and wrong JSON types — in a
success body, an error body, a batch item or a usage header — surface as `waba.errors` types (a usage header
is ignored, with a DEBUG line), never as RecursionError, OverflowError or TypeError."""

from __future__ import annotations

import json
import logging

import httpx
import pytest

from waba import Pacing, RateLimitError, RetryPolicy, UnexpectedResponseError, ValidationError, WabaError

from .helpers import WABA, Script, async_client, deep, graph_error, response, sync_client

OK = response(200, {"id": WABA, "name": "Acme"})


def usage(node: str = WABA, **entry: object) -> dict[str, str]:
    values = {"type": "whatsapp_business_management", "call_count": 1, "total_cputime": 1, "total_time": 1,
              "estimated_time_to_regain_access": 0, **entry}  # fmt: skip
    return {"X-Business-Use-Case-Usage": json.dumps({node: [values]})}


def test_deeply_nested_success_body_is_an_unexpected_response() -> None:
    client, script = sync_client(response(raw=deep()))
    with pytest.raises(UnexpectedResponseError, match="nested too deeply"):
        client.account(WABA).get()
    assert len(script.requests) == 4, "an unreadable answer to a GET is retried"


async def test_deeply_nested_success_body_async() -> None:
    client, _ = async_client(response(raw=deep()))
    with pytest.raises(UnexpectedResponseError):
        await client.account(WABA).get()


def test_deeply_nested_error_body_is_an_unexpected_response() -> None:
    client, _ = sync_client(response(400, raw=b'{"error": ' + deep() + b"}"))
    with pytest.raises(UnexpectedResponseError) as caught:
        client.account(WABA).get()
    assert caught.value.http_status == 400


def test_deeply_nested_batch_item_body_fails_that_item_only() -> None:
    good = {"code": 200, "body": json.dumps({"id": "1"})}
    answer = response(200, [{"code": 200, "body": deep(5_000).decode()}, good])
    client, _ = sync_client(answer)
    calls = [client.account(WABA).get.prepare(), client.account("1").get.prepare()]
    first, second = client.batch(calls)
    assert isinstance(first.error, UnexpectedResponseError)
    assert second.ok and second.value is not None and second.value.id == "1"


@pytest.mark.parametrize("header", ["X-App-Usage", "X-Business-Use-Case-Usage"])
def test_deeply_nested_usage_header_is_ignored_with_a_debug_line(header: str, caplog: pytest.LogCaptureFixture) -> None:
    client, _ = sync_client(response(200, {"id": WABA}, headers={header: deep().decode()}))
    with caplog.at_level(logging.DEBUG, logger="waba"):
        assert client.account(WABA).get().id == WABA
    assert client.usage.empty
    assert any(header.lower() in r.getMessage().lower() for r in caplog.records if r.levelno == logging.DEBUG)


def test_a_regain_time_too_large_for_a_float_is_ignored_not_raised() -> None:
    throttled = graph_error(80008, headers=None)
    throttled = httpx.Response(400, content=throttled.content, headers=usage(estimated_time_to_regain_access=10**400))
    client, script = sync_client(throttled, retry_policy=RetryPolicy(max_retries=2, backoff_base=0.0, jitter=0.0))
    with pytest.raises(RateLimitError) as caught:
        client.account(WABA).get()
    assert len(script.requests) == 3
    assert caught.value.retry_after is None
    str(caught.value)


@pytest.mark.parametrize("header", ["X-App-Usage", "X-Business-Use-Case-Usage"])
def test_a_call_count_too_large_for_a_float_does_not_break_pacing(header: str) -> None:
    huge = {"call_count": 10**400, "total_time": 1, "total_cputime": 1}
    headers = {header: json.dumps(huge)} if header == "X-App-Usage" else usage(call_count=10**400)
    client, script = sync_client(response(200, {"id": WABA}, headers=headers), pacing=Pacing())
    for _ in range(3):
        assert client.account(WABA).get().id == WABA
    assert client.usage.max_percent() <= 10_000
    assert len(script.requests) == 3


@pytest.mark.parametrize(
    "entry",
    [{"call_count": "95"}, {"call_count": True}, {"estimated_time_to_regain_access": "5"},
     {"estimated_time_to_regain_access": -3}, {"call_count": 1e308}, {"type": ["x"]}],
)  # fmt: skip
def test_usage_entries_of_the_wrong_type_are_ignored(entry: dict[str, object]) -> None:
    client, _ = sync_client(response(200, {"id": WABA}, headers=usage(**entry)), pacing=Pacing(threshold=50))
    client.account(WABA).get()
    client.account(WABA).get()
    assert client.usage.entries(WABA) == ()


@pytest.mark.parametrize(
    "item",
    [{"code": "200", "body": "{}"}, {"code": 200, "body": {"id": "1"}}, {"code": None}, {"code": 10**400},
     {"code": True, "body": "{}"}, "null", 7, ["code", 200], {"code": 200, "body": "\"\\ud800\""}],
)  # fmt: skip
def test_batch_items_of_the_wrong_type_fail_their_call_only(item: object) -> None:
    client, _ = sync_client(response(200, [item, {"code": 200, "body": json.dumps({"id": "2"})}]))
    results = client.batch([client.account(WABA).get.prepare(), client.account("2").get.prepare()])
    assert isinstance(results[0].error, UnexpectedResponseError), results[0]
    assert results[1].ok
    str(results[0].error), repr(results[0])


def test_backoff_of_a_huge_retry_count_does_not_overflow() -> None:
    policy = RetryPolicy(max_retries=100_000, backoff_base=1.0, backoff_max=30.0)
    assert policy.backoff(5_000, rng=lambda: 0.0) == 30.0


@pytest.mark.parametrize("value", [float("inf"), float("nan"), -1.0])
def test_retry_policy_refuses_non_finite_waits_with_a_typed_error(value: float) -> None:
    with pytest.raises(ValidationError):
        RetryPolicy(max_wait=value)


def test_deeply_nested_or_circular_arguments_are_a_validation_error() -> None:
    client, script = sync_client(OK)
    nested: list[object] = []
    cursor = nested
    for _ in range(50_000):
        cursor.append([])
        cursor = cursor[0]  # type: ignore[assignment]
    circular: dict[str, object] = {}
    circular["self"] = circular
    for components in (nested, [circular]):
        with pytest.raises(WabaError):
            client.account(WABA).message_templates.create(
                body={"name": "x", "language": "en_US", "category": "UTILITY", "components": components}
            )
    assert script.requests == []


def test_nothing_but_sdk_errors_come_out_of_a_hostile_session() -> None:
    """One session through every kind of hostile answer above: each call gives a result or a WabaError."""
    answers = [response(raw=deep()), response(400, raw=b'{"error":' + deep() + b"}"),
               response(200, {"id": WABA}, headers=usage(call_count=10**400)), response(raw=b"NaN"),
               response(raw=b"1" * 5000), response(raw=b"\xff\xfe"), response(200, [1, 2])]  # fmt: skip
    for answer in answers:
        client, _ = sync_client(Script(answer), pacing=Pacing())
        try:
            client.account(WABA).get()
        except WabaError as exc:
            str(exc), repr(exc)


@pytest.mark.parametrize(
    "call",
    [lambda c: c.account(WABA).message_templates.list(name="\ud800").collect(),
     lambda c: c.account(WABA).get(fields=["id\udcff"]), lambda c: c.batch([1]), lambda c: c.batch("ab"),
     lambda c: c.batch([c.account(WABA).get.prepare()], max_rounds=0)],
    ids=["lone-surrogate-param", "lone-surrogate-field", "not-prepared", "a-string", "zero-rounds"],
)  # fmt: skip
def test_bad_arguments_are_validation_errors_before_any_request(call: object) -> None:
    client, script = sync_client(OK)
    with pytest.raises(ValidationError):
        call(client)  # type: ignore[operator]
    assert script.requests == []
