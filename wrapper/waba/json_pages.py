"""List answers as decoded JSON: `RawPage` reads one page (`data`, `paging`, `summary`) without building models.

The pagers walk a `RawPage` like a generated list model: `client.paginate(...)` (any Graph path) and
`pager.raw()` (a typed list operation whose items are wanted as dicts, the bulk mode) both read their pages so.
Only the envelope is read; the items are handed out as decoded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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


__all__ = ["RawCursors", "RawPage", "RawPaging", "RawSummary"]
