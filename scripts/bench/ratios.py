"""The ratios issue 12's targets name, computed round by round from one run's measures.

Each ratio: `{"title", "median", "min", "max", "samples", "target", "met"}`, or `{"title", "target", "skipped"}`
when a side was not measured (Meta's SDK not installed); `target_not_applicable` instead of
`met` when the run's sizes are not those the target is for (the quick run's memory sizes).
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .stats import paired_ratio

Measures = dict[str, Any]


class Missing(Exception):
    """A side of a ratio was not measured; the message says why."""


@dataclass(frozen=True)
class Ratio:
    """A named ratio of two sampled measures, with the issue's target for it (if any)."""

    key: str
    title: str
    numerator: Callable[[Measures], list[float]]
    denominator: Callable[[Measures], list[float]]
    target: tuple[str, float] | None = None  # ("<=" | ">=", bound)
    #: When the target applies to this run's sizes (None: always); otherwise the reason it does not.
    applies: Callable[[Measures], str | None] | None = None


def _client(measure: str, client: str) -> Callable[[Measures], list[float]]:
    def samples(measures: Measures) -> list[float]:
        section = measures[measure]
        if client in section.get("skipped", {}):
            raise Missing(section["skipped"][client])
        values: list[float] = section["clients"][client]["samples"]
        return values

    return samples


def _async(client: str, level: int) -> Callable[[Measures], list[float]]:
    def samples(measures: Measures) -> list[float]:
        values: list[float] = measures["async_latency"]["clients"][client][str(level)]["samples"]
        return values

    return samples


def _memory(size: str) -> Callable[[Measures], list[float]]:
    def samples(measures: Measures) -> list[float]:
        values: list[float] = measures["memory"]["tracemalloc_peak"][size]["samples"]
        return values

    return samples


def _imports(kind: str, module: str) -> Callable[[Measures], list[float]]:
    def samples(measures: Measures) -> list[float]:
        section = measures["import"]
        if module in section.get("skipped", {}):
            raise Missing(section["skipped"][module])
        values: list[float] = section[kind][module]["samples"]
        return values

    return samples


def _memory_sizes(measures: Measures) -> str | None:
    if measures["memory"]["items"]["small"] >= 10_000:
        return None
    return "the target compares 100,000 with 10,000 items; below 10,000 the peak is still warming up"


