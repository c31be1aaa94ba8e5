"""Marketing-message edges: audiences, message campaigns, the degrees of freedom spec, message samples and
business messaging feature statuses."""

from __future__ import annotations

from typing import Any

from ..fieldsel import select
from ..graph_errors import invalid_parameter
from .context import Context, handles
from .paging import page, requested_fields


@handles("listAudiences")
def list_audiences(ctx: Context) -> Any:
    return page(ctx, ctx.account.audiences, schema="Audience", default=["id", "name"], edge="audiences")


@handles("listMessageCampaigns")
def list_campaigns(ctx: Context) -> Any:
    items = ctx.account.message_campaigns
    return page(ctx, items, schema="MessageCampaign", default=["id", "name"], edge="message_campaigns")


@handles("getDegreesOfFreedomSpec")
def get_dof_spec(ctx: Context) -> Any:
    spec = ctx.account.dof_spec
    fields = requested_fields(ctx, "DegreesOfFreedomSpec", list(spec) or ["creative_features_spec"])
    return {"data": [select(spec, fields)]}


@handles("createMessageSample")
def create_message_sample(ctx: Context) -> Any:
    body = ctx.body or {}
    kind = body["type"]
    if kind == "TEXT" and not (body.get("text") or {}).get("body"):
        raise invalid_parameter("The parameter text[body] is required for a TEXT sample")
    if kind == "INTERACTIVE" and not body.get("interactive"):
        raise invalid_parameter("The parameter interactive is required for an INTERACTIVE sample")
    ctx.account.message_samples.append(dict(body))
    return {"success": True}


@handles("updateBusinessMessagingFeatureStatus")
def update_feature_status(ctx: Context) -> Any:
    statuses = ctx.account.feature_statuses
    for feature in (ctx.body or {})["features"]:
        key = feature.get("feature")
        statuses[:] = [s for s in statuses if key is None or s.get("feature") != key]
        statuses.append(dict(feature))
    return {"success": True}
