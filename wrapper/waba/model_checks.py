"""Checks of a generated model instance the caller built: every enum field holds an enum member, every nested
model field a model — the mistakes its `to_dict()` would otherwise turn into an AttributeError or a silently
wrong body. Values are checked against the JSON schema afterwards (`waba.validation`)."""

from __future__ import annotations

import enum
import functools
import importlib
import types
import typing
from collections.abc import Iterator, Mapping
from typing import Any, cast

import attrs

from .schema_checks import Problem, one_of, show


class GeneratedModels(Mapping[str, Any]):
    """The generated models by name, imported on lookup (their annotations name them lazily)."""

    def __getitem__(self, name: str) -> Any:
        try:
            return getattr(importlib.import_module("waba_api.models"), name)
        except AttributeError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


def _members(annotation: Any) -> list[Any]:
    """The alternatives of a union annotation, without `Unset` and `None`."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [m for a in typing.get_args(annotation) for m in _members(a)]
    if annotation is type(None) or getattr(annotation, "__name__", "") == "Unset":
        return []
    return [annotation]


@functools.cache
def _fields(cls: Any) -> tuple[tuple[str, tuple[Any, ...]], ...]:
    """(attribute, accepted alternatives) of a model class's fields."""
    hints = typing.get_type_hints(cls, localns=GeneratedModels())
    return tuple((field.name, tuple(_members(hints.get(field.name, Any)))) for field in attrs.fields(cls))


def is_model(value: Any) -> bool:
    """True for an instance of a generated (attrs) model."""
    return attrs.has(type(value)) and hasattr(value, "to_dict")


def check_model(value: Any, path: str) -> None:
    """Raise Problem for the first field holding what its type does not accept (enum and model fields)."""
    for name, accepted in _fields(cast(Any, type(value))):
        check_value(getattr(value, name), accepted, f"{path}.{name}")


def check_value(value: Any, accepted: tuple[Any, ...], path: str) -> None:
    """Check one field value against its accepted alternatives (recursing into lists and models)."""
    if value is None or type(value).__name__ == "Unset" or not accepted:
        return
    enums = [a for a in accepted if isinstance(a, type) and issubclass(a, enum.Enum)]
    models = [a for a in accepted if isinstance(a, type) and attrs.has(a)]
    lists = [a for a in accepted if typing.get_origin(a) is list]
    if any(isinstance(value, a) for a in (*enums, *models)):
        if is_model(value):
            check_model(value, path)
        return
    if lists and isinstance(value, list):
        items = tuple(m for a in lists for m in _members(typing.get_args(a)[0]))
        for index, item in enumerate(value):
            check_value(item, items, f"{path}[{index}]")
        return
    if enums and not models and not any(_plain(a, value) for a in accepted):
        names = " or ".join(e.__name__ for e in enums)
        allowed = one_of(m.value for e in enums for m in e)
        example = f"{enums[0].__name__}.{next(iter(enums[0])).name}"
        raise Problem(
            path,
            f"must be a {names} member (e.g. {example}), got {type(value).__name__} {show(value)}; "
            "in a model, enum fields take members, not strings (a mapping body takes strings)",
            allowed,
        )
    if models and not enums and not any(_plain(a, value) for a in accepted):
        names = " or ".join(m.__name__ for m in models)
        raise Problem(
            path,
            f"must be a {names}, got {type(value).__name__} {show(value)}; "
            "a model takes models inside it (or pass the whole body as a mapping)",
        )


def _plain(annotation: Any, value: Any) -> bool:
    """True when `value` fits a non-enum, non-model alternative (str, int, dict, Any, ...)."""
    if annotation is Any:
        return True
    origin = typing.get_origin(annotation) or annotation
    if not isinstance(origin, type) or issubclass(origin, enum.Enum) or attrs.has(origin):
        return False
    return isinstance(value, origin)


__all__ = ["GeneratedModels", "check_model", "check_value", "is_model"]
