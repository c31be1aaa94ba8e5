"""Graph-shaped answers for the benchmark server: the WABA node, realistic templates, pages and usage headers.

Everything is deterministic (no randomness) so every run and every client sees the same bytes. Templates cycle
through four realistic kinds — marketing (text header, positional body example, footer, quick replies, URL and
phone buttons), utility (image header, named body parameters, URL and copy-code buttons), authentication (OTP
copy-code) and a catalogue/flow marketing template — 0.5 to 1 kB of JSON each, like Graph's answers.
"""

from __future__ import annotations

import base64
import json
from typing import Any

API_VERSION = "v24.0"
WABA_ID = "102290129340398"
TOKEN = "EAAbenchTOKEN0123456789abcdefABCDEF"  # noqa: S105 - a dummy token for a loopback benchmark server
PAGE_SIZE = 100

#: What every client asks the node for: Graph's default fields plus the ones an admin tool reads.
NODE_FIELDS = [
    "id",
    "name",
    "timezone_id",
    "message_template_namespace",
    "currency",
    "country",
    "account_review_status",
    "business_verification_status",
    "ownership_type",
    "is_enabled_for_insights",
    "whatsapp_business_manager_messaging_limit",
    "health_status",
    "on_behalf_of_business_info",
    "owner_business_info",
]

ACCOUNT: dict[str, Any] = {
    "id": WABA_ID,
    "name": "Jasper's Market",
    "timezone_id": "1",
    "message_template_namespace": "2b5c9a0e_7e34_4b9f_a4a1_0f1d2c3b4a5e",
    "currency": "USD",
    "country": "US",
    "account_review_status": "APPROVED",
    "business_verification_status": "verified",
    "ownership_type": "SELF",
    "is_enabled_for_insights": True,
    "whatsapp_business_manager_messaging_limit": "TIER_2K",
    "health_status": {
        "can_send_message": "AVAILABLE",
        "entities": [
            {"entity_type": "WABA", "id": WABA_ID, "can_send_message": "AVAILABLE"},
            {"entity_type": "BUSINESS", "id": "506914307656634", "can_send_message": "AVAILABLE"},
            {"entity_type": "APP", "id": "334251306406512", "can_send_message": "AVAILABLE"},
        ],
    },
    "on_behalf_of_business_info": {
        "id": "506914307656634",
        "name": "Jasper's Market Holdings",
        "status": "APPROVED",
        "type": "INTERNAL",
    },
    "owner_business_info": {"id": "506914307656634", "name": "Jasper's Market Holdings"},
}

LANGUAGES = ["en_US", "es_ES", "pt_BR", "fr_FR", "de_DE", "it_IT", "id_ID", "hi_IN", "ar", "en_GB"]
STATUSES = ["APPROVED", "APPROVED", "APPROVED", "PENDING", "REJECTED", "PAUSED", "APPROVED", "DISABLED"]
SCORES = ["GREEN", "GREEN", "YELLOW", "UNKNOWN", "RED"]
BASE_TIME = 1_717_000_000


def _marketing(index: int) -> tuple[str, str, list[dict[str, Any]]]:
    return (
        "MARKETING",
        "POSITIONAL",
        [
            {
                "type": "HEADER",
                "format": "TEXT",
                "text": "Our {{1}} is on!",
                "example": {"header_text": ["Summer Sale"]},
            },
            {
                "type": "BODY",
                "text": "Shop now through {{1}} and use code {{2}} to get {{3}} off of all merchandise.",
                "example": {"body_text": [["the end of August", f"SUMMER{index % 100:02d}", "25%"]]},
            },
            {"type": "FOOTER", "text": "Use the buttons below to manage your marketing subscriptions"},
            {
                "type": "BUTTONS",
                "buttons": [
                    {"type": "QUICK_REPLY", "text": "Unsubscribe from Promos"},
                    {"type": "QUICK_REPLY", "text": "Unsubscribe from All"},
                    {
                        "type": "URL",
                        "text": "Shop now",
                        "url": "https://www.example.com/shop/{{1}}",
                        "example": ["https://www.example.com/shop/summer"],
                    },
                    {"type": "PHONE_NUMBER", "text": "Call us", "phone_number": "+16315551181"},
                ],
            },
        ],
    )


