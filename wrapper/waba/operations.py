"""Spec operations as typed, bound methods: one line per operation in `waba.resources`.

`Endpoint(build, Model)` turns a generated request builder (`waba_api.api.<tag>.<operation>._get_kwargs`)
into a method of a resource: the resource supplies the node id, the caller the other arguments (same names and
types as the generated code), and the result is the generated `Model`. `Paged(build, ListModel)` does the same
for list operations and returns a lazy pager over the list's items. The same declaration serves the sync and
the async client: on a `WabaClient` resource a call returns the result, on an `AsyncWabaClient` resource it
returns an awaitable (and pagers iterate with `async for`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Protocol, Self, TypeVar, overload

from .spec import OperationSpec, operations_by_module

if TYPE_CHECKING:
    from .pagination import AsyncPager, Pager
    from .resources import Resource

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
R_co = TypeVar("R_co", covariant=True)
T_co = TypeVar("T_co", covariant=True)


class Sync:
    """Marker: resources of a `WabaClient`."""


class Async:
    """Marker: resources of an `AsyncWabaClient`."""


class FromDict(Protocol[R_co]):
    """A generated model class: builds itself from a decoded JSON object."""

    def from_dict(self, src_dict: Mapping[str, Any], /) -> R_co: ...


class PageModel(Protocol[T_co]):
    """A generated list model: `data` holds the items of one page."""

    @property
    def data(self) -> Sequence[T_co]: ...


@dataclass(frozen=True)
class Prepared(Generic[R]):
    """A validated call, ready to send — alone, or as part of `client.batch([...])`.

    `path` is relative to the API root (`/<node-id>/<edge>`), `params` the encoded query, `json` the body.
    """

    operation_id: str
    method: str
    path: str
    params: Mapping[str, Any]
    json: Any
    parse: Callable[[Any], R] = field(repr=False)


class _Operation(Generic[P, R]):
    """Shared part of `Endpoint` and `Paged`: the generated builder and the spec operation behind it."""

    def __init__(self, build: Callable[Concatenate[str, P], dict[str, Any]]) -> None:
        self.build = build

    @functools.cached_property
    def spec(self) -> OperationSpec:
        """The spec operation behind the builder (the spec is read on first use, not at import)."""
        spec = operations_by_module().get(self.build.__module__.rsplit(".", 1)[-1])
        if spec is None:
            raise LookupError(f"{self.build.__module__} has no operation in the bundled spec")
        return spec

    @property
    def operation_id(self) -> str:
        """The spec's operationId."""
        return self.spec.operation_id


class Endpoint(_Operation[P, R]):
    """An operation returning one generated model."""

    def __init__(self, build: Callable[Concatenate[str, P], dict[str, Any]], returns: FromDict[R]) -> None:
        super().__init__(build)
        self.returns = returns

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, instance: Resource[Sync], owner: type[Any]) -> Call[P, R]: ...
    @overload
    def __get__(self, instance: Resource[Async], owner: type[Any]) -> AsyncCall[P, R]: ...
    def __get__(self, instance: Resource[Any] | None, owner: type[Any]) -> Any:
        if instance is None:
            return self
        return instance.client._bind(self, instance.id)


class Paged(_Operation[P, T]):
    """A list operation: returns a lazy pager over the items of every page."""

    def __init__(self, build: Callable[Concatenate[str, P], dict[str, Any]], page: FromDict[PageModel[T]]) -> None:
        super().__init__(build)
        self.page = page

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, instance: Resource[Sync], owner: type[Any]) -> PagedCall[P, T]: ...
    @overload
    def __get__(self, instance: Resource[Async], owner: type[Any]) -> AsyncPagedCall[P, T]: ...
    def __get__(self, instance: Resource[Any] | None, owner: type[Any]) -> Any:
        if instance is None:
            return self
        return instance.client._bind_paged(self, instance.id)


class _Bound(Generic[P, R]):
    def __init__(self, client: Any, operation: Endpoint[P, R], node_id: str) -> None:
        self._client = client
        self._operation = operation
        self._node_id = node_id

    def prepare(self, *args: P.args, **kwargs: P.kwargs) -> Prepared[R]:
        """Validate the arguments and build the call without sending it (e.g. for `client.batch`)."""
        if args:
            raise TypeError(f"{self._operation.operation_id}() takes keyword arguments only")
        prepared: Prepared[R] = self._client._prepare(
            self._operation, self._node_id, self._operation.returns.from_dict, kwargs
        )
        return prepared

    def __repr__(self) -> str:
        return f"<{self._operation.operation_id} of node {self._node_id}>"


class Call(_Bound[P, R]):
    """A bound operation of a sync client."""

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        result: R = self._client._execute(self.prepare(*args, **kwargs))
        return result


class AsyncCall(_Bound[P, R]):
    """A bound operation of an async client."""

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        result: R = await self._client._execute(self.prepare(*args, **kwargs))
        return result


class _BoundPaged(Generic[P, T]):
    def __init__(self, client: Any, operation: Paged[P, T], node_id: str) -> None:
        self._client = client
        self._operation = operation
        self._node_id = node_id

    def prepare(self, *args: P.args, **kwargs: P.kwargs) -> Prepared[PageModel[T]]:
        """Validate the arguments and build the first page's call without sending it."""
        if args:
            raise TypeError(f"{self._operation.operation_id}() takes keyword arguments only")
        prepared: Prepared[PageModel[T]] = self._client._prepare(
            self._operation, self._node_id, self._operation.page.from_dict, kwargs
        )
        return prepared

    def __repr__(self) -> str:
        return f"<{self._operation.operation_id} of node {self._node_id}>"


class PagedCall(_BoundPaged[P, T]):
    """A bound list operation of a sync client."""

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> Pager[T]:
        pager: Pager[T] = self._client._pager(self.prepare(*args, **kwargs))
        return pager


class AsyncPagedCall(_BoundPaged[P, T]):
    """A bound list operation of an async client (iterate the pager with `async for`)."""

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> AsyncPager[T]:
        pager: AsyncPager[T] = self._client._pager(self.prepare(*args, **kwargs))
        return pager


__all__ = [
    "Async",
    "AsyncCall",
    "AsyncPagedCall",
    "Call",
    "Endpoint",
    "FromDict",
    "PageModel",
    "Paged",
    "PagedCall",
    "Prepared",
    "Sync",
]
