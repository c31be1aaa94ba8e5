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
    pager.collect(max_items=500)                                                 # into a list
    pager.cursor                                                                 # resume later: list(after=...)
    pager.total_count()                                                          # asks for summary=total_count
    for template in pager.raw():                                                 # bulk mode: items as dicts
        ...

A listing always ends. When `paging.next` leads back to a page already fetched (the same URL, or the same
`after` cursor), or `MAX_EMPTY_PAGES` pages in a row come back empty with a `next`, the pager raises
`PaginationLoopError` (a `waba.errors.UnexpectedResponseError`) after yielding every item it got.

The paging fields the pager reads are checked, never guessed: `paging.next` absent or `null` ends the list, a
non-empty string is followed, and anything else (a number, an object, an empty string) raises
`UnexpectedResponseError`, as does a `paging.cursors.after` that is not a string, a `data` that is not a list,
and a `summary.total_count` that is not a non-negative integer. The `next`/`previous` URLs of the pages handed
out carry `access_token=***` (Graph embeds the token in them); following them needs no token in the URL.

`PagerCore` holds a pager's state and makes every decision (what to fetch, when to stop, what to remember);
`Pager` and `AsyncPager` are its two short I/O loops and differ only in `await`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .errors import PaginationLoopError, UnexpectedResponseError, ValidationError
from .fingerprints import Fingerprints
from .json_pages import RawPage
from .payload import is_int
from .redaction import mask_secret_params
from .urls import query_value

if TYPE_CHECKING:
    from .operations import PageModel, Prepared

T = TypeVar("T")
#: Empty pages in a row (each with a `paging.next`) after which a listing is taken for one that never ends.
MAX_EMPTY_PAGES = 20


def _text_field(value: Any, name: str) -> str | None:
    """A paging string: None when absent or null, the string when non-empty; UnexpectedResponseError otherwise."""
    if value is None:
        return None
    if isinstance(value, str) and value:
        return value
    raise UnexpectedResponseError(f"{name} must be a non-empty string, got {value!r:.100}; the list cannot go on.")


def next_url(page: object) -> str | None:
    """`paging.next` of a page, or None on the last page. UnexpectedResponseError when it is not a string."""
    return _text_field(getattr(getattr(page, "paging", None), "next_", None), "paging.next")


def after_cursor(page: object) -> str | None:
    """`paging.cursors.after` of a page, if any. UnexpectedResponseError when it is not a string."""
    cursors = getattr(getattr(page, "paging", None), "cursors", None)
    return _text_field(getattr(cursors, "after", None), "paging.cursors.after")


def _mask_page_urls(page: object) -> None:
    """Mask the token Graph embeds in `paging.next`/`previous`, so a page's repr never shows it."""
    paging = getattr(page, "paging", None)
    for name in ("next_", "previous"):
        value = getattr(paging, name, None)
        if isinstance(value, str) and "=" in value:
            setattr(paging, name, mask_secret_params(value))


def summary_of(page: object) -> Any:
    """The `summary` of a page (present when asked for with `summary=...`): its model, or the raw object when
    the list model declares none; else None."""
    summary = getattr(page, "summary", None)
    if summary is None:
        extra = getattr(page, "additional_properties", None)
        summary = extra.get("summary") if isinstance(extra, dict) else None
    return summary


def _check_limit(value: int | None, name: str, where: str) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
        raise ValidationError(
            f"{where}: `{name}` must be None (no limit) or an integer >= 0, got {value!r}.",
            operation=where,
            argument=name,
            allowed="None or an integer >= 0",
        )


class ItemLimit(Generic[T]):
    """How many more items `items(max_items=...)` may yield (no limit when `max_items` is None)."""

    def __init__(self, max_items: int | None) -> None:
        _check_limit(max_items, "max_items", "Pager.items")
        self.remaining = max_items

    @property
    def done(self) -> bool:
        """True once `max_items` items were taken."""
        return self.remaining == 0

    def take(self, page: PageModel[T]) -> Sequence[T]:
        """The items of `page` to yield, counted against the limit."""
        items = page.data if self.remaining is None else page.data[: self.remaining]
        if self.remaining is not None:
            self.remaining -= len(items)
        return items


