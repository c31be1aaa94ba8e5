"""The decisions of one request's attempts, without I/O: shared by `GraphTransport`'s sync and async loops.

After each attempt `Attempts` records the usage headers, reads the answer and decides: return it, wait and try
again, or raise the `waba.errors` exception that says what happened. Reading is part of the attempt: a 2xx whose
body is cut short, is not JSON or fails to decompress is a failed attempt ("unreadable"), retried like a
transient failure for idempotent methods; its decoded JSON travels to the client in
`response.extensions[PAYLOAD_EXTENSION]`. Every answer's bytes are redacted (the client's secrets masked) before
anything reads them.

An attempt is *ambiguous* when the request may have reached Graph but its answer was lost or unreadable: a
connection lost after sending, a read timeout, an unreadable 2xx, a proxy's non-Graph 5xx. A failing request
that changes something (not GET/HEAD/OPTIONS) and had an ambiguous attempt raises with
`may_have_been_applied=True`.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING, Any

import httpx

from .errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    UnexpectedResponseError,
    WabaError,
    body_excerpt,
    error_from_body,
    graph_error_detail,
)
from .payload import NotJSONError, read_json
from .retry import SAFE_METHODS, Outcome, RetryPolicy, classify_answer
from .usage import Usage, parse_usage

if TYPE_CHECKING:
    from .transport import TransportOptions

logger = logging.getLogger("waba")
RETRY_POLICY_EXTENSION = "waba.retry_policy"
PAYLOAD_EXTENSION = "waba.payload"
#: The method a request behaves as for retries, when not its own (a batch of GETs is a POST that acts as GET).
ACTS_AS_EXTENSION = "waba.acts_as"
#: Failures raised before the request left the machine: the server cannot have seen it.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol,
            httpx.LocalProtocolError)  # fmt: skip


class Step:
    """What to do after one attempt: wait and retry, raise, or return the response (the default)."""

    __slots__ = ("error", "wait")

    def __init__(self, wait: float | None = None, error: WabaError | None = None) -> None:
        self.wait = wait
        self.error = error


class Attempts:
    """The decisions of one request's attempts (no I/O)."""

    def __init__(self, options: TransportOptions, request: httpx.Request) -> None:
        self.options = options
        self.request = request
        self.policy = policy_for(request, options.policy)
        self.method = request.method
        self.acts_as = str(request.extensions.get(ACTS_AS_EXTENSION, request.method)).upper()
        self.writes = self.acts_as not in SAFE_METHODS
        self.node = _target_node(request.url.path, options.base_path)
        self.attempt = 0
        self.ambiguous = False
        self.started = options.clock()

    @functools.cached_property
    def url(self) -> str:
        """The request URL with secrets masked (computed only when logged or reported)."""
        return self.options.redactor.url(self.request.url)

    def pacing_delay(self) -> float:
        """Seconds to wait before the next attempt because usage is near its limit (0 without pacing)."""
        pacing = self.options.pacing
        if pacing is None:
            return 0.0
        delay = pacing.delay(self.options.tracker.snapshot(), self.node)
        if delay > 0:
            logger.debug("pacing %s %s: waiting %.2f s (usage near its limit)", self.method, self.url, delay)
        return delay

    def after_response(self, response: httpx.Response) -> Step:
        """Note the usage headers, read the (already received) body and decide."""
        options = self.options
        options.tracker.note(response.headers, options.redactor)
        status = response.status_code
        if logger.isEnabledFor(logging.DEBUG):
            elapsed_ms = 1000 * (options.clock() - self.started)
            logger.debug("%s %s -> %d in %.1f ms", self.method, self.url, status, elapsed_ms)
        content = options.redactor.content(response.content)
        if 200 <= status < 300:
            try:
                response.extensions[PAYLOAD_EXTENSION] = read_json(content)
            except NotJSONError as exc:
                usage = parse_usage(response.headers, options.redactor)
                return self._decide("unreadable", usage, response=response, content=content, reason=str(exc))
            return Step()
        outcome = classify_answer(status, content)
        if status >= 500 and graph_error_detail(content) is None:
            self.ambiguous = True  # a gateway's page: Graph may have applied the request behind it
        usage = parse_usage(response.headers, options.redactor)  # an error carries the usage of its response
        return self._decide(outcome, usage, response=response, content=content)

    def after_undecodable(self, response: httpx.Response | None, exc: httpx.DecodingError) -> Step:
        """The body could not be decoded (a corrupt gzip or brotli stream): an unreadable answer."""
        reason = f"the body could not be decompressed ({self.options.redactor.text(str(exc)) or 'DecodingError'})"
        if response is None:  # the inner transport decoded the body itself, and failed
            self.ambiguous = True
            return self._decide("unreadable", Usage(), failure=exc, reason=reason)
        self.options.tracker.note(response.headers, self.options.redactor)
        usage = parse_usage(response.headers, self.options.redactor)
        logger.debug("%s %s -> %d, %s", self.method, self.url, response.status_code, reason)
        return self._decide("unreadable", usage, response=response, content=b"", reason=reason)

    def after_failure(self, exc: httpx.TransportError) -> Step:
        """No answer: the connection failed, dropped or timed out."""
        elapsed_ms = 1000 * (self.options.clock() - self.started)
        logger.debug("%s %s -> %s after %.1f ms", self.method, self.url, type(exc).__name__, elapsed_ms)
        if not isinstance(exc, NOT_SENT):
            self.ambiguous = True
        return self._decide("transient", Usage(), failure=exc)

    def _decide(
        self,
        outcome: Outcome,
        usage: Usage,
        *,
        response: httpx.Response | None = None,
        content: bytes = b"",
        reason: str = "",
        failure: httpx.TransportError | httpx.DecodingError | None = None,
    ) -> Step:
        if outcome == "unreadable":
            self.ambiguous = True
        policy = self.policy
        regain = usage.regain_seconds(self.node) or usage.regain_seconds()
        backoff = policy.backoff(self.attempt, self.options.rng)
        wait = max(regain, backoff) if outcome == "throttled" else backoff
        retryable = policy.should_retry(outcome, self.acts_as, self.attempt)
        if retryable and outcome == "throttled" and wait > policy.max_wait:
            logger.debug("%s %s throttled; regain in %.0f s exceeds max_wait, not waiting", self.method, self.url, wait)
            retryable = False
        if retryable:
            self.attempt += 1
            cause = type(failure).__name__ if failure is not None else f"{outcome} answer"
            logger.debug(
                "retrying %s %s in %.2f s (retry %d of %d): %s",
                self.method,
                self.url,
                wait,
                self.attempt,
                policy.max_retries,
                cause,
            )
            return Step(wait=wait)
        error = self._error(
            outcome, usage, response=response, content=content, reason=reason, failure=failure, regain=regain
        )
        if self.writes and self.ambiguous:
            error.may_have_been_applied = True
        logger.debug("%s %s failed: %r", self.method, self.url, error)
        return Step(error=error)

    def _error(
        self,
        outcome: Outcome,
        usage: Usage,
        *,
        response: httpx.Response | None,
        content: bytes,
        reason: str,
        failure: httpx.TransportError | httpx.DecodingError | None,
        regain: float,
    ) -> WabaError:
        if failure is not None:
            return self._connection_error(failure)
        assert response is not None
        common: dict[str, Any] = {"usage": usage, "method": self.method, "url": self.url}
        if outcome == "unreadable":
            tries = self.attempt + 1
            excerpt = body_excerpt(content, self.options.redactor)
            return UnexpectedResponseError(
                f"The answer could not be read after {tries} attempt(s): {reason}; body: {excerpt}",
                http_status=response.status_code,
                body=content,
                **common,
            )
        retry_after = (regain or None) if outcome == "throttled" else None
        return error_from_body(
            response.status_code, content, redactor=self.options.redactor, retry_after=retry_after, **common
        )

    def _connection_error(self, exc: httpx.TransportError | httpx.DecodingError) -> APIConnectionError:
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
