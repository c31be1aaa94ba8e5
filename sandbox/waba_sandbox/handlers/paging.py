"""Field selection and paging, shared by every handler: `fields`, `limit`, cursors, `paging` and `summary`.

`limit=0` with `summary=total_count` is Graph's count idiom: an empty `data` and the summary.
"""

from __future__ import annotations

import base64
from typing import Any
from urllib.parse import urlencode

from ..fieldsel import Field, FieldSyntaxError, parse_fields
from ..graph_errors import GraphError, invalid_parameter
from .context import Context
from .expansion import check_fields, render

#: Default page size and per-edge maxima (Graph: 25 by default; 100 on phone_numbers and assigned_users).
DEFAULT_LIMIT = 25
MAX_LIMIT = {"phone_numbers": 100, "assigned_users": 100, "message_templates": 1000}


def requested_fields(ctx: Context, schema_name: str, default: list[str]) -> list[Field]:
    """The fields asked for (or the defaults); unknown fields, nested ones too, are Graph's error 100, bad
    syntax 2500."""
    expression = ctx.params.get("fields")
    if expression is None:
        return [Field(name) for name in default]
    try:
        fields = parse_fields(str(expression))
    except FieldSyntaxError as exc:
        raise GraphError(2500, str(exc)) from None
    check_fields(schema_name, fields)
    return fields


def cursor(offset: int, salt: str) -> str:
    """An opaque cursor: the offset in the list, tied to the list by `salt`."""
    raw = f"{offset}:{salt}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def offset_of(value: str, salt: str) -> int:
    """The offset a cursor of this list stands for; a foreign or garbled cursor is Graph's error 100."""
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()
        offset, cursor_salt = raw.split(":", 1)
        if cursor_salt != salt:
            raise ValueError("cursor of another list")
        return max(0, int(offset))
    except (ValueError, UnicodeDecodeError):
        raise invalid_parameter("Invalid cursor") from None


def page_url(ctx: Context, **changes: str) -> str:
    """The absolute URL of another page of this list; it embeds the token, as Graph's `paging.next` does."""
    keep = [(k, v) for k, v in ctx.query if k not in ("after", "before", "access_token", "appsecret_proof", "limit")]
    query = urlencode([*keep, *changes.items(), ("access_token", ctx.token)])
    path = ctx.operation.path
    for name in ctx.operation.path_params:
        path = path.replace("{" + name + "}", str(ctx.node_id))
    return f"{ctx.origin}/{ctx.version}{path}?{query}"


def page(
    ctx: Context,
    items: list[dict[str, Any]],
    *,
    schema: str,
    default: list[str],
    edge: str,
    summary: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One page of `items` as Graph answers it: `data` (each item's selected fields, edges expanded), opaque
    cursors, absolute `next`/`previous`."""
    fields = requested_fields(ctx, schema, default)
    limit = int(ctx.params.get("limit", DEFAULT_LIMIT))
    limit = max(0, min(limit, MAX_LIMIT.get(edge, 100)))
    salt = f"{edge}-{ctx.node_id}"
    if "after" in ctx.params:
        start = offset_of(str(ctx.params["after"]), salt)
    elif "before" in ctx.params:
        start = max(0, offset_of(str(ctx.params["before"]), salt) - limit)
    else:
        start = 0
    chunk = items[start : start + limit]
    answer: dict[str, Any] = {"data": [render(ctx, schema, item, fields) for item in chunk]}
    if chunk:
        paging: dict[str, Any] = {"cursors": {"before": cursor(start, salt), "after": cursor(start + len(chunk), salt)}}
        if start + limit < len(items):
            paging["next"] = page_url(ctx, limit=str(limit), after=cursor(start + len(chunk), salt))
        if start > 0:
            paging["previous"] = page_url(ctx, limit=str(limit), before=cursor(start, salt))
        answer["paging"] = paging
    wanted_summary = _summary_fields(ctx)
    if wanted_summary:
        full = {"total_count": len(items), **(summary or {})}
        answer["summary"] = {key: full[key] for key in wanted_summary if key in full}
    return answer


def series_page(ctx: Context, points: list[dict[str, Any]], shape: dict[str, Any], edge: str) -> dict[str, Any]:
    """One page of an analytics series: `data` holds one series (`shape` plus a chunk of `data_points`), paged by
    cursors over the points (100 by default, at most 1,000)."""
    limit = max(1, min(int(ctx.params.get("limit", 100)), 1000))
    salt = f"{edge}-{ctx.node_id}"
    first = offset_of(str(ctx.params["after"]), salt) if "after" in ctx.params else 0
    chunk = points[first : first + limit]
    paging: dict[str, Any] = {"cursors": {"before": cursor(first, salt), "after": cursor(first + len(chunk), salt)}}
    if first + limit < len(points):
        paging["next"] = page_url(ctx, limit=str(limit), after=cursor(first + len(chunk), salt))
    return {"data": [{**shape, "data_points": chunk}], "paging": paging}


def _summary_fields(ctx: Context) -> list[str]:
    raw = ctx.params.get("summary")
    if raw is None:
        return []
    text = str(raw).strip()
    if text.lower() in ("true", "1"):
        return ["total_count"]
    fields = [part.strip() for part in text.split(",") if part.strip()]
    allowed = {"total_count", "message_template_count", "message_template_limit", "are_translations_complete"}
    for name in fields:
        if name not in allowed:
            raise invalid_parameter(f"Param summary must be one of {{{', '.join(sorted(allowed))}}}")
    return fields
