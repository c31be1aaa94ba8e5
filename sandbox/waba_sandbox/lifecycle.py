"""What happens to templates and phone numbers between Graph calls — review, recategorisation, quality changes —
and the webhook each change emits (through `Sandbox.notify`, a no-op without a webhook URL).

Review time rule: with `SandboxConfig.template_review_seconds` set, a template submitted for review (created,
edited or upserted) is reviewed that many seconds later; without it, templates stay `PENDING` until the admin
endpoint reviews them. The rule: a body with two parameters side by side (`{{1}}{{2}}`) is `REJECTED` as
`INVALID_FORMAT`, with Graph's `rejection_info`; anything else is `APPROVED`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .spec import resolve
from .store import Account

if TYPE_CHECKING:
    from .app import Sandbox

_ADJACENT = re.compile(r"}}\s*{{")
ADJACENT_PARAMETERS = {
    "reason": "The body has parameters side by side ({{1}}{{2}}) with no text between them.",
    "recommendation": "Put words or punctuation between the parameters.",
}


def allowed(schema: str) -> list[str]:
    """The values of an enum of the published spec."""
    values: list[str] = resolve(f"/components/schemas/{schema}")["enum"]
    return values


def _template_ids(template: dict[str, Any]) -> dict[str, Any]:
    return {"message_template_id": int(template["id"]), "message_template_name": template["name"],
            "message_template_language": template["language"]}  # fmt: skip


def _status(sandbox: Sandbox, account: Account, template: dict[str, Any], extra: dict[str, Any] | None = None) -> None:
    value = {"event": template["status"], **_template_ids(template), "reason": template.get("rejected_reason", "NONE"),
             "message_template_category": template["category"], **(extra or {})}  # fmt: skip
    sandbox.notify(account.id, "message_template_status_update", value)


def _schedule_review(sandbox: Sandbox, template_id: str) -> None:
    delay = sandbox.config.template_review_seconds
    if delay is None:
        return

    def review() -> None:
        with sandbox.lock:
            account = sandbox.store.account_of_template(template_id)
            if account is not None and account.templates[template_id]["status"] == "PENDING":
                review_template(sandbox, template_id)

    sandbox.scheduler.call_later(delay, review)


def template_submitted(sandbox: Sandbox, account: Account, template: dict[str, Any]) -> None:
    """A template was created or upserted: `PENDING` (or `APPROVED` when created approved), review scheduled."""
    _status(sandbox, account, template)
    if template["status"] == "PENDING":
        _schedule_review(sandbox, template["id"])


def template_edited(sandbox: Sandbox, account: Account, template: dict[str, Any], *, previous_category: str) -> None:
    """A template was edited: its new components, a category change if any, `PENDING` again, review scheduled."""
    components = {c.get("type"): c for c in template["components"]}
    value: dict[str, Any] = {
        **_template_ids(template),
        "message_template_element": components.get("BODY", {}).get("text", ""),
    }
    header = components.get("HEADER", {})
    if header.get("format", "TEXT") == "TEXT" and "text" in header:
        value["message_template_title"] = header["text"]
    if "text" in components.get("FOOTER", {}):
        value["message_template_footer"] = components["FOOTER"]["text"]
    buttons = [b for b in components.get("BUTTONS", {}).get("buttons", []) if b.get("type") in ("URL", "PHONE_NUMBER")]
    if buttons:
        value["message_template_buttons"] = [_button(b) for b in buttons]
    sandbox.notify(account.id, "message_template_components_update", value)
    if template["category"] != previous_category:
        _category(sandbox, account, template, previous_category)
    _status(sandbox, account, template)
    _schedule_review(sandbox, template["id"])


def _button(button: dict[str, Any]) -> dict[str, Any]:
    item = {"message_template_button_type": button["type"], "message_template_button_text": button.get("text", "")}
    if button["type"] == "URL":
        item["message_template_button_url"] = button.get("url", "")
    else:
        item["message_template_button_phone_number"] = button.get("phone_number", "")
    return item


def review_outcome(template: dict[str, Any]) -> tuple[str, str, dict[str, str] | None]:
    """The time rule's decision: (status, reason, rejection_info)."""
    for component in template["components"]:
        if component.get("type") == "BODY" and _ADJACENT.search(str(component.get("text", ""))):
            return "REJECTED", "INVALID_FORMAT", ADJACENT_PARAMETERS
    return "APPROVED", "NONE", None


