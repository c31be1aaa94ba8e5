"""The document's conventions for the people who generate their own clients from it (openapi/README.md).

Other people's generators read the published file as it is: a fragment in a path, a parameter declared with
`content`, a header without a schema or two types that end up with the same generated name break them (the
consumer matrix in tests/consumers/ proves each one end to end). These tests pin the conventions so that a new
path, parameter, header or schema that breaks one fails here, with the reason.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from spec_bundle import BundleError, package_version, with_version

METHODS = ("get", "post", "delete", "put", "patch")
TEMPLATED = re.compile(r"{[^}]+}")
COMPOSITES = ("anyOf", "oneOf")


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for token in node["$ref"][2:].split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _parameters(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, parameter) for every parameter object of the document, refs resolved."""
    for name, parameter in spec["components"].get("parameters", {}).items():
        yield f"components/parameters/{name}", parameter
    for path, item in spec["paths"].items():
        for parameter in item.get("parameters", []):
            yield path, _resolve(spec, parameter)
        for method in METHODS:
            for parameter in item.get(method, {}).get("parameters", []):
                yield f"{method.upper()} {path}", _resolve(spec, parameter)


def _headers(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, header) for every header object: the shared ones and those declared inline in responses."""
    for name, header in spec["components"].get("headers", {}).items():
        yield f"components/headers/{name}", header
    responses = [*spec["components"].get("responses", {}).values()]
    for item in spec["paths"].values():
        responses += [r for m in METHODS if m in item for r in item[m]["responses"].values()]
    for response in responses:
        for name, header in response.get("headers", {}).items():
            if "$ref" not in header:
                yield f"response header {name}", header


def _schemas(node: Any, where: str, root: bool = False) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """(where, schema, is_component_root) for every schema object below `node` (not inside example values)."""
    if isinstance(node, dict):
        yield where, node, root
        for key, child in node.items():
            if key in ("example", "examples", "enum", "const", "default"):
                continue
            if key == "properties" and isinstance(child, dict):
                for name, prop in child.items():
                    yield from _schemas(prop, f"{where}.{name}")
            elif isinstance(child, (dict, list)):
                yield from _schemas(child, f"{where}/{key}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _schemas(child, f"{where}[{index}]")


def _all_schemas(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], bool]]:
    for name, schema in spec["components"]["schemas"].items():
        yield from _schemas(schema, name, root=True)
    yield from _schemas(spec["paths"], "paths")
    yield from _schemas({k: v for k, v in spec["components"].items() if k != "schemas"}, "components")


def _or_string_ref(schema: dict[str, Any]) -> str | None:
    """`X` for `anyOf: [{$ref: .../X}, {type: string}]` (an open enum, or `error_data`), else None."""
    branches = schema.get("anyOf", [])
    if len(branches) == 2 and {"type": "string"} in branches:
        (ref,) = [b.get("$ref", "") for b in branches if b != {"type": "string"}]
        return ref.rsplit("/", 1)[1] if ref.startswith("#/components/schemas/") else None
    return None


def _is_nullable_wrapper(schema: dict[str, Any]) -> bool:
    """`anyOf: [X, {type: 'null'}]`: every generator reads it as "X or null", no new type."""
    branches = schema.get("anyOf", [])
    return len(branches) == 2 and {"type": "null"} in branches


def _needs_a_name(schema: dict[str, Any], where: str) -> bool:
    """Inline schemas that generators lift into a type of their own, named after their position: unions and
    objects with properties. Not `allOf` members (merged into their parent) and not enums (kept inline)."""
    if re.search(r"/allOf\[\d+\]$", where):
        return False
    if any(key in schema for key in COMPOSITES):
        return not _is_nullable_wrapper(schema)
    return schema.get("type") == "object" and bool(schema.get("properties"))


# -- paths -------------------------------------------------------------------------------------------------------


def test_paths_are_plain_url_paths(spec: dict[str, Any]) -> None:
    """A `#fragment` or `?query` in a path key ends up in generated URLs (and the query string is lost)."""
    for path in spec["paths"]:
        assert path.startswith("/"), path
        assert not set(path) & set("#?&= "), f"{path}: a path key is sent as it is written"
        assert "//" not in path, path


def test_no_two_paths_are_the_same_template(spec: dict[str, Any]) -> None:
    """OpenAPI forbids templated paths that differ only in their parameter names (`/{a}` and `/{b}`)."""
    shapes = [TEMPLATED.sub("{}", path) for path in spec["paths"]]
    assert sorted(shape for shape in shapes if shapes.count(shape) > 1) == []


def test_a_trailing_slash_only_gives_a_second_node_type_its_own_path(spec: dict[str, Any]) -> None:
    """Graph serves a node at `/{id}` and `/{id}/` alike. The slash form is for a node whose slash-less path
    template is already another node's (`/{template-id}/` beside `/{waba-id}`): never an edge, never spare."""
    shapes = {TEMPLATED.sub("{}", path) for path in spec["paths"]}
    slashed = [path for path in spec["paths"] if path != "/" and path.endswith("/")]
    assert slashed == ["/{template-id}/"], "the linters exempt exactly this path (openapi/README.md)"
    for path in slashed:
        assert re.fullmatch(r"/{[a-z-]+-id}/", path), f"{path}: only a node path may end with a slash"
        assert TEMPLATED.sub("{}", path.rstrip("/")) in shapes, f"{path}: declare it without the slash"


