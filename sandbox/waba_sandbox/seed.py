"""Builds the seed `Store` from the tables in `seed_data`: same seed, same data (ids, contents, order).

`seed_store` runs small builders in a fixed order; each draws from the same two seeded generators (`rng` for
contents, `ids` for ids), so the order of the steps is part of the data and must not change.
"""

from __future__ import annotations

import copy
import random
import zlib
from dataclasses import dataclass
from typing import Any

from . import seed_data as data
from .config import SandboxConfig
from .ids import IdFactory
from .seed_marketing import seed_marketing
from .store import Account, Store


@dataclass
class _Seeding:
    """What the builders share: the config, the two generators and the store being filled."""

    config: SandboxConfig
    rng: random.Random
    ids: IdFactory
    store: Store


def seed_store(config: SandboxConfig) -> Store:
    """The deterministic seed data for `config.seed`."""
    ids = IdFactory(config.seed)
    seeding = _Seeding(config, random.Random(f"seed-{config.seed}"), ids, Store(ids=ids))
    _businesses(seeding)
    connector = _apps(seeding)
    _users(seeding)
    _catalogs(seeding)
    accounts = _accounts(seeding)
    for seed, account in accounts:
        count = config.templates if seed.templates is None else seed.templates
        for index in range(seed.first_template, seed.first_template + count):
            seeding.store.add_template(account, _template(seeding, index))
    for seed, account in accounts:
        account.phone_numbers = [_phone(seeding, index, seed.name, registered) for index, registered in seed.phones]
    for seed, account in accounts:
        _memberships(seeding, seed, account, connector)
    _main_account_edges(seeding, seeding.store.accounts[seeding.store.main_account], connector)
    _ownership(seeding, accounts)
    seed_marketing(seeding.store, seeding.config, connector)
    return seeding.store


# -- nodes without an account ----------------------------------------------------------------------------------------


def _businesses(seeding: _Seeding) -> None:
    store, ids = seeding.store, seeding.ids
    main = {"id": ids.reserve(data.MAIN_BUSINESS_ID), "name": data.MAIN_BUSINESS_NAME}
    partner = {"id": ids.new(), "name": data.PARTNER_BUSINESS_NAME}
    store.businesses = {main["id"]: main, partner["id"]: partner}
    store.main_business, store.partner_business = main["id"], partner["id"]


def _apps(seeding: _Seeding) -> str:
    """The calling app and a connector app; returns the connector's id."""
    app_id = seeding.config.app_id
    seeding.store.apps[app_id] = {"id": app_id, **data.SANDBOX_APP}
    connector = seeding.ids.new()
    seeding.store.apps[connector] = {"id": connector, **data.CONNECTOR_APP}
    return connector


def _users(seeding: _Seeding) -> None:
    for index, (name, kind) in enumerate(data.USERS):
        user_id = seeding.ids.new()
        seeding.store.users[user_id] = {
            "id": user_id,
            "name": name,
            "user_type": kind,
            "_business": seeding.store.main_business,
            "_index": index,
        }


def _catalogs(seeding: _Seeding) -> None:
    for name in data.CATALOGS:
        catalog_id = seeding.ids.new()
        seeding.store.catalogs[catalog_id] = {
            "id": catalog_id,
            "name": name,
            "vertical": "commerce",
            "product_count": seeding.rng.randrange(20, 400),
            "_business": seeding.store.main_business,
        }


# -- accounts --------------------------------------------------------------------------------------------------------


def _accounts(seeding: _Seeding) -> list[tuple[data.AccountSeed, Account]]:
    store = seeding.store
    main = store.businesses[store.main_business]
    accounts: list[tuple[data.AccountSeed, Account]] = []
    for seed in data.ACCOUNTS:
        waba_id = seeding.ids.reserve(seed.fixed_id) if seed.fixed_id else seeding.ids.new()
        node = _account_node(waba_id, seed.name, main, insights=seed.insights, tier=seed.messaging_limit)
        account = Account(node, owner_business=main["id"])
        if seed.client_of_partner:
            account.client_business = store.partner_business
            node["ownership_type"] = "CLIENT_OWNED"
        if seed.blocked:
            node["health_status"] = _blocked_health(waba_id)
        accounts.append((seed, account))
    for _, account in accounts:
        store.accounts[account.id] = account
    store.main_account = next(account.id for seed, account in accounts if seed is data.MAIN_ACCOUNT)
    return accounts


