"""Graph's whole WABA surface is in the spec (issue 7): every edge of the account node that Meta's Business SDK
26.0.3 exposes, and the fields of the nodes modelled here — each with a description and shown in an example."""

from __future__ import annotations

from typing import Any

import pytest

METHODS = ("get", "post", "delete")

#: The account node's edges that Meta's Business SDK 26.0.3 exposes, with the methods it calls them with.
SDK_EDGES = {
    "activities": {"get"}, "assigned_users": {"get", "post", "delete"}, "audiences": {"get"},
    "business_messaging_feature_status": {"post"}, "call_analytics": {"get"}, "conversation_analytics": {"get"},
    "dataset": {"get", "post"}, "degrees_of_freedom_spec": {"get"}, "flows": {"get", "post"},
    "generate_payment_configuration_oauth_link": {"post"}, "group_analytics": {"get"},
    "message_campaigns": {"get"}, "message_samples": {"post"}, "message_template_previews": {"get"},
    "message_templates": {"get", "post", "delete"}, "migrate_flows": {"post"}, "migrate_message_templates": {"post"},
    "payment_configuration": {"get", "post", "delete"}, "payment_configurations": {"get"},
    "phone_numbers": {"get", "post"}, "pricing_analytics": {"get"}, "product_catalogs": {"get", "post", "delete"},
    "schedules": {"get"}, "set_solution_migration_intent": {"post"}, "solutions": {"get"},
    "subscribed_apps": {"get", "post", "delete"}, "template_analytics": {"get"},
    "template_group_analytics": {"get"}, "template_groups": {"get", "post"}, "upsert_message_templates": {"post"},
    "welcome_message_sequences": {"get", "post", "delete"},
}  # fmt: skip

#: The fields issue 7 names, by the schema that holds them.
FIELDS = {
    "WhatsAppBusinessAccount": ["marketing_messages_ad_account", "service_pricing_policy",
                                "whatsapp_manager_marketing_messages_max_price_enroll_status"],
    "PhoneNumber": ["conversational_automation", "quality_score", "webhook_configuration", "is_on_biz_app",
                    "is_preverified_number", "search_visibility", "eligibility_for_api_business_global_search",
                    "certificate", "new_certificate", "country_code", "country_dial_code"],
    "MessageTemplate": ["degrees_of_freedom_spec"],
    "MessageTemplateCreate": ["degrees_of_freedom_spec", "library_template_name", "library_template_button_inputs",
                              "library_template_body_inputs", "library_template_body_param_inputs", "sub_category",
                              "message_send_ttl_seconds", "parameter_format", "cta_url_link_tracking_opted_out",
                              "display_format", "is_primary_device_delivery_only", "product_set_id",
                              "routing_entrypoint", "send_type", "source_template_id", "creative_sourcing_spec",
                              "optimization_spec"],
    "Flow": ["preview", "updated_at", "whatsapp_business_account", "application", "health_status"],
    "FlowPreview": ["preview_url", "expires_at"],
}  # fmt: skip


def _keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value).union(*(_keys(item) for item in value.values()))
    if isinstance(value, list):
        return set().union(*(_keys(item) for item in value))
    return set()


def example_keys(spec: dict[str, Any]) -> set[str]:
    """Every key that appears in an example of a request body or a response."""
    found: set[str] = set()
    media = []
    for item in spec["paths"].values():
        for method in METHODS:
            if method not in item:
                continue
            operation = item[method]
            media += list(operation.get("requestBody", {}).get("content", {}).values())
            for response in operation["responses"].values():
                media += list(response.get("content", {}).values())
    for entry in media:
        if "example" in entry:
            found |= _keys(entry["example"])
        for example in entry.get("examples", {}).values():
            found |= _keys(example["value"])
    return found


def test_every_account_edge_of_metas_sdk_is_in_the_spec(spec: dict[str, Any]) -> None:
    for edge, methods in SDK_EDGES.items():
        item = spec["paths"].get(f"/{{waba-id}}/{edge}")
        assert item is not None, edge
        assert {m for m in METHODS if m in item} == methods, edge
    operations = [(path, m) for path, item in spec["paths"].items() for m in METHODS if m in item]
    assert len(operations) >= 56


def _description(spec: dict[str, Any], node: dict[str, Any]) -> str:
    if "description" in node:
        return str(node["description"])
    if "$ref" in node:
        return _description(spec, spec["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]])
    return ""


@pytest.mark.parametrize(("schema", "field"), [(s, f) for s, fields in FIELDS.items() for f in fields])
def test_every_named_field_is_described_and_shown_in_an_example(spec: dict[str, Any], schema: str, field: str) -> None:
    properties = spec["components"]["schemas"][schema]["properties"]
    assert field in properties
    assert _description(spec, properties[field]).strip(), f"{schema}.{field} has no description"
    assert field in example_keys(spec), f"{schema}.{field} appears in no example"


def test_the_example_key_scan_sees_a_missing_field(spec: dict[str, Any]) -> None:
    assert "certificate" in example_keys(spec)
    assert "no_such_field_anywhere" not in example_keys(spec)
