"""Argument validation before any request, driven by the spec: one story for every bad argument.

Each operation gets one `OperationValidator`, built on first use from the generated request builder's
signature (what each argument becomes: `"MARKETING"` -> `TemplateCategory.MARKETING`, a mapping -> the body
model) and from the operation's parameter and request body schemas (what is allowed). Query parameters are
checked by closures compiled from their schemas (no schema walk per call); bodies by jsonschema, once per
distinct body. Every failure raises `ValidationError` naming the operation, the argument path
(`body.components[0].type`) and, when known, the allowed values.

What each argument accepts is exactly what `waba.shapes` declares: enums as members or their string values,
lists as a list, tuple or other sequence (never a bare string), ids as digit strings or non-negative ints, bodies as the
generated model or a mapping (whose unknown keys are refused).
"""

from __future__ import annotations

import difflib
import enum
import functools
import inspect
import json
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from waba_api.types import Unset

from .argtypes import check_node_id
from .errors import ValidationError
from .model_checks import check_model, is_model
from .schema_checks import DIGITS, Check, Problem, SchemaCheck, closed, compile_check, is_simple, one_of, show
from .spec import OperationSpec, load_spec

PLAIN_JSON = frozenset({str, int, float, bool, type(None)})


def pointer_target(pointer: str) -> Any:
    """The node a JSON pointer (`/components/schemas/NodeId`) names in the bundled spec."""
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
            target = inline_refs(pointer_target(schema["$ref"][1:]), depth + 1)
            rest = {k: inline_refs(v, depth + 1) for k, v in schema.items() if k != "$ref"}
            return {**target, **rest} if rest else target
        return {key: inline_refs(value, depth + 1) for key, value in schema.items()}
    if isinstance(schema, list):
        return [inline_refs(item, depth + 1) for item in schema]
    return schema


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _strip_unset(annotation: Any) -> Any:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        members = [a for a in typing.get_args(annotation) if a is not Unset and a is not type(None)]
        return members[0] if len(members) == 1 else annotation
    return annotation


def _is_model_class(target: Any) -> bool:
    return isinstance(target, type) and hasattr(target, "from_dict") and hasattr(target, "to_dict")


def kind_of(annotation: Any) -> tuple[str, Any]:
    """What a builder annotation takes: ("enum" | "model" | "plain", target) or ("list", (item kind, target))."""
    annotation = _strip_unset(annotation)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return "enum", annotation
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        return "list", kind_of(item)
    if _is_model_class(annotation):
        return "model", annotation
    return "plain", None


def _is_id_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "string" and schema.get("pattern") == DIGITS


@dataclass(frozen=True)
class Argument:
    """One keyword argument of an operation: how to convert it and how to check its JSON form."""

    python_name: str
    wire_name: str
    required: bool
    kind: str  # "enum", "model", "plain", "list"
    target: Any  # the Enum or model class; for "list", the (kind, target) of the items
    takes_ids: bool  # an id (or a list of ids): ints are accepted and converted
    check: Check | None
    check_mapping: Check | None  # bodies given as mappings: the schema closed to unknown keys
    joined: bool = False  # taken as a list of strings, declared as their comma-joined text (`fields`)


