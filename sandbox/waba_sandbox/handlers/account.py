"""The account node (`GET`/`POST /{waba-id}`, with field expansion and `analytics`) and a business's accounts."""

from __future__ import annotations

from typing import Any

from ..fieldsel import Field, select
from ..graph_errors import invalid_parameter, no_phone_numbers, not_found
from ..series import messaging_analytics
from ..store import Account, visible
from .context import Context, handles
from .paging import DEFAULT_LIMIT, page, requested_fields

ACCOUNT_DEFAULT = ["id", "name", "timezone_id", "message_template_namespace"]
ACCOUNT_EDGES = {"phone_numbers", "message_templates", "subscribed_apps", "product_catalogs", "flows"}


def account_view(ctx: Context, account: Account, fields: list[Field]) -> dict[str, Any]:
    """The account's selected fields, including `analytics` and expanded edges."""
    plain = [f for f in fields if f.name not in ACCOUNT_EDGES and f.name != "analytics"]
    answer = select(account.node, plain)
    answer.setdefault("id", account.id)
    for wanted in fields:
        if wanted.name == "analytics":
            answer["analytics"] = _analytics_field(ctx, account, wanted)
        elif wanted.name in ACCOUNT_EDGES:
            items = _edge_items(ctx, account, wanted.name)
            limit = int(wanted.modifiers.get("limit", DEFAULT_LIMIT))
            chosen = items[: max(1, min(limit, 100))]
            data = [select(item, wanted.children) if wanted.children else item for item in chosen]
            answer[wanted.name] = {"data": data}
    return answer


def _edge_items(ctx: Context, account: Account, edge: str) -> list[dict[str, Any]]:
    if edge == "phone_numbers":
        items = account.phone_numbers
    elif edge == "message_templates":
        items = list(account.templates.values())
    elif edge == "flows":
        items = account.flows
    elif edge == "product_catalogs":
        items = [ctx.store.catalogs[c] for c in account.catalogs]
    else:
        items = [
            {
                "whatsapp_business_api_data": {
                    "id": a,
                    "name": ctx.store.apps[a]["name"],
                    "link": ctx.store.apps[a]["link"],
                },
                **extra,
            }
            for a, extra in account.subscribed_apps.items()
        ]
    return [visible(item) for item in items]


def _analytics_field(ctx: Context, account: Account, wanted: Field) -> dict[str, Any]:
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
    return messaging_analytics(
        ctx.sandbox.config.seed, account.id, start=start, end=end, granularity=granularity, numbers=account.numbers
    )


@handles("getWhatsAppBusinessAccount")
def get_account(ctx: Context) -> Any:
    account = ctx.account
    fields = requested_fields(ctx, "WhatsAppBusinessAccount", ACCOUNT_DEFAULT, extra=ACCOUNT_EDGES)
    return account_view(ctx, account, fields)


@handles("updateWhatsAppBusinessAccount")
def update_account(ctx: Context) -> Any:
    account = ctx.account
    for key, value in (ctx.body or {}).items():
        if key in (
            "is_enabled_for_insights",
            "template_auto_archival_enabled",
            "disable_marketing_messages_on_cloud_api",
            "purchase_order_number",
        ):
            account.node[key] = value
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
