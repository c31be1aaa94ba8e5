"""Webhook deliveries: the sandbox POSTs each notification to the configured loopback URL, signed as Graph signs
(`X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the body keyed by the app secret>`, stdlib `hmac`), and keeps a
log of every delivery and attempt.

As on Graph, only a 200 answer acknowledges a delivery; anything else (another status, a refused connection, a
timeout) is a failure, retried at once and then after growing delays (`SandboxConfig.webhook_retry_delays`,
Graph's 36 hours compressed to seconds) before the delivery is dropped. Bodies are encoded like Graph's: compact
JSON with non-ASCII characters escaped (`\\u00e9`) and slashes escaped (`\\/`), so a receiver that verifies
re-serialised JSON instead of the raw bytes fails here as it would in production.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import http.client
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .scheduler import Scheduler

SIGNATURE_HEADER = "X-Hub-Signature-256"
USER_AGENT = "waba-sandbox-webhooks/1.0"


def graph_json(payload: Any) -> bytes:
    """`payload` encoded as Graph encodes webhook bodies."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=True).replace("/", "\\/").encode()


def sign(body: bytes, app_secret: str) -> str:
    """The `X-Hub-Signature-256` value for `body`."""
    return "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


def notification(waba_id: str, time_: int, field: str, value: Any) -> dict[str, Any]:
    """The webhook envelope of one change, keys in Graph's order."""
    return {"entry": [{"id": waba_id, "time": time_, "changes": [{"value": value, "field": field}]}],
            "object": "whatsapp_business_account"}  # fmt: skip


@dataclass
class Attempt:
    """One POST of a delivery: when, the status answered (None without an answer), the error, the duration."""

    at: float
    status: int | None
    error: str | None
    seconds: float

    def to_json(self) -> dict[str, Any]:
        """As the admin endpoint shows it."""
        return {"at": round(self.at, 3), "status": self.status, "error": self.error, "seconds": round(self.seconds, 4)}


@dataclass
class Delivery:
    """One notification and what became of it: `pending`, `retrying`, `delivered` or `dropped`."""

    id: int
    field: str
    waba_id: str
    body: bytes
    created: float
    state: str = "pending"
    attempts: list[Attempt] = dataclasses.field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """As the admin endpoint shows it (the body, never the signature)."""
        return {"id": self.id, "field": self.field, "waba_id": self.waba_id, "state": self.state,
                "created": round(self.created, 3), "attempts": [a.to_json() for a in self.attempts],
                "body": json.loads(self.body)}  # fmt: skip


class WebhookDispatcher:
    """Signs, POSTs, retries and logs the sandbox's webhook deliveries to one loopback URL."""

    def __init__(
        self,
        url: str,
        app_secret: str,
        scheduler: Scheduler,
        *,
        clock: Callable[[], float],
        retry_delays: tuple[float, ...],
        timeout: float,
        report: Callable[[Delivery, Attempt], None] | None = None,
    ) -> None:
        self.url = url
        self._secret = app_secret
        self._scheduler = scheduler
        self._clock = clock
        self._retry_delays = retry_delays
        self._timeout = timeout
        self._report = report
        self._log: list[Delivery] = []
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<WebhookDispatcher to {self.url}, {len(self._log)} deliveries>"

    def notify(self, waba_id: str, field: str, value: Any) -> Delivery:
        """Queue a notification of one change; its first attempt is made at once (in the scheduler's thread)."""
        now = self._clock()
        body = graph_json(notification(waba_id, int(now), field, value))
        with self._lock:
            delivery = Delivery(len(self._log) + 1, field, waba_id, body, now)
            self._log.append(delivery)
        self._scheduler.call_later(0.0, lambda: self._attempt(delivery))
        return delivery

    def deliveries(self) -> list[Delivery]:
        """The log, oldest first."""
        with self._lock:
            return list(self._log)

    def _attempt(self, delivery: Delivery) -> None:
        started = time.monotonic()
        status, error = self._post(delivery.body)
        attempt = Attempt(self._clock(), status, error, time.monotonic() - started)
        with self._lock:
            delivery.attempts.append(attempt)
            failures = len(delivery.attempts)
            if status == 200:
                delivery.state = "delivered"
            elif failures > len(self._retry_delays):
                delivery.state = "dropped"
            else:
                delivery.state = "retrying"
        if self._report is not None:
            self._report(delivery, attempt)
        if delivery.state == "retrying":
            self._scheduler.call_later(self._retry_delays[failures - 1], lambda: self._attempt(delivery))

    def _post(self, body: bytes) -> tuple[int | None, str | None]:
        parts = urlsplit(self.url)
        connection_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        connection = connection_class(parts.hostname or "127.0.0.1", parts.port, timeout=self._timeout)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(body, self._secret),
                   "User-Agent": USER_AGENT}  # fmt: skip
        try:
            connection.request("POST", target, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            return response.status, None
        except (OSError, http.client.HTTPException) as exc:
            return None, f"{type(exc).__name__}: {exc}"[:200]
        finally:
            connection.close()
