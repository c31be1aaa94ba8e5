"""Webhook test helpers, written independently of the SDK and the sandbox: Graph-style bodies, stdlib signing,
the spec's webhook examples, and loopback servers for receivers."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server
from wsgiref.types import WSGIApplication

SECRET = "webhook-app-secret-canary-7f3a91"
VERIFY_TOKEN = "verify-token-canary-19c2"
WABA = "102290129340398"
TIME = 1751247548


def graph_body(payload: Any) -> bytes:
    """JSON encoded as Graph encodes webhook bodies: compact, non-ASCII escaped (lowercase hex), `/` escaped."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=True).replace("/", "\\/").encode()


def sign(body: bytes, secret: str = SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def notification(*changes: tuple[str, Any], waba: str = WABA, time: int | None = TIME) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": waba, "changes": [{"field": field, "value": value} for field, value in changes]}
    if time is not None:
        entry["time"] = time
    return {"object": "whatsapp_business_account", "entry": [entry]}


STATUS_APPROVED = {
    "event": "APPROVED",
    "message_template_id": 1627019861106475,
    "message_template_name": "order_update",
    "message_template_language": "en_US",
    "reason": "NONE",
    "message_template_category": "UTILITY",
}


def spec_webhook_examples(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(webhook name, example name, example body) of every example of the spec's `webhooks`."""
    found = []
    for name, item in spec["webhooks"].items():
        media = item["post"]["requestBody"]["content"]["application/json"]
        if "example" in media:
            found.append((name, "example", media["example"]))
        for example_name, example in media.get("examples", {}).items():
            found.append((name, example_name, example["value"]))
    return found


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve_wsgi(app: WSGIApplication) -> Iterator[str]:
    """`app` under the stdlib's wsgiref server on 127.0.0.1; yields its origin."""
    server: WSGIServer = make_server("127.0.0.1", 0, app, handler_class=_Quiet)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)
