"""Fault injection: which fault, if any, hits the next request (seeded, off by default)."""

from __future__ import annotations

import random

from .config import FaultRates

KINDS = ("transient", "throttle", "html_502", "truncated", "dropped", "slow")


class FaultInjector:
    """Draws faults with the configured probabilities from a seeded generator."""

    def __init__(self, rates: FaultRates, seed: int) -> None:
        self.rates = rates
        self._random = random.Random(f"faults-{seed}")

    def draw(self) -> str | None:
        """The fault for the next request, or None."""
        if not self.rates.any:
            return None
        roll = self._random.random()
        for kind in KINDS:
            rate = float(getattr(self.rates, kind))
            if roll < rate:
                return kind
            roll -= rate
        return None

    def unprocessed(self) -> bool:
        """Whether the next batch sub-request comes back as null."""
        return self.rates.batch_unprocessed > 0 and self._random.random() < self.rates.batch_unprocessed

    def transient_code(self) -> int:
        """Code 1 or 2."""
        return self._random.choice((1, 2))
