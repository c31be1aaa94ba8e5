"""A WSGI app for a webhook endpoint (Flask, Django, any WSGI server), with no dependency.

    from wsgiref.simple_server import make_server
    from waba.webhooks import wsgi_app

    def on_events(events):
        for event in events: ...

    app = wsgi_app(app_secret=..., verify_token=..., on_events=on_events)
    make_server("127.0.0.1", 8080, app).serve_forever()

Mount it under a path with your framework's dispatcher (Werkzeug's `DispatcherMiddleware`, Django's
`WSGIHandler` routing), or serve it alone. GET answers the handshake; POST verifies the signature over the raw
body, parses it and passes the events to `on_events`, then answers 200. A bad signature gets 403, a bad body
400, a body over `max_body_bytes` 413, a body of unknown length 411, an exception in `on_events` 500.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any
from wsgiref.types import StartResponse, WSGIEnvironment

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

Handler = Callable[[list[WebhookEvent[Any]]], object]
LENGTH_REQUIRED = Reply.text(411, "Send the body with a Content-Length.")
_STATUS = {200: "OK", 400: "Bad Request", 403: "Forbidden", 405: "Method Not Allowed", 411: "Length Required",
           413: "Content Too Large", 500: "Internal Server Error"}  # fmt: skip


class WebhookWSGIApp:
    """The WSGI app `wsgi_app` returns."""

    def __init__(self, receiver: WebhookReceiver, on_events: Handler) -> None:
        self.receiver = receiver
        self.on_events = on_events

    def __repr__(self) -> str:
        return f"<WebhookWSGIApp {self.receiver!r}>"

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        reply = self._answer(environ)
        headers = [*reply.headers, ("content-length", str(len(reply.body)))]
        start_response(f"{reply.status} {_STATUS[reply.status]}", headers)
        return [reply.body]

    def _answer(self, environ: WSGIEnvironment) -> Reply:
        method = environ.get("REQUEST_METHOD", "GET")
        if method == "GET":
            return self.receiver.handshake(environ.get("QUERY_STRING", ""))
        if method != "POST":
            return NOT_ALLOWED
        body = self._body(environ)
        if isinstance(body, Reply):
            return body
        try:
            events = self.receiver.receive(body, environ.get("HTTP_X_HUB_SIGNATURE_256"))
        except WebhookError as exc:
            return self.receiver.refusal(exc)
        try:
            self.on_events(events)
        except Exception:
            logger.exception("webhook handler failed on %d event(s)", len(events))
            return HANDLER_FAILED
        return ACKNOWLEDGED

    def _body(self, environ: WSGIEnvironment) -> bytes | Reply:
        limit = self.receiver.max_body_bytes
        declared = str(environ.get("CONTENT_LENGTH") or "").strip()
        stream = environ["wsgi.input"]
        if declared:
            if not declared.isdigit():
                return LENGTH_REQUIRED
            if int(declared) > limit:
                return TOO_LARGE
            return bytes(stream.read(int(declared)))
        if environ.get("wsgi.input_terminated"):
            body = bytes(stream.read(limit + 1))
            return TOO_LARGE if len(body) > limit else body
        return LENGTH_REQUIRED


def wsgi_app(
    *, app_secret: str, verify_token: str, on_events: Handler, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
) -> WebhookWSGIApp:
    """A WSGI app serving the webhook endpoint: handshake on GET, verified and parsed deliveries on POST.

    `on_events` gets the events of each delivery; the delivery is acknowledged with 200 once it returns.
    Raises ValidationError for an empty secret or token or a bad `max_body_bytes`.
    """
    return WebhookWSGIApp(
        WebhookReceiver(app_secret=app_secret, verify_token=verify_token, max_body_bytes=max_body_bytes), on_events
    )
