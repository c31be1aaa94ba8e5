"""Run the benchmark and write `<out>.json` and `<out>.md`; print the ratios.

PYTHONPATH=scripts python -m bench --config full --out docs/benchmarks/before --label "BEFORE ..." --note "..."
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
import time
from pathlib import Path
from typing import Any

from . import concurrency, memory, profiling, ratios, report, startup, sync_calls
from .config import CONFIGS, LIST_WABA, Config
from .machine import describe, load_average
from .server import running

SCHEMA_VERSION = 1


def _log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


class _Phases:
    """Wall time of each phase of a run, logged as it ends."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._last = time.perf_counter()

    def done(self, phase: str) -> None:
        now = time.perf_counter()
        self.seconds[phase] = round(now - self._last, 1)
        self._last = now
        _log(f"{phase} done ({self.seconds[phase]:.1f} s)")


def run(config: Config, label: str, note: str) -> dict[str, Any]:
    """Every measure of `config`, the ratios and the machine, as one JSON-ready dict."""
    started = time.perf_counter()
    load_start = load_average()
    phases = _Phases()
    measures: dict[str, Any] = {}
    profile: dict[str, Any] | None = None
    with running(config.accounts()) as base_url:
        _log(f"server at {base_url}")
        measures.update(sync_calls.measure(base_url, config, _log))
        phases.done("node GET and listing")
        measures["memory"] = memory.measure(base_url, config)
        phases.done("memory")
        if config.profile_get_calls:
            profile = profiling.measure(base_url, config)
            phases.done("profile")
    with running({LIST_WABA: 1}, latency_ms=config.latency_ms) as slow_url:
        measures["async_latency"] = concurrency.measure(slow_url, config, _log)
        phases.done("async")
    measures["import"] = startup.measure_imports(config.import_runs, _log)
    phases.done("imports")
    measures["generate"] = startup.measure_generate(config.generate_runs)
    phases.done("generate")
    return {
        "schema": SCHEMA_VERSION,
        "label": label,
        "note": note,
        "config": config.as_dict(),
        "started_at": datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat(),
        "duration_s": round(time.perf_counter() - started, 1),
        "phases_s": phases.seconds,
        "load_average": {"start": load_start, "end": load_average()},
        "machine": describe(),
        "measures": measures,
        "ratios": ratios.compute(measures),
        "speedups": ratios.speedups(measures),
        "profile": profile,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--config", choices=sorted(CONFIGS), default="quick", help="run size (default: quick)")
    parser.add_argument("--out", type=Path, help="write <OUT>.json and <OUT>.md")
    parser.add_argument("--label", default="latest run", help="title of the results page")
    parser.add_argument("--note", default="", help="a paragraph for the results page (conditions, context)")
    parser.add_argument(
        "--render",
        type=Path,
        metavar="JSON",
        help="measure nothing: rewrite the page of an earlier run's JSON (with --label/--note when given)",
    )
    args = parser.parse_args(argv)
    if args.render is not None:
        results = json.loads(args.render.read_text(encoding="utf-8"))
        given = {"label": args.label, "note": args.note}
        results.update({key: value for key, value in given.items() if value and value != parser.get_default(key)})
        _write(args.render.with_suffix(""), results)
    else:
        results = run(CONFIGS[args.config], args.label, args.note)
        if args.out is not None:
            _write(args.out, results)
    print(report.console(results))
    return 0


def _write(out: Path, results: dict[str, Any]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    out.with_suffix(".md").write_text(report.markdown(results), encoding="utf-8")
    _log(f"wrote {out.with_suffix('.json')} and {out.with_suffix('.md')}")


if __name__ == "__main__":
    raise SystemExit(main())