class OperationValidator:
    """Validates and converts the arguments of one operation."""

    def __init__(self, build: Callable[..., dict[str, Any]], operation: OperationSpec) -> None:
        self.operation = operation
        self.name = operation.operation_id
        signature = inspect.signature(build)
        hints = typing.get_type_hints(build)
        schemas = self._argument_schemas()
        self.arguments: dict[str, Argument] = {}
        for index, (name, parameter) in enumerate(signature.parameters.items()):
            if index == 0:
                continue  # the node id, bound by the resource
            kind, target = kind_of(hints[name])
            wire, schema = schemas.get(name, (name, None))
            items = schema.get("items") if isinstance(schema, dict) else None
            joined = kind == "list" and isinstance(schema, dict) and schema.get("type") == "string"
            self.arguments[name] = Argument(
                python_name=name,
                wire_name=wire,
                required=parameter.default is inspect.Parameter.empty,
                kind=kind,
                target=target,
                takes_ids=_is_id_schema(schema) or _is_id_schema(items),
                check=_compile(schema),
                check_mapping=_compile(closed(schema)) if kind == "model" or _has_model_items(kind, target) else None,
                joined=joined,
            )

    def _argument_schemas(self) -> dict[str, tuple[str, Any]]:
        """python name -> (wire name, inlined schema) of every parameter and the body."""
        document = load_spec()
        found: dict[str, tuple[str, Any]] = {}
        for location, raws in (
            (f"/paths/{_escape(self.operation.path)}/parameters", document["paths"][self.operation.path]),
            (f"{self.operation.pointer}/parameters", self.operation.operation),
        ):
            for index, raw in enumerate(raws.get("parameters", [])):
                pointer = raw["$ref"][1:] if "$ref" in raw else f"{location}/{index}"
                parameter = pointer_target(pointer)
                schema = parameter["schema"]
                if schema.get("contentMediaType") == "application/json" and "contentSchema" in schema:
                    schema = schema["contentSchema"]  # JSON text on the wire; the builder takes the decoded list
                found[parameter["name"].replace("-", "_")] = (parameter["name"], inline_refs(schema))
        body = self.operation.operation.get("requestBody")
        if body is not None:
            found["body"] = ("body", inline_refs(body["content"]["application/json"]["schema"]))
        return found

    def coerce(self, kwargs: Mapping[str, Any]) -> dict[str, Any]:
        """The arguments, converted to what the generated builder takes and checked against the spec."""
        arguments = self.arguments
        for name in kwargs:
            if name not in arguments:
                self._unknown(kwargs)
        coerced: dict[str, Any] = {}
        for name, value in kwargs.items():
            if value is None or isinstance(value, Unset):
                continue  # None means "not given"
            try:
                coerced[name] = self._convert(arguments[name], value)
            except Problem as problem:
                raise self._error(name, problem) from None
        for argument in arguments.values():
            if argument.required and argument.python_name not in coerced:
                raise ValidationError(
                    f"{self.name}: missing required argument `{argument.python_name}`.",
                    operation=self.name,
                    argument=argument.python_name,
                )
        return coerced

    def _unknown(self, kwargs: Mapping[str, Any]) -> None:
        known = sorted(self.arguments)
        unknown = sorted(set(kwargs) - set(known))
        hints = []
        for name in unknown:
            close = difflib.get_close_matches(name, known, n=1)
            hints.append(f"`{name}`" + (f" (did you mean `{close[0]}`?)" if close else ""))
        raise ValidationError(
            f"{self.name}: unknown argument(s) {', '.join(hints)}; it takes: {', '.join(known) or 'none'}.",
            operation=self.name,
            argument=unknown[0],
            allowed=", ".join(known),
        )

    def _error(self, name: str, problem: Problem) -> ValidationError:
        path = f"{name}{problem.path}"
        allowed = f" Allowed: {problem.allowed}." if problem.allowed and problem.allowed not in problem.message else ""
        return ValidationError(
            f"{self.name}: `{path}` {problem.message}.{allowed}",
            operation=self.name,
            argument=path,
            allowed=problem.allowed,
        )

    def _convert(self, argument: Argument, value: Any) -> Any:
        """The builder's value for one argument (checked), or Problem."""
        kind, target = argument.kind, argument.target
        if kind == "list":
            if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
                raise Problem("", f"must be a list (or tuple), got {type(value).__name__} {show(value)}")
            item_kind, item_target = target
            if item_kind == "plain" and not argument.takes_ids:
                converted = list(value)  # checked as JSON below
            else:
                converted = [
                    _convert_one(item_kind, item_target, item, f"[{index}]", argument)
                    for index, item in enumerate(value)
                ]
        else:
            converted = _convert_one(kind, target, value, "", argument)
        as_json = _json(converted)
        if argument.joined:  # declared as the comma-joined text Graph reads: checked as that text
            for index, item in enumerate(as_json):
                if not isinstance(item, str) or not item:
                    raise Problem(f"[{index}]", f"must be a non-empty string, got {show(item)}")
            as_json = ",".join(as_json)
        if argument.check is not None:
            mapping_given = isinstance(value, Mapping) or (
                isinstance(value, Sequence) and any(isinstance(v, Mapping) for v in value)
            )
            check = argument.check_mapping if mapping_given and argument.check_mapping else argument.check
            check(as_json, "")
        if kind == "model" and isinstance(value, Mapping):
            return _from_dict(target, as_json)
        if kind == "list" and target[0] == "model":
            return [
                _from_dict(target[1], as_json[i], f"[{i}]") if isinstance(v, Mapping) else v
                for i, v in enumerate(value)
            ]
        return converted


def _convert_one(kind: str, target: Any, value: Any, path: str, argument: Argument) -> Any:
    if kind == "enum":
        return _enum(target, value, path)
    if kind == "model":
        if isinstance(value, Mapping):
            return dict(value)
        if not isinstance(value, target):
            raise Problem(path, f"must be a {target.__name__} or a mapping, got {type(value).__name__} {show(value)}")
        check_model(value, path)
        return value
    if argument.takes_ids and isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            raise Problem(path, f"must be a Graph id (a string of digits), got {show(value)}")
        return str(value)
    return value


def _enum(enum_type: type[enum.Enum], value: Any, path: str) -> enum.Enum:
    if isinstance(value, enum_type):
        return value
    try:
        return enum_type(value)
    except ValueError:
        allowed = one_of(member.value for member in enum_type)
        raise Problem(path, f"must be one of {allowed}, got {show(value)}", allowed) from None


def _json(value: Any) -> Any:
    """The JSON form of a converted value (enums to values, models to dicts)."""
    if type(value) in PLAIN_JSON:
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return value if all(type(v) in PLAIN_JSON for v in value) else [_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _json(v) for k, v in value.items()}
    if is_model(value):
        try:
            return value.to_dict()
        except (AttributeError, TypeError, ValueError) as exc:
            raise Problem("", f"could not be serialised: {exc}") from None
    return value


def _from_dict(model: Any, value: Mapping[str, Any], path: str = "") -> Any:
    try:
        return model.from_dict(dict(value))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise Problem(path, f"is not a valid {model.__name__}: {exc!r}") from None


def _has_model_items(kind: str, target: Any) -> bool:
    return kind == "list" and target[0] == "model"


@functools.cache
def _compiled(schema_text: str) -> Check:
    schema = json.loads(schema_text)
    return compile_check(schema) if is_simple(schema) else SchemaCheck(schema)


def _compile(schema: Any) -> Check | None:
    """The check of a schema (shared by identical schemas); None when there is none."""
    if not isinstance(schema, dict):
        return None
    return _compiled(json.dumps(schema, sort_keys=True))


__all__ = ["Argument", "OperationValidator", "check_node_id", "inline_refs", "kind_of", "pointer_target"]
