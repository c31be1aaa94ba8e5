"""The seed data as tables: who and what the sandbox starts with (`seed.py` turns them into a `Store`).

Random parts (template contents, quality ratings, catalog sizes, ids) come from the seeded generators in
`seed.py`; everything fixed lives here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: The main account and business carry the ids used throughout Meta's and this project's examples.
MAIN_WABA_ID = "102290129340398"
MAIN_BUSINESS_ID = "506914307656634"
BASE_TIME = 1_700_000_000

# -- templates -------------------------------------------------------------------------------------------------------

#: Ten languages of Meta's supported list (`languages.SUPPORTED`).
LANGUAGES = ["en_US", "pt_BR", "es_ES", "fr", "de", "id", "hi", "ar", "it", "nl"]
CATEGORIES = ["MARKETING", "UTILITY", "AUTHENTICATION"]
CATEGORY_WEIGHTS = [45, 45, 10]
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
QUALITY_SCORES = ["GREEN", "GREEN", "GREEN", "YELLOW", "RED", "UNKNOWN"]
TOPICS = ["order", "shipping", "delivery", "payment", "welcome", "promo", "renewal", "booking", "survey", "login"]
PURPOSES = ["update", "reminder", "confirmation", "alert", "offer", "notice", "receipt", "followup"]

AUTHENTICATION_COMPONENTS: list[dict[str, Any]] = [
    {"type": "BODY", "text": "*{{1}}* is your verification code.", "add_security_recommendation": True},
    {"type": "FOOTER", "text": "This code expires in 10 minutes.", "code_expiration_minutes": 10},
    {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code"}]},
]
NAMED_BODY = "Hi {{first_name}}, your order {{order_id}} is on its way."
NAMED_EXAMPLE: dict[str, Any] = {
    "body_text_named_params": [
        {"param_name": "first_name", "example": "Pablo"},
        {"param_name": "order_id", "example": "#1234"},
    ]
}
POSITIONAL_BODY = "Hi {{1}}, your order {{2}} is on its way."
POSITIONAL_EXAMPLE: dict[str, Any] = {"body_text": [["Pablo", "#1234"]]}
HEADER: dict[str, Any] = {"type": "HEADER", "format": "TEXT", "text": "Order update"}
FOOTER: dict[str, Any] = {"type": "FOOTER", "text": "Reply STOP to opt out"}
BUTTONS: dict[str, Any] = {
    "type": "BUTTONS",
    "buttons": [
        {"type": "QUICK_REPLY", "text": "Track"},
        {"type": "URL", "text": "Details", "url": "https://www.example.com/o"},
    ],
}

# -- businesses, apps, users, catalogs -------------------------------------------------------------------------------

MAIN_BUSINESS_NAME = "Jasper's Market Holdings"
PARTNER_BUSINESS_NAME = "Lucky Shrub Solutions"
#: The app the sandbox's tokens belong to (its id is `SandboxConfig.app_id`), then a third-party connector.
SANDBOX_APP = {"name": "WABA Sandbox App", "link": "https://www.example.com/app"}
CONNECTOR_APP = {"name": "Inbox Connector", "link": "https://inbox.example.com/"}
USERS = [
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
CATALOGS = ["Jasper's Market products", "Jasper's Market seasonal"]

# -- accounts --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AccountSeed:
    """One seeded WhatsApp Business Account and what hangs off it."""

    name: str
    insights: bool
    messaging_limit: str
    #: Templates and the index of the first one (indexes make names and times); None = `SandboxConfig.templates`.
    templates: int | None
    first_template: int
    #: (index, registered) of each phone number; the index makes the number and its dates.
    phones: tuple[tuple[int, bool], ...] = ()
    #: (index into USERS, tasks) of each assigned user.
    assigned_users: tuple[tuple[int, tuple[str, ...]], ...] = ()
    #: Subscribed apps: "sandbox" (the calling app) or "connector", with the subscription's extra fields.
    subscribed_apps: tuple[tuple[str, dict[str, str]], ...] = ()
    fixed_id: str | None = None
    #: Owned by the main business but managed for the partner business (`client_whatsapp_business_accounts`).
    client_of_partner: bool = False
    #: Without phone numbers, so its health says it cannot send (Graph's 200008).
    blocked: bool = False


MAIN_ACCOUNT = AccountSeed(
    "Jasper's Market",
    insights=True,
    messaging_limit="TIER_2K",
    templates=None,
    first_template=0,
    phones=((0, True), (1, True), (2, False)),
    assigned_users=tuple((i, ("MANAGE",) if i < 2 else ("MANAGE_TEMPLATES", "VIEW_COST")) for i in range(8)),
    subscribed_apps=(("sandbox", {}), ("connector", {"override_callback_uri": "https://hooks.example.com/wa"})),
    fixed_id=MAIN_WABA_ID,
)
ACCOUNTS = [
    MAIN_ACCOUNT,
    AccountSeed(
        "Lucky Shrub Test",
        insights=False,
        messaging_limit="TIER_250",
        templates=40,
        first_template=1000,
        assigned_users=((0, ("MANAGE",)),),
        blocked=True,
    ),
    AccountSeed(
        "Cafe Aurora",
        insights=True,
        messaging_limit="TIER_10K",
        templates=25,
        first_template=2000,
        phones=((10, True),),
        assigned_users=((1, ("DEVELOP",)), (6, ("MESSAGING",))),
        subscribed_apps=(("connector", {}),),
        client_of_partner=True,
    ),
]
NO_PHONE_HEALTH_ERROR: dict[str, Any] = {
    "error_code": 200008,
    "error_description": "No phone number is linked to this account.",
    "possible_solution": "Add and register a phone number.",
}

# -- the main account's edges ----------------------------------------------------------------------------------------

_MCC: dict[str, Any] = {"code": "5411", "description": "Grocery stores and supermarkets"}
_PURPOSE: dict[str, Any] = {"code": "00", "description": "Default"}
PAYMENT_CONFIGURATIONS: list[dict[str, Any]] = [
    {
        "configuration_name": "razorpay-prod",
        "provider_name": "razorpay",
        "provider_mid": "acc_GP4lfNA0iIMn5B",
        "status": "Active",
        "merchant_category_code": _MCC,
        "purpose_code": _PURPOSE,
        "created_timestamp": BASE_TIME,
        "updated_timestamp": BASE_TIME + 86400,
    },
    {
        "configuration_name": "upi-vpa",
        "provider_name": "upi_vpa",
        "merchant_vpa": "jasper@upi",
        "status": "Needs_Testing",
        "merchant_category_code": _MCC,
        "purpose_code": _PURPOSE,
        "created_timestamp": BASE_TIME + 3600,
        "updated_timestamp": BASE_TIME + 7200,
    },
]
DATASET_NAME = "Jasper's Market conversions"
FLOWS = [
    ("Appointment booking", "APPOINTMENT_BOOKING", "PUBLISHED"),
    ("Lead form", "LEAD_GENERATION", "PUBLISHED"),
    ("Feedback survey", "SURVEY", "DRAFT"),
    ("Sign up", "SIGN_UP", "DEPRECATED"),
    ("Support", "CUSTOMER_SUPPORT", "PUBLISHED"),
]
ACTIVITY_KINDS = ["PHONE_NUMBER_ADDED", "TEMPLATE_CREATED", "USER_ASSIGNED", "SETTINGS_UPDATED", "APP_SUBSCRIBED"]
ACTIVITIES = 30
#: Activities are done by the first ACTORS users, in turn.
ACTORS = 6
SOLUTION: dict[str, Any] = {
    "name": "Social OVD with Lucky Shrub",
    "status": "ACTIVE",
    "status_for_pending_request": "NONE",
    "owner_app": "connector",  # becomes the connector app's id and name
    "owner_permissions": ["MANAGE", "DEVELOP", "MANAGE_TEMPLATES"],
}
SCHEDULES: list[dict[str, Any]] = [
    {"name": "Business hours", "timezone": "America/New_York", "status": "ACTIVE"},
    {"name": "Holidays", "timezone": "America/New_York", "status": "INACTIVE"},
]
DCC_CONFIGS: list[dict[str, Any]] = [{"name": "Primary connection", "status": "ENABLED"}]

# -- phone number details ----------------------------------------------------------------------------------------


def phone_details(index: int, registered: bool) -> dict[str, Any]:
    """The fixed fields of a seeded phone number beyond its status (country, search, automation, webhooks)."""
    return {
        "country_code": "US",
        "country_dial_code": "1",
        "is_on_biz_app": index == 1,
        "is_preverified_number": False,
        "search_visibility": "VISIBLE" if registered else "NON_VISIBLE",
        "eligibility_for_api_business_global_search": "ELIGIBLE" if registered else "NOT_ELIGIBLE",
        "certificate": f"CmQKIAjM{index:04d}U2FuZGJveENlcnRpZmljYXRl",
        "quality_score": {"score": "GREEN" if registered else "UNKNOWN"},
        "webhook_configuration": {"application": "https://hooks.example.com/app"},
        "conversational_automation": {
            "enable_welcome_message": registered,
            "prompts": ["Where is my order?", "Opening hours"] if registered else [],
            "commands": [{"command_name": "track", "command_description": "Track an order"}] if registered else [],
        },
    }
