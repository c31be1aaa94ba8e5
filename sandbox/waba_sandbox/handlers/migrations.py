"""Moving things between accounts: flows copied from another account of the same business (`migrate_flows`),
and the intent to move an account to another partner solution (`set_solution_migration_intent`)."""

from __future__ import annotations

import copy
from typing import Any

from ..graph_errors import invalid_parameter
from .context import Context, handles

#: Error codes of `failed_flows` entries.
NAME_TAKEN = ("4233041", "A flow with this name already exists in the destination account.")
NOT_FOUND = ("4233042", "No flow with this name in the source account.")


@handles("migrateFlows")
def migrate_flows(ctx: Context) -> Any:
    account = ctx.account
    body = ctx.body or {}
    source = ctx.store.accounts.get(str(body["source_waba_id"]))
    if source is None or source.owner_business != account.owner_business or source.id == account.id:
        raise invalid_parameter("Param source_waba_id must be another account of the same business")
    names = body.get("source_flow_names") or [flow["name"] for flow in source.flows]
    taken = {flow["name"] for flow in account.flows}
    migrated, failed = [], []
    for name in names:
        original = next((flow for flow in source.flows if flow["name"] == name), None)
        if original is None or name in taken:
            code, message = NOT_FOUND if original is None else NAME_TAKEN
            failed.append({"source_name": name, "error_code": code, "error_message": message})
            continue
        flow = {**copy.deepcopy(original), "id": ctx.store.ids.new(), "status": "DRAFT"}
        account.flows.insert(0, flow)
        taken.add(name)
        migrated.append({"source_name": name, "source_id": original["id"], "migrated_id": flow["id"]})
    return {"migrated_flows": migrated, "failed_flows": failed}


@handles("createSolutionMigrationIntent")
def solution_migration_intent(ctx: Context) -> Any:
    account = ctx.account
    body = ctx.body or {}
    solution_id = str(body["solution_id"])
    solutions = {s["id"] for a in ctx.store.accounts.values() for s in a.solutions}
    if solution_id not in solutions:
        raise invalid_parameter(f"Param solution_id must be an active partner solution, got {solution_id}")
    if any(s["id"] == solution_id for s in account.solutions):
        raise invalid_parameter("The account is already linked to this solution")
    if "app_id" in body and str(body["app_id"]) not in ctx.store.apps:
        raise invalid_parameter(f"Param app_id must be an app id, got {body['app_id']}")
    intent_id = ctx.store.ids.new()
    account.migration_intents[intent_id] = {"id": intent_id, "solution_id": solution_id, "app_id": body.get("app_id")}
    return {"id": intent_id}
