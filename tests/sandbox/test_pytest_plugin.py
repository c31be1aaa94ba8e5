"""The pytest plugin of waba-sandbox: loaded by its entry point, once, however a project names it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

USER_TEST = textwrap.dedent("""
    import waba_sandbox.pytest_plugin as plugin


    def test_fixtures(request, waba_sandbox, waba_sandbox_client):
        loaded = [p for p in request.config.pluginmanager.get_plugins() if p is plugin]
        assert len(loaded) == 1
        assert waba_sandbox_client.account("102290129340398").get(fields=["name"]).name == "Jasper's Market"
        assert waba_sandbox.base_url.startswith("http://127.0.0.1:")
""")


@pytest.mark.parametrize(
    "conftest",
    ["", 'pytest_plugins = ["waba_sandbox.pytest_plugin"]\n'],
    ids=["entry-point-only", "also-named-in-pytest_plugins"],
)
def test_a_user_project_gets_the_fixtures_once(tmp_path: Path, conftest: str) -> None:
    (tmp_path / "conftest.py").write_text(conftest, encoding="utf-8")
    (tmp_path / "test_user.py").write_text(USER_TEST, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_the_repository_suite_loads_the_plugin_once(request: pytest.FixtureRequest) -> None:
    import waba_sandbox.pytest_plugin as plugin

    assert [p for p in request.config.pluginmanager.get_plugins() if p is plugin] == [plugin]
    assert request.config.pluginmanager.get_plugin("waba_sandbox.pytest_plugin") is plugin
