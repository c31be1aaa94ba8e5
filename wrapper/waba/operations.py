"""Spec operations as typed, bound methods: one line per operation in `waba.resources`.

`Endpoint(signature, Model)` turns an operation's typed signature (`waba.signatures.<operation>`, which names
the generated request builder it describes) into a method of a resource: the resource supplies the node id, the
caller the keyword arguments of the signature, and the result is the generated `Model`. `Paged(signature,
ListModel)` does the same for list operations and returns a lazy pager over the list's items. A generated
builder (`waba_api.api.<tag>.<operation>.build_request`) can stand in for the signature. The same declaration
serves the sync and the async client: on a `WabaClient` resource a call returns the result, on an
`AsyncWabaClient` resource it returns an awaitable (and pagers iterate with `async for`).
"""

from __future__ import annotations

import functools
import inspect
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Concatenate, Generic, ParamSpec, Protocol, Self, TypeVar, overload

from .argtypes import builder_path
from .errors import ValidationError
from .lazy import Ref, module_name, resolve
from .pagination import AsyncPager, Pager
from .spec import OperationSpec, operations_by_module

if TYPE_CHECKING:
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
    """Shared part of `Endpoint` and `Paged`: the signature, the generated builder it describes, the model its
    answer parses into, and the spec operation behind them. Builder and model are imported on first use."""

    name = "operation"
    qualname = "operation"

    def __init__(self, signature: Callable[Concatenate[str, P], Any], model: FromDict[R]) -> None:
        self._signature = signature
        self._model = model

    @functools.cached_property
    def _build(self) -> Any:
        """The builder, or a `Ref` to it: a signature names the builder it describes (read on first use, so
        `waba.signatures` is imported by the first call, not by `import waba`)."""
        signature = resolve(self._signature)
        path = builder_path(signature)
        return Ref(path) if path is not None else signature

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.qualname = f"{owner.__name__}.{name}"

    @functools.cached_property
    def build(self) -> Callable[..., dict[str, Any]]:
        """The generated request builder (`waba_api.api.<tag>.<operation>.build_request`)."""
        build: Callable[..., dict[str, Any]] = resolve(self._build)
        return build

    @functools.cached_property
    def model(self) -> FromDict[R]:
        """The generated model one answer parses into."""
        return resolve(self._model)

    @functools.cached_property
    def spec(self) -> OperationSpec:
        """The spec operation behind the builder (the spec is read on first use, not at import)."""
        name = module_name(self._build)
        spec = operations_by_module().get(name)
        if spec is None:
            raise LookupError(f"generated module {name} has no operation in the bundled spec")
        return spec

    @property
    def operation_id(self) -> str:
        """The spec's operationId."""
        return self.spec.operation_id

    @functools.cached_property
    def parameters(self) -> list[inspect.Parameter]:
        """The keyword parameters a call takes (the signature's, without the node id), annotations as written."""
        signature = resolve(self._signature)
        parameters = list(inspect.signature(signature).parameters.values())[1:]
        return [p.replace(annotation=Annotation.of(p.annotation)) for p in parameters]

    @functools.cached_property
    def item_name(self) -> str:
        """The name of the item type of a list operation's pages (`MessageTemplate`), else `Any`."""
        from .model_checks import GeneratedModels  # noqa: PLC0415 - for help() and signatures only

        try:
            data = typing.get_type_hints(self.model, localns=GeneratedModels())["data"]
        except (KeyError, NameError, TypeError):
            return "Any"
        lists = [a for a in (*typing.get_args(data), data) if typing.get_origin(a) is list]
        return getattr(typing.get_args(lists[0])[0], "__name__", "Any") if lists else "Any"

    @functools.cached_property
    def doc(self) -> str:
        """The signature's docstring: summary, description, permissions, arguments."""
        return inspect.getdoc(resolve(self._signature)) or ""


