"""The argument types of the operations' signatures (`waba.signatures`), and how a signature names its builder.

- `GraphId`: a Graph id — a string of digits, or a non-negative int (converted to its digits).
- `GraphIds`: several ids — a list of strings or of ints, or a tuple of either.
- `Many[T]`: a list or a tuple of `T` — never a bare string, which would be a sequence of characters.
- Lists of enum values are `Sequence[<Enum> | <Enum>Name]`: a list, tuple (or other sequence) of members or their
  string values; a bare string is refused, statically too (its characters are not enum values).

At run time every list argument takes any sequence but a string (`waba.validation`); the static types are as
close as Python's typing allows (a `list[str]` variable fits `GraphIds`, a mixed literal `[1, "2"]` does not).
`check_node_id` is the run-time check of a `GraphId` (the node a resource addresses).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias, TypeVar

from .errors import ValidationError
from .schema_checks import show

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., object])

GraphId: TypeAlias = str | int
GraphIds: TypeAlias = list[str] | list[int] | tuple[str | int, ...]
Many: TypeAlias = list[T] | tuple[T, ...]

BUILDER_ATTRIBUTE = "__waba_builder__"


def check_node_id(value: object, what: str) -> str:
    """A node id as a string: digits, or a non-negative int; ValidationError otherwise."""
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 32:
        return value
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return str(value)
    raise ValidationError(
        f"{what} must be a Graph id: a string of digits (or a non-negative int), got {show(value)}.",
        argument=what,
        allowed="a string of digits",
    )


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


__all__ = ["GraphId", "GraphIds", "Many", "builder_path", "builds", "check_node_id"]