RATIOS = [
    Ratio("node_get_waba_over_raw", "node GET: WabaClient / raw httpx", _client("node_get", "waba"),
          _client("node_get", "raw_httpx"), ("<=", 1.10)),
    Ratio("listing_waba_over_raw", "listing {items:,} templates, typed models: WabaClient / raw httpx",
          _client("listing", "waba"), _client("listing", "raw_httpx"), ("<=", 1.5)),
    Ratio("listing_bulk_over_raw", "listing {items:,} templates, bulk mode (pager.raw()): WabaClient / raw httpx",
          _client("listing", "waba_bulk"), _client("listing", "raw_httpx"), ("<=", 1.1)),
    Ratio("node_get_facebook_over_waba", "node GET: facebook-business / WabaClient",
          _client("node_get", "facebook_business"), _client("node_get", "waba"), (">=", 1.6)),
    Ratio("listing_facebook_over_waba", "listing {items:,} templates: facebook-business / WabaClient",
          _client("listing", "facebook_business"), _client("listing", "waba"), (">=", 5.0)),
    Ratio("async32_waba_speedup",
          "async, 32 in flight: AsyncWabaClient + aiohttp transport (extra) speed-up over sequential",
          _async("waba_aiohttp_async", 1), _async("waba_aiohttp_async", 32), (">=", 10.0)),
    Ratio("async32_waba_over_raw", "async, 32 in flight: AsyncWabaClient / raw httpx.AsyncClient (time)",
          _async("waba_async", 32), _async("raw_httpx_async", 32), ("<=", 1.05)),
    Ratio("async32_waba_aiohttp_over_raw_aiohttp",
          "async, 32 in flight, aiohttp transports: AsyncWabaClient / raw httpx.AsyncClient (time)",
          _async("waba_aiohttp_async", 32), _async("raw_httpx_aiohttp_async", 32), ("<=", 1.05)),
    Ratio("memory_large_over_small", "peak memory streaming {large:,} / {small:,} items (tracemalloc)",
          _memory("large"), _memory("small"), ("<=", 1.10), _memory_sizes),
    Ratio("import_waba_over_httpx", "import (whole process): waba / httpx",
          _imports("process", "waba"), _imports("process", "httpx"), ("<=", 1.3)),
    # For the record, no target:
    Ratio("node_get_generated_over_raw", "node GET: generated builder + from_dict / raw httpx",
          _client("node_get", "generated"), _client("node_get", "raw_httpx")),
    Ratio("listing_generated_over_raw", "listing: generated builder + from_dict / raw httpx",
          _client("listing", "generated"), _client("listing", "raw_httpx")),
    Ratio("node_get_waba_over_generated", "node GET: WabaClient / generated builder + from_dict",
          _client("node_get", "waba"), _client("node_get", "generated")),
    Ratio("listing_waba_over_generated", "listing: WabaClient / generated builder + from_dict",
          _client("listing", "waba"), _client("listing", "generated")),
    Ratio("async32_waba_default_speedup",
          "async, 32 in flight: AsyncWabaClient (httpx's own transport) speed-up over sequential",
          _async("waba_async", 1), _async("waba_async", 32)),
    Ratio("async32_raw_speedup", "async, 32 in flight: raw httpx.AsyncClient speed-up over sequential",
          _async("raw_httpx_async", 1), _async("raw_httpx_async", 32)),
    Ratio("async32_raw_aiohttp_speedup",
          "async, 32 in flight: raw httpx.AsyncClient + httpx-aiohttp speed-up over sequential",
          _async("raw_httpx_aiohttp_async", 1), _async("raw_httpx_aiohttp_async", 32)),
    Ratio("import_statement_waba_over_httpx", "import statement alone: waba / httpx",
          _imports("import_statement", "waba"), _imports("import_statement", "httpx")),
    Ratio("import_facebook_over_httpx", "import (whole process): facebook-business / httpx",
          _imports("process", "facebook_business"), _imports("process", "httpx")),
]  # fmt: skip

_COMPARE = {"<=": operator.le, ">=": operator.ge}


def compute(measures: Measures) -> dict[str, dict[str, Any]]:
    """Every ratio of `RATIOS` from one run's measures."""
    results: dict[str, dict[str, Any]] = {}
    sizes = {"items": measures["listing"]["items"], **measures["memory"]["items"]}
    for ratio in RATIOS:
        entry: dict[str, Any] = {"title": ratio.title.format(**sizes)}
        entry["target"] = f"{ratio.target[0]} {ratio.target[1]:g}" if ratio.target else None
        try:
            entry.update(paired_ratio(ratio.numerator(measures), ratio.denominator(measures)))
        except Missing as exc:
            entry["skipped"] = str(exc)
        else:
            not_applicable = ratio.applies(measures) if ratio.applies else None
            if not_applicable:
                entry["target_not_applicable"] = not_applicable
            elif ratio.target:
                entry["met"] = bool(_COMPARE[ratio.target[0]](entry["median"], ratio.target[1]))
        results[ratio.key] = entry
    return results


def speedups(measures: Measures) -> dict[str, dict[str, Any]]:
    """Per async client and level: speed-up over its own sequential run, round by round."""
    section = measures["async_latency"]
    table: dict[str, dict[str, Any]] = {}
    for client, levels in section["clients"].items():
        sequential = levels["1"]["samples"]
        table[client] = {level: paired_ratio(sequential, values["samples"]) for level, values in levels.items()}
    return table
