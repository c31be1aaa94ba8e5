"""Drive an `AsyncWabaClient` from the synchronous cassette tests, so the same tests replay through both clients.

`Blocking(client, portal)` presents the async client's surface synchronously: whatever it returns that must be
awaited is awaited on the portal's event loop (a thread of its own), async iterators become iterators, and the
SDK's objects (resources, bound operations, pagers) are wrapped the same way. Models, `Prepared` calls and
results come back as they are. This works because both clients have the same surface (test_parity.py).
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Iterator
from typing import Any, TypeVar

from anyio.from_thread import BlockingPortal

from waba import AsyncPager, AsyncWabaClient
from waba.operations import AsyncCall, AsyncPagedCall
from waba.resources import Resource

T = TypeVar("T")
WRAPPED = (AsyncWabaClient, Resource, AsyncCall, AsyncPagedCall, AsyncPager)


async def _await(awaitable: Awaitable[T]) -> T:
    return await awaitable


async def _next(iterator: AsyncIterator[T]) -> T:
    return await iterator.__anext__()


class Blocking:
    """A synchronous view of an object of the async client (see the module docstring)."""

    def __init__(self, target: Any, portal: BlockingPortal) -> None:
        self._target = target
        self._portal = portal

    def __getattr__(self, name: str) -> Any:
        return self._adapt(getattr(self._target, name))

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._adapt(self._target(*args, **kwargs))

    def __iter__(self) -> Iterator[Any]:
        return self._iterate(self._target.__aiter__())

    def __repr__(self) -> str:
        return f"Blocking({self._target!r})"

    def _iterate(self, iterator: AsyncIterator[Any]) -> Iterator[Any]:
        while True:
            try:
                item = self._portal.call(_next, iterator)
            except StopAsyncIteration:
                return
            yield self._adapt(item)

    def _adapt(self, value: Any) -> Any:
        if inspect.isawaitable(value):
            return self._adapt(self._portal.call(_await, value))
        if isinstance(value, AsyncIterator):
            return self._iterate(value)
        if isinstance(value, WRAPPED) or inspect.ismethod(value):
            return Blocking(value, self._portal)
        return value
