"""The Graph error catalogue, read from the spec's `x-graph-error-catalogue` (the only list of codes)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal, cast

from .spec import load_spec

Retry = Literal["never", "backoff", "wait"]


@dataclass(frozen=True)
class CatalogueEntry:
    """What one Graph error code (or code range, optionally with a subcode) means."""

    code: int
    code_max: int
    subcode: int | None
    title: str
    description: str
    retry: Retry
    exception: str


class ErrorCatalogue:
    """Looks up the most specific entry for a code and subcode: code+subcode, then code, then code range."""

    def __init__(self, entries: list[CatalogueEntry]) -> None:
        self.entries = entries
        self._exact = {(e.code, e.subcode): e for e in entries if e.code == e.code_max}
        self._ranges = [e for e in entries if e.code != e.code_max]
        self._by_subcode = {e.subcode: e for e in entries if e.subcode is not None and e.subcode > 999_999}

    def lookup(self, code: int | None, subcode: int | None) -> CatalogueEntry | None:
        """The entry for `code`/`subcode`, or None when the code is not catalogued."""
        if code is None:
            return None
        if subcode is not None and (code, subcode) in self._exact:
            return self._exact[(code, subcode)]
        if (code, None) in self._exact:
            return self._exact[(code, None)]
        if code in self._by_subcode:  # a subcode reported as the code (seen for the 2388xxx family)
            return self._by_subcode[code]
        for entry in self._ranges:
            if entry.code <= code <= entry.code_max and entry.subcode in (None, subcode):
                return entry
        return None


@functools.cache
def catalogue() -> ErrorCatalogue:
    """The catalogue of the bundled spec (parsed once)."""
    entries = [
        CatalogueEntry(
            code=int(raw["code"]),
            code_max=int(raw.get("code_max", raw["code"])),
            subcode=int(raw["subcode"]) if "subcode" in raw else None,
            title=str(raw["title"]),
            description=str(raw["description"]),
            retry=cast(Retry, raw["retry"]),
            exception=str(raw["exception"]),
        )
        for raw in load_spec()["x-graph-error-catalogue"]
    ]
    return ErrorCatalogue(entries)
