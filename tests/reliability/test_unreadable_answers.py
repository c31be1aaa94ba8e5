"""Class 3: an unreadable answer is a failed attempt — a truncated or undecodable 2xx body, or a corrupt gzip,
is retried for idempotent calls. Class 5: when a write's answer is lost or unreadable, the error says the write
may have been applied (`may_have_been_applied`), so nobody retries a create blindly."""

from __future__ import annotations

import gzip
import json

import httpx
import pytest

from waba import (
    APIConnectionError,
    APITimeoutError,
    InvalidParameterError,
    NotFoundError,
    UnexpectedResponseError,
    WabaClient,
    WabaError,
)
from waba_sandbox import FaultRates, RunningSandbox, SandboxConfig

from .helpers import WABA, Script, async_client, graph_error, response, sync_client

ACCOUNT = {"id": WABA, "name": "Acme"}
OK = response(200, ACCOUNT)
TEMPLATE = {"name": "order_update", "language": "en_US", "category": "UTILITY",
            "components": [{"type": "BODY", "text": "Your order shipped."}]}  # fmt: skip


def corrupt_gzip(_: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"content-encoding": "gzip"}, stream=httpx.ByteStream(b"\x1f\x8b\x08garbage"))


def good_gzip(_: httpx.Request) -> httpx.Response:
    body = gzip.compress(json.dumps(ACCOUNT).encode())
    return httpx.Response(200, headers={"content-encoding": "gzip"}, stream=httpx.ByteStream(body))


UNREADABLE = {
    "truncated": response(raw=json.dumps(ACCOUNT).encode()[:9]),
    "empty": response(raw=b""),
    "html": response(raw=b"<html>maintenance</html>"),
    "not-utf8": response(raw=b"\xff\xfe\x00"),
    "corrupt-gzip": corrupt_gzip,
}


@pytest.mark.parametrize("kind", UNREADABLE)
def test_an_unreadable_2xx_answer_to_a_get_is_retried(kind: str) -> None:
    client, script = sync_client(UNREADABLE[kind], good_gzip)
    assert client.account(WABA).get().name == "Acme"
    assert len(script.requests) == 2


@pytest.mark.parametrize("kind", UNREADABLE)
async def test_an_unreadable_2xx_answer_is_retried_async(kind: str) -> None:
    client, script = async_client(UNREADABLE[kind], OK)
    assert (await client.account(WABA).get()).name == "Acme"
    assert len(script.requests) == 2


def test_a_delete_is_retried_after_an_unreadable_answer() -> None:
    client, script = sync_client(response(raw=b'{"succ'), response(200, {"success": True}))
    assert client.account(WABA).subscribed_apps.delete().success is True
    assert len(script.requests) == 2


def test_retries_of_unreadable_answers_stop_at_max_retries_with_a_typed_error() -> None:
    client, script = sync_client(response(raw=b'{"id": "1'), max_retries=2)
    with pytest.raises(UnexpectedResponseError, match="3 attempt") as caught:
        client.account(WABA).get()
    assert len(script.requests) == 3
    assert caught.value.http_status == 200
    assert caught.value.may_have_been_applied is False, "a read changes nothing"


def test_the_sandbox_truncated_fault_no_longer_fails_a_get() -> None:
    config = SandboxConfig(seed=5, faults=FaultRates(truncated=0.5))
    with RunningSandbox(config) as sandbox, WabaClient(access_token=sandbox.token, base_url=sandbox.base_url,
                                                       max_retries=20, sleep=lambda _: None) as client:  # fmt: skip
        names = {client.account(sandbox.sandbox.store.main_account).get().name for _ in range(20)}
        assert sandbox.sandbox.faults.injected["truncated"] > 0
    assert names == {"Jasper's Market"}


