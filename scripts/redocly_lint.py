"""Run Redocly CLI `lint` (recommended ruleset) and fail on any error *or warning*.

Redocly exits 0 when it finds only warnings; the project's bar is 0 errors and 0 warnings, so this reads the
JSON report and prints every problem.

Usage: python scripts/redocly_lint.py build/waba.openapi.json
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    command = [
        str(ROOT / "node_modules" / ".bin" / "redocly"),
        "lint",
        "--config",
        str(ROOT / "openapi" / "redocly.yaml"),
        "--format=json",
        argv[1],
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603 - pinned local tool
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        sys.stderr.write(result.stdout + result.stderr)
        print(f"redocly did not produce a report (exit {result.returncode})")
        return 1
    for problem in report["problems"]:
        pointer = problem["location"][0]["pointer"] if problem.get("location") else ""
        print(f"{problem['severity']}: {problem['ruleId']}: {problem['message']} at {pointer}")
    totals = report["totals"]
    version = report.get("version", "?")
    print(f"redocly {version} (recommended): {totals['errors']} errors, {totals['warnings']} warnings")
    return 1 if totals["errors"] or totals["warnings"] or result.returncode else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
