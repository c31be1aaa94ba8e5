"""Argument validation before any request, driven by the spec: ids, enums, patterns, ranges, required values.

Each operation gets one validator, built on first use from the generated request builder's signature (for
coercion: `"MARKETING"` becomes `TemplateCategory.MARKETING`) and from the operation's parameter and request
body schemas in the bundled spec (for the checks). Failures raise `ValidationError` naming the operation, the
argument and what is wrong.
"""

from __future__ import annotations

import enum
import functools
import inspect
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator

from waba_api.types import Unset

from .errors import ValidationError
from .spec import OperationSpec, load_spec

COMMA_JOINED = frozenset({"fields", "summary"})


@functools.cache
def _node_id_validator() -> Draft202012Validator:
    return Draft202012Validator(inline_refs({"$ref": "#/components/schemas/NodeId"}))


def check_node_id(value: object, what: str) -> str:
    """A node id (digits only), or ValidationError."""
    if not isinstance(value, str) or not _node_id_validator().is_valid(value):
        raise ValidationError(f"{what} must be a string of digits (a Graph node id), got {value!r}.")
    return value


def _pointer_target(pointer: str) -> Any:
    node: Any = load_spec()
    for token in pointer.lstrip("/").split("/"):
        key = token.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def inline_refs(schema: Any, depth: int = 0) -> Any:
    """`schema` with every local `$ref` replaced by its target, so validation needs no reference lookups."""
    if depth > 64:
        raise RecursionError("schema references nest too deeply")
    if isinstance(schema, dict):
        if "$ref" in schema and str(schema["$ref"]).startswith("#/"):
            target = inline_refs(_pointer_target(schema["$ref"][1:]), depth + 1)
            rest = {k: inline_refs(v, depth + 1) for k, v in schema.items() if k != "$ref"}
            return {**target, **rest} if rest else target
        return {key: inline_refs(value, depth + 1) for key, value in schema.items()}
    if isinstance(schema, list):
        return [inline_refs(item, depth + 1) for item in schema]
    return schema


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


@dataclass(frozen=True)
class _Argument:
    """One keyword argument of a generated request builder."""

    python_name: str
    wire_name: str
    required: bool
    kind: str  # "enum", "enum-list", "list", "model", "plain"
    target: Any  # the Enum or model class, when there is one


def _strip_unset(annotation: Any) -> Any:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        members = [a for a in typing.get_args(annotation) if a is not Unset]
        return members[0] if len(members) == 1 else annotation
    return annotation


def _kind(annotation: Any) -> tuple[str, Any]:
    annotation = _strip_unset(annotation)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return "enum", annotation
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        if isinstance(item, type) and issubclass(item, enum.Enum):
            return "enum-list", item
        return "list", item
    if isinstance(annotation, type) and hasattr(annotation, "from_dict") and hasattr(annotation, "to_dict"):
        return "model", annotation
    return "plain", None


