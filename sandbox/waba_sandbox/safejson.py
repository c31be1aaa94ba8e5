"""Reading JSON from a request without letting hostile input crash a handler.

`loads` refuses documents nested deeper than `MAX_DEPTH` (Graph's own parameters nest a handful of levels; a
deeper one only exists to exhaust a recursive reader), `NaN`/`Infinity` (not JSON), and turns RecursionError and
UnicodeDecodeError into the ValueError callers already answer with Graph's error 100.
"""

from __future__ import annotations

import json
from typing import Any, NoReturn

MAX_DEPTH = 64


class JSONInputError(ValueError):
    """Not a JSON document the sandbox accepts; the message says why."""


def _refuse_constant(name: str) -> NoReturn:
    raise JSONInputError(f"{name} is not a JSON value")


def depth(value: Any) -> int:
    """How deeply `value` nests (a scalar is 0, `[]` is 1), counted without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict):
            node = list(node.values())
        if isinstance(node, list):
            level += 1
            deepest = max(deepest, level)
            stack.extend((child, level) for child in node if isinstance(child, (dict, list)))
    return deepest


def loads(text: str | bytes) -> Any:
    """The JSON document in `text`, nested at most `MAX_DEPTH` levels; JSONInputError (a ValueError) otherwise."""
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise JSONInputError("nested too deeply") from None
    except UnicodeDecodeError:
        raise JSONInputError("not UTF-8") from None
    if depth(value) > MAX_DEPTH:
        raise JSONInputError(f"nested more than {MAX_DEPTH} levels deep")
    return value
