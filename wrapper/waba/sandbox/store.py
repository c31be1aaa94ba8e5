"""The sandbox's state: businesses, accounts and everything on their edges, seeded deterministically.

Nodes are plain dicts shaped like the spec's schemas; keys starting with `_` are internal (relations, times)
and never sent.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field
from typing import Any

from .config import SandboxConfig
from .ids import IdFactory

LANGUAGES = ["en_US", "pt_BR", "es_ES", "fr_FR", "de_DE", "id_ID", "hi", "ar", "it", "nl"]
CATEGORIES = ["MARKETING", "UTILITY", "AUTHENTICATION"]
STATUS_WEIGHTS = {
    "APPROVED": 60,
    "PENDING": 8,
    "REJECTED": 8,
    "PAUSED": 4,
    "DISABLED": 3,
    "ARCHIVED": 5,
    "IN_APPEAL": 3,
    "LIMIT_EXCEEDED": 2,
    "PENDING_DELETION": 2,
}
TOPICS = ["order", "shipping", "delivery", "payment", "welcome", "promo", "renewal", "booking", "survey", "login"]
PURPOSES = ["update", "reminder", "confirmation", "alert", "offer", "notice", "receipt", "followup"]
TEMPLATE_LIMIT = 250
BASE_TIME = 1_700_000_000


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
    owner_business: str = ""
    client_business: str | None = None

    @property
    def id(self) -> str:
        """The account's id."""
        return str(self.node["id"])

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


def _template(rng: random.Random, ids: IdFactory, index: int, language: str | None = None) -> dict[str, Any]:
    category = rng.choices(CATEGORIES, weights=[45, 45, 10])[0]
    status = rng.choices(list(STATUS_WEIGHTS), weights=list(STATUS_WEIGHTS.values()))[0]
    name = f"{rng.choice(TOPICS)}_{rng.choice(PURPOSES)}_{index:03d}"
    lang = language or rng.choice(LANGUAGES)
    if category == "AUTHENTICATION":
        components: list[dict[str, Any]] = [
            {"type": "BODY", "text": "*{{1}}* is your verification code.", "add_security_recommendation": True},
            {"type": "FOOTER", "text": "This code expires in 10 minutes.", "code_expiration_minutes": 10},
            {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code"}]},
        ]
        parameter_format = "POSITIONAL"
    else:
        named = rng.random() < 0.3
        body_text = (
            "Hi {{first_name}}, your order {{order_id}} is on its way."
            if named
            else ("Hi {{1}}, your order {{2}} is on its way.")
        )
        example = (
            {
                "body_text_named_params": [
                    {"param_name": "first_name", "example": "Pablo"},
                    {"param_name": "order_id", "example": "#1234"},
                ]
            }
            if named
            else {"body_text": [["Pablo", "#1234"]]}
        )
        components = [{"type": "BODY", "text": body_text, "example": example}]
        if rng.random() < 0.5:
            components.insert(0, {"type": "HEADER", "format": "TEXT", "text": "Order update"})
        if rng.random() < 0.5:
            components.append({"type": "FOOTER", "text": "Reply STOP to opt out"})
        if rng.random() < 0.4:
            components.append(
                {
                    "type": "BUTTONS",
                    "buttons": [
                        {"type": "QUICK_REPLY", "text": "Track"},
                        {"type": "URL", "text": "Details", "url": "https://www.example.com/o"},
                    ],
                }
            )
        parameter_format = "NAMED" if named else "POSITIONAL"
    template: dict[str, Any] = {
        "id": ids.new(),
        "name": name,
        "language": lang,
        "status": status,
        "category": category,
        "parameter_format": parameter_format,
        "components": components,
        "quality_score": {
            "score": rng.choice(["GREEN", "GREEN", "GREEN", "YELLOW", "RED", "UNKNOWN"]),
            "date": BASE_TIME + index * 3600,
        },
        "rejected_reason": "INVALID_FORMAT" if status == "REJECTED" else "NONE",
        "_created": BASE_TIME + index * 3600,
        "_source": "MANUAL" if rng.random() < 0.9 else "AUTO_GENERATED",
    }
    if category == "UTILITY" and rng.random() < 0.2:
        template["sub_category"] = "ORDER_STATUS"
    return template


def _phone(rng: random.Random, ids: IdFactory, index: int, name: str, registered: bool) -> dict[str, Any]:
    number = 5550100 + index * 37
    return {
        "id": ids.new(),
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
        "_created": BASE_TIME + index * 86400,
        "_cc": "1",
        "_number": f"631{number}",
    }


#: The main account and business carry the ids used throughout Meta's and this project's examples.
MAIN_WABA_ID = "102290129340398"
MAIN_BUSINESS_ID = "506914307656634"


def _account_node(
    ids: IdFactory, name: str, business: dict[str, Any], *, insights: bool, tier: str, waba_id: str | None = None
) -> dict[str, Any]:
    waba_id = waba_id or ids.new()
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
        "on_behalf_of_business_info": {
            "id": business["id"],
            "name": business["name"],
            "status": "APPROVED",
            "type": "INTERNAL",
        },
        "owner_business": {"id": business["id"], "name": business["name"]},
        "owner_business_info": {"id": business["id"], "name": business["name"]},
        "ownership_type": "SELF",
        "primary_business_location": "US",
        "primary_funding_id": waba_id[::-1][:15].lstrip("0") or "1",
        "purchase_order_number": "PO-2024-001",
        "status": "ACTIVE",
        "template_auto_archival_enabled": True,
        "whatsapp_business_manager_messaging_limit": tier,
    }


