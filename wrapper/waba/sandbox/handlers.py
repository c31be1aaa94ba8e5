"""One handler per spec operation: the sandbox's stateful behaviour.

Each handler takes the request context and returns the JSON answer (status 200), or raises `GraphError`.
`HANDLERS` maps operationIds to handlers; `executeBatch` is handled by the app itself.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from ..spec import load_spec
from .analytics import (
    CALLS,
    CONVERSATIONS,
    PRICING,
    SeriesKind,
    messaging_analytics,
    rng_for,
    series,
    template_series,
)
from .fieldsel import Field, FieldSyntaxError, parse_fields, select
from .graph_errors import GraphError, invalid_parameter, not_found
from .store import TEMPLATE_LIMIT, Account

if TYPE_CHECKING:
    from .app import Sandbox
    from .operations import Operation

Handler = Callable[["Context"], Any]
HANDLERS: dict[str, Handler] = {}

#: Default page size and per-edge maxima (Graph: 25 by default; 100 on phone_numbers and assigned_users).
DEFAULT_LIMIT = 25
MAX_LIMIT = {"phone_numbers": 100, "assigned_users": 100, "message_templates": 1000}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    """Register a handler for an operation."""

    def register(function: Handler) -> Handler:
        HANDLERS[operation_id] = function
        return function

    return register


@dataclass
class Context:
    """Everything a handler may need about one request."""

    sandbox: Sandbox
    operation: Operation
    node_id: str | None
    params: dict[str, Any]
    body: dict[str, Any] | None
    version: str
    origin: str
    token: str
    query: list[tuple[str, str]]

    @property
    def store(self) -> Any:
        """The sandbox's store."""
        return self.sandbox.store

    @property
    def account(self) -> Account:
        """The WhatsApp Business Account the path names."""
        account = self.store.accounts.get(self.node_id)
        if account is None:
            raise not_found(str(self.node_id), self.operation.method)
        assert isinstance(account, Account)
        return account

    def body_value(self, key: str, default: Any = None) -> Any:
        """A body property."""
        return (self.body or {}).get(key, default)


# ---------------------------------------------------------------------------------------------------------------
# Field selection and paging


def _schema_fields(schema_name: str) -> set[str]:
    schema = load_spec()["components"]["schemas"][schema_name]
    return set(schema.get("properties", {}))


def requested_fields(ctx: Context, schema_name: str, default: list[str], extra: set[str] | None = None) -> list[Field]:
    """The fields asked for (or the defaults); unknown fields are Graph's error 100, bad syntax 2500."""
    expression = ctx.params.get("fields")
    if expression is None:
        return [Field(name) for name in default]
    try:
        fields = parse_fields(str(expression))
    except FieldSyntaxError as exc:
        raise GraphError(2500, str(exc)) from None
    known = _schema_fields(schema_name) | (extra or set())
    for wanted in fields:
        if wanted.name not in known:
            raise invalid_parameter(f"Tried accessing nonexisting field ({wanted.name}) on node type ({schema_name})")
    return fields


def _cursor(offset: int, salt: str) -> str:
    raw = f"{offset}:{salt}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _offset(cursor: str, salt: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        offset, cursor_salt = raw.split(":", 1)
        if cursor_salt != salt:
            raise ValueError("cursor of another list")
        return max(0, int(offset))
    except (ValueError, UnicodeDecodeError):
        raise invalid_parameter("Invalid cursor") from None


def _page_url(ctx: Context, **changes: str) -> str:
    keep = [(k, v) for k, v in ctx.query if k not in ("after", "before", "access_token", "appsecret_proof", "limit")]
    query = urlencode([*keep, *changes.items(), ("access_token", ctx.token)])
    path = ctx.operation.path.split("#", 1)[0]
    for name in ctx.operation.path_params:
        path = path.replace("{" + name + "}", str(ctx.node_id))
    return f"{ctx.origin}/{ctx.version}{path}?{query}"


