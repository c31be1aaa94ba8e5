"""The documentation site, built once per test session exactly as `make docs` builds it (strict mode)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "build" / "docs" / "site"


@dataclass(frozen=True)
class BuiltSite:
    """The output folder of a successful build and what the build printed."""

    root: Path
    output: str


def run_build(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python scripts/docs_build.py ARGS`, output captured."""
    command = [sys.executable, str(ROOT / "scripts" / "docs_build.py"), *args]
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, check=False, env={**os.environ, **(env or {})}
    )


@pytest.fixture(scope="session")
def built_site() -> BuiltSite:
    result = run_build("--site-dir", str(SITE))
    assert result.returncode == 0, f"the docs build failed:\n{result.stdout}\n{result.stderr}"
    return BuiltSite(root=SITE, output=result.stdout + result.stderr)
