"""The demo's webhook endpoint: the SDK's ASGI adapter (`waba.webhooks.asgi_app`) mounted in a Starlette app
at `/webhooks/whatsapp`, served on a loopback port. It keeps every verified, parsed event it receives."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self

from starlette.applications import Starlette
from starlette.routing import Route

from waba import webhooks

from ..server import LoopbackServer

PATH = "/webhooks/whatsapp"
Event = webhooks.WebhookEvent[Any]


class DemoReceiver:
    """A webhook endpoint on 127.0.0.1 that records the events of the deliveries it accepts."""

    def __init__(self, *, app_secret: str, verify_token: str) -> None:
        self.events: list[Event] = []
        self._changed = threading.Condition()
        endpoint = webhooks.asgi_app(app_secret=app_secret, verify_token=verify_token, on_events=self._record)
        self._server = LoopbackServer(Starlette(routes=[Route(PATH, endpoint, methods=["GET", "POST"])]))

    @property
    def url(self) -> str:
        """The endpoint's URL (give it to the sandbox as its webhook URL)."""
        return self._server.base_url + PATH

    def _record(self, events: list[Event]) -> None:
        with self._changed:
            self.events.extend(events)
            self._changed.notify_all()

    def wait_for(self, done: Callable[[list[Event]], bool], timeout: float) -> list[Event]:
        """The events received so far, once `done(events)` holds or `timeout` seconds passed."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not done(self.events) and time.monotonic() < deadline:
                self._changed.wait(deadline - time.monotonic())
            return list(self.events)

    def __enter__(self) -> Self:
        self._server.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.stop()
