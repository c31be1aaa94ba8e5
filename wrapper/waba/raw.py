"""The escape hatch: Graph calls the spec does not describe, through the client's auth, retries, usage tracking
and error mapping (`client.request(...)`, `client.paginate(...)`).

`raw_call` checks and encodes the arguments the way Graph expects (lists and objects JSON-encoded in the query,
booleans as `true`/`false`) and returns a `Prepared` call whose result is the decoded JSON; `client.paginate`
reads its list answers as `waba.json_pages.RawPage`s, so the SDK's pagers walk them like any generated list.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx

from .auth import same_origin
from .errors import UnsafeURLError, ValidationError
from .json_pages import RawPage
from .operations import Prepared
from .redaction import SECRET_PARAMS

METHODS = ("GET", "POST", "DELETE")
OPERATION = "request"


def _invalid(argument: str, message: str, allowed: str | None = None) -> ValidationError:
    return ValidationError(f"{OPERATION}: `{argument}` {message}.", operation=OPERATION, argument=argument,
                           allowed=allowed)  # fmt: skip


def _path(path: object, api_root: httpx.URL) -> str:
    """A path relative to the API root (`/<node>/<edge>`), from a relative path or an absolute URL on the host."""
    if not isinstance(path, str) or not path.strip():
        raise _invalid("path", f"must be a path such as '/102290129340398/message_templates', got {path!r}")
    if "://" in path:
        url = httpx.URL(path)
        if not same_origin(url, api_root):
            raise UnsafeURLError(f"{OPERATION}: {url.scheme}://{url.host} is not the API host {api_root.host}; "
                                 "the access token is only sent there.")  # fmt: skip
        root = api_root.path.rstrip("/")
        if not url.path.startswith(root + "/"):
            raise _invalid("path", f"must be under the API root {api_root}, got {path!r}")
        if url.query or url.fragment:
            raise _invalid("path", "must not carry a query or fragment; pass query parameters as params=")
        return url.path[len(root) :]
    if "?" in path or "#" in path:
        raise _invalid("path", "must not carry a query or fragment; pass query parameters as params=")
    if any(c.isspace() for c in path) or ".." in path.split("/"):
        raise _invalid("path", f"must be a plain path without spaces or '..', got {path!r}")
    return "/" + path.lstrip("/")


def _param(name: str, value: Any) -> str:
    """One query value as Graph reads it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return str(value)
    if isinstance(value, (list, tuple, dict)):
        try:
            return json.dumps(value, separators=(",", ":"))
        except (TypeError, ValueError) as exc:
            raise _invalid(f"params.{name}", f"is not JSON data ({exc})") from None
    raise _invalid(f"params.{name}", f"must be a string, number, boolean, list or mapping, got {type(value).__name__}")


def _params(params: Mapping[str, Any] | None) -> dict[str, str]:
    if params is None:
        return {}
    if not isinstance(params, Mapping):
        raise _invalid("params", f"must be a mapping of query parameters, got {type(params).__name__}")
    encoded: dict[str, str] = {}
    for name, value in params.items():
        if not isinstance(name, str) or not name:
            raise _invalid("params", f"keys must be non-empty strings, got {name!r}")
        if name in SECRET_PARAMS:
            raise _invalid(f"params.{name}", "is added by the client itself (from its settings); remove it")
        if value is not None:
            encoded[name] = _param(name, value)
    return encoded


def raw_call(
    method: str, path: str, params: Mapping[str, Any] | None, body: Any, *, api_root: httpx.URL, parse: Any = None
) -> Prepared[Any]:
    """A checked call to any Graph path; ValidationError (or UnsafeURLError) for unusable arguments."""
    verb = method.upper() if isinstance(method, str) else method
    if verb not in METHODS:
        raise _invalid("method", f"must be one of {', '.join(METHODS)}, got {method!r}", ", ".join(METHODS))
    if body is not None:
        if verb == "GET":
            raise _invalid("json", "must be None for GET (a GET has no body); pass query parameters as params=")
        try:
            json.dumps(body)
        except (TypeError, ValueError) as exc:
            raise _invalid("json", f"is not JSON data ({exc})") from None
    return Prepared(
        operation_id=OPERATION,
        method=verb,
        path=_path(path, api_root),
        params=_params(params),
        json=body,
        parse=parse or _decoded,
    )


def _decoded(payload: Any) -> Any:
    return payload


__all__ = ["RawPage", "raw_call"]
