"""`client.with_options(...)`: per-call timeout and retry policy on the same connection pool, both clients."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from waba import (
    APITimeoutError,
    AsyncWabaClient,
    ClientClosedError,
    ConfigurationError,
    RetryPolicy,
    TransientError,
    ValidationError,
    WabaClient,
)

from .helpers import TOKEN, WABA, Script, graph_error, make_async_client, make_client

OK = httpx.Response(200, json={"id": WABA, "name": "Acme"})
SLOW = "100000000000001"


class Recording(httpx.MockTransport):
    """A mock transport that keeps the extensions each request reached it with."""

    def __init__(self, script: Script) -> None:
        super().__init__(script)
        self.extensions: list[dict[str, Any]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.extensions.append(dict(request.extensions))
        return super().handle_request(request)


def test_the_options_travel_in_each_request_and_nothing_shared_changes() -> None:
    inner = Recording(Script(OK))
    client = WabaClient(access_token=TOKEN, transport=inner, max_retries=3)
    quick = client.with_options(timeout=2.5, max_retries=0)
    quick.account(WABA).get()
    client.account(WABA).get()
    derived, root = inner.extensions
    assert derived["waba.retry_policy"].max_retries == 0
    assert derived["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    assert root["waba.retry_policy"] is client.retry_policy and client.retry_policy.max_retries == 3
    assert root["timeout"]["read"] == 30.0 and root["timeout"]["connect"] == 10.0
    assert (quick.retry_policy.max_retries, quick.timeout.read) == (0, 2.5)
    assert (client.retry_policy.max_retries, client.timeout.read) == (3, 30.0)


def test_the_retry_policy_takes_effect_per_call() -> None:
    script = Script(graph_error(2, transient=True, status=503))
    client = make_client(script, max_retries=2)
    once = client.with_options(max_retries=0)
    with pytest.raises(TransientError):
        once.account(WABA).get()
    assert len(script.requests) == 1
    with pytest.raises(TransientError):
        client.account(WABA).get()
    assert len(script.requests) == 1 + 3
    with pytest.raises(TransientError):
        once.account(WABA).get()
    assert len(script.requests) == 1 + 3 + 1


async def test_the_retry_policy_takes_effect_per_call_async() -> None:
    script = Script(graph_error(2, transient=True, status=503))
    client = make_async_client(script, max_retries=2)
    patient = client.with_options(retry_policy=RetryPolicy(max_retries=5, backoff_base=0), max_retries=4)
    assert patient.retry_policy == RetryPolicy(max_retries=4, backoff_base=0)
    with pytest.raises(TransientError):
        await patient.account(WABA).get()
    assert len(script.requests) == 5
    with pytest.raises(TransientError):
        await client.account(WABA).get()
    assert len(script.requests) == 5 + 3
    await client.close()


def test_unusable_options_are_refused() -> None:
    client = WabaClient(access_token=TOKEN)
    with pytest.raises(ValidationError, match="max_retries"):
        client.with_options(max_retries=-1)
    with pytest.raises(ConfigurationError, match="timeout"):
        client.with_options(timeout=0)
    assert client.with_options().retry_policy == client.retry_policy


class Graph(BaseHTTPRequestHandler):
    """A loopback HTTP/1.1 server (keep-alive) answering account reads; SLOW answers after a second."""

    protocol_version = "HTTP/1.1"
    connections: set[int]

    def do_GET(self) -> None:
        self.connections.add(self.client_address[1])
        if SLOW in self.path:
            time.sleep(1.0)
        body = json.dumps({"id": WABA, "name": "Acme"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture
def loopback() -> Iterator[tuple[str, set[int]]]:
    """(base URL of a local server, the client ports of the connections it accepted)."""
    connections: set[int] = set()
    handler = type("Handler", (Graph,), {"connections": connections})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", connections
    server.shutdown()
    server.server_close()


def test_derived_clients_share_the_connection_and_do_not_close_it(loopback: tuple[str, set[int]]) -> None:
    base_url, connections = loopback
    with WabaClient(access_token=TOKEN, base_url=base_url) as client:
        with client.with_options(max_retries=0) as derived:
            assert derived.account(WABA).get().name == "Acme"
        assert derived.is_closed is False, "leaving the derived client's block closes nothing"
        assert client.account(WABA).get().name == "Acme"
        derived.close()
        assert client.with_options(timeout=5).account(WABA).get().id == WABA
        assert len(connections) == 1, "one keep-alive connection served all three clients"
    assert derived.is_closed, "the pool closed with the client that created it"
    with pytest.raises(ClientClosedError, match="closed"):
        derived.account(WABA).get()
    with pytest.raises(ClientClosedError):
        client.account(WABA).message_templates.list().first_page()


async def test_async_derived_clients_share_the_connection(loopback: tuple[str, set[int]]) -> None:
    base_url, connections = loopback
    async with AsyncWabaClient(access_token=TOKEN, base_url=base_url) as client:
        async with client.with_options(max_retries=0) as derived:
            assert (await derived.account(WABA).get()).name == "Acme"
        assert (await client.account(WABA).get()).name == "Acme"
        assert len(connections) == 1
    assert derived.is_closed
    with pytest.raises(ClientClosedError):
        await derived.account(WABA).get()


def test_a_per_call_timeout_applies_to_that_client_only(loopback: tuple[str, set[int]]) -> None:
    base_url, _ = loopback
    with WabaClient(access_token=TOKEN, base_url=base_url, max_retries=0) as client:
        impatient = client.with_options(timeout=0.2)
        with pytest.raises(APITimeoutError):
            impatient.account(SLOW).get()
        assert client.account(SLOW).get().id == WABA
