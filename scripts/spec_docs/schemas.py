"""JSON Schema (OpenAPI 3.1) as Markdown: one-line type expressions, property tables and schema pages."""

from __future__ import annotations

from typing import Any

from .document import SCHEMAS_INDEX, SpecDocument, relative_link, schema_page
from .markdown import cell, code, compact_json, json_block, table

_CONSTRAINTS = (
    ("minLength", "min length {}"),
    ("maxLength", "max length {}"),
    ("minimum", "≥ {}"),
    ("exclusiveMinimum", "> {}"),
    ("maximum", "≤ {}"),
    ("exclusiveMaximum", "< {}"),
    ("minItems", "min {} items"),
    ("maxItems", "max {} items"),
    ("pattern", "pattern {}"),
    ("format", "format {}"),
)
_MAX_DEPTH = 8


class SchemaWriter:
    """Writes schemas as Markdown for one page, linking component schemas relative to that page."""

    def __init__(self, document: SpecDocument, page: str) -> None:
        self.document = document
        self.page = page

    def link(self, name: str) -> str:
        """A link to a component schema's page."""
        return f"[{name}]({relative_link(self.page, schema_page(name))})"

    def type_of(self, schema: Any, depth: int = 0) -> str:  # noqa: PLR0911 - one return per JSON Schema form
        """A one-line Markdown type expression: `string`, `array of [X](...)`, `A | B`, `"HEADER"`, ..."""
        if depth > _MAX_DEPTH:
            return "…"
        if not isinstance(schema, dict) or not schema:
            return "any"
        if "$ref" in schema:
            return self.link(self.document.schema_name(schema["$ref"]))
        if "const" in schema:
            return code(compact_json(schema["const"]))
        if "enum" in schema:
            return " | ".join(code(compact_json(value)) for value in schema["enum"])
        for combinator, joiner in (("anyOf", " | "), ("oneOf", " | "), ("allOf", " & ")):
            if combinator in schema:
                return joiner.join(self.type_of(part, depth + 1) for part in schema[combinator])
        return self._typed(schema, depth)

    def _typed(self, schema: dict[str, Any], depth: int) -> str:
        types = schema.get("type")
        names = types if isinstance(types, list) else [types] if types else []
        if not names:
            names = ["object"] if "properties" in schema or "additionalProperties" in schema else []
        if not names:
            return "any"
        return " | ".join(self._one_type(str(name), schema, depth) for name in names)

    def _one_type(self, name: str, schema: dict[str, Any], depth: int) -> str:
        if name == "array":
            items = schema.get("items")
            return f"array of {self.type_of(items, depth + 1)}" if items else "array"
        if name == "object" and "properties" not in schema:
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict):
                return f"map of string → {self.type_of(extra, depth + 1)}"
        return name

    @staticmethod
    def constraints(schema: Any) -> str:
        """Validation keywords of a schema, comma-joined (`min length 1, max length 60`)."""
        if not isinstance(schema, dict):
            return ""
        parts = [template.format(code(str(schema[key]))) for key, template in _CONSTRAINTS if key in schema]
        if "default" in schema:
            parts.append(f"default {code(compact_json(schema['default']))}")
        return ", ".join(parts)

    def description(self, schema: Any) -> str:
        """A property's description followed by its constraints."""
        if not isinstance(schema, dict):
            return ""
        text = str(schema.get("description", ""))
        limits = self.constraints(schema)
        return f"{text} ({limits})" if text and limits else text or limits

    def properties_table(self, schema: Any) -> str:
        """The properties of an object schema as a table (name, type, required, description); '' if none."""
        schema = self.document.resolve(schema) if isinstance(schema, dict) and "$ref" not in schema else schema
        if not isinstance(schema, dict) or not isinstance(schema.get("properties"), dict):
            return ""
        required = set(schema.get("required", []))
        rows = [
            [code(name), cell(self.type_of(prop)), "yes" if name in required else "", cell(self.description(prop))]
            for name, prop in schema["properties"].items()
        ]
        return table(["Property", "Type", "Required", "Description"], rows)

    def page_text(self, name: str) -> str:
        """The whole page of one component schema."""
        schema = self.document.schemas[name]
        parts = [f"# {name}", f"Schema `components/schemas/{name}` · [all schemas]({self._index_link()})"]
        if isinstance(schema, dict) and schema.get("description"):
            parts.append(str(schema["description"]))
        if isinstance(schema, dict) and any(k in schema for k in ("type", "properties", "additionalProperties")):
            parts.append(f"**Type:** {self._typed(schema, 0)}")
        elif isinstance(schema, dict) and ("$ref" in schema or "const" in schema):
            parts.append(f"**Type:** {self.type_of(schema)}")
        limits = self.constraints(schema)
        if limits:
            parts.append(f"**Constraints:** {limits}")
        parts += self._variants(schema)
        properties = self.properties_table(schema)
        if properties:
            parts += ["## Properties", properties]
            if isinstance(schema, dict) and schema.get("additionalProperties") is False:
                parts.append("No other properties are allowed.")
        if isinstance(schema, dict) and "example" in schema:
            parts += ["## Example", json_block(schema["example"])]
        return "\n\n".join(parts) + "\n"

    def _index_link(self) -> str:
        return relative_link(self.page, SCHEMAS_INDEX)

    def _variants(self, schema: Any) -> list[str]:
        if not isinstance(schema, dict):
            return []
        parts: list[str] = []
        if "enum" in schema:
            parts += ["## Values", "\n".join(f"- {code(compact_json(value))}" for value in schema["enum"])]
        for combinator, heading in (("oneOf", "One of"), ("anyOf", "Any of"), ("allOf", "All of")):
            if combinator in schema:
                items = [f"- {self.type_of(part)}" for part in schema[combinator]]
                parts += [f"## {heading}", "\n".join(items)]
        return parts


def schemas_index(document: SpecDocument) -> str:
    """The page listing every component schema with its description."""
    writer = SchemaWriter(document, SCHEMAS_INDEX)
    rows = [
        [writer.link(name), cell(str(schema.get("description", "")) if isinstance(schema, dict) else "")]
        for name, schema in sorted(document.schemas.items())
    ]
    intro = "Every schema of `components/schemas`, the shapes requests and responses are made of."
    return "\n\n".join(["# Schemas", intro, table(["Schema", "Description"], rows)]) + "\n"
