"""What a webhook endpoint does, without a web framework: answer the handshake, verify and parse deliveries,
and choose the status Graph gets back. The ASGI and WSGI adapters only move bytes in and out."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import InvalidSignatureError, SubscriptionVerificationError, ValidationError, WebhookError
from .events import WebhookEvent
from .handshake import verify_subscription
from .parsing import parse
from .signature import verify_signature

logger = logging.getLogger("waba.webhooks")

#: Largest body accepted by default; Graph's deliveries are at most 3 MB.
DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024
_TEXT = (("content-type", "text/plain; charset=utf-8"), ("x-content-type-options", "nosniff"))


@dataclass(frozen=True)
class Reply:
    """The HTTP answer to send: status, headers, body."""

    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...] = _TEXT

    @classmethod
    def text(cls, status: int, text: str, *extra: tuple[str, str]) -> Reply:
        """A text/plain answer."""
        return cls(status, text.encode(), (*_TEXT, *extra))


ACKNOWLEDGED = Reply.text(200, "OK")
TOO_LARGE = Reply.text(413, "The body is larger than this endpoint accepts.")
NOT_ALLOWED = Reply.text(
    405, "Webhook endpoints answer GET (the handshake) and POST (deliveries).", ("allow", "GET, POST")
)
HANDLER_FAILED = Reply.text(500, "The delivery could not be processed; Graph will retry it.")


class WebhookReceiver:
    """The framework-free core of a webhook endpoint for one app: its secret, its verify token, a body limit.

    Raises ValidationError when a setting is unusable. The secret and token never appear in its repr or errors.
    """

    def __init__(self, *, app_secret: str, verify_token: str, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> None:
        if not isinstance(app_secret, str) or not app_secret:
            raise ValidationError("app_secret must be your app's secret (a non-empty string).")
        if not isinstance(verify_token, str) or not verify_token:
            raise ValidationError("verify_token must be the non-empty verify token configured for the webhook.")
        if isinstance(max_body_bytes, bool) or not isinstance(max_body_bytes, int) or max_body_bytes < 1:
            raise ValidationError(f"max_body_bytes must be a positive integer, got {max_body_bytes!r}.")
        self._app_secret = app_secret
        self._verify_token = verify_token
        self.max_body_bytes = max_body_bytes

    def __repr__(self) -> str:
        return f"WebhookReceiver(app_secret='***', verify_token='***', max_body_bytes={self.max_body_bytes})"

    def handshake(self, query: Mapping[str, str] | str) -> Reply:
        """The answer to Graph's subscription GET: 200 with the challenge, or 403."""
        try:
            return Reply.text(200, verify_subscription(query, self._verify_token))
        except SubscriptionVerificationError as exc:
            logger.warning("webhook handshake refused: %s", exc)
            return Reply.text(403, str(exc))

    def receive(self, raw_body: bytes, signature: str | None) -> list[WebhookEvent[Any]]:
        """The events of a delivery, once its signature is verified (WebhookError subclasses otherwise)."""
        verify_signature(raw_body, signature, self._app_secret)
        return parse(raw_body)

    @staticmethod
    def refusal(error: WebhookError) -> Reply:
        """The answer to a refused delivery: 403 for a bad signature, 400 for a bad body (Graph retries both)."""
        logger.warning("webhook delivery refused: %s", error)
        return Reply.text(403 if isinstance(error, InvalidSignatureError) else 400, str(error))