def _to_json(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [_to_json(v) for v in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


class OperationValidator:
    """Validates and coerces the arguments of one operation."""

    def __init__(self, build: Callable[..., dict[str, Any]], operation: OperationSpec) -> None:
        self.operation = operation
        self.name = operation.operation_id
        signature = inspect.signature(build)
        hints = typing.get_type_hints(build)
        wire_names = self._wire_names()
        self.arguments: dict[str, _Argument] = {}
        properties: dict[str, Any] = {}
        required: list[str] = []
        for index, (name, parameter) in enumerate(signature.parameters.items()):
            if index == 0:
                continue  # the node id, bound by the resource
            kind, target = _kind(hints[name])
            wire = wire_names.get(name, name)
            is_required = parameter.default is inspect.Parameter.empty
            self.arguments[name] = _Argument(name, wire, is_required, kind, target)
            pointer = self._schema_pointer(name, wire)
            if pointer is not None:
                properties[wire] = inline_refs(_pointer_target(pointer))
            if is_required:
                required.append(wire)
        schema = {"type": "object", "properties": properties, "required": required}
        self._validator = Draft202012Validator(schema)
        # Taken as lists, declared as the comma-joined text Graph reads (`fields`): checked as that text.
        self._joined = {wire for wire, s in properties.items() if wire in COMMA_JOINED and s.get("type") == "string"}

    def _parameter_entries(self) -> list[tuple[str, dict[str, Any]]]:
        """(JSON pointer, parameter object) of the path item's and the operation's parameters, refs resolved."""
        document = load_spec()
        entries: list[tuple[str, dict[str, Any]]] = []
        for location, raws in (
            (f"/paths/{_escape(self.operation.path)}/parameters", document["paths"][self.operation.path]),
            (f"{self.operation.pointer}/parameters", self.operation.operation),
        ):
            for index, raw in enumerate(raws.get("parameters", [])):
                if "$ref" in raw:
                    name = raw["$ref"].rsplit("/", 1)[1]
                    entries.append((raw["$ref"][1:], document["components"]["parameters"][name]))
                else:
                    entries.append((f"{location}/{index}", raw))
        return entries

    def _wire_names(self) -> dict[str, str]:
        return {parameter["name"].replace("-", "_"): parameter["name"] for _, parameter in self._parameter_entries()}

    def _schema_pointer(self, python_name: str, wire_name: str) -> str | None:
        if python_name == "body":
            return f"{self.operation.pointer}/requestBody/content/application~1json/schema"
        for pointer, parameter in self._parameter_entries():
            if parameter["name"] == wire_name:
                if parameter["schema"].get("contentMediaType") == "application/json":
                    return f"{pointer}/schema/contentSchema"  # JSON text on the wire: the builder takes the list
                return f"{pointer}/schema"
        return None

    def coerce(self, kwargs: Mapping[str, Any]) -> dict[str, Any]:
        """The arguments, converted to what the generated builder takes and checked against the spec."""
        unknown = sorted(set(kwargs) - set(self.arguments))
        if unknown:
            known = ", ".join(sorted(self.arguments)) or "none"
            raise ValidationError(f"{self.name}: unknown argument(s) {', '.join(unknown)}; it takes: {known}.")
        missing = [a.python_name for a in self.arguments.values() if a.required and a.python_name not in kwargs]
        if missing:
            raise ValidationError(f"{self.name}: missing required argument(s): {', '.join(missing)}.")
        coerced: dict[str, Any] = {}
        instance: dict[str, Any] = {}
        for name, value in kwargs.items():
            argument = self.arguments[name]
            if isinstance(value, Unset) or (value is None and not argument.required):
                continue  # None means "not given" for optional arguments
            coerced[name] = self._coerce_one(argument, value)
            instance[argument.wire_name] = self._json(argument, coerced[name])
            if argument.wire_name in self._joined:
                instance[argument.wire_name] = ",".join(map(str, instance[argument.wire_name]))
        problems = sorted(self._validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
        if problems:
            details = "; ".join(self._describe(error) for error in problems[:3])
            raise ValidationError(f"{self.name}: {details}")
        return coerced

    def _json(self, argument: _Argument, value: Any) -> Any:
        try:
            return _to_json(value)
        except (AttributeError, TypeError, ValueError) as exc:
            raise ValidationError(
                f"{self.name}: `{argument.python_name}` could not be serialised ({exc}); "
                "check the types of the values in it (enums must be enum members or their string values)."
            ) from exc

    def _coerce_one(self, argument: _Argument, value: Any) -> Any:
        where = f"{self.name}: `{argument.python_name}`"
        if argument.kind == "enum":
            return self._enum(argument.target, value, where)
        if argument.kind in ("enum-list", "list"):
            if isinstance(value, str) and argument.wire_name in COMMA_JOINED:
                value = [value]
            if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple, set, frozenset)):
                raise ValidationError(f"{where} must be a list, got {type(value).__name__}.")
            items = list(value)
            if argument.kind == "enum-list":
                return [self._enum(argument.target, item, where) for item in items]
            return items
        if argument.kind == "model" and not isinstance(value, argument.target):
            if isinstance(value, Mapping):
                try:
                    return argument.target.from_dict(value)
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    raise ValidationError(f"{where} is not a valid {argument.target.__name__}: {exc!r}") from exc
            raise ValidationError(
                f"{where} must be a {argument.target.__name__} (or a mapping), got {type(value).__name__}."
            )
        return value

    @staticmethod
    def _enum(enum_type: type[enum.Enum], value: Any, where: str) -> enum.Enum:
        if isinstance(value, enum_type):
            return value
        try:
            return enum_type(value)
        except ValueError:
            allowed = ", ".join(str(member.value) for member in enum_type)
            raise ValidationError(f"{where}: {value!r} is not one of {allowed}.") from None

    def _describe(self, error: Any) -> str:
        path = list(error.absolute_path)
        argument = path[0] if path else None
        inner = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path[1:])
        if argument is None:
            return str(error.message)
        return f"`{argument}{inner}`: {error.message}"
