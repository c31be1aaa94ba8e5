"""The SDK's exceptions: one hierarchy, Graph errors classified by code, subcode, then `is_transient`.

    WabaError
    ├── ConfigurationError (ValueError)          bad client settings
    ├── ValidationError (ValueError)             bad arguments, caught before any request
    ├── UnsafeURLError                           a paging URL pointing at another host
    ├── ClientClosedError                        a call on a client whose connection pool was closed
    ├── APIConnectionError                       no answer: connection failed
    │   └── APITimeoutError                      no answer in time
    └── GraphAPIError                            an answer that is an error (or not Graph at all)
        ├── AuthenticationError  (190, 102)      └── TokenExpiredError (190/463)
        ├── PermissionDeniedError (3, 10, 200-299, 368)
        ├── InvalidParameterError (100)          ├── GraphQueryError (2500)
        │                                         └── TemplateCreationError (100/2388xxx)
        │                                             └── TemplateLimitReachedError (100/2388019)
        ├── NotFoundError (803, 100/33)
        ├── RateLimitError (4, 17, 32, 341, 613, 80007, 80008, 130429, ...)   .retry_after
        ├── TransientError (1, 2, any `is_transient`)
        ├── NoLinkedPhoneNumbersError (200008)
        ├── InsightsNotAvailableError (200005)
        └── UnexpectedResponseError              HTML, empty or truncated bodies, odd statuses, wrong shapes
            └── PaginationLoopError              a listing whose `paging.next` would never end

The code-to-class table is the spec's `x-graph-error-catalogue`; see `waba.catalogue`.

Every exception has `may_have_been_applied`: True when the request changes something (any method but GET, HEAD
and OPTIONS) and its outcome is unknown — the answer was lost or unreadable (a dropped connection, a timeout
after sending, a 2xx body that is not JSON, a proxy's 5xx page), or an earlier attempt's was (a DELETE retried
after a lost answer). Then read the state back before sending the request again: a blind retry may duplicate
a create. Its text says so too.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from .catalogue import catalogue
from .payload import NotJSONError, is_int, read_json

if TYPE_CHECKING:
    import httpx

    from .redaction import Redactor
    from .usage import Usage

EXCERPT_LENGTH = 200
MAY_HAVE_BEEN_APPLIED_NOTE = (
    "The request may have been applied: read the state back before sending it again (a blind retry may duplicate it)."
)


class WabaError(Exception):
    """Base class of every exception the SDK raises. `may_have_been_applied` is True when the request changes
    something and its outcome is unknown (its answer was lost or unreadable): check before sending it again."""

    may_have_been_applied: bool = False

    def __str__(self) -> str:
        text = self._describe()
        return f"{text} {MAY_HAVE_BEEN_APPLIED_NOTE}" if self.may_have_been_applied else text

    def _describe(self) -> str:
        return super().__str__()


class ConfigurationError(WabaError, ValueError):
    """The client was configured with an unusable setting (missing token, insecure base URL, ...)."""


class ValidationError(WabaError, ValueError):
    """An argument is invalid; raised before any request is sent."""


class UnsafeURLError(WabaError):
    """A URL from a response (such as `paging.next`) points outside the configured API host; not followed."""


class ClientClosedError(WabaError):
    """A call on a client whose connection pool was closed (`close()`, or the end of its `with` block)."""


class APIConnectionError(WabaError):
    """The request got no answer: connection refused, reset or dropped. Retried for GET/DELETE first."""


class APITimeoutError(APIConnectionError):
    """The request got no answer within the configured timeout."""


class GraphAPIError(WabaError):
    """Graph answered with an error (or with something that is not a Graph answer).

    Attributes mirror the Graph error envelope: `code`, `subcode`, `type`, `message`, `user_title`,
    `user_message`, `fbtrace_id`, `is_transient`, `error_data`; plus `http_status`, the parsed rate-limit
    `usage` headers, the raw `body` bytes, and the request's `method` and redacted `url`.
    """

    def __init__(
        self,
        message: str,
        *,
        http_status: int | None = None,
        code: int | None = None,
        subcode: int | None = None,
        type: str | None = None,
        user_title: str | None = None,
        user_message: str | None = None,
        fbtrace_id: str | None = None,
        is_transient: bool = False,
        error_data: Any = None,
        usage: Usage | None = None,
        body: bytes = b"",
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.http_status = http_status
        self.code = code
        self.subcode = subcode
        self.type = type
        self.user_title = user_title
        self.user_message = user_message
        self.fbtrace_id = fbtrace_id
        self.is_transient = is_transient
        self.error_data = error_data
        self.usage = usage
        self.body = body
        self.method = method
        self.url = url

    def _describe(self) -> str:
        code = "" if self.code is None else f"(#{self.code}{'' if self.subcode is None else f'/{self.subcode}'}) "
        if self.code is not None and self.subcode is None and self.message.startswith(f"(#{self.code})"):
            code = ""
        where = f" [{self.method} {self.url}]" if self.method and self.url else ""
        status = "" if self.http_status is None else f" (HTTP {self.http_status})"
        trace = "" if not self.fbtrace_id else f" fbtrace_id={self.fbtrace_id}"
        return f"{code}{self.message}{status}{where}{trace}"

    def __repr__(self) -> str:
        applied = ", may_have_been_applied=True" if self.may_have_been_applied else ""
        return (
            f"{type(self).__name__}(code={self.code!r}, subcode={self.subcode!r}, http_status={self.http_status!r}, "
            f"message={self.message!r}{applied})"
        )


class AuthenticationError(GraphAPIError):
    """The access token is invalid, expired or revoked (code 190 and its subcodes, 102). Get a new token."""


class TokenExpiredError(AuthenticationError):
    """The access token expired (190/463). Refresh it or issue a new one."""


class PermissionDeniedError(GraphAPIError):
    """The token lacks a permission or access to the object (codes 3, 10, 200-299, 368)."""


class InvalidParameterError(GraphAPIError):
    """A parameter is missing, malformed or not allowed (code 100)."""


class GraphQueryError(InvalidParameterError):
    """The `fields` expression or path could not be parsed (code 2500)."""


class TemplateCreationError(InvalidParameterError):
    """A message template was rejected at creation (code 100 with a 2388xxx subcode); see `user_message`."""


class TemplateLimitReachedError(TemplateCreationError):
    """The account reached its message template limit (100/2388019). Delete unused templates first."""


class NotFoundError(GraphAPIError):
    """The object does not exist or the token cannot see it (803, 100/33)."""


class RateLimitError(GraphAPIError):
    """A rate limit was hit (codes 4, 17, 32, 613, 80007, 80008, 130429, ...).

    `retry_after` is the number of seconds to wait before calling again, when Graph says
    (`estimated_time_to_regain_access` in X-Business-Use-Case-Usage), else None.
    """

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after

    def _describe(self) -> str:
        wait = "" if self.retry_after is None else f" retry after {self.retry_after:.0f} s."
        return super()._describe() + wait


class TransientError(GraphAPIError):
    """A temporary failure (codes 1, 2, or any error marked `is_transient`). The same call may succeed later."""


class NoLinkedPhoneNumbersError(GraphAPIError):
    """The WhatsApp Business Account has no linked phone numbers (200008). Add and register one first."""


class InsightsNotAvailableError(GraphAPIError):
    """Template insights are not available (200005). Enable `is_enabled_for_insights`, then retry later."""


class UnexpectedResponseError(GraphAPIError):
    """The answer was not a Graph answer: HTML from a proxy, an empty or truncated body, an odd status.

    `message` carries a short excerpt of the body; `http_status` and `body` are set.
    """


class PaginationLoopError(UnexpectedResponseError):
    """A listing would never end: `paging.next` led back to a page already fetched, or page after page came back
    empty with a `next`. The items yielded so far are correct; `pages_fetched` and `cursor` (the last `after`
    cursor, to resume with `list(after=...)` later) say where it stopped."""

    def __init__(self, message: str, *, pages_fetched: int, cursor: str | None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.pages_fetched = pages_fetched
        self.cursor = cursor


@functools.cache
def _exception_classes() -> dict[str, type[GraphAPIError]]:
    found: dict[str, type[GraphAPIError]] = {}
    pending: list[type[GraphAPIError]] = [GraphAPIError]
    while pending:
        cls = pending.pop()
        found[cls.__name__] = cls
        pending.extend(cls.__subclasses__())
    return found


def classify(code: int | None, subcode: int | None, is_transient: bool) -> type[GraphAPIError]:
    """The exception class for a Graph error: by code, then subcode (catalogue), then `is_transient`."""
    entry = catalogue().lookup(code, subcode)
    if entry is not None:
        return _exception_classes()[entry.exception]
    return TransientError if is_transient else GraphAPIError


def body_excerpt(body: bytes, redactor: Redactor | None) -> str:
    """The start of a body as one line of text, secrets masked: for error messages."""
    text = " ".join(body.decode("utf-8", errors="replace").split())
    if redactor is not None:
        text = redactor.text(text)
    if not text:
        return "(empty body)"
    return text if len(text) <= EXCERPT_LENGTH else text[: EXCERPT_LENGTH - 1] + "…"


def graph_error_detail(body: bytes) -> dict[str, Any] | None:
    """The `error` object of a Graph error envelope (an object whose `code` is an integer), or None when `body`
    is not one — whatever the bytes are."""
    try:
        parsed = read_json(body)
    except NotJSONError:
        return None
    if not isinstance(parsed, dict):
        return None
    detail = parsed.get("error")
    if not isinstance(detail, dict) or not is_int(detail.get("code")):
        return None
    return detail


def _int_or_none(value: Any) -> int | None:
    return value if is_int(value) else None


def _str_or_none(value: Any, redactor: Redactor | None) -> str | None:
    if not isinstance(value, str):
        return None
    return redactor.text(value) if redactor is not None else value


def error_from_body(
    status: int | None,
    body: bytes,
    *,
    usage: Usage | None = None,
    redactor: Redactor | None = None,
    method: str | None = None,
    url: str | None = None,
    retry_after: float | None = None,
) -> GraphAPIError:
    """Build the right exception for an error answer (never raises while doing so)."""
    common: dict[str, Any] = {"http_status": status, "usage": usage, "body": body, "method": method, "url": url}
    detail = graph_error_detail(body)
    if detail is None:
        excerpt = body_excerpt(body, redactor)
        return UnexpectedResponseError(f"Unexpected answer (not a Graph error): {excerpt}", **common)
    code = _int_or_none(detail.get("code"))
    subcode = _int_or_none(detail.get("error_subcode"))
    is_transient = detail.get("is_transient") is True
    cls = classify(code, subcode, is_transient)
    message = _str_or_none(detail.get("message"), redactor) or "Graph returned an error without a message"
    fields: dict[str, Any] = {
        **common,
        "code": code,
        "subcode": subcode,
        "type": _str_or_none(detail.get("type"), redactor),
        "user_title": _str_or_none(detail.get("error_user_title"), redactor),
        "user_message": _str_or_none(detail.get("error_user_msg"), redactor),
        "fbtrace_id": _str_or_none(detail.get("fbtrace_id"), redactor),
        "is_transient": is_transient,
        "error_data": detail.get("error_data"),
    }
    if issubclass(cls, RateLimitError):
        return cls(message, retry_after=retry_after, **fields)
    return cls(message, **fields)


def error_from_response(
    response: httpx.Response,
    *,
    usage: Usage | None = None,
    redactor: Redactor | None = None,
    retry_after: float | None = None,
) -> GraphAPIError:
    """The exception for an error response whose body has been read."""
    url = redactor.url(response.request.url) if redactor is not None else None
    return error_from_body(
        response.status_code,
        response.content,
        usage=usage,
        redactor=redactor,
        method=response.request.method,
        url=url,
        retry_after=retry_after,
    )
