"""Start-up costs: `import waba` vs `import httpx` (and Meta's SDK) in fresh processes; `make generate` time."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import generate

from .children import child_env
from .stats import rotated, summary

#: What each contender's user imports to make the benchmark's calls.
IMPORTS = {
    "httpx": "httpx",
    "waba": "waba",
    "facebook_business": "facebook_business.adobjects.whatsappbusinessaccount",
}
_TIMED_IMPORT = "import time; s = time.perf_counter(); import {module}; print(time.perf_counter() - s)"


def _one_import(module: str) -> tuple[float, float]:
    """(whole process seconds, seconds inside the import statement) of a fresh interpreter importing `module`.

    Bytecode caching is on (PYTHONDONTWRITEBYTECODE dropped), as for an installed package: the untimed first
    import writes the `.pyc` files, the timed ones read them.
    """
    start = time.perf_counter()
    result = subprocess.run(  # noqa: S603 - this interpreter, a fixed statement
        [sys.executable, "-c", _TIMED_IMPORT.format(module=module)],
        capture_output=True,
        text=True,
        check=True,
        env=child_env(),
    )
    return time.perf_counter() - start, float(result.stdout)


def measure_imports(runs: int, log: Callable[[str], None]) -> dict[str, Any]:
    """Per module: whole-process and in-process import seconds over `runs` fresh processes (interleaved)."""
    modules: dict[str, str] = {}
    skipped: dict[str, str] = {}
    for name, module in IMPORTS.items():
        try:  # untimed: checks the module imports, warms the file cache, writes the .pyc files
            _one_import(module)
        except subprocess.CalledProcessError as exc:
            reason = (exc.stderr.strip().splitlines() or ["failed"])[-1]
            if name != "facebook_business":
                raise RuntimeError(f"`import {module}` failed: {reason}") from None
            skipped[name] = f"`import {module}` failed ({reason}); `make bench` installs the bench extra"
            log(f"skipping import of {name}: {skipped[name]}")
        else:
            modules[name] = module
    process: dict[str, list[float]] = {name: [] for name in modules}
    inside: dict[str, list[float]] = {name: [] for name in modules}
    for run in range(runs):
        for name in rotated(list(modules), run):
            whole, statement = _one_import(modules[name])
            process[name].append(whole)
            inside[name].append(statement)
    return {
        "unit": "s",
        "runs": runs,
        "bytecode_cache": "warm (.pyc written by an untimed first import)",
        "statements": {name: f"import {module}" for name, module in modules.items()},
        "process": {name: summary(process[name], 4) for name in modules},
        "import_statement": {name: summary(inside[name], 4) for name in modules},
        "skipped": skipped,
    }


def measure_generate(runs: int) -> dict[str, Any]:
    """Seconds to bundle the spec and generate the whole client into a temporary folder (`generate_into`)."""
    wall: list[float] = []
    generator: list[float] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="waba-bench-generate-") as tmp:
            start = time.perf_counter()
            generator.append(generate.generate_into(Path(tmp)))
            wall.append(time.perf_counter() - start)
    return {"unit": "s", "runs": runs, "total": summary(wall), "generator_only": summary(generator)}
