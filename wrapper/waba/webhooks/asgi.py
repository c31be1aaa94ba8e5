"""An ASGI app for a webhook endpoint (Starlette, FastAPI, any ASGI server), with no dependency.

    from starlette.applications import Starlette
    from starlette.routing import Route
    from waba.webhooks import asgi_app

    async def on_events(events):              # or a plain function
        for event in events: ...

    app = Starlette(routes=[Route("/webhooks/whatsapp", asgi_app(app_secret=..., verify_token=..., on_events=on_events),
                                  methods=["GET", "POST"])])

GET answers the subscription handshake; POST verifies the signature over the raw body, parses it and passes the
events to `on_events`, then answers 200. A bad signature gets 403, a bad body 400, a body over `max_body_bytes`
413, an exception in `on_events` 500 (Graph retries everything but 200).
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from ..errors import WebhookError
from .events import WebhookEvent
from .receiver import (
    ACKNOWLEDGED,
    DEFAULT_MAX_BODY_BYTES,
    HANDLER_FAILED,
    NOT_ALLOWED,
    TOO_LARGE,
    Reply,
    WebhookReceiver,
    logger,
)
from .signature import SIGNATURE_HEADER

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
AsyncHandler = Callable[[list[WebhookEvent[Any]]], Awaitable[None] | None]
_SIGNATURE = SIGNATURE_HEADER.lower().encode()


class _TooLarge(Exception):
    pass


class WebhookASGIApp:
    """The ASGI app `asgi_app` returns (HTTP only)."""

    def __init__(self, receiver: WebhookReceiver, on_events: AsyncHandler) -> None:
        self.receiver = receiver
        self.on_events = on_events

    def __repr__(self) -> str:
        return f"<WebhookASGIApp {self.receiver!r}>"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":  # served alone (`uvicorn module:app`): nothing to start or stop
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise RuntimeError(f"the webhook endpoint serves HTTP only, not {scope['type']!r}")
        reply = await self._answer(scope, receive)
        headers = [(name.encode(), value.encode()) for name, value in reply.headers]
        headers.append((b"content-length", str(len(reply.body)).encode()))
        await send({"type": "http.response.start", "status": reply.status, "headers": headers})
        await send({"type": "http.response.body", "body": reply.body})

    async def _answer(self, scope: Scope, receive: Receive) -> Reply:
        method = scope["method"]
        if method == "GET":
            return self.receiver.handshake(scope.get("query_string", b"").decode("latin-1"))
        if method != "POST":
            return NOT_ALLOWED
        headers = dict(scope.get("headers", []))
        try:
            body = await self._body(receive, headers.get(b"content-length"))
        except _TooLarge:
            return TOO_LARGE
        # Repeated headers are joined as WSGI servers join them, which no valid signature matches.
        signatures = [value.decode("latin-1") for name, value in scope.get("headers", []) if name == _SIGNATURE]
        try:
            events = self.receiver.receive(body, ", ".join(signatures) if signatures else None)
        except WebhookError as exc:
            return self.receiver.refusal(exc)
        try:
            outcome = self.on_events(events)
            if inspect.isawaitable(outcome):
                await outcome
        except Exception:
            logger.exception("webhook handler failed on %d event(s)", len(events))
            return HANDLER_FAILED
        return ACKNOWLEDGED

    async def _body(self, receive: Receive, declared: bytes | None) -> bytes:
        limit = self.receiver.max_body_bytes
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            raise _TooLarge
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise _TooLarge
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def asgi_app(
    *, app_secret: str, verify_token: str, on_events: AsyncHandler, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
) -> WebhookASGIApp:
    """An ASGI app serving the webhook endpoint: handshake on GET, verified and parsed deliveries on POST.

    `on_events` gets the events of each delivery (it may be a coroutine function); the delivery is acknowledged
    with 200 once it returns. Raises ValidationError for an empty secret or token or a bad `max_body_bytes`.
    """
    return WebhookASGIApp(
        WebhookReceiver(app_secret=app_secret, verify_token=verify_token, max_body_bytes=max_body_bytes), on_events
    )
