"""Retries: one transport, sync and async; backoff with jitter; only safe methods for transient failures."""

from __future__ import annotations

import httpx
import pytest

from waba import RetryPolicy, errors

from .helpers import WABA, Script, Sleeps, graph_error, make_async_client, make_client, usage_header

OK = httpx.Response(200, json={"id": WABA, "name": "Acme"})
SUCCESS = httpx.Response(200, json={"success": True})


def test_transient_get_is_retried_with_exponential_backoff() -> None:
    script = Script(graph_error(2, transient=True, status=503), graph_error(1, status=500), OK)
    sleeps = Sleeps()
    client = make_client(script, sleeps, retry_policy=RetryPolicy(backoff_base=0.5, jitter=0.0))
    assert client.account(WABA).get().name == "Acme"
    assert len(script.requests) == 3
    assert sleeps.calls == [0.5, 1.0]


def test_jitter_shortens_waits_within_bounds() -> None:
    policy = RetryPolicy(backoff_base=1.0, backoff_max=8.0, jitter=0.25)
    assert policy.backoff(0, rng=lambda: 0.0) == 1.0
    assert policy.backoff(0, rng=lambda: 1.0) == 0.75
    assert policy.backoff(3, rng=lambda: 0.0) == 8.0
    assert policy.backoff(10, rng=lambda: 0.5) == 8.0 * 0.875


def test_transient_post_is_not_retried() -> None:
    script = Script(graph_error(2, transient=True, status=500), SUCCESS)
    client = make_client(script)
    with pytest.raises(errors.TransientError):
        client.account(WABA).assigned_users.create(body={"user": "5", "tasks": ["MANAGE"]})
    assert len(script.requests) == 1


def test_dropped_connection_on_post_is_not_retried_but_on_delete_it_is() -> None:
    script = Script(httpx.RemoteProtocolError("peer closed connection"), SUCCESS)
    client = make_client(script)
    with pytest.raises(errors.APIConnectionError):
        client.account(WABA).subscribed_apps.create()
    assert len(script.requests) == 1
    script = Script(httpx.RemoteProtocolError("peer closed connection"), SUCCESS)
    assert make_client(script).account(WABA).subscribed_apps.delete().success is True
    assert len(script.requests) == 2


def test_throttled_post_is_retried_after_the_regain_time() -> None:
    throttled = graph_error(80008, transient=True, headers=usage_header(WABA, regain_minutes=0, percent=100))
    script = Script(throttled, SUCCESS)
    sleeps = Sleeps()
    client = make_client(script, sleeps, retry_policy=RetryPolicy(backoff_base=0.25, jitter=0.0))
    assert client.account(WABA).assigned_users.create(body={"user": "5", "tasks": ["MANAGE"]}).success
    assert len(script.requests) == 2
    assert sleeps.calls == [0.25]


def test_wait_honours_estimated_time_to_regain_access_up_to_the_cap() -> None:
    script = Script(graph_error(80008, headers=usage_header(WABA, regain_minutes=1)), OK)
    sleeps = Sleeps()
    client = make_client(script, sleeps, retry_policy=RetryPolicy(max_wait=90))
    client.account(WABA).get()
    assert sleeps.calls == [60.0]


def test_beyond_the_cap_rate_limit_error_is_raised_with_retry_after() -> None:
    script = Script(graph_error(80008, headers=usage_header(WABA, regain_minutes=10)), OK)
    sleeps = Sleeps()
    client = make_client(script, sleeps, retry_policy=RetryPolicy(max_wait=60))
    with pytest.raises(errors.RateLimitError) as caught:
        client.account(WABA).get()
    assert caught.value.retry_after == 600
    assert sleeps.calls == []
    assert len(script.requests) == 1


def test_retries_stop_at_max_retries() -> None:
    script = Script(graph_error(1, status=500))
    sleeps = Sleeps()
    client = make_client(script, sleeps, max_retries=2)
    with pytest.raises(errors.TransientError):
        client.account(WABA).get()
    assert len(script.requests) == 3
    assert len(sleeps.calls) == 2


def test_max_retries_zero_disables_retrying() -> None:
    script = Script(graph_error(4, status=400), OK)
    client = make_client(script, max_retries=0)
    with pytest.raises(errors.RateLimitError):
        client.account(WABA).get()
    assert len(script.requests) == 1


def test_html_502_from_a_proxy_is_retried_for_get() -> None:
    script = Script(httpx.Response(502, text="<html>Bad Gateway</html>"), OK)
    client = make_client(script)
    assert client.account(WABA).get().id == WABA
    assert len(script.requests) == 2


def test_fatal_errors_are_not_retried() -> None:
    script = Script(graph_error(100), OK)
    with pytest.raises(errors.InvalidParameterError):
        make_client(script).account(WABA).get()
    assert len(script.requests) == 1


def test_policy_rejects_nonsense() -> None:
    with pytest.raises(errors.ValidationError, match="`max_retries` must be an integer >= 0, got -1"):
        RetryPolicy(max_retries=-1)
    with pytest.raises(errors.ValidationError, match="`jitter` must be a number between 0 and 1"):
        RetryPolicy(jitter=2)
    with pytest.raises(errors.ValidationError, match="`max_wait` must be a finite number of seconds"):
        RetryPolicy(max_wait="60")  # type: ignore[arg-type]
    with pytest.raises(errors.ValidationError):
        make_client(Script(OK), max_retries=-2)


async def test_async_client_uses_the_same_retry_transport() -> None:
    script = Script(httpx.ConnectError("refused"), graph_error(2, transient=True), OK)
    sleeps = Sleeps()
    client = make_async_client(script, sleeps, retry_policy=RetryPolicy(jitter=0.0, backoff_base=1.0))
    account = await client.account(WABA).get()
    assert account.name == "Acme"
    assert sleeps.calls == [1.0, 2.0]
    script = Script(graph_error(2, transient=True), SUCCESS)
    client = make_async_client(script)
    with pytest.raises(errors.TransientError):
        await client.account(WABA).update(body={"template_auto_archival_enabled": True})
    assert len(script.requests) == 1
