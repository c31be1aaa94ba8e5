"""The canary run: canary secrets through every failure path (`canary_paths.PATHS`), with DEBUG logging on for
everything; 0 occurrences of the token, the app secret or any `appsecret_proof` on every surface
(`canary.SURFACES`). Each path must also have gone wrong the way it says (errors raised), so a path that
silently stopped exercising anything fails too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile import report

from waba import WabaError
from waba_sandbox import RunningSandbox

from . import canary_paths
from .canary import PATHS, QUIET, SURFACES, TOKEN, Run, capturing, hits


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with RunningSandbox(canary_paths.canary_config()) as running:
        yield running


@pytest.mark.parametrize("name", list(PATHS))
def test_no_canary_on_any_surface(name: str, sandbox: RunningSandbox, tmp_path: Path) -> None:
    run = Run(name)
    with capturing(run):
        PATHS[name](run, canary_paths.Context(sandbox, tmp_path))
    found = hits(run)
    report("canary (paths, hits)", paths=1, hits=len(found))
    assert found == []
    assert run.errors or run.outputs, "the path must have failed somewhere (or produced output)"
    assert [e for e in run.errors if not isinstance(e, WabaError)] == []
    assert bool(run.logs) == (name not in QUIET), "DEBUG logging must have recorded the requests"


def test_the_harness_finds_a_planted_canary_on_every_surface(tmp_path: Path) -> None:
    planted = tmp_path / "planted.yaml"
    planted.write_text(f"uri: https://graph.facebook.com/v24.0/1?access_token={TOKEN}", encoding="utf-8")
    run = Run("planted", logs=[f"GET /?appsecret_proof={'a' * 64}"], errors=[ValueError(TOKEN)],
              objects=[{"token": TOKEN}], files=[planted], outputs=[f"export WABA_ACCESS_TOKEN={TOKEN}"])  # fmt: skip
    assert {surface for surface, _ in hits(run)} == {surface.name for surface in SURFACES}
