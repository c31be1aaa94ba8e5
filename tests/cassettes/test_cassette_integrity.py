"""The cassettes prove coverage: every operation replayed with success, the reference errors mapped to their
classes, every recorded answer valid against the spec, and no secret anywhere."""

from __future__ import annotations

import importlib
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from waba import errors
from waba.spec import load_spec
from waba.validation import inline_refs
from waba_sandbox import ADMIN_TOKEN, EXPIRED_TOKEN, LIMITED_TOKEN
from waba_sandbox.operations import Operation, operations

from .conftest import CASSETTES, INVALID_TOKEN

REFERENCE_ERRORS = {100, 190, 200, 2500, 80008, 200005, 200008}
TOKEN_LIKE = re.compile(r"EAA[A-Za-z0-9]{12,}")


def cassette_files() -> list[Path]:
    return sorted(CASSETTES.glob("*/*.yaml"))


@cache
def load(path: Path) -> list[dict[str, Any]]:
    interactions: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]
    return interactions


def markers(path: Path) -> dict[str, Any]:
    module = importlib.import_module(f"{__package__}.{path.parent.name}")
    function = getattr(module, path.stem)
    found: dict[str, Any] = {}
    for mark in getattr(function, "pytestmark", []):
        found[mark.name] = mark.args
    return found


def operation_of(interaction: dict[str, Any], declared: tuple[str, ...]) -> Operation:
    request = interaction["request"]
    path = re.sub(r"^https://graph\.facebook\.com/v\d+\.\d+", "", request["uri"].split("?", 1)[0])
    path = path.rstrip("/") or "/"  # Graph, and the routes, treat `/{id}/` as `/{id}`
    candidates = [op for op in operations().values() if op.method == request["method"] and op.pattern.match(path)]
    if len(candidates) > 1:
        candidates = [op for op in candidates if op.operation_id in declared]
    assert len(candidates) == 1, f"{request['method']} {path}: {[c.operation_id for c in candidates]}"
    return candidates[0]


def test_there_are_cassettes() -> None:
    assert len(cassette_files()) >= 20


def test_every_uri_is_graph_and_every_test_has_its_cassette() -> None:
    for path in cassette_files():
        for interaction in load(path):
            assert interaction["request"]["uri"].startswith("https://graph.facebook.com/v"), path
    for module_name in ("test_operations", "test_errors"):
        module = importlib.import_module(f"{__package__}.{module_name}")
        for name in dir(module):
            if name.startswith("test_"):
                assert (CASSETTES / module_name / f"{name}.yaml").exists(), f"{module_name}.{name} has no cassette"


def test_operations_in_spec_equal_operations_with_a_replayed_success() -> None:
    succeeded: set[str] = set()
    for path in cassette_files():
        declared = tuple(markers(path).get("covers", ()))
        for interaction in load(path):
            if 200 <= interaction["response"]["status"]["code"] < 300:
                succeeded.add(operation_of(interaction, declared).operation_id)
    assert succeeded == set(operations())
    assert len(succeeded) == 56


def test_each_reference_error_is_recorded_and_maps_to_its_class() -> None:
    seen: dict[int, str] = {}
    for path in cassette_files():
        expected = markers(path).get("graph_error")
        if not expected:
            continue
        code, class_name = expected
        errors_in_cassette = [
            json.loads(i["response"]["body"]["string"])["error"]
            for i in load(path)
            if i["response"]["status"]["code"] >= 400
        ]
        assert any(e["code"] == code for e in errors_in_cassette), path
        for error in errors_in_cassette:
            if error["code"] == code:
                cls = errors.classify(error["code"], error.get("error_subcode"), bool(error.get("is_transient")))
                assert cls is getattr(errors, class_name), (path, cls)
        seen[code] = class_name
    assert set(seen) == REFERENCE_ERRORS


@cache
def _validator(schema_json: str) -> Draft202012Validator:
    return Draft202012Validator(json.loads(schema_json))


def _response_spec(operation: Operation, status: int) -> dict[str, Any]:
    responses = load_spec()["paths"][operation.path][operation.method.lower()]["responses"]
    key = str(status) if str(status) in responses else f"{str(status)[0]}XX"
    assert key in responses, f"{operation.operation_id} does not declare {status}"
    resolved: dict[str, Any] = inline_refs(responses[key])
    return resolved


def test_every_recorded_answer_validates_against_the_spec() -> None:
    checked = 0
    for path in cassette_files():
        declared = tuple(markers(path).get("covers", ()))
        for interaction in load(path):
            operation = operation_of(interaction, declared)
            response = interaction["response"]
            spec = _response_spec(operation, response["status"]["code"])
            headers = {name.lower(): values[0] for name, values in response["headers"].items()}
            assert headers["content-type"].startswith("application/json"), path
            media = spec["content"]["application/json"]
            body = json.loads(response["body"]["string"])
            problems = [e.message for e in _validator(json.dumps(media["schema"])).iter_errors(body)]
            assert problems == [], (path, operation.operation_id, problems[:3])
            for name, header in spec.get("headers", {}).items():
                if name.lower() in headers:
                    schema = header["schema"]["contentSchema"]  # JSON text; its decoded shape
                    value = json.loads(headers[name.lower()])
                    assert list(_validator(json.dumps(schema)).iter_errors(value)) == [], (path, name)
            checked += 1
    assert checked >= 60


@pytest.mark.parametrize("path", cassette_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_secret_in_any_cassette(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for secret in (ADMIN_TOKEN, EXPIRED_TOKEN, LIMITED_TOKEN, INVALID_TOKEN):
        assert secret not in text
    assert not TOKEN_LIKE.search(text), TOKEN_LIKE.search(text)
    for marker in ("access_token=", "appsecret_proof=", "authorization:", "Bearer "):
        assert marker.lower() not in text.lower(), marker


def test_the_secret_scan_catches_a_leak(tmp_path: Path) -> None:
    leaked = tmp_path / "leak.yaml"
    leaked.write_text(f"uri: https://graph.facebook.com/v24.0/1?access_token={ADMIN_TOKEN}\n", encoding="utf-8")
    with pytest.raises(AssertionError):
        test_no_secret_in_any_cassette(leaked)
