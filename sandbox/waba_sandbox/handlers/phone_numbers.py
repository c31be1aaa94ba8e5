"""Phone numbers of an account: list (filtering, sorting) and add."""

from __future__ import annotations

from typing import Any

from ..graph_errors import invalid_parameter
from ..store import visible
from .context import Context, handles
from .paging import page

PHONE_DEFAULT = [
    "verified_name",
    "code_verification_status",
    "display_phone_number",
    "quality_rating",
    "platform_type",
    "throughput",
    "last_onboarded_time",
    "id",
]


@handles("listPhoneNumbers")
def list_phone_numbers(ctx: Context) -> Any:
    numbers = list(ctx.account.phone_numbers)
    for rule in ctx.params.get("filtering", []):
        numbers = [p for p in numbers if p.get(rule["field"]) == rule["value"]]
    for order in reversed(ctx.params.get("sort", [])):
        key, direction = str(order).rsplit(".", 1)
        field = "_created" if key == "creation_time" else "last_onboarded_time"
        numbers.sort(key=lambda p: p[field], reverse=direction == "desc")
    views = [visible(p) for p in numbers]
    return page(ctx, views, schema="PhoneNumber", default=PHONE_DEFAULT, edge="phone_numbers")


@handles("createPhoneNumber")
def create_phone_number(ctx: Context) -> Any:
    account = ctx.account
    body = ctx.body or {}
    cc, number = str(body["cc"]), str(body["phone_number"])
    if any(p["_cc"] == cc and p["_number"] == number for p in account.phone_numbers):
        raise invalid_parameter("This phone number is already registered with this WhatsApp Business Account")
    phone = {
        "id": ctx.store.ids.new(),
        "display_phone_number": f"+{cc} {number}",
        "verified_name": body.get("verified_name", account.node["name"]),
        "status": "PENDING",
        "quality_rating": "UNKNOWN",
        "code_verification_status": "NOT_VERIFIED",
        "name_status": "PENDING_REVIEW",
        "platform_type": "NOT_APPLICABLE",
        "throughput": {"level": "NOT_APPLICABLE"},
        "account_mode": "LIVE",
        "is_official_business_account": False,
        "last_onboarded_time": "2025-01-01T00:00:00+0000",
        "country_dial_code": cc,
        "is_on_biz_app": False,
        "is_preverified_number": "preverified_id" in body,
        "search_visibility": "NON_VISIBLE",
        "quality_score": {"score": "UNKNOWN"},
        "webhook_configuration": {"application": "https://hooks.example.com/app"},
        "conversational_automation": {"enable_welcome_message": False, "prompts": [], "commands": []},
        "_created": int(ctx.sandbox.config.clock()),
        "_cc": cc,
        "_number": number,
    }
    account.phone_numbers.append(phone)
    return {"id": phone["id"]}
