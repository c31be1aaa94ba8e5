"""Test helpers: a scripted MockTransport handler and clients wired to it (no sleeping, no network)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from waba import AsyncWabaClient, WabaClient

TOKEN = "EAAcanaryTOKENvalue0123456789"
SECRET = "app-secret-canary-42"
WABA = "102290129340398"
ROOT = "https://graph.facebook.com/v24.0"

Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def graph_error(code: int, subcode: int | None = None, *, status: int = 400, transient: bool | None = None,
                headers: dict[str, str] | None = None, message: str = "boom") -> httpx.Response:  # fmt: skip
    error: dict[str, Any] = {"message": message, "type": "OAuthException", "code": code, "fbtrace_id": "TRACE1"}
    if subcode is not None:
        error["error_subcode"] = subcode
    if transient is not None:
        error["is_transient"] = transient
    return httpx.Response(status, json={"error": error}, headers=headers)


def usage_header(node: str, regain_minutes: int = 0, percent: int = 10) -> dict[str, str]:
    entry = {
        "type": "whatsapp_business_management",
        "call_count": percent,
        "total_cputime": 1,
        "total_time": 1,
        "estimated_time_to_regain_access": regain_minutes,
    }
    return {"X-Business-Use-Case-Usage": json.dumps({node: [entry]})}


class Script:
    """Answers requests from a list (the last answer repeats) and records every request."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer) and not isinstance(answer, httpx.Response):
            return answer(request)
        # A fresh copy each time: a response object can only be sent once.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.read())

    @property
    def paths(self) -> list[str]:
        return [r.url.path for r in self.requests]


class Sleeps:
    """A fake sleep that records how long the code wanted to wait."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.calls.append(seconds)


def make_client(script: Script, sleeps: Sleeps | None = None, **options: Any) -> WabaClient:
    options.setdefault("access_token", TOKEN)
    return WabaClient(transport=httpx.MockTransport(script), sleep=sleeps or Sleeps(), **options)


def make_async_client(script: Script, sleeps: Sleeps | None = None, **options: Any) -> AsyncWabaClient:
    options.setdefault("access_token", TOKEN)
    sleeper = sleeps or Sleeps()
    return AsyncWabaClient(transport=httpx.MockTransport(script), sleep=sleeper.async_sleep, **options)
