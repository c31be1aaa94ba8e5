"""The sandbox's state: businesses, accounts and everything on their edges (filled by `seed.seed_store`).

Nodes are plain dicts shaped like the spec's schemas; keys starting with `_` are internal (relations, times)
and never sent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .ids import IdFactory


def visible(node: dict[str, Any]) -> dict[str, Any]:
    """A node as Graph sends it: without the internal `_` keys."""
    return {key: value for key, value in node.items() if not key.startswith("_")}


@dataclass
class Account:
    """A WhatsApp Business Account and its edges."""

    node: dict[str, Any]
    templates: dict[str, dict[str, Any]] = field(default_factory=dict)
    phone_numbers: list[dict[str, Any]] = field(default_factory=list)
    assigned_users: dict[str, list[str]] = field(default_factory=dict)
    subscribed_apps: dict[str, dict[str, Any]] = field(default_factory=dict)
    catalogs: list[str] = field(default_factory=list)
    payment_configurations: dict[str, dict[str, Any]] = field(default_factory=dict)
    dataset: dict[str, Any] | None = None
    flows: list[dict[str, Any]] = field(default_factory=list)
    activities: list[dict[str, Any]] = field(default_factory=list)
    solutions: list[dict[str, Any]] = field(default_factory=list)
    schedules: list[dict[str, Any]] = field(default_factory=list)
    dcc_configs: list[dict[str, Any]] = field(default_factory=list)
    template_groups: list[dict[str, Any]] = field(default_factory=list)
    welcome_sequences: list[dict[str, Any]] = field(default_factory=list)
    audiences: list[dict[str, Any]] = field(default_factory=list)
    message_campaigns: list[dict[str, Any]] = field(default_factory=list)
    #: The account-level degrees of freedom spec (creative optimisations of marketing messages).
    dof_spec: dict[str, Any] = field(default_factory=dict)
    feature_statuses: list[dict[str, Any]] = field(default_factory=list)
    message_samples: list[dict[str, Any]] = field(default_factory=list)
    migration_intents: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Ids of the WhatsApp groups the account's numbers run (group analytics).
    groups: list[str] = field(default_factory=list)
    #: The current preview token of each flow (`preview.invalidate(true)` replaces it).
    flow_previews: dict[str, str] = field(default_factory=dict)
    owner_business: str = ""
    client_business: str | None = None

    @property
    def id(self) -> str:
        """The account's id."""
        return str(self.node["id"])

    @property
    def numbers(self) -> list[str]:
        """The phone numbers as digits with their country code (how analytics name them)."""
        return [p["_cc"] + p["_number"] for p in self.phone_numbers]

    @property
    def has_registered_phone(self) -> bool:
        """True when a phone number is connected (Graph then grants the 5,000 calls/hour budget)."""
        return any(p["status"] == "CONNECTED" for p in self.phone_numbers)


@dataclass
class Store:
    """Every node of the sandbox."""

    ids: IdFactory
    businesses: dict[str, dict[str, Any]] = field(default_factory=dict)
    accounts: dict[str, Account] = field(default_factory=dict)
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    apps: dict[str, dict[str, Any]] = field(default_factory=dict)
    catalogs: dict[str, dict[str, Any]] = field(default_factory=dict)
    template_owner: dict[str, str] = field(default_factory=dict)
    main_account: str = ""
    main_business: str = ""
    partner_business: str = ""

    def account_of_template(self, template_id: str) -> Account | None:
        """The account holding a template."""
        owner = self.template_owner.get(template_id)
        return self.accounts.get(owner) if owner else None

    def add_template(self, account: Account, template: dict[str, Any]) -> None:
        """Store a template, newest first."""
        account.templates = {template["id"]: template, **account.templates}
        self.template_owner[template["id"]] = account.id

    def remove_template(self, template_id: str) -> None:
        """Forget a template."""
        account = self.account_of_template(template_id)
        if account is not None:
            account.templates.pop(template_id, None)
        self.template_owner.pop(template_id, None)

    def kind_of(self, node_id: str) -> str | None:
        """'account', 'template', 'business' or None."""
        if node_id in self.accounts:
            return "account"
        if node_id in self.template_owner:
            return "template"
        if node_id in self.businesses:
            return "business"
        return None
