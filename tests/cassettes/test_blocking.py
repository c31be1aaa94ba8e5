"""The adapter that replays the cassette tests through the async client really drives the async client."""

from __future__ import annotations

import threading

import httpx
import pytest
from anyio.from_thread import start_blocking_portal

from waba import AsyncWabaClient, NotFoundError

from .blocking import Blocking

WABA = "102290129340398"


def test_calls_pagers_and_errors_go_through_the_async_client() -> None:
    threads: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        threads.append(threading.current_thread().name)
        if request.url.path.endswith("/phone_numbers"):
            after = request.url.params.get("after")
            if after is None:
                return httpx.Response(200, json={"data": [{"id": "1"}], "paging": {"next": f"{request.url}?after=2"}})
            return httpx.Response(200, json={"data": [{"id": "2"}]})
        if request.url.path.endswith("/999"):
            return httpx.Response(404, json={"error": {"message": "no", "code": 803, "type": "OAuthException"}})
        return httpx.Response(200, json={"id": WABA, "name": "Acme"})

    with start_blocking_portal() as portal:
        client = AsyncWabaClient(access_token="EAAtoken123", transport=httpx.MockTransport(handler), max_retries=0)
        graph = Blocking(client, portal)
        assert graph.account(WABA).get().name == "Acme"
        pager = graph.account(WABA).phone_numbers.list()
        assert [n.id for n in pager] == ["1", "2"]
        assert pager.pages_fetched == 2
        with pytest.raises(NotFoundError):
            graph.account("999").get()
        portal.call(client.close)
        assert client.is_closed
    assert len(threads) == 4
    assert threading.current_thread().name not in threads, "the requests ran on the portal's event loop"
