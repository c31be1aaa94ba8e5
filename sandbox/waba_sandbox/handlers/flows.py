"""Flows (list, create with JSON validation) and the partner edges: activities, solutions, schedules, DCC configs."""

from __future__ import annotations

import time
from typing import Any

from ..fieldsel import Field
from ..graph_errors import invalid_parameter
from ..safejson import loads
from ..spec import schema_properties
from ..store import visible
from .context import Context, handles
from .expansion import computes, nested, render
from .paging import page

#: How long a preview link lives (Graph: 30 days).
PREVIEW_LIFETIME = 30 * 86_400


@computes("Flow", "preview")
def flow_preview(ctx: Context, node: dict[str, Any], wanted: Field) -> Any:
    """`preview`, or `preview.invalidate(true)` for a new link (the old one stops working)."""
    account = ctx.account
    invalidate = wanted.modifiers.get("invalidate", "false").lower()
    if invalidate not in ("true", "false"):
        raise invalid_parameter(f'Param invalidate must be a boolean - got "{invalidate}"')
    if invalidate == "true" or node["id"] not in account.flow_previews:
        account.flow_previews[node["id"]] = ctx.store.ids.new()
    expires = time.gmtime(ctx.sandbox.config.clock() + PREVIEW_LIFETIME)
    preview = {
        "preview_url": f"https://business.facebook.com/wa/manage/flows/{node['id']}/preview/"
        f"?token={account.flow_previews[node['id']]}",
        "expires_at": time.strftime("%Y-%m-%dT%H:%M:%S+0000", expires),
    }
    return nested(preview, wanted.children)


@computes("Flow", "whatsapp_business_account")
def flow_account(ctx: Context, node: dict[str, Any], wanted: Field) -> Any:
    """The account the flow belongs to (its default fields, or the nested selection, edges included)."""
    default = [Field(name) for name in ("id", "name", "currency", "timezone_id", "message_template_namespace")]
    return render(ctx, "WhatsAppBusinessAccount", ctx.account.node, wanted.children or default)


@computes("Flow", "application")
def flow_application(ctx: Context, node: dict[str, Any], wanted: Field) -> Any:
    """The app the flow belongs to: the sandbox's own app."""
    app = ctx.store.apps[ctx.sandbox.config.app_id]
    return nested({"id": app["id"], "name": app["name"], "link": app["link"]}, wanted.children)


@handles("listFlows")
def list_flows(ctx: Context) -> Any:
    items = [visible(flow) for flow in ctx.account.flows]
    return page(
        ctx, items, schema="Flow", default=["id", "name", "status", "categories", "validation_errors"], edge="flows"
    )


@handles("createFlow")
def create_flow(ctx: Context) -> Any:
    account = ctx.account
    body = ctx.body or {}
    errors = []
    if "flow_json" in body:
        try:
            loads(str(body["flow_json"]))
        except ValueError as exc:
            errors.append(
                {
                    "error": "INVALID_JSON",
                    "error_type": "JSON_PARSE_ERROR",
                    "message": str(exc),
                    "line_start": 1,
                    "line_end": 1,
                    "column_start": 1,
                    "column_end": 1,
                }
            )
    if "clone_flow_id" in body and not any(f["id"] == str(body["clone_flow_id"]) for f in account.flows):
        raise invalid_parameter(f"Param clone_flow_id must be a flow of this account, got {body['clone_flow_id']}")
    flow = {
        "id": ctx.store.ids.new(),
        "name": body["name"],
        "categories": body["categories"],
        "status": "PUBLISHED" if body.get("publish") and not errors else "DRAFT",
        "validation_errors": errors,
        "json_version": "6.0",
        "data_api_version": "3.0",
        "updated_at": time.strftime("%Y-%m-%dT%H:%M:%S+0000", time.gmtime(ctx.sandbox.config.clock())),
        "health_status": {"can_send_message": "BLOCKED" if errors else "AVAILABLE", "entities": []},
    }
    if "endpoint_uri" in body:
        flow["endpoint_uri"] = body["endpoint_uri"]
    account.flows.insert(0, flow)
    return {"id": flow["id"], "success": True, "validation_errors": errors}


# -- partner edges -----------------------------------------------------------------------------------------------------


def _plain_list(ctx: Context, items: list[dict[str, Any]], schema: str, edge: str) -> Any:
    views = [visible(item) for item in items]
    return page(ctx, views, schema=schema, default=sorted(schema_properties(schema)), edge=edge)


@handles("listActivities")
def list_activities(ctx: Context) -> Any:
    return _plain_list(ctx, ctx.account.activities, "Activity", "activities")


@handles("listSolutions")
def list_solutions(ctx: Context) -> Any:
    return _plain_list(ctx, ctx.account.solutions, "Solution", "solutions")


@handles("listSchedules")
def list_schedules(ctx: Context) -> Any:
    return _plain_list(ctx, ctx.account.schedules, "Schedule", "schedules")


@handles("listDccConfigs")
def list_dcc_configs(ctx: Context) -> Any:
    return _plain_list(ctx, ctx.account.dcc_configs, "DccConfig", "dcc_config")
