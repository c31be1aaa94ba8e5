"""Class 4: a listing always ends. A server that answers the same cursor again, cycles between pages, or keeps
answering empty pages with a `next` makes the pager raise a typed error (after yielding what it got) instead of
looping forever. Every Script here refuses to answer more than 500 requests, so a looping pager fails."""

from __future__ import annotations

import itertools

import httpx
import pytest

from waba import UnexpectedResponseError, WabaError

from .helpers import ROOT, WABA, Script, async_client, response, sync_client

BASE = f"{ROOT}/{WABA}/phone_numbers"


def page(ids: list[str], next_url: str | None = None, after: str | None = None) -> httpx.Response:
    body: dict[str, object] = {"data": [{"id": i} for i in ids]}
    paging: dict[str, object] = {}
    if after is not None:
        paging["cursors"] = {"before": "B0", "after": after}
    if next_url is not None:
        paging["next"] = next_url
    if paging:
        body["paging"] = paging
    return response(200, body)


def test_the_same_next_again_raises_after_yielding_the_items() -> None:
    client, script = sync_client(page(["1"], f"{BASE}?after=A", "A"), page(["2"], f"{BASE}?after=A", "A"))
    seen: list[str] = []
    with pytest.raises(UnexpectedResponseError, match="never end") as caught:
        seen.extend(p.id for p in client.account(WABA).phone_numbers.list())
    assert seen == ["1", "2"]
    assert len(script.requests) == 2
    assert getattr(caught.value, "cursor", None) == "A"


async def test_the_same_next_again_raises_async() -> None:
    client, script = async_client(page(["1"], f"{BASE}?after=A"), page(["2"], f"{BASE}?after=A"))
    with pytest.raises(UnexpectedResponseError):
        await client.account(WABA).phone_numbers.list().collect()
    assert len(script.requests) == 2


def test_a_cycle_between_pages_raises() -> None:
    client, script = sync_client(page(["1"], f"{BASE}?after=A"), page(["2"], f"{BASE}?after=B"),
                                 page(["3"], f"{BASE}?after=A"))  # fmt: skip
    with pytest.raises(UnexpectedResponseError):
        client.account(WABA).phone_numbers.list().collect()
    assert len(script.requests) == 3


def test_the_same_cursor_in_another_url_raises() -> None:
    counter = itertools.count()

    def answer(request: httpx.Request) -> httpx.Response:
        return page([str(next(counter))], f"{BASE}?after=SAME&nonce={next(counter)}")

    client, _ = sync_client(answer)
    with pytest.raises(UnexpectedResponseError):
        client.account(WABA).phone_numbers.list().collect()


def test_endless_empty_pages_with_fresh_cursors_stop() -> None:
    counter = itertools.count()

    def answer(request: httpx.Request) -> httpx.Response:
        return page([], f"{BASE}?after=C{next(counter)}")

    client, script = sync_client(answer)
    with pytest.raises(UnexpectedResponseError, match="empty pages"):
        client.account(WABA).phone_numbers.list().collect()
    assert len(script.requests) <= 50


def test_a_few_empty_pages_with_a_next_are_walked_through() -> None:
    answers = [page([], f"{BASE}?after=E{i}") for i in range(5)]
    client, script = sync_client(Script(*answers, page(["1"], f"{BASE}?after=Z"), page(["2"])))
    assert [p.id for p in client.account(WABA).phone_numbers.list()] == ["1", "2"]
    assert len(script.requests) == 7


def test_max_pages_still_stops_an_endless_listing_early() -> None:
    counter = itertools.count()

    def answer(request: httpx.Request) -> httpx.Response:
        n = next(counter)
        return page([str(n)], f"{BASE}?after=N{n}")

    client, script = sync_client(answer)
    pages = list(client.account(WABA).phone_numbers.list().pages(max_pages=30))
    assert len(pages) == 30 and len(script.requests) == 30


def test_the_loop_error_is_an_sdk_error_with_a_clear_message() -> None:
    client, _ = sync_client(page(["1"], f"{BASE}?after=A"), page([], f"{BASE}?after=A"))
    with pytest.raises(WabaError) as caught:
        client.account(WABA).phone_numbers.list().collect()
    assert "listPhoneNumbers" in str(caught.value) and "after=" in str(caught.value)


def test_a_long_cycle_is_caught_before_any_page_repeats() -> None:
    """A ring of 300 pages (longer than the guard's recent set, so most fingerprints sit in its sorted array)."""
    ring = 300

    def answer(request: httpx.Request) -> httpx.Response:
        n = int(request.url.params.get("after", "N0")[1:])
        return page([str(n)], f"{BASE}?after=N{n + 1 if n + 1 < ring else 1}")  # the last leads back to the 2nd

    client, script = sync_client(answer)
    seen: list[str] = []
    with pytest.raises(UnexpectedResponseError, match="never end"):
        seen.extend(p.id for p in client.account(WABA).phone_numbers.list())
    assert seen == [str(n) for n in range(ring)]  # every page once, none twice
    assert len(script.requests) == ring
