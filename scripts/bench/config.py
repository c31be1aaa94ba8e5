"""The run sizes: `full` (make bench), `quick` (make bench-quick, under a minute) and `tiny` (the test suite)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

#: Accounts of the benchmark server: the node read and listed, and the two memory runs (items set per config).
LIST_WABA = "102290129340398"
WARMUP_WABA = "102290129340400"
WARMUP_ITEMS = 250
MEMORY_SMALL_WABA = "102290129340401"
MEMORY_LARGE_WABA = "102290129340402"


@dataclass(frozen=True)
class Config:
    """How much of each measure to run."""

    name: str
    get_calls: int  # node GETs per contender per round
    get_rounds: int
    warmup_calls: int
    list_items: int  # templates per listing (pages of 100)
    list_rounds: int
    latency_ms: float  # server latency of the async measure
    async_calls: int  # GETs per run with 8/32/64 in flight
    sequential_calls: int  # GETs per run with 1 in flight (each takes at least the latency)
    in_flight: tuple[int, ...]
    async_rounds: int
    memory_items: tuple[int, int]  # (small, large) items streamed, each in a fresh process
    memory_runs: int
    import_runs: int
    generate_runs: int
    profile_get_calls: int  # node GETs profiled (the listing profiled is one of `list_items`); 0: no profile

    def as_dict(self) -> dict[str, Any]:
        """The configuration, JSON-ready."""
        return asdict(self)

    def accounts(self) -> dict[str, int]:
        """The server's accounts and their template counts."""
        return {
            LIST_WABA: self.list_items,
            WARMUP_WABA: WARMUP_ITEMS,
            MEMORY_SMALL_WABA: self.memory_items[0],
            MEMORY_LARGE_WABA: self.memory_items[1],
        }


FULL = Config(
    name="full",
    get_calls=400,
    get_rounds=15,
    warmup_calls=200,
    list_items=10_000,
    list_rounds=7,
    latency_ms=20.0,
    async_calls=1_000,
    sequential_calls=1_000,
    in_flight=(1, 8, 32, 64),
    async_rounds=3,
    memory_items=(10_000, 100_000),
    memory_runs=2,
    import_runs=9,
    generate_runs=3,
    profile_get_calls=2_000,
)

QUICK = Config(
    name="quick",
    get_calls=150,
    get_rounds=5,
    warmup_calls=100,
    list_items=5_000,
    list_rounds=3,
    latency_ms=20.0,
    async_calls=192,
    sequential_calls=40,
    in_flight=(1, 8, 32, 64),
    async_rounds=2,
    memory_items=(500, 5_000),
    memory_runs=1,
    import_runs=3,
    generate_runs=1,
    profile_get_calls=0,
)

TINY = Config(
    name="tiny",
    get_calls=10,
    get_rounds=2,
    warmup_calls=5,
    list_items=250,
    list_rounds=2,
    latency_ms=2.0,
    async_calls=16,
    sequential_calls=4,
    in_flight=(1, 8, 32, 64),
    async_rounds=2,
    memory_items=(100, 300),
    memory_runs=1,
    import_runs=1,
    generate_runs=1,
    profile_get_calls=10,
)

CONFIGS = {config.name: config for config in (FULL, QUICK, TINY)}
