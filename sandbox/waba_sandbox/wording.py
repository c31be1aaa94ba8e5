"""Graph's wording for invalid parameters (code 100), from the first jsonschema error of a value.

`(#100) The parameter tasks is required`, `(#100) Param tasks[0] must be one of {MANAGE, DEVELOP} - got "ROOT"`,
`(#100) Param limit must be an integer`: positions inside a parameter are written PHP-style (`components[0][text]`),
as Graph names them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from jsonschema.exceptions import ValidationError, best_match, relevance

#: Properties whose `const`/`enum` tells the kinds of a `oneOf` apart (a component's `type`, a header's `format`).
_DISCRIMINATORS = ("type", "format")
_KINDS = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "array": "an array",
    "object": "a JSON object",
    "null": "null",
}


def position(name: str | None, path: Iterable[Any]) -> str:
    """A parameter position, PHP-style: `tasks[0]`, `components[1][text]` (the body's first key is its name)."""
    parts = [str(part) for part in path]
    if name is None:
        if not parts:
            return "body"
        name, parts = parts[0], parts[1:]
    return name + "".join(f"[{part}]" for part in parts)


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "..."


def _listed(values: Iterable[Any]) -> str:
    return ", ".join(str(value) for value in values)


def _failed_on(errors: list[ValidationError], key: str) -> list[ValidationError]:
    return [e for e in errors if e.validator in ("const", "enum") and list(e.relative_path) == [key]]


def _kinds(error: ValidationError, name: str | None) -> str | None:
    """For a value matching no branch of a `oneOf` of kinds: the error of the branch of its kind, or, when its
    kind (`type`, then `format`) is none of them, the message listing the kinds."""
    branches: dict[Any, list[ValidationError]] = {}
    for sub in error.context or []:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    candidates = [errs for errs in branches.values() if not any(_failed_on(errs, key) for key in _DISCRIMINATORS)]
    if candidates:
        return describe([sub for errs in candidates for sub in errs], name)
    same_type = [errs for errs in branches.values() if not _failed_on(errs, "type")]
    key = "format" if same_type else "type"
    allowed: list[Any] = []
    for errs in same_type or list(branches.values()):
        for sub in _failed_on(errs, key):
            value: Any = sub.validator_value
            allowed += [value] if sub.validator == "const" else list(value)
    instance: Any = error.instance
    if not allowed or not isinstance(instance, dict):
        return None
    where = position(name, [*error.absolute_path, key])
    return f'Param {where} must be one of {{{_listed(dict.fromkeys(allowed))}}} - got "{_shown(instance.get(key))}"'


def describe(errors: Iterable[ValidationError], name: str | None) -> str | None:
    """The Graph message for the most relevant error, or None when there is none. A value matching none of the
    kinds of a `oneOf` is described by the branch of its kind (its `type` or `format`)."""
    error = max(errors, key=relevance, default=None)
    if error is None:
        return None
    if error.validator in ("oneOf", "anyOf") and error.context:
        return _kinds(error, name) or _message(best_match([error]) or error, name)
    return _message(error, name)


def _message(error: ValidationError, name: str | None) -> str:
    where = position(name, error.absolute_path)
    kind = error.validator
    expected: Any = error.validator_value
    got: Any = error.instance
    if kind == "required":
        missing = next((key for key in expected if isinstance(got, dict) and key not in got), expected[0])
        inner = position(name, [*error.absolute_path, missing])
        return f"The parameter {inner} is required"
    if kind == "enum":
        return f'Param {where} must be one of {{{_listed(expected)}}} - got "{_shown(got)}"'
    if kind == "const":
        return f'Param {where} must be {_shown(expected)} - got "{_shown(got)}"'
    if kind == "type":
        wanted = [expected] if isinstance(expected, str) else list(expected)
        return f"Param {where} must be {' or '.join(_KINDS.get(t, t) for t in wanted)}"
    messages = {
        "minLength": f"Param {where} must be at least {expected} characters long",
        "maxLength": f"Param {where} must be at most {expected} characters long",
        "minimum": f"Param {where} must be at least {expected}",
        "maximum": f"Param {where} must be at most {expected}",
        "exclusiveMinimum": f"Param {where} must be greater than {expected}",
        "exclusiveMaximum": f"Param {where} must be less than {expected}",
        "minItems": f"Param {where} must have at least {expected} item{'s' if expected != 1 else ''}",
        "maxItems": f"Param {where} must have at most {expected} items",
        "uniqueItems": f"Param {where} must not contain duplicate values",
        "pattern": f'Param {where} must match {expected} - got "{_shown(got)}"',
        "format": f'Param {where} must be a valid {"URL" if expected == "uri" else expected} - got "{_shown(got)}"',
        "minProperties": f"Param {where} must set at least {expected} of its fields",
        "oneOf": f"Param {where} does not match any accepted form",
        "anyOf": f"Param {where} does not match any accepted form",
    }
    return messages.get(str(kind), f"Param {where} is invalid")
