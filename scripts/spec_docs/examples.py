"""Examples from the spec: parameter values as sent on the wire, media examples, and a complete curl request."""

from __future__ import annotations

import re
import shlex
from typing import Any
from urllib.parse import quote

from .document import Operation, SpecDocument
from .markdown import compact_json, fence, json_block

_PATH_PARAMETER = re.compile(r"\{([^}]+)\}")
_NO_EXAMPLE = object()


def _first_example(holder: dict[str, Any]) -> Any:
    if "example" in holder:
        return holder["example"]
    for example in (holder.get("examples") or {}).values():
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return _NO_EXAMPLE


def _raw_parameter_example(param: dict[str, Any]) -> Any:
    value = _first_example(param)
    if value is _NO_EXAMPLE and "content" in param:
        value = _first_example(next(iter(param["content"].values())))
    if value is _NO_EXAMPLE and isinstance(param.get("schema"), dict):
        value = param["schema"].get("example", _NO_EXAMPLE)
    return value


def wire_value(param: dict[str, Any], value: Any) -> str:
    """A parameter value as it is sent: JSON for `content` parameters, comma-joined for `explode: false` lists."""
    if "content" in param:
        return compact_json(value)
    if isinstance(value, list) and param.get("explode") is False:
        return ",".join(v if isinstance(v, str) else compact_json(v) for v in value)
    if isinstance(value, str):
        return value
    return compact_json(value)


def parameter_example(param: dict[str, Any]) -> str | None:
    """The parameter's example as sent on the wire, or None when the spec gives none."""
    value = _raw_parameter_example(param)
    return None if value is _NO_EXAMPLE else wire_value(param, value)


def media_examples(media: dict[str, Any]) -> str:
    """A media type's examples: one JSON block, or tabs named after each example's summary."""
    if "example" in media:
        return json_block(media["example"])
    named = [(name, ex) for name, ex in (media.get("examples") or {}).items() if isinstance(ex, dict)]
    blocks = []
    for name, example in named:
        if "value" not in example:
            continue
        title = str(example.get("summary") or name).replace('"', "'")
        body = "\n".join(f"    {line}" if line else "" for line in json_block(example["value"]).splitlines())
        blocks.append(f'=== "{title}"\n\n{body}')
    return "\n\n".join(blocks)


def _server_url(document: SpecDocument) -> str:
    servers = document.spec.get("servers") or [{"url": ""}]
    url = str(servers[0].get("url", ""))
    for name, variable in (servers[0].get("variables") or {}).items():
        url = url.replace(f"{{{name}}}", str(variable.get("default", name)))
    return url.rstrip("/")


def curl_example(document: SpecDocument, operation: Operation) -> str:
    """A curl command for the operation: path and required parameters from their examples, the first body example.

    The URL fragment of a path key (never sent over the wire) is left out.
    """
    params = document.parameters(operation)
    by_path = {p["name"]: p for p in params if p["in"] == "path"}

    def path_value(match: re.Match[str]) -> str:
        param = by_path.get(match.group(1))
        value = None if param is None else parameter_example(param)
        return value if value is not None else f"<{match.group(1)}>"

    path = _PATH_PARAMETER.sub(path_value, operation.path.split("#", 1)[0])
    url = _server_url(document) + (path if path.startswith("/") else f"/{path}")
    query = [
        f"{p['name']}={value}"
        for p in params
        if p["in"] == "query" and (p.get("required") or p["name"] == "fields")
        if (value := parameter_example(p)) is not None
    ]
    method = operation.method.upper()
    body = document.resolve(operation.node.get("requestBody"))
    data: list[str] = []
    if isinstance(body, dict) and body.get("content"):
        media_type, media = next(iter(body["content"].items()))
        body_value = _first_example(media)
        if body_value is not _NO_EXAMPLE:
            content_type = f"-H {shlex.quote(f'Content-Type: {media_type}')}"
            data = [content_type, f"-d {shlex.quote(compact_json(body_value))}"]
    if data and query:  # -G would move the body into the query string: put the parameters in the URL instead
        url += "?" + "&".join(quote(item, safe="=,") for item in query)
        query = []
    flags = ([] if method == "GET" else [f"-X {method}"]) + (["-G"] if query else [])
    lines = [" ".join(["curl", *flags, shlex.quote(url)]), '-H "Authorization: Bearer $WABA_ACCESS_TOKEN"']
    lines += [f"--data-urlencode {shlex.quote(item)}" for item in query]
    lines += data
    command = " \\\n  ".join(lines)
    return fence(command, "bash")
