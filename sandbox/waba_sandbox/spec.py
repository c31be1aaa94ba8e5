"""The sandbox's own reader of the published OpenAPI document (`openapi.json`, package data of `waba_sandbox`).

The sandbox checks the SDK, so it reads the spec with its own small code instead of the SDK's: load the document,
inline local `$ref`s, list operations with their parameters, and name the properties of a schema. `make generate`
writes `openapi.json` next to this module (a byte-identical copy of `generated/waba_api/openapi.json`) and
`make check-generated` fails when the copy is stale.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

HTTP_METHODS = ("get", "post", "delete", "put", "patch")
_MAX_REF_DEPTH = 64


class SpecError(ValueError):
    """The bundled document is not what the sandbox can serve (a dangling or endlessly nested `$ref`)."""


@functools.cache
def load_spec() -> dict[str, Any]:
    """The OpenAPI document, parsed once (treat it as read-only)."""
    text = files("waba_sandbox").joinpath("openapi.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def resolve(pointer: str) -> Any:
    """The value at a local JSON pointer (`#/components/schemas/NodeId`); raises SpecError when it is missing."""
    node: Any = load_spec()
    for token in pointer.removeprefix("#").lstrip("/").split("/"):
        key = token.replace("~1", "/").replace("~0", "~")
        try:
            node = node[int(key)] if isinstance(node, list) else node[key]
        except (KeyError, IndexError, ValueError):
            raise SpecError(f"the spec has no {pointer}") from None
    return node


def inline_refs(value: Any, depth: int = 0) -> Any:
    """`value` with every local `$ref` replaced by its target (siblings of the `$ref` win over the target's keys)."""
    if depth > _MAX_REF_DEPTH:
        raise SpecError(f"$ref nesting deeper than {_MAX_REF_DEPTH} levels (a reference cycle?)")
    if isinstance(value, dict):
        ref = value.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            target = inline_refs(resolve(ref), depth + 1)
            rest = {key: inline_refs(item, depth + 1) for key, item in value.items() if key != "$ref"}
            return {**target, **rest} if rest else target
        return {key: inline_refs(item, depth + 1) for key, item in value.items()}
    if isinstance(value, list):
        return [inline_refs(item, depth + 1) for item in value]
    return value


@dataclass(frozen=True)
class SpecParameter:
    """A parameter of an operation, `$ref`s inlined; `schema` is the decoded shape of JSON-text parameters."""

    name: str
    location: str  # "query", "path", "header"
    schema: dict[str, Any]
    required: bool
    comma_joined: bool  # one comma-joined value: `fields` (a field expression) and `summary`


@dataclass(frozen=True)
class SpecOperation:
    """One operation of the document, `$ref`s inlined."""

    operation_id: str
    method: str  # upper case
    path: str
    permissions: tuple[str, ...]
    parameters: tuple[SpecParameter, ...]
    body_schema: dict[str, Any] | None
    body_required: bool


def _parameter(raw: dict[str, Any]) -> SpecParameter:
    parameter = inline_refs(raw)
    schema = parameter.get("schema") or parameter["content"]["application/json"]["schema"]
    if schema.get("contentMediaType") == "application/json" and "contentSchema" in schema:
        schema = schema["contentSchema"]  # JSON text on the wire (a JSON-encoded list): read as the decoded value
    # One comma-joined value: `summary` (style form, explode false) and the field expression `fields`.
    comma_joined = parameter["name"] == "fields" or (
        parameter.get("style", "form") == "form" and parameter.get("explode") is False
    )
    return SpecParameter(parameter["name"], parameter["in"], schema, bool(parameter.get("required")), comma_joined)


def iter_operations() -> Iterator[SpecOperation]:
    """Every operation of the document, in document order."""
    for path, item in load_spec()["paths"].items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            operation = item[method]
            body = inline_refs(operation["requestBody"]) if "requestBody" in operation else None
            yield SpecOperation(
                operation_id=operation["operationId"],
                method=method.upper(),
                path=path,
                permissions=tuple(operation.get("x-required-permissions", [])),
                parameters=tuple(map(_parameter, [*item.get("parameters", []), *operation.get("parameters", [])])),
                body_schema=body["content"]["application/json"]["schema"] if body else None,
                body_required=bool(body and body.get("required")),
            )


@functools.cache
def schema_properties(schema_name: str) -> frozenset[str]:
    """The property names of a component schema (the fields a node of that type has)."""
    schema = resolve(f"#/components/schemas/{schema_name}")
    return frozenset(schema.get("properties", {}))


#: `property_target`'s answer for a property holding an object whose fields the spec leaves open.
OPEN = "*"


@functools.cache
def property_target(schema_name: str, name: str) -> str | None:
    """What a property of a component schema holds, for nested field selections: the component schema of its
    objects (directly, as list items or as the object branch of an `anyOf`), `OPEN` for an object with no declared
    fields, or None for a scalar."""
    node: Any = resolve(f"#/components/schemas/{schema_name}").get("properties", {}).get(name)
    for _ in range(_MAX_REF_DEPTH):
        if not isinstance(node, dict):
            return None
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            target = ref.rsplit("/", 1)[1]
            schema = resolve(ref)
            if schema.get("properties"):
                return target
            if schema.get("type") == "object" or "additionalProperties" in schema:
                return OPEN
            node = schema
            continue
        if "items" in node:
            node = node["items"]
        elif "anyOf" in node or "oneOf" in node:
            options: list[Any] = node.get("anyOf") or node.get("oneOf") or []
            branches = [b for b in options if isinstance(b, dict) and ("$ref" in b or "items" in b)]
            node = branches[0] if branches else None
        elif node.get("type") == "object":
            return OPEN
        else:
            return None
    return None
