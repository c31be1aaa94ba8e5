"""Two distributions from one repository: `waba` (the SDK, no sandbox code) and `waba-sandbox` (the emulator).

Both wheels are built for real with the pinned build backend (hatchling's wheel builder, offline) and their file
lists, metadata and entry points inspected.
"""

from __future__ import annotations

import ast
import tarfile
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest
from hatchling.builders.sdist import SdistBuilder
from hatchling.builders.wheel import WheelBuilder
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
SANDBOX_ROOT = ROOT / "sandbox"
SHIMS = {"waba/demo.py", "waba/sandbox/__init__.py", "waba/sandbox/__main__.py", "waba/sandbox/pytest_plugin.py"}
# Launch the sandbox when installed, through `waba.sandbox.import_sandbox` only (never an import of it).
LAUNCHERS = {"waba/cli/commands.py"}
SERVER_LIBRARIES = {"starlette", "uvicorn"}


class Wheel:
    """A built wheel: its file names, text files and metadata."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with zipfile.ZipFile(path) as archive:
            self.files = {name: archive.read(name) for name in archive.namelist()}
        dist_info = next(name.split("/")[0] for name in self.files if name.endswith(".dist-info/METADATA"))
        self.metadata = Parser().parsestr(self.text(f"{dist_info}/METADATA"))
        self.entry_points = (
            self.text(f"{dist_info}/entry_points.txt") if f"{dist_info}/entry_points.txt" in self.files else ""
        )

    def requirements(self, extra: str | None = None) -> dict[str, Requirement]:
        """Requires-Dist by project name: the runtime ones, or those of one extra."""
        found = [Requirement(line) for line in self.metadata.get_all("Requires-Dist") or []]
        chosen = [
            r
            for r in found
            if (r.marker is None if extra is None else r.marker and r.marker.evaluate({"extra": extra}))
        ]
        return {r.name: r for r in chosen}

    def text(self, name: str) -> str:
        return self.files[name].decode("utf-8")

    def modules(self) -> list[str]:
        return sorted(name for name in self.files if name.endswith(".py"))

    def imported_roots(self, name: str) -> set[str]:
        """Top-level packages a module imports (absolute imports)."""
        roots: set[str] = set()
        for node in ast.walk(ast.parse(self.text(name))):
            if isinstance(node, ast.Import):
                roots |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                roots.add(node.module.split(".")[0])
        return roots


def _build(project: Path, directory: Path) -> Wheel:
    return Wheel(Path(next(WheelBuilder(str(project)).build(directory=str(directory), versions=["standard"]))))


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Wheel]:
    directory = tmp_path_factory.mktemp("wheels")
    return {"waba": _build(ROOT, directory), "waba-sandbox": _build(SANDBOX_ROOT, directory)}


def test_the_sdk_wheel_holds_the_sdk_and_no_sandbox_code(wheels: dict[str, Wheel]) -> None:
    sdk = wheels["waba"]
    packages = {name.split("/")[0] for name in sdk.files if not name.startswith("waba-")}
    assert packages == {"waba", "waba_api"}
    assert "waba_api/openapi.json" in sdk.files
    sandbox_named = {name for name in sdk.modules() if "sandbox" in name or "demo" in name}
    assert sandbox_named == SHIMS, "only the deprecation shims may mention the sandbox"
    for name in sdk.modules():
        assert not sdk.imported_roots(name) & SERVER_LIBRARIES, f"{name} imports a server library"
        if name in LAUNCHERS:
            text = sdk.text(name)
            assert "waba_sandbox" not in sdk.imported_roots(name)
            assert text.count("waba_sandbox") == text.count('import_sandbox("waba_sandbox.'), name
        elif name not in SHIMS:
            assert "waba_sandbox" not in sdk.text(name), f"{name} refers to the sandbox"
    for name in SHIMS:
        shim = sdk.text(name)
        assert len(shim.splitlines()) <= 40, f"{name} is a shim, not an implementation"
        assert sdk.imported_roots(name) <= {"__future__", "importlib", "sys", "types", "typing", "warnings"}, name


def test_the_sandbox_wheel_is_self_contained(wheels: dict[str, Wheel]) -> None:
    sandbox = wheels["waba-sandbox"]
    packages = {name.split("/")[0] for name in sandbox.files if not name.startswith("waba_sandbox-")}
    assert packages == {"waba_sandbox"}
    expected_files = ["openapi.json", "py.typed", "spec.py", "app.py", "seed.py", "seed_data.py", "__main__.py",
                      "handlers/templates.py", "handlers/paging.py", "pytest_plugin.py", "demo/day.py"]  # fmt: skip
    for expected in expected_files:
        assert f"waba_sandbox/{expected}" in sandbox.files, expected
    assert sandbox.files["waba_sandbox/openapi.json"] == wheels["waba"].files["waba_api/openapi.json"]
    assert "[pytest11]\nwaba_sandbox.pytest_plugin = waba_sandbox.pytest_plugin" in sandbox.entry_points


def test_the_sandbox_depends_on_server_libraries_not_on_the_sdk(wheels: dict[str, Wheel]) -> None:
    assert set(wheels["waba-sandbox"].requirements()) == {"starlette", "uvicorn", "jsonschema"}
    assert wheels["waba-sandbox"].metadata.get_all("Provides-Extra") is None


def test_the_sandbox_extra_is_an_alias_pinned_to_the_same_version(wheels: dict[str, Wheel]) -> None:
    sdk, sandbox = wheels["waba"], wheels["waba-sandbox"]
    assert sdk.metadata["Version"] == sandbox.metadata["Version"]
    alias = sdk.requirements("sandbox")
    assert set(alias) == {"waba-sandbox"}
    assert str(alias["waba-sandbox"].specifier) == f"=={sandbox.metadata['Version']}"
    assert not set(sdk.requirements()) & SERVER_LIBRARIES, "the SDK itself needs no server library"


def test_both_projects_declare_the_same_version() -> None:
    sdk = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    sandbox = tomllib.loads((SANDBOX_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert sdk["version"] == sandbox["version"]
    assert sdk["optional-dependencies"]["sandbox"] == [f"waba-sandbox=={sandbox['version']}"]


@pytest.fixture(scope="module")
def sdists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """The file names of both source distributions, built by the pinned backend."""
    directory = tmp_path_factory.mktemp("sdists")
    found = {}
    for name, project in (("waba", ROOT), ("waba-sandbox", SANDBOX_ROOT)):
        path = next(SdistBuilder(str(project)).build(directory=str(directory), versions=["standard"]))
        with tarfile.open(path) as archive:
            found[name] = [member.name.split("/", 1)[1] for member in archive.getmembers() if "/" in member.name]
    return found


def test_the_sdists_ship_the_source_and_license_but_no_tests(sdists: dict[str, list[str]]) -> None:
    sdk, sandbox = sdists["waba"], sdists["waba-sandbox"]
    for files in (sdk, sandbox):
        assert "LICENSE" in files and "pyproject.toml" in files and "README.md" in files
        assert not [f for f in files if f.startswith(("tests/", "cassettes/", "scripts/")) or "/tests/" in f]
        assert not [f for f in files if f.rsplit("/", 1)[-1].startswith("test_")]
    assert "CHANGELOG.md" in sdk and "wrapper/waba/client.py" in sdk and "generated/waba_api/openapi.json" in sdk
    assert "waba_sandbox/app.py" in sandbox


def test_the_wheels_carry_the_license_and_the_console_script(wheels: dict[str, Wheel]) -> None:
    for wheel in wheels.values():
        assert any(name.endswith("licenses/LICENSE") for name in wheel.files), wheel.path.name
        assert wheel.metadata["License-Expression"] == "MIT"
    assert "[console_scripts]\nwaba = waba.cli:main" in wheels["waba"].entry_points
    cli = wheels["waba"].requirements("cli")
    assert set(cli) == {"typer", "rich", "pyyaml"} and all(str(r.specifier).startswith("==") for r in cli.values())
    assert not {"typer", "rich", "pyyaml"} & set(wheels["waba"].requirements()), "the CLI's libraries are an extra"
