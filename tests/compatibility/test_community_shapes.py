"""Requests in the shapes popular community WhatsApp clients send, hand-written: the token as a bearer header
(or `OAuth`, or in the query), JSON bodies, lists comma-joined in the query, Meta's documented `tasks=['MANAGE']`
spelling, field expansion of edges and nested objects, the count idiom, and the fields and parameters of today's
Graph that such clients ask for (phone number quality and automation, flow previews, library templates, ...)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from waba_sandbox import RunningSandbox

from .conftest import Call, placeholders, send

PHONE_FIELDS = ("id,display_phone_number,verified_name,quality_rating,quality_score,messaging_limit_tier,is_on_biz_app,"
                "webhook_configuration,country_code,country_dial_code,eligibility_for_api_business_global_search,"
                "is_preverified_number,certificate,search_visibility,conversational_automation")  # fmt: skip
FLOW_FIELDS = (
    "id,name,status,categories,preview.invalidate(false),updated_at,whatsapp_business_account,application,health_status"
)
NAMED = {
    "name": "community_named", "language": "pt_BR", "category": "MARKETING", "parameter_format": "NAMED",
    "components": [{"type": "BODY", "text": "Oi {{first_name}}, temos novidades para voce esta semana.",
                    "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Ana"}]}}],
}  # fmt: skip
CALLS = [
    Call("account with expanded edges", "GET", "/v24.0/{waba}",
         lambda b, s: len(b["message_templates"]["data"]) == 5 and all(
             p.keys() == {"id", "display_phone_number", "verified_name", "quality_rating"}
             for p in b["phone_numbers"]["data"]),
         params=[("fields", "id,name,phone_numbers{id,display_phone_number,verified_name,quality_rating},"
                            "message_templates.limit(5){name,status,language}")]),
    Call("comma-joined status list and a nested object", "GET", "/v24.0/{waba}/message_templates",
         lambda b, s: b["data"] and all(t["status"] in ("APPROVED", "PAUSED") and t["quality_score"].keys() == {"score"}
                                        for t in b["data"]),
         params=[("status", "APPROVED,PAUSED"), ("fields", "name,status,language,quality_score{score}")]),
    Call("templates by name, a large page", "GET", "/v24.0/{waba}/message_templates",
         lambda b, s: all("order" in t["name"] for t in b["data"]), params=[("name", "order"), ("limit", "100")]),
    Call("a named-parameter template, JSON body", "POST", "/v24.0/{waba}/message_templates",
         lambda b, s: b["status"] == "PENDING" and b["category"] == "MARKETING", json=NAMED),
    Call("a template from the library, JSON body", "POST", "/v24.0/{waba}/message_templates",
         lambda b, s: b["id"].isdigit(),
         json={"name": "community_library", "language": "en_US", "category": "UTILITY",
               "library_template_name": "delivery_update_1",
               "library_template_button_inputs": [{"type": "URL", "url": {"base_url": "https://www.example.com/t/{{1}}",
                                                                          "url_suffix_example": "123"}}]}),
    Call("edit a template, JSON body", "POST", "/v24.0/{template}",
         lambda b, s: b["success"] is True and b["id"].isdigit(),
         json={"components": [{"type": "BODY", "text": "Hello {{1}}, your order shipped this morning."}]}),
    Call("delete a template by name", "DELETE", "/v24.0/{waba}/message_templates", lambda b, s: b == {"success": True},
         params=[("name", "community_named")]),
    Call("a template by id with the newer fields", "GET", "/v24.0/{template}",
         lambda b, s: b["id"].isdigit() and "components" in b,
         params=[("fields", "id,name,components,degrees_of_freedom_spec,library_template_name,sub_category")]),
    Call("phone numbers with every current field", "GET", "/v24.0/{waba}/phone_numbers",
         lambda b, s: all(len(p) >= 13 for p in b["data"]), params=[("fields", PHONE_FIELDS)]),
    Call("flows with preview and owner", "GET", "/v24.0/{waba}/flows",
         lambda b, s: all(f["preview"]["preview_url"].startswith("https://") and f["whatsapp_business_account"]["id"]
                          for f in b["data"]),
         params=[("fields", FLOW_FIELDS)]),
    Call("create a flow, JSON body", "POST", "/v24.0/{waba}/flows", lambda b, s: b["success"] is True,
         json={"name": "Community booking", "categories": ["APPOINTMENT_BOOKING", "SHOPPING"]}),
    Call("subscribe with a callback override, JSON body", "POST", "/v24.0/{waba}/subscribed_apps",
         lambda b, s: b == {"success": True},
         json={"override_callback_uri": "https://hooks.example.com/community", "verify_token": "verify-me"}),
    Call("list subscribed apps", "GET", "/v24.0/{waba}/subscribed_apps",
         lambda b, s: any(a.get("override_callback_uri") == "https://hooks.example.com/community" for a in b["data"])),
    Call("assign a user, tasks as in Meta's docs", "POST", "/v24.0/{waba}/assigned_users",
         lambda b, s: b == {"success": True}, params=[("user", "{user}"), ("tasks", "['MANAGE']")]),
    Call("owned accounts with edges per item", "GET", "/v24.0/{business}/owned_whatsapp_business_accounts",
         lambda b, s: all("data" in a["phone_numbers"] and "data" in a["subscribed_apps"] for a in b["data"]),
         params=[("fields", "id,name,phone_numbers{id},subscribed_apps")]),
    Call("count client accounts", "GET", "/v24.0/{partner}/client_whatsapp_business_accounts",
         lambda b, s: b["data"] == [] and b["summary"]["total_count"] == 1,
         params=[("fields", "id,name"), ("limit", "0"), ("summary", "total_count")]),
    Call("account fields of Meta's SDK 26", "GET", "/v24.0/{waba}",
         lambda b, s: b["whatsapp_manager_marketing_messages_max_price_enroll_status"] in ("OPT_IN", "OPT_OUT"),
         params=[("fields", "id,health_status,marketing_messages_ad_account,service_pricing_policy,"
                            "whatsapp_manager_marketing_messages_max_price_enroll_status")]),
    Call("opt in to max-price bidding, JSON body", "POST", "/v24.0/{waba}", lambda b, s: b == {"success": True},
         json={"whatsapp_manager_marketing_messages_max_price_enroll_status": "OPT_IN"}),
    Call("authentication previews, comma-joined languages", "GET", "/v24.0/{waba}/message_template_previews",
         lambda b, s: [p["language"] for p in b["data"]] == ["en_US", "fr"],
         params=[("category", "AUTHENTICATION"), ("languages", "en_US,fr"), ("add_security_recommendation", "true")]),
    Call("template groups with their templates", "GET", "/v24.0/{waba}/template_groups",
         lambda b, s: all(g["whatsapp_business_templates"] for g in b["data"])),
    Call("welcome message sequences of this app", "GET", "/v24.0/{waba}/welcome_message_sequences",
         lambda b, s: b["data"] and all("sequence_id" in q for q in b["data"]), params=[("app_id", "67084349089")]),
]  # fmt: skip


@pytest.fixture(scope="module")
def community_sandbox() -> Iterator[RunningSandbox]:
    """A sandbox without an app secret: community clients do not send appsecret_proof."""
    with RunningSandbox() as running:
        yield running


@pytest.fixture(scope="module")
def community(community_sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=community_sandbox.base_url) as client:
        yield client


@pytest.mark.parametrize("call", CALLS, ids=lambda call: call.name)
def test_a_community_shaped_request_is_answered(
    community: httpx.Client, community_sandbox: RunningSandbox, call: Call
) -> None:
    store = community_sandbox.sandbox.store
    answer = send(community, call, placeholders(store), {"Authorization": f"Bearer {community_sandbox.token}"})
    assert answer.status_code == 200, answer.text
    assert call.check(answer.json(), store), answer.text


@pytest.mark.parametrize("auth", ["header:OAuth", "header:bearer", "query:access_token"])
def test_the_token_in_every_place_clients_put_it(
    community: httpx.Client, community_sandbox: RunningSandbox, auth: str
) -> None:
    where, name = auth.split(":")
    token = community_sandbox.token
    waba = community_sandbox.sandbox.store.main_account
    if where == "header":
        answer = community.get(f"/v24.0/{waba}", headers={"Authorization": f"{name} {token}"})
    else:
        answer = community.get(f"/v24.0/{waba}", params={name: token})
    assert answer.status_code == 200 and answer.json()["id"] == waba
