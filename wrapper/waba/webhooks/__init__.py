"""Graph's webhooks for a WhatsApp Business Account: verify, answer the handshake, parse into typed events.

    from waba.webhooks import SIGNATURE_HEADER, parse, verify_signature
    from waba_api.models import MessageTemplateStatusUpdateValue

    verify_signature(raw_body, headers.get(SIGNATURE_HEADER), app_secret)  # InvalidSignatureError
    for event in parse(raw_body):                                           # WebhookPayloadError
        if isinstance(event.value, MessageTemplateStatusUpdateValue):
            print(event.waba_id, event.time, event.value.message_template_name, event.value.event)

- `verify_signature(raw_body, header, app_secret)`: HMAC-SHA256 over the raw bytes, constant-time compare.
- `verify_subscription(query, verify_token)`: the `hub.challenge` to echo to Graph's subscription GET.
- `parse(raw_body)`: one `WebhookEvent` per change (field, WABA id, time, generated model of the value); fields
  the API description does not know are kept with their raw value.
- `asgi_app(...)` / `wsgi_app(...)`: a ready endpoint for ASGI (Starlette, FastAPI) and WSGI (Flask, Django)
  apps; `WebhookReceiver` is the framework-free core they share.

Nothing here needs a web framework or a new dependency; errors are the `WebhookError` family of `waba.errors`.
"""

from __future__ import annotations

from ..errors import InvalidSignatureError, SubscriptionVerificationError, WebhookError, WebhookPayloadError
from .asgi import WebhookASGIApp, asgi_app
from .events import WebhookEvent
from .handshake import verify_subscription
from .parsing import MAX_DEPTH, parse
from .receiver import DEFAULT_MAX_BODY_BYTES, Reply, WebhookReceiver
from .signature import SIGNATURE_HEADER, signature_header, verify_signature
from .wsgi import WebhookWSGIApp, wsgi_app

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "MAX_DEPTH",
    "SIGNATURE_HEADER",
    "InvalidSignatureError",
    "Reply",
    "SubscriptionVerificationError",
    "WebhookASGIApp",
    "WebhookError",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookReceiver",
    "WebhookWSGIApp",
    "asgi_app",
    "parse",
    "signature_header",
    "verify_signature",
    "verify_subscription",
    "wsgi_app",
]
