"""waba: a typed Python SDK for WhatsApp Business Accounts on the Meta Graph API.

Quick start (sync):

    from waba import WabaClient

    with WabaClient() as client:                              # token from WABA_ACCESS_TOKEN
        account = client.account("102290129340398").get(fields=["id", "name"])
        for template in client.account(account.id).message_templates.list(limit=100):
            print(template.name, template.status)

Quick start (async):

    from waba import AsyncWabaClient

    async with AsyncWabaClient() as client:
        account = await client.account("102290129340398").get(fields=["id", "name"])
        async for template in client.account(account.id).message_templates.list(limit=100):
            print(template.name, template.status)

Results are the generated models of `waba_api.models`; errors are the classes of `waba.errors`. Webhooks (verify,
handshake, typed events, ASGI/WSGI adapters) are in `waba.webhooks`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import errors
from .batch import BatchResult
from .client import AsyncWabaClient, WabaClient
from .errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    ClientClosedError,
    ConfigurationError,
    GraphAPIError,
    GraphQueryError,
    InsightsNotAvailableError,
    InvalidParameterError,
    InvalidSignatureError,
    NoLinkedPhoneNumbersError,
    NotFoundError,
    PaginationLoopError,
    PermissionDeniedError,
    RateLimitError,
    SubscriptionVerificationError,
    TemplateAlreadyExistsError,
    TemplateCreationError,
    TemplateFieldTooLongError,
    TemplateFormatError,
    TemplateLanguageBeingDeletedError,
    TemplateLimitReachedError,
    TemplateParameterError,
    TokenExpiredError,
    TransientError,
    UnexpectedResponseError,
    UnsafeURLError,
    ValidationError,
    WabaError,
    WebhookError,
    WebhookPayloadError,
)
from .operations import Prepared
from .pagination import AsyncPager, Pager
from .retry import RetryPolicy
from .spec import spec_text
from .usage import Pacing, Usage

if TYPE_CHECKING:
    from . import webhooks

    __version__: str


def __getattr__(name: str) -> Any:
    """`waba.webhooks` is imported and `waba.__version__` read on first use, so `import waba` stays light."""
    if name == "webhooks":
        return importlib.import_module(".webhooks", __name__)
    if name == "__version__":
        from .base_client import sdk_version  # noqa: PLC0415

        return sdk_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AsyncPager",
    "AsyncWabaClient",
    "AuthenticationError",
    "BatchResult",
    "ClientClosedError",
    "ConfigurationError",
    "GraphAPIError",
    "GraphQueryError",
    "InsightsNotAvailableError",
    "InvalidParameterError",
    "InvalidSignatureError",
    "NoLinkedPhoneNumbersError",
    "NotFoundError",
    "Pacing",
    "Pager",
    "PaginationLoopError",
    "PermissionDeniedError",
    "Prepared",
    "RateLimitError",
    "RetryPolicy",
    "SubscriptionVerificationError",
    "TemplateAlreadyExistsError",
    "TemplateCreationError",
    "TemplateFieldTooLongError",
    "TemplateFormatError",
    "TemplateLanguageBeingDeletedError",
    "TemplateLimitReachedError",
    "TemplateParameterError",
    "TokenExpiredError",
    "TransientError",
    "UnexpectedResponseError",
    "UnsafeURLError",
    "Usage",
    "ValidationError",
    "WabaClient",
    "WabaError",
    "WebhookError",
    "WebhookPayloadError",
    "__version__",
    "errors",
    "spec_text",
    "webhooks",
]