# -- parameters and headers --------------------------------------------------------------------------------------


def test_parameters_and_headers_are_declared_with_a_schema(spec: dict[str, Any]) -> None:
    """Generators read `schema`; a parameter with `content` is skipped or sent in another encoding, and a
    header with `content` has "no schema" (openapi-generator warned for every response)."""
    for where, holder in [*_parameters(spec), *_headers(spec)]:
        assert "content" not in holder, f"{where}: declare a `schema` (JSON text: contentMediaType/contentSchema)"
        assert "schema" in holder, where


def test_json_text_parameters_are_strings_with_their_decoded_shape(spec: dict[str, Any]) -> None:
    """Graph's list parameters go out JSON-encoded (`category=["MARKETING"]`). Declared as a string holding JSON
    text, every generator sends the value unchanged; `contentSchema` keeps the decoded shape machine-readable."""
    seen = 0
    for where, parameter in _parameters(spec):
        schema = parameter["schema"]
        if "contentSchema" in schema or "contentMediaType" in schema:
            seen += 1
            assert schema["type"] == "string", where
            assert schema["contentMediaType"] == "application/json", where
            assert schema["contentSchema"]["type"] == "array", f"{where}: Graph's JSON parameters are lists"
            assert isinstance(parameter["example"], str), f"{where}: the example is the JSON text itself"
            assert isinstance(json.loads(parameter["example"]), list), where
            assert "JSON array" in parameter["description"], f"{where}: say so where people read it"
        elif parameter["name"] != "summary":
            assert _resolve(spec, schema).get("type") != "array", f"{where}: a list goes out as JSON text"
    assert seen >= 25


def test_fields_is_a_field_expression_string(spec: dict[str, Any]) -> None:
    """`fields=id,name,business{id}` is one expression: as a string, every client sends it as written (an array
    with `explode: false` is sent as repeated `fields=` parameters by clients that ignore `explode`)."""
    fields = spec["components"]["parameters"]["Fields"]
    assert fields["schema"] == {"type": "string", "minLength": 1}
    assert "style" not in fields and "explode" not in fields
    for where, parameter in _parameters(spec):
        assert parameter["name"] != "fields" or parameter is fields, f"{where}: use #/components/parameters/Fields"


def test_json_headers_are_strings_with_their_decoded_shape(spec: dict[str, Any]) -> None:
    usage = spec["components"]["headers"]
    for name, shape in (("XBusinessUseCaseUsage", "BusinessUseCaseUsage"), ("XAppUsage", "AppUsage")):
        schema = usage[name]["schema"]
        assert schema["type"] == "string"
        assert schema["contentMediaType"] == "application/json"
        assert schema["contentSchema"] == {"$ref": f"#/components/schemas/{shape}"}
        assert isinstance(json.loads(usage[name]["example"]), dict)