def _account_node(waba_id: str, name: str, business: dict[str, Any], *, insights: bool, tier: str) -> dict[str, Any]:
    owner = {"id": business["id"], "name": business["name"]}
    return {
        "id": waba_id,
        "name": name,
        "timezone_id": "1",
        "message_template_namespace": f"{waba_id[-8:]}_ns_{zlib.crc32(name.encode()) % 10_000:04d}",
        "account_review_status": "APPROVED",
        "business_verification_status": "verified",
        "country": "US",
        "creation_time": "2023-04-12T09:30:00+0000",
        "currency": "USD",
        "disable_marketing_messages_on_cloud_api": False,
        "health_status": {
            "can_send_message": "AVAILABLE",
            "entities": [{"entity_type": "WABA", "id": waba_id, "can_send_message": "AVAILABLE"}],
        },
        "is_enabled_for_insights": insights,
        "is_shared_with_partners": False,
        "marketing_messages_lite_api_status": "ELIGIBLE",
        "marketing_messages_onboarding_status": "NOT_STARTED",
        "on_behalf_of_business_info": {**owner, "status": "APPROVED", "type": "INTERNAL"},
        "owner_business": dict(owner),
        "owner_business_info": dict(owner),
        "ownership_type": "SELF",
        "primary_business_location": "US",
        "primary_funding_id": waba_id[::-1][:15].lstrip("0") or "1",
        "purchase_order_number": "PO-2024-001",
        "status": "ACTIVE",
        "template_auto_archival_enabled": True,
        "whatsapp_business_manager_messaging_limit": tier,
        "whatsapp_manager_marketing_messages_max_price_enroll_status": "OPT_OUT",
    }


def _blocked_health(waba_id: str) -> dict[str, Any]:
    entity = {"entity_type": "WABA", "id": waba_id, "can_send_message": "BLOCKED"}
    return {"can_send_message": "BLOCKED", "entities": [{**entity, "errors": [dict(data.NO_PHONE_HEALTH_ERROR)]}]}


def _template(seeding: _Seeding, index: int) -> dict[str, Any]:
    rng = seeding.rng
    category = rng.choices(data.CATEGORIES, weights=data.CATEGORY_WEIGHTS)[0]
    status = rng.choices(list(data.STATUS_WEIGHTS), weights=list(data.STATUS_WEIGHTS.values()))[0]
    name = f"{rng.choice(data.TOPICS)}_{rng.choice(data.PURPOSES)}_{index:03d}"
    language = rng.choice(data.LANGUAGES)
    if category == "AUTHENTICATION":
        components, parameter_format = copy.deepcopy(data.AUTHENTICATION_COMPONENTS), "POSITIONAL"
    else:
        components, parameter_format = _message_components(rng)
    template: dict[str, Any] = {
        "id": seeding.ids.new(),
        "name": name,
        "language": language,
        "status": status,
        "category": category,
        "parameter_format": parameter_format,
        "components": components,
        "quality_score": {"score": rng.choice(data.QUALITY_SCORES), "date": data.BASE_TIME + index * 3600},
        "rejected_reason": "INVALID_FORMAT" if status == "REJECTED" else "NONE",
        "_created": data.BASE_TIME + index * 3600,
        "_source": "MANUAL" if rng.random() < 0.9 else "AUTO_GENERATED",
    }
    if category == "UTILITY" and rng.random() < 0.2:
        template["sub_category"] = "ORDER_STATUS"
    return template


def _message_components(rng: random.Random) -> tuple[list[dict[str, Any]], str]:
    """A marketing or utility template's components (named or positional body, optional header, footer, buttons)."""
    named = rng.random() < 0.3
    body: dict[str, Any] = {
        "type": "BODY",
        "text": data.NAMED_BODY if named else data.POSITIONAL_BODY,
        "example": copy.deepcopy(data.NAMED_EXAMPLE if named else data.POSITIONAL_EXAMPLE),
    }
    components: list[dict[str, Any]] = [body]
    if rng.random() < 0.5:
        components.insert(0, copy.deepcopy(data.HEADER))
    if rng.random() < 0.5:
        components.append(copy.deepcopy(data.FOOTER))
    if rng.random() < 0.4:
        components.append(copy.deepcopy(data.BUTTONS))
    return components, "NAMED" if named else "POSITIONAL"