class Annotation:
    """An annotation kept as the text it was written as (shown without quotes by `inspect` and `help()`)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    @classmethod
    def of(cls, annotation: Any) -> Any:
        """`annotation`, wrapped when it is a string."""
        return cls(annotation) if isinstance(annotation, str) else annotation

    def __repr__(self) -> str:
        return self.text


class Endpoint(_Operation[P, R]):
    """An operation returning one generated model."""

    def __init__(self, build: Callable[Concatenate[str, P], Any], returns: FromDict[R]) -> None:
        super().__init__(build, returns)

    @property
    def returns(self) -> FromDict[R]:
        """The generated model the operation returns."""
        return self.model

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, instance: Resource[Sync], owner: type[Any]) -> Call[P, R]: ...
    @overload
    def __get__(self, instance: Resource[Async], owner: type[Any]) -> AsyncCall[P, R]: ...
    def __get__(self, instance: Resource[Any] | None, owner: type[Any]) -> Any:
        if instance is None:
            return self
        return instance.client._call_class(instance.client, self, instance.id)


class Paged(_Operation[P, PageModel[T]], Generic[P, T]):
    """A list operation: returns a lazy pager over the items of every page."""

    def __init__(self, build: Callable[Concatenate[str, P], Any], page: FromDict[PageModel[T]]) -> None:
        super().__init__(build, page)

    @property
    def page(self) -> FromDict[PageModel[T]]:
        """The generated list model of one page."""
        return self.model

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, instance: Resource[Sync], owner: type[Any]) -> PagedCall[P, T]: ...
    @overload
    def __get__(self, instance: Resource[Async], owner: type[Any]) -> AsyncPagedCall[P, T]: ...
    def __get__(self, instance: Resource[Any] | None, owner: type[Any]) -> Any:
        if instance is None:
            return self
        return instance.client._paged_call_class(instance.client, self, instance.id)


class _Bound(Generic[P, R]):
    """An operation bound to a client and a node id; `prepare` builds (and validates) its request.

    It presents itself as the operation: `inspect.signature`, `help()` and IDEs show its keyword arguments,
    their types and the spec's description and permissions (bound operations are method-like, see `__get__`).
    """

    _shows: ClassVar[type | None] = None  # the result `inspect.signature` reports, when not the model

    def __init__(self, client: Any, operation: _Operation[P, R], node_id: str) -> None:
        self._client = client
        self._operation = operation
        self._node_id = node_id
        self.__name__ = operation.name
        self.__qualname__ = operation.qualname
        self.__doc__ = operation.doc

    def prepare(self, *args: P.args, **kwargs: P.kwargs) -> Prepared[R]:
        """Validate the arguments and build the call without sending it (e.g. for `client.batch`)."""
        if args:
            raise ValidationError(
                f"{self._operation.operation_id}: takes keyword arguments only, got {len(args)} positional "
                f"argument(s); name them (see help() of the operation).",
                operation=self._operation.operation_id,
            )
        prepared: Prepared[R] = self._client._prepare(self._operation, self._node_id, kwargs)
        return prepared

    @property
    def __signature__(self) -> inspect.Signature:
        """The operation's keyword arguments (the node id is bound) and its result type."""
        shows: Any = self._operation.model
        if self._shows is not None:
            shows = Annotation(f"{self._shows.__name__}[{self._operation.item_name}]")
        return inspect.Signature(self._operation.parameters, return_annotation=shows)

    def __get__(self, instance: object, owner: type | None = None) -> Self:
        """Bound operations are method-like for `help()` and `inspect.isroutine`; binding again is a no-op."""
        return self

    def __repr__(self) -> str:
        return f"<{self._operation.operation_id} of node {self._node_id}>"


class Call(_Bound[P, R]):
    """A bound operation of a sync client: call it with the operation's keyword arguments."""

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        result: R = self._client._execute(self.prepare(*args, **kwargs))
        return result


class AsyncCall(_Bound[P, R]):
    """A bound operation of an async client: await it with the operation's keyword arguments."""

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        result: R = await self._client._execute(self.prepare(*args, **kwargs))
        return result


class PagedCall(_Bound[P, PageModel[T]], Generic[P, T]):
    """A bound list operation of a sync client: call it for a lazy `Pager` (nothing is sent yet)."""

    _shows = Pager

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> Pager[T]:
        pager: Pager[T] = self._client._pager_class(self._client, self.prepare(*args, **kwargs))
        return pager


class AsyncPagedCall(_Bound[P, PageModel[T]], Generic[P, T]):
    """A bound list operation of an async client: call it for a lazy `AsyncPager` (iterate with `async for`)."""

    _shows = AsyncPager

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> AsyncPager[T]:
        pager: AsyncPager[T] = self._client._pager_class(self._client, self.prepare(*args, **kwargs))
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
