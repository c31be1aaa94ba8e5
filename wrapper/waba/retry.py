"""When to retry, and how long to wait: the retry policy and the classification of one attempt."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from .catalogue import catalogue
from .errors import ValidationError, graph_error_detail
from .payload import is_int

#: What one attempt's answer means: "unreadable" is a 2xx whose body is not JSON (or an undecodable body).
Outcome = Literal["ok", "throttled", "transient", "unreadable", "fatal"]
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: Beyond this many doublings the backoff is `backoff_max` anyway (and 2.0**n would overflow a float).
_MAX_DOUBLINGS = 64


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter, bounded in attempts and in wait.

    - `max_retries`: retries after the first attempt (0 disables retrying).
    - Transient failures (codes 1, 2, `is_transient`, 5xx, dropped connections, timeouts) and unreadable answers
      (a 2xx body cut short or not JSON, a corrupt gzip body) are retried only for idempotent methods (GET,
      DELETE): a POST that may have been applied is never sent twice (its error says `may_have_been_applied`).
    - Throttling (codes 4, 17, 32, 613, 80007, 80008, ...) is retried for every method: Graph rejected the call.
      The wait honours `estimated_time_to_regain_access`; above `max_wait` seconds the SDK stops waiting and
      raises `RateLimitError` with `retry_after`.
    - Backoff for attempt n (0-based): `min(backoff_max, backoff_base * 2**n)`, minus up to `jitter` of it.
    """

    max_retries: int = 3
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    max_wait: float = 60.0
    jitter: float = 0.25

    def __post_init__(self) -> None:
        """Raises ValidationError for a negative, non-finite or non-numeric value, or a jitter outside 0..1."""
        if not is_int(self.max_retries) or self.max_retries < 0:
            raise _invalid("max_retries", self.max_retries, "an integer >= 0")
        for name in ("backoff_base", "backoff_max", "max_wait"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
                raise _invalid(name, value, "a finite number of seconds >= 0")
        jitter = self.jitter
        if isinstance(jitter, bool) or not isinstance(jitter, (int, float)) or not 0 <= jitter <= 1:
            raise _invalid("jitter", jitter, "a number between 0 and 1")

    def backoff(self, attempt: int, rng: Callable[[], float] = random.random) -> float:
        """Seconds to wait before retry number `attempt + 1`."""
        delay: float = min(self.backoff_max, self.backoff_base * (2.0 ** min(attempt, _MAX_DOUBLINGS)))
        return delay * (1.0 - self.jitter * rng())

    def should_retry(self, outcome: Outcome, method: str, attempt: int) -> bool:
        """Whether attempt number `attempt` (0-based) may be followed by another one."""
        if attempt >= self.max_retries:
            return False
        if outcome == "throttled":
            return True
        return outcome in ("transient", "unreadable") and method.upper() in IDEMPOTENT_METHODS


def classify_answer(status: int, body: bytes) -> Outcome:
    """What an HTTP answer means for retrying: by Graph code/subcode/`is_transient`, else by status."""
    if status < 400:
        return "ok"
    detail = graph_error_detail(body)
    if detail is None:
        if status == 429:
            return "throttled"
        return "transient" if status >= 500 else "fatal"
    code = detail.get("code")
    subcode = detail.get("error_subcode")
    entry = catalogue().lookup(code if is_int(code) else None, subcode if is_int(subcode) else None)
    if entry is not None:
        return {"never": "fatal", "backoff": "transient", "wait": "throttled"}[entry.retry]  # type: ignore[return-value]
    return "transient" if detail.get("is_transient") is True else "fatal"


def _invalid(name: str, value: object, allowed: str) -> ValidationError:
    return ValidationError(
        f"RetryPolicy: `{name}` must be {allowed}, got {value!r}.",
        operation="RetryPolicy",
        argument=name,
        allowed=allowed,
    )
