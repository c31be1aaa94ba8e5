"""The marketing side of the seed: template groups, welcome message sequences, audiences, message campaigns,
WhatsApp groups, each account's degrees of freedom spec, and the partner solution of the partner's client account.

Runs last in `seed.seed_store` and draws its ids after every other step, so adding it changed no earlier id.
"""

from __future__ import annotations

import json
from typing import Any

from .config import SandboxConfig
from .store import Account, Store

TEMPLATE_GROUPS = [
    ("Order notifications", "Every template about orders", ("order", "shipping", "delivery")),
    ("Promotions", "Offers and renewals", ("promo", "renewal")),
]
WELCOME_SEQUENCES: list[dict[str, Any]] = [
    {
        "name": "Driver sign-up",
        "content": {
            "text": "Welcome! Want to drive with us?",
            "autofill_message": {"content": "Tell me more"},
            "ice_breakers": [{"title": "How much can I earn?"}, {"title": "What do I need?"}],
        },
        "is_used_in_ad": True,
    },
    {
        "name": "Store questions",
        "content": {"text": "Hi! Ask us anything about our stores.", "autofill_message": {"content": "Hello"}},
        "is_used_in_ad": False,
    },
]
AUDIENCES = ["Repeat customers", "Newsletter subscribers", "Lapsed buyers"]
CAMPAIGNS = ["Summer sale reminders", "Back to school"]
GROUPS = 3
#: The solution the partner's client account is linked to (a destination for solution migration intents).
PARTNER_SOLUTION: dict[str, Any] = {
    "name": "Inbox Connector with Lucky Shrub",
    "status": "ACTIVE",
    "status_for_pending_request": "NONE",
    "owner_permissions": ["MANAGE", "MANAGE_TEMPLATES"],
}
DEFAULT_DOF_SPEC: dict[str, Any] = {
    "creative_features_spec": {
        "image_brightness_and_contrast": {"enroll_status": "OPT_IN"},
        "text_formatting_optimization": {"enroll_status": "OPT_OUT"},
    }
}


def seed_marketing(store: Store, config: SandboxConfig, connector: str) -> None:
    """Fill the marketing edges: the main account gets everything, the others a spec and empty lists."""
    for account in store.accounts.values():
        account.dof_spec = json.loads(json.dumps(DEFAULT_DOF_SPEC))
    main = store.accounts[store.main_account]
    main.template_groups = [_group(store, main, *row) for row in TEMPLATE_GROUPS]
    apps = [config.app_id, connector]
    main.welcome_sequences = [_sequence(store, row, apps[i % 2], i) for i, row in enumerate(WELCOME_SEQUENCES)]
    main.audiences = [{"id": store.ids.new(), "name": name} for name in AUDIENCES]
    main.message_campaigns = [{"id": store.ids.new(), "name": name} for name in CAMPAIGNS]
    main.groups = [f"1203630{store.ids.new()[:11]}" for _ in range(GROUPS)]
    for account in store.accounts.values():
        if account.client_business is not None:
            owner = {"id": connector, "name": store.apps[connector]["name"]}
            account.solutions = [{"id": store.ids.new(), **PARTNER_SOLUTION, "owner_app": owner}]


def _group(store: Store, account: Account, name: str, description: str, topics: tuple[str, ...]) -> dict[str, Any]:
    members = [t["id"] for t in account.templates.values() if t["name"].split("_", 1)[0] in topics][:5]
    return {"id": store.ids.new(), "name": name, "description": description, "_templates": members}


def _sequence(store: Store, row: dict[str, Any], app_id: str, index: int) -> dict[str, Any]:
    return {
        "sequence_id": store.ids.new(),
        "name": row["name"],
        "welcome_message_sequence": json.dumps(row["content"], separators=(",", ":")),
        "is_used_in_ad": row["is_used_in_ad"],
        "last_update_time": f"2024-0{5 + index}-02T08:15:00+0000",
        "compatible_platforms": ["WHATSAPP"],
        "eligible_platforms": ["WHATSAPP"],
        "_app": app_id,
    }
