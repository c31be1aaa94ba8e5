"""Fixtures for the command line: a sandbox, and a runner wired to it through the environment (as users do)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from typer.testing import CliRunner

from waba import WabaClient
from waba.cli.app import app
from waba_sandbox.server import RunningSandbox

WABA = "102290129340398"
BUSINESS = "506914307656634"


@dataclass
class Done:
    """One command's outcome."""

    status: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


class Waba:
    """Runs `waba ...` in-process against a sandbox, with the token in the environment."""

    def __init__(self, sandbox: RunningSandbox) -> None:
        self.sandbox = sandbox
        self.env = {"WABA_BASE_URL": sandbox.base_url, "WABA_ACCESS_TOKEN": sandbox.token, "WABA_ID": WABA,
                    "WABA_BUSINESS_ID": BUSINESS, "WABA_TOKEN_FILE": "", "COLUMNS": "200"}  # fmt: skip

    def __call__(self, *args: str, env: dict[str, str] | None = None, input: str | None = None) -> Done:
        result = CliRunner().invoke(app, list(args), env={**self.env, **(env or {})}, input=input)
        return Done(result.exit_code, result.stdout, result.stderr)

    def client(self) -> WabaClient:
        return WabaClient(access_token=self.sandbox.token, base_url=self.sandbox.base_url)


@pytest.fixture(scope="module")
def shared_sandbox() -> Iterator[RunningSandbox]:
    """One sandbox for a module's read-only commands."""
    with RunningSandbox() as running:
        yield running


@pytest.fixture(scope="module")
def waba(shared_sandbox: RunningSandbox) -> Waba:
    """`waba ...` against the module's sandbox (read-only commands)."""
    return Waba(shared_sandbox)


@pytest.fixture
def fresh_waba() -> Iterator[Waba]:
    """`waba ...` against a sandbox of its own (commands that change things)."""
    with RunningSandbox() as running:
        yield Waba(running)
