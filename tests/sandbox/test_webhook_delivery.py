"""The sandbox's webhook deliveries, checked with the stdlib only: signed as Graph signs, shaped as the spec says,
retried on anything but 200, logged, driven by the admin endpoints and the review time rule."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from spec_bundle import bundle

from waba import WabaClient
from waba_api.models import MessageTemplateCreate, TemplateBodyComponent, TemplateCategory
from waba_sandbox import RunningSandbox, SandboxConfig, serve_sandbox

from .webhook_receiver import Recorder, recording_receiver

SECRET = "sandbox-webhook-secret-canary-55"
WABA = "102290129340398"
FAST_RETRIES = (0.0, 0.05, 0.05)


def signed_by_secret(body: bytes, header: str) -> bool:
    expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header)


def notification_validator() -> Draft202012Validator:
    spec = bundle()
    registry: Registry[Any] = Registry().with_resource("urn:spec", DRAFT202012.create_resource(spec))
    return Draft202012Validator({"$ref": "urn:spec#/components/schemas/WebhookNotification"}, registry=registry)


@pytest.fixture
def receiver() -> Iterator[Recorder]:
    with recording_receiver() as recorder:
        yield recorder


def config(url: str, **changes: Any) -> SandboxConfig:
    return SandboxConfig(app_secret=SECRET, webhook_url=url, webhook_retry_delays=FAST_RETRIES, **changes)


def create_template(sandbox: RunningSandbox, name: str, text: str) -> str:
    with WabaClient(access_token=sandbox.token, base_url=sandbox.base_url, app_secret=SECRET, max_retries=0) as c:
        body = MessageTemplateCreate(name=name, language="en_US", category=TemplateCategory.UTILITY,
                                     components=[TemplateBodyComponent(text=text)])  # fmt: skip
        return c.account(WABA).message_templates.create(body=body).id


def admin(sandbox: RunningSandbox, path: str, body: dict[str, Any] | None = None) -> httpx.Response:
    url = f"{sandbox.base_url}/_sandbox/{path}"
    return httpx.post(url, json=body or {}) if body is not None else httpx.get(url)


def changes_of(received: list[Any]) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for request in received:
        for entry in json.loads(request.body)["entry"]:
            found += [(change["field"], change["value"]) for change in entry["changes"]]
    return found


def test_deliveries_are_signed_graph_encoded_and_match_the_spec(receiver: Recorder) -> None:
    with RunningSandbox(config(receiver.url, template_review_seconds=0.1)) as sandbox:
        template_id = create_template(sandbox, "delivery_check", "Olá {{1}}, see https://example.com/a for more.")
        received = receiver.wait_for(2)
        assert admin(sandbox, f"templates/{template_id}/category", {"category": "MARKETING"}).status_code == 200
        edit = {"components": [{"type": "BODY", "text": "Olá {{1}}, voilà: https://example.com/é now"}]}
        with WabaClient(access_token=sandbox.token, base_url=sandbox.base_url, app_secret=SECRET) as client:
            client.message_template(template_id).update(body=edit)
        received = receiver.wait_for(6)
    validator = notification_validator()
    for request in received:
        assert request.path == "/hook"
        assert request.headers["Content-Type"] == "application/json"
        assert signed_by_secret(request.body, request.headers["X-Hub-Signature-256"])
        assert request.body.isascii() and b"://" not in request.body  # Graph escapes é and / (\u00e9, \/)
        assert list(validator.iter_errors(json.loads(request.body))) == []
    fields = [field for field, _ in changes_of(received)]
    assert fields == ["message_template_status_update", "message_template_status_update", "template_category_update",
                      "message_template_components_update", "message_template_status_update",
                      "message_template_status_update"]  # fmt: skip
    values = changes_of(received)
    statuses = [v["event"] for f, v in values if f == "message_template_status_update"]
    assert statuses == ["PENDING", "APPROVED", "PENDING", "APPROVED"]
    assert b"https:\\/\\/example.com\\/\\u00e9 now" in received[3].body
    edited = next(v for f, v in values if f == "message_template_components_update")
    assert edited["message_template_element"] == "Olá {{1}}, voilà: https://example.com/é now"
    assert ("template_category_update", {"message_template_id": int(template_id),
            "message_template_name": "delivery_check", "message_template_language": "en_US",
            "previous_category": "UTILITY", "new_category": "MARKETING"}) in values  # fmt: skip
    for request in received:
        entry = json.loads(request.body)["entry"][0]
        assert entry["id"] == WABA and abs(entry["time"] - time.time()) < 60


def test_failed_deliveries_are_retried_until_200_and_logged() -> None:
    with recording_receiver([500, 204]) as receiver, RunningSandbox(config(receiver.url)) as sandbox:
        create_template(sandbox, "retried", "Hello {{1}}, your order shipped.")
        received = receiver.wait_for(3)
        assert sandbox.sandbox.scheduler.wait_idle(10)
        log = admin(sandbox, "webhooks").json()
    assert len(received) == 3 and received[0].body == received[1].body == received[2].body
    assert received[0].headers["X-Hub-Signature-256"] == received[2].headers["X-Hub-Signature-256"]
    (delivery,) = log["deliveries"]
    assert log["url"] == receiver.url
    assert delivery["state"] == "delivered"
    assert [a["status"] for a in delivery["attempts"]] == [500, 204, 200]  # only 200 acknowledges, as on Graph
    assert delivery["field"] == "message_template_status_update" and delivery["waba_id"] == WABA
    assert delivery["body"]["entry"][0]["changes"][0]["value"]["event"] == "PENDING"
    assert "sha256" not in json.dumps(log) and SECRET not in json.dumps(log)


def test_a_delivery_is_dropped_after_the_last_retry() -> None:
    with recording_receiver([503] * 10) as receiver, RunningSandbox(config(receiver.url)) as sandbox:
        create_template(sandbox, "dropped", "Hello {{1}}, your order shipped.")
        receiver.wait_for(1 + len(FAST_RETRIES))
        assert sandbox.sandbox.scheduler.wait_idle(10)
        (delivery,) = admin(sandbox, "webhooks").json()["deliveries"]
    assert delivery["state"] == "dropped"
    assert [a["status"] for a in delivery["attempts"]] == [503] * (1 + len(FAST_RETRIES))


def test_an_unreachable_receiver_is_retried_then_dropped() -> None:
    with recording_receiver() as receiver:
        url = receiver.url  # the receiver is gone once the block ends: nothing listens there any more
    with RunningSandbox(config(url)) as sandbox:
        create_template(sandbox, "unreachable", "Hello {{1}}, your order shipped.")
        # every retry (FAST_RETRIES) is due within a second: idle with nothing due that soon means all were made
        assert sandbox.sandbox.scheduler.wait_idle(20, within=1.0)
        (delivery,) = admin(sandbox, "webhooks").json()["deliveries"]
    assert delivery["state"] == "dropped"
    assert all(a["status"] is None and "Connection" in a["error"] for a in delivery["attempts"])


DOWNGRADE = {"event": "DOWNGRADE", "current_limit": "TIER_250", "quality_rating": "RED"}


def test_admin_endpoints_drive_meta_s_decisions(receiver: Recorder) -> None:
    with RunningSandbox(config(receiver.url)) as sandbox:
        store = sandbox.sandbox.store
        template_id = create_template(sandbox, "admin_driven", "Hi {{1}}{{2}}, your order shipped today.")
        phone = store.accounts[WABA].phone_numbers[0]
        answers = [
            admin(sandbox, f"templates/{template_id}/review", {}),  # the rule: adjacent parameters are rejected
            admin(sandbox, f"templates/{template_id}/review", {"status": "APPROVED"}),
            admin(sandbox, f"templates/{template_id}/quality", {"score": "YELLOW"}),
            admin(sandbox, f"phone_numbers/{phone['id']}/quality", DOWNGRADE),
        ]
        assert [a.status_code for a in answers] == [200] * 4
        assert answers[0].json()["status"] == "REJECTED" and answers[1].json()["status"] == "APPROVED"
        assert (phone["quality_rating"], phone["messaging_limit_tier"]) == ("RED", "TIER_250")
        received = receiver.wait_for(5)
        values = changes_of(received)
        validator = notification_validator()
        assert all(list(validator.iter_errors(json.loads(r.body))) == [] for r in received)
        assert all(signed_by_secret(r.body, r.headers["X-Hub-Signature-256"]) for r in received)
        errors = [
            admin(sandbox, "templates/999/review", {}),
            admin(sandbox, f"templates/{template_id}/category", {"category": "SPAM"}),
            admin(sandbox, f"templates/{template_id}/review", {"status": "PAUSED"}),
            admin(sandbox, f"phone_numbers/{phone['id']}/quality", {"event": 5}),
            httpx.post(f"{sandbox.base_url}/_sandbox/templates/{template_id}/quality", content=b"[" * 100_000),
        ]
    assert [e.status_code for e in errors] == [404, 400, 400, 400, 400]
    assert all("message" in e.json()["error"] for e in errors)
    rejected = values[1][1]
    assert (rejected["event"], rejected["reason"]) == ("REJECTED", "INVALID_FORMAT")
    assert set(rejected["rejection_info"]) == {"reason", "recommendation"}
    assert values[2][1]["event"] == "APPROVED" and values[2][1]["reason"] == "NONE"
    assert values[3] == ("message_template_quality_update", {"previous_quality_score": "UNKNOWN",
                         "new_quality_score": "YELLOW", "message_template_id": int(template_id),
                         "message_template_name": "admin_driven", "message_template_language": "en_US"})  # fmt: skip
    field, quality = values[4]
    assert field == "phone_number_quality_update"
    assert quality == {"display_phone_number": phone["_cc"] + phone["_number"], "event": "DOWNGRADE",
                       "current_limit": "TIER_250", "old_limit": quality["old_limit"]}  # fmt: skip
    assert quality["old_limit"] != "TIER_250"


def test_the_time_rule_reviews_without_webhooks_too() -> None:
    with serve_sandbox(template_review_seconds=0.05) as sandbox:
        with WabaClient(access_token=sandbox.token, base_url=sandbox.base_url, max_retries=0) as client:
            component = TemplateBodyComponent(text="Hello {{1}}, it shipped.")
            body = MessageTemplateCreate(
                name="ruled", language="en_US", category=TemplateCategory.UTILITY, components=[component]
            )
            created = client.account(WABA).message_templates.create(body=body)
            assert sandbox.sandbox.scheduler.wait_idle(10, within=1.0)
            assert str(client.message_template(created.id).get(fields=["status"]).status) == "APPROVED"
        assert sandbox.sandbox.webhooks is None


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"webhook_url": "https://hooks.example.com/wa", "app_secret": "s"}, "loopback"),
        ({"webhook_url": "http://10.0.0.1/wa", "app_secret": "s"}, "loopback"),
        ({"webhook_url": "ftp://127.0.0.1/wa", "app_secret": "s"}, "http"),
        ({"webhook_url": "http://127.0.0.1:99999/wa", "app_secret": "s"}, "port"),
        ({"webhook_url": "http://127.0.0.1/wa"}, "app_secret"),
        ({"template_review_seconds": -1}, "template_review_seconds"),
        ({"webhook_retry_delays": (0.0, float("nan"))}, "webhook_retry_delays"),
        ({"webhook_timeout": 0}, "webhook_timeout"),
    ],
)
def test_unusable_webhook_settings_are_refused(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        SandboxConfig(**changes)


def test_loopback_urls_are_accepted() -> None:
    for url in ("http://127.0.0.1:8080/wa", "http://localhost/wa", "http://[::1]:9000/x", "https://127.0.0.2/"):
        assert SandboxConfig(webhook_url=url, app_secret="s").webhook_url == url
