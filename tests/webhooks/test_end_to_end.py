"""End to end: the sandbox delivers signed webhooks to a receiver on loopback built with the SDK's adapter; the
SDK verifies and parses them. A template created through the wrapper arrives PENDING, then APPROVED."""

from __future__ import annotations

import io
import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any
from wsgiref.types import StartResponse, WSGIEnvironment

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Route

from waba import WabaClient
from waba.errors import InvalidSignatureError
from waba.webhooks import WebhookEvent, asgi_app, verify_signature, wsgi_app
from waba_api.models import (
    MessageTemplateComponentsUpdateValue,
    MessageTemplateCreate,
    MessageTemplateQualityUpdateValue,
    MessageTemplateStatusUpdateValue,
    MessageTemplateUpdate,
    PhoneNumberQualityEvent,
    PhoneNumberQualityUpdateValue,
    TemplateBodyComponent,
    TemplateCategory,
    TemplateCategoryUpdateValue,
    TemplateQualityScoreValue,
    TemplateRejectedReason,
    TemplateStatusEvent,
    WebhookField,
)
from waba_sandbox import LoopbackServer, RunningSandbox, SandboxConfig

from .helpers import SECRET, VERIFY_TOKEN, WABA, serve_wsgi

Event = WebhookEvent[Any]


class Inbox:
    """The events the receiver accepted, and the raw deliveries (body, signature) it saw."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.raw: list[tuple[bytes, str]] = []
        self.changed = threading.Condition()

    def accept(self, events: list[Event]) -> None:
        with self.changed:
            self.events.extend(events)
            self.changed.notify_all()

    def wait_for(self, done: Callable[[list[Event]], bool], timeout: float = 20.0) -> list[Event]:
        deadline = time.monotonic() + timeout
        with self.changed:
            while not done(self.events) and time.monotonic() < deadline:
                self.changed.wait(deadline - time.monotonic())
            assert done(self.events), f"not received in {timeout} s: {self.events}"
            return list(self.events)


@contextmanager
def asgi_receiver(inbox: Inbox) -> Iterator[str]:
    """The SDK's ASGI adapter in a Starlette app under uvicorn; yields the webhook URL."""
    endpoint = asgi_app(app_secret=SECRET, verify_token=VERIFY_TOKEN, on_events=inbox.accept)
    with LoopbackServer(Starlette(routes=[Route("/webhooks/whatsapp", endpoint, methods=["GET", "POST"])])) as server:
        yield server.base_url + "/webhooks/whatsapp"


