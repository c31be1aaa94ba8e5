"""JSON-schema checks for arguments, compiled once per schema into plain Python.

Query parameters have small schemas (a type, an enum, a pattern, bounds, a list of those): `compile_check`
turns each into a closure of plain comparisons, so a call runs no schema walk. Anything richer (request bodies:
objects, `oneOf`) is validated by jsonschema, once per distinct value (`SchemaCheck` remembers the values it
accepted). Failures raise `Problem` with the path inside the argument, a message and the allowed values; the
caller adds the operation and argument name.
"""

from __future__ import annotations

import json
import operator
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError as SchemaError

Check = Callable[[Any, str], None]
DIGITS = "^[0-9]+$"
ANNOTATIONS = frozenset({"description", "example", "examples", "default", "title", "format", "deprecated", "$comment"})
SIMPLE = ANNOTATIONS | {
    "type", "enum", "const", "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "minItems", "maxItems", "uniqueItems", "items",
}  # fmt: skip
TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "null": lambda v: v is None,
}
MEMO_SIZE = 256


class Problem(Exception):
    """What is wrong with a value: `path` inside the argument (`[0].type`), `message`, `allowed` values."""

    def __init__(self, path: str, message: str, allowed: str | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.message = message
        self.allowed = allowed


def show(value: Any) -> str:
    """A short repr of a value for messages."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def one_of(values: Iterable[Any]) -> str:
    """`A, B, C` from enum values."""
    return ", ".join(str(v) for v in values)


def is_simple(schema: Any) -> bool:
    """True when `compile_check` handles every keyword of `schema` (and of its `items`)."""
    if not isinstance(schema, dict) or not set(schema) <= SIMPLE:
        return False
    return "items" not in schema or is_simple(schema["items"])


def compile_check(schema: dict[str, Any]) -> Check:
    """One closure checking a value against a simple schema (see `is_simple`); raises Problem. Only the
    keywords the schema has are tested, with plain comparisons."""
    tests = _type_tests(schema.get("type"))
    test = tests[0] if tests is not None and len(tests) == 1 else None
    enum_values = list(schema["enum"]) if "enum" in schema else None
    allowed = one_of(enum_values) if enum_values is not None else None
    pattern = schema.get("pattern")
    regex = re.compile(pattern) if pattern is not None and pattern != DIGITS else None
    min_length, max_length = schema.get("minLength"), schema.get("maxLength")
    bounds = _bounds(schema)
    min_items, max_items = schema.get("minItems"), schema.get("maxItems")
    unique = bool(schema.get("uniqueItems"))
    item = compile_check(schema["items"]) if "items" in schema else None
    has_const, const = "const" in schema, schema.get("const")

    def check(value: Any, path: str) -> None:
        if tests is not None and not (test(value) if test is not None else any(t(value) for t in tests)):
            raise Problem(path, f"must be {_wanted(schema['type'])}, got {type(value).__name__} {show(value)}")
        if enum_values is not None and value not in enum_values:
            raise Problem(path, f"must be one of {allowed}, got {show(value)}", allowed)
        if has_const and value != const:
            raise Problem(path, f"must be {show(const)}, got {show(value)}", str(const))
        if isinstance(value, str):
            _check_string(value, path, pattern=pattern, regex=regex, low=min_length, high=max_length)
        elif isinstance(value, list):
            _check_list(value, path, low=min_items, high=max_items, unique=unique, item=item)
        elif bounds and isinstance(value, (int, float)) and not isinstance(value, bool):
            for beyond, bound, words in bounds:
                if beyond(value, bound):
                    raise Problem(path, f"must be {words} {bound}, got {show(value)}")

    return check


def _type_tests(declared: str | list[str] | None) -> list[Callable[[Any], bool]] | None:
    if declared is None:
        return None
    return [TYPES[name] for name in ([declared] if isinstance(declared, str) else declared)]


def _wanted(declared: str | list[str]) -> str:
    names = [declared] if isinstance(declared, str) else list(declared)
    if names == ["array"]:
        return "a list"
    return " or ".join(f"an {n}" if n[0] in "aeiou" else f"a {n}" for n in names)


def _bounds(schema: dict[str, Any]) -> list[tuple[Callable[[Any, Any], bool], Any, str]]:
    table: list[tuple[str, Callable[[Any, Any], bool], str]] = [
        ("minimum", operator.lt, "at least"),
        ("maximum", operator.gt, "at most"),
        ("exclusiveMinimum", operator.le, "more than"),
        ("exclusiveMaximum", operator.ge, "less than"),
    ]
    return [(beyond, schema[keyword], words) for keyword, beyond, words in table if keyword in schema]


def _check_string(
    value: str, path: str, *, pattern: str | None, regex: re.Pattern[str] | None, low: int | None, high: int | None
) -> None:
    if pattern == DIGITS and not (value.isascii() and value.isdigit()):
        raise Problem(path, f"must be a Graph id (a string of digits), got {show(value)}")
    if regex is not None and regex.search(value) is None:
        raise Problem(path, f"must match the pattern {pattern}, got {show(value)}")
    if low is not None and len(value) < low:
        what = "must not be empty" if low == 1 else f"must be at least {low} characters long"
        raise Problem(path, f"{what}, got {show(value)}")
    if high is not None and len(value) > high:
        raise Problem(path, f"is {len(value)} characters long; at most {high} are allowed")


def _check_list(
    value: list[Any], path: str, *, low: int | None, high: int | None, unique: bool, item: Check | None
) -> None:
    if low is not None and len(value) < low:
        what = "must not be empty" if low == 1 else f"must have at least {low} items"
        raise Problem(path, f"{what}, got {show(value)}")
    if high is not None and len(value) > high:
        raise Problem(path, f"has {len(value)} items; at most {high} are allowed")
    if unique and len({json.dumps(v, sort_keys=True) for v in value}) < len(value):
        raise Problem(path, "must not repeat items")
    if item is not None:
        for index, element in enumerate(value):
            item(element, f"{path}[{index}]")


def closed(schema: Any) -> Any:
    """`schema` with every object that lists `properties` closed to other keys (for mappings the caller wrote:
    a misspelled key is an error, not a silently sent extra)."""
    if isinstance(schema, list):
        return [closed(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: closed(value) for key, value in schema.items()}
    if "properties" in schema and "additionalProperties" not in schema:
        result["additionalProperties"] = False
    return result


class SchemaCheck:
    """jsonschema validation of one (rich) schema, remembering the last values it accepted."""

    def __init__(self, schema: dict[str, Any]) -> None:
        from jsonschema import Draft202012Validator  # noqa: PLC0415 - on first use: `import waba` stays light

        self.validator = Draft202012Validator(schema)
        self.accepted: dict[str, None] = {}  # plain dict operations: safe to share between threads

    def __call__(self, value: Any, path: str) -> None:
        try:
            key = json.dumps(value, sort_keys=True, separators=(",", ":"))
        except (TypeError, ValueError) as exc:
            raise Problem(path, f"is not JSON data ({exc})") from None
        if key in self.accepted:
            return
        errors = list(self.validator.iter_errors(value))
        if errors:
            raise _pick(errors, path)
        if len(self.accepted) >= MEMO_SIZE:
            self.accepted.clear()
        self.accepted[key] = None


_RANK = {"additionalProperties": 0, "required": 1, "oneOf": 3, "anyOf": 3}


def _pick(errors: list[SchemaError], path: str) -> Problem:
    """The most useful problem: the shallowest error, a misspelled key before a missing one, and inside a
    `oneOf`/`anyOf` the branch whose `type`/`format` constants match the value (a template component's kind)."""
    best = min(errors, key=lambda e: (len(e.absolute_path), _RANK.get(str(e.validator), 2)))
    if best.validator not in ("oneOf", "anyOf") or not best.context:
        return _problem(best, path)
    branches: dict[Any, list[SchemaError]] = {}
    for error in best.context:
        branches.setdefault(error.relative_schema_path[0], []).append(error)
    where = path + _suffix(best.absolute_path)
    candidates = list(branches.values())
    for key in ("type", "format"):  # the discriminators of template components and buttons
        fitting = [errs for errs in candidates if not any(_mismatch(e, best, key) for e in errs)]
        if not fitting:
            kinds = sorted({v for errs in candidates for e in errs if _mismatch(e, best, key) for v in _values(e)})
            allowed = ", ".join(kinds)
            got: Any = best.instance
            return Problem(f"{where}.{key}", f"must be one of {allowed}, got {show(got.get(key))}", allowed)
        candidates = fitting
    return _pick(min(candidates, key=len), path)


def _mismatch(error: SchemaError, parent: SchemaError, key: str) -> bool:
    relative = list(error.absolute_path)[len(parent.absolute_path) :]
    return error.validator in ("const", "enum") and relative == [key]


def _values(error: SchemaError) -> list[str]:
    value = error.validator_value
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _suffix(absolute_path: Iterable[Any]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in absolute_path)


def _problem(error: SchemaError, path: str) -> Problem:
    where = path + _suffix(error.absolute_path)
    schema: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
    instance: Any = error.instance
    value = error.validator_value
    if error.validator == "additionalProperties" and isinstance(instance, dict):
        known = sorted(schema.get("properties", {}))
        unknown = sorted(set(instance) - set(known))
        hints = [f"{k!r}" + _did_you_mean(k, known) for k in unknown]
        return Problem(where, f"has unknown key(s) {', '.join(hints)}", ", ".join(known))
    if error.validator == "enum":
        allowed = one_of(schema.get("enum", []))
        return Problem(where, f"must be one of {allowed}, got {show(instance)}", allowed)
    if error.validator == "required" and isinstance(instance, dict):
        missing = [k for k in schema.get("required", []) if k not in instance]
        return Problem(where, f"is missing required key(s): {', '.join(missing)}")
    messages = {
        "pattern": "must be a Graph id (a string of digits)" if value == DIGITS else f"must match the pattern {value}",
        "const": f"must be {show(value)}",
    }
    if error.validator in messages:
        return Problem(where, f"{messages[str(error.validator)]}, got {show(instance)}")
    return Problem(where, f"is invalid: {error.message}")


def _did_you_mean(key: str, known: list[str]) -> str:
    from difflib import get_close_matches  # noqa: PLC0415 - only for an error message

    close = get_close_matches(key, known, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


__all__ = ["Check", "Problem", "SchemaCheck", "closed", "compile_check", "is_simple", "one_of", "show"]
