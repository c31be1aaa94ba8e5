"""openapi-typescript + openapi-fetch: types generated from the published spec, `tsc --noEmit` clean over a smoke
program and every recorded answer and spec example typed by the generated schemas, and the smoke program run
by node against a sandbox on 127.0.0.1."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from consumer_matrix.generators import npm_version
from consumer_matrix.runs import NODE_BIN, Generation, tool_environment

from waba_sandbox import RunningSandbox

from .conftest import Report, Target, generated, smoke_calls, wire_problems
from .documents import BATCH_ITEMS, all_documents

NAME = "openapi-typescript"
SOURCES = Path(__file__).parent / "typescript"


@pytest.fixture(scope="module")
def generation(report: Report) -> Generation:
    return generated(NAME, report)


def _type_of(schema: str) -> str:
    if schema == BATCH_ITEMS:
        return '(S["BatchResponse"] | null)[]'
    return f"S[{json.dumps(schema)}]"


def documents_module() -> str:
    """Every answer as a value checked against its generated type (a variable, as JSON.parse would give it)."""
    lines = [
        "// Written by tests/consumers/test_openapi_typescript.py: every recorded answer and spec example, typed.",
        'import type { components } from "./schema.js";',
        'type S = components["schemas"];',
        "const typed = <T>(value: T): T => value;",
        "export const documents: unknown[] = [];",
    ]
    for index, document in enumerate(all_documents()):
        lines.append(f"// {document.source} ({document.schema})")
        lines.append(f"const d{index} = {json.dumps(document.body)};")
        lines.append(f"documents.push(typed<{_type_of(document.schema)}>(d{index}));")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def project(generation: Generation) -> Path:
    """The generated schema beside the smoke program and the typed documents (build/consumers/..., not committed)."""
    folder = generation.path / "project"
    folder.mkdir(exist_ok=True)
    shutil.copy2(generation.path / "schema.d.ts", folder / "schema.d.ts")
    for source in ("smoke.ts", "tsconfig.json"):
        shutil.copy2(SOURCES / source, folder / source)
    (folder / "documents.ts").write_text(documents_module(), encoding="utf-8")
    (folder / "package.json").write_text('{"private": true, "type": "module"}\n', encoding="utf-8")
    return folder


def _tsc(project: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(NODE_BIN / "tsc"), "-p", str(project / "tsconfig.json"), *options],
        cwd=project,
        env=tool_environment(),
        capture_output=True,
        text=True,
        check=False,
    )


def test_generates_with_no_warning_and_no_error(generation: Generation) -> None:
    assert generation.exit_code == 0
    assert generation.errors == []
    assert generation.warnings == []
    schema = (generation.path / "schema.d.ts").read_text(encoding="utf-8")
    assert '"/{template-id}/": {' in schema
    assert "#message-template" not in schema


def test_tsc_no_emit_is_clean_over_the_smoke_program_and_every_answer(project: Path, report: Report) -> None:
    result = _tsc(project, "--noEmit")
    errors = [line for line in (result.stdout + result.stderr).splitlines() if "error TS" in line]
    row = report.row(NAME, "")
    row.errors += len(errors)
    row.documents_parsed = f"{len(all_documents()) - len(errors)}/{len(all_documents())} (typed by tsc)"
    assert errors == []
    assert result.returncode == 0, result.stdout + result.stderr


def test_tsc_catches_an_answer_of_the_wrong_shape(project: Path, tmp_path: Path) -> None:
    """The typed documents are a real check: a wrong type in one answer is a compile error."""
    broken = tmp_path / "broken"
    shutil.copytree(project, broken, ignore=shutil.ignore_patterns("dist"))
    text = (broken / "documents.ts").read_text(encoding="utf-8")
    (broken / "documents.ts").write_text(text.replace('"success": true', '"success": "yes"', 1), encoding="utf-8")
    result = _tsc(broken, "--noEmit")
    assert result.returncode != 0
    assert "error TS2322" in result.stdout or "error TS2345" in result.stdout, result.stdout


def test_smoke_calls_from_node_against_the_sandbox(
    project: Path, sandbox: RunningSandbox, target: Target, report: Report
) -> None:
    compiled = _tsc(project)
    assert compiled.returncode == 0, compiled.stdout
    run = subprocess.run(
        ["node", str(project / "dist" / "smoke.js")],
        cwd=project,
        env={**tool_environment(), **target.environment()},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    outcomes = {o["call"]: o for o in json.loads(run.stdout.strip().splitlines()[-1])}
    problems = wire_problems(sandbox, smoke_calls(target))
    passed = sum(o["ok"] and not any(p.startswith(call) for p in problems) for call, o in outcomes.items())
    report.row(NAME, "").smoke_calls = f"{passed}/{len(smoke_calls(target))} (openapi-fetch {_fetch_version()})"
    assert problems == []
    assert [o for o in outcomes.values() if not o["ok"]] == []
    assert set(outcomes) == {call.call for call in smoke_calls(target)}


def _fetch_version() -> str:
    return npm_version("openapi-fetch")