def page(
    ctx: Context,
    items: list[dict[str, Any]],
    *,
    schema: str,
    default: list[str],
    edge: str,
    summary: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One page of `items` as Graph answers it: `data`, opaque cursors, absolute `next`/`previous`."""
    fields = requested_fields(ctx, schema, default)
    limit = int(ctx.params.get("limit", DEFAULT_LIMIT))
    limit = max(1, min(limit, MAX_LIMIT.get(edge, 100)))
    salt = f"{edge}-{ctx.node_id}"
    if "after" in ctx.params:
        start = _offset(str(ctx.params["after"]), salt)
    elif "before" in ctx.params:
        start = max(0, _offset(str(ctx.params["before"]), salt) - limit)
    else:
        start = 0
    chunk = items[start : start + limit]
    answer: dict[str, Any] = {"data": [select(item, fields) for item in chunk]}
    if chunk:
        paging: dict[str, Any] = {
            "cursors": {"before": _cursor(start, salt), "after": _cursor(start + len(chunk), salt)}
        }
        if start + limit < len(items):
            paging["next"] = _page_url(ctx, limit=str(limit), after=_cursor(start + len(chunk), salt))
        if start > 0:
            paging["previous"] = _page_url(ctx, limit=str(limit), before=_cursor(start, salt))
        answer["paging"] = paging
    wanted_summary = _summary_fields(ctx)
    if wanted_summary:
        full = {"total_count": len(items), **(summary or {})}
        answer["summary"] = {key: full[key] for key in wanted_summary if key in full}
    return answer


def _summary_fields(ctx: Context) -> list[str]:
    raw = ctx.params.get("summary")
    if raw is None:
        return []
    text = str(raw).strip()
    if text.lower() in ("true", "1"):
        return ["total_count"]
    fields = [part.strip() for part in text.split(",") if part.strip()]
    allowed = {"total_count", "message_template_count", "message_template_limit", "are_translations_complete"}
    for name in fields:
        if name not in allowed:
            raise invalid_parameter(f"Param summary must be one of {{{', '.join(sorted(allowed))}}}")
    return fields


# ---------------------------------------------------------------------------------------------------------------
# The account node

ACCOUNT_DEFAULT = ["id", "name", "timezone_id", "message_template_namespace"]
ACCOUNT_EDGES = {"phone_numbers", "message_templates", "subscribed_apps", "product_catalogs", "flows"}


def account_view(ctx: Context, account: Account, fields: list[Field]) -> dict[str, Any]:
    """The account's selected fields, including `analytics` and expanded edges."""
    plain = [f for f in fields if f.name not in ACCOUNT_EDGES and f.name != "analytics"]
    answer = select(account.node, plain)
    answer.setdefault("id", account.id)
    for wanted in fields:
        if wanted.name == "analytics":
            answer["analytics"] = _analytics_field(ctx, account, wanted)
        elif wanted.name in ACCOUNT_EDGES:
            items = _edge_items(ctx, account, wanted.name)
            limit = int(wanted.modifiers.get("limit", DEFAULT_LIMIT))
            chosen = items[: max(1, min(limit, 100))]
            data = [select(item, wanted.children) if wanted.children else item for item in chosen]
            answer[wanted.name] = {"data": data}
    return answer


def _edge_items(ctx: Context, account: Account, edge: str) -> list[dict[str, Any]]:
    if edge == "phone_numbers":
        items = account.phone_numbers
    elif edge == "message_templates":
        items = list(account.templates.values())
    elif edge == "flows":
        items = account.flows
    elif edge == "product_catalogs":
        items = [ctx.store.catalogs[c] for c in account.catalogs]
    else:
        items = [
            {
                "whatsapp_business_api_data": {
                    "id": a,
                    "name": ctx.store.apps[a]["name"],
                    "link": ctx.store.apps[a]["link"],
                },
                **extra,
            }
            for a, extra in account.subscribed_apps.items()
        ]
    return [{k: v for k, v in item.items() if not k.startswith("_")} for item in items]


def _analytics_field(ctx: Context, account: Account, wanted: Field) -> dict[str, Any]:
    missing = [m for m in ("start", "end", "granularity") if m not in wanted.modifiers]
    if missing:
        raise invalid_parameter(f"analytics requires the modifiers start, end and granularity (missing {missing[0]})")
    if not account.phone_numbers:
        raise no_phone_numbers()
    try:
        start, end = int(wanted.modifiers["start"]), int(wanted.modifiers["end"])
    except ValueError:
        raise invalid_parameter("analytics start and end must be unix timestamps") from None
    granularity = wanted.modifiers["granularity"]
    if granularity not in ("HALF_HOUR", "DAY", "MONTH"):
        raise invalid_parameter("analytics granularity must be one of HALF_HOUR, DAY, MONTH")
    numbers = [p["_cc"] + p["_number"] for p in account.phone_numbers]
    return messaging_analytics(
        ctx.sandbox.config.seed, account.id, start=start, end=end, granularity=granularity, numbers=numbers
    )


def no_phone_numbers() -> GraphError:
    """200008."""
    return GraphError(200008, "WhatsApp Business Account has no linked phone numbers.")


@handles("getWhatsAppBusinessAccount")
def get_account(ctx: Context) -> Any:
    account = ctx.account
    fields = requested_fields(ctx, "WhatsAppBusinessAccount", ACCOUNT_DEFAULT, extra=ACCOUNT_EDGES)
    return account_view(ctx, account, fields)


@handles("updateWhatsAppBusinessAccount")
def update_account(ctx: Context) -> Any:
    account = ctx.account
    for key, value in (ctx.body or {}).items():
        if key in (
            "is_enabled_for_insights",
            "template_auto_archival_enabled",
            "disable_marketing_messages_on_cloud_api",
            "purchase_order_number",
        ):
            account.node[key] = value
    return {"success": True}


# ---------------------------------------------------------------------------------------------------------------
# Businesses


def _business(ctx: Context) -> dict[str, Any]:
    business = ctx.store.businesses.get(ctx.node_id)
    if business is None:
        raise not_found(str(ctx.node_id), ctx.operation.method)
    assert isinstance(business, dict)
    return business


def _account_list(ctx: Context, ids: list[str], edge: str) -> Any:
    items = [ctx.store.accounts[i].node for i in ids if i in ctx.store.accounts]
    return page(ctx, items, schema="WhatsAppBusinessAccount", default=ACCOUNT_DEFAULT, edge=edge)


@handles("listOwnedWhatsAppBusinessAccounts")
def list_owned(ctx: Context) -> Any:
    return _account_list(ctx, _business(ctx)["_owned"], "owned_whatsapp_business_accounts")


@handles("listClientWhatsAppBusinessAccounts")
def list_clients(ctx: Context) -> Any:
    return _account_list(ctx, _business(ctx)["_clients"], "client_whatsapp_business_accounts")


# ---------------------------------------------------------------------------------------------------------------
# Assigned users


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


# ---------------------------------------------------------------------------------------------------------------
# Message templates

TEMPLATE_DEFAULT = ["name", "parameter_format", "components", "language", "status", "category", "id"]
_PLACEHOLDER = re.compile(r"{{\s*([a-z0-9_]+)\s*}}")


def _template_view(template: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in template.items() if not k.startswith("_")}


def _matches(template: dict[str, Any], params: dict[str, Any]) -> bool:
    text = " ".join(str(c.get("text", "")) for c in template["components"]).lower()
    checks: list[tuple[str, Callable[[Any], bool]]] = [
        ("category", lambda v: template["category"] in v),
        ("status", lambda v: template["status"] in v),
        ("language", lambda v: template["language"] in v),
        ("quality_score", lambda v: template["quality_score"]["score"] in v),
        ("name", lambda v: str(v).lower() in template["name"]),
        ("content", lambda v: str(v).lower() in text),
        ("name_or_content", lambda v: str(v).lower() in template["name"] or str(v).lower() in text),
        ("since", lambda v: template["_created"] >= int(v)),
        ("until", lambda v: template["_created"] < int(v)),
        ("source", lambda v: template["_source"] == v),
    ]
    return all(check(params[key]) for key, check in checks if key in params)


@handles("listMessageTemplates")
def list_templates(ctx: Context) -> Any:
    account = ctx.account
    templates = [_template_view(t) for t in account.templates.values() if _matches(t, ctx.params)]
    languages = {t["language"] for t in account.templates.values()}
    names = {t["name"] for t in account.templates.values()}
    complete = all(
        any(t["name"] == n and t["language"] == lang for t in account.templates.values())
        for n in list(names)[:5]
        for lang in languages
    )
    summary = {
        "message_template_count": len(account.templates),
        "message_template_limit": _template_limit(account),
        "are_translations_complete": complete,
    }
    return page(
        ctx, templates, schema="MessageTemplate", default=TEMPLATE_DEFAULT, edge="message_templates", summary=summary
    )


def _template_limit(account: Account) -> int:
    return 6000 if account.node.get("business_verification_status") == "verified" else TEMPLATE_LIMIT


def check_template_components(components: list[dict[str, Any]]) -> None:
    """The content rules the schema cannot express, with Graph's 2388xxx subcodes."""
    for component in components:
        if component.get("type") != "BODY" or "text" not in component:
            continue
        text = str(component["text"]).strip()
        placeholders = _PLACEHOLDER.findall(text)
        if placeholders and (text.startswith("{{") or text.endswith("}}")):
            raise invalid_parameter(
                "Invalid parameter",
                subcode=2388299,
                user_title="Variables can't be at the start or end of the template",
                user_message="Variables can't be at the start or end of the template.",
            )
        words = len(_PLACEHOLDER.sub(" ", text).split())
        if placeholders and words < 2 * len(placeholders):
            raise invalid_parameter(
                "Invalid parameter",
                subcode=2388293,
                user_title="Too many variables for the message length",
                user_message="This template has too many variables for its length; add words or remove variables.",
            )


@handles("createMessageTemplate")
def create_template(ctx: Context) -> Any:
    account = ctx.account
    body = ctx.body or {}
    name, language = body["name"], body["language"]
    if any(t["name"] == name and t["language"] == language for t in account.templates.values()):
        raise invalid_parameter(
            "Invalid parameter",
            subcode=2388024,
            user_title="Message template already exists",
            user_message=f"There is already {language} content for this template ({name}).",
        )
    if len(account.templates) >= _template_limit(account):
        raise invalid_parameter(
            "Invalid parameter",
            subcode=2388019,
            user_title="Message template limit reached",
            user_message="This account reached its message template limit.",
        )
    components = list(body.get("components", []))
    check_template_components(components)
    template = {
        "id": ctx.store.ids.new(),
        "name": name,
        "language": language,
        "status": "PENDING",
        "category": body["category"],
        "parameter_format": body.get("parameter_format", "POSITIONAL"),
        "components": components,
        "quality_score": {"score": "UNKNOWN", "date": int(ctx.sandbox.config.clock())},
        "rejected_reason": "NONE",
        "_created": int(ctx.sandbox.config.clock()),
        "_source": "MANUAL",
    }
    for key in ("sub_category", "message_send_ttl_seconds"):
        if key in body:
            template[key] = body[key]
    ctx.store.add_template(account, template)
    return {"id": template["id"], "status": "PENDING", "category": template["category"]}


@handles("deleteMessageTemplates")
def delete_templates(ctx: Context) -> Any:
    account = ctx.account
    params = ctx.params
    if "hsm_ids" in params:
        doomed = [str(i) for i in params["hsm_ids"]]
        unknown = [i for i in doomed if i not in account.templates]
        if unknown:
            raise invalid_parameter(f"Message template {unknown[0]} was not found in this account")
    elif "hsm_id" in params:
        if "name" not in params:
            raise invalid_parameter("The parameter name is required with hsm_id")
        template = account.templates.get(str(params["hsm_id"]))
        if template is None or template["name"] != params["name"]:
            raise invalid_parameter(f"Message template {params['hsm_id']} named {params['name']} was not found")
        doomed = [template["id"]]
    elif "name" in params:
        doomed = [t["id"] for t in account.templates.values() if t["name"] == params["name"]]
        if not doomed:
            raise invalid_parameter(f"Message template {params['name']} was not found")
    else:
        raise invalid_parameter("The parameter name (or hsm_ids) is required")
    for template_id in doomed:
        ctx.store.remove_template(template_id)
    return {"success": True}


def _template(ctx: Context) -> tuple[Account, dict[str, Any]]:
    account = ctx.store.account_of_template(ctx.node_id)
    if account is None:
        raise not_found(str(ctx.node_id), ctx.operation.method)
    return account, account.templates[str(ctx.node_id)]


@handles("getMessageTemplate")
def get_template(ctx: Context) -> Any:
    _, template = _template(ctx)
    fields = requested_fields(ctx, "MessageTemplate", TEMPLATE_DEFAULT)
    answer = select(_template_view(template), fields)
    answer.setdefault("id", template["id"])
    return answer


@handles("updateMessageTemplate")
def update_template(ctx: Context) -> Any:
    _, template = _template(ctx)
    if template["status"] not in ("APPROVED", "REJECTED", "PAUSED", "PENDING"):
        raise invalid_parameter(f"A template with status {template['status']} cannot be edited")
    body = ctx.body or {}
    if "components" in body:
        check_template_components(body["components"])
        template["components"] = body["components"]
    for key in ("category", "message_send_ttl_seconds", "parameter_format"):
        if key in body:
            template[key] = body[key]
    template["status"] = "PENDING"
    return {"success": True}


@handles("upsertMessageTemplates")
def upsert_templates(ctx: Context) -> Any:
    account = ctx.account
    body = ctx.body or {}
    answers = []
    for language in dict.fromkeys(body["languages"]):
        existing = next(
            (t for t in account.templates.values() if t["name"] == body["name"] and t["language"] == language), None
        )
        if existing is not None:
            existing["components"] = body["components"]
            existing["status"] = "PENDING"
            answers.append({"id": existing["id"], "status": "PENDING", "language": language})
            continue
        template = {
            "id": ctx.store.ids.new(),
            "name": body["name"],
            "language": language,
            "status": "APPROVED",
            "category": "AUTHENTICATION",
            "parameter_format": "POSITIONAL",
            "components": body["components"],
            "quality_score": {"score": "UNKNOWN", "date": int(ctx.sandbox.config.clock())},
            "rejected_reason": "NONE",
            "_created": int(ctx.sandbox.config.clock()),
            "_source": "MANUAL",
        }
        ctx.store.add_template(account, template)
        answers.append({"id": template["id"], "status": template["status"], "language": language})
    return {"data": answers}


@handles("migrateMessageTemplates")
def migrate_templates(ctx: Context) -> Any:
    account = ctx.account
    body = ctx.body or {}
    source = ctx.store.accounts.get(str(body["source_waba_id"]))
    if source is None or source.owner_business != account.owner_business or source.id == account.id:
        raise invalid_parameter("Param source_waba_id must be another account of the same business")
    candidates = [t for t in source.templates.values() if t["status"] == "APPROVED"]
    if "template_ids" in body:
        wanted = {str(i) for i in body["template_ids"]}
        candidates = [t for t in candidates if t["id"] in wanted]
    count = int(body.get("count", 500))
    start = int(body.get("page_number", 0)) * count
    migrated, failed = [], {}
    for template in candidates[start : start + count]:
        clash = any(
            t["name"] == template["name"] and t["language"] == template["language"] for t in account.templates.values()
        )
        if clash:
            failed[template["id"]] = "Template name already exists in the destination account."
            continue
        copy = {**template, "id": ctx.store.ids.new(), "status": "APPROVED"}
        ctx.store.add_template(account, copy)
        migrated.append(copy["id"])
    return {"migrated_templates": migrated, "failed_templates": failed}


_PREVIEW_TEXTS = {
    "en": (
        "Verification code",
        "*{{1}}* is your verification code.",
        "For your security, do not share this code.",
        "This code expires in {} minutes.",
        "Copy code",
    ),
    "es": (
        "Código de verificación",
        "Tu código de verificación es *{{1}}*.",
        "Por tu seguridad, no lo compartas.",
        "Este código caduca en {} minutos.",
        "Copiar código",
    ),
    "pt": (
        "Código de verificação",
        "Seu código de verificação é *{{1}}*.",
        "Para sua segurança, não o compartilhe.",
        "Este código expira em {} minutos.",
        "Copiar código",
    ),
    "fr": (
        "Code de vérification",
        "Votre code de vérification est *{{1}}*.",
        "Pour votre sécurité, ne le partagez pas.",
        "Ce code expire dans {} minutes.",
        "Copier le code",
    ),
}


@handles("listMessageTemplatePreviews")
def template_previews(ctx: Context) -> Any:
    ctx.account  # noqa: B018 - the account must exist
    languages = ctx.params.get("languages") or ["en_US", "es_ES", "pt_BR", "fr_FR"]
    minutes = ctx.params.get("code_expiration_minutes")
    previews = []
    for language in languages:
        header, body, security, footer, button = _PREVIEW_TEXTS.get(str(language)[:2], _PREVIEW_TEXTS["en"])
        preview: dict[str, Any] = {"language": language, "header": header, "body": body}
        if ctx.params.get("add_security_recommendation"):
            preview["body"] = f"{body} {security}"
        if minutes is not None:
            preview["footer"] = footer.format(minutes)
        preview["buttons"] = [{"type": "OTP", "text": button}]
        previews.append(preview)
    return page(
        ctx,
        previews,
        schema="MessageTemplatePreview",
        default=["language", "header", "body", "footer", "buttons"],
        edge="message_template_previews",
    )


@handles("getTemplatePerformanceMetrics")
def template_metrics(ctx: Context) -> Any:
    account = ctx.account
    if "template_id" in ctx.params:
        chosen = [t for t in account.templates.values() if t["id"] == str(ctx.params["template_id"])]
    elif "name" in ctx.params:
        chosen = [t for t in account.templates.values() if t["name"] == ctx.params["name"]]
    else:
        raise invalid_parameter("The parameter template_id or name is required")
    if not chosen:
        raise invalid_parameter("Message template not found")
    data = []
    for template in chosen:
        rng = rng_for(ctx.sandbox.config.seed, "metrics", template["id"])
        sent = rng.randrange(100, 5000)
        delivered = int(sent * rng.uniform(0.9, 0.99))
        read = int(delivered * rng.uniform(0.5, 0.9))
        data.append(
            {
                "template_id": template["id"],
                "name": template["name"],
                "language": template["language"],
                "sent": sent,
                "delivered": delivered,
                "read": read,
                "clicked": int(read * rng.uniform(0, 0.3)),
                "quality_score": template["quality_score"],
            }
        )
    fields = requested_fields(ctx, "TemplatePerformanceMetrics", list(data[0]))
    return {"data": [select(item, fields) for item in data]}


# ---------------------------------------------------------------------------------------------------------------
# Phone numbers, subscribed apps, catalogs

PHONE_DEFAULT = [
    "verified_name",
    "code_verification_status",
    "display_phone_number",
    "quality_rating",
    "platform_type",
    "throughput",
    "last_onboarded_time",
    "id",
]


@handles("listPhoneNumbers")
def list_phone_numbers(ctx: Context) -> Any:
    numbers = list(ctx.account.phone_numbers)
    for rule in ctx.params.get("filtering", []):
        numbers = [p for p in numbers if p.get(rule["field"]) == rule["value"]]
    for order in reversed(ctx.params.get("sort", [])):
        key, direction = str(order).rsplit(".", 1)
        field = "_created" if key == "creation_time" else "last_onboarded_time"
        numbers.sort(key=lambda p: p[field], reverse=direction == "desc")
    views = [{k: v for k, v in p.items() if not k.startswith("_")} for p in numbers]
    return page(ctx, views, schema="PhoneNumber", default=PHONE_DEFAULT, edge="phone_numbers")


@handles("createPhoneNumber")
def create_phone_number(ctx: Context) -> Any:
    account = ctx.account
    body = ctx.body or {}
    cc, number = str(body["cc"]), str(body["phone_number"])
    if any(p["_cc"] == cc and p["_number"] == number for p in account.phone_numbers):
        raise invalid_parameter("This phone number is already registered with this WhatsApp Business Account")
    phone = {
        "id": ctx.store.ids.new(),
        "display_phone_number": f"+{cc} {number}",
        "verified_name": body.get("verified_name", account.node["name"]),
        "status": "PENDING",
        "quality_rating": "UNKNOWN",
        "code_verification_status": "NOT_VERIFIED",
        "name_status": "PENDING_REVIEW",
        "platform_type": "NOT_APPLICABLE",
        "throughput": {"level": "NOT_APPLICABLE"},
        "account_mode": "LIVE",
        "is_official_business_account": False,
        "last_onboarded_time": "2025-01-01T00:00:00+0000",
        "_created": int(ctx.sandbox.config.clock()),
        "_cc": cc,
        "_number": number,
    }
    account.phone_numbers.append(phone)
    return {"id": phone["id"]}


@handles("listSubscribedApps")
def list_subscribed_apps(ctx: Context) -> Any:
    items = []
    for app_id, extra in ctx.account.subscribed_apps.items():
        app = ctx.store.apps[app_id]
        items.append({"whatsapp_business_api_data": {"id": app_id, "link": app["link"], "name": app["name"]}, **extra})
    return page(
        ctx,
        items,
        schema="SubscribedApp",
        default=["whatsapp_business_api_data", "override_callback_uri"],
        edge="subscribed_apps",
    )


@handles("createSubscribedApp")
def create_subscribed_app(ctx: Context) -> Any:
    extra = {}
    if ctx.body_value("override_callback_uri"):
        extra["override_callback_uri"] = ctx.body_value("override_callback_uri")
    ctx.account.subscribed_apps[ctx.sandbox.config.app_id] = extra
    return {"success": True}


@handles("deleteSubscribedApp")
def delete_subscribed_app(ctx: Context) -> Any:
    ctx.account.subscribed_apps.pop(ctx.sandbox.config.app_id, None)
    return {"success": True}


@handles("listProductCatalogs")
def list_catalogs(ctx: Context) -> Any:
    items = [{k: v for k, v in ctx.store.catalogs[c].items() if not k.startswith("_")} for c in ctx.account.catalogs]
    return page(ctx, items, schema="ProductCatalog", default=["id", "name"], edge="product_catalogs")


@handles("createProductCatalog")
def connect_catalog(ctx: Context) -> Any:
    account = ctx.account
    catalog_id = str(ctx.body_value("catalog_id"))
    catalog = ctx.store.catalogs.get(catalog_id)
    if catalog is None or catalog["_business"] != account.owner_business:
        raise invalid_parameter(f"Param catalog_id must be a catalog of the account's business, got {catalog_id}")
    if account.catalogs and account.catalogs != [catalog_id]:
        raise invalid_parameter("A catalog is already connected to this account; disconnect it first")
    account.catalogs = [catalog_id]
    return {"success": True}


@handles("deleteProductCatalog")
def disconnect_catalog(ctx: Context) -> Any:
    account = ctx.account
    catalog_id = str(ctx.params["catalog_id"])
    if catalog_id not in account.catalogs:
        raise invalid_parameter(f"Catalog {catalog_id} is not connected to this account")
    account.catalogs.remove(catalog_id)
    return {"success": True}


# ---------------------------------------------------------------------------------------------------------------
# Payments, dataset, flows


@handles("getPaymentConfiguration")
def get_payment_configuration(ctx: Context) -> Any:
    configuration = ctx.account.payment_configurations.get(str(ctx.params["configuration_name"]))
    if configuration is None:
        raise invalid_parameter(f"Payment configuration {ctx.params['configuration_name']} was not found")
    fields = requested_fields(ctx, "PaymentConfiguration", list(configuration))
    return {"data": [select(configuration, fields)]}


@handles("createPaymentConfiguration")
def create_payment_configuration(ctx: Context) -> Any:
    account = ctx.account
    body = ctx.body or {}
    name = str(body["configuration_name"])
    if name in account.payment_configurations:
        raise invalid_parameter(f"A payment configuration named {name} already exists")
    provider = str(body["provider_name"])
    if provider == "UPI_VPA" and "merchant_vpa" not in body:
        raise invalid_parameter("The parameter merchant_vpa is required for provider UPI_VPA")
    now = int(ctx.sandbox.config.clock())
    mcc = str(body.get("merchant_category_code", "0000"))
    purpose = str(body.get("purpose_code", "00"))
    configuration = {
        "configuration_name": name,
        "provider_name": provider.lower(),
        "status": "Needs_Testing" if provider == "UPI_VPA" else "Needs_Connecting",
        "merchant_category_code": {"code": mcc, "description": f"MCC {mcc}"},
        "purpose_code": {"code": purpose, "description": f"Purpose {purpose}"},
        "created_timestamp": now,
        "updated_timestamp": now,
    }
    if "merchant_vpa" in body:
        configuration["merchant_vpa"] = body["merchant_vpa"]
    account.payment_configurations[name] = configuration
    answer: dict[str, Any] = {"success": True}
    if provider != "UPI_VPA":
        answer["oauth_url"] = f"https://payments.example.com/oauth/{provider.lower()}?state={name}"
        answer["expiration"] = now + 600
    return answer


@handles("deletePaymentConfiguration")
def delete_payment_configuration(ctx: Context) -> Any:
    name = str(ctx.params["configuration_name"])
    if ctx.account.payment_configurations.pop(name, None) is None:
        raise invalid_parameter(f"Payment configuration {name} was not found")
    return {"success": True}


@handles("listPaymentConfigurations")
def list_payment_configurations(ctx: Context) -> Any:
    configurations = list(ctx.account.payment_configurations.values())
    fields = requested_fields(ctx, "PaymentConfigurationGroup", ["payment_configurations"])
    return {"data": [select({"payment_configurations": configurations}, fields)]}


@handles("getDataset")
def get_dataset(ctx: Context) -> Any:
    dataset = ctx.account.dataset
    fields = requested_fields(ctx, "Dataset", ["id", "name"])
    return {"data": [select(dataset, fields)] if dataset else []}


@handles("createDataset")
def create_dataset(ctx: Context) -> Any:
    account = ctx.account
    if account.dataset is None:
        account.dataset = {"id": ctx.store.ids.new(), "name": ctx.body_value("dataset_name") or account.node["name"]}
    return {"id": account.dataset["id"]}


@handles("listFlows")
def list_flows(ctx: Context) -> Any:
    items = [{k: v for k, v in f.items() if not k.startswith("_")} for f in ctx.account.flows]
    return page(
        ctx, items, schema="Flow", default=["id", "name", "status", "categories", "validation_errors"], edge="flows"
    )


@handles("createFlow")
def create_flow(ctx: Context) -> Any:
    account = ctx.account
    body = ctx.body or {}
    errors = []
    if "flow_json" in body:
        try:
            json.loads(body["flow_json"])
        except ValueError as exc:
            errors.append(
                {
                    "error": "INVALID_JSON",
                    "error_type": "JSON_PARSE_ERROR",
                    "message": str(exc),
                    "line_start": 1,
                    "line_end": 1,
                    "column_start": 1,
                    "column_end": 1,
                }
            )
    if "clone_flow_id" in body and not any(f["id"] == str(body["clone_flow_id"]) for f in account.flows):
        raise invalid_parameter(f"Param clone_flow_id must be a flow of this account, got {body['clone_flow_id']}")
    flow = {
        "id": ctx.store.ids.new(),
        "name": body["name"],
        "categories": body["categories"],
        "status": "PUBLISHED" if body.get("publish") and not errors else "DRAFT",
        "validation_errors": errors,
        "json_version": "6.0",
        "data_api_version": "3.0",
    }
    if "endpoint_uri" in body:
        flow["endpoint_uri"] = body["endpoint_uri"]
    account.flows.insert(0, flow)
    return {"id": flow["id"], "success": True, "validation_errors": errors}


# ---------------------------------------------------------------------------------------------------------------
# Partner edges


def _plain_list(ctx: Context, items: list[dict[str, Any]], schema: str, edge: str) -> Any:
    views = [{k: v for k, v in item.items() if not k.startswith("_")} for item in items]
    return page(ctx, views, schema=schema, default=sorted(_schema_fields(schema)), edge=edge)


@handles("listActivities")
def list_activities(ctx: Context) -> Any:
    return _plain_list(ctx, ctx.account.activities, "Activity", "activities")


@handles("listSolutions")
def list_solutions(ctx: Context) -> Any:
    return _plain_list(ctx, ctx.account.solutions, "Solution", "solutions")


@handles("listSchedules")
def list_schedules(ctx: Context) -> Any:
    return _plain_list(ctx, ctx.account.schedules, "Schedule", "schedules")


@handles("listDccConfigs")
def list_dcc_configs(ctx: Context) -> Any:
    return _plain_list(ctx, ctx.account.dcc_configs, "DccConfig", "dcc_config")


# ---------------------------------------------------------------------------------------------------------------
# Analytics


def _time_range(ctx: Context) -> tuple[int, int]:
    start, end = int(ctx.params["start"]), int(ctx.params["end"])
    if end <= start:
        raise invalid_parameter("Param end must be greater than start")
    return start, end


def _numbers(account: Account) -> list[str]:
    return [p["_cc"] + p["_number"] for p in account.phone_numbers]


def _analytics(ctx: Context, kind: SeriesKind) -> Any:
    account = ctx.account
    if not account.phone_numbers:
        raise no_phone_numbers()
    start, end = _time_range(ctx)
    data = series(kind, ctx.sandbox.config.seed, account.id, start=start, end=end, params=ctx.params,
                  numbers=_numbers(account))  # fmt: skip
    return {"data": [data]}


@handles("getConversationAnalytics")
def conversation_analytics(ctx: Context) -> Any:
    return _analytics(ctx, CONVERSATIONS)


@handles("getPricingAnalytics")
def pricing_analytics(ctx: Context) -> Any:
    return _analytics(ctx, PRICING)


@handles("getCallAnalytics")
def call_analytics(ctx: Context) -> Any:
    return _analytics(ctx, CALLS)


@handles("getTemplateAnalytics")
def template_analytics(ctx: Context) -> Any:
    account = ctx.account
    if not account.node.get("is_enabled_for_insights"):
        raise GraphError(
            200005,
            "Template Insights are not available yet for this WhatsApp Business account",
            error_data={
                "messaging_product": "whatsapp",
                "details": "Enable template insights with is_enabled_for_insights=true, then retry.",
            },
        )
    start, end = _time_range(ctx)
    wanted = [str(i) for i in ctx.params["template_ids"]]
    unknown = [i for i in wanted if i not in account.templates]
    if unknown:
        raise invalid_parameter(f"Param template_ids contains a template of another account: {unknown[0]}")
    points = template_series(
        ctx.sandbox.config.seed, start=start, end=end, template_ids=wanted, metrics=ctx.params.get("metric_types")
    )
    series = {"granularity": "DAILY", "product_type": ctx.params.get("product_type", "CLOUD_API")}
    limit = max(1, min(int(ctx.params.get("limit", 100)), 1000))
    salt = f"template_analytics-{account.id}"
    first = _offset(str(ctx.params["after"]), salt) if "after" in ctx.params else 0
    chunk = points[first : first + limit]
    answer: dict[str, Any] = {"data": [{**series, "data_points": chunk}]}
    paging: dict[str, Any] = {"cursors": {"before": _cursor(first, salt), "after": _cursor(first + len(chunk), salt)}}
    if first + limit < len(points):
        paging["next"] = _page_url(ctx, limit=str(limit), after=_cursor(first + len(chunk), salt))
    answer["paging"] = paging
    return answer
