"""Reading JSON that came off the wire: one failure type for every way the bytes can be wrong.

`read_json` never lets RecursionError (JSON nested beyond Python's recursion limit), UnicodeDecodeError or a
bare ValueError through: each becomes `NotJSONError`, whose message says what was wrong. `NaN` and `Infinity`
(accepted by Python's `json` module, but not JSON) are refused too: no Graph answer carries them, and a float
that is not finite would only fail later, far from the answer that caused it.
"""

from __future__ import annotations

import json
from typing import Any, NoReturn, TypeGuard


class NotJSONError(ValueError):
    """The bytes are not one JSON document; the message says why (empty, invalid, too deeply nested, ...)."""


def _refuse_constant(name: str) -> NoReturn:
    raise NotJSONError(f"{name} is not a JSON value")


def read_json(content: bytes) -> Any:
    """The JSON document `content` holds. Raises NotJSONError (a ValueError) when it holds none."""
    if not content.strip():
        raise NotJSONError("empty body")
    try:
        return json.loads(content, parse_constant=_refuse_constant)
    except NotJSONError:
        raise
    except RecursionError:
        raise NotJSONError("nested too deeply") from None
    except (ValueError, UnicodeDecodeError) as exc:  # JSONDecodeError, bad UTF-8, an integer of 4,300+ digits
        raise NotJSONError(f"invalid JSON: {exc}") from None


def is_int(value: object) -> TypeGuard[int]:
    """True for a JSON integer (a Python int that is not a bool)."""
    return isinstance(value, int) and not isinstance(value, bool)


__all__ = ["NotJSONError", "is_int", "read_json"]
