"""Check that every example in the bundled OpenAPI document validates against its schema.

Covers schema-level `example`s, parameter and header `example`/`examples`, and every media type `example`/
`examples` of request bodies and responses, of the operations under `paths` and of the `webhooks` (JSON Schema
2020-12, formats checked). A value declared as JSON text (`type: string`, `contentMediaType: application/json`:
the JSON-encoded list parameters and the usage headers) must also decode, and the decoded value must validate
against the schema's `contentSchema`. Also checks that every response and request body carries at least one
example. Prints one line per problem and exits 1 if any.

Usage: python scripts/check_examples.py build/waba.openapi.json
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT202012

SPEC_URI = "urn:waba-openapi"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Example:
    """One example value and the JSON pointer of the schema it must satisfy."""

    where: str
    schema_pointer: str
    value: Any


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _resolve(document: dict[str, Any], node: dict[str, Any], pointer: str) -> tuple[dict[str, Any], str]:
    """Follow a local `$ref` (responses, parameters, headers) to the object and its pointer."""
    while "$ref" in node:
        ref = node["$ref"]
        pointer = ref[1:]
        target: Any = document
        for token in pointer.strip("/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node, pointer


def _media_examples(where: str, media: dict[str, Any], pointer: str) -> Iterator[Example]:
    schema_pointer = f"{pointer}/schema"
    if "example" in media:
        yield Example(f"{where} example", schema_pointer, media["example"])
    for name, example in media.get("examples", {}).items():
        yield Example(f"{where} examples.{name}", schema_pointer, example["value"])


def _schema_or_content_examples(where: str, holder: dict[str, Any], pointer: str) -> Iterator[Example]:
    """The examples of a parameter or header object, declared with `schema` or with `content`."""
    if "schema" in holder:
        if "example" in holder:
            yield Example(f"{where} example", f"{pointer}/schema", holder["example"])
        for name, example in holder.get("examples", {}).items():
            yield Example(f"{where} examples.{name}", f"{pointer}/schema", example["value"])
    for media_type, media in holder.get("content", {}).items():
        yield from _media_examples(where, media, f"{pointer}/content/{_escape(media_type)}")


def _parameter_examples(document: dict[str, Any], param: dict[str, Any], pointer: str) -> Iterator[Example]:
    param, pointer = _resolve(document, param, pointer)
    yield from _schema_or_content_examples(f"parameter {param['name']} ({pointer})", param, pointer)


def _schema_examples(node: Any, pointer: str) -> Iterator[Example]:
    """Schema-level `example` keywords, anywhere under components/schemas (not property *names* `example`)."""
    if isinstance(node, dict):
        if "example" in node and ("type" in node or "$ref" in node or "enum" in node or "const" in node):
            yield Example(f"schema {pointer}", pointer, node["example"])
        for key, child in node.items():
            if key == "properties" and isinstance(child, dict):
                for name, prop in child.items():
                    yield from _schema_examples(prop, f"{pointer}/properties/{_escape(name)}")
            elif key not in ("example", "examples", "enum", "const", "default"):
                yield from _schema_examples(child, f"{pointer}/{_escape(key)}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _schema_examples(child, f"{pointer}/{index}")


def _operation_examples(
    document: dict[str, Any], operation: dict[str, Any], op_pointer: str
) -> tuple[list[Example], list[str]]:
    op_name = operation.get("operationId", op_pointer)
    examples: list[Example] = []
    missing: list[str] = []
    for index, param in enumerate(operation.get("parameters", [])):
        if "$ref" not in param:
            examples.extend(_parameter_examples(document, param, f"{op_pointer}/parameters/{index}"))
    bodies = []
    if "requestBody" in operation:
        bodies.append(("request", operation["requestBody"], f"{op_pointer}/requestBody"))
    for status, response in operation["responses"].items():
        bodies.append((f"response {status}", response, f"{op_pointer}/responses/{status}"))
    for label, reference, pointer in bodies:
        body, body_pointer = _resolve(document, reference, pointer)
        for media_type, media in body.get("content", {}).items():
            media_pointer = f"{body_pointer}/content/{_escape(media_type)}"
            found = list(_media_examples(f"{op_name} {label}", media, media_pointer))
            if not found:
                missing.append(f"{op_name}: {label} {media_type} has no example")
            examples.extend(found)
    return examples, missing


def collect(document: dict[str, Any]) -> tuple[list[Example], list[str]]:
    """Every example of the document, and the places that should carry one but do not."""
    examples: list[Example] = list(_schema_examples(document["components"]["schemas"], "/components/schemas"))
    missing: list[str] = []
    for name, header in document["components"].get("headers", {}).items():
        examples.extend(_schema_or_content_examples(f"header {name}", header, f"/components/headers/{name}"))
    for name, param in document["components"].get("parameters", {}).items():
        examples.extend(_parameter_examples(document, param, f"/components/parameters/{name}"))
    path_items = [(f"/paths/{_escape(path)}", item) for path, item in document["paths"].items()]
    path_items += [(f"/webhooks/{_escape(name)}", item) for name, item in document.get("webhooks", {}).items()]
    for path_pointer, item in path_items:
        for index, param in enumerate(item.get("parameters", [])):
            if "$ref" not in param:
                examples.extend(_parameter_examples(document, param, f"{path_pointer}/parameters/{index}"))
        for method in HTTP_METHODS:
            if method in item:
                found, lacking = _operation_examples(document, item[method], f"{path_pointer}/{method}")
                examples.extend(found)
                missing.extend(lacking)
    return examples, missing


def _target(document: dict[str, Any], pointer: str) -> Any:
    node: Any = document
    for token in pointer.strip("/").split("/"):
        key = token.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def _decoded(document: dict[str, Any], example: Example) -> tuple[list[Example], list[str]]:
    """For a value declared as JSON text: the decoded value against `contentSchema`, or why it does not decode."""
    schema, pointer = _resolve(document, _target(document, example.schema_pointer), example.schema_pointer)
    if schema.get("contentMediaType") != "application/json" or not isinstance(example.value, str):
        return [], []
    try:
        value = json.loads(example.value)
    except ValueError as exc:
        return [], [f"{example.where}: not JSON text, as `contentMediaType: application/json` declares: {exc}"]
    if "contentSchema" not in schema:
        return [], []
    return [Example(f"{example.where} (decoded)", f"{pointer}/contentSchema", value)], []


def validate(document: dict[str, Any]) -> tuple[int, list[str]]:
    """Validate every example; returns the number checked and the problems found."""
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(document))
    examples, problems = collect(document)
    for example in list(examples):
        decoded, undecodable = _decoded(document, example)
        examples.extend(decoded)
        problems.extend(undecodable)
    seen: set[tuple[str, str]] = set()
    checked = 0
    for example in examples:
        key = (example.schema_pointer, json.dumps(example.value, sort_keys=True))
        if key in seen:
            continue
        seen.add(key)
        validator = Draft202012Validator(
            {"$ref": f"{SPEC_URI}#{example.schema_pointer}"}, registry=registry, format_checker=FormatChecker()
        )
        checked += 1
        for error in validator.iter_errors(example.value):
            location = "/".join(str(part) for part in error.absolute_path) or "(root)"
            problems.append(f"{example.where}: at {location}: {error.message}")
    return checked, problems


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    document = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    checked, problems = validate(document)
    for problem in problems:
        print(problem)
    print(f"examples: {checked} checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
