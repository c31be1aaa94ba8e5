"""Node GET (µs per call) and full listing (ms) for every sync contender, interleaved round by round."""

from __future__ import annotations

import functools
import gc
import time
from collections.abc import Callable
from typing import Any

from .config import LIST_WABA, WARMUP_ITEMS, WARMUP_WABA, Config
from .contenders import SYNC_FACTORIES, Contender, Unavailable
from .stats import rotated, summary


def _seconds(action: Callable[[], object], times: int) -> float:
    gc.collect()
    start = time.perf_counter()
    for _ in range(times):
        action()
    return time.perf_counter() - start


def _check_count(contender: Contender, waba_id: str, expected: int) -> None:
    count = contender.list_all(waba_id)
    if count != expected:
        raise RuntimeError(f"{contender.name} listed {count} templates of {waba_id}, expected {expected}")


def _open(base_url: str, log: Callable[[str], None]) -> tuple[dict[str, Contender], dict[str, str]]:
    contenders: dict[str, Contender] = {}
    skipped: dict[str, str] = {}
    for name, factory in SYNC_FACTORIES.items():
        try:
            contenders[name] = factory(base_url, LIST_WABA)
        except Unavailable as exc:
            skipped[name] = str(exc)
            log(f"skipping {name}: {exc}")
    return contenders, skipped


def measure(base_url: str, config: Config, log: Callable[[str], None]) -> dict[str, Any]:
    """`{"node_get": ..., "listing": ...}`: per contender, samples per round and their summary.

    Each contender is warmed up first (GETs and a short listing); every listing must count every template.
    """
    contenders, skipped = _open(base_url, log)
    try:
        gets = {name: contender.get for name, contender in contenders.items() if contender.get is not None}
        for name, contender in contenders.items():
            if name in gets:
                _seconds(gets[name], config.warmup_calls)
            _check_count(contender, WARMUP_WABA, WARMUP_ITEMS)
        names = list(contenders)
        get_us: dict[str, list[float]] = {name: [] for name in gets}
        list_ms: dict[str, list[float]] = {name: [] for name in names}
        for round_index in range(config.get_rounds):
            for name in rotated(list(gets), round_index):
                get_us[name].append(_seconds(gets[name], config.get_calls) / config.get_calls * 1e6)
        log(f"node GET: {config.get_rounds} rounds x {config.get_calls} calls done")
        for round_index in range(config.list_rounds):
            for name in rotated(names, round_index):
                listing = functools.partial(_check_count, contenders[name], LIST_WABA, config.list_items)
                list_ms[name].append(_seconds(listing, 1) * 1e3)
        log(f"listing: {config.list_rounds} rounds x {config.list_items} templates done")
    finally:
        for contender in contenders.values():
            contender.close()
    return {
        "node_get": {
            "unit": "µs per call",
            "calls_per_round": config.get_calls,
            "rounds": config.get_rounds,
            "clients": {name: summary(get_us[name], 1) for name in gets},
            "skipped": skipped,
        },
        "listing": {
            "unit": "ms per listing",
            "items": config.list_items,
            "page_size": 100,
            "rounds": config.list_rounds,
            "clients": {name: summary(list_ms[name], 1) for name in names},
            "skipped": skipped,
        },
    }
