"""The OpenAPI document: valid, complete, conventional, and every example validates."""

from __future__ import annotations

import json
import re
from importlib.resources import files
from typing import Any

import pytest
from check_examples import collect, validate
from openapi_spec_validator import validate as validate_spec
from spec_bundle import dumps

METHODS = ("get", "post", "delete", "put", "patch")

# Every operation the spec issue names, by (method, path).
REQUIRED_OPERATIONS = {
    ("get", "/{waba-id}"), ("post", "/{waba-id}"),
    ("get", "/{waba-id}/assigned_users"), ("post", "/{waba-id}/assigned_users"),
    ("delete", "/{waba-id}/assigned_users"),
    ("get", "/{waba-id}/message_templates"), ("post", "/{waba-id}/message_templates"),
    ("delete", "/{waba-id}/message_templates"),
    ("get", "/{template-id}/"), ("post", "/{template-id}/"),
    ("post", "/{waba-id}/upsert_message_templates"), ("post", "/{waba-id}/migrate_message_templates"),
    ("get", "/{waba-id}/message_template_previews"), ("get", "/{waba-id}/template_performance_metrics"),
    ("get", "/{waba-id}/phone_numbers"), ("post", "/{waba-id}/phone_numbers"),
    ("get", "/{waba-id}/subscribed_apps"), ("post", "/{waba-id}/subscribed_apps"),
    ("delete", "/{waba-id}/subscribed_apps"),
    ("get", "/{waba-id}/product_catalogs"), ("post", "/{waba-id}/product_catalogs"),
    ("delete", "/{waba-id}/product_catalogs"),
    ("get", "/{waba-id}/activities"), ("get", "/{waba-id}/solutions"), ("get", "/{waba-id}/schedules"),
    ("get", "/{waba-id}/dcc_config"), ("get", "/{waba-id}/dataset"), ("post", "/{waba-id}/dataset"),
    ("get", "/{waba-id}/payment_configuration"), ("post", "/{waba-id}/payment_configuration"),
    ("delete", "/{waba-id}/payment_configuration"), ("get", "/{waba-id}/payment_configurations"),
    ("get", "/{waba-id}/flows"), ("post", "/{waba-id}/flows"),
    ("get", "/{waba-id}/conversation_analytics"), ("get", "/{waba-id}/pricing_analytics"),
    ("get", "/{waba-id}/template_analytics"), ("get", "/{waba-id}/call_analytics"),
    ("get", "/{business-id}/owned_whatsapp_business_accounts"),
    ("get", "/{business-id}/client_whatsapp_business_accounts"),
}  # fmt: skip


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, item[method]) for path, item in spec["paths"].items() for method in METHODS if method in item
    ]


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for token in node["$ref"][2:].split("/"):
            target = target[token]
        node = target
    return node


def test_document_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate_spec(spec)


def test_every_named_operation_is_present(spec: dict[str, Any]) -> None:
    present = {(method, path) for method, path, _ in operations(spec)}
    assert REQUIRED_OPERATIONS - present == set()
    assert len(present) >= 38


def test_operations_are_named_tagged_summarised_and_described(spec: dict[str, Any]) -> None:
    tags = {tag["name"] for tag in spec["tags"]}
    ids = [operation["operationId"] for _, _, operation in operations(spec)]
    assert len(ids) == len(set(ids))
    verb = re.compile(r"^(get|list|create|update|delete|upsert|migrate|execute)[A-Z][A-Za-z]+$")
    for method, path, operation in operations(spec):
        where = f"{method.upper()} {path}"
        assert verb.match(operation["operationId"]), where
        assert operation["tags"] and set(operation["tags"]) <= tags, where
        assert operation["summary"].strip(), where
        assert "Permissions:" in operation["description"], where
        assert operation["x-required-permissions"], where


def test_every_example_validates_and_every_body_has_one(spec: dict[str, Any]) -> None:
    checked, problems = validate(spec)
    assert problems == []
    assert checked > 100


def test_example_checker_catches_a_bad_example(spec: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(spec))
    media = broken["paths"]["/{waba-id}/assigned_users"]["post"]["requestBody"]["content"]["application/json"]
    media["example"]["tasks"] = ["NOT_A_TASK"]
    del broken["paths"]["/{waba-id}/flows"]["post"]["responses"]["200"]["content"]["application/json"]["example"]
    _, problems = validate(broken)
    assert any("NOT_A_TASK" in problem for problem in problems)
    assert any("createFlow: response 200" in problem for problem in problems)


def test_every_response_has_an_example(spec: dict[str, Any]) -> None:
    _, missing = collect(spec)
    assert missing == []


