"""The soak workload: full listings of a 1,000+-template account and mixed calls with creates and deletes,
through a sandbox injecting the issue's fault mix — once with `WabaClient`, once with `AsyncWabaClient` (32 calls
in flight) — then the state read back from the sandbox itself and checked against what the calls meant to do.
"""

from __future__ import annotations

import asyncio
import time
from contextlib import suppress

from .async_worker import AsyncWorker
from .config import SoakConfig
from .counting import Counts
from .figures import Figures
from .shared import Ledger, Target, check_state
from .sync_worker import SyncWorker


def run_workload(config: SoakConfig, figures: Figures) -> None:
    """The sync then the async workload against one faulty sandbox; counts into `figures`."""
    figures.max_retries = config.policy.max_retries
    target = Target.start(config)
    ledger = Ledger()
    try:
        for kind in ("sync", "async"):
            counts = Counts()
            started = time.perf_counter()
            if kind == "sync":
                SyncWorker(target, config, counts, figures, ledger).run()
            else:
                asyncio.run(AsyncWorker(target, config, counts, figures, ledger).run())
            figures.seconds[f"workload, {kind}"] = time.perf_counter() - started
            figures.calls[kind] += counts.calls
            figures.attempts += counts.attempts
            figures.max_attempts_per_call = max(figures.max_attempts_per_call, counts.max_attempts_per_call)
        time.sleep(config.faults.slow_seconds + 0.2)  # let slow answers still in the server finish
        figures.faults.update(target.running.sandbox.faults.injected)
        check_state(target, ledger, figures)
    finally:
        with suppress(Exception):
            target.running.stop()
