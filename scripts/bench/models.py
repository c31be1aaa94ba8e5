"""Micro-benchmark of the generated models alone: `MessageTemplateList.from_dict` over realistic pages.

    PYTHONPATH=scripts python -m bench.models                      # this tree's generated/ (µs per template)
    PYTHONPATH=scripts python -m bench.models --tree before=/tmp/old-generated --tree after=generated

No HTTP and no wrapper: the pages (100 templates each, with HEADER/BODY/FOOTER/BUTTONS components, from
`bench.payloads`) are decoded once with `json.loads`, then parsed again and again. Each `--tree` (a folder
holding a `waba_api` package) is measured in its own fresh process, the trees taking turns round after round,
so a busy machine slows all of them alike; the figures are medians with the min-max over rounds. Times are
the CPU time of the measuring process (`time.process_time`), which other processes on a shared machine
inflate far less than wall time (the import figure alone is wall time). Also
reported per tree: `json.loads` of the same pages (the floor any client pays), `to_dict()` of the parsed
pages, and the cost of importing the template list model in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .children import child_env
from .payloads import PAGE_SIZE, compact, template
from .stats import rotated, summary

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = 10_000


def _pages(templates: int) -> list[bytes]:
    return [
        compact({"data": [template(i) for i in range(start, min(start + PAGE_SIZE, templates))]})
        for start in range(0, templates, PAGE_SIZE)
    ]


def child(templates: int, repeats: int) -> dict[str, float]:
    """Per template: µs to `json.loads`, to `from_dict` and to `to_dict` (best of `repeats` passes)."""
    started = time.perf_counter()
    from waba_api.models import MessageTemplateList  # noqa: PLC0415 - the import is measured

    imported = time.perf_counter() - started
    raw = _pages(templates)
    decoded = [json.loads(page) for page in raw]
    best = {"json_loads": float("inf"), "from_dict": float("inf"), "to_dict": float("inf")}
    parse = MessageTemplateList.from_dict
    clock = time.process_time
    for _ in range(repeats):
        start = clock()
        for page in raw:
            json.loads(page)
        best["json_loads"] = min(best["json_loads"], clock() - start)
        start = clock()
        parsed = [parse(page) for page in decoded]
        best["from_dict"] = min(best["from_dict"], clock() - start)
        start = clock()
        for model in parsed:
            model.to_dict()
        best["to_dict"] = min(best["to_dict"], clock() - start)
    result = {name: seconds * 1e6 / templates for name, seconds in best.items()}
    result["import_ms"] = imported * 1e3
    return result


def _run_child(tree: Path, templates: int, repeats: int) -> dict[str, float]:
    env = child_env()
    env["PYTHONPATH"] = f"{tree}:{env['PYTHONPATH']}"
    code = f"import json; from bench.models import child; print(json.dumps(child({templates}, {repeats})))"
    result = subprocess.run(  # noqa: S603 - this interpreter, a fixed statement
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env, cwd=ROOT
    )
    figures: dict[str, float] = json.loads(result.stdout)
    return figures


def measure(trees: dict[str, Path], rounds: int, templates: int, repeats: int) -> dict[str, Any]:
    """Every tree's figures over `rounds` interleaved rounds, summarised."""
    samples: dict[str, dict[str, list[float]]] = {name: {} for name in trees}
    for index in range(rounds):
        for name in rotated(list(trees), index):
            for key, value in _run_child(trees[name], templates, repeats).items():
                samples[name].setdefault(key, []).append(value)
    return {name: {key: summary(values, 2) for key, values in figures.items()} for name, figures in samples.items()}


def _tree(text: str) -> tuple[str, Path]:
    name, _, path = text.rpartition("=")
    return name or Path(path).name, Path(path).resolve()


def main(argv: list[str] | None = None) -> int:
    """Measure and print a table (and JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", action="append", type=_tree, help="NAME=FOLDER holding waba_api (repeatable)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--templates", type=int, default=TEMPLATES)
    parser.add_argument("--repeats", type=int, default=3, help="passes per process; the best one counts")
    parser.add_argument("--json", action="store_true", help="print the JSON results instead of the table")
    args = parser.parse_args(argv)
    trees = dict(args.tree or [("generated", ROOT / "generated")])
    results = measure(trees, args.rounds, args.templates, args.repeats)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{args.templates:,} templates in pages of {PAGE_SIZE}; median (min-max) over {args.rounds} rounds")
    print(f"{'tree':<12} {'json.loads µs/t':>22} {'from_dict µs/t':>22} {'to_dict µs/t':>22} {'import ms':>22}")
    for name, figures in results.items():
        cells = [
            f"{f['median']:.2f} ({f['min']:.2f}-{f['max']:.2f})"
            for f in (figures[key] for key in ("json_loads", "from_dict", "to_dict", "import_ms"))
        ]
        print(f"{name:<12} " + " ".join(f"{cell:>22}" for cell in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
