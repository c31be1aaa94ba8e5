"""Requests in the shapes Meta's Business SDK (facebook-business 26.0.3) sends, hand-written: the node path with a
trailing slash (`/v24.0/<id>/`), `access_token` and `appsecret_proof` in the query string of every request
whatever its method, `fields` comma-joined, every list, map and boolean JSON-encoded (sorted keys, compact),
GET and DELETE parameters in the query, POST parameters as a form body, `summary=true`, its User-Agent, paging with
its own parameters plus `after=<paging.cursors.after>` (and `summary=true`) while `paging.next` is present, and
batches POSTed to the versioned root with a `batch` form field."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from waba_sandbox import RunningSandbox
from waba_sandbox.store import Store

from .conftest import Call, placeholders, send

START, END = 1719792000, 1720396800


def encoded(value: Any) -> str:
    """A parameter value as the SDK encodes it: JSON with sorted keys and compact separators."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def form(**params: Any) -> str:
    """A form body as the SDK's requests call builds it (lists, maps and booleans JSON-encoded)."""
    pairs = ((k, v if isinstance(v, str) else encoded(v)) for k, v in params.items())
    return "&".join(f"{k}={quote(v, safe='{}')}" for k, v in pairs)  # braces kept for the placeholders


BODY = [
    {"example": {"body_text": [["Ana"]]}, "text": "Hi {{1}}, your order is ready for pickup today.", "type": "BODY"}
]
CALLS = [
    Call("node with trailing slash", "GET", "/v24.0/{waba}/", lambda b, s: b["name"] == "Jasper's Market",
         params=[("fields", "id,name,currency,whatsapp_manager_marketing_messages_max_price_enroll_status")]),
    Call("summary=true and a JSON status list", "GET", "/v24.0/{waba}/message_templates",
         lambda b, s: b["summary"]["total_count"] > 0 and all(t["status"] == "APPROVED" for t in b["data"]),
         params=[("fields", "name,status"), ("status", encoded(["APPROVED"])), ("summary", "true"), ("limit", "25")]),
    Call("JSON category and language lists", "GET", "/v24.0/{waba}/message_templates",
         lambda b, s: all(t["category"] in ("MARKETING", "UTILITY") and t["language"] in ("en_US", "fr")
                          for t in b["data"]),
         params=[("category", encoded(["MARKETING", "UTILITY"])), ("language", encoded(["en_US", "fr"])),
                 ("fields", "name,category,language")]),
    Call("phone numbers with the newer fields", "GET", "/v24.0/{waba}/phone_numbers",
         lambda b, s: all({"quality_score", "conversational_automation", "search_visibility"} <= set(p)
                          for p in b["data"]),
         params=[("fields", "id,display_phone_number,quality_score,conversational_automation,search_visibility")]),
    Call("assigned users of a business", "GET", "/v24.0/{waba}/assigned_users",
         lambda b, s: all(set(u) == {"id", "name", "tasks"} for u in b["data"]),
         params=[("business", "{business}"), ("fields", "id,name,tasks")]),
    Call("assign a user, tasks JSON-encoded in the form", "POST", "/v24.0/{waba}/assigned_users",
         lambda b, s: b == {"success": True}, form=form(user="{user}", tasks=["MANAGE", "DEVELOP"])),
    Call("remove a user, parameters in the query", "DELETE", "/v24.0/{waba}/assigned_users",
         lambda b, s: b == {"success": True}, params=[("user", "{assigned}")]),
    Call("create a template, components JSON-encoded in the form", "POST", "/v24.0/{waba}/message_templates",
         lambda b, s: b["status"] == "PENDING" and b["id"].isdigit(),
         form=form(name="sdk_meta_shape", language="en_US", category="UTILITY", components=BODY,
                   allow_category_change=True)),
    Call("edit a template through its node path", "POST", "/v24.0/{template}/",
         lambda b, s: b["success"] is True and b["name"] and b["category"], form=form(components=BODY)),
    Call("delete a template by name", "DELETE", "/v24.0/{waba}/message_templates",
         lambda b, s: b == {"success": True}, params=[("name", "sdk_meta_shape")]),
    Call("update the account, a JSON boolean", "POST", "/v24.0/{waba}/", lambda b, s: b == {"success": True},
         form=form(is_enabled_for_insights=True, template_auto_archival_enabled=False)),
    Call("subscribe the app, no parameters", "POST", "/v24.0/{waba}/subscribed_apps",
         lambda b, s: b == {"success": True}),
    Call("create a template group", "POST", "/v24.0/{waba}/template_groups", lambda b, s: b["id"].isdigit(),
         form=form(name="Meta shaped group", whatsapp_business_templates=["{template}"])),
    Call("create a welcome message sequence, a JSON map", "POST", "/v24.0/{waba}/welcome_message_sequences",
         lambda b, s: b["sequence_id"].isdigit(),
         form=form(name="Meta shaped", welcome_message_sequence={"text": "Hi!", "ice_breakers": [{"title": "Hi"}]})),
    Call("template analytics, JSON lists", "GET", "/v24.0/{waba}/template_analytics",
         lambda b, s: len(b["data"][0]["data_points"]) == 7,
         params=[("start", str(START)), ("end", str(END)), ("granularity", "DAILY"),
                 ("template_ids", encoded(["{template}"])), ("metric_types", encoded(["SENT", "DELIVERED"]))]),
    Call("conversation analytics, a JSON dimensions list", "GET", "/v24.0/{waba}/conversation_analytics",
         lambda b, s: all("conversation_category" in p for p in b["data"][0]["data_points"]),
         params=[("start", str(START)), ("end", str(END)), ("granularity", "DAILY"),
                 ("dimensions", encoded(["CONVERSATION_CATEGORY"]))]),
    Call("the degrees of freedom spec", "GET", "/v24.0/{waba}/degrees_of_freedom_spec",
         lambda b, s: "creative_features_spec" in b["data"][0]),
    Call("copy flows, a JSON list of names", "POST", "/v24.0/{other_waba}/migrate_flows",
         lambda b, s: [f["source_name"] for f in b["migrated_flows"]] == ["Support"],
         form=form(source_waba_id="{waba}", source_flow_names=["Support"])),
    Call("feature statuses, a JSON list of maps", "POST", "/v24.0/{waba}/business_messaging_feature_status",
         lambda b, s: b == {"success": True}, form=form(features=[{"enabled": True, "feature": "SAMPLE"}])),
    Call("a text message sample, a JSON map", "POST", "/v24.0/{waba}/message_samples",
         lambda b, s: b == {"success": True}, form=form(type="TEXT", text={"body": "Sale today"})),
]  # fmt: skip


