"""Run one generator on the published spec, cached by the spec's hash, and record what it reported."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "generated" / "waba_api" / "openapi.json"
BUILD = ROOT / "build" / "consumers"
NODE_BIN = ROOT / "node_modules" / ".bin"
VENV_BIN = Path(sys.executable).parent
RESULT = "result.json"


class GenerationError(RuntimeError):
    """A generator could not be run at all (missing tool), as opposed to reporting errors on the document."""


@dataclass(frozen=True)
class Generator:
    """A code generator as a user runs it: a pinned version and a command line writing into `{out}`."""

    name: str
    version: str
    command: Callable[[Path, Path], list[str]]  # (spec, output dir) -> argv
    warnings: Callable[[str], list[str]]  # the warnings in its combined output
    errors: Callable[[str, int], list[str]]  # the errors in its combined output, given its exit code


@dataclass
class Generation:
    """What one run produced and reported."""

    name: str
    version: str
    output: str  # the folder holding the generated code
    command: list[str]
    seconds: float
    exit_code: int
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    cached: bool = False

    @property
    def path(self) -> Path:
        """The generated code's folder."""
        return Path(self.output)


def cache_key(generator: Generator, spec_bytes: bytes) -> str:
    """Spec, generator version and command line: the same key means the same output."""
    digest = hashlib.sha256(spec_bytes)
    digest.update(f"\0{generator.name}\0{generator.version}\0".encode())
    digest.update(" ".join(generator.command(Path("SPEC"), Path("OUT"))).encode())
    return digest.hexdigest()[:16]


def tool_environment() -> dict[str, str]:
    """The environment generators run in: this venv's and node_modules' tools first on PATH."""
    path = os.pathsep.join([str(VENV_BIN), str(NODE_BIN), os.environ.get("PATH", "")])
    return {**os.environ, "PATH": path, "NO_COLOR": "1", "FORCE_COLOR": "0"}


def _execute(argv: Sequence[str], cwd: Path) -> tuple[int, str]:
    if shutil.which(argv[0], path=tool_environment()["PATH"]) is None:
        raise GenerationError(f"{argv[0]} is not installed: run `make venv node java` (see consumers/README.md)")
    result = subprocess.run(  # noqa: S603 - pinned local tools, fixed argv
        list(argv), cwd=cwd, env=tool_environment(), capture_output=True, text=True, check=False
    )
    return result.returncode, result.stdout + result.stderr


def generate(generator: Generator, spec: Path = SPEC, build: Path = BUILD) -> Generation:
    """Run `generator` on `spec` into build/consumers/<name>/<key>/, or reuse that folder's earlier run."""
    spec_bytes = spec.read_bytes()
    target = build / generator.name / cache_key(generator, spec_bytes)
    if (target / RESULT).is_file():
        recorded = Generation(**json.loads((target / RESULT).read_text(encoding="utf-8")))
        recorded.cached = True
        return recorded
    # Generate outside the repository, as a user would: no project configuration (ruff, ...) applies.
    with tempfile.TemporaryDirectory(prefix=f"waba-consumer-{generator.name}-") as work:
        out = Path(work) / "out"
        spec_copy = Path(work) / "openapi.json"
        spec_copy.write_bytes(spec_bytes)
        argv = generator.command(spec_copy, out)
        started = time.perf_counter()
        exit_code, log = _execute(argv, Path(work))
        seconds = round(time.perf_counter() - started, 1)
        shutil.rmtree(target, ignore_errors=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        if out.exists():
            shutil.copytree(out, target)
        else:
            target.mkdir()
    (target / "generator.log").write_text(log, encoding="utf-8")
    generation = Generation(
        name=generator.name,
        version=generator.version,
        output=str(target),
        command=[str(a).replace(work, "<tmp>") for a in argv],
        seconds=seconds,
        exit_code=exit_code,
        warnings=generator.warnings(log),
        errors=generator.errors(log, exit_code),
    )
    (target / RESULT).write_text(json.dumps(asdict(generation), indent=2) + "\n", encoding="utf-8")
    return generation
