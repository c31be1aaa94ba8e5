"""`make soak`: the SDK against a faulty sandbox on loopback, sync and async, counted and checked.

`python -m soak --config full` (from `scripts/`) runs the workload (listings of a 1,000+-template account and
mixed calls with creates and deletes, through a sandbox injecting transient errors, throttles, HTML 502 pages,
truncated bodies, dropped connections and slow answers) and the load test (50 clients against one sandbox),
prints the figures table, and exits 1 when a check fails. `--config quick` is the bounded version `make test`
runs (through `tests/reliability/test_soak.py`).
"""

from .config import FULL, QUICK, SoakConfig
from .figures import Figures
from .load import run_load
from .workload import run_workload

__all__ = ["FULL", "QUICK", "Figures", "SoakConfig", "run_load", "run_workload"]