# -- names of generated types ------------------------------------------------------------------------------------


def test_open_enums_are_titled_x_or_string(spec: dict[str, Any]) -> None:
    """Untitled, openapi-generator names the wrapper `<Parent><Prop>`; eight of those were an enum's own name
    (`FlowStatus`), which made its python client recurse forever and its typescript enums empty."""
    seen = 0
    for where, schema, _ in _all_schemas(spec):
        name = _or_string_ref(schema)
        if name is not None:
            seen += 1
            assert schema.get("title") == f"{name}OrString", where
    assert seen >= 50


def test_every_inline_type_has_a_title(spec: dict[str, Any]) -> None:
    """Generators name an inline union, enum or object after its position (`Flow_status`, `..._inner`); a
    `title` gives it one stable name we chose, so adding or renaming a neighbour renames nothing."""
    untitled = [
        where
        for where, schema, root in _all_schemas(spec)
        if not root and _needs_a_name(schema, where) and "title" not in schema
    ]
    assert untitled == []


def test_open_objects_say_that_they_are_open(spec: dict[str, Any]) -> None:
    """An object known by name only (no properties) declares `additionalProperties`: openapi-typescript reads a
    bare `type: object` as `Record<string, never>` (no field accepted), openapi-generator as a map of nothing."""
    bare = [
        where
        for where, schema, _ in _all_schemas(spec)
        if schema.get("type") == "object"
        and not schema.get("properties")
        and "additionalProperties" not in schema
        and not any(key in schema for key in (*COMPOSITES, "allOf"))
    ]
    assert bare == []


def test_type_names_are_unique(spec: dict[str, Any]) -> None:
    """A title is a type name: it never reuses a component's name, and one title means one shape."""
    components = set(spec["components"]["schemas"])
    shapes: dict[str, set[str]] = {}
    for where, schema, root in _all_schemas(spec):
        if not root and "title" in schema:
            assert schema["title"] not in components, f"{where}: title {schema['title']} is a component's name"
            shape = {key: value for key, value in schema.items() if key not in ("description", "example")}
            shapes.setdefault(schema["title"], set()).add(json.dumps(shape, sort_keys=True))
    assert {title: len(found) for title, found in shapes.items() if len(found) > 1} == {}


def test_string_constants_are_also_one_value_enums(spec: dict[str, Any]) -> None:
    """openapi-generator ignores `const`: without `enum: [X]` a `BODY` component matched every `oneOf` branch of
    `TemplateComponentCreate`, and its python client could not build a template update."""
    seen = 0
    for where, schema, _ in _all_schemas(spec):
        if isinstance(schema.get("const"), str):
            seen += 1
            assert schema.get("enum") == [schema["const"]], where
            assert schema.get("type") == "string", where
    assert seen >= 16


def test_enums_are_non_empty_string_enums(spec: dict[str, Any]) -> None:
    for name, schema in spec["components"]["schemas"].items():
        if "enum" in schema:
            assert schema.get("type") == "string", name
            assert schema["enum"] and len(schema["enum"]) == len(set(schema["enum"])), name


# -- versioning --------------------------------------------------------------------------------------------------


def test_info_version_is_the_package_version(spec: dict[str, Any]) -> None:
    assert spec["info"]["version"] == package_version()
    assert re.fullmatch(r"\d+\.\d+\.\d+([a-z]+\d+)?", spec["info"]["version"])


def test_a_fragment_cannot_set_another_version() -> None:
    assert with_version({"info": {"title": "t"}}, "1.2.3")["info"] == {"title": "t", "version": "1.2.3"}
    assert with_version({"info": {"title": "t", "version": "1.2.3"}}, "1.2.3")["info"]["version"] == "1.2.3"
    with pytest.raises(BundleError, match=r"package version \(1\.2\.3"):
        with_version({"info": {"title": "t", "version": "9.9.9"}}, "1.2.3")
