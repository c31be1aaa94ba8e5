"""waba_sandbox stands on its own: it imports nothing from the SDK, runs with the SDK blocked, and serves the
published spec. The sandbox's tests use the SDK only as a client, through its public API."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import waba

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "sandbox" / "waba_sandbox"
#: The modules that drive the sandbox through the SDK (as any SDK user would), importing it lazily or guarded.
SDK_CLIENTS = {"demo/day.py", "demo/receiver.py", "pytest_plugin.py"}
SDK_PACKAGES = ("waba", "waba_api")
PUBLIC_GENERATED = {"waba_api.models", "waba_api.types"}
BLOCK_SDK = "import sys\nsys.modules['waba'] = None\nsys.modules['waba_api'] = None\n"


def sdk_imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, imported names) of every import of `waba` or `waba_api` anywhere in a file."""
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names if alias.name.split(".")[0] in SDK_PACKAGES]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] in SDK_PACKAGES:
            found.append((str(node.module), [alias.name for alias in node.names]))
    return found


def uses_only_public_api(imports: list[tuple[str, list[str]]]) -> bool:
    return all(
        (module == "waba" and set(names) <= set(waba.__all__)) or module in PUBLIC_GENERATED
        for module, names in imports
    )


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)


def test_the_sandbox_imports_nothing_from_the_sdk() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) >= 25
    for path in modules:
        name = path.relative_to(PACKAGE).as_posix()
        imports = sdk_imports(path)
        if name in SDK_CLIENTS:
            assert imports and uses_only_public_api(imports), (name, imports)
        else:
            assert imports == [], f"waba_sandbox/{name} imports the SDK: {imports}"


def test_the_scan_catches_an_sdk_import(tmp_path: Path) -> None:
    leaky = tmp_path / "leaky.py"
    leaky.write_text(
        "def f():\n    from waba.validation import inline_refs\n    return inline_refs\n", encoding="utf-8"
    )
    assert sdk_imports(leaky) == [("waba.validation", ["inline_refs"])]
    assert not uses_only_public_api(sdk_imports(leaky))


def test_the_sandbox_serves_and_the_plugin_loads_with_the_sdk_blocked() -> None:
    code = BLOCK_SDK + textwrap.dedent("""
        import importlib, pkgutil
        import waba_sandbox
        from waba_sandbox import ADMIN_TOKEN, Sandbox
        from waba_sandbox.app import Incoming
        skipped = {"waba_sandbox.demo.day", "waba_sandbox.demo.receiver", "waba_sandbox.demo.__main__",
                   "waba_sandbox.__main__"}
        names = [m.name for m in pkgutil.walk_packages(waba_sandbox.__path__, "waba_sandbox.")]
        for name in names:
            if name not in skipped:
                importlib.import_module(name)
        answer = Sandbox().handle(Incoming("GET", "/v24.0/102290129340398", [("fields", "name")],
                                           authorization=f"Bearer {ADMIN_TOKEN}"))
        print(len(names), answer.status, answer.content().decode())
    """)
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    count, status, body = result.stdout.split(" ", 2)
    assert int(count) >= 25
    assert (status, body.strip()) == ("200", '{"name":"Jasper\'s Market","id":"102290129340398"}')


def test_the_command_line_runs_with_the_sdk_blocked() -> None:
    code = (
        BLOCK_SDK
        + "import runpy\nsys.argv = ['waba_sandbox', '--help']\nrunpy.run_module('waba_sandbox', run_name='__main__')"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert "python -m waba_sandbox" in result.stdout and "--fault-transient" in result.stdout


def test_the_demo_says_how_to_install_the_sdk_when_it_is_missing() -> None:
    result = run_python(BLOCK_SDK + "import runpy\nrunpy.run_module('waba_sandbox.demo', run_name='__main__')")
    assert result.returncode == 2
    assert 'pip install "waba[sandbox]"' in result.stderr
    assert "Traceback" not in result.stderr


def test_the_sandbox_tests_use_the_sdk_as_a_client_only() -> None:
    for path in sorted((ROOT / "tests" / "sandbox").glob("*.py")):
        imports = sdk_imports(path)
        assert uses_only_public_api(imports), (path.name, imports)


def test_the_sandbox_serves_the_published_spec() -> None:
    published = ROOT / "generated" / "waba_api" / "openapi.json"
    assert (PACKAGE / "openapi.json").read_bytes() == published.read_bytes()
