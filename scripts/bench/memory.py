"""Peak memory while `WabaClient` streams a long template listing, each size in a fresh process.

The child (`python -m bench.memory --base-url URL --waba ID --items N`) fetches one page first (spec, validators
and models loaded), then starts tracemalloc and iterates over every item without keeping any; it prints the
tracemalloc peak and how much the process's peak RSS grew while streaming (tracemalloc's own bookkeeping
included), as JSON.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tracemalloc
from typing import Any

from waba import WabaClient

from .children import child_env
from .config import MEMORY_LARGE_WABA, MEMORY_SMALL_WABA, Config
from .payloads import PAGE_SIZE, TOKEN
from .stats import summary


def _peak_rss_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux reports kB


def stream(base_url: str, waba_id: str) -> dict[str, int]:
    """Stream the account's templates once; items, tracemalloc peak and peak-RSS growth in bytes."""
    with WabaClient(access_token=TOKEN, base_url=base_url) as client:
        next(iter(client.account(waba_id).message_templates.list(limit=PAGE_SIZE)))
        rss_before = _peak_rss_bytes()
        tracemalloc.start()
        items = sum(1 for _ in client.account(waba_id).message_templates.list(limit=PAGE_SIZE))
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return {"items": items, "tracemalloc_peak_bytes": peak, "rss_growth_bytes": _peak_rss_bytes() - rss_before}


def _child(base_url: str, waba_id: str) -> dict[str, int]:
    result = subprocess.run(  # noqa: S603 - this interpreter, fixed module
        [sys.executable, "-m", "bench.memory", "--base-url", base_url, "--waba", waba_id],
        capture_output=True,
        text=True,
        env=child_env(),
        check=True,
    )
    measured: dict[str, int] = json.loads(result.stdout)
    return measured


def measure(base_url: str, config: Config) -> dict[str, Any]:
    """Both sizes, `config.memory_runs` fresh processes each, alternating."""
    sizes = {"small": (MEMORY_SMALL_WABA, config.memory_items[0]), "large": (MEMORY_LARGE_WABA, config.memory_items[1])}
    runs: dict[str, list[dict[str, int]]] = {"small": [], "large": []}
    for _ in range(config.memory_runs):
        for size, (waba_id, expected) in sizes.items():
            measured = _child(base_url, waba_id)
            if measured["items"] != expected:
                raise RuntimeError(f"memory run streamed {measured['items']} items, expected {expected}")
            runs[size].append(measured)
    peaks = {size: [run["tracemalloc_peak_bytes"] / 2**20 for run in runs[size]] for size in runs}
    return {
        "unit": "MiB",
        "client": "waba",
        "items": {size: sizes[size][1] for size in sizes},
        "runs": config.memory_runs,
        "tracemalloc_peak": {size: summary(peaks[size]) for size in peaks},
        "rss_growth": {size: summary([run["rss_growth_bytes"] / 2**20 for run in runs[size]]) for size in runs},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Stream one listing and print its peak memory as JSON.")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--waba", required=True)
    args = parser.parse_args(argv)
    print(json.dumps(stream(args.base_url, args.waba)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
