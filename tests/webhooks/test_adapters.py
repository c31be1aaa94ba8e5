"""The ASGI adapter mounted in Starlette under uvicorn, and the WSGI adapter under wsgiref: real servers on
127.0.0.1, real HTTP requests, the same behaviour."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Mount, Route

from waba.errors import ValidationError
from waba.webhooks import WebhookEvent, asgi_app, wsgi_app
from waba_api.models import MessageTemplateStatusUpdateValue, TemplateStatusEvent
from waba_sandbox import LoopbackServer

from .helpers import SECRET, STATUS_APPROVED, VERIFY_TOKEN, graph_body, notification, serve_wsgi, sign

BODY = graph_body(notification(("message_template_status_update", STATUS_APPROVED)))
LIMIT = 64 * 1024


@dataclass
class Endpoint:
    """A running webhook endpoint, what its handler received, and a switch to make the handler fail."""

    url: str
    kind: str
    received: list[list[WebhookEvent[Any]]] = field(default_factory=list)
    fail: bool = False

    def handle(self, events: list[WebhookEvent[Any]]) -> None:
        if self.fail:
            raise RuntimeError("the application's handler broke")
        self.received.append(events)


def asgi_endpoint(endpoint: Endpoint, *, coroutine: bool) -> Any:
    async def handle_async(events: list[WebhookEvent[Any]]) -> None:
        await asyncio.sleep(0)
        endpoint.handle(events)

    handler: Callable[..., Any] = handle_async if coroutine else endpoint.handle
    return asgi_app(app_secret=SECRET, verify_token=VERIFY_TOKEN, on_events=handler, max_body_bytes=LIMIT)


@pytest.fixture(params=["asgi-in-starlette", "asgi-mounted-async", "wsgi-in-wsgiref"])
def endpoint(request: pytest.FixtureRequest) -> Iterator[Endpoint]:
    kind = request.param
    if kind.startswith("wsgi"):
        holder = Endpoint("", kind)
        app = wsgi_app(app_secret=SECRET, verify_token=VERIFY_TOKEN, on_events=holder.handle, max_body_bytes=LIMIT)
        with serve_wsgi(app) as origin:
            holder.url = origin + "/"
            yield holder
        return
    holder = Endpoint("", kind)
    routes = [
        Route("/webhooks/whatsapp", asgi_endpoint(holder, coroutine=False), methods=["GET", "POST"]),
        Mount("/mounted", app=asgi_endpoint(holder, coroutine=True)),
    ]
    with LoopbackServer(Starlette(routes=routes)) as server:
        holder.url = server.base_url + ("/webhooks/whatsapp" if kind == "asgi-in-starlette" else "/mounted/")
        yield holder


def post(url: str, body: bytes, signature: str | None, **headers: str) -> httpx.Response:
    sent = {"Content-Type": "application/json", **headers}
    if signature is not None:
        sent["X-Hub-Signature-256"] = signature
    return httpx.post(url, content=body, headers=sent, timeout=10)


def test_the_handshake_echoes_the_challenge_and_refuses_a_wrong_token(endpoint: Endpoint) -> None:
    ok = httpx.get(endpoint.url, params={"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN,
                                         "hub.challenge": "1158201444"})  # fmt: skip
    assert (ok.status_code, ok.text) == (200, "1158201444")
    assert ok.headers["content-type"].startswith("text/plain") and ok.headers["x-content-type-options"] == "nosniff"
    bad = httpx.get(endpoint.url, params={"hub.mode": "subscribe", "hub.verify_token": "nope", "hub.challenge": "1"})
    assert bad.status_code == 403 and VERIFY_TOKEN not in bad.text


def test_a_signed_delivery_reaches_the_handler_typed_and_gets_200(endpoint: Endpoint) -> None:
    answer = post(endpoint.url, BODY, sign(BODY))
    assert (answer.status_code, answer.text) == (200, "OK")
    ((event,),) = endpoint.received
    assert isinstance(event.value, MessageTemplateStatusUpdateValue)
    assert event.value.event is TemplateStatusEvent.APPROVED


@pytest.mark.parametrize(
    ("body", "signature", "status", "says"),
    [
        (BODY, None, 403, "no X-Hub-Signature-256"),
        (BODY, sign(BODY, "someone-else"), 403, "does not match"),
        (BODY.replace(b"APPROVED", b"REJECTED"), sign(BODY), 403, "does not match"),
        (BODY[:-5], sign(BODY), 403, "does not match"),
        (b"{not json", sign(b"{not json"), 400, "not valid JSON"),
        (b'{"object":"page","entry":[]}', sign(b'{"object":"page","entry":[]}'), 400, "object must be"),
    ],
)
def test_refused_deliveries_never_reach_the_handler(
    endpoint: Endpoint, body: bytes, signature: str | None, status: int, says: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="waba.webhooks"):
        answer = post(endpoint.url, body, signature)
    assert answer.status_code == status and says in answer.text
    assert endpoint.received == []
    assert any("refused" in record.getMessage() for record in caplog.records)
    assert SECRET not in answer.text + caplog.text


def test_a_failing_handler_gets_500_so_graph_retries(endpoint: Endpoint, caplog: pytest.LogCaptureFixture) -> None:
    endpoint.fail = True
    with caplog.at_level(logging.ERROR, logger="waba.webhooks"):
        answer = post(endpoint.url, BODY, sign(BODY))
    assert answer.status_code == 500
    assert "handler failed" in caplog.text and "the application's handler broke" in caplog.text


def test_bodies_over_the_limit_get_413_unread(endpoint: Endpoint) -> None:
    big = b" " * (LIMIT + 1)
    answer = post(endpoint.url, big, sign(big))
    assert answer.status_code == 413 and endpoint.received == []


def test_other_methods_get_405(endpoint: Endpoint) -> None:
    answer = httpx.put(endpoint.url, content=b"{}")
    assert answer.status_code == 405  # from the adapter, or from Starlette's Route(methods=[...]) before it
    assert {"GET", "POST"} <= {method.strip() for method in answer.headers["allow"].split(",")}


def test_a_chunked_body_is_read_within_the_limit(endpoint: Endpoint) -> None:
    def chunks(body: bytes) -> Iterator[bytes]:
        yield from (body[i : i + 100] for i in range(0, len(body), 100))

    small = httpx.post(endpoint.url, content=chunks(BODY), headers={"X-Hub-Signature-256": sign(BODY)})
    big = b" " * (LIMIT + 10)
    large = httpx.post(endpoint.url, content=chunks(big), headers={"X-Hub-Signature-256": sign(big)})
    if endpoint.kind.startswith("wsgi"):  # wsgiref cannot read chunked bodies: the adapter asks for a length
        assert (small.status_code, large.status_code) == (411, 411)
    else:
        assert (small.status_code, large.status_code) == (200, 413)
        assert len(endpoint.received) == 1


def test_the_adapters_hide_their_secrets_and_check_their_settings() -> None:
    for factory in (asgi_app, wsgi_app):
        app = factory(app_secret=SECRET, verify_token=VERIFY_TOKEN, on_events=print)
        assert SECRET not in repr(app) and VERIFY_TOKEN not in repr(app) and "***" in repr(app)
        with pytest.raises(ValidationError, match="app_secret"):
            factory(app_secret="", verify_token=VERIFY_TOKEN, on_events=print)
        with pytest.raises(ValidationError, match="verify_token"):
            factory(app_secret=SECRET, verify_token="", on_events=print)
        with pytest.raises(ValidationError, match="max_body_bytes"):
            factory(app_secret=SECRET, verify_token=VERIFY_TOKEN, on_events=print, max_body_bytes=0)


def test_a_repeated_signature_header_is_refused(endpoint: Endpoint) -> None:
    headers = [("X-Hub-Signature-256", sign(BODY)), ("X-Hub-Signature-256", sign(BODY))]
    answer = httpx.post(endpoint.url, content=BODY, headers=headers)
    assert answer.status_code == 403 and "malformed" in answer.text
    assert endpoint.received == []


def test_the_bare_asgi_app_answers_the_lifespan_protocol() -> None:
    app = asgi_app(app_secret=SECRET, verify_token=VERIFY_TOKEN, on_events=print)
    incoming = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return incoming.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app({"type": "lifespan"}, receive, send))
    assert sent == [{"type": "lifespan.startup.complete"}, {"type": "lifespan.shutdown.complete"}]
    with pytest.raises(RuntimeError, match="HTTP only"):
        asyncio.run(app({"type": "websocket"}, receive, send))
