"""Graph field expansion: nested selections checked against the spec, computed fields, and edges expanded in place.

`fields=id,health_status{can_send_message},phone_numbers.limit(2){id},analytics.start(1).end(2).granularity(DAY)`:
- a nested selection of a plain field is checked against the schema of what the field holds (an unknown nested
  field is Graph's error 100, never silently dropped);
- a computed field (the account's `analytics`, a flow's `preview`) is produced by the function its handler module
  registered with `@computes(schema, field)`, from the field's modifiers (it applies the nested selection too);
- an edge of the node (any GET operation at `/{node-id}/<edge>` in the spec) is answered by that operation's own
  handler, as if `/<node-id>/<edge>?limit=2&fields=id` had been requested: the same defaults, filters, `paging`
  block and errors. The edge's modifiers are its parameters (`.limit(2)`, `.summary(total_count)`,
  `.start(1).end(2)`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from ..fieldsel import Field, format_fields
from ..graph_errors import invalid_parameter
from ..operations import Operation, operations
from ..spec import OPEN, load_spec, property_target, schema_properties
from .context import HANDLERS, Context

Computed = Callable[[Context, dict[str, Any], Field], Any]
COMPUTED: dict[tuple[str, str], Computed] = {}


def computes(schema_name: str, field_name: str) -> Callable[[Computed], Computed]:
    """Register the function producing a computed field of a node type."""

    def register(function: Computed) -> Computed:
        COMPUTED[(schema_name, field_name)] = function
        return function

    return register


@functools.cache
def node_parameters() -> dict[str, str]:
    """Node schema -> the path parameter naming such a node (`WhatsAppBusinessAccount` -> `waba-id`)."""
    found: dict[str, str] = {}
    for path, item in load_spec()["paths"].items():
        segments = path.strip("/").split("/")
        if len(segments) == 1 and segments[0].startswith("{") and "get" in item:
            schema = item["get"]["responses"]["200"]["content"]["application/json"]["schema"]
            if "$ref" in schema:
                found[schema["$ref"].rsplit("/", 1)[1]] = segments[0].strip("{}")
    return found


@functools.cache
def edges_of(schema_name: str) -> dict[str, Operation]:
    """The edges of a node type: its GET operations at `/{node-id}/<edge>`, by edge name."""
    parameter = node_parameters().get(schema_name)
    if parameter is None:
        return {}
    prefix = "/{" + parameter + "}/"
    return {
        operation.path[len(prefix) :]: operation
        for operation in operations().values()
        if operation.method == "GET" and operation.path.startswith(prefix) and "/" not in operation.path[len(prefix) :]
    }


def known_fields(schema_name: str) -> frozenset[str]:
    """Every field name a node type answers to: its schema's properties, computed fields and edges."""
    computed = {name for schema, name in COMPUTED if schema == schema_name}
    return schema_properties(schema_name) | computed | set(edges_of(schema_name))


def check_fields(schema_name: str, fields: list[Field]) -> None:
    """Graph's error 100 for a field (or nested field) the node type does not have."""
    known = known_fields(schema_name)
    edges = edges_of(schema_name)
    for wanted in fields:
        if wanted.name not in known:
            raise invalid_parameter(f"Tried accessing nonexisting field ({wanted.name}) on node type ({schema_name})")
        if wanted.children is None or wanted.name in edges:
            continue
        target = property_target(schema_name, wanted.name)
        if target is None:
            raise invalid_parameter(f"Field {wanted.name} of node type ({schema_name}) has no subfields")
        if target != OPEN:
            check_fields(target, wanted.children)


def render(ctx: Context, schema_name: str, node: dict[str, Any], fields: list[Field]) -> dict[str, Any]:
    """The selected fields of one node: plain fields (nested selections applied), computed fields and edges."""
    edges = edges_of(schema_name)
    answer: dict[str, Any] = {}
    for wanted in fields:
        compute = COMPUTED.get((schema_name, wanted.name))
        if wanted.name in edges:
            answer[wanted.name] = expand(ctx, edges[wanted.name], str(node["id"]), wanted)
        elif compute is not None:
            answer[wanted.name] = compute(ctx, node, wanted)
        elif wanted.name in node:
            answer[wanted.name] = nested(node[wanted.name], wanted.children)
    return answer


def nested(value: Any, children: list[Field] | None) -> Any:
    """A plain value with a nested selection applied (to an object, or to each object of a list)."""
    if children is None:
        return value
    if isinstance(value, list):
        return [nested(item, children) for item in value]
    if isinstance(value, dict):
        return {f.name: nested(value[f.name], f.children) for f in children if f.name in value}
    return value


def expand(ctx: Context, operation: Operation, node_id: str, wanted: Field) -> Any:
    """An edge's answer inside its node's: the edge's own handler, its parameters from the field's modifiers."""
    raw: dict[str, Any] = dict(wanted.modifiers)
    unknown = [name for name in raw if name not in operation.parameters]
    if unknown:
        raise invalid_parameter(f"Unknown modifier {unknown[0]} of field {wanted.name}")
    if wanted.children is not None:
        if "fields" not in operation.parameters:
            raise invalid_parameter(f"Field {wanted.name} takes no nested selection")
        raw["fields"] = format_fields(wanted.children)
    params, _ = operation.read(raw)
    query = [(key, str(value)) for key, value in raw.items()]
    sub = Context(ctx.sandbox, operation, node_id, params, None, ctx.version, ctx.origin, ctx.token, query)
    return HANDLERS[operation.operation_id](sub)
