"""Summaries over rounds: median with min and max, and ratios taken round by round."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import Any


def summary(samples: Sequence[float], digits: int = 3) -> dict[str, Any]:
    """`{"median", "min", "max", "samples"}` of the samples (one per round)."""
    if not samples:
        raise ValueError("no samples")
    return {
        "median": round(statistics.median(samples), digits),
        "min": round(min(samples), digits),
        "max": round(max(samples), digits),
        "samples": [round(sample, digits) for sample in samples],
    }


def paired_ratio(numerators: Sequence[float], denominators: Sequence[float]) -> dict[str, Any]:
    """The ratio of two measures taken in the same rounds, round by round, summarised."""
    if len(numerators) != len(denominators):
        raise ValueError("ratios need the same number of rounds on both sides")
    return summary([n / d for n, d in zip(numerators, denominators, strict=True)])


def rotated(names: Sequence[str], round_index: int) -> list[str]:
    """The contenders in this round's order: round-robin, so drift and warm-up favour none of them."""
    shift = round_index % len(names) if names else 0
    return [*names[shift:], *names[:shift]]
