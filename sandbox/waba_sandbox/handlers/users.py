"""Assigned users: who may do what on an account (`/{waba-id}/assigned_users`)."""

from __future__ import annotations

from typing import Any

from ..graph_errors import invalid_parameter
from .context import Context, handles
from .paging import page


def _user_view(ctx: Context, user_id: str, tasks: list[str]) -> dict[str, Any]:
    user = ctx.store.users[user_id]
    business = ctx.store.businesses[user["_business"]]
    return {
        "id": user_id,
        "name": user["name"],
        "business": {"id": business["id"], "name": business["name"]},
        "user_type": user["user_type"],
        "tasks": list(tasks),
        "permitted_tasks": [
            "MANAGE",
            "DEVELOP",
            "MANAGE_TEMPLATES",
            "MANAGE_PHONE",
            "VIEW_COST",
            "MANAGE_EXTENSIONS",
            "VIEW_PHONE_ASSETS",
            "MANAGE_PHONE_ASSETS",
            "VIEW_TEMPLATES",
            "MESSAGING",
        ],
    }


@handles("listAssignedUsers")
def list_assigned_users(ctx: Context) -> Any:
    account = ctx.account
    business = str(ctx.params["business"])
    if business not in (account.owner_business, account.client_business):
        raise invalid_parameter("Param business must be the id of a business that owns or manages this account")
    items = [_user_view(ctx, uid, tasks) for uid, tasks in account.assigned_users.items()]
    return page(
        ctx,
        items,
        schema="AssignedUser",
        default=["id", "name", "business", "user_type", "tasks"],
        edge="assigned_users",
    )


@handles("createAssignedUser")
def create_assigned_user(ctx: Context) -> Any:
    account = ctx.account
    user_id = str(ctx.body_value("user"))
    if user_id not in ctx.store.users:
        raise invalid_parameter(f"Param user must be a business user or system user id, got {user_id}")
    account.assigned_users[user_id] = list(dict.fromkeys(ctx.body_value("tasks", [])))
    return {"success": True}


@handles("deleteAssignedUser")
def delete_assigned_user(ctx: Context) -> Any:
    account = ctx.account
    user_id = str(ctx.params["user"])
    if user_id not in account.assigned_users:
        raise invalid_parameter(f"User {user_id} is not assigned to this WhatsApp Business Account")
    del account.assigned_users[user_id]
    return {"success": True}
