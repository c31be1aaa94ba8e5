"""The installed `waba` console script: help, one-line usage errors, the missing extra, the sandbox command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

WABA_SCRIPT = Path(sys.executable).with_name("waba")


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("WABA_")}
    env = {**clean, "COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb", **(env or {})}
    return subprocess.run([str(WABA_SCRIPT), *args], env=env, capture_output=True, text=True, timeout=60, check=False)


def python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)


def test_help_lists_every_command() -> None:
    done = run("--help")
    assert done.returncode == 0
    for command in ("account", "templates", "users", "phones", "apps", "catalogs", "analytics", "usage", "sandbox"):
        assert command in done.stdout
    templates = run("templates", "--help").stdout
    for command in ("list", "show", "create", "edit", "delete", "export", "plan", "apply"):
        assert command in templates
    plan = run("templates", "plan", "--help").stdout
    assert "--prune" in plan and "--account" in plan and "FILE" in plan


def test_usage_errors_are_one_line_with_status_2() -> None:
    done = run("templates", "list", "--status", "NOPE")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("error: Invalid value for '--status': 'NOPE' is not one of 'APPROVED'")
    assert done.stderr.endswith("(see `waba templates list --help`)\n") and done.stderr.count("\n") == 1
    assert run("nope").stderr == "error: No such command 'nope'. (see `waba --help`)\n"
    no_token = run("account", "show", "-a", "1")
    assert no_token.returncode == 2 and no_token.stderr.startswith("error: no access token")
    assert "Traceback" not in no_token.stderr


def test_without_the_cli_extra_it_says_how_to_install() -> None:
    done = python("import sys; sys.modules['typer'] = None\nfrom waba.cli import main\nmain(['--help'])")
    assert done.returncode == 1
    assert done.stderr == 'error: The waba command line needs its extra: pip install "waba[cli]" (missing: typer)\n'


def test_sandbox_command_runs_the_sandbox_or_says_how_to_install_it() -> None:
    done = run("sandbox", "--", "--help")
    assert done.returncode == 0 and "--seed" in done.stdout and "--port" in done.stdout
    missing = python("import sys; sys.modules['waba_sandbox'] = None\nfrom waba.cli import main\nmain(['sandbox'])")
    assert missing.returncode == 1
    assert missing.stderr == 'error: the sandbox is not installed: pip install "waba[sandbox]"\n'