@contextmanager
def wsgi_receiver(inbox: Inbox) -> Iterator[str]:
    """The SDK's WSGI adapter under wsgiref, behind a middleware that keeps each raw body and signature."""
    inner = wsgi_app(app_secret=SECRET, verify_token=VERIFY_TOKEN, on_events=inbox.accept)

    def recording(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        inbox.raw.append((body, environ.get("HTTP_X_HUB_SIGNATURE_256", "")))
        environ["wsgi.input"] = io.BytesIO(body)
        return inner(environ, start_response)

    with serve_wsgi(recording) as origin:
        yield origin + "/webhooks"


def statuses_of(events: list[Event], template_id: str) -> list[MessageTemplateStatusUpdateValue]:
    return [e.value for e in events if isinstance(e.value, MessageTemplateStatusUpdateValue)
            and str(e.value.message_template_id) == template_id]  # fmt: skip


def new_template(name: str, text: str) -> MessageTemplateCreate:
    return MessageTemplateCreate(name=name, language="en_US", category=TemplateCategory.UTILITY,
                                 components=[TemplateBodyComponent(text=text)])  # fmt: skip


@pytest.mark.parametrize("receiver", [asgi_receiver, wsgi_receiver], ids=["asgi-starlette", "wsgi-wsgiref"])
def test_a_template_created_through_the_wrapper_arrives_pending_then_approved(receiver: Any) -> None:
    inbox = Inbox()
    with receiver(inbox) as url:
        config = SandboxConfig(app_secret=SECRET, webhook_url=url, template_review_seconds=0.2)
        with RunningSandbox(config) as sandbox, WabaClient(access_token=sandbox.token, base_url=sandbox.base_url,
                                                            app_secret=SECRET, max_retries=0) as client:  # fmt: skip
            created = client.account(WABA).message_templates.create(
                body=new_template("webhook_e2e", "Hello {{1}}, your order is ready.")
            )
            events = inbox.wait_for(lambda got: len(statuses_of(got, created.id)) == 2)
            fetched = client.message_template(created.id).get(fields=["status"])
            deliveries = sandbox.sandbox.webhooks.deliveries() if sandbox.sandbox.webhooks else []
    statuses = statuses_of(events, created.id)
    assert [s.event for s in statuses] == [TemplateStatusEvent.PENDING, TemplateStatusEvent.APPROVED]
    assert [s.reason for s in statuses] == [TemplateRejectedReason.NONE] * 2
    assert all(s.message_template_name == "webhook_e2e" and s.message_template_language == "en_US" for s in statuses)
    assert all(s.message_template_category is TemplateCategory.UTILITY for s in statuses)
    for event in events:
        assert event.field is WebhookField.MESSAGE_TEMPLATE_STATUS_UPDATE and event.waba_id == WABA
        assert event.time is not None and abs(event.time.timestamp() - time.time()) < 60
    assert str(fetched.status) == "APPROVED"
    assert [(d.state, [a.status for a in d.attempts]) for d in deliveries] == [("delivered", [200])] * 2


def test_reviews_edits_and_quality_changes_arrive_typed_and_verifiable() -> None:
    inbox = Inbox()
    with wsgi_receiver(inbox) as url, RunningSandbox(SandboxConfig(app_secret=SECRET, webhook_url=url)) as sandbox:
        admin = f"{sandbox.base_url}/_sandbox"
        with WabaClient(access_token=sandbox.token, base_url=sandbox.base_url, app_secret=SECRET) as client:
            template_id = (
                client.account(WABA)
                .message_templates.create(body=new_template("webhook_changes", "Olá {{1}}{{2}}, o pedido está pronto."))
                .id
            )
            httpx.post(f"{admin}/templates/{template_id}/review", json={}).raise_for_status()  # the rule: rejected
            edit = "Olá {{1}}, o pedido {{2}} está pronto: https://example.com/pedidos/é"
            client.message_template(template_id).update(
                body=MessageTemplateUpdate(components=[TemplateBodyComponent(text=edit)])
            )
            httpx.post(f"{admin}/templates/{template_id}/review", json={"status": "APPROVED"}).raise_for_status()
            httpx.post(f"{admin}/templates/{template_id}/category", json={"category": "MARKETING"}).raise_for_status()
            httpx.post(f"{admin}/templates/{template_id}/quality", json={"score": "RED"}).raise_for_status()
            phone = sandbox.sandbox.store.accounts[WABA].phone_numbers[1]["id"]
            httpx.post(f"{admin}/phone_numbers/{phone}/quality", json={"event": "FLAGGED"}).raise_for_status()
            events = inbox.wait_for(lambda got: len(got) == 8)
    assert [type(e.value) for e in events] == [
        MessageTemplateStatusUpdateValue,  # created: PENDING
        MessageTemplateStatusUpdateValue,  # reviewed by the rule: REJECTED
        MessageTemplateComponentsUpdateValue,  # edited...
        MessageTemplateStatusUpdateValue,  # ...so PENDING again
        MessageTemplateStatusUpdateValue,  # approved by the admin endpoint
        TemplateCategoryUpdateValue,
        MessageTemplateQualityUpdateValue,
        PhoneNumberQualityUpdateValue,
    ]
    statuses = statuses_of(events, template_id)
    assert [s.event for s in statuses] == ["PENDING", "REJECTED", "PENDING", "APPROVED"]
    assert statuses[1].reason is TemplateRejectedReason.INVALID_FORMAT and statuses[1].rejection_info
    (components,) = [e.value for e in events if isinstance(e.value, MessageTemplateComponentsUpdateValue)]
    assert components.message_template_element == edit
    (category,) = [e.value for e in events if isinstance(e.value, TemplateCategoryUpdateValue)]
    assert (category.previous_category, category.new_category) == (TemplateCategory.UTILITY, TemplateCategory.MARKETING)
    (quality,) = [e.value for e in events if isinstance(e.value, MessageTemplateQualityUpdateValue)]
    assert quality.new_quality_score is TemplateQualityScoreValue.RED
    (phone_event,) = [e.value for e in events if isinstance(e.value, PhoneNumberQualityUpdateValue)]
    assert phone_event.event is PhoneNumberQualityEvent.FLAGGED

    # The raw deliveries verify as they came, and never once re-serialised (non-ASCII text and a URL inside).
    body, signature = next((b, s) for b, s in inbox.raw if b"message_template_components_update" in b)
    verify_signature(body, signature, SECRET)
    for again in (json.dumps(json.loads(body)), json.dumps(json.loads(body), ensure_ascii=False),
                  json.dumps(json.loads(body), separators=(",", ":"))):  # fmt: skip
        with pytest.raises(InvalidSignatureError):
            verify_signature(again.encode(), signature, SECRET)