# -- class 5: writes whose outcome is unknown ------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [response(raw=b'{"id": "17'), response(raw=b""), corrupt_gzip, response(502, raw=b"<html>Bad Gateway</html>"),
     response(504, raw=b""), httpx.RemoteProtocolError("peer closed connection without a response"),
     httpx.ReadError("connection reset"), httpx.ReadTimeout("timed out"), httpx.WriteTimeout("timed out")],
    ids=["truncated", "empty", "corrupt-gzip", "html-502", "empty-504", "dropped", "reset", "read-timeout",
         "write-timeout"],
)  # fmt: skip
def test_a_create_whose_answer_is_lost_may_have_been_applied(answer: object) -> None:
    client, script = sync_client(answer, response(200, {"id": "1", "status": "PENDING", "category": "UTILITY"}))
    with pytest.raises(WabaError) as caught:
        client.account(WABA).message_templates.create(body=TEMPLATE)
    assert len(script.requests) == 1, "a create is never sent twice"
    assert caught.value.may_have_been_applied is True
    assert "may have been applied" in str(caught.value)
    assert isinstance(caught.value, (UnexpectedResponseError, APIConnectionError))


@pytest.mark.parametrize(
    "answer",
    [graph_error(100), graph_error(2, status=503, is_transient=True), httpx.ConnectError("refused"),
     httpx.ConnectTimeout("no route")],
    ids=["graph-100", "graph-transient", "connect-refused", "connect-timeout"],
)  # fmt: skip
def test_a_create_refused_or_never_sent_was_not_applied(answer: object) -> None:
    client, _ = sync_client(answer)
    with pytest.raises(WabaError) as caught:
        client.account(WABA).message_templates.create(body=TEMPLATE)
    assert caught.value.may_have_been_applied is False
    assert "may have been applied" not in str(caught.value)


def test_a_write_answered_2xx_with_a_body_of_the_wrong_shape_was_applied() -> None:
    client, _ = sync_client(response(200, ["not", "an", "object"]))
    with pytest.raises(UnexpectedResponseError) as caught:
        client.account(WABA).message_templates.create(body=TEMPLATE)
    assert caught.value.may_have_been_applied is True


def test_a_delete_retried_after_a_lost_answer_says_the_first_may_have_deleted() -> None:
    client, script = sync_client(httpx.ReadTimeout("timed out"), graph_error(100, error_subcode=33))
    with pytest.raises(NotFoundError) as caught:
        client.account(WABA).subscribed_apps.delete()
    assert len(script.requests) == 2
    assert caught.value.may_have_been_applied is True


async def test_async_writes_say_so_too() -> None:
    client, _ = async_client(httpx.RemoteProtocolError("peer closed connection"))
    with pytest.raises(APIConnectionError) as caught:
        await client.account(WABA).message_templates.create(body=TEMPLATE)
    assert caught.value.may_have_been_applied is True
    client, _ = async_client(httpx.ReadTimeout("timed out"))
    with pytest.raises(APITimeoutError) as timed_out:
        await client.account(WABA).message_templates.create(body=TEMPLATE)
    assert timed_out.value.may_have_been_applied is True


def test_reads_are_never_flagged() -> None:
    client, _ = sync_client(Script(httpx.ReadTimeout("timed out")), max_retries=0)
    with pytest.raises(APITimeoutError) as caught:
        client.account(WABA).get()
    assert caught.value.may_have_been_applied is False
    client, _ = sync_client(graph_error(100))
    with pytest.raises(InvalidParameterError) as invalid:
        client.account(WABA).get()
    assert invalid.value.may_have_been_applied is False


def test_against_the_sandbox_a_truncated_create_is_flagged_and_was_applied() -> None:
    config = SandboxConfig(faults=FaultRates(truncated=1.0))
    with RunningSandbox(config) as sandbox, WabaClient(access_token=sandbox.token, base_url=sandbox.base_url,
                                                       sleep=lambda _: None) as client:  # fmt: skip
        store = sandbox.sandbox.store
        account = store.accounts[store.main_account]
        before = len(account.templates)
        with pytest.raises(UnexpectedResponseError) as caught:
            client.account(store.main_account).message_templates.create(body={**TEMPLATE, "name": "flagged_probe"})
        assert caught.value.may_have_been_applied is True
        assert len(account.templates) == before + 1, "the sandbox did apply it: reading back is the right move"
