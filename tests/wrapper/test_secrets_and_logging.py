"""Secrets stay secret; DEBUG logs say what happened (method, path, status, duration, retries)."""

from __future__ import annotations

import logging
import re

import httpx
import pytest

from waba import RateLimitError, WabaError

from .helpers import SECRET, TOKEN, WABA, Script, Sleeps, graph_error, make_client, usage_header


def _session(caplog: pytest.LogCaptureFixture) -> list[BaseException]:
    """A busy session: paging with tokens in next URLs, retries, errors echoing the token."""
    next_url = f"https://graph.facebook.com/v24.0/{WABA}/phone_numbers?after=B&access_token={TOKEN}"
    script = Script(
        httpx.Response(200, json={"data": [{"id": "1"}], "paging": {"next": next_url}}),
        httpx.Response(502, text=f"<html>upstream saw access_token={TOKEN}</html>"),
        httpx.Response(200, json={"data": [{"id": "2"}]}),
        graph_error(190, 463, message=f"Token {TOKEN} expired"),
        graph_error(80008, headers=usage_header(WABA, regain_minutes=30)),
        httpx.Response(500, text=f"proxy error for {TOKEN} with {SECRET}"),
    )
    client = make_client(script, Sleeps(), app_secret=SECRET, max_retries=1)
    raised: list[BaseException] = []
    with caplog.at_level(logging.DEBUG, logger="waba"):
        assert [p.id for p in client.account(WABA).phone_numbers.list()] == ["1", "2"]
        for _ in range(2):
            try:
                client.account(WABA).get()
            except WabaError as exc:
                raised.append(exc)
        try:
            client.account(WABA).update(body={"template_auto_archival_enabled": True})
        except WabaError as exc:
            raised.append(exc)
    raised.append(ValueError(repr(client)))
    return raised


def test_canary_token_is_absent_from_logs_exceptions_and_reprs(caplog: pytest.LogCaptureFixture) -> None:
    raised = _session(caplog)
    assert len(raised) == 4
    assert caplog.records, "the session must have logged"
    for record in caplog.records:
        text = record.getMessage()
        assert TOKEN not in text and SECRET not in text, text
    for exc in raised:
        for text in (str(exc), repr(exc), *(str(a) for a in exc.args)):
            assert TOKEN not in text and SECRET not in text, text
        if isinstance(exc, WabaError) and hasattr(exc, "url") and exc.url:
            assert TOKEN not in exc.url and SECRET not in exc.url
    assert isinstance(raised[1], RateLimitError)


def test_debug_log_lines_name_method_path_status_duration_and_retries(caplog: pytest.LogCaptureFixture) -> None:
    _session(caplog)
    messages = [r.getMessage() for r in caplog.records]
    assert any(re.fullmatch(rf"GET https://graph\.facebook\.com/v24\.0/{WABA}/phone_numbers\S* -> 200 in [\d.]+ ms", m)
               for m in messages), messages  # fmt: skip
    assert any(m.startswith("retrying GET") and "(retry 1 of 1)" in m for m in messages), messages
    assert not any("appsecret_proof" in m for m in messages), "the proof is added to the request sent, not logged"
    assert all(r.levelno == logging.DEBUG for r in caplog.records)


def test_nothing_is_logged_above_debug_by_default(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="waba"):
        make_client(Script(httpx.Response(200, json={"id": WABA}))).account(WABA).get()
    assert caplog.records == []
