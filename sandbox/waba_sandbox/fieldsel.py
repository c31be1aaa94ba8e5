"""Graph field expressions: `id,name,health_status{can_send_message},analytics.start(1).end(2)`.

`parse_fields` turns an expression into a list of `Field`s or raises `FieldSyntaxError` (Graph's code 2500),
`format_fields` writes one back; `select` applies a selection to a node dict. Selections nest at most
`MAX_NESTING` levels (`a{b{c}}` is 2): the WABA node's deepest field is a handful of levels down, and a deeper
expression only exists to exhaust the parser's recursion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ARGUMENT = re.compile(r"[^()]*")
MAX_NESTING = 16


class FieldSyntaxError(ValueError):
    """The expression cannot be parsed."""


@dataclass
class Field:
    """One requested field, its modifiers (`.limit(5)`) and nested selection (`{id,name}`)."""

    name: str
    modifiers: dict[str, str] = field(default_factory=dict)
    children: list[Field] | None = None


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.nesting = 0

    def fail(self, expected: str) -> FieldSyntaxError:
        found = self.text[self.pos] if self.pos < len(self.text) else "end of string"
        return FieldSyntaxError(
            f'Syntax error "Expected {expected} instead of "{found}"." at character {self.pos}: {self.text}'
        )

    def fields(self, nested: bool) -> list[Field]:
        result = [self.field()]
        while self.pos < len(self.text) and self.text[self.pos] == ",":
            self.pos += 1
            result.append(self.field())
        if nested:
            if self.pos >= len(self.text) or self.text[self.pos] != "}":
                raise self.fail('"}"')
            self.pos += 1
        elif self.pos != len(self.text):
            raise self.fail("end of string")
        return result

    def field(self) -> Field:
        match = _NAME.match(self.text, self.pos)
        if match is None:
            raise self.fail("a field name")
        self.pos = match.end()
        parsed = Field(match.group())
        while self.pos < len(self.text) and self.text[self.pos] == ".":
            self.pos += 1
            modifier = _NAME.match(self.text, self.pos)
            if modifier is None or self.text[modifier.end() : modifier.end() + 1] != "(":
                raise self.fail("a modifier like .limit(5)")
            self.pos = modifier.end() + 1
            argument = _ARGUMENT.match(self.text, self.pos)
            assert argument is not None
            self.pos = argument.end()
            if self.pos >= len(self.text) or self.text[self.pos] != ")":
                raise self.fail('")"')
            self.pos += 1
            parsed.modifiers[modifier.group()] = argument.group()
        if self.pos < len(self.text) and self.text[self.pos] == "{":
            self.nesting += 1
            if self.nesting > MAX_NESTING:
                raise FieldSyntaxError(f"Syntax error: fields nest more than {MAX_NESTING} levels deep")
            self.pos += 1
            parsed.children = self.fields(nested=True)
            self.nesting -= 1
        return parsed


def parse_fields(text: str) -> list[Field]:
    """Parse a comma-joined field expression; raises FieldSyntaxError."""
    text = text.strip()
    if not text:
        raise FieldSyntaxError('Syntax error "Expected a field name instead of "end of string"." at character 0: ')
    return _Parser(text).fields(nested=False)


def format_fields(fields: list[Field]) -> str:
    """The expression a list of fields was parsed from (`parse_fields(format_fields(f)) == f`)."""
    parts = []
    for wanted in fields:
        text = wanted.name + "".join(f".{name}({argument})" for name, argument in wanted.modifiers.items())
        if wanted.children is not None:
            text += "{" + format_fields(wanted.children) + "}"
        parts.append(text)
    return ",".join(parts)


def select(node: dict[str, Any], fields: list[Field]) -> dict[str, Any]:
    """The requested fields of a plain node (nested selections applied to objects and lists of objects)."""
    result: dict[str, Any] = {}
    for wanted in fields:
        if wanted.name not in node:
            continue
        value = node[wanted.name]
        if wanted.children is not None:
            value = _select_nested(value, wanted.children)
        result[wanted.name] = value
    return result


def _select_nested(value: Any, children: list[Field]) -> Any:
    if isinstance(value, dict):
        return select(value, children)
    if isinstance(value, list):
        return [select(v, children) if isinstance(v, dict) else v for v in value]
    return value