class PagerCore(Generic[T]):
    """The state and decisions of one pager, without I/O: the first call, the pages fetched, the `summary`
    and `after` cursor seen, a first page fetched ahead of iteration, and when to stop."""

    def __init__(self, first: Prepared[PageModel[T]]) -> None:
        self.first = first
        self.summary: Any = None
        self.cursor: str | None = None
        self.pages_fetched = 0
        self.empty_in_a_row = 0
        self._kept: PageModel[T] | None = None
        #: One fingerprint per page followed (its `after` cursor, else its URL): a loop guard that costs about 8
        #: bytes a page however long the listing (64-bit hashes: the odds of a false alarm are ~pages²/2⁶⁴).
        self._followed = Fingerprints()

    @property
    def needs_first_page(self) -> bool:
        """True until a page was fetched (then `first_page()` and `summary()` have what they need)."""
        return self.pages_fetched == 0

    def fetched(self, page: PageModel[T]) -> PageModel[T]:
        """Check and record a page just fetched (the list's summary comes with the first) and return it."""
        if not isinstance(page.data, list):
            raise UnexpectedResponseError(f"{self.first.operation_id}: a page's data must be a list")
        next_url(page)  # checked now: a `next` of the wrong type fails the page, not a later step
        self.cursor = after_cursor(page) or self.cursor
        _mask_page_urls(page)
        if self.pages_fetched == 0:
            self.summary = summary_of(page)
        self.pages_fetched += 1
        self.empty_in_a_row = 0 if page.data else self.empty_in_a_row + 1
        return page

    def keep_first(self, page: PageModel[T]) -> None:
        """Keep the first page, fetched ahead (`first_page()`, `summary()`), for iteration to start from."""
        self._kept = self.fetched(page)

    def kept_first(self) -> PageModel[T]:
        """The first page fetched ahead; RuntimeError when iteration has already consumed it."""
        if self._kept is None:
            raise RuntimeError("the first page was already consumed by iteration; start a new list() call")
        return self._kept

    def start(self, max_pages: int | None) -> tuple[bool, PageModel[T] | None]:
        """Begin `pages()`: (whether to go on at all, the first page when it was fetched ahead)."""
        _check_limit(max_pages, "max_pages", "Pager.pages")
        if max_pages == 0:
            return False, None
        kept, self._kept = self._kept, None
        return True, kept

    def next_url(self, page: PageModel[T], pages_yielded: int, max_pages: int | None) -> str | None:
        """The URL of the page after `page`, or None when the list ends or `max_pages` pages were yielded.
        Raises PaginationLoopError when following it would never end."""
        if max_pages is not None and pages_yielded >= max_pages:
            return None
        url = next_url(page)
        if url is None:
            return None
        if self.empty_in_a_row >= MAX_EMPTY_PAGES:
            self._loop(f"{self.empty_in_a_row} empty pages in a row, each with a paging.next")
        key = mask_secret_params(url)
        after = query_value(key, "after")  # not a URL at all: the client says so when it follows it
        # The same URL has the same cursor; a cursor seen before is a loop even in a URL written differently.
        fingerprint = hash(("after", after) if after is not None else ("url", key))
        if fingerprint in self._followed:
            self._loop("paging.next leads back to a page already fetched")
        self._followed.add(fingerprint)
        return url

    def _loop(self, what: str) -> None:
        raise PaginationLoopError(
            f"{self.first.operation_id}: {what}; the listing would never end, so it stopped after "
            f"{self.pages_fetched} page(s). The items yielded are correct; to resume later, list again with "
            f"after={self.cursor!r}.",
            pages_fetched=self.pages_fetched,
            cursor=self.cursor,
        )

    def total_count(self) -> int | None:
        """`summary.total_count`, when present. UnexpectedResponseError when it is not a non-negative integer."""
        return count_of(self.summary)

    def count_first(self) -> None:
        """Before the first page is fetched: make the first call ask for `summary=total_count` too."""
        self.first = asking_total_count(self.first)

    def asked_total_count(self) -> bool:
        """True when the first call asked for `total_count`."""
        return "total_count" in str(self.first.params.get("summary", "")).split(",")


def count_of(summary: Any) -> int | None:
    """`summary.total_count`, when present. UnexpectedResponseError when it is not a non-negative integer."""
    count = summary.get("total_count") if isinstance(summary, dict) else getattr(summary, "total_count", None)
    if count is None:
        return None
    if not is_int(count) or count < 0:
        raise UnexpectedResponseError(f"summary.total_count must be a non-negative integer, got {count!r:.100}")
    return count


def asking_total_count(call: Prepared[Any], *, limit: int | None = None) -> Prepared[Any]:
    """`call` with `total_count` added to its `summary` parameter (and `limit` when given)."""
    asked = [s for s in str(call.params.get("summary", "")).split(",") if s]
    params = {**call.params, "summary": ",".join([*asked, "total_count"] if "total_count" not in asked else asked)}
    if limit is not None:
        params["limit"] = limit
    return dataclasses.replace(call, params=params)


def as_raw(call: Prepared[Any]) -> Prepared[Any]:
    """`call`, its answer read as a `RawPage` (items as decoded JSON) instead of a generated list model."""
    return dataclasses.replace(call, parse=RawPage.from_json)


class _PagerBase(Generic[T]):
    """What `Pager` and `AsyncPager` share: the core and the read-only views of its state."""

    def __init__(self, client: Any, first: Prepared[PageModel[T]]) -> None:
        self._client = client
        self._core = PagerCore(first)

    @property
    def cursor(self) -> str | None:
        """The `after` cursor of the last page fetched: pass it as `after=` to resume after that page."""
        return self._core.cursor

    @property
    def pages_fetched(self) -> int:
        """How many pages were fetched so far."""
        return self._core.pages_fetched

    def __repr__(self) -> str:
        core = self._core
        return f"<{type(self).__name__} {core.first.operation_id}: {core.pages_fetched} page(s) fetched>"


