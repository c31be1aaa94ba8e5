"""An inner transport that counts what goes over the wire: attempts per call, statuses, transport failures."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

import httpx

ATTEMPTS = "soak.attempts"


class Counts:
    """Shared tallies of every attempt any client made (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.calls = 0  # logical requests (their first attempts)
        self.attempts = 0
        self.max_attempts_per_call = 0
        self.statuses: Counter[int] = Counter()
        self.failures: Counter[str] = Counter()

    def attempt(self, request: httpx.Request) -> None:
        """One attempt of a call (the call is its request's extensions, shared by every attempt)."""
        with self._lock:
            self.attempts += 1
            seen: list[int] = request.extensions.setdefault(ATTEMPTS, [0])
            seen[0] += 1
            self.calls += seen[0] == 1
            self.max_attempts_per_call = max(self.max_attempts_per_call, seen[0])

    def answered(self, status: int) -> None:
        with self._lock:
            self.statuses[status] += 1

    def failed(self, exc: Exception) -> None:
        with self._lock:
            self.failures[type(exc).__name__] += 1

    @property
    def server_errors(self) -> int:
        """Answers with a 5xx status."""
        return sum(n for status, n in self.statuses.items() if status >= 500)


class CountingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps httpx's transport (sync or async) and counts every attempt; the SDK's GraphTransport wraps this."""

    def __init__(self, counts: Counts, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> None:
        self.counts = counts
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self.inner, httpx.BaseTransport)
        self.counts.attempt(request)
        try:
            response = self.inner.handle_request(request)
        except Exception as exc:
            self.counts.failed(exc)
            raise
        self.counts.answered(response.status_code)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self.inner, httpx.AsyncBaseTransport)
        self.counts.attempt(request)
        try:
            response = await self.inner.handle_async_request(request)
        except Exception as exc:
            self.counts.failed(exc)
            raise
        self.counts.answered(response.status_code)
        return response

    def close(self) -> None:
        if isinstance(self.inner, httpx.BaseTransport):
            self.inner.close()

    async def aclose(self) -> None:
        if isinstance(self.inner, httpx.AsyncBaseTransport):
            await self.inner.aclose()


def counted(counts: Counts, *, asynchronous: bool = False, **options: Any) -> CountingTransport:
    """A counting transport around httpx's own (sync or async)."""
    inner: httpx.BaseTransport | httpx.AsyncBaseTransport = (
        httpx.AsyncHTTPTransport(**options) if asynchronous else httpx.HTTPTransport(**options)
    )
    return CountingTransport(counts, inner)
