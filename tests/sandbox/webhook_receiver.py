"""A stand-in webhook receiver for the sandbox's tests, built on the stdlib only (no SDK): it records every
request and answers with the statuses it is told to, in order (then 200)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


class Recorder:
    """What the receiver got, and what it answers next."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = list(statuses)
        self.requests: list[Received] = []
        self.changed = threading.Condition()
        self.url = ""

    def wait_for(self, count: int, timeout: float = 20.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        with self.changed:
            while len(self.requests) < count and time.monotonic() < deadline:
                self.changed.wait(deadline - time.monotonic())
            return list(self.requests)


@contextmanager
def recording_receiver(statuses: list[int] | None = None) -> Iterator[Recorder]:
    """A receiver on 127.0.0.1; `recorder.url` is its `/hook` URL."""
    recorder = Recorder(statuses or [])

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with recorder.changed:
                recorder.requests.append(Received(self.path, dict(self.headers.items()), body))
                status = recorder.statuses.pop(0) if recorder.statuses else 200
                recorder.changed.notify_all()
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    recorder.url = f"http://127.0.0.1:{server.server_port}/hook"
    try:
        yield recorder
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)
