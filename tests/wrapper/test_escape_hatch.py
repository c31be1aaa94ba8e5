"""`client.request(...)` and `client.paginate(...)`: any Graph call through the same auth, retries, usage
tracking and error mapping; and `pager.total_count()` without asking for the summary."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from waba import AsyncWabaClient, NotFoundError, UnexpectedResponseError, UnsafeURLError, ValidationError, WabaClient

from .helpers import ROOT, TOKEN, WABA, Script, Sleeps, graph_error, make_async_client, make_client, usage_header


def never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request may be sent, got {request.method} {request.url}")


def test_request_sends_through_auth_and_decodes_json() -> None:
    script = Script(
        httpx.Response(200, json={"id": WABA, "odd_new_field": [1, 2]}, headers=usage_header(WABA, percent=42))
    )
    client = make_client(script, app_secret="app-secret-canary-42")
    answer = client.request("get", f"/{WABA}", params={"fields": "id,odd_new_field", "flag": True, "ids": [1, 2]})
    assert answer == {"id": WABA, "odd_new_field": [1, 2]}
    sent = script.requests[0]
    assert sent.method == "GET" and sent.url.path == f"/v24.0/{WABA}"
    assert sent.url.params["flag"] == "true" and sent.url.params["ids"] == "[1,2]"
    assert sent.headers["Authorization"] == f"Bearer {TOKEN}" and "appsecret_proof" in sent.url.params
    assert client.usage.max_percent(WABA) == 42


def test_request_posts_json_and_maps_errors_and_retries() -> None:
    script = Script(graph_error(2, transient=True, status=503), httpx.Response(200, json={"success": True}))
    sleeps = Sleeps()
    client = make_client(script, sleeps)
    assert client.request("DELETE", f"{WABA}/some_new_edge", params={"x": 1}) == {"success": True}
    assert len(script.requests) == 2 and len(sleeps.calls) == 1, "a transient DELETE failure is retried"
    client = make_client(Script(graph_error(100, 33, status=400)))
    with pytest.raises(NotFoundError, match=r"\(#100/33\)"):
        client.request("POST", f"/{WABA}/some_new_edge", json={"a": [1, {"b": None}]})
    client = make_client(Script(httpx.Response(200, json={"ok": 1})))
    client.request("POST", f"/{WABA}/x", json={"a": [1]})


@pytest.mark.parametrize(
    ("call", "argument", "words"),
    [
        (lambda c: c.request("PUT", "/1"), "method", "must be one of GET, POST, DELETE"),
        (lambda c: c.request("GET", "/1?fields=id"), "path", "pass query parameters as params="),
        (lambda c: c.request("GET", "/1/../2"), "path", "without spaces or '..'"),
        (lambda c: c.request("GET", ""), "path", "must be a path"),
        (lambda c: c.request("GET", "/1", params={"access_token": "x"}), "params.access_token", "added by the client"),
        (lambda c: c.request("GET", "/1", params={"x": object()}), "params.x", "must be a string, number"),
        (lambda c: c.request("GET", "/1", params=["x"]), "params", "must be a mapping"),
        (lambda c: c.request("GET", "/1", json={"a": 1}), "json", "must be None for GET"),
        (lambda c: c.request("POST", "/1", json={"a": object()}), "json", "is not JSON data"),
        (lambda c: c.paginate("/1?x=1"), "path", "pass query parameters"),
    ],
)
def test_request_refuses_bad_arguments_before_sending(call: Any, argument: str, words: str) -> None:
    client = make_client(Script(never))
    with pytest.raises(ValidationError) as caught:
        call(client)
    assert caught.value.operation == "request" and caught.value.argument == argument
    assert words in str(caught.value)


def test_request_accepts_absolute_urls_on_the_api_host_only() -> None:
    script = Script(httpx.Response(200, json={"id": "1"}))
    client = make_client(script)
    assert client.request("GET", f"{ROOT}/1") == {"id": "1"}
    assert script.requests[0].url.path == "/v24.0/1"
    with pytest.raises(UnsafeURLError, match="not the API host"):
        client.request("GET", "https://evil.example/v24.0/1")


def test_paginate_walks_a_list_answer_as_json(waba_sandbox: Any) -> None:
    with WabaClient(access_token=waba_sandbox.token, base_url=waba_sandbox.base_url) as client:
        pager = client.paginate(f"/{WABA}/message_templates", params={"limit": 7, "fields": "id,name"})
        items = pager.collect()
        typed = client.account(WABA).message_templates.list(fields=["id", "name"]).collect()
        assert [i["name"] for i in items] == [t.name for t in typed]
        assert all(set(item) == {"id", "name"} for item in items)
        assert pager.pages_fetched >= 2 and pager.cursor is not None
        assert pager.total_count() == len(items)


def test_total_count_without_summary_asks_for_it(waba_sandbox: Any) -> None:
    with WabaClient(access_token=waba_sandbox.token, base_url=waba_sandbox.base_url) as client:
        expected = len(client.account(WABA).message_templates.list().collect())
        assert client.account(WABA).message_templates.list().total_count() == expected
        pager = client.account(WABA).message_templates.list(limit=2)
        first = pager.first_page()
        assert pager.total_count() == expected
        assert pager.first_page() is first, "the extra count request does not disturb iteration"
        assert len(pager.collect()) == expected


def test_total_count_asks_once_and_reuses_an_asked_summary() -> None:
    seen: list[httpx.Request] = []

    def graph(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body: dict[str, Any] = {"data": [{"id": "1", "name": "a"}]}
        if "total_count" in request.url.params.get("summary", ""):
            body["summary"] = {"total_count": 9, "message_template_count": 9}
        return httpx.Response(200, json=body)

    client = make_client(Script(graph))
    pager = client.account(WABA).message_templates.list(summary=["message_template_count"])
    assert pager.total_count() == 9
    assert seen[0].url.params["summary"] == "message_template_count,total_count" and len(seen) == 1
    pager = client.account(WABA).message_templates.list()
    list(pager)
    assert pager.total_count() == 9
    assert seen[-1].url.params["limit"] == "1" and len(seen) == 3
    client = make_client(Script(httpx.Response(200, json={"data": []})))
    assert client.account(WABA).message_templates.list().total_count() is None


async def test_async_request_and_paginate() -> None:
    pages = [
        {"data": [{"id": "1"}], "paging": {"next": f"{ROOT}/{WABA}/edge?after=A"}, "summary": {"total_count": 2}},
        {"data": [{"id": "2"}]},
    ]
    script = Script(*(httpx.Response(200, json=p) for p in pages))
    client: AsyncWabaClient = make_async_client(script)
    assert [item["id"] async for item in client.paginate(f"/{WABA}/edge")] == ["1", "2"]
    script = Script(httpx.Response(200, content=json.dumps({"ok": True}).encode()))
    assert await make_async_client(script).request("GET", "/1") == {"ok": True}


@pytest.mark.parametrize(
    ("answer", "complaint"),
    [
        ({"data": [{"id": "1"}], "paging": {"next": 5}}, "paging.next must be a non-empty string"),
        ({"data": [{"id": "1"}], "paging": {"cursors": {"after": ["x"]}}}, "paging.cursors.after must be"),
        ({"data": [], "summary": {"total_count": "12"}}, "summary.total_count must be a non-negative integer"),
    ],
)
def test_paginate_checks_the_paging_fields_like_typed_pagers(answer: dict[str, Any], complaint: str) -> None:
    client = make_client(Script(httpx.Response(200, json=answer)))
    pager = client.paginate(f"/{WABA}/some_new_edge")
    with pytest.raises(UnexpectedResponseError, match=complaint):
        list(pager) if "summary" not in answer else pager.total_count()
