"""Message templates: list (filters, summary), create (Graph's content rules and 2388xxx subcodes), read, edit,
delete, upsert, migrate between accounts, authentication previews and performance metrics."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .. import lifecycle
from ..fieldsel import select
from ..graph_errors import invalid_parameter, not_found
from ..languages import check_language
from ..series import rng_for
from ..store import Account, visible
from .context import Context, handles
from .paging import page, requested_fields

TEMPLATE_DEFAULT = ["name", "parameter_format", "components", "language", "status", "category", "id"]
#: Templates an account may hold: 250 until its business is verified, then 6,000.
TEMPLATE_LIMIT = 250
VERIFIED_TEMPLATE_LIMIT = 6000
_PLACEHOLDER = re.compile(r"{{\s*([a-z0-9_]+)\s*}}")
#: Create parameters kept on the template as they were sent (the spec's `MessageTemplate` fields of the same name).
KEPT_ON_CREATE = (
    "sub_category",
    "message_send_ttl_seconds",
    "library_template_name",
    "degrees_of_freedom_spec",
    "cta_url_link_tracking_opted_out",
)


def _find(account: Account, name: str, language: str) -> dict[str, Any] | None:
    """The account's template with this name and language, if any."""
    return next((t for t in account.templates.values() if t["name"] == name and t["language"] == language), None)


def _new_template(
    ctx: Context,
    *,
    name: str,
    language: str,
    status: str,
    category: str,
    parameter_format: str,
    components: list[dict[str, Any]],
) -> dict[str, Any]:
    """A template created through the API now (manual source, no quality score yet)."""
    return {
        "id": ctx.store.ids.new(),
        "name": name,
        "language": language,
        "status": status,
        "category": category,
        "parameter_format": parameter_format,
        "components": components,
        "quality_score": {"score": "UNKNOWN", "date": int(ctx.sandbox.config.clock())},
        "rejected_reason": "NONE",
        "_created": int(ctx.sandbox.config.clock()),
        "_source": "MANUAL",
    }


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
    templates = [visible(t) for t in account.templates.values() if _matches(t, ctx.params)]
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
    return VERIFIED_TEMPLATE_LIMIT if account.node.get("business_verification_status") == "verified" else TEMPLATE_LIMIT


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
    check_language(language)
    if "components" not in body and "library_template_name" not in body:
        raise invalid_parameter("The parameter components is required")
    if _find(account, name, language) is not None:
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
    components = list(body.get("components") or _library_components(body))
    check_template_components(components)
    template = _new_template(
        ctx,
        name=name,
        language=language,
        status="PENDING",
        category=body["category"],
        parameter_format=body.get("parameter_format", "POSITIONAL"),
        components=components,
    )
    for key in KEPT_ON_CREATE:
        if key in body:
            template[key] = body[key]
    ctx.store.add_template(account, template)
    lifecycle.template_submitted(ctx.sandbox, account, template)
    return {"id": template["id"], "status": "PENDING", "category": template["category"]}


def _library_components(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The components of a template made from the template library (the library's text, its buttons)."""
    components: list[dict[str, Any]] = [
        {"type": "BODY", "text": f"Hi {{{{1}}}}, here is an update from {body['library_template_name']}."}
    ]
    buttons = [
        {
            "type": b["type"],
            "text": b["type"].replace("_", " ").title(),
            **({"url": b["url"]["base_url"]} if "url" in b else {}),
        }
        for b in body.get("library_template_button_inputs", [])
    ]
    if buttons:
        components.append({"type": "BUTTONS", "buttons": buttons})
    return components


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
    account = ctx.store.account_of_template(str(ctx.node_id))
    if account is None:
        raise not_found(str(ctx.node_id), ctx.operation.method)
    return account, account.templates[str(ctx.node_id)]


@handles("getMessageTemplate")
def get_template(ctx: Context) -> Any:
    _, template = _template(ctx)
    fields = requested_fields(ctx, "MessageTemplate", TEMPLATE_DEFAULT)
    answer = select(visible(template), fields)
    answer.setdefault("id", template["id"])
    return answer


@handles("updateMessageTemplate")
def update_template(ctx: Context) -> Any:
    account, template = _template(ctx)
    if template["status"] not in ("APPROVED", "REJECTED", "PAUSED", "PENDING"):
        raise invalid_parameter(f"A template with status {template['status']} cannot be edited")
    body = ctx.body or {}
    previous_category = template["category"]
    if "components" in body:
        check_template_components(body["components"])
        template["components"] = body["components"]
    for key in ("category", "message_send_ttl_seconds", "parameter_format"):
        if key in body:
            template[key] = body[key]
    template["status"], template["rejected_reason"] = "PENDING", "NONE"
    lifecycle.template_edited(ctx.sandbox, account, template, previous_category=previous_category)
    return {"success": True, "id": template["id"], "name": template["name"], "category": template["category"]}


@handles("upsertMessageTemplates")
def upsert_templates(ctx: Context) -> Any:
    account = ctx.account
    body = ctx.body or {}
    answers = []
    for language in body["languages"]:
        check_language(language)
    for language in dict.fromkeys(body["languages"]):
        existing = _find(account, body["name"], language)
        if existing is not None:
            existing["components"] = body["components"]
            existing["status"], existing["rejected_reason"] = "PENDING", "NONE"
            lifecycle.template_edited(ctx.sandbox, account, existing, previous_category=existing["category"])
            answers.append({"id": existing["id"], "status": "PENDING", "language": language})
            continue
        template = _new_template(
            ctx,
            name=body["name"],
            language=language,
            status="APPROVED",
            category="AUTHENTICATION",
            parameter_format="POSITIONAL",
            components=body["components"],
        )
        ctx.store.add_template(account, template)
        lifecycle.template_submitted(ctx.sandbox, account, template)
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
        if _find(account, template["name"], template["language"]) is not None:
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
    languages = ctx.params.get("languages") or ["en_US", "es_ES", "pt_BR", "fr"]
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
