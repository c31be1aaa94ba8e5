"""`python -m soak [--config quick|full] [--properties FILE]`: run the soak, print its figures, exit 1 on a
failed check. `--properties` adds the rows the pytest part of `make soak` wrote (Hypothesis examples, sandbox
5xx under hostile input, canary hits)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .config import FULL, QUICK
from .figures import Figures
from .load import run_load
from .workload import run_workload


def property_rows(path: Path) -> list[tuple[str, str]]:
    """Rows from the JSON lines the property tests, the sandbox fuzz and the canary appended to `path`."""
    totals: dict[str, dict[str, int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        bucket = totals.setdefault(entry.pop("figure"), {})
        for key, value in entry.items():
            bucket[key] = bucket.get(key, 0) + int(value)
    rows: list[tuple[str, str]] = []
    for figure, counts in sorted(totals.items()):
        rows.append((figure, ", ".join(f"{key} {value:,}" for key, value in sorted(counts.items()))))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m soak", description=__doc__)
    parser.add_argument("--config", choices=["quick", "full"], default="full")
    parser.add_argument("--properties", type=Path, help="JSON lines written by the pytest part of make soak")
    args = parser.parse_args(argv)
    config = FULL if args.config == "full" else QUICK
    figures = Figures(config=f"{config.name}: {config.templates:,} templates, {config.listings} listings and "
                      f"{config.mixed_calls:,} mixed calls per client kind, {config.in_flight} in flight")  # fmt: skip
    run_workload(config, figures)
    run_load(config, figures)
    if args.properties is not None and args.properties.exists():
        figures.extra_rows += property_rows(args.properties)
    print(figures.table(), flush=True)
    return 0 if figures.ok else 1


if __name__ == "__main__":
    sys.exit(main())
