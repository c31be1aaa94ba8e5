"""`GraphTransport`: the one httpx transport, sync and async, that makes every call well-behaved.

For each request it paces (optional), adds the credentials to the copy it sends (so the request httpx logs and
hands back never carries the token or `appsecret_proof`), sends through the inner transport, reads the whole
answer, records the usage headers, decodes and classifies the answer, retries per the `RetryPolicy`, logs at
DEBUG (secrets redacted) and turns a final error into the exception from `waba.errors`. The decisions live in
`waba.attempts.Attempts`, shared by the sync and async loops; only the I/O (send, read, sleep) differs.

Per-call policy: a request may carry its own `RetryPolicy` in `request.extensions["waba.retry_policy"]`
(`client.with_options(...)` sets it); without one, the transport's `options.policy` applies. The timeout of a
call travels the same way, in httpx's own `request.extensions["timeout"]`. A successful answer's decoded JSON
is in `response.extensions["waba.payload"]`.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx

from .attempts import ACTS_AS_EXTENSION, PAYLOAD_EXTENSION, RETRY_POLICY_EXTENSION, Attempts, policy_for
from .auth import Credentials
from .redaction import Redactor
from .retry import RetryPolicy
from .usage import Pacing, UsageTracker


async def anyio_sleep(seconds: float) -> None:
    """`anyio.sleep` (anyio is imported by the first async wait, not by `import waba`)."""
    import anyio  # noqa: PLC0415

    await anyio.sleep(seconds)


@dataclass
class TransportOptions:
    """What a `GraphTransport` needs besides its inner transport. `sleep`, `async_sleep`, `clock` and `rng`
    are injectable so tests never wait."""

    policy: RetryPolicy = field(default_factory=RetryPolicy)
    tracker: UsageTracker = field(default_factory=UsageTracker)
    pacing: Pacing | None = None
    redactor: Redactor = field(default_factory=Redactor)
    credentials: Credentials | None = None
    base_path: str = ""
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = anyio_sleep
    clock: Callable[[], float] = time.monotonic
    rng: Callable[[], float] = random.random


class GraphTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps an httpx transport (sync, async or both) with credentials, pacing, retries, usage tracking, answer
    decoding and error mapping."""

    def __init__(
        self,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport,
        options: TransportOptions | None = None,
    ) -> None:
        self.inner = inner
        self.options = options or TransportOptions()

    def _outgoing(self, request: httpx.Request) -> httpx.Request:
        credentials = self.options.credentials
        return request if credentials is None else credentials.apply(request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self.inner, httpx.BaseTransport):
            raise TypeError("this GraphTransport wraps an async transport; use it with httpx.AsyncClient")
        attempts = Attempts(self.options, request)
        while True:
            delay = attempts.pacing_delay()
            if delay:
                self.options.sleep(delay)
            response: httpx.Response | None = None
            try:
                response = self.inner.handle_request(self._outgoing(request))
                response.request = request
                response.read()  # inside the retry loop: a body dropped or corrupt midway is a failed attempt
                step = attempts.after_response(response)
            except httpx.DecodingError as exc:
                step = attempts.after_undecodable(response, exc)
            except httpx.TransportError as exc:
                step = attempts.after_failure(exc)
            if step.wait is None and step.error is None and response is not None:
                return response
            if response is not None:
                response.close()
            if step.error is not None:
                raise step.error
            self.options.sleep(step.wait or 0.0)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self.inner, httpx.AsyncBaseTransport):
            raise TypeError("this GraphTransport wraps a sync transport; use it with httpx.Client")
        attempts = Attempts(self.options, request)
        while True:
            delay = attempts.pacing_delay()
            if delay:
                await self.options.async_sleep(delay)
            response: httpx.Response | None = None
            try:
                response = await self.inner.handle_async_request(self._outgoing(request))
                response.request = request
                await response.aread()  # inside the retry loop: a body dropped or corrupt midway is a failed attempt
                step = attempts.after_response(response)
            except httpx.DecodingError as exc:
                step = attempts.after_undecodable(response, exc)
            except httpx.TransportError as exc:
                step = attempts.after_failure(exc)
            if step.wait is None and step.error is None and response is not None:
                return response
            if response is not None:
                await response.aclose()
            if step.error is not None:
                raise step.error
            await self.options.async_sleep(step.wait or 0.0)

    def close(self) -> None:
        if isinstance(self.inner, httpx.BaseTransport):
            self.inner.close()

    async def aclose(self) -> None:
        if isinstance(self.inner, httpx.AsyncBaseTransport):
            await self.inner.aclose()

    def __repr__(self) -> str:
        return f"GraphTransport(inner={type(self.inner).__name__}, policy={self.options.policy!r})"


__all__ = [
    "ACTS_AS_EXTENSION",
    "PAYLOAD_EXTENSION",
    "RETRY_POLICY_EXTENSION",
    "GraphTransport",
    "TransportOptions",
    "policy_for",
]