def seed_store(config: SandboxConfig) -> Store:
    """Build the deterministic seed data for `config.seed`."""
    rng = random.Random(f"seed-{config.seed}")
    ids = IdFactory(config.seed)
    store = Store(ids=ids)
    main: dict[str, Any] = {"id": ids.reserve(MAIN_BUSINESS_ID), "name": "Jasper's Market Holdings"}
    partner: dict[str, Any] = {"id": ids.new(), "name": "Lucky Shrub Solutions"}
    store.businesses = {main["id"]: main, partner["id"]: partner}
    store.main_business, store.partner_business = main["id"], partner["id"]

    store.apps[config.app_id] = {"id": config.app_id, "name": "WABA Sandbox App", "link": "https://www.example.com/app"}
    other_app = ids.new()
    store.apps[other_app] = {"id": other_app, "name": "Inbox Connector", "link": "https://inbox.example.com/"}

    for index, (name, kind) in enumerate(
        [
            ("Ana Souza", "BUSINESS_USER"),
            ("Ben Carter", "BUSINESS_USER"),
            ("Chen Wei", "BUSINESS_USER"),
            ("Dara Okafor", "BUSINESS_USER"),
            ("Eli Novak", "BUSINESS_USER"),
            ("Fatima Zahra", "BUSINESS_USER"),
            ("Templates Bot", "SYSTEM_USER"),
            ("Ops Automation", "ADMIN_SYSTEM_USER"),
            ("Gus Lee", "BUSINESS_USER"),
            ("Hana Ito", "BUSINESS_USER"),
            ("Ivo Petrov", "BUSINESS_USER"),
            ("Jo Martins", "SYSTEM_USER"),
        ]
    ):
        user_id = ids.new()
        store.users[user_id] = {
            "id": user_id,
            "name": name,
            "user_type": kind,
            "_business": main["id"],
            "_index": index,
        }
    for name in ("Jasper's Market products", "Jasper's Market seasonal"):
        catalog_id = ids.new()
        store.catalogs[catalog_id] = {
            "id": catalog_id,
            "name": name,
            "vertical": "commerce",
            "product_count": rng.randrange(20, 400),
            "_business": main["id"],
        }

    primary = Account(
        _account_node(ids, "Jasper's Market", main, insights=True, tier="TIER_2K", waba_id=ids.reserve(MAIN_WABA_ID)),
        owner_business=main["id"],
    )
    no_phone = Account(
        _account_node(ids, "Lucky Shrub Test", main, insights=False, tier="TIER_250"), owner_business=main["id"]
    )
    client = Account(
        _account_node(ids, "Cafe Aurora", main, insights=True, tier="TIER_10K"),
        owner_business=main["id"],
        client_business=partner["id"],
    )
    client.node["ownership_type"] = "CLIENT_OWNED"
    no_phone.node["health_status"] = {
        "can_send_message": "BLOCKED",
        "entities": [
            {
                "entity_type": "WABA",
                "id": no_phone.id,
                "can_send_message": "BLOCKED",
                "errors": [
                    {
                        "error_code": 200008,
                        "error_description": "No phone number is linked to this account.",
                        "possible_solution": "Add and register a phone number.",
                    }
                ],
            }
        ],
    }
    for account in (primary, no_phone, client):
        store.accounts[account.id] = account
    store.main_account = primary.id

    for index in range(config.templates):
        store.add_template(primary, _template(rng, ids, index))
    for index in range(40):
        store.add_template(no_phone, _template(rng, ids, 1000 + index))
    for index in range(25):
        store.add_template(client, _template(rng, ids, 2000 + index))

    primary.phone_numbers = [_phone(rng, ids, i, "Jasper's Market", registered=i < 2) for i in range(3)]
    client.phone_numbers = [_phone(rng, ids, 10, "Cafe Aurora", registered=True)]

    user_ids = list(store.users)
    primary.assigned_users = {
        uid: ["MANAGE"] if i < 2 else ["MANAGE_TEMPLATES", "VIEW_COST"] for i, uid in enumerate(user_ids[:8])
    }
    no_phone.assigned_users = {user_ids[0]: ["MANAGE"]}
    client.assigned_users = {user_ids[1]: ["DEVELOP"], user_ids[6]: ["MESSAGING"]}

    primary.subscribed_apps = {config.app_id: {}, other_app: {"override_callback_uri": "https://hooks.example.com/wa"}}
    client.subscribed_apps = {other_app: {}}
    primary.catalogs = [next(iter(store.catalogs))]

    primary.payment_configurations = {
        "razorpay-prod": {
            "configuration_name": "razorpay-prod",
            "provider_name": "razorpay",
            "provider_mid": "acc_GP4lfNA0iIMn5B",
            "status": "Active",
            "merchant_category_code": {"code": "5411", "description": "Grocery stores and supermarkets"},
            "purpose_code": {"code": "00", "description": "Default"},
            "created_timestamp": BASE_TIME,
            "updated_timestamp": BASE_TIME + 86400,
        },
        "upi-vpa": {
            "configuration_name": "upi-vpa",
            "provider_name": "upi_vpa",
            "merchant_vpa": "jasper@upi",
            "status": "Needs_Testing",
            "merchant_category_code": {"code": "5411", "description": "Grocery stores and supermarkets"},
            "purpose_code": {"code": "00", "description": "Default"},
            "created_timestamp": BASE_TIME + 3600,
            "updated_timestamp": BASE_TIME + 7200,
        },
    }
    primary.dataset = {"id": ids.new(), "name": "Jasper's Market conversions"}
    for index, (name, category, status) in enumerate(
        [
            ("Appointment booking", "APPOINTMENT_BOOKING", "PUBLISHED"),
            ("Lead form", "LEAD_GENERATION", "PUBLISHED"),
            ("Feedback survey", "SURVEY", "DRAFT"),
            ("Sign up", "SIGN_UP", "DEPRECATED"),
            ("Support", "CUSTOMER_SUPPORT", "PUBLISHED"),
        ]
    ):
        primary.flows.append(
            {
                "id": ids.new(),
                "name": name,
                "status": status,
                "categories": [category],
                "validation_errors": [],
                "json_version": "6.0",
                "data_api_version": "3.0",
                "_index": index,
            }
        )
    kinds = ["PHONE_NUMBER_ADDED", "TEMPLATE_CREATED", "USER_ASSIGNED", "SETTINGS_UPDATED", "APP_SUBSCRIBED"]
    for index in range(30):
        actor = store.users[user_ids[index % 6]]
        primary.activities.append(
            {
                "id": ids.new(),
                "activity_type": kinds[index % len(kinds)],
                "time": f"2024-{1 + index % 12:02d}-{1 + index % 28:02d}T09:00:00+0000",
                "actor": {"id": actor["id"], "name": actor["name"]},
                "description": f"{kinds[index % len(kinds)].replace('_', ' ').lower()}",
            }
        )
    primary.solutions = [
        {
            "id": ids.new(),
            "name": "Social OVD with Lucky Shrub",
            "status": "ACTIVE",
            "status_for_pending_request": "NONE",
            "owner_app": {"id": other_app, "name": "Inbox Connector"},
            "owner_permissions": ["MANAGE", "DEVELOP", "MANAGE_TEMPLATES"],
        }
    ]
    primary.schedules = [
        {"id": ids.new(), "name": "Business hours", "timezone": "America/New_York", "status": "ACTIVE"},
        {"id": ids.new(), "name": "Holidays", "timezone": "America/New_York", "status": "INACTIVE"},
    ]
    primary.dcc_configs = [{"id": ids.new(), "name": "Primary connection", "status": "ENABLED"}]
    main["_owned"] = [primary.id, no_phone.id]
    main["_clients"] = []
    partner["_owned"] = []
    partner["_clients"] = [client.id]
    return store
