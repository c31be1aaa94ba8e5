"""`GraphTransport`: the one httpx transport, sync and async, that makes every call well-behaved.

For each request it paces (optional), sends through the inner transport, records the usage headers, classifies
the answer, retries per the `RetryPolicy`, logs at DEBUG (secrets redacted) and turns a final error into the
exception from `waba.errors`. The decisions live in `_Attempts`, shared by the sync and async loops; only the
I/O (send, read, sleep) differs between them.

Per-call policy: a request may carry its own `RetryPolicy` in `request.extensions["waba.retry_policy"]`
(`client.with_options(...)` sets it); without one, the transport's `options.policy` applies. The timeout of a
call travels the same way, in httpx's own `request.extensions["timeout"]`.
"""

from __future__ import annotations

import functools
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import anyio
import httpx

from .errors import APIConnectionError, APITimeoutError, ConfigurationError, error_from_response
from .redaction import Redactor
from .retry import Outcome, RetryPolicy, classify_answer
from .usage import Pacing, Usage, UsageTracker, parse_usage

logger = logging.getLogger("waba")
RETRY_POLICY_EXTENSION = "waba.retry_policy"


@dataclass
class TransportOptions:
    """What a `GraphTransport` needs besides its inner transport. `sleep`, `async_sleep`, `clock` and `rng`
    are injectable so tests never wait."""

    policy: RetryPolicy = field(default_factory=RetryPolicy)
    tracker: UsageTracker = field(default_factory=UsageTracker)
    pacing: Pacing | None = None
    redactor: Redactor = field(default_factory=Redactor)
    base_path: str = ""
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = anyio.sleep
    clock: Callable[[], float] = time.monotonic
    rng: Callable[[], float] = random.random


@dataclass
class _Step:
    """What to do after one attempt: wait and retry, raise, or return the response."""

    wait: float | None = None
    error: Exception | None = None


class _Attempts:
    """The decisions of one request's attempts (no I/O)."""

    def __init__(self, options: TransportOptions, request: httpx.Request) -> None:
        self.options = options
        self.request = request
        self.policy = policy_for(request, options.policy)
        self.method = request.method
        self.node = _target_node(request.url.path, options.base_path)
        self.attempt = 0
        self.started = options.clock()

    @functools.cached_property
    def url(self) -> str:
        """The request URL with secrets masked (computed only when logged or reported)."""
        return self.options.redactor.url(self.request.url)

    def pacing_delay(self) -> float:
        pacing = self.options.pacing
        if pacing is None:
            return 0.0
        delay = pacing.delay(self.options.tracker.snapshot(), self.node)
        if delay > 0:
            logger.debug("pacing %s %s: waiting %.2f s (usage near its limit)", self.method, self.url, delay)
        return delay

    def after_response(self, response: httpx.Response) -> _Step:
        """Record usage and decide (the body has been read)."""
        usage = parse_usage(response.headers)
        self.options.tracker.record(usage)
        if logger.isEnabledFor(logging.DEBUG):
            elapsed_ms = 1000 * (self.options.clock() - self.started)
            logger.debug("%s %s -> %d in %.1f ms", self.method, self.url, response.status_code, elapsed_ms)
        if response.status_code < 400:
            return _Step()
        outcome = classify_answer(response.status_code, response.content)
        return self._decide(outcome, usage, response=response)

    def after_failure(self, exc: httpx.TransportError) -> _Step:
        elapsed_ms = 1000 * (self.options.clock() - self.started)
        logger.debug("%s %s -> %s after %.1f ms", self.method, self.url, type(exc).__name__, elapsed_ms)
        return self._decide("transient", Usage(), failure=exc)

    def _decide(
        self,
        outcome: Outcome,
        usage: Usage,
        *,
        response: httpx.Response | None = None,
        failure: httpx.TransportError | None = None,
    ) -> _Step:
        policy = self.policy
        regain = usage.regain_seconds(self.node) or usage.regain_seconds()
        backoff = policy.backoff(self.attempt, self.options.rng)
        wait = max(regain, backoff) if outcome == "throttled" else backoff
        retryable = policy.should_retry(outcome, self.method, self.attempt)
        if retryable and outcome == "throttled" and wait > policy.max_wait:
            logger.debug("%s %s throttled; regain in %.0f s exceeds max_wait, not waiting", self.method, self.url, wait)
            retryable = False
        if retryable:
            self.attempt += 1
            reason = type(failure).__name__ if failure is not None else f"{outcome} answer"
            logger.debug(
                "retrying %s %s in %.2f s (retry %d of %d): %s",
                self.method,
                self.url,
                wait,
                self.attempt,
                policy.max_retries,
                reason,
            )
            return _Step(wait=wait)
        if failure is not None:
            return _Step(error=self._connection_error(failure))
        assert response is not None
        retry_after = (regain or None) if outcome == "throttled" else None
        error = error_from_response(response, usage=usage, redactor=self.options.redactor, retry_after=retry_after)
        logger.debug("%s %s failed: %r", self.method, self.url, error)
        return _Step(error=error)

    def _connection_error(self, exc: httpx.TransportError) -> APIConnectionError:
        tries = self.attempt + 1
        detail = self.options.redactor.text(str(exc)) or type(exc).__name__
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"{self.method} {self.url} timed out after {tries} attempt(s): {detail}")
        return APIConnectionError(f"{self.method} {self.url} failed after {tries} attempt(s): {detail}")


