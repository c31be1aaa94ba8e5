"""Graph-like ids: 15-16 digit strings, deterministic for a seed."""

from __future__ import annotations

import random


class IdFactory:
    """Hands out unique, Graph-looking ids from a seeded generator."""

    def __init__(self, seed: int) -> None:
        self._random = random.Random(f"ids-{seed}")
        self._used: set[str] = set()

    def reserve(self, fixed: str) -> str:
        """Hand out a chosen id (never generated afterwards)."""
        self._used.add(fixed)
        return fixed

    def new(self) -> str:
        """A fresh id, never handed out before."""
        while True:
            candidate = str(self._random.randrange(100_000_000_000_000, 9_999_999_999_999_999))
            if candidate not in self._used:
                self._used.add(candidate)
                return candidate
