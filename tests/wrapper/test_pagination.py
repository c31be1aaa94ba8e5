"""Pagination: lazy, to the exact item count, through empty pages, never following a foreign host."""

from __future__ import annotations

import gc
import weakref
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from waba import UnsafeURLError, ValidationError
from waba_api.models import MessageTemplate

from .helpers import ROOT, TOKEN, WABA, Script, make_async_client, make_client


class PagedGraph:
    """Serves `pages` (lists of item counts) of message templates, with next URLs that embed a token."""

    def __init__(self, sizes: list[int], *, next_host: str = "https://graph.facebook.com") -> None:
        self.sizes = sizes
        self.next_host = next_host
        self.requests: list[httpx.Request] = []
        self.served = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        page = int(parse_qs(request.url.query.decode()).get("after", ["0"])[0])
        start = sum(self.sizes[:page])
        data = [{"id": str(1000 + start + i), "name": f"t{start + i}"} for i in range(self.sizes[page])]
        self.served += len(data)
        body: dict[str, Any] = {"data": data, "paging": {"cursors": {"after": str(page + 1)}}}
        if page + 1 < len(self.sizes):
            body["paging"]["next"] = (
                f"{self.next_host}/v24.0/{WABA}/message_templates?limit=2&after={page + 1}&access_token=LEAKED{TOKEN}"
            )
        if page == 0:
            body["summary"] = {"total_count": sum(self.sizes)}
        return httpx.Response(200, json=body)


def test_walks_through_empty_and_short_pages_to_the_exact_count() -> None:
    graph = PagedGraph([2, 0, 0, 1, 2, 0])
    client = make_client(Script(graph))
    items = list(client.account(WABA).message_templates.list(limit=2))
    assert [t.name for t in items] == ["t0", "t1", "t2", "t3", "t4"]
    assert all(isinstance(t, MessageTemplate) for t in items)
    assert len(graph.requests) == 6


def test_next_urls_are_followed_without_their_embedded_token() -> None:
    graph = PagedGraph([1, 1])
    client = make_client(Script(graph))
    list(client.account(WABA).message_templates.list())
    follow = graph.requests[1]
    assert "access_token" not in str(follow.url) and TOKEN not in str(follow.url)
    assert follow.headers["Authorization"] == f"Bearer {TOKEN}"


def test_a_foreign_next_host_is_refused_and_never_sent_the_token() -> None:
    graph = PagedGraph([1, 1], next_host="https://evil.example.com")
    seen_hosts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen_hosts.append(request.url.host)
        return graph(request)

    client = make_client(Script(handler))
    pager = client.account(WABA).message_templates.list()
    with pytest.raises(UnsafeURLError, match=r"evil\.example\.com"):
        list(pager)
    assert seen_hosts == ["graph.facebook.com"]


def test_pages_are_fetched_lazily_and_max_items_stops_early() -> None:
    graph = PagedGraph([2, 2, 2, 2])
    client = make_client(Script(graph))
    pager = client.account(WABA).message_templates.list()
    assert graph.requests == []
    first = next(iter(pager))
    assert first.name == "t0"
    assert len(graph.requests) == 1
    assert [t.name for t in client.account(WABA).message_templates.list().items(max_items=3)] == ["t0", "t1", "t2"]
    assert len(graph.requests) == 3  # 1 + 2 pages for max_items=3


def test_pages_and_summary() -> None:
    graph = PagedGraph([2, 1])
    client = make_client(Script(graph))
    pager = client.account(WABA).message_templates.list(summary=["total_count"])
    assert pager.total_count() == 3
    pages = list(pager.pages())
    assert [len(p.data) for p in pages] == [2, 1]
    assert len(graph.requests) == 2, "the first page fetched for the summary is reused"
    assert parse_qs(graph.requests[0].url.query.decode())["summary"] == ["total_count"]


def test_resume_from_a_cursor() -> None:
    graph = PagedGraph([2, 2, 1])
    client = make_client(Script(graph))
    pager = client.account(WABA).message_templates.list()
    first_page = next(pager.pages())
    assert len(first_page.data) == 2
    resumed = client.account(WABA).message_templates.list(after=pager.cursor)
    assert [t.name for t in resumed] == ["t2", "t3", "t4"]


