"""Group analytics (WhatsApp groups) and template group analytics: daily series, cursor-paged like template
analytics."""

from __future__ import annotations

from typing import Any

from ..graph_errors import invalid_parameter
from ..series import group_series, template_group_series
from .analytics import require_insights, time_range
from .context import Context, handles
from .paging import series_page


@handles("getGroupAnalytics")
def group_analytics(ctx: Context) -> Any:
    account = ctx.account
    start, end = time_range(ctx)
    wanted = [str(g) for g in ctx.params["group_ids"]]
    unknown = [g for g in wanted if g not in account.groups]
    if unknown:
        raise invalid_parameter(f"Param group_ids contains a group of another account: {unknown[0]}")
    points = group_series(ctx.sandbox.config.seed, start=start, end=end, group_ids=wanted,
                          metrics=ctx.params.get("metric_types"))  # fmt: skip
    return series_page(ctx, points, {"granularity": "DAILY"}, "group_analytics")


@handles("getTemplateGroupAnalytics")
def template_group_analytics(ctx: Context) -> Any:
    account = ctx.account
    require_insights(ctx)
    start, end = time_range(ctx)
    groups = {g["id"]: g for g in account.template_groups}
    wanted = [str(g) for g in ctx.params["template_group_ids"]]
    unknown = [g for g in wanted if g not in groups]
    if unknown:
        raise invalid_parameter(f"Param template_group_ids contains a group of another account: {unknown[0]}")
    members = {g: [t for t in groups[g]["_templates"] if t in account.templates] for g in wanted}
    points = template_group_series(ctx.sandbox.config.seed, start=start, end=end, groups=members,
                                   metrics=ctx.params.get("metric_types"))  # fmt: skip
    return series_page(ctx, points, {"granularity": "DAILY"}, "template_group_analytics")