def _phone(seeding: _Seeding, index: int, name: str, registered: bool) -> dict[str, Any]:
    rng, number = seeding.rng, 5550100 + index * 37
    return {
        "id": seeding.ids.new(),
        "display_phone_number": f"+1 631-{str(number)[:3]}-{str(number)[3:]}",
        "verified_name": name,
        "status": "CONNECTED" if registered else "PENDING",
        "quality_rating": rng.choice(["GREEN", "GREEN", "YELLOW", "NA"]),
        "code_verification_status": "VERIFIED" if registered else "NOT_VERIFIED",
        "name_status": "APPROVED" if registered else "PENDING_REVIEW",
        "platform_type": "CLOUD_API" if registered else "NOT_APPLICABLE",
        "throughput": {"level": "STANDARD"},
        "account_mode": "LIVE",
        "messaging_limit_tier": rng.choice(["TIER_1K", "TIER_10K", "TIER_250"]),
        "is_official_business_account": index == 0,
        "last_onboarded_time": f"2024-0{1 + index % 9}-1{index % 10}T10:20:30+0000",
        "health_status": {"can_send_message": "AVAILABLE", "entities": []},
        **data.phone_details(index, registered),
        "_created": data.BASE_TIME + index * 86400,
        "_cc": "1",
        "_number": f"631{number}",
    }


def _memberships(seeding: _Seeding, seed: data.AccountSeed, account: Account, connector: str) -> None:
    """Assigned users and subscribed apps."""
    user_ids = list(seeding.store.users)
    account.assigned_users = {user_ids[index]: list(tasks) for index, tasks in seed.assigned_users}
    apps = {"sandbox": seeding.config.app_id, "connector": connector}
    account.subscribed_apps = {apps[app]: dict(extra) for app, extra in seed.subscribed_apps}


# -- the main account's other edges ----------------------------------------------------------------------------------


def _main_account_edges(seeding: _Seeding, account: Account, connector: str) -> None:
    store, ids = seeding.store, seeding.ids
    account.catalogs = [next(iter(store.catalogs))]
    account.payment_configurations = {
        row["configuration_name"]: copy.deepcopy(row) for row in data.PAYMENT_CONFIGURATIONS
    }
    account.dataset = {"id": ids.new(), "name": data.DATASET_NAME}
    account.flows = [_flow(ids.new(), index, *row) for index, row in enumerate(data.FLOWS)]
    user_ids = list(store.users)
    account.activities = [_activity(ids.new(), index, store.users[user_ids[index % data.ACTORS]])
                          for index in range(data.ACTIVITIES)]  # fmt: skip
    owner_app = {"id": connector, "name": store.apps[connector]["name"]}
    account.solutions = [{"id": ids.new(), **copy.deepcopy(data.SOLUTION), "owner_app": owner_app}]
    account.schedules = [{"id": ids.new(), **row} for row in data.SCHEDULES]
    account.dcc_configs = [{"id": ids.new(), **row} for row in data.DCC_CONFIGS]


def _flow(flow_id: str, index: int, name: str, category: str, status: str) -> dict[str, Any]:
    return {
        "id": flow_id,
        "name": name,
        "status": status,
        "categories": [category],
        "validation_errors": [],
        "json_version": "6.0",
        "data_api_version": "3.0",
        "updated_at": f"2024-0{1 + index}-15T09:00:00+0000",
        "health_status": {"can_send_message": "AVAILABLE" if status == "PUBLISHED" else "BLOCKED", "entities": []},
        "_index": index,
    }


def _activity(activity_id: str, index: int, actor: dict[str, Any]) -> dict[str, Any]:
    kind = data.ACTIVITY_KINDS[index % len(data.ACTIVITY_KINDS)]
    return {
        "id": activity_id,
        "activity_type": kind,
        "time": f"2024-{1 + index % 12:02d}-{1 + index % 28:02d}T09:00:00+0000",
        "actor": {"id": actor["id"], "name": actor["name"]},
        "description": kind.replace("_", " ").lower(),
    }


def _ownership(seeding: _Seeding, accounts: list[tuple[data.AccountSeed, Account]]) -> None:
    """Which business lists which account as owned or as a client's."""
    store = seeding.store
    main, partner = store.businesses[store.main_business], store.businesses[store.partner_business]
    main["_owned"] = [account.id for seed, account in accounts if not seed.client_of_partner]
    main["_clients"] = []
    partner["_owned"] = []
    partner["_clients"] = [account.id for seed, account in accounts if seed.client_of_partner]
