"""The escape hatch: Graph calls the spec does not describe, through the client's auth, retries, usage tracking
and error mapping (`client.request(...)`, `client.paginate(...)`).

`raw_call` checks and encodes the arguments the way Graph expects (lists and objects JSON-encoded in the query,
booleans as `true`/`false`) and returns a `Prepared` call whose result is the decoded JSON; `RawPage` reads a
list answer (`data`, `paging`, `summary`) so the SDK's pagers walk it like any generated list.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from .auth import same_origin
from .errors import UnsafeURLError, ValidationError
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


@dataclass(frozen=True)
class RawCursors:
    """`paging.cursors` of a list answer, as sent (the pager checks they are strings)."""

    before: Any = None
    after: Any = None


@dataclass
class RawPaging:
    """`paging` of a list answer (`next_` as the generated models name it), as sent: the pager checks the values,
    and masks the token Graph embeds in `next_`/`previous` (so this one is not frozen)."""

    next_: Any = None
    previous: Any = None
    cursors: RawCursors | None = None


@dataclass(frozen=True)
class RawSummary:
    """`summary` of a list answer; `fields` holds all of it."""

    fields: dict[str, Any]

    @property
    def total_count(self) -> Any:
        """`summary.total_count` as sent (the pager checks it is a count), None when absent."""
        return self.fields.get("total_count")


@dataclass(frozen=True)
class RawPage:
    """One page of a list answer, as decoded JSON: `data` (the items, dicts), `paging`, `summary`, `raw`."""

    data: list[Any]
    paging: RawPaging | None
    summary: RawSummary | None
    raw: dict[str, Any]

    @classmethod
    def from_json(cls, payload: Any) -> RawPage:
        """Read a list answer; ValueError when it is not one (the client reports UnexpectedResponseError)."""
        if not isinstance(payload, dict) or not isinstance(payload.get("data"), list):
            raise ValueError("not a list answer: expected an object with a `data` list")
        paging: dict[str, Any] = payload["paging"] if isinstance(payload.get("paging"), dict) else {}
        cursors: dict[str, Any] = paging["cursors"] if isinstance(paging.get("cursors"), dict) else {}
        summary = payload.get("summary")
        return cls(
            data=payload["data"],
            paging=RawPaging(
                next_=paging.get("next"),
                previous=paging.get("previous"),
                cursors=RawCursors(before=cursors.get("before"), after=cursors.get("after")),
            ),
            summary=RawSummary(summary) if isinstance(summary, dict) else None,
            raw=payload,
        )


__all__ = ["RawPage", "raw_call"]
