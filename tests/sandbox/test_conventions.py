"""Graph's request conventions, as the sandbox follows them (issue 7, item 3): nested field expansion, the count
idiom, PHP-style arrays, method override, suppress_http_code, versions, the template edit answer and Graph's
wording of code-100 errors. Raw httpx requests, so that nothing of the SDK smooths them over."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from waba_sandbox import RunningSandbox
from waba_sandbox.handlers.phone_numbers import PHONE_DEFAULT
from waba_sandbox.store import Store


@pytest.fixture
def http(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    """A plain client on the sandbox's origin (no version prefix), with the token as a bearer header."""
    headers = {"Authorization": f"Bearer {sandbox.token}"}
    with httpx.Client(base_url=sandbox.base_url, headers=headers) as client:
        yield client


def error_of(answer: httpx.Response) -> dict[str, Any]:
    body: dict[str, Any] = answer.json()
    return dict(body["error"])


# -- nested field expansion ------------------------------------------------------------------------------------------


def test_an_edge_expands_in_place_with_its_own_paging(http: httpx.Client, store: Store) -> None:
    waba = store.main_account
    answer = http.get(f"/v24.0/{waba}", params={"fields": "id,phone_numbers.limit(1){id,quality_rating}"}).json()
    edge = answer["phone_numbers"]
    assert len(edge["data"]) == 1 and edge["data"][0].keys() == {"id", "quality_rating"}
    assert edge["data"][0]["id"] == store.accounts[waba].phone_numbers[0]["id"]
    assert edge["paging"]["cursors"]["after"]
    following = http.get(edge["paging"]["next"]).json()
    assert following["data"][0]["id"] == store.accounts[waba].phone_numbers[1]["id"]
    assert following["data"][0].keys() == {"id", "quality_rating"}, "the selection travels with paging.next"


def test_an_edge_without_a_selection_answers_its_default_fields(http: httpx.Client, store: Store) -> None:
    answer = http.get(f"/v24.0/{store.main_account}", params={"fields": "phone_numbers"}).json()
    for number in answer["phone_numbers"]["data"]:
        assert set(number) == set(PHONE_DEFAULT)


def test_edges_expand_on_every_item_of_a_list(http: httpx.Client, store: Store) -> None:
    fields = "id,name,phone_numbers{id},subscribed_apps,message_templates.limit(0).summary(total_count)"
    answer = http.get(f"/v24.0/{store.main_business}/owned_whatsapp_business_accounts", params={"fields": fields})
    accounts = answer.json()["data"]
    assert len(accounts) >= 2
    for item in accounts:
        account = store.accounts[item["id"]]
        assert [p["id"] for p in item["phone_numbers"]["data"]] == [p["id"] for p in account.phone_numbers]
        assert all(p.keys() == {"id"} for p in item["phone_numbers"]["data"])
        apps = item["subscribed_apps"]["data"]
        assert {a["whatsapp_business_api_data"]["id"] for a in apps} == set(account.subscribed_apps)
        templates = item["message_templates"]
        assert templates["data"] == [] and templates["summary"]["total_count"] == len(account.templates)


@pytest.mark.parametrize(
    ("fields", "field", "node_type"),
    [
        ("phone_numbers{colour}", "colour", "PhoneNumber"),
        ("health_status{can_send_message,colour}", "colour", "HealthStatus"),
        ("health_status{entities{colour}}", "colour", "HealthStatusEntity"),
        ("subscribed_apps{whatsapp_business_api_data{colour}}", "colour", "SubscribedAppData"),
    ],
)
def test_an_unknown_nested_field_is_refused_never_dropped(
    http: httpx.Client, store: Store, fields: str, field: str, node_type: str
) -> None:
    answer = http.get(f"/v24.0/{store.main_account}", params={"fields": f"id,{fields}"})
    assert answer.status_code == 400
    error = error_of(answer)
    assert error["code"] == 100
    assert error["message"] == f"(#100) Tried accessing nonexisting field ({field}) on node type ({node_type})"


