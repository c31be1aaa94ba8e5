"""Welcome message sequences of Click-to-WhatsApp ads: list, create or change, delete (stateful)."""

from __future__ import annotations

import json
import time
from typing import Any

from ..graph_errors import invalid_parameter
from ..store import visible
from .context import Context, handles
from .paging import page

SEQUENCE_DEFAULT = ["sequence_id", "name", "welcome_message_sequence", "is_used_in_ad", "last_update_time"]


def _find(ctx: Context, sequence_id: str) -> dict[str, Any]:
    sequence = next((s for s in ctx.account.welcome_sequences if s["sequence_id"] == sequence_id), None)
    if sequence is None:
        raise invalid_parameter(f"Welcome message sequence {sequence_id} was not found in this account")
    return sequence


@handles("listWelcomeMessageSequences")
def list_sequences(ctx: Context) -> Any:
    items = ctx.account.welcome_sequences
    if "sequence_id" in ctx.params:
        items = [_find(ctx, str(ctx.params["sequence_id"]))]
    if "app_id" in ctx.params:
        items = [s for s in items if s["_app"] == str(ctx.params["app_id"])]
    views = [visible(s) for s in items]
    return page(ctx, views, schema="WelcomeMessageSequence", default=SEQUENCE_DEFAULT, edge="welcome_message_sequences")


@handles("createWelcomeMessageSequence")
def save_sequence(ctx: Context) -> Any:
    body = ctx.body or {}
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S+0000", time.gmtime(ctx.sandbox.config.clock()))
    content = json.dumps(body["welcome_message_sequence"], separators=(",", ":"), ensure_ascii=False)
    if "sequence_id" in body:
        sequence = _find(ctx, str(body["sequence_id"]))
        sequence.update(
            welcome_message_sequence=content, last_update_time=stamp, name=body.get("name", sequence["name"])
        )
        return {"sequence_id": sequence["sequence_id"]}
    if "name" not in body:
        raise invalid_parameter("The parameter name is required")
    sequence = {
        "sequence_id": ctx.store.ids.new(),
        "name": body["name"],
        "welcome_message_sequence": content,
        "is_used_in_ad": False,
        "last_update_time": stamp,
        "compatible_platforms": ["WHATSAPP"],
        "eligible_platforms": ["WHATSAPP"],
        "_app": ctx.sandbox.config.app_id,
    }
    ctx.account.welcome_sequences.insert(0, sequence)
    return {"sequence_id": sequence["sequence_id"]}


@handles("deleteWelcomeMessageSequence")
def delete_sequence(ctx: Context) -> Any:
    sequence = _find(ctx, str(ctx.params["sequence_id"]))
    if sequence["is_used_in_ad"]:
        raise invalid_parameter(
            f"Welcome message sequence {sequence['sequence_id']} is used by an ad and cannot be deleted"
        )
    ctx.account.welcome_sequences.remove(sequence)
    return {"success": True}
