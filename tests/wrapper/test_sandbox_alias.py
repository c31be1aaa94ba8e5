"""The old entry points `waba.sandbox` and `waba.demo` are shims: with waba-sandbox installed they forward to it
with a deprecation message; without it they say how to install it and exit 2 — never a traceback."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import waba.demo
import waba.sandbox
import waba_sandbox
import waba_sandbox.demo
from waba.sandbox.__main__ import main as old_command_line

INSTALL = 'pip install "waba[sandbox]"'
BLOCK_SANDBOX = "import sys\nsys.modules['waba_sandbox'] = None\n"


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)


def test_old_imports_forward_to_waba_sandbox_with_a_warning() -> None:
    with pytest.warns(DeprecationWarning, match="import waba_sandbox"):
        from waba.sandbox import RunningSandbox
    assert RunningSandbox is waba_sandbox.RunningSandbox
    with pytest.warns(DeprecationWarning, match="deprecated"), pytest.raises(ImportError):
        from waba.sandbox import NoSuchThing  # noqa: F401


def test_old_command_line_runs_the_new_one(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        old_command_line(["--help"])
    assert done.value.code == 0
    captured = capsys.readouterr()
    assert "deprecated: run `python -m waba_sandbox`" in captured.err
    assert captured.out.startswith("usage: python -m waba_sandbox") and "--fault-transient" in captured.out


def test_old_demo_runs_the_new_one(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    calls: list[str] = []
    monkeypatch.setattr(waba_sandbox.demo, "main", lambda: calls.append("demo") or 0)
    assert waba.demo.main() == 0
    assert calls == ["demo"]
    assert "python -m waba_sandbox.demo" in capsys.readouterr().err


@pytest.mark.parametrize("module", ["waba.sandbox", "waba.demo"])
def test_without_waba_sandbox_the_old_entry_points_say_how_to_install_it(module: str) -> None:
    result = run_python(BLOCK_SANDBOX + f"import runpy\nrunpy.run_module({module!r}, run_name='__main__')")
    assert result.returncode == 2
    assert INSTALL in result.stderr
    assert "Traceback" not in result.stderr


def test_without_waba_sandbox_old_imports_fail_with_the_install_hint() -> None:
    result = run_python(
        BLOCK_SANDBOX
        + textwrap.dedent("""
        try:
            from waba.sandbox import RunningSandbox
        except ImportError as exc:
            print(exc)
    """)
    )
    assert INSTALL in result.stdout


def test_the_old_pytest_plugin_name_loads_the_fixtures(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["waba.sandbox.pytest_plugin"]\n', encoding="utf-8")
    (tmp_path / "test_user.py").write_text(
        "def test_fixture(waba_sandbox_client):\n"
        "    assert waba_sandbox_client.account('102290129340398').get().name == \"Jasper's Market\"\n",
        encoding="utf-8",
    )
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
