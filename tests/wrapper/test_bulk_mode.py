"""The bulk mode, `pager.raw()`: the same listing with items as decoded JSON, the same paging checks and guards."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import httpx
import pytest

from waba import AsyncPager, Pager, PaginationLoopError, UnexpectedResponseError, ValidationError
from waba.json_pages import RawPage
from waba_api.models import MessageTemplate

from .helpers import TOKEN, WABA, Script, make_async_client, make_client
from .test_pagination import PagedGraph


def test_raw_items_are_the_decoded_json_of_the_same_listing() -> None:
    graph = PagedGraph([2, 0, 1, 2])
    client = make_client(Script(graph))
    pager = client.account(WABA).message_templates.list(limit=2, status=["APPROVED"])
    typed = [template.to_dict() for template in pager]
    raw = list(pager.raw())
    assert all(type(item) is dict for item in raw)
    assert raw == typed == [{"id": str(1000 + i), "name": f"t{i}"} for i in range(5)]
    first, *_ = [request for request in graph.requests if "after" not in str(request.url)]
    assert first.url.params["status"] == '["APPROVED"]' and first.url.params["limit"] == "2"  # same arguments


def test_raw_pages_are_raw_pages_with_masked_next_urls_and_a_cursor() -> None:
    client = make_client(Script(PagedGraph([2, 1])))
    pager = client.account(WABA).message_templates.list(limit=2).raw()
    pages = list(pager.pages())
    assert [type(page) for page in pages] == [RawPage, RawPage]
    assert pages[0].paging is not None and pages[0].paging.next_ is not None
    assert TOKEN not in pages[0].paging.next_ and "access_token=***" in pages[0].paging.next_
    assert pager.cursor == "2" and pager.pages_fetched == 2
    assert TOKEN not in repr(pages) and TOKEN not in repr(pager)


def test_raw_starts_over_from_the_first_page_and_counts() -> None:
    graph = PagedGraph([2, 2, 1])
    client = make_client(Script(graph))
    pager = client.account(WABA).message_templates.list(limit=2)
    assert [t.name for t in pager.items(max_items=3)] == ["t0", "t1", "t2"]
    bulk = pager.raw()
    assert bulk.total_count() == 5
    assert [item["name"] for item in bulk] == ["t0", "t1", "t2", "t3", "t4"]


def test_raw_items_are_not_checked_but_the_paging_is() -> None:
    odd = {"data": [{"id": 7, "status": ["not", "a", "status"]}], "paging": {"cursors": {"after": "x"}}}
    client = make_client(Script(httpx.Response(200, json=odd)))
    listing = client.account(WABA).message_templates.list()
    with pytest.raises(UnexpectedResponseError, match="MessageTemplate"):
        list(listing)
    assert list(listing.raw()) == odd["data"]  # the bulk mode hands out what Graph sent
    bad_next = {"data": [], "paging": {"next": 42}}
    with pytest.raises(UnexpectedResponseError, match=r"paging\.next"):
        list(make_client(Script(httpx.Response(200, json=bad_next))).account(WABA).message_templates.list().raw())
    with pytest.raises(UnexpectedResponseError, match="list answer"):
        list(make_client(Script(httpx.Response(200, json={"data": {}}))).account(WABA).message_templates.list().raw())


def test_raw_listings_that_loop_stop() -> None:
    def looping(request: httpx.Request) -> httpx.Response:
        body: dict[str, Any] = {"data": [{"id": "1"}], "paging": {"cursors": {"after": "A"}}}
        body["paging"]["next"] = f"https://graph.facebook.com/v24.0/{WABA}/message_templates?after=A"
        return httpx.Response(200, json=body)

    client = make_client(Script(looping))
    with pytest.raises(PaginationLoopError):
        list(client.account(WABA).message_templates.list().raw())


def test_raw_takes_no_argument_and_is_documented() -> None:
    client = make_client(Script(PagedGraph([1])))
    pager = client.account(WABA).message_templates.list()
    assert isinstance(pager.raw(), Pager)
    assert str(inspect.signature(Pager.raw)) == "(self) -> 'Pager[dict[str, Any]]'"
    assert "bulk mode" in (Pager.raw.__doc__ or "") and "bulk mode" in (AsyncPager.raw.__doc__ or "")
    with pytest.raises(ValidationError):
        client.account(WABA).message_templates.list(limit="many")  # type: ignore[arg-type]


def test_async_raw_walks_the_same_items() -> None:
    async def main() -> tuple[list[Any], list[MessageTemplate]]:
        client = make_async_client(Script(PagedGraph([2, 0, 2])))
        async with client:
            pager = client.account(WABA).message_templates.list(limit=2)
            bulk = pager.raw()
            assert isinstance(bulk, AsyncPager)
            return [item async for item in bulk], await pager.collect()

    raw, typed = asyncio.run(main())
    assert raw == [template.to_dict() for template in typed] and len(raw) == 4
