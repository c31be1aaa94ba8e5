"""openapi-generator's typescript-fetch client: enums with their values (issue 8 found them empty), `tsc` clean,
every recorded answer and spec example through the generated `<Model>FromJSON`, and the smoke calls from node."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from consumer_matrix.generators import openapi_generator
from consumer_matrix.runs import NODE_BIN, Generation, generate, tool_environment

from waba_sandbox import RunningSandbox

from .conftest import Report, Target, generated, smoke_calls, wire_problems
from .documents import all_documents, spec

NAME = "openapi-generator-typescript-fetch"
SOURCES = Path(__file__).parent / "typescript_fetch"
# openapi-generator 7.26.0 warns about every OpenAPI 3.1 document, and (once per stretch of time) when it meets a
# map whose values are not a model: here the usage header's `BusinessUseCaseUsage` (id -> list of budgets) and a
# migration's `failed_templates` (id -> reason), both exact descriptions of what Graph sends.
GENERATOR_OWN_WARNINGS = ("OpenAPI 3.1 support is still in beta", "Failed to get the schema name: null")


@pytest.fixture(scope="module")
def generation(report: Report) -> Generation:
    return generated(NAME, report)


@pytest.fixture(scope="module")
def project(generation: Generation) -> Path:
    folder = generation.path.parent / f"{generation.path.name}-project"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    shutil.copytree(generation.path, folder / "client", ignore=shutil.ignore_patterns("*.json", "*.log"))
    for source in ("smoke.ts", "tsconfig.json"):
        shutil.copy2(SOURCES / source, folder / source)
    documents = [[d.source, d.schema, d.body] for d in all_documents()]
    (folder / "documents.json").write_text(json.dumps(documents), encoding="utf-8")
    return folder


def test_generates_with_no_error_and_only_the_generators_own_warnings(generation: Generation) -> None:
    assert generation.exit_code == 0
    assert generation.errors == []
    assert [w for w in generation.warnings if not w.startswith(GENERATOR_OWN_WARNINGS)] == []


def test_the_remaining_warnings_are_the_generators_own(tmp_path: Path) -> None:
    """The same warnings for a document holding nothing but a map of strings."""
    minimal = {
        "openapi": "3.1.0",
        "info": {"title": "minimal", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Reasons": {"type": "object", "additionalProperties": {"type": "string"}}}},
    }
    (tmp_path / "openapi.json").write_text(json.dumps(minimal), encoding="utf-8")
    result = generate(openapi_generator("typescript-fetch"), spec=tmp_path / "openapi.json", build=tmp_path / "b")
    assert {next(o for o in GENERATOR_OWN_WARNINGS if w.startswith(o)) for w in result.warnings} == set(
        GENERATOR_OWN_WARNINGS
    )


def test_every_enum_has_its_values(generation: Generation) -> None:
    enums = {name: s["enum"] for name, s in spec()["components"]["schemas"].items() if "enum" in s}
    assert len(enums) >= 50
    for name, values in enums.items():
        source = (generation.path / "models" / f"{name}.ts").read_text(encoding="utf-8")
        declared = re.search(rf"export const {name} = \{{(.*?)\}} as const;", source, re.DOTALL)
        assert declared, f"{name}: no enum object (an empty interface was issue 8's bug)"
        assert sorted(re.findall(r": '([^']*)'", declared.group(1))) == sorted(values), name


def test_compiles_and_parses_every_answer_and_passes_the_smoke_calls(
    project: Path, sandbox: RunningSandbox, target: Target, report: Report
) -> None:
    compiled = subprocess.run(
        [str(NODE_BIN / "tsc"), "-p", str(project / "tsconfig.json")],
        cwd=project,
        env=tool_environment(),
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [line for line in compiled.stdout.splitlines() if "error TS" in line]
    report.row(NAME, "").errors += len(errors)
    assert errors == []
    environment = {
        **tool_environment(),
        **target.environment(),
        "WABA_SMOKE_DOCUMENTS": str(project / "documents.json"),
    }
    run = subprocess.run(
        ["node", str(project / "dist" / "smoke.js")],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    documents = len(all_documents())
    row = report.row(NAME, "")
    row.documents_parsed = f"{documents - len(result['failures'])}/{documents}"
    outcomes = {o["call"]: o for o in result["outcomes"]}
    problems = wire_problems(sandbox, smoke_calls(target))
    row.smoke_calls = f"{sum(o['ok'] and not any(p.startswith(c) for p in problems) for c, o in outcomes.items())}/5"
    assert result["failures"] == []
    assert problems == []
    assert [o for o in outcomes.values() if not o["ok"]] == []
