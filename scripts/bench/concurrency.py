"""Node GETs against a server answering after a fixed latency: 1 in flight (sequential) vs 8/32/64 in flight.

Per async contender and level, the wall time of a run divided by its calls (µs per call); the speed-up of a
level is the sequential µs per call over that level's, taken round by round. Every run is preceded by an
untimed burst that opens the level's connections.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Awaitable, Callable
from typing import Any

from .config import LIST_WABA, Config
from .contenders import ASYNC_FACTORIES, AsyncContender
from .stats import rotated, summary


async def drive(call: Callable[[], Awaitable[object]], calls: int, in_flight: int) -> float:
    """Seconds to make `calls` calls with at most `in_flight` outstanding at any time."""
    remaining = calls

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await call()

    gc.collect()
    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(min(in_flight, calls))))
    return time.perf_counter() - start


async def _measure(base_url: str, config: Config, log: Callable[[str], None]) -> dict[str, list[float]]:
    contenders: dict[str, AsyncContender] = {name: make(base_url, LIST_WABA) for name, make in ASYNC_FACTORIES.items()}
    samples: dict[str, list[float]] = {f"{name}/{level}": [] for name in contenders for level in config.in_flight}
    try:
        for round_index in range(config.async_rounds):
            for level in config.in_flight:
                calls = config.sequential_calls if level == 1 else config.async_calls
                for name in rotated(list(contenders), round_index):
                    get = contenders[name].get
                    await drive(get, level, level)
                    samples[f"{name}/{level}"].append(await drive(get, calls, level) / calls * 1e6)
            log(f"async: round {round_index + 1}/{config.async_rounds} done")
    finally:
        for contender in contenders.values():
            await contender.close()
    return samples


def measure(base_url: str, config: Config, log: Callable[[str], None]) -> dict[str, Any]:
    """`{"clients": {name: {"<in flight>": summary of µs per call}}, ...}` against the latency server."""
    samples = asyncio.run(_measure(base_url, config, log))
    clients: dict[str, dict[str, Any]] = {}
    for key, values in samples.items():
        name, level = key.split("/")
        clients.setdefault(name, {})[level] = summary(values, 1)
    return {
        "unit": "µs per call (wall time of the run / calls)",
        "latency_ms": config.latency_ms,
        "calls": config.async_calls,
        "sequential_calls": config.sequential_calls,
        "in_flight": list(config.in_flight),
        "rounds": config.async_rounds,
        "clients": clients,
    }