@pytest.fixture(scope="module")
def meta(compat_sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    """A client that talks like the SDK: its User-Agent, nothing else (auth goes in each URL)."""
    with httpx.Client(base_url=compat_sandbox.base_url, headers={"User-Agent": "fbbizsdk-python-v26.0.3"}) as client:
        yield client


@pytest.fixture(scope="module")
def auth(compat_sandbox: RunningSandbox) -> dict[str, str]:
    """The SDK's query parameters on every request: the token and its appsecret_proof."""
    token = compat_sandbox.token
    proof = hmac.new(b"compat-app-secret", token.encode(), hashlib.sha256).hexdigest()
    return {"access_token": token, "appsecret_proof": proof}


@pytest.mark.parametrize("call", CALLS, ids=lambda call: call.name)
def test_a_meta_sdk_shaped_request_is_answered(
    meta: httpx.Client, auth: dict[str, str], compat_sandbox: RunningSandbox, call: Call
) -> None:
    store = compat_sandbox.sandbox.store
    answer = send(meta, call, placeholders(store), auth)
    assert answer.status_code == 200, answer.text
    assert call.check(answer.json(), store), answer.text


def test_paging_with_after_cursors_and_summary(
    meta: httpx.Client, auth: dict[str, str], compat_sandbox: RunningSandbox
) -> None:
    store: Store = compat_sandbox.sandbox.store
    params = {"fields": "id", "limit": "100", "summary": "true", **auth}
    seen: list[str] = []
    total = None
    while True:
        page = meta.get(f"/v24.0/{store.main_account}/message_templates", params=params).json()
        seen += [t["id"] for t in page["data"]]
        total = page["summary"]["total_count"]
        if "next" not in page.get("paging", {}):
            break
        params["after"] = page["paging"]["cursors"]["after"]
    assert len(seen) == len(set(seen)) == total == len(store.accounts[store.main_account].templates)


def test_a_batch_posted_to_the_versioned_root(
    meta: httpx.Client, auth: dict[str, str], compat_sandbox: RunningSandbox
) -> None:
    store = compat_sandbox.sandbox.store
    values = placeholders(store)
    batch = [
        {"method": "GET", "relative_url": f"{values['waba']}/?fields=id,name"},
        {"method": "GET", "relative_url": f"{values['waba']}/phone_numbers?limit=2&fields=id"},
        {"method": "POST", "relative_url": f"{values['waba']}/assigned_users",
         "body": f"user={values['user']}&tasks={quote(encoded(['VIEW_COST']), safe='')}"},
    ]  # fmt: skip
    answer = meta.post("/v24.0/", params=auth, content=form(batch=batch, include_headers=False),
                       headers={"Content-Type": "application/x-www-form-urlencoded"})  # fmt: skip
    assert answer.status_code == 200, answer.text
    results = answer.json()
    assert [r["code"] for r in results] == [200, 200, 200]
    assert json.loads(results[0]["body"])["id"] == values["waba"]
    assert len(json.loads(results[1]["body"])["data"]) == 2
    assert store.accounts[values["waba"]].assigned_users[values["user"]] == ["VIEW_COST"]
