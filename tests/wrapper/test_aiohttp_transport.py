"""The `aiohttp` extra: AsyncWabaClient over waba.aiohttp_transport.AiohttpTransport, against real servers on
127.0.0.1 — the sandbox under uvicorn for what works, small asyncio servers for what breaks."""

from __future__ import annotations

import asyncio
import logging
import socket
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import httpx
import pytest
from httpx_aiohttp import AiohttpTransport as StockAiohttpTransport

from waba import AsyncWabaClient
from waba.aiohttp_transport import INSTALL_HINT, AiohttpTransport, classified
from waba.errors import APIConnectionError, APITimeoutError
from waba_sandbox import RunningSandbox, SandboxConfig

TOKEN = "EAAtokenAiohttpSecret123"
APP_SECRET = "aiohttp-app-secret-456"
BODY = {
    "name": "aiohttp_hello",
    "language": "en_US",
    "category": "UTILITY",
    "components": [{"type": "BODY", "text": "Hello {{1}}, your parcel is ready.", "example": {"body_text": [["Ana"]]}}],
}
Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def read_request(reader: asyncio.StreamReader) -> bytes:
    """One request head and its Content-Length body."""
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.lower().split(b"\r\n"):
        if line.startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    assert b"transfer-encoding" not in head.lower(), "a body in memory must not be sent chunked"
    return head + (await reader.readexactly(length) if length else b"")


@asynccontextmanager
async def fault_server(answer: Callable[[asyncio.StreamWriter], Awaitable[None]]) -> AsyncIterator[tuple[str, list]]:
    """A loopback server that reads each request, records it, then lets `answer` do something broken."""
    received: list[bytes] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            received.append(await read_request(reader))
            await answer(writer)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        yield f"http://127.0.0.1:{port}", received


async def hang_up(writer: asyncio.StreamWriter) -> None:
    """Close the connection without answering."""


async def never_answer(writer: asyncio.StreamWriter) -> None:
    await asyncio.sleep(5)


async def not_http(writer: asyncio.StreamWriter) -> None:
    writer.write(b"SPEAKING NONSENSE\r\n\r\n")
    await writer.drain()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def client_for(base_url: str, **options: object) -> AsyncWabaClient:
    return AsyncWabaClient(
        access_token=TOKEN, app_secret=APP_SECRET, base_url=base_url, transport=AiohttpTransport(), **options
    )


def assert_no_secret(*texts: str) -> None:
    for text in texts:
        assert TOKEN not in text
        assert APP_SECRET not in text
        assert "appsecret_proof=" not in text or "appsecret_proof=***" in text or "appsecret_proof=%2A" in text


async def test_reads_pages_and_writes_through_the_sandbox_like_httpx_does() -> None:
    config = SandboxConfig(app_secret=APP_SECRET)
    with RunningSandbox(config) as sandbox:
        waba_id = sandbox.sandbox.store.main_account

        async def run(transport: httpx.AsyncBaseTransport | None) -> tuple[object, list[str], str]:
            async with AsyncWabaClient(
                access_token=sandbox.token, app_secret=APP_SECRET, base_url=sandbox.base_url, transport=transport
            ) as client:
                account = client.account(waba_id)
                node = await account.get(fields=["id", "name", "currency"])
                names = [t.name async for t in account.message_templates.list(limit=50)]
                created = await account.message_templates.create(body={**BODY, "name": f"aio_{len(names)}"})
                return node, names, created.id

        node, names, created_id = await run(AiohttpTransport())
        reference, reference_names, _ = await run(None)
        assert node == reference
        assert len(names) > 50  # more than one page was followed
        assert reference_names == [f"aio_{len(names)}", *names]  # the same listing, and the write landed (newest first)
        assert created_id in sandbox.sandbox.store.accounts[waba_id].templates


async def test_a_refused_connection_was_never_sent_so_a_write_is_not_marked_ambiguous() -> None:
    async with client_for(f"http://127.0.0.1:{closed_port()}", max_retries=1) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.account("102290129340398").message_templates.create(body=BODY)
    assert not isinstance(caught.value, APITimeoutError)
    assert caught.value.may_have_been_applied is False
    assert "ClientConnectorError" in str(caught.value)
    assert_no_secret(str(caught.value), repr(caught.value))


async def test_a_server_that_hangs_up_after_a_write_may_have_applied_it() -> None:
    async with fault_server(hang_up) as (url, received):
        async with client_for(url, max_retries=2) as client:
            with pytest.raises(APIConnectionError) as caught:
                await client.account("102290129340398").message_templates.create(body=BODY)
    assert len(received) == 1  # a write is not retried on a guess
    assert caught.value.may_have_been_applied is True
    assert b'"name":"aiohttp_hello"' in received[0].replace(b" ", b"")


async def test_stock_httpx_aiohttp_would_call_the_same_hang_up_never_sent() -> None:
    """Why the SDK classifies failures itself: the stock mapping reports a disconnect as a connect timeout."""
    async with fault_server(hang_up) as (url, _):
        transport = StockAiohttpTransport()
        try:
            with pytest.raises(httpx.ConnectTimeout):
                await transport.handle_async_request(httpx.Request("POST", f"{url}/x", content=b"{}"))
        finally:
            await transport.aclose()


async def test_reads_are_retried_after_a_hang_up() -> None:
    async with fault_server(hang_up) as (url, received):
        async with client_for(url, max_retries=2) as client:
            with pytest.raises(APIConnectionError) as caught:
                await client.account("102290129340398").get(fields=["id"])
    # Three attempts by the SDK; aiohttp itself sends an idempotent request once more when a connection drops.
    assert len(received) in (3, 6)
    assert "after 3 attempt(s)" in str(caught.value)
    assert caught.value.may_have_been_applied is False


async def test_a_read_timeout_is_a_typed_timeout_and_a_write_may_have_been_applied() -> None:
    async with fault_server(never_answer) as (url, received):
        async with client_for(url, max_retries=0, timeout=0.3) as client:
            with pytest.raises(APITimeoutError) as caught:
                await client.account("102290129340398").message_templates.create(body=BODY)
    assert len(received) == 1
    assert caught.value.may_have_been_applied is True


async def test_an_answer_that_is_not_http_is_typed_and_keeps_secrets_out(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    async with fault_server(not_http) as (url, received):
        async with client_for(url, max_retries=0) as client:
            with pytest.raises(APIConnectionError) as caught:
                await client.account("102290129340398").get(fields=["id"])
    assert b"appsecret_proof=" in received[0]  # the proof was sent, and is nowhere in what the user sees
    proof = received[0].split(b"appsecret_proof=", 1)[1].split(b" ", 1)[0].split(b"&", 1)[0].decode()
    for text in (str(caught.value), repr(caught.value), caplog.text):
        assert_no_secret(text)
        assert proof not in text


async def test_anything_that_is_not_a_network_failure_is_left_as_it_is() -> None:
    request = httpx.Request("GET", "http://127.0.0.1/")
    bug = TypeError("a programming error")
    assert classified(bug, request) is bug
    timeout = classified(TimeoutError(), request)
    assert isinstance(timeout, httpx.ReadTimeout)


def test_without_the_extra_the_import_says_what_to_install() -> None:
    code = (
        "import sys; sys.modules['aiohttp'] = None\n"
        "try:\n    import waba.aiohttp_transport\nexcept ImportError as exc:\n    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert INSTALL_HINT in out
    assert "missing: aiohttp" in out


def test_import_waba_does_not_load_aiohttp() -> None:
    code = "import sys, waba; print('aiohttp' in sys.modules, 'httpx_aiohttp' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