def test_memory_stays_one_page() -> None:
    graph = PagedGraph([50] * 40)
    client = make_client(Script(graph))
    first_page_ref: weakref.ref[Any] | None = None
    count = 0
    for page in client.account(WABA).message_templates.list().pages():
        if first_page_ref is None:
            first_page_ref = weakref.ref(page)
        count += len(page.data)
        del page
        gc.collect()
        if count > 100:
            assert first_page_ref() is None, "earlier pages must not be kept"
    assert count == 2000


def test_an_empty_list_yields_nothing() -> None:
    client = make_client(Script(httpx.Response(200, json={"data": []})))
    assert list(client.account(WABA).phone_numbers.list()) == []


async def test_async_pager_walks_all_pages() -> None:
    graph = PagedGraph([2, 0, 3])
    client = make_async_client(Script(graph))
    pager = client.account(WABA).message_templates.list(summary=["total_count"])
    assert await pager.total_count() == 5
    names = [t.name async for t in pager]
    assert names == ["t0", "t1", "t2", "t3", "t4"]
    assert len(await client.account(WABA).message_templates.list().collect(max_items=4)) == 4
    await client.close()


async def test_async_pager_refuses_foreign_hosts() -> None:
    client = make_async_client(Script(PagedGraph([1, 1], next_host="http://127.0.0.1:9")))
    with pytest.raises(UnsafeURLError):
        await client.account(WABA).message_templates.list().collect()


def test_root_is_what_the_tests_assume() -> None:
    assert make_client(Script(httpx.Response(200, json={}))).api_root == ROOT


def test_collect_max_pages_and_limits() -> None:
    graph = PagedGraph([2, 2, 1])
    client = make_client(Script(graph))
    assert [t.name for t in client.account(WABA).message_templates.list().collect(max_items=3)] == ["t0", "t1", "t2"]
    assert len(graph.requests) == 2
    pager = client.account(WABA).message_templates.list()
    assert [len(p.data) for p in pager.pages(max_pages=2)] == [2, 2]
    assert list(pager.pages(max_pages=0)) == [] and pager.collect(max_items=0) == []
    assert len(graph.requests) == 4, "max_pages=0 and max_items=0 fetch nothing"
    for bad in (-1, "3"):
        with pytest.raises(ValidationError, match="max_items"):
            pager.collect(max_items=bad)  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match="max_pages"):
            list(pager.pages(max_pages=bad))  # type: ignore[arg-type]


def test_the_first_page_is_fetched_once_then_consumed_by_iteration() -> None:
    graph = PagedGraph([2, 1])
    client = make_client(Script(graph))
    pager = client.account(WABA).message_templates.list(summary=["total_count"])
    first = pager.first_page()
    assert pager.first_page() is first and pager.total_count() == 3 and pager.cursor == "1"
    assert len(graph.requests) == 1
    assert [t.name for t in pager] == ["t0", "t1", "t2"]
    assert (len(graph.requests), pager.pages_fetched, pager.cursor) == (2, 2, "2")
    with pytest.raises(RuntimeError, match="consumed"):
        pager.first_page()
    assert repr(pager) == "<Pager listMessageTemplates: 2 page(s) fetched>"


async def test_async_pager_twin_behaviour() -> None:
    graph = PagedGraph([2, 2, 1])
    client = make_async_client(Script(graph))
    pager = client.account(WABA).message_templates.list(summary=["total_count"])
    assert (await pager.first_page()).data[0].name == "t0"
    assert [len(p.data) async for p in pager.pages(max_pages=2)] == [2, 2]
    assert (len(graph.requests), pager.cursor) == (2, "2")
    assert [p async for p in pager.pages(max_pages=0)] == []
    with pytest.raises(ValidationError):
        await pager.collect(max_items=-1)
    assert repr(pager) == "<AsyncPager listMessageTemplates: 2 page(s) fetched>"
    await client.close()
