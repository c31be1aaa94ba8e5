"""What the sandbox knows of each spec operation: its route, permissions, and how to read its parameters.

Parameters arrive in every form Graph accepts — query string, form body or JSON body (`params`); lists
JSON-encoded, comma-separated, repeated or PHP-style — and are normalised by the operation's schemas in the
spec, then validated (a failure is Graph's code 100, worded as Graph words it: `wording`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from .graph_errors import invalid_parameter
from .safejson import loads
from .spec import iter_operations
from .wording import describe

FORMATS = FormatChecker(formats=())
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[\x21-\x7e]+$")


@FORMATS.checks("uri")
def _is_uri(value: object) -> bool:
    """RFC 3986 URIs are ASCII without spaces; http(s) ones need a host."""
    if not isinstance(value, str):
        return True
    if not _URI.match(value):
        return False
    scheme, _, rest = value.partition(":")
    return scheme.lower() not in ("http", "https") or (rest.startswith("//") and len(rest.split("/")[2]) > 0)


def _validator(schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator(schema, format_checker=FORMATS)


@dataclass
class Parameter:
    """A query parameter of an operation."""

    name: str
    schema: dict[str, Any]
    required: bool
    validator: Draft202012Validator
    comma_joined: bool = False  # one comma-joined string (fields, summary), checked by its own parser


@dataclass
class Operation:
    """One spec operation, as the sandbox routes and checks it."""

    operation_id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    path_params: list[str]
    permissions: list[str]
    parameters: dict[str, Parameter] = field(default_factory=dict)
    body_schema: dict[str, Any] | None = None
    body_required: bool = False
    body_validator: Draft202012Validator | None = None

    def read(self, raw: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """Normalised query parameters and body from everything the request carried; raises GraphError(100)."""
        params: dict[str, Any] = {}
        for name, parameter in self.parameters.items():
            if name not in raw:
                if parameter.required:
                    raise invalid_parameter(f"The parameter {name} is required")
                continue
            if parameter.comma_joined:
                params[name] = raw[name] if isinstance(raw[name], str) else ",".join(map(str, raw[name]))
                continue  # parsed (and checked) by the field-expression parser
            value = convert(raw[name], parameter.schema, name)
            _check(parameter.validator, value, name)
            params[name] = value
        body: dict[str, Any] | None = None
        if self.body_schema is not None:
            properties = self.body_schema.get("properties", {})
            body = {key: convert(raw[key], schema, key) for key, schema in properties.items() if key in raw}
            if body or self.body_required:
                assert self.body_validator is not None
                _check(self.body_validator, body, None)
        return params, body


def _check(validator: Draft202012Validator, value: Any, name: str | None) -> None:
    message = describe(validator.iter_errors(value), name)
    if message is not None:
        raise invalid_parameter(message)


def _schema_types(schema: dict[str, Any]) -> set[str]:
    types: set[str] = set()
    declared = schema.get("type")
    if isinstance(declared, str):
        types.add(declared)
    elif isinstance(declared, list):
        types.update(declared)
    if "const" in schema and isinstance(schema["const"], bool):
        types.add("boolean")
    for key in ("anyOf", "oneOf", "allOf"):
        for branch in schema.get(key, []):
            types |= _schema_types(branch)
    return types


def convert(value: Any, schema: dict[str, Any], name: str) -> Any:
    """A raw value (string from a query or form, PHP-style list or object, or a JSON value) converted to what
    `schema` describes."""
    types = _schema_types(schema)
    if isinstance(value, list) and "array" not in types:
        value = value[-1]
    if "array" in types and not (isinstance(value, dict) and "object" in types):
        item_schema = schema.get("items", {})
        items = _as_list(value)
        return [convert(item, item_schema, f"{name}[{i}]") if isinstance(item, str | dict) else item
                for i, item in enumerate(items)]  # fmt: skip
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        return {key: convert(item, properties[key], f"{name}[{key}]") if key in properties else item
                for key, item in value.items()}  # fmt: skip
    return value if not isinstance(value, str) else _convert_text(value, types, name)


def _convert_text(value: str, types: set[str], name: str) -> Any:
    if "object" in types:
        try:
            return loads(value)
        except ValueError:
            raise invalid_parameter(f"Param {name} must be a JSON object") from None
    if "integer" in types or "number" in types:
        try:
            return int(value) if "integer" in types else float(value)
        except ValueError:
            if "string" not in types:
                kind = "an integer" if "integer" in types else "a number"
                raise invalid_parameter(f"Param {name} must be {kind}") from None
            return value
    if "boolean" in types:
        flags = {"true": True, "1": True, "false": False, "0": False}
        if value.lower() not in flags:
            raise invalid_parameter(f"Param {name} must be a boolean")
        return flags[value.lower()]
    return value


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, list):
        if len(value) == 1 and isinstance(value[0], str):
            return _as_list(value[0])
        return value
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                decoded = loads(text)
            except ValueError:
                decoded = None
            if isinstance(decoded, list):
                return decoded
            if decoded is None and text.endswith("]"):  # a quoted list as Meta's docs write it: ['MANAGE']
                return [part.strip().strip("'\"") for part in text[1:-1].split(",") if part.strip()]
        return [part.strip() for part in text.split(",") if part.strip()] if text else []
    return [value]


def _route_pattern(path: str) -> tuple[re.Pattern[str], list[str]]:
    """The route of a spec path, matched without a trailing slash: Graph serves `/{id}` and `/{id}/` alike."""
    clean = path.rstrip("/") or "/"
    names = re.findall(r"{([^}]+)}", clean)
    regex = re.sub(r"{[^}]+}", "([^/]+)", re.escape(clean).replace(r"\{", "{").replace(r"\}", "}"))
    return re.compile(f"^{regex}$"), names


@functools.cache
def operations() -> dict[str, Operation]:
    """Every operation of the bundled spec, by operationId."""
    found: dict[str, Operation] = {}
    for spec in iter_operations():
        pattern, names = _route_pattern(spec.path)
        operation = Operation(
            operation_id=spec.operation_id,
            method=spec.method,
            path=spec.path,
            pattern=pattern,
            path_params=names,
            permissions=list(spec.permissions),
        )
        for parameter in spec.parameters:
            if parameter.location == "query":
                operation.parameters[parameter.name] = Parameter(
                    name=parameter.name,
                    schema=parameter.schema,
                    required=parameter.required,
                    validator=_validator(parameter.schema),
                    comma_joined=parameter.comma_joined,
                )
        if spec.body_schema is not None:
            operation.body_schema = spec.body_schema
            operation.body_required = spec.body_required
            operation.body_validator = _validator(spec.body_schema)
        found[operation.operation_id] = operation
    return found
