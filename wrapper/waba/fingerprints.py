"""A set of 64-bit fingerprints at about 8 bytes each, for a pager's loop guard.

A listing may be thousands of pages long, and the guard must remember every page it followed; a plain `set` of
ints costs some 70 bytes a page. `Fingerprints` keeps the latest few in a set and the rest in a sorted `array`,
merged in streaming fashion every `RECENT` additions, so memory grows by 8 bytes a page and lookups stay
O(log n).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from heapq import merge

#: Fingerprints kept in the small set before they move into the sorted array.
RECENT = 128


class Fingerprints:
    """Membership of signed 64-bit ints (e.g. `hash()` values): `fp in seen`, `seen.add(fp)`, `len(seen)`."""

    __slots__ = ("_older", "_recent")

    def __init__(self) -> None:
        self._recent: set[int] = set()
        self._older = array("q")

    def __contains__(self, fingerprint: int) -> bool:
        if fingerprint in self._recent:
            return True
        older = self._older
        index = bisect_left(older, fingerprint)
        return index < len(older) and older[index] == fingerprint

    def add(self, fingerprint: int) -> None:
        """Remember `fingerprint` (a signed 64-bit int; OverflowError otherwise, as `array` says)."""
        if fingerprint in self:
            return
        self._recent.add(fingerprint)
        if len(self._recent) >= RECENT:
            # One int at a time: no list of every fingerprint is ever built.
            self._older = array("q", merge(self._older, sorted(self._recent)))
            self._recent.clear()

    def __len__(self) -> int:
        return len(self._recent) + len(self._older)

    def __repr__(self) -> str:
        return f"Fingerprints({len(self)} remembered)"


__all__ = ["RECENT", "Fingerprints"]
