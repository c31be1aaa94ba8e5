"""The JSON documents every consumer must parse: each recorded answer in cassettes/ and each response example
of the spec, with the response it answers (path, method, status key) and the component schema it follows."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = ROOT / "cassettes"
SPEC = ROOT / "generated" / "waba_api" / "openapi.json"
METHODS = ("get", "post", "delete")
BATCH_ITEMS = "BatchResponse[]"  # the batch answer: a list of BatchResponse or null


@dataclass(frozen=True)
class Document:
    """One JSON body and the response of the spec it belongs to."""

    source: str  # `cassettes/<file> #<n>` or `example <operationId> <status>`
    path: str  # the spec's path key, e.g. `/{template-id}/`
    method: str  # lower case
    status: str  # the spec's response key: `200`, `4XX`, `5XX`
    schema: str  # the component schema name, or BATCH_ITEMS
    body: Any


@cache
def spec() -> dict[str, Any]:
    """The published document."""
    loaded: dict[str, Any] = json.loads(SPEC.read_text(encoding="utf-8"))
    return loaded


def _route(path: str) -> re.Pattern[str]:
    """A spec path as a regex over request paths; the trailing slash counts, as it does on the wire."""
    return re.compile("^" + re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(path)) + "$")


def _response(path: str, method: str, status_code: int) -> tuple[str, dict[str, Any]]:
    responses = spec()["paths"][path][method]["responses"]
    key = str(status_code) if str(status_code) in responses else f"{str(status_code)[0]}XX"
    response = responses[key]
    if "$ref" in response:
        response = spec()["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    return key, response


def _schema_name(response: dict[str, Any]) -> str:
    schema = response["content"]["application/json"]["schema"]
    if "$ref" in schema:
        return str(schema["$ref"].rsplit("/", 1)[1])
    assert schema["type"] == "array", schema
    return BATCH_ITEMS


def _operation_path(method: str, request_path: str) -> str:
    """The one spec path a recorded request was made to: exactly one path template matches it."""
    matches = [p for p, item in spec()["paths"].items() if method in item and _route(p).match(request_path)]
    assert len(matches) == 1, f"{method.upper()} {request_path}: {matches}"
    return matches[0]


def cassette_documents() -> list[Document]:
    """Every recorded answer (success and error) of every cassette."""
    found: list[Document] = []
    for file in sorted(CASSETTES.glob("*/*.yaml")):
        interactions = yaml.safe_load(file.read_text(encoding="utf-8"))["interactions"]
        for index, interaction in enumerate(interactions):
            request, response = interaction["request"], interaction["response"]
            method = request["method"].lower()
            path = re.sub(r"^https://graph\.facebook\.com/v\d+\.\d+", "", request["uri"].split("?", 1)[0]) or "/"
            spec_path = _operation_path(method, path)
            key, declared = _response(spec_path, method, response["status"]["code"])
            body = json.loads(response["body"]["string"])
            source = f"cassettes/{file.parent.name}/{file.name} #{index}"
            found.append(Document(source, spec_path, method, key, _schema_name(declared), body))
    return found


def example_documents() -> list[Document]:
    """Every response example of the spec."""
    found: list[Document] = []
    for path, item in spec()["paths"].items():
        for method in METHODS:
            if method not in item:
                continue
            for status in item[method]["responses"]:
                key, response = _response(path, method, int(status.replace("XX", "00")))
                media = response["content"]["application/json"]
                values = [media["example"]] if "example" in media else []
                values += [example["value"] for example in media.get("examples", {}).values()]
                source = f"example {item[method]['operationId']} {key}"
                found += [Document(source, path, method, key, _schema_name(response), v) for v in values]
    return found


@cache
def all_documents() -> tuple[Document, ...]:
    """Cassette answers and spec examples, each (schema, body) once (every operation shares the error examples)."""
    unique: dict[tuple[str, str], Document] = {}
    for document in (*cassette_documents(), *example_documents()):
        unique.setdefault((document.schema, json.dumps(document.body, sort_keys=True)), document)
    return tuple(unique.values())
