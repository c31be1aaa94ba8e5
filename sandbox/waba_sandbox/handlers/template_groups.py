"""Template groups: named sets of an account's templates (stateful: created groups are listed)."""

from __future__ import annotations

from typing import Any

from ..graph_errors import invalid_parameter
from ..store import Account, visible
from .context import Context, handles
from .paging import page

GROUP_DEFAULT = ["id", "name", "description", "whatsapp_business_templates"]


def group_view(account: Account, group: dict[str, Any]) -> dict[str, Any]:
    """A group as Graph answers it: its templates that still exist, by id and name."""
    members = [account.templates[t] for t in group["_templates"] if t in account.templates]
    return {**visible(group), "whatsapp_business_templates": [{"id": t["id"], "name": t["name"]} for t in members]}


@handles("listTemplateGroups")
def list_template_groups(ctx: Context) -> Any:
    account = ctx.account
    items = [group_view(account, group) for group in account.template_groups]
    return page(ctx, items, schema="TemplateGroup", default=GROUP_DEFAULT, edge="template_groups")


@handles("createTemplateGroup")
def create_template_group(ctx: Context) -> Any:
    account = ctx.account
    body = ctx.body or {}
    members = [str(t) for t in body["whatsapp_business_templates"]]
    foreign = [t for t in members if t not in account.templates]
    if foreign:
        raise invalid_parameter(
            f"Param whatsapp_business_templates contains a template of another account: {foreign[0]}"
        )
    if any(group["name"] == body["name"] for group in account.template_groups):
        raise invalid_parameter(f"A template group named {body['name']} already exists")
    group = {"id": ctx.store.ids.new(), "name": body["name"], "_templates": members}
    if "description" in body:
        group["description"] = body["description"]
    account.template_groups.insert(0, group)
    return {"id": group["id"]}