def test_a_nested_selection_of_a_plain_field_is_applied(http: httpx.Client, store: Store) -> None:
    answer = http.get(f"/v24.0/{store.main_account}", params={"fields": "health_status{entities{entity_type}}"})
    entities = answer.json()["health_status"]["entities"]
    assert entities and all(entity.keys() == {"entity_type"} for entity in entities)


def test_flow_preview_is_a_field_with_a_modifier(http: httpx.Client, store: Store) -> None:
    path = f"/v24.0/{store.main_account}/flows"
    first = http.get(path, params={"fields": "id,preview.invalidate(false)", "limit": 1}).json()["data"][0]
    again = http.get(path, params={"fields": "id,preview", "limit": 1}).json()["data"][0]
    fresh = http.get(path, params={"fields": "id,preview.invalidate(true)", "limit": 1}).json()["data"][0]
    assert first["preview"]["preview_url"] == again["preview"]["preview_url"]
    assert fresh["preview"]["preview_url"] != first["preview"]["preview_url"]
    assert fresh["preview"]["expires_at"].endswith("+0000")
    owner = http.get(path, params={"fields": "whatsapp_business_account{id,name},application{name}"}).json()
    assert owner["data"][0]["whatsapp_business_account"] == {
        "id": store.main_account,
        "name": store.accounts[store.main_account].node["name"],
    }
    assert owner["data"][0]["application"].keys() == {"name"}


# -- the count idiom -------------------------------------------------------------------------------------------------


def test_limit_zero_with_summary_counts_without_items(http: httpx.Client, store: Store) -> None:
    waba = store.main_account
    answer = http.get(f"/v24.0/{waba}/message_templates", params={"limit": 0, "summary": "total_count"}).json()
    assert answer["data"] == []
    assert answer["summary"] == {"total_count": len(store.accounts[waba].templates)}
    assert "next" not in answer.get("paging", {})
    plain = http.get(f"/v24.0/{waba}/phone_numbers", params={"limit": 0}).json()
    assert plain == {"data": []}


# -- PHP-style arrays and repeated keys ------------------------------------------------------------------------------


def _count(http: httpx.Client, waba: str, query: list[tuple[str, str]]) -> int:
    answer = http.get(f"/v24.0/{waba}/message_templates", params=[*query, ("summary", "total_count")])
    assert answer.status_code == 200, answer.text
    return int(answer.json()["summary"]["total_count"])


def test_php_arrays_and_repeated_keys_in_the_query(http: httpx.Client, store: Store) -> None:
    waba = store.main_account
    expected = sum(1 for t in store.accounts[waba].templates.values() if t["status"] in ("PAUSED", "REJECTED"))
    assert expected > 0
    shapes = [
        [("status", '["PAUSED","REJECTED"]')],
        [("status", "PAUSED,REJECTED")],
        [("status", "PAUSED"), ("status", "REJECTED")],
        [("status[0]", "PAUSED"), ("status[1]", "REJECTED")],
        [("status[]", "PAUSED"), ("status[]", "REJECTED")],
        [("status[1]", "REJECTED"), ("status[0]", "PAUSED")],
    ]
    assert [_count(http, waba, shape) for shape in shapes] == [expected] * len(shapes)


@pytest.mark.parametrize(
    "form",
    [
        "tasks=%5B%22MANAGE%22%2C%22DEVELOP%22%5D",
        "tasks=MANAGE,DEVELOP",
        "tasks=MANAGE&tasks=DEVELOP",
        "tasks%5B0%5D=MANAGE&tasks%5B1%5D=DEVELOP",
        "tasks[]=MANAGE&tasks[]=DEVELOP",
    ],
)
def test_php_arrays_and_repeated_keys_in_a_form_body(http: httpx.Client, store: Store, form: str) -> None:
    waba = store.main_account
    user = next(u for u in store.users if u not in store.accounts[waba].assigned_users)
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    answer = http.post(f"/v24.0/{waba}/assigned_users", content=f"user={user}&{form}", headers=headers)
    assert answer.json() == {"success": True}
    assert store.accounts[waba].assigned_users[user] == ["MANAGE", "DEVELOP"]