def policy_for(request: httpx.Request, default: RetryPolicy) -> RetryPolicy:
    """The retry policy a request carries in its extensions, else `default`."""
    policy = request.extensions.get(RETRY_POLICY_EXTENSION, default)
    if not isinstance(policy, RetryPolicy):
        raise ConfigurationError(f"request.extensions[{RETRY_POLICY_EXTENSION!r}] must be a waba.RetryPolicy")
    return policy


def _target_node(path: str, base_path: str) -> str | None:
    """The node id a request addresses (`/v24.0/<id>/edge` -> `<id>`), used to match usage headers."""
    if base_path and path.startswith(base_path):
        path = path[len(base_path) :]
    first = path.lstrip("/").split("/", 1)[0]
    return first if first.isdigit() else None


class GraphTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps an httpx transport (sync, async or both) with pacing, retries, usage tracking and error mapping."""

    def __init__(
        self,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport,
        options: TransportOptions | None = None,
    ) -> None:
        self.inner = inner
        self.options = options or TransportOptions()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self.inner, httpx.BaseTransport):
            raise TypeError("this GraphTransport wraps an async transport; use it with httpx.AsyncClient")
        attempts = _Attempts(self.options, request)
        while True:
            delay = attempts.pacing_delay()
            if delay:
                self.options.sleep(delay)
            try:
                response = self.inner.handle_request(request)
                response.request = request
                response.read()  # inside the retry loop: a connection dropped mid-body is a failed attempt
                step = attempts.after_response(response)
            except httpx.TransportError as exc:
                step = attempts.after_failure(exc)
                response = None
            if step.wait is not None:
                if response is not None:
                    response.close()
                self.options.sleep(step.wait)
                continue
            if step.error is not None:
                raise step.error
            assert response is not None
            return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self.inner, httpx.AsyncBaseTransport):
            raise TypeError("this GraphTransport wraps a sync transport; use it with httpx.Client")
        attempts = _Attempts(self.options, request)
        while True:
            delay = attempts.pacing_delay()
            if delay:
                await self.options.async_sleep(delay)
            try:
                response = await self.inner.handle_async_request(request)
                response.request = request
                await response.aread()  # inside the retry loop: a connection dropped mid-body is a failed attempt
                step = attempts.after_response(response)
            except httpx.TransportError as exc:
                step = attempts.after_failure(exc)
                response = None
            if step.wait is not None:
                if response is not None:
                    await response.aclose()
                await self.options.async_sleep(step.wait)
                continue
            if step.error is not None:
                raise step.error
            assert response is not None
            return response

    def close(self) -> None:
        if isinstance(self.inner, httpx.BaseTransport):
            self.inner.close()

    async def aclose(self) -> None:
        if isinstance(self.inner, httpx.AsyncBaseTransport):
            await self.inner.aclose()

    def __repr__(self) -> str:
        return f"GraphTransport(inner={type(self.inner).__name__}, policy={self.options.policy!r})"
