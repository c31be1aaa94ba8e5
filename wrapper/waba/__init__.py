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

Results are the generated models of `waba_api.models`; errors are the classes of `waba.errors`.
"""

from __future__ import annotations

from . import errors
from .batch import BatchResult
from .client import AsyncWabaClient, WabaClient, __version__
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
    NoLinkedPhoneNumbersError,
    NotFoundError,
    PaginationLoopError,
    PermissionDeniedError,
    RateLimitError,
    TemplateCreationError,
    TemplateLimitReachedError,
    TokenExpiredError,
    TransientError,
    UnexpectedResponseError,
    UnsafeURLError,
    ValidationError,
    WabaError,
)
from .operations import Prepared
from .pagination import AsyncPager, Pager
from .retry import RetryPolicy
from .spec import spec_text
from .usage import Pacing, Usage

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
    "NoLinkedPhoneNumbersError",
    "NotFoundError",
    "Pacing",
    "Pager",
    "PaginationLoopError",
    "PermissionDeniedError",
    "Prepared",
    "RateLimitError",
    "RetryPolicy",
    "TemplateCreationError",
    "TemplateLimitReachedError",
    "TokenExpiredError",
    "TransientError",
    "UnexpectedResponseError",
    "UnsafeURLError",
    "Usage",
    "ValidationError",
    "WabaClient",
    "WabaError",
    "__version__",
    "errors",
    "spec_text",
]
