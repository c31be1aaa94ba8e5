"""Schemathesis conformance run: every operation of the spec against a fresh sandbox on a loopback port.

    python scripts/conformance.py [--max-examples N] [--seed S]

Starts the sandbox (no rate limit, so the run measures conformance, not throttling), points Schemathesis at it
with `schemathesis.toml` (ids from the seed data), runs all phases and checks, and prints Schemathesis' summary.
Exits non-zero on any failure.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from waba_sandbox import RunningSandbox, SandboxConfig

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "generated" / "waba_api" / "openapi.json"


@dataclass(frozen=True)
class Outcome:
    """What a run reported."""

    returncode: int
    generated: int
    failures: int
    operations: int
    output: str


def run(max_examples: int, seed: int = 1, extra: list[str] | None = None) -> Outcome:
    """Run Schemathesis against a fresh sandbox and parse its summary."""
    with RunningSandbox(SandboxConfig(budget_per_hour=10**9)) as sandbox:
        store = sandbox.sandbox.store
        env = dict(
            os.environ,
            WABA_SANDBOX_URL=sandbox.base_url,
            WABA_SANDBOX_TOKEN=sandbox.token,
            WABA_ID=store.main_account,
            WABA_TEMPLATE_ID=next(iter(store.accounts[store.main_account].templates)),
            WABA_BUSINESS_ID=store.main_business,
            NO_COLOR="1",
        )
        command = [
            str(Path(sys.executable).parent / "schemathesis"),
            "--config-file",
            str(ROOT / "schemathesis.toml"),
            "run",
            str(SPEC),
            "--max-examples",
            str(max_examples),
            "--seed",
            str(seed),
            "--workers",
            "1",
            "--no-color",
            "--generation-database",
            "none",
            *(extra or []),
        ]
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    output = result.stdout + result.stderr
    cases = re.search(r"(\d+) generated", output)
    failures = re.search(r"(\d+) (?:found )?(\d+ )?unique failures?", output)
    operations = re.search(r"Tested: (\d+)", output)
    return Outcome(
        returncode=result.returncode,
        generated=int(cases.group(1)) if cases else 0,
        failures=int(failures.group(1)) if failures else 0,
        operations=int(operations.group(1)) if operations else 0,
        output=output,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--max-examples", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    outcome = run(args.max_examples, args.seed)
    summary = outcome.output[outcome.output.find("SUMMARY") - 40 :] if "SUMMARY" in outcome.output else outcome.output
    print(summary.strip())
    print(f"conformance: {outcome.operations} operations, {outcome.generated} cases, exit {outcome.returncode}")
    return outcome.returncode


if __name__ == "__main__":
    raise SystemExit(main())
