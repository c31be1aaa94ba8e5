"""The quick soak (`make soak` runs the full one): the issue's fault mix against a sandbox on loopback, listings
of a 1,000+-template account and mixed calls with creates and deletes, sync and async (32 in flight), then 50
clients at once; every check of `soak.Figures.checks` must hold. Prints its figures table."""

from __future__ import annotations

import pytest
from soak import QUICK, Figures, run_load, run_workload


def test_quick_soak(capsys: pytest.CaptureFixture[str]) -> None:
    figures = Figures(config=f"quick, from make test: {QUICK.templates:,} templates")
    run_workload(QUICK, figures)
    run_load(QUICK, figures)
    with capsys.disabled():
        print("\n" + figures.table())
    assert [name for name, held in figures.checks() if not held] == []
    assert figures.listings == 2 * QUICK.listings and figures.items_expected >= 2 * 1_000
    assert set(figures.faults) >= {"transient", "throttle", "html_502", "truncated", "dropped", "slow"}
    assert figures.attempts > figures.total_calls, "faults must have caused retries"
    assert figures.creates_intended > 0 and figures.deletes > 0
    assert figures.load_clients * figures.load_calls == 50 * QUICK.load_calls
