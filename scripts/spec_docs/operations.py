"""The page of one operation: request line, permissions, parameters, body, responses, rate limits, errors."""

from __future__ import annotations

import html
from typing import Any

from .document import ERRORS_PAGE, RATE_LIMITS_PAGE, Operation, SpecDocument, json_text_schema, relative_link
from .errors import ErrorLinks
from .examples import curl_example, media_examples, parameter_example
from .markdown import cell, code, table
from .schemas import SchemaWriter

ERROR_SCHEMA = "GraphError"


class OperationWriter:
    """Writes the Markdown page of one operation (of `paths`, or of a webhook)."""

    def __init__(self, document: SpecDocument, page: str, *, link_exceptions: bool) -> None:
        self.document = document
        self.page = page
        self.schemas = SchemaWriter(document, page)
        self.errors = ErrorLinks(document, page, link_exceptions)

    def page_text(self, operation: Operation, *, webhook: bool = False) -> str:
        """The whole page."""
        node = operation.node
        title = operation.title
        parts = [f"# {title}", self.request_line(operation, webhook=webhook)]
        if node.get("deprecated"):
            parts.append('!!! warning "Deprecated"\n    This operation is deprecated.')
        if node.get("description"):
            parts.append(str(node["description"]).strip())
        parts += self.permissions(node)
        parts += self.parameters(operation)
        parts += self.request_body(node)
        parts += self.responses(node)
        if not webhook:
            parts += self.rate_limits(node)
            parts += self.example_request(operation)
        return "\n\n".join(part for part in parts if part) + "\n"

    def request_line(self, operation: Operation, *, webhook: bool) -> str:
        """`GET /{waba-id}/message_templates`, with the operation id and tag."""
        method = operation.method.upper()
        badge = f'<span class="waba-method waba-method--{operation.method}">{method}</span>'
        path = f'<code class="waba-path">{html.escape(operation.path)}</code>'
        if webhook:
            line = f"{badge} to your app's callback URL · webhook {path}"
            return f'<p class="waba-request">{line}</p>\n\nMeta sends this request when the event happens.'
        meta = f"operationId {code(operation.operation_id)} · {cell(operation.tag)}"
        return f'<p class="waba-request">{badge} {path}</p>\n\n{meta}'

    @staticmethod
    def permissions(node: dict[str, Any]) -> list[str]:
        """The `x-required-permissions` of the operation, as a note."""
        permissions = node.get("x-required-permissions")
        if not permissions:
            return []
        listed = ", ".join(code(str(p)) for p in permissions)
        return [f'!!! info "Required permissions"\n    The access token needs {listed}.']

    def parameters(self, operation: Operation) -> list[str]:
        """The parameters table (path, query, header), with types, encodings and examples."""
        params = self.document.parameters(operation)
        if not params:
            return []
        rows = []
        for param in params:
            schema, encoding = self.parameter_schema(param)
            kind = self.schemas.type_of(schema)
            description = self.schemas.description(param) or self.schemas.description(schema)
            if encoding:
                description = f"{description} *{encoding}*" if description else f"*{encoding}*"
            example = parameter_example(param)
            where = f"{param['in']}, **required**" if param.get("required") else str(param["in"])
            rows.append(
                [
                    f"{code(str(param['name']))}<br>{where}",
                    cell(kind),
                    cell(description),
                    "" if example is None else code(example),
                ]
            )
        return ["## Parameters", table(["Name", "Type", "Description", "Example"], rows)]

    @staticmethod
    def parameter_schema(param: dict[str, Any]) -> tuple[Any, str]:
        """The schema of a parameter and how it is encoded on the wire (JSON, comma-joined, ...)."""
        if "content" in param:
            media_type, media = next(iter(param["content"].items()))
            encoding = "JSON-encoded" if "json" in media_type else f"encoded as {media_type}"
            return media.get("schema", {}), encoding
        schema = param.get("schema", {})
        decoded = json_text_schema(schema)
        if decoded is not None:
            return decoded, "JSON-encoded"
        is_array = isinstance(schema, dict) and schema.get("type") == "array"
        if is_array and param.get("in") == "query" and param.get("explode") is False:
            return schema, "comma-joined"
        return schema, ""

    def request_body(self, node: dict[str, Any]) -> list[str]:
        """The request body: media types, schema, properties and examples."""
        body = self.document.resolve(node.get("requestBody"))
        if not isinstance(body, dict) or not body.get("content"):
            return []
        parts = ["## Request body"]
        if body.get("description"):
            parts.append(str(body["description"]))
        for media_type, media in body["content"].items():
            required = "required" if body.get("required") else "optional"
            schema = media.get("schema", {})
            parts.append(f"{code(media_type)} ({required}): {self.schemas.type_of(schema)}")
            parts.append(self.schemas.properties_table(self._object_schema(schema)))
            parts.append(media_examples(media))
        return parts

    def responses(self, node: dict[str, Any]) -> list[str]:
        """Every response: status, description, schema, headers and examples; Graph errors with their codes."""
        parts = ["## Responses"]
        first_of: dict[str, str] = {}
        for status, raw in (node.get("responses") or {}).items():
            response = self.document.resolve(raw)
            parts.append(f"### {status}")
            shared = raw.get("$ref") if isinstance(raw, dict) else None
            if shared in first_of:
                parts.append(f"The same response as {first_of[shared]}.")
                continue
            if shared:
                first_of[shared] = status
            parts.append(str(response.get("description", "")).strip())
            for media_type, media in (response.get("content") or {}).items():
                schema = media.get("schema", {})
                parts.append(f"{code(media_type)}: {self.schemas.type_of(schema)}")
                if self._is_graph_error(schema):
                    parts.append(self.error_examples(media))
                else:
                    parts.append(media_examples(media))
            parts.append(self.headers(response))
        return parts

    def headers(self, response: dict[str, Any]) -> str:
        """The response headers as a table."""
        headers = response.get("headers") or {}
        rows = []
        for name, raw in headers.items():
            header = self.document.resolve(raw)
            schema = header.get("schema")
            if schema is None and header.get("content"):
                schema = next(iter(header["content"].values())).get("schema", {})
            schema = json_text_schema(schema) or schema
            rows.append([code(name), cell(self.schemas.type_of(schema)), cell(str(header.get("description", "")))])
        return table(["Header", "Type", "Description"], rows) if rows else ""

    def error_examples(self, media: dict[str, Any]) -> str:
        """The Graph error examples of a response as a table, each code linked to the catalogue."""
        examples = dict(media.get("examples") or {})
        if "example" in media:
            examples["example"] = {"value": media["example"]}
        rows = []
        for raw in examples.values():
            example = self.document.resolve(raw)
            error = (example.get("value") or {}).get("error", {}) if isinstance(example, dict) else {}
            if not isinstance(error, dict):
                continue
            rows.append(
                [
                    cell(str(example.get("summary", ""))),
                    self.errors.code_link(error.get("code"), error.get("error_subcode")),
                    cell(code(str(error.get("message", "")))),
                ]
            )
        catalogue = relative_link(self.page, ERRORS_PAGE)
        intro = f"Graph's error envelope. Examples (each code links to the [error catalogue]({catalogue})):"
        return "\n\n".join([intro, table(["Example", "Code", "Message"], rows)]) if rows else ""

    def rate_limits(self, node: dict[str, Any]) -> list[str]:
        """Which usage headers report this call's budget, and the throttling codes it can meet."""
        names: list[str] = []
        for raw in (node.get("responses") or {}).values():
            for name in self.document.resolve(raw).get("headers") or {}:
                if "usage" in name.lower() and name not in names:
                    names.append(name)
        link = f"[rate limits]({relative_link(self.page, RATE_LIMITS_PAGE)})"
        if names:
            headers = " and ".join(code(name) for name in names)
            text = f"Responses carry {headers}: the share of the budgets this call counts against ({link})."
        else:
            text = f"The responses of this operation declare no usage header ({link})."
        codes = ", ".join(self.errors.code_link(e.code, e.subcode) for e in self.errors.throttling())
        if codes:
            text += f" Once a budget is spent the call fails with a throttling code: {codes}."
        return ["## Rate limits", text]

    def example_request(self, operation: Operation) -> list[str]:
        """A complete HTTP request built from the spec's examples."""
        return ["## Example request", curl_example(self.document, operation)]

    def _object_schema(self, schema: Any) -> Any:
        if isinstance(schema, dict) and "$ref" in schema:
            return self.document.schemas[self.document.schema_name(schema["$ref"])]
        return schema

    def _is_graph_error(self, schema: Any) -> bool:
        return isinstance(schema, dict) and schema.get("$ref", "").endswith(f"/{ERROR_SCHEMA}")


def operation_summary_row(operation: Operation, link: str) -> list[str]:
    """One row of an operations table: method and path, linked title, permissions."""
    permissions = ", ".join(code(str(p)) for p in operation.node.get("x-required-permissions") or [])
    request = f"{operation.method.upper()} {code(operation.path)}"
    return [request, f"[{cell(operation.title)}]({link})", permissions or ""]