def test_php_arrays_of_objects(http: httpx.Client, store: Store) -> None:
    waba = store.main_account
    query = {"filtering[0][field]": "account_mode", "filtering[0][operator]": "EQUAL", "filtering[0][value]": "SANDBOX"}
    assert http.get(f"/v24.0/{waba}/phone_numbers", params=query).json()["data"] == []
    query["filtering[0][value]"] = "LIVE"
    assert len(http.get(f"/v24.0/{waba}/phone_numbers", params=query).json()["data"]) == 3


# -- method override and suppress_http_code ----------------------------------------------------------------------


def test_method_override_runs_a_get_or_post_as_another_method(http: httpx.Client, store: Store) -> None:
    waba = store.main_account
    user = next(iter(store.accounts[waba].assigned_users))
    deleted = http.get(f"/v24.0/{waba}/assigned_users", params={"method": "delete", "user": user})
    assert deleted.json() == {"success": True} and user not in store.accounts[waba].assigned_users
    posted = http.get(f"/v24.0/{waba}/assigned_users", params={"method": "post", "user": user, "tasks": "MANAGE"})
    assert posted.json() == {"success": True} and store.accounts[waba].assigned_users[user] == ["MANAGE"]
    again = http.post(f"/v24.0/{waba}/assigned_users?method=delete", data={"user": user})
    assert again.json() == {"success": True} and user not in store.accounts[waba].assigned_users
    bad = http.get(f"/v24.0/{waba}", params={"method": "put"})
    assert (bad.status_code, error_of(bad)["code"]) == (400, 100)


def test_suppress_http_code_answers_200_with_the_same_body(http: httpx.Client, store: Store) -> None:
    waba = store.main_account
    normal = http.get(f"/v24.0/{waba}", params={"fields": "colour"})
    suppressed = http.get(f"/v24.0/{waba}", params={"fields": "colour", "suppress_http_code": 1})
    assert normal.status_code == 400 and suppressed.status_code == 200
    assert error_of(suppressed)["message"] == error_of(normal)["message"]
    missing = http.get("/v24.0/123456789012345", params={"suppress_http_code": "1"})
    assert missing.status_code == 200 and error_of(missing)["code"] == 100
    unauthenticated = httpx.get(f"{http.base_url}/v24.0/{waba}", params={"suppress_http_code": "1"})
    assert unauthenticated.status_code == 200 and error_of(unauthenticated)["code"] == 104
    assert http.get(f"/v24.0/{waba}", params={"suppress_http_code": "1"}).json()["id"] == waba


# -- versions --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "runs_on"),
    [("/v24.0", "v24.0"), ("/v26.0", "v26.0"), ("/v22.0", "v22.0"), ("/v17.0", "v22.0"), ("/v2.5", "v22.0"),
     ("", "v24.0")],
)  # fmt: skip
def test_versions_served_retired_and_absent(http: httpx.Client, store: Store, prefix: str, runs_on: str) -> None:
    answer = http.get(f"{prefix}/{store.main_account}/message_templates", params={"limit": 1})
    assert answer.status_code == 200
    assert answer.headers["facebook-api-version"] == runs_on
    assert f"/{runs_on}/{store.main_account}/message_templates?" in answer.json()["paging"]["next"]


@pytest.mark.parametrize("version", ["v99.0", "v24", "v24.x", "vfoo", "24.0"])
def test_a_nonsense_version_is_refused_as_an_unknown_alias(http: httpx.Client, store: Store, version: str) -> None:
    answer = http.get(f"/{version}/{store.main_account}")
    assert answer.status_code == 404
    error = error_of(answer)
    assert error["code"] == 803
    assert error["message"] == f"(#803) Some of the aliases you requested do not exist: {version}"


def test_a_batch_posted_to_the_unversioned_root_runs_on_the_default_version(http: httpx.Client, store: Store) -> None:
    waba = store.main_account
    batch = (f'[{{"method":"GET","relative_url":"{waba}?fields=id"}},'
             f'{{"method":"GET","relative_url":"v17.0/{waba}?fields=id"}}]')  # fmt: skip
    answer = http.post("/", data={"batch": batch})
    assert answer.headers["facebook-api-version"] == "v24.0"
    first, retired = answer.json()
    assert (first["code"], first["body"]) == (200, f'{{"id":"{waba}"}}')
    assert {"name": "facebook-api-version", "value": "v24.0"} in first["headers"]
    assert (retired["code"], retired["body"]) == (200, f'{{"id":"{waba}"}}')
    assert {"name": "facebook-api-version", "value": "v22.0"} in retired["headers"]


