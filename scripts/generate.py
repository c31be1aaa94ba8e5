"""Generate the low-level client `generated/waba_api` from the OpenAPI fragments, or check it is up to date.

    python scripts/generate.py          regenerate generated/ in place
    python scripts/generate.py --check  regenerate into a temporary folder; exit 1 on any difference

Steps: bundle openapi/src/ (scripts/spec_bundle.py); hand openapi-python-client the generator view of the
document (JSON-encoded list parameters, which OpenAPI declares with `content: application/json`, get their
schema directly, because openapi-python-client 0.29.1 silently drops parameters without `schema`); generate with
the pinned generator, the template overrides under openapi/generator/templates and isolated ruff post-hooks,
failing on any warning; add `py.typed` and the bundled spec `openapi.json` as package data; write
`generated/generation.lock.json` (generator and ruff versions, spec and template hashes). The same `openapi.json`
is also written into the sandbox's package (`sandbox/waba_sandbox/openapi.json`), which reads the spec without
depending on `waba`; `--check` fails when that copy differs too.
"""

from __future__ import annotations

import copy
import difflib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spec_bundle import bundle, dumps

ROOT = Path(__file__).resolve().parent.parent
GENERATOR_DIR = ROOT / "openapi" / "generator"
OUTPUT_DIR = ROOT / "generated"
PACKAGE = "waba_api"
LOCK_NAME = "generation.lock.json"
SANDBOX_SPEC = ROOT / "sandbox" / "waba_sandbox" / "openapi.json"


def generator_view(document: dict[str, Any]) -> dict[str, Any]:
    """The document as handed to openapi-python-client: `content: application/json` parameters get a `schema`.

    The template override (openapi/generator/templates/endpoint_macros.py.jinja) JSON-encodes every list
    parameter except `fields` and `summary`, which is exactly what `content: application/json` declares.
    """
    view = copy.deepcopy(document)

    def convert(parameters: list[dict[str, Any]]) -> None:
        for parameter in parameters:
            content = parameter.pop("content", None)
            if content is None:
                continue
            (media_type, media), *rest = content.items()
            if media_type != "application/json" or rest:
                raise SystemExit(f"parameter {parameter['name']}: only `content: application/json` is supported")
            parameter["schema"] = media["schema"]
            if "example" in media:
                parameter["example"] = media["example"]

    convert(list(view["components"].get("parameters", {}).values()))
    for item in view["paths"].values():
        convert(item.get("parameters", []))
        for method in ("get", "post", "delete", "put", "patch"):
            if method in item:
                convert(item[method].get("parameters", []))
    return view


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _templates_digest() -> str:
    digest = hashlib.sha256()
    for path in [*sorted((GENERATOR_DIR / "templates").rglob("*")), GENERATOR_DIR / "config.yaml"]:
        if path.is_file():
            digest.update(path.relative_to(GENERATOR_DIR).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def generate_into(target: Path) -> float:
    """Generate the whole generated/ tree into `target`; returns the generator's wall time in seconds."""
    spec_text = dumps(bundle())
    with tempfile.TemporaryDirectory(prefix="waba-generate-") as work:
        view_path = Path(work) / "generator-view.json"
        view_path.write_text(json.dumps(generator_view(json.loads(spec_text)), indent=2), encoding="utf-8")
        env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
        started = time.perf_counter()
        result = subprocess.run(  # noqa: S603 - fixed argv, pinned tool from this venv
            [
                str(Path(sys.executable).parent / "openapi-python-client"),
                "generate",
                "--path",
                str(view_path),
                "--meta",
                "none",
                "--output-path",
                str(target / PACKAGE),
                "--config",
                str(GENERATOR_DIR / "config.yaml"),
                "--custom-template-path",
                str(GENERATOR_DIR / "templates"),
                "--fail-on-warning",
            ],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        elapsed = time.perf_counter() - started
    if result.returncode != 0 or "Warning" in result.stdout or "Error" in result.stdout:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"openapi-python-client failed (exit {result.returncode})")
    package = target / PACKAGE
    (package / "py.typed").write_text("", encoding="utf-8")
    (package / "openapi.json").write_text(spec_text, encoding="utf-8")
    lock = {
        "generator": f"openapi-python-client {version('openapi-python-client')}",
        "ruff": f"ruff {version('ruff')}",
        "spec_sha256": _sha256(spec_text.encode("utf-8")),
        "generator_config_and_templates_sha256": _templates_digest(),
    }
    (target / LOCK_NAME).write_text(json.dumps(lock, indent=2) + "\n", encoding="utf-8")
    return elapsed


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def compare(expected: Path, actual: Path) -> list[str]:
    """Human-readable differences between two generated trees (empty when identical)."""
    want, have = _tree(expected), _tree(actual)
    problems = [f"missing in generated/: {name}" for name in sorted(want.keys() - have.keys())]
    problems += [f"not produced by the generator: {name}" for name in sorted(have.keys() - want.keys())]
    for name in sorted(want.keys() & have.keys()):
        if want[name] != have[name]:
            diff = difflib.unified_diff(
                have[name].decode(errors="replace").splitlines(),
                want[name].decode(errors="replace").splitlines(),
                f"generated/{name}",
                f"regenerated/{name}",
                lineterm="",
                n=1,
            )
            problems.append("\n".join(list(diff)[:40]))
    return problems


def main(argv: list[str]) -> int:
    check = "--check" in argv[1:]
    with tempfile.TemporaryDirectory(prefix="waba-generated-") as tmp:
        fresh = Path(tmp) / "generated"
        fresh.mkdir()
        elapsed = generate_into(fresh)
        files = len(_tree(fresh / PACKAGE))
        spec_bytes = (fresh / PACKAGE / "openapi.json").read_bytes()
        if check:
            problems = compare(fresh, OUTPUT_DIR)
            if not SANDBOX_SPEC.is_file() or SANDBOX_SPEC.read_bytes() != spec_bytes:
                problems.append(f"{SANDBOX_SPEC.relative_to(ROOT)} differs from the bundled spec")
            for problem in problems:
                print(problem)
            if problems:
                print(f"generated/ is stale ({len(problems)} differences): run `make generate` and commit the result")
                return 1
            print(f"generated/ is up to date ({files} files; generator ran in {elapsed:.1f} s)")
            return 0
        shutil.rmtree(OUTPUT_DIR / PACKAGE, ignore_errors=True)
        shutil.copytree(fresh / PACKAGE, OUTPUT_DIR / PACKAGE)
        shutil.copy2(fresh / LOCK_NAME, OUTPUT_DIR / LOCK_NAME)
        SANDBOX_SPEC.write_bytes(spec_bytes)
        print(f"generated/{PACKAGE}: {files} files; generator ran in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
