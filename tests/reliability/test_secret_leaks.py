"""Class 6: secrets stay secret. The token, the app secret and `appsecret_proof` (derived from both) never
appear in httpx's log lines, page reprs, exception text or configuration errors — one regression test per leak
found; `test_canary.py` then sweeps every failure path and surface."""

from __future__ import annotations

import json
import logging
import traceback

import httpx
import pytest

from waba import ConfigurationError, UnexpectedResponseError, ValidationError, WabaClient

from .helpers import PROOF, ROOT, SECRET, TOKEN, WABA, leaks, response, sync_client


def test_httpx_log_lines_carry_no_appsecret_proof(caplog: pytest.LogCaptureFixture) -> None:
    client, script = sync_client(response(200, {"id": WABA}), app_secret=SECRET)
    with caplog.at_level(logging.DEBUG):
        client.account(WABA).get()
    assert script.requests[0].url.params["appsecret_proof"] == PROOF, "the proof is still sent"
    lines = [r.getMessage() for r in caplog.records if r.name.startswith(("httpx", "httpcore", "waba"))]
    assert any(line.startswith("HTTP Request: GET") for line in lines), lines
    assert leaks(lines) == []


def test_pages_handed_out_do_not_show_the_token_graph_embeds_in_paging_urls() -> None:
    next_url = f"{ROOT}/{WABA}/phone_numbers?access_token={TOKEN}&appsecret_proof={PROOF}&after=B"
    first = response(200, {"data": [{"id": "1"}], "paging": {"next": next_url, "previous": next_url}})
    client, script = sync_client(first, response(200, {"data": [{"id": "2"}]}), app_secret=SECRET)
    pager = client.account(WABA).phone_numbers.list()
    page = pager.first_page()
    assert leaks([repr(page), str(page.to_dict()), repr(pager)]) == []
    assert [p.id for p in pager] == ["1", "2"], "the masked next URL is still followed"
    assert "access_token" not in str(script.requests[1].url)


def test_a_proxy_page_echoing_the_request_puts_no_proof_in_the_error() -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text=f"<html>upstream failed for {request.url} {request.headers}</html>")

    client, _ = sync_client(echo, app_secret=SECRET, max_retries=0)
    with pytest.raises(UnexpectedResponseError) as caught:
        client.account(WABA).get()
    error = caught.value
    texts = [str(error), repr(error), error.body.decode(), *traceback.format_exception(error)]
    assert leaks(texts) == []


@pytest.mark.parametrize(
    "base_url",
    [f"https://graph.facebook.com/?access_token={TOKEN}", f"ftp://graph.facebook.com/?access_token={TOKEN}",
     f"http://graph.facebook.com/{TOKEN}", f"https://me:{TOKEN}@graph.facebook.com", f"https://g\x00/{TOKEN}",
     f"https://graph.facebook.com#{SECRET}"],
)  # fmt: skip
def test_a_token_inside_a_base_url_is_not_echoed_by_the_configuration_error(base_url: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        WabaClient(access_token=TOKEN, app_secret=SECRET, base_url=base_url)
    texts = [str(caught.value), repr(caught.value), *traceback.format_exception(caught.value)]
    assert leaks(texts) == [], texts


def test_the_request_attached_to_a_response_carries_no_credentials() -> None:
    client, script = sync_client(response(200, {"id": WABA}), app_secret=SECRET)
    answered = client._http.get(f"/{WABA}")
    sent = script.requests[0]
    assert sent.headers["Authorization"] == f"Bearer {TOKEN}" and sent.url.params["appsecret_proof"] == PROOF
    assert leaks([str(answered.request.url), str(answered.request.headers), repr(answered.request)]) == []


def test_answers_echoing_a_secret_are_masked_before_anyone_reads_them() -> None:
    echoed = {"id": WABA, "name": f"token {TOKEN}", "currency": PROOF}
    usage = {WABA: [{"type": f"x{TOKEN}", "call_count": 1, "total_time": 1, "total_cputime": 1}]}
    answer = response(200, echoed, headers={"X-Business-Use-Case-Usage": json.dumps(usage)})
    client, _ = sync_client(answer, app_secret=SECRET)
    account = client.account(WABA).get()
    assert leaks([repr(account), repr(client.usage), repr(client)]) == []
    assert account.name == "token ***"


@pytest.mark.parametrize(
    "call",
    [lambda c: c.account(TOKEN), lambda c: c.message_template(SECRET), lambda c: c.account(WABA).get(fields=[[TOKEN]]),
     lambda c: c.account(WABA).message_templates.create(body={"name": TOKEN, "language": PROOF})],
    ids=["node-id", "template-id", "fields", "body"],
)  # fmt: skip
def test_a_secret_passed_as_an_argument_is_not_echoed_by_the_validation_error(call: object) -> None:
    client, _ = sync_client(response(200, {"id": WABA}), app_secret=SECRET)
    with pytest.raises(ValidationError) as caught:
        call(client)  # type: ignore[operator]
    assert leaks([str(caught.value), repr(caught.value), *traceback.format_exception(caught.value)]) == []
