"""The overview pages of the HTTP API: the API index (conventions, servers, operations by tag) and rate limits."""

from __future__ import annotations

from typing import Any

from .document import (
    API_INDEX,
    ERRORS_PAGE,
    RATE_LIMITS_PAGE,
    SCHEMAS_INDEX,
    WEBHOOKS_INDEX,
    SpecDocument,
    json_text_schema,
    operation_page,
    relative_link,
)
from .errors import ErrorLinks
from .markdown import cell, code, json_block, table
from .operations import operation_summary_row
from .schemas import SchemaWriter


def api_index(document: SpecDocument) -> str:
    """The API's home: the document's description, servers, security, and every operation grouped by tag."""
    info = document.spec.get("info", {})
    parts = [f"# {info.get('title', 'HTTP API')}"]
    if info.get("summary"):
        parts.append(f"*{info['summary']}* — spec version {code(str(info.get('version', '')))}")
    if info.get("description"):
        parts.append(_demote_headings(str(info["description"]).strip()))
    parts += _servers(document.spec.get("servers") or [])
    parts += _security(document.spec.get("components", {}).get("securitySchemes") or {})
    links = [
        f"[Error catalogue]({relative_link(API_INDEX, ERRORS_PAGE)})",
        f"[Rate limits]({relative_link(API_INDEX, RATE_LIMITS_PAGE)})",
        f"[Schemas]({relative_link(API_INDEX, SCHEMAS_INDEX)})",
    ]
    if document.spec.get("webhooks"):
        links.append(f"[Webhooks]({relative_link(API_INDEX, WEBHOOKS_INDEX)})")
    parts.append("See also: " + " · ".join(links) + ".")
    parts.append("## Operations")
    for tag, description in document.tags():
        operations = [op for op in document.operations() if op.tag == tag]
        if not operations:
            continue
        parts.append(f"### {tag}")
        if description:
            parts.append(description)
        rows = [
            operation_summary_row(op, relative_link(API_INDEX, operation_page(op.operation_id))) for op in operations
        ]
        parts.append(table(["Request", "Operation", "Permissions"], rows))
    return "\n\n".join(parts) + "\n"


def _demote_headings(text: str) -> str:
    """Headings of an embedded description start at level 2, under the page title."""
    return "\n".join(f"#{line}" if line.startswith("#") else line for line in text.splitlines())


def _servers(servers: list[dict[str, Any]]) -> list[str]:
    if not servers:
        return []
    rows = []
    for server in servers:
        variables = ", ".join(
            f"{code(name)} (default {code(str(v.get('default', '')))})"
            for name, v in (server.get("variables") or {}).items()
        )
        rows.append([code(str(server.get("url", ""))), cell(str(server.get("description", ""))), variables])
    return ["## Servers", table(["URL", "Description", "Variables"], rows)]


def _security(schemes: dict[str, Any]) -> list[str]:
    if not schemes:
        return []
    rows = []
    for name, scheme in schemes.items():
        kind = str(scheme.get("type", ""))
        if scheme.get("scheme"):
            kind += f" ({scheme['scheme']})"
        if scheme.get("in"):
            kind += f", {scheme['in']} {code(str(scheme.get('name', '')))}"
        rows.append([code(name), cell(kind), cell(str(scheme.get("description", "")))])
    return ["## Authentication", table(["Scheme", "Kind", "Description"], rows)]


def rate_limits_page(document: SpecDocument, link_exceptions: bool) -> str:
    """The usage headers (from `components.headers`) and the throttling codes of the error catalogue."""
    schemas = SchemaWriter(document, RATE_LIMITS_PAGE)
    errors = ErrorLinks(document, RATE_LIMITS_PAGE, link_exceptions)
    parts = [
        "# Rate limits",
        "Graph meters calls against budgets: the app's, and per business object (here, per WhatsApp Business "
        "Account) for each business use case. Responses report how much of each budget is used in the headers "
        "below — only once enough calls were made, so a missing header is not zero usage. When a budget is spent, "
        "calls fail with a throttling error until it comes back.",
    ]
    headers = document.spec.get("components", {}).get("headers") or {}
    names = header_names(document)
    for key, raw in headers.items():
        header = document.resolve(raw)
        schema = header.get("schema")
        media: dict[str, Any] = {}
        if schema is None and header.get("content"):
            media = next(iter(header["content"].values()))
            schema = media.get("schema", {})
        schema = json_text_schema(schema) or schema
        parts.append(f"## {names.get(key, key)}")
        parts.append(str(header.get("description", "")).strip())
        parts.append(f"**Value:** {schemas.type_of(schema)} (JSON)")
        target = schemas.properties_table(_component(document, schema))
        if target:
            parts.append(target)
        example = header.get("example", media.get("example"))
        if example is not None:
            parts.append(json_block(example))
    rows = [
        [errors.code_link(entry.code, entry.subcode), cell(entry.title), cell(entry.description)]
        for entry in errors.throttling()
    ]
    if rows:
        parts += ["## Throttling errors", table(["Code", "Title", "What to do"], rows)]
    return "\n\n".join(part for part in parts if part) + "\n"


def _component(document: SpecDocument, schema: Any) -> Any:
    """The object whose properties a header value is made of: through `$ref`s, map values and array items."""
    for _ in range(6):
        if isinstance(schema, dict) and "$ref" in schema:
            schema = document.schemas[document.schema_name(schema["$ref"])]
        elif isinstance(schema, dict) and "properties" not in schema and isinstance(schema.get("items"), dict):
            schema = schema["items"]
        elif (
            isinstance(schema, dict)
            and "properties" not in schema
            and isinstance(schema.get("additionalProperties"), dict)
        ):
            schema = schema["additionalProperties"]
        else:
            break
    return schema


def header_names(document: SpecDocument) -> dict[str, str]:
    """The name each `components.headers` entry is sent under, from the responses that reference it."""
    names: dict[str, str] = {}
    responses = list((document.spec.get("components", {}).get("responses") or {}).values())
    for operation in document.operations():
        responses += list((operation.node.get("responses") or {}).values())
    for response in responses:
        for name, header in ((response.get("headers") if isinstance(response, dict) else None) or {}).items():
            ref = header.get("$ref", "") if isinstance(header, dict) else ""
            if ref.startswith("#/components/headers/"):
                names.setdefault(ref.rsplit("/", 1)[1], name)
    return names
