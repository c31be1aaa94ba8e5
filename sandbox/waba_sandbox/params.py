"""Reading a request's parameters the way Graph does: query string, form body or JSON body.

Query and form pairs are read alike: a repeated key (`tasks=MANAGE&tasks=DEVELOP`) becomes a list, and
PHP-style keys build lists and objects (`tasks[0]=MANAGE&tasks[1]=DEVELOP`, `tasks[]=MANAGE`,
`filtering[0][field]=account_mode`). A JSON object body is taken as is. Body values win over query values.
Graph's request options are read here too: `method` (a GET or POST run as another method) and
`suppress_http_code` (always answer HTTP 200).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl

from .graph_errors import invalid_parameter
from .safejson import loads

_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])+)$")
_PART = re.compile(r"\[([^\[\]]*)\]")
_OVERRIDES = {"GET", "POST", "DELETE"}
#: Deepest PHP-style key accepted (`a[0][b][1]...`); deeper keys are refused, not recursed into.
MAX_DEPTH = 8


class _Branch(dict[str, Any]):
    """A PHP-style array being built: keys are indexes (a list once built) or names (an object)."""


def read_pairs(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Parameters from key/value pairs: repeated keys and PHP-style keys become lists and objects."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        match = _KEY.match(key)
        if match is None:
            _repeat(result, key, value)
            continue
        base, parts = match.group(1), _PART.findall(match.group(2))
        if len(parts) > MAX_DEPTH:
            raise invalid_parameter(f"Param {base} is nested more than {MAX_DEPTH} levels deep")
        branch = result.get(base)
        if not isinstance(branch, _Branch):
            branch = result[base] = _Branch()
        _place(branch, parts, value)
    return {key: _built(value) for key, value in result.items()}


def _repeat(result: dict[str, Any], key: str, value: str) -> None:
    if key not in result or isinstance(result[key], _Branch):
        result[key] = value
    elif isinstance(result[key], list):
        result[key].append(value)
    else:
        result[key] = [result[key], value]


def _place(branch: _Branch, parts: list[str], value: str) -> None:
    head, rest = parts[0], parts[1:]
    if head == "":
        head = str(sum(1 for key in branch if key.isdigit()))
    if not rest:
        branch[head] = value
        return
    child = branch.get(head)
    if not isinstance(child, _Branch):
        child = branch[head] = _Branch()
    _place(child, rest, value)


def _built(value: Any) -> Any:
    if not isinstance(value, _Branch):
        return value
    if value and all(key.isdigit() for key in value):
        return [_built(value[key]) for key in sorted(value, key=int)]
    return {key: _built(item) for key, item in value.items()}


def read_body(body: bytes, content_type: str) -> dict[str, Any]:
    """The parameters of a request body (JSON object or form); raises GraphError(100) on a bad JSON body."""
    if not body:
        return {}
    if "json" in content_type:
        try:
            decoded = loads(body)
        except ValueError:
            raise invalid_parameter("The request body is not valid JSON") from None
        if not isinstance(decoded, dict):
            raise invalid_parameter("The request body must be a JSON object")
        return decoded
    if "form" in content_type or not content_type:
        return read_pairs(parse_qsl(body.decode("utf-8", errors="replace"), keep_blank_values=True))
    return {}


def method_override(method: str, raw: dict[str, Any]) -> str:
    """The method a request runs as: `method=delete` (or `post`, `get`) on a GET or POST overrides it."""
    wanted = raw.pop("method", None)
    if wanted is None or method not in ("GET", "POST"):
        return method
    name = str(wanted[-1] if isinstance(wanted, list) else wanted).upper()
    if name not in _OVERRIDES:
        raise invalid_parameter(f'Param method must be one of {{GET, POST, DELETE}} - got "{wanted}"')
    return name


def suppresses_http_code(raw: dict[str, Any]) -> bool:
    """True when the request asks for HTTP 200 whatever the outcome (`suppress_http_code=1`)."""
    value = raw.pop("suppress_http_code", None)
    value = value[-1] if isinstance(value, list) else value
    return str(value).lower() in ("1", "true")
