"""Fault injection: which fault, if any, hits the next request (seeded, off by default), and how many of
each kind were injected so far (`injected`)."""

from __future__ import annotations

import random
from collections import Counter

from .config import REQUEST_FAULTS, FaultRates

KINDS = REQUEST_FAULTS


class FaultInjector:
    """Draws faults with the configured probabilities from a seeded generator. `rates` is what the running
    sandbox uses (slow delay and throttle regain time included): replace it to change faults on the fly."""

    def __init__(self, rates: FaultRates, seed: int) -> None:
        self.rates = rates
        self._random = random.Random(f"faults-{seed}")
        #: Faults injected so far, by kind (`KINDS`, and `batch_unprocessed`).
        self.injected: Counter[str] = Counter()

    def draw(self) -> str | None:
        """The fault for the next request, or None."""
        if not self.rates.any:
            return None
        roll = self._random.random()
        for kind in KINDS:
            rate = float(getattr(self.rates, kind))
            if roll < rate:
                self.injected[kind] += 1
                return kind
            roll -= rate
        return None

    def unprocessed(self) -> bool:
        """Whether the next batch sub-request comes back as null."""
        hit = self.rates.batch_unprocessed > 0 and self._random.random() < self.rates.batch_unprocessed
        if hit:
            self.injected["batch_unprocessed"] += 1
        return hit

    def transient_code(self) -> int:
        """Code 1 or 2."""
        return self._random.choice((1, 2))
