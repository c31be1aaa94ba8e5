"""Helpers of the reliability tests: a scripted Graph (httpx.MockTransport) and clients that never sleep.

Only the SDK's public surface is used here, so the regression tests also run against older code.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Iterable
from typing import Any

import httpx

from waba import AsyncWabaClient, RetryPolicy, WabaClient

TOKEN = "EAAcanaryRELIABILITYtoken0123456789"
SECRET = "canary-app-secret-5e1f0aa7"
PROOF = hmac.new(SECRET.encode(), TOKEN.encode(), hashlib.sha256).hexdigest()
SECRETS = (TOKEN, SECRET, PROOF)
WABA = "102290129340398"
ROOT = "https://graph.facebook.com/v24.0"
FAST = RetryPolicy(max_retries=3, backoff_base=0.0, jitter=0.0)

Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def response(status: int = 200, body: Any = None, *, raw: bytes | None = None,
             headers: dict[str, str] | None = None) -> httpx.Response:  # fmt: skip
    """An answer with a JSON `body`, or `raw` bytes."""
    content = raw if raw is not None else json.dumps(body).encode()
    return httpx.Response(status, content=content, headers=headers)


def graph_error(code: int, status: int = 400, **extra: Any) -> httpx.Response:
    """A Graph error envelope."""
    return response(status, {"error": {"message": f"error {code}", "type": "OAuthException", "code": code, **extra}})


class Script:
    """Answers requests in order (the last answer repeats), records them, and refuses to answer more than
    `limit` requests — so a client that would loop forever fails the test instead of hanging it."""

    def __init__(self, *answers: Answer, limit: int = 500) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []
        self.limit = limit

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if len(self.requests) > self.limit:
            raise AssertionError(f"more than {self.limit} requests: the client does not stop")
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer) and not isinstance(answer, httpx.Response):
            return answer(request)
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)


def sync_client(*answers: Answer, **options: Any) -> tuple[WabaClient, Script]:
    """A WabaClient answered by a Script (no sleeping)."""
    script = answers[0] if len(answers) == 1 and isinstance(answers[0], Script) else Script(*answers)
    options.setdefault("access_token", TOKEN)
    options.setdefault("retry_policy", FAST)
    return WabaClient(transport=httpx.MockTransport(script), sleep=lambda _: None, **options), script


async def _no_sleep(_: float) -> None:
    return None


def async_client(*answers: Answer, **options: Any) -> tuple[AsyncWabaClient, Script]:
    """An AsyncWabaClient answered by a Script (no sleeping)."""
    script = answers[0] if len(answers) == 1 and isinstance(answers[0], Script) else Script(*answers)
    options.setdefault("access_token", TOKEN)
    options.setdefault("retry_policy", FAST)
    return AsyncWabaClient(transport=httpx.MockTransport(script), sleep=_no_sleep, **options), script


def leaks(texts: Iterable[str], secrets: Iterable[str] = SECRETS) -> list[str]:
    """The texts that contain one of the secrets."""
    return [text for text in texts if any(secret in text for secret in secrets)]


def deep(levels: int = 100_000) -> bytes:
    """A JSON array nested `levels` deep."""
    return b"[" * levels + b"]" * levels
