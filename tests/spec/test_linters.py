"""The narrowed lint rules (openapi/README.md, "Lint configuration"): each still reports a planted bad example, and
the stock rule does report what the narrowing exempts, so the narrowing is needed and no wider than documented.
(`make spec-check` runs the linters themselves on the shipped document.)"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from spec_bundle import dumps

ROOT = Path(__file__).resolve().parents[2]
NODE_BIN = ROOT / "node_modules" / ".bin"
TEMPLATE_NODE = "/{template-id}/"
PLANTED_PATH = "/{waba-id}/flows/"


def _run(argv: list[str]) -> str:
    result = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False, timeout=300)
    return result.stdout


def spectral(document: Path, ruleset: Path) -> list[tuple[str, str]]:
    """(rule, JSON path joined by '.') of every problem Spectral reports."""
    out = _run([str(NODE_BIN / "spectral"), "lint", "--ruleset", str(ruleset), "--format", "json", str(document)])
    return [(p["code"], ".".join(map(str, p["path"]))) for p in json.loads(out or "[]")]


def redocly(document: Path, config: Path) -> list[tuple[str, str]]:
    """(rule, JSON pointer) of every problem Redocly reports."""
    out = _run([str(NODE_BIN / "redocly"), "lint", "--config", str(config), "--format=json", str(document)])
    return [(p["ruleId"], p["location"][0]["pointer"]) for p in json.loads(out)["problems"]]


@pytest.fixture(scope="module")
def shipped(spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lint") / "openapi.json"
    path.write_text(dumps(spec), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def planted(spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The document with a trailing-slash edge path and a schema example of the wrong type."""
    broken = json.loads(json.dumps(spec))
    item = json.loads(json.dumps(broken["paths"]["/{waba-id}/flows"]))
    for operation in (item["get"], item["post"]):
        operation["operationId"] += "Planted"
    broken["paths"][PLANTED_PATH] = item
    broken["components"]["schemas"]["UnixTime"]["example"] = "yesterday"
    path = tmp_path_factory.mktemp("lint") / "planted.json"
    path.write_text(json.dumps(broken, indent=2), encoding="utf-8")
    return path


def test_spectral_narrowed_rules_still_catch_planted_examples(planted: Path) -> None:
    problems = spectral(planted, ROOT / "openapi" / "spectral.mjs")
    assert ("path-keys-no-trailing-slash", f"paths.{PLANTED_PATH}") in problems
    assert ("path-keys-no-trailing-slash", f"paths.{TEMPLATE_NODE}") not in problems
    assert ("oas3-valid-schema-example", "components.schemas.UnixTime.example") in problems


def test_spectral_stock_rules_flag_what_is_exempted(shipped: Path, tmp_path: Path) -> None:
    stock = tmp_path / "stock.yaml"
    stock.write_text("extends: [[spectral:oas, recommended]]\n", encoding="utf-8")
    problems = spectral(shipped, stock)
    assert ("path-keys-no-trailing-slash", f"paths.{TEMPLATE_NODE}") in problems
    false_positives = [path for rule, path in problems if rule == "oas3-valid-schema-example"]
    assert false_positives and all(".example" in path for path in false_positives)
    assert {rule for rule, _ in problems} == {"path-keys-no-trailing-slash", "oas3-valid-schema-example"}


def test_redocly_narrowed_rule_still_catches_a_planted_trailing_slash(planted: Path) -> None:
    problems = redocly(planted, ROOT / "openapi" / "redocly.yaml")
    rules_at = {pointer: rule for rule, pointer in problems if "slash" in rule}
    assert rules_at == {"#/paths/~1{waba-id}~1flows~1": "rule/no-path-trailing-slash-but-the-template-node"}


def test_redocly_stock_recommended_flags_only_the_template_node(shipped: Path, tmp_path: Path) -> None:
    stock = tmp_path / "redocly.yaml"
    stock.write_text("extends:\n  - recommended\n", encoding="utf-8")
    assert redocly(shipped, stock) == [("no-path-trailing-slash", "#/paths/~1{template-id}~1")]
