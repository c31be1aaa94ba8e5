"""The README's quick starts run against the sandbox; Schemathesis finds no failure in a bounded run."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conformance import run

from waba_sandbox import RunningSandbox

ROOT = Path(__file__).resolve().parents[2]


def quick_start_snippets() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


def test_readme_quick_starts_run_against_the_sandbox(sandbox: RunningSandbox) -> None:
    snippets = quick_start_snippets()
    assert len(snippets) == 2, "a sync and an async quick start"
    env = {**os.environ, "WABA_ACCESS_TOKEN": sandbox.token, "WABA_BASE_URL": sandbox.base_url}
    templates = sandbox.sandbox.store.accounts[sandbox.sandbox.store.main_account].templates
    for snippet in snippets:
        result = subprocess.run([sys.executable, "-c", snippet], env=env, capture_output=True, text=True, timeout=120,
                                check=False)  # fmt: skip
        assert result.returncode == 0, result.stderr
        printed = result.stdout.splitlines()
        assert len(printed) == len(templates)
        assert next(iter(templates.values()))["name"] in result.stdout


@pytest.mark.parametrize(
    ("readme", "section"), [("README.md", "## The sandbox"), ("sandbox/README.md", "# waba-sandbox")]
)
def test_the_sandbox_snippets_of_the_readmes_run(readme: str, section: str) -> None:
    text = (ROOT / readme).read_text(encoding="utf-8").split(section, 1)[1].split("\n## ", 1)[0]
    (snippet,) = re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)
    result = subprocess.run([sys.executable, "-c", snippet], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Jasper's Market"


def test_bounded_schemathesis_run_finds_no_failure() -> None:
    outcome = run(5, extra=["--phases", "examples,fuzzing,stateful"])
    assert outcome.returncode == 0, outcome.output[-4000:]
    assert outcome.failures == 0
    assert outcome.operations == 56
    assert outcome.generated >= 300
