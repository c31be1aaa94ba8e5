"""The generators of the consumer matrix: pinned versions, command lines, and how each reports problems.

Each is run as its own documentation says, with no configuration or templates of ours; the few options given
only pick a package name, skip writing docs and test stubs, or silence a notice about a future default.
"""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

from .runs import NODE_BIN, ROOT, VENV_BIN, Generator

OG_PACKAGE = "waba_og_client"  # openapi-generator's python client
DM_MODULE = "waba_dm_models"  # datamodel-code-generator's models
OPC_PACKAGE = "waba_stock_client"  # stock openapi-python-client's client
OG_SKIP = "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false"


def npm_version(package: str) -> str:
    """The installed version of an npm package of this repository (package-lock.json pins it)."""
    import json  # noqa: PLC0415 - only when asked

    manifest = ROOT / "node_modules" / package / "package.json"
    if not manifest.is_file():
        return "not installed"
    found: str = json.loads(manifest.read_text(encoding="utf-8"))["version"]
    return found


def _lines(log: str, pattern: str) -> list[str]:
    return [line.strip() for line in log.splitlines() if re.search(pattern, line)]


def _openapi_generator_warnings(log: str) -> list[str]:
    return [re.sub(r"^\[\w+\] WARN\s+\S+ - ", "", line) for line in _lines(log, r"\bWARN\b")]


def _openapi_generator_errors(log: str, exit_code: int) -> list[str]:
    found = _lines(log, r"\bERROR\b|Exception in thread|^\S+Exception:")
    return found or ([f"exit code {exit_code}"] if exit_code else [])


def _any_exit(log: str, exit_code: int) -> list[str]:
    if exit_code == 0:
        return []
    return [line for line in log.splitlines() if line.strip()][-5:] or [f"exit code {exit_code}"]


def _opc_warnings(log: str) -> list[str]:
    """openapi-python-client lists each warning as a paragraph after "Warning(s) encountered"."""
    if "Warning(s) encountered" not in log:
        return []
    body = log.split("Warning(s) encountered", 1)[1].split("If you believe this was a mistake", 1)[0]
    paragraphs = [" ".join(p.split()) for p in body.split("\n\n")]
    return [p for p in paragraphs[1:] if p]


def _opc_errors(log: str, exit_code: int) -> list[str]:
    return (
        ["Error(s) encountered", *_any_exit(log, exit_code)]
        if "Error(s) encountered" in log
        else _any_exit(log, exit_code)
    )


def openapi_typescript() -> Generator:
    """openapi-typescript: the spec's types as one .d.ts (used with openapi-fetch)."""
    return Generator(
        name="openapi-typescript",
        version=npm_version("openapi-typescript"),
        command=lambda spec, out: [str(NODE_BIN / "openapi-typescript"), str(spec), "-o", str(out / "schema.d.ts")],
        warnings=lambda log: _lines(log, r"(?i)⚠|\bwarn"),
        errors=_any_exit,
    )


def openapi_generator(language: str) -> Generator:
    """openapi-generator (the PyPI package that ships its jar; runs on the machine's java)."""
    package = ["--package-name", OG_PACKAGE] if language == "python" else []
    return Generator(
        name=f"openapi-generator-{language}",
        version=version("openapi-generator-cli"),
        command=lambda spec, out: [
            str(VENV_BIN / "openapi-generator-cli"),
            "generate",
            "-i",
            str(spec),
            "-g",
            language,
            "-o",
            str(out),
            *package,
            "--global-property",
            OG_SKIP,
        ],
        warnings=_openapi_generator_warnings,
        errors=_openapi_generator_errors,
    )


def datamodel_code_generator() -> Generator:
    """datamodel-code-generator: pydantic v2 models of every schema."""
    return Generator(
        name="datamodel-code-generator",
        version=version("datamodel-code-generator"),
        command=lambda spec, out: [
            str(VENV_BIN / "datamodel-codegen"),
            "--input",
            str(spec),
            "--input-file-type",
            "openapi",
            "--output",
            str(out / f"{DM_MODULE}.py"),
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--target-python-version",
            "3.11",
            "--formatters",
            "builtin",
        ],
        warnings=lambda log: _lines(log, r"Warning"),
        errors=_any_exit,
    )


def openapi_python_client() -> Generator:
    """Stock openapi-python-client: no configuration file, no templates of ours."""
    return Generator(
        name="openapi-python-client",
        version=version("openapi-python-client"),
        command=lambda spec, out: [
            str(VENV_BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--output-path",
            str(out / OPC_PACKAGE),
            "--meta",
            "none",
        ],
        warnings=_opc_warnings,
        errors=_opc_errors,
    )


def all_generators() -> list[Generator]:
    """Every generator of the matrix, in report order."""
    return [
        openapi_typescript(),
        openapi_generator("python"),
        openapi_generator("typescript-fetch"),
        datamodel_code_generator(),
        openapi_python_client(),
    ]


def tool_path(name: str) -> Path:
    """A node tool of this repository (tsc, node programs' dependencies live in node_modules)."""
    return NODE_BIN / name
