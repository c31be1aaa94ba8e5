"""Run the sandbox (or any ASGI app) under uvicorn on a free loopback port, in a background thread (for tests and
demos)."""

from __future__ import annotations

import dataclasses
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Self

import uvicorn
from starlette.types import ASGIApp

from . import logs
from .app import Sandbox, create_app
from .config import ADMIN_TOKEN, SandboxConfig


class LoopbackServer:
    """An ASGI app served by uvicorn on 127.0.0.1 in a background thread; a context manager, or `start()`/`stop()`."""

    def __init__(self, app: ASGIApp, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        # proto=IPPROTO_TCP: asyncio sets TCP_NODELAY only on such sockets; without it every answer whose headers
        # and body leave in two writes waits ~40 ms for a delayed ACK (Nagle).
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, port))
        self.port: int = self._socket.getsockname()[1]
        uvicorn_config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
        self._server = uvicorn.Server(uvicorn_config)
        logs.install()
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True)

    @property
    def base_url(self) -> str:
        """The server's origin, e.g. `http://127.0.0.1:53211`."""
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 10.0) -> Self:
        """Start serving; returns once the server accepts connections."""
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the loopback server did not start")
            time.sleep(0.01)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving and release the port."""
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout)
        self._socket.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


class RunningSandbox(LoopbackServer):
    """A sandbox served by uvicorn on 127.0.0.1; use as a context manager, or `start()`/`stop()`."""

    def __init__(self, config: SandboxConfig | None = None, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.sandbox = Sandbox(config)
        super().__init__(create_app(sandbox=self.sandbox), host=host, port=port)

    @property
    def token(self) -> str:
        """The built-in admin token."""
        return ADMIN_TOKEN

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving and release the port; pending webhook deliveries and template reviews are dropped."""
        super().stop(timeout)
        self.sandbox.close()


@contextmanager
def serve_sandbox(
    config: SandboxConfig | None = None,
    *,
    webhook_url: str | None = None,
    app_secret: str | None = None,
    template_review_seconds: float | None = None,
) -> Iterator[RunningSandbox]:
    """Serve a fresh sandbox on a free loopback port for the duration of the block.

    `webhook_url` and `app_secret` (which then also requires `appsecret_proof` on every call, as an app with
    "Require App Secret" does) make it POST signed webhook deliveries to that loopback URL when its state changes;
    `template_review_seconds` reviews submitted templates after that delay. They override `config`'s fields.
    Raises ValueError for a non-loopback URL or a webhook URL without an app secret.
    """
    base = config or SandboxConfig()
    chosen = dataclasses.replace(
        base,
        webhook_url=base.webhook_url if webhook_url is None else webhook_url,
        app_secret=base.app_secret if app_secret is None else app_secret,
        template_review_seconds=base.template_review_seconds
        if template_review_seconds is None
        else template_review_seconds,
    )
    with RunningSandbox(chosen) as running:
        yield running
