"""Lazy pagers over Graph's cursor-paged lists, sync and async.

A pager fetches one page at a time, only when iteration needs it, so memory stays O(one page) however long
the list. It follows `paging.next` until a page has none — a short or empty page with a `next` is walked
through, never taken for the end. The next URL must point at the client's API host (the token is never sent
elsewhere) and is stripped of any `access_token` Graph embedded in it.

    for template in client.account(waba_id).message_templates.list(limit=100):   # every item
        ...
    for page in pager.pages():                                                   # page by page
        ...
    pager.items(max_items=500)                                                   # stop early
    pager.cursor                                                                 # resume later: list(after=...)
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from waba_api.types import Unset

if TYPE_CHECKING:
    from .client import AsyncWabaClient, WabaClient
    from .operations import PageModel, Prepared

T = TypeVar("T")


def next_url(page: object) -> str | None:
    """`paging.next` of a page, or None on the last page."""
    paging = getattr(page, "paging", None)
    if paging is None or isinstance(paging, Unset):
        return None
    url = getattr(paging, "next_", None)
    return url if isinstance(url, str) and url else None


def after_cursor(page: object) -> str | None:
    """`paging.cursors.after` of a page, if any."""
    paging = getattr(page, "paging", None)
    cursors = None if paging is None or isinstance(paging, Unset) else getattr(paging, "cursors", None)
    after = None if cursors is None or isinstance(cursors, Unset) else getattr(cursors, "after", None)
    return after if isinstance(after, str) else None


def summary_of(page: object) -> Any:
    """The `summary` model of a page (present when asked for with `summary=...`), else None."""
    summary = getattr(page, "summary", None)
    return None if summary is None or isinstance(summary, Unset) else summary


class _PagerState(Generic[T]):
    def __init__(self, first: Prepared[PageModel[T]]) -> None:
        self.first = first
        self.summary: Any = None
        self.cursor: str | None = None
        self.pages_fetched = 0

    def remember(self, page: PageModel[T]) -> None:
        if self.pages_fetched == 0:
            self.summary = summary_of(page)
        self.pages_fetched += 1

    def check_max(self, max_items: int | None) -> None:
        if max_items is not None and max_items < 0:
            raise ValueError("max_items must be >= 0")


class Pager(Generic[T]):
    """Items of a list operation, fetched lazily page by page (sync)."""

    def __init__(self, client: WabaClient, first: Prepared[PageModel[T]]) -> None:
        self._client = client
        self._state = _PagerState(first)
        self._peeked: PageModel[T] | None = None

    def pages(self, max_pages: int | None = None) -> Iterator[PageModel[T]]:
        """Each page (the generated list model), in order, until `paging.next` is absent."""
        state = self._state
        page = self._peeked if self._peeked is not None else self._client._execute(state.first)
        self._peeked = None
        if state.pages_fetched == 0:
            state.remember(page)
        count = 0
        while True:
            state.cursor = after_cursor(page) or state.cursor
            yield page
            count += 1
            url = next_url(page)
            if url is None or (max_pages is not None and count >= max_pages):
                return
            page = self._client._follow(url, state.first)
            state.remember(page)

    def items(self, max_items: int | None = None) -> Iterator[T]:
        """Every item of every page, stopping after `max_items` when given."""
        self._state.check_max(max_items)
        if max_items == 0:
            return
        yielded = 0
        for page in self.pages():
            for item in page.data:
                yield item
                yielded += 1
                if max_items is not None and yielded >= max_items:
                    return

    def __iter__(self) -> Iterator[T]:
        return self.items()

    def first_page(self) -> PageModel[T]:
        """The first page (fetched once; iteration starts from it)."""
        if self._peeked is None and self._state.pages_fetched == 0:
            self._peeked = self._client._execute(self._state.first)
            self._state.remember(self._peeked)
        if self._peeked is None:
            raise RuntimeError("the first page was already consumed by iteration")
        return self._peeked

    def summary(self) -> Any:
        """The list's `summary` model (ask for it with `summary=["total_count"]`); None when absent."""
        if self._state.pages_fetched == 0:
            self.first_page()
        return self._state.summary

    def total_count(self) -> int | None:
        """`summary.total_count`, when the list was asked for with `summary=["total_count"]`."""
        count = getattr(self.summary(), "total_count", None)
        return count if isinstance(count, int) else None

    @property
    def cursor(self) -> str | None:
        """The `after` cursor of the last page fetched: pass it as `after=` to resume after that page."""
        return self._state.cursor

    @property
    def pages_fetched(self) -> int:
        """How many pages were fetched so far."""
        return self._state.pages_fetched

    def __repr__(self) -> str:
        return f"<Pager {self._state.first.operation_id}: {self._state.pages_fetched} page(s) fetched>"


class AsyncPager(Generic[T]):
    """Items of a list operation, fetched lazily page by page (async: `async for item in pager`)."""

    def __init__(self, client: AsyncWabaClient, first: Prepared[PageModel[T]]) -> None:
        self._client = client
        self._state = _PagerState(first)
        self._peeked: PageModel[T] | None = None

    async def pages(self, max_pages: int | None = None) -> AsyncIterator[PageModel[T]]:
        """Each page (the generated list model), in order, until `paging.next` is absent."""
        state = self._state
        page = self._peeked if self._peeked is not None else await self._client._execute(state.first)
        self._peeked = None
        if state.pages_fetched == 0:
            state.remember(page)
        count = 0
        while True:
            state.cursor = after_cursor(page) or state.cursor
            yield page
            count += 1
            url = next_url(page)
            if url is None or (max_pages is not None and count >= max_pages):
                return
            page = await self._client._follow(url, state.first)
            state.remember(page)

    async def items(self, max_items: int | None = None) -> AsyncIterator[T]:
        """Every item of every page, stopping after `max_items` when given."""
        self._state.check_max(max_items)
        if max_items == 0:
            return
        yielded = 0
        async for page in self.pages():
            for item in page.data:
                yield item
                yielded += 1
                if max_items is not None and yielded >= max_items:
                    return

    def __aiter__(self) -> AsyncIterator[T]:
        return self.items()

    async def first_page(self) -> PageModel[T]:
        """The first page (fetched once; iteration starts from it)."""
        if self._peeked is None and self._state.pages_fetched == 0:
            self._peeked = await self._client._execute(self._state.first)
            self._state.remember(self._peeked)
        if self._peeked is None:
            raise RuntimeError("the first page was already consumed by iteration")
        return self._peeked

    async def summary(self) -> Any:
        """The list's `summary` model (ask for it with `summary=["total_count"]`); None when absent."""
        if self._state.pages_fetched == 0:
            await self.first_page()
        return self._state.summary

    async def total_count(self) -> int | None:
        """`summary.total_count`, when the list was asked for with `summary=["total_count"]`."""
        count = getattr(await self.summary(), "total_count", None)
        return count if isinstance(count, int) else None

    @property
    def cursor(self) -> str | None:
        """The `after` cursor of the last page fetched: pass it as `after=` to resume after that page."""
        return self._state.cursor

    @property
    def pages_fetched(self) -> int:
        """How many pages were fetched so far."""
        return self._state.pages_fetched

    async def collect(self, max_items: int | None = None) -> list[T]:
        """All items (up to `max_items`) in a list."""
        return [item async for item in self.items(max_items)]

    def __repr__(self) -> str:
        return f"<AsyncPager {self._state.first.operation_id}: {self._state.pages_fetched} page(s) fetched>"