def _located(sandbox: Sandbox, template_id: str) -> tuple[Account, dict[str, Any]]:
    account = sandbox.store.account_of_template(template_id)
    if account is None:
        raise LookupError(f"no template {template_id} in the sandbox")
    return account, account.templates[template_id]


def review_template(
    sandbox: Sandbox, template_id: str, status: str | None = None, reason: str | None = None
) -> dict[str, Any]:
    """Decide a template's review (`status` APPROVED or REJECTED, else the time rule) and notify it.

    Raises LookupError for an unknown template, ValueError for another status or reason.
    """
    account, template = _located(sandbox, template_id)
    if status is None:
        status, reason_found, info = review_outcome(template)
        reason = reason or reason_found
    else:
        if status not in ("APPROVED", "REJECTED"):
            raise ValueError("status must be APPROVED or REJECTED")
        reason = reason or ("NONE" if status == "APPROVED" else "INVALID_FORMAT")
        info = ADJACENT_PARAMETERS if reason == "INVALID_FORMAT" else None
    if reason not in allowed("TemplateRejectedReason") or (status == "APPROVED") != (reason == "NONE"):
        raise ValueError(f"reason must be NONE for APPROVED, one of {allowed('TemplateRejectedReason')} otherwise")
    template["status"], template["rejected_reason"] = status, reason
    _status(sandbox, account, template, {"rejection_info": info} if info else None)
    return template


def _category(sandbox: Sandbox, account: Account, template: dict[str, Any], previous: str) -> None:
    value = {**_template_ids(template), "previous_category": previous, "new_category": template["category"]}
    sandbox.notify(account.id, "template_category_update", value)


def change_category(sandbox: Sandbox, template_id: str, category: str) -> dict[str, Any]:
    """Meta recategorises a template; notifies `template_category_update`. LookupError, ValueError."""
    account, template = _located(sandbox, template_id)
    if category not in allowed("TemplateCategory"):
        raise ValueError(f"category must be one of {allowed('TemplateCategory')}")
    previous, template["category"] = template["category"], category
    _category(sandbox, account, template, previous)
    return template


def change_quality(sandbox: Sandbox, template_id: str, score: str) -> dict[str, Any]:
    """Recipients' feedback moves a template's quality score; notifies `message_template_quality_update`."""
    account, template = _located(sandbox, template_id)
    if score not in allowed("TemplateQualityScoreValue"):
        raise ValueError(f"score must be one of {allowed('TemplateQualityScoreValue')}")
    previous = template["quality_score"]["score"]
    template["quality_score"] = {"score": score, "date": int(sandbox.config.clock())}
    value = {"previous_quality_score": previous, "new_quality_score": score, **_template_ids(template)}
    sandbox.notify(account.id, "message_template_quality_update", value)
    return template


def change_phone_quality(
    sandbox: Sandbox, phone_id: str, event: str, *, current_limit: str | None = None, quality_rating: str | None = None
) -> dict[str, Any]:
    """A phone number is flagged, unflagged, or its messaging limit changes; notifies `phone_number_quality_update`.

    Raises LookupError for an unknown phone number, ValueError for an unknown event, limit or rating.
    """
    found = [(a, p) for a in sandbox.store.accounts.values() for p in a.phone_numbers if p["id"] == phone_id]
    if not found:
        raise LookupError(f"no phone number {phone_id} in the sandbox")
    ((account, phone),) = found
    if event not in allowed("PhoneNumberQualityEvent"):
        raise ValueError(f"event must be one of {allowed('PhoneNumberQualityEvent')}")
    limits = allowed("MessagingLimitTier")
    if current_limit is not None and current_limit not in limits:
        raise ValueError(f"current_limit must be one of {limits}")
    if quality_rating is not None and quality_rating not in allowed("QualityRating"):
        raise ValueError(f"quality_rating must be one of {allowed('QualityRating')}")
    old_limit = phone["messaging_limit_tier"]
    if quality_rating is not None:
        phone["quality_rating"] = quality_rating
    if current_limit is not None:
        phone["messaging_limit_tier"] = current_limit
    value: dict[str, Any] = {"display_phone_number": phone["_cc"] + phone["_number"], "event": event,
                             "current_limit": phone["messaging_limit_tier"]}  # fmt: skip
    if current_limit is not None and current_limit != old_limit:
        value["old_limit"] = old_limit
    sandbox.notify(account.id, "phone_number_quality_update", value)
    return phone