def test_errors_are_one_shared_envelope(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    envelopes = [name for name, schema in schemas.items() if "$ref" in schema.get("properties", {}).get("error", {})]
    assert envelopes == ["GraphError"]
    details = [name for name, schema in schemas.items() if {"code", "fbtrace_id"} <= set(schema.get("properties", {}))]
    assert details == ["GraphErrorDetail"]
    for method, path, operation in operations(spec):
        for status in ("4XX", "5XX"):
            assert operation["responses"][status] == {"$ref": "#/components/responses/GraphError"}, (method, path)
        for status, response in operation["responses"].items():
            if status.startswith("2"):
                headers = resolve(spec, response)["headers"]
                assert set(headers) == {"X-Business-Use-Case-Usage", "X-App-Usage"}, (method, path)


def test_paging_is_defined_once_and_referenced_by_every_list(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    pagings = [name for name, schema in schemas.items() if {"cursors", "next"} <= set(schema.get("properties", {}))]
    assert pagings == ["Paging"]
    lists = [name for name, schema in schemas.items() if "paging" in schema.get("properties", {})]
    assert len(lists) >= 15
    for name in lists:
        assert schemas[name]["properties"]["paging"] == {"$ref": "#/components/schemas/Paging"}, name
    for _, _, operation in operations(spec):
        names = [resolve(spec, p)["name"] for p in operation.get("parameters", [])]
        for shared in ("limit", "after", "before", "fields", "summary"):
            if shared in names:
                refs = [p.get("$ref", "") for p in operation["parameters"]]
                assert any(ref.endswith("/" + shared.capitalize()) for ref in refs), (operation["operationId"], shared)


def test_id_path_parameters_have_one_name_and_a_digits_pattern(spec: dict[str, Any]) -> None:
    allowed = {"waba-id": "WabaId", "business-id": "BusinessId", "template-id": "TemplateId"}
    for path, item in spec["paths"].items():
        names = re.findall(r"{([^}]+)}", path)
        assert set(names) <= set(allowed), path
        assert names or path == "/", path
        refs = [p["$ref"] for p in item.get("parameters", [])]
        assert refs == [f"#/components/parameters/{allowed[n]}" for n in names], path
    assert spec["components"]["schemas"]["NodeId"]["pattern"] == "^[0-9]+$"
    for name in allowed.values():
        assert spec["components"]["parameters"][name]["schema"] == {"$ref": "#/components/schemas/NodeId"}


def test_version_is_a_server_variable_not_a_path_parameter(spec: dict[str, Any]) -> None:
    (server,) = spec["servers"]
    assert server["url"] == "https://graph.facebook.com/{version}"
    major = float(server["variables"]["version"]["default"].lstrip("v"))
    assert major >= 24.0
    assert all("version" not in path for path in spec["paths"])


def test_security_is_global_bearer_with_query_token_alternative(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert schemes["bearerAuth"] == {**schemes["bearerAuth"], "type": "http", "scheme": "bearer"}
    assert schemes["accessTokenQuery"]["in"] == "query"
    assert schemes["accessTokenQuery"]["name"] == "access_token"
    assert {"bearerAuth": []} in spec["security"]
    assert {"accessTokenQuery": []} in spec["security"]
    for _, _, operation in operations(spec):
        assert "security" not in operation
        assert not [p for p in operation.get("parameters", []) if resolve(spec, p).get("in") == "header"]


def test_list_parameters_declare_graph_wire_encodings(spec: dict[str, Any]) -> None:
    seen_json = 0
    for _, _, operation in operations(spec):
        for parameter in map(lambda p: resolve(spec, p), operation.get("parameters", [])):
            assert "content" not in parameter, parameter["name"]
            if parameter["name"] == "fields":
                assert parameter["schema"] == {"type": "string", "minLength": 1}  # a field expression
            elif parameter["name"] == "summary":
                assert (parameter["style"], parameter["explode"]) == ("form", False)
                assert parameter["schema"]["type"] == "array"
            elif parameter["schema"].get("contentMediaType") == "application/json":
                assert parameter["schema"]["type"] == "string"
                assert parameter["schema"]["contentSchema"]["type"] == "array"
                seen_json += 1
            else:
                schema = resolve(spec, parameter["schema"])
                assert schema.get("type") != "array", parameter["name"]
    assert seen_json >= 20


def _schemas_reachable(spec: dict[str, Any], roots: list[Any]) -> set[str]:
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/components/schemas/") and ref.rsplit("/", 1)[1] not in seen:
                seen.add(ref.rsplit("/", 1)[1])
                stack.append(spec["components"]["schemas"][ref.rsplit("/", 1)[1]])
            elif ref.startswith("#/components/responses/"):
                stack.append(spec["components"]["responses"][ref.rsplit("/", 1)[1]])
            stack.extend(v for k, v in node.items() if k not in ("example", "examples", "headers"))
        elif isinstance(node, list):
            stack.extend(node)
    return seen


def _direct_enum_refs(node: Any, spec: dict[str, Any], inside_any_of: bool = False) -> list[str]:
    """Enum schemas referenced outside an `anyOf: [<enum>, {type: string}]` wrapper."""
    found: list[str] = []
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if ref.startswith("#/components/schemas/") and not inside_any_of:
            target = spec["components"]["schemas"][ref.rsplit("/", 1)[1]]
            if "enum" in target or "const" in target:
                found.append(ref)
        any_of = node.get("anyOf")
        if any_of is not None:
            opened = {"type": "string"} in any_of
            for branch in any_of:
                found += _direct_enum_refs(branch, spec, inside_any_of=opened)
        for key, child in node.items():
            if key not in ("anyOf", "example", "examples"):
                found += _direct_enum_refs(child, spec)
    elif isinstance(node, list):
        for child in node:
            found += _direct_enum_refs(child, spec)
    return found


def test_response_enums_are_open_and_request_enums_strict(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    responses = [op["responses"] for _, _, op in operations(spec)]
    response_side = _schemas_reachable(spec, responses)
    assert "WhatsAppBusinessAccount" in response_side
    for name in response_side:
        schema = schemas[name]
        if "enum" in schema and name not in ("SummaryField",):
            continue  # the enum itself; what matters is how it is referenced
        assert _direct_enum_refs(schema, spec) == [], name
    requests = [op.get("requestBody", {}) for _, _, op in operations(spec)]
    request_side = _schemas_reachable(spec, requests)
    strict = [name for name in request_side if _direct_enum_refs(schemas[name], spec)]
    assert "MessageTemplateCreate" in strict
    assert "AssignedUserCreate" in strict


def test_template_components_are_modelled_per_type(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    kinds = {ref["$ref"].rsplit("/", 1)[1] for ref in schemas["TemplateComponentCreate"]["oneOf"]}
    assert kinds == {
        "TemplateHeaderTextComponent", "TemplateHeaderMediaComponent", "TemplateHeaderLocationComponent",
        "TemplateBodyComponent", "TemplateFooterComponent", "TemplateButtonsComponent",
    }  # fmt: skip
    buttons = {ref["$ref"].rsplit("/", 1)[1] for ref in schemas["TemplateButtonCreate"]["oneOf"]}
    assert {schemas[b]["properties"]["type"]["const"] for b in buttons} == {
        "QUICK_REPLY", "URL", "PHONE_NUMBER", "OTP", "COPY_CODE", "FLOW", "CATALOG", "MPM",
    }  # fmt: skip


@pytest.mark.parametrize(
    "code",
    [1, 2, 4, 10, 17, 32, 100, 102, 190, 200, 250, 299, 368, 613, 803, 2500, 80007, 80008, 130429, 131048, 131056,
     200005, 200008],
)  # fmt: skip
def test_error_catalogue_covers_code(spec: dict[str, Any], code: int) -> None:
    catalogue = spec["x-graph-error-catalogue"]
    assert any(entry["code"] <= code <= entry.get("code_max", entry["code"]) for entry in catalogue)


def test_error_catalogue_entries_are_well_formed(spec: dict[str, Any]) -> None:
    catalogue = spec["x-graph-error-catalogue"]
    keys = [(e["code"], e.get("code_max"), e.get("subcode")) for e in catalogue]
    assert len(keys) == len(set(keys))
    for entry in catalogue:
        assert set(entry) <= {"code", "code_max", "subcode", "title", "description", "retry", "exception"}
        assert entry["retry"] in {"never", "backoff", "wait"}
        assert re.fullmatch(r"[A-Z][A-Za-z]+Error", entry["exception"])
        assert entry["title"] and entry["description"]
    subcodes_190 = {e["subcode"] for e in catalogue if e["code"] == 190 and "subcode" in e}
    assert subcodes_190 == {458, 459, 460, 463, 464, 467}
    template_subcodes = {e["subcode"] for e in catalogue if e.get("subcode", 0) // 1000 == 2388}
    assert template_subcodes == {2388019, 2388023, 2388024, 2388040, 2388047, 2388072, 2388073, 2388293, 2388299}


def test_packaged_spec_is_the_bundle(spec: dict[str, Any]) -> None:
    packaged = files("waba_api").joinpath("openapi.json").read_text(encoding="utf-8")
    assert packaged == dumps(spec)
