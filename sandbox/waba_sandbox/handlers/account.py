"""The account node (`GET`/`POST /{waba-id}`, with field expansion and the computed `analytics` field) and a
business's accounts."""

from __future__ import annotations

from typing import Any

from ..fieldsel import Field
from ..graph_errors import invalid_parameter, no_phone_numbers, not_found
from ..series import messaging_analytics
from .context import Context, handles
from .expansion import computes, nested, render
from .paging import page, requested_fields

ACCOUNT_DEFAULT = ["id", "name", "timezone_id", "message_template_namespace"]
#: Settings `updateWhatsAppBusinessAccount` changes (the body's keys, once validated).
SETTINGS = (
    "is_enabled_for_insights",
    "template_auto_archival_enabled",
    "disable_marketing_messages_on_cloud_api",
    "purchase_order_number",
    "whatsapp_manager_marketing_messages_max_price_enroll_status",
    "creative_optimizations_enrollment",
)


@computes("WhatsAppBusinessAccount", "analytics")
def analytics_field(ctx: Context, node: dict[str, Any], wanted: Field) -> Any:
    """The `analytics` field: `analytics.start(<unix>).end(<unix>).granularity(HALF_HOUR|DAY|MONTH)`."""
    account = ctx.store.accounts[str(node["id"])]
    missing = [m for m in ("start", "end", "granularity") if m not in wanted.modifiers]
    if missing:
        raise invalid_parameter(f"analytics requires the modifiers start, end and granularity (missing {missing[0]})")
    if not account.phone_numbers:
        raise no_phone_numbers()
    try:
        start, end = int(wanted.modifiers["start"]), int(wanted.modifiers["end"])
    except ValueError:
        raise invalid_parameter("analytics start and end must be unix timestamps") from None
    granularity = wanted.modifiers["granularity"]
    if granularity not in ("HALF_HOUR", "DAY", "MONTH"):
        raise invalid_parameter("analytics granularity must be one of HALF_HOUR, DAY, MONTH")
    value = messaging_analytics(
        ctx.sandbox.config.seed, account.id, start=start, end=end, granularity=granularity, numbers=account.numbers
    )
    return nested(value, wanted.children)


@handles("getWhatsAppBusinessAccount")
def get_account(ctx: Context) -> Any:
    account = ctx.account
    fields = requested_fields(ctx, "WhatsAppBusinessAccount", ACCOUNT_DEFAULT)
    answer = render(ctx, "WhatsAppBusinessAccount", account.node, fields)
    answer.setdefault("id", account.id)
    return answer


@handles("updateWhatsAppBusinessAccount")
def update_account(ctx: Context) -> Any:
    account = ctx.account
    body = ctx.body or {}
    for key in SETTINGS:
        if key in body:
            account.node[key] = body[key]
    if "degrees_of_freedom_spec" in body:
        account.dof_spec = body["degrees_of_freedom_spec"]
    return {"success": True}


# -- businesses --------------------------------------------------------------------------------------------------------


def _business(ctx: Context) -> dict[str, Any]:
    business = ctx.store.businesses.get(str(ctx.node_id))
    if business is None:
        raise not_found(str(ctx.node_id), ctx.operation.method)
    return business


def _account_list(ctx: Context, ids: list[str], edge: str) -> Any:
    items = [ctx.store.accounts[i].node for i in ids if i in ctx.store.accounts]
    return page(ctx, items, schema="WhatsAppBusinessAccount", default=ACCOUNT_DEFAULT, edge=edge)


@handles("listOwnedWhatsAppBusinessAccounts")
def list_owned(ctx: Context) -> Any:
    return _account_list(ctx, _business(ctx)["_owned"], "owned_whatsapp_business_accounts")


@handles("listClientWhatsAppBusinessAccounts")
def list_clients(ctx: Context) -> Any:
    return _account_list(ctx, _business(ctx)["_clients"], "client_whatsapp_business_accounts")