def _utility(index: int) -> tuple[str, str, list[dict[str, Any]]]:
    return (
        "UTILITY",
        "NAMED",
        [
            {
                "type": "HEADER",
                "format": "IMAGE",
                "example": {"header_handle": [f"4::aW1hZ2UvanBlZw==:ARb{index:08d}"]},
            },
            {
                "type": "BODY",
                "text": "Hi {{first_name}}, your order {{order_id}} has shipped and arrives {{eta}}.",
                "example": {
                    "body_text_named_params": [
                        {"param_name": "first_name", "example": "Pablo"},
                        {"param_name": "order_id", "example": f"#{index:06d}"},
                        {"param_name": "eta", "example": "on Tuesday"},
                    ]
                },
            },
            {"type": "FOOTER", "text": "Jasper's Market order updates"},
            {
                "type": "BUTTONS",
                "buttons": [
                    {
                        "type": "URL",
                        "text": "Track order",
                        "url": "https://www.example.com/track/{{1}}",
                        "example": [f"https://www.example.com/track/{index:06d}"],
                    },
                    {"type": "COPY_CODE", "example": f"RET{index:06d}"},
                ],
            },
        ],
    )


def _authentication(index: int) -> tuple[str, str, list[dict[str, Any]]]:
    return (
        "AUTHENTICATION",
        "POSITIONAL",
        [
            {
                "type": "BODY",
                "text": "*{{1}}* is your verification code. For your security, do not share this code.",
                "add_security_recommendation": True,
                "example": {"body_text": [[f"{index % 1_000_000:06d}"]]},
            },
            {"type": "FOOTER", "text": "This code expires in 10 minutes.", "code_expiration_minutes": 10},
            {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code"}]},
        ],
    )


def _catalogue(index: int) -> tuple[str, str, list[dict[str, Any]]]:
    return (
        "MARKETING",
        "POSITIONAL",
        [
            {"type": "HEADER", "format": "TEXT", "text": "New arrivals"},
            {
                "type": "BODY",
                "text": "Hi {{1}}, {{2}} new products just landed in our catalogue. Take a look!",
                "example": {"body_text": [["Maria", str(10 + index % 50)]]},
            },
            {
                "type": "BUTTONS",
                "buttons": [
                    {"type": "CATALOG", "text": "View catalog"},
                    {
                        "type": "FLOW",
                        "text": "Book a fitting",
                        "flow_id": f"{780000000000000 + index}",
                        "flow_action": "navigate",
                        "navigate_screen": "WELCOME",
                    },
                ],
            },
        ],
    )


KINDS = [_marketing, _utility, _authentication, _catalogue]


def template(index: int) -> dict[str, Any]:
    """The `index`-th template of the benchmark account (same input, same output)."""
    category, parameter_format, components = KINDS[index % len(KINDS)](index)
    status = STATUSES[index % len(STATUSES)]
    return {
        "name": f"{category.lower()}_campaign_{index:06d}",
        "parameter_format": parameter_format,
        "components": components,
        "language": LANGUAGES[index % len(LANGUAGES)],
        "status": status,
        "category": category,
        "quality_score": {"score": SCORES[index % len(SCORES)], "date": BASE_TIME + index * 60},
        "rejected_reason": "INVALID_FORMAT" if status == "REJECTED" else "NONE",
        "id": str(1_600_000_000_000_000 + index),
    }


def cursor(page: int) -> str:
    """An opaque, Graph-looking cursor for the position after page `page` (0-based)."""
    return base64.urlsafe_b64encode(f"QVFI:bench:{page:08d}".encode()).decode().rstrip("=")


def page_of(cursor_text: str | None) -> int:
    """The page a cursor points at (0 without a cursor); ValueError for a cursor this server did not issue."""
    if not cursor_text:
        return 0
    decoded = base64.urlsafe_b64decode(cursor_text + "=" * (-len(cursor_text) % 4)).decode()
    prefix, _, number = decoded.rpartition(":")
    if prefix != "QVFI:bench":
        raise ValueError(cursor_text)
    return int(number) + 1


def compact(value: Any) -> bytes:
    """JSON the way Graph sends it: compact, UTF-8, non-ASCII escaped."""
    return json.dumps(value, separators=(",", ":")).encode()


def usage_headers(waba_id: str) -> dict[str, str]:
    """The two usage headers Graph sends once calls add up."""
    entry = {
        "type": "whatsapp_business_management",
        "call_count": 3,
        "total_cputime": 1,
        "total_time": 2,
        "estimated_time_to_regain_access": 0,
    }
    return {
        "X-App-Usage": json.dumps({"call_count": 2, "total_time": 1, "total_cputime": 1}),
        "X-Business-Use-Case-Usage": json.dumps({waba_id: [entry]}),
    }
