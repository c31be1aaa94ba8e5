"""Analytics edges: conversation, pricing and call analytics (one series generator), and template analytics."""

from __future__ import annotations

from typing import Any

from ..graph_errors import GraphError, invalid_parameter, no_phone_numbers
from ..series import CALLS, CONVERSATIONS, PRICING, SeriesKind, series, template_series
from .context import Context, handles
from .paging import series_page


def time_range(ctx: Context) -> tuple[int, int]:
    """The `start`/`end` of an analytics query; Graph's error 100 when `end` is not after `start`."""
    start, end = int(ctx.params["start"]), int(ctx.params["end"])
    if end <= start:
        raise invalid_parameter("Param end must be greater than start")
    return start, end


def _analytics(ctx: Context, kind: SeriesKind) -> Any:
    account = ctx.account
    if not account.phone_numbers:
        raise no_phone_numbers()
    start, end = time_range(ctx)
    data = series(kind, ctx.sandbox.config.seed, account.id, start=start, end=end, params=ctx.params,
                  numbers=account.numbers)  # fmt: skip
    return {"data": [data]}


@handles("getConversationAnalytics")
def conversation_analytics(ctx: Context) -> Any:
    return _analytics(ctx, CONVERSATIONS)


@handles("getPricingAnalytics")
def pricing_analytics(ctx: Context) -> Any:
    return _analytics(ctx, PRICING)


@handles("getCallAnalytics")
def call_analytics(ctx: Context) -> Any:
    return _analytics(ctx, CALLS)


def require_insights(ctx: Context) -> None:
    """Graph's error 200005 when the account has not enabled template analytics."""
    if not ctx.account.node.get("is_enabled_for_insights"):
        raise GraphError(
            200005,
            "Template Insights are not available yet for this WhatsApp Business account",
            error_data={
                "messaging_product": "whatsapp",
                "details": "Enable template insights with is_enabled_for_insights=true, then retry.",
            },
        )


@handles("getTemplateAnalytics")
def template_analytics(ctx: Context) -> Any:
    account = ctx.account
    require_insights(ctx)
    start, end = time_range(ctx)
    wanted = [str(i) for i in ctx.params["template_ids"]]
    unknown = [i for i in wanted if i not in account.templates]
    if unknown:
        raise invalid_parameter(f"Param template_ids contains a template of another account: {unknown[0]}")
    points = template_series(
        ctx.sandbox.config.seed, start=start, end=end, template_ids=wanted, metrics=ctx.params.get("metric_types")
    )
    shape = {"granularity": "DAILY", "product_type": ctx.params.get("product_type", "CLOUD_API")}
    return series_page(ctx, points, shape, "template_analytics")
