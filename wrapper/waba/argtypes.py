"""The argument types of the operations' signatures (`waba.signatures`), and how a signature names its builder.

- `GraphId`: a Graph id — a string of digits, or a non-negative int (converted to its digits).
- `Many[T]`: a list or a tuple of `T` — never a bare string, which would be a sequence of characters.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias, TypeVar

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., object])

GraphId: TypeAlias = str | int
Many: TypeAlias = list[T] | tuple[T, ...]

BUILDER_ATTRIBUTE = "__waba_builder__"


def builds(builder: str) -> Callable[[F], F]:
    """Mark a signature function with the dotted path of the generated request builder it describes."""

    def mark(function: F) -> F:
        setattr(function, BUILDER_ATTRIBUTE, builder)
        return function

    return mark


def builder_path(function: object) -> str | None:
    """The builder path a signature function was marked with, or None."""
    path = getattr(function, BUILDER_ATTRIBUTE, None)
    return path if isinstance(path, str) else None


__all__ = ["GraphId", "Many", "builder_path", "builds"]