# -- the template edit answer ------------------------------------------------------------------------------------


def test_a_template_edit_answers_success_id_name_and_category(http: httpx.Client, store: Store) -> None:
    template = next(t for t in store.accounts[store.main_account].templates.values() if t["status"] == "APPROVED")
    body = {"components": [{"type": "BODY", "text": "Hello {{1}}, your order is ready for pickup today."}]}
    answer = http.post(f"/v24.0/{template['id']}", json=body)
    assert answer.json() == {
        "success": True,
        "id": template["id"],
        "name": template["name"],
        "category": template["category"],
    }


# -- Graph's wording of code 100 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "edge", "params", "message"),
    [
        ("POST", "assigned_users", {"user": "1234567890123456"}, "(#100) The parameter tasks is required"),
        ("GET", "assigned_users", {}, "(#100) The parameter business is required"),
        ("POST", "assigned_users", {"user": "1", "tasks": '["ROOT"]'},
         '(#100) Param tasks[0] must be one of {MANAGE, DEVELOP, MANAGE_TEMPLATES, MANAGE_PHONE, VIEW_COST, '
         'MANAGE_EXTENSIONS, VIEW_PHONE_ASSETS, MANAGE_PHONE_ASSETS, VIEW_TEMPLATES, MESSAGING} - got "ROOT"'),
        ("GET", "message_templates", {"limit": "many"}, "(#100) Param limit must be an integer"),
        ("GET", "message_templates", {"limit": "-3"}, "(#100) Param limit must be at least 0"),
        ("POST", "message_templates", {"name": "Bad Name", "language": "en_US", "category": "UTILITY",
                                      "components": '[{"type":"BODY","text":"Hi there"}]'},
         '(#100) Param name must match ^[a-z0-9_]{1,512}$ - got "Bad Name"'),
        ("POST", "template_groups", {"name": "x", "whatsapp_business_templates": "[]"},
         "(#100) Param whatsapp_business_templates must have at least 1 item"),
        ("POST", "message_templates", {"name": "x", "language": "en_US", "category": "UTILITY",
                                      "components": f'[{{"type":"FOOTER","text":"{"x" * 61}"}}]'},
         "(#100) Param components[0][text] must be at most 60 characters long"),
        ("POST", "message_templates", {"name": "x", "language": "en_US", "category": "UTILITY",
                                      "components": '[{"type":"GREETING","text":"Hi"}]'},
         '(#100) Param components[0][type] must be one of {HEADER, BODY, FOOTER, BUTTONS} - got "GREETING"'),
        ("POST", "message_templates", {"name": "x", "language": "en_US", "category": "UTILITY",
                                      "components": '[{"type":"HEADER","format":"GIF"}]'},
         '(#100) Param components[0][format] must be one of {TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION} - got "GIF"'),
        ("POST", "message_templates", {"name": "x", "language": "en_US", "category": "UTILITY",
                                      "components": '[{"type":"BUTTONS","buttons":[{"type":"URL","text":"Go"}]}]'},
         "(#100) The parameter components[0][buttons][0][url] is required"),
    ],
)  # fmt: skip
def test_code_100_messages_use_graph_wording(
    http: httpx.Client, store: Store, method: str, edge: str, params: dict[str, str], message: str
) -> None:
    path = f"/v24.0/{store.main_account}/{edge}"
    answer = http.get(path, params=params) if method == "GET" else http.post(path, data=params)
    assert answer.status_code == 400
    assert error_of(answer)["message"] == message


def test_php_keys_nested_too_deep_are_refused(http: httpx.Client, store: Store) -> None:
    deep = "status" + "[0]" * 50
    answer = http.get(
        f"/v24.0/{store.main_account}/message_templates", params={deep: "PAUSED", "suppress_http_code": 1}
    )
    assert answer.status_code == 200, "suppress_http_code applies to errors found while reading parameters"
    assert error_of(answer)["message"] == "(#100) Param status is nested more than 8 levels deep"
