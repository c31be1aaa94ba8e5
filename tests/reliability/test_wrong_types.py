"""Class 2: no silent wrong type in what the wrapper reads itself. `paging.next` absent or null ends a list, a
non-empty string is followed, anything else raises UnexpectedResponseError (a listing never ends early in
silence); so do a non-string `paging.cursors.after`, a non-list `data` and a `summary.total_count` that is not
a non-negative integer. Usage headers are advice: wrong shapes are ignored (see test_untyped_escapes)."""

from __future__ import annotations

import pytest

from waba import UnexpectedResponseError

from .helpers import ROOT, WABA, async_client, response, sync_client

NEXT = f"{ROOT}/{WABA}/phone_numbers?after=B"


def page(ids: list[str], paging: object = None, **extra: object) -> object:
    body: dict[str, object] = {"data": [{"id": i} for i in ids], **extra}
    if paging is not None:
        body["paging"] = paging
    return response(200, body)


@pytest.mark.parametrize("bad_next", [5, 0, True, ["x"], {"url": NEXT}, ""])
def test_a_next_that_is_not_a_url_string_raises_instead_of_ending_the_list(bad_next: object) -> None:
    client, script = sync_client(page(["1"], {"next": bad_next}), page(["2"]))
    with pytest.raises(UnexpectedResponseError):
        client.account(WABA).phone_numbers.list().collect()
    assert len(script.requests) == 1


async def test_a_next_that_is_not_a_string_raises_async() -> None:
    client, _ = async_client(page(["1"], {"next": 5}))
    with pytest.raises(UnexpectedResponseError):
        await client.account(WABA).phone_numbers.list().collect()


@pytest.mark.parametrize("paging", [None, {"next": None}, {"cursors": {"before": "A", "after": None}}])
def test_absent_or_null_next_ends_the_list(paging: object) -> None:
    client, script = sync_client(page(["1", "2"], paging))
    assert [p.id for p in client.account(WABA).phone_numbers.list()] == ["1", "2"]
    assert len(script.requests) == 1


@pytest.mark.parametrize("after", [7, ["A"], {"c": 1}])
def test_an_after_cursor_that_is_not_a_string_raises(after: object) -> None:
    client, _ = sync_client(page(["1"], {"cursors": {"before": "A", "after": after}}))
    with pytest.raises(UnexpectedResponseError):
        client.account(WABA).phone_numbers.list().collect()


@pytest.mark.parametrize("count", ["12", -1, 1.5, [3]])
def test_a_total_count_that_is_not_a_count_raises_instead_of_reading_as_absent(count: object) -> None:
    client, _ = sync_client(page(["1"], summary={"total_count": count}))
    with pytest.raises(UnexpectedResponseError):
        client.account(WABA).message_templates.list(summary=["total_count"]).total_count()


def test_a_valid_total_count_is_read() -> None:
    client, _ = sync_client(page(["1"], summary={"total_count": 41}))
    assert client.account(WABA).message_templates.list(summary=["total_count"]).total_count() == 41


@pytest.mark.parametrize("data", ["abc", {"id": "1"}, None, 5])
def test_data_that_is_not_a_list_raises(data: object) -> None:
    client, _ = sync_client(response(200, {"data": data}))
    with pytest.raises(UnexpectedResponseError):
        client.account(WABA).phone_numbers.list().collect()