class Pager(_PagerBase[T]):
    """Items of a list operation, fetched lazily page by page (sync: `for item in pager`)."""

    def pages(self, max_pages: int | None = None) -> Iterator[PageModel[T]]:
        """Each page (the generated list model), in order, until `paging.next` is absent or `max_pages`."""
        core = self._core
        go_on, page = core.start(max_pages)
        if not go_on:
            return
        if page is None:
            page = core.fetched(self._client._execute(core.first))
        yielded = 0
        while True:
            yield page
            yielded += 1
            url = core.next_url(page, yielded, max_pages)
            if url is None:
                return
            del page  # not kept while the next page is read: one page in memory, not two
            page = core.fetched(self._client._follow(url, core.first))

    def items(self, max_items: int | None = None) -> Iterator[T]:
        """Every item of every page, stopping after `max_items` when given."""
        limit: ItemLimit[T] = ItemLimit(max_items)
        if limit.done:
            return
        for page in self.pages():
            yield from limit.take(page)
            if limit.done:
                return
            del page  # released before the next page is read

    def __iter__(self) -> Iterator[T]:
        return self.items()

    def raw(self) -> Pager[dict[str, Any]]:
        """The bulk mode: the same listing (same arguments, from its first page) with every item as decoded JSON
        (a dict) and every page a `waba.json_pages.RawPage` — no models built, for walking very many items.
        The paging checks and the loop guards are the same; item fields are not checked."""
        return Pager(self._client, as_raw(self._core.first))

    def collect(self, max_items: int | None = None) -> list[T]:
        """All items (up to `max_items`) in a list."""
        return list(self.items(max_items))

    def first_page(self) -> PageModel[T]:
        """The first page (fetched once; iteration starts from it)."""
        if self._core.needs_first_page:
            self._core.keep_first(self._client._execute(self._core.first))
        return self._core.kept_first()

    def summary(self) -> Any:
        """The list's `summary` model (ask for it with `summary=["total_count"]`); None when absent."""
        if self._core.needs_first_page:
            self.first_page()
        return self._core.summary

    def total_count(self) -> int | None:
        """How many items the list has (`summary.total_count`); asked for when the call did not ask itself (one
        extra small request when pages were already fetched). None when Graph does not count this list."""
        core = self._core
        if core.needs_first_page:
            core.count_first()
        count = count_of(self.summary())
        if count is None and not core.asked_total_count():
            count = count_of(summary_of(self._client._execute(asking_total_count(core.first, limit=1))))
        return count


class AsyncPager(_PagerBase[T]):
    """Items of a list operation, fetched lazily page by page (async: `async for item in pager`)."""

    async def pages(self, max_pages: int | None = None) -> AsyncIterator[PageModel[T]]:
        """Each page (the generated list model), in order, until `paging.next` is absent or `max_pages`."""
        core = self._core
        go_on, page = core.start(max_pages)
        if not go_on:
            return
        if page is None:
            page = core.fetched(await self._client._execute(core.first))
        yielded = 0
        while True:
            yield page
            yielded += 1
            url = core.next_url(page, yielded, max_pages)
            if url is None:
                return
            del page  # not kept while the next page is read: one page in memory, not two
            page = core.fetched(await self._client._follow(url, core.first))

    async def items(self, max_items: int | None = None) -> AsyncIterator[T]:
        """Every item of every page, stopping after `max_items` when given."""
        limit: ItemLimit[T] = ItemLimit(max_items)
        if limit.done:
            return
        async for page in self.pages():
            for item in limit.take(page):
                yield item
            if limit.done:
                return
            del page  # released before the next page is read

    def __aiter__(self) -> AsyncIterator[T]:
        return self.items()

    def raw(self) -> AsyncPager[dict[str, Any]]:
        """The bulk mode: the same listing (same arguments, from its first page) with every item as decoded JSON
        (a dict) and every page a `waba.json_pages.RawPage` — no models built, for walking very many items.
        The paging checks and the loop guards are the same; item fields are not checked."""
        return AsyncPager(self._client, as_raw(self._core.first))

    async def collect(self, max_items: int | None = None) -> list[T]:
        """All items (up to `max_items`) in a list."""
        return [item async for item in self.items(max_items)]

    async def first_page(self) -> PageModel[T]:
        """The first page (fetched once; iteration starts from it)."""
        if self._core.needs_first_page:
            self._core.keep_first(await self._client._execute(self._core.first))
        return self._core.kept_first()

    async def summary(self) -> Any:
        """The list's `summary` model (ask for it with `summary=["total_count"]`); None when absent."""
        if self._core.needs_first_page:
            await self.first_page()
        return self._core.summary

    async def total_count(self) -> int | None:
        """How many items the list has (`summary.total_count`); asked for when the call did not ask itself (one
        extra small request when pages were already fetched). None when Graph does not count this list."""
        core = self._core
        if core.needs_first_page:
            core.count_first()
        count = count_of(await self.summary())
        if count is None and not core.asked_total_count():
            count = count_of(summary_of(await self._client._execute(asking_total_count(core.first, limit=1))))
        return count
