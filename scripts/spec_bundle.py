"""Bundle the OpenAPI fragments under openapi/src/ into one document.

The fragments are parts of a single document: each holds top-level keys (`paths`, `components`, ...). They are
deep-merged in file-name order. A key that two fragments define with different values is an error, so every
shared shape lives in exactly one fragment. `info.version` is the package version from pyproject.toml (the
fragments leave it out), so the document consumers generate from is versioned with the SDK that ships it.

Usage: python scripts/spec_bundle.py [OUTPUT.json]   (default: print to stdout)
"""

from __future__ import annotations

import json
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "openapi" / "src"
PYPROJECT = ROOT / "pyproject.toml"


class BundleError(Exception):
    """Two fragments disagree on a key, or a fragment is not a mapping."""


def _merge(target: dict[str, Any], source: dict[str, Any], where: str, origin: str) -> None:
    for key, value in source.items():
        path = f"{where}/{key}"
        if key not in target:
            target[key] = value
        elif isinstance(target[key], dict) and isinstance(value, dict):
            _merge(target[key], value, path, origin)
        elif target[key] != value:
            raise BundleError(f"{origin}: {path} is already defined by an earlier fragment with another value")


def load_fragments(paths: Iterable[Path]) -> dict[str, Any]:
    """Deep-merge YAML fragments into one document; raises BundleError on a conflict."""
    document: dict[str, Any] = {}
    for path in paths:
        try:
            fragment = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise BundleError(f"{path.name}: not valid YAML: {exc}") from exc
        if not isinstance(fragment, dict):
            raise BundleError(f"{path.name}: a fragment must be a mapping of top-level keys")
        _merge(document, fragment, "", path.name)
    return document


def package_version(pyproject: Path = PYPROJECT) -> str:
    """The `waba` distribution's version (`[project] version` of pyproject.toml)."""
    version: str = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    return version


def with_version(document: dict[str, Any], version: str) -> dict[str, Any]:
    """`document` with `info.version` set to `version`; raises BundleError if a fragment sets another one."""
    info = document.setdefault("info", {})
    if info.get("version", version) != version:
        raise BundleError(
            f"info.version is the package version ({version}, from pyproject.toml); "
            f"remove `version: {info['version']}` from the fragment"
        )
    ordered = {key: value for key, value in info.items() if key != "version"}
    document["info"] = {"title": ordered.pop("title", ""), "version": version, **ordered}
    return document


def bundle() -> dict[str, Any]:
    """The whole document, from every fragment under openapi/src/, versioned like the package."""
    return with_version(load_fragments(sorted(SOURCE_DIR.glob("*.yaml"))), package_version())


def dumps(document: dict[str, Any]) -> str:
    """The canonical text of the bundled document (stable across machines)."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    text = dumps(bundle())
    if len(argv) > 1:
        out = Path(argv[1])
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
