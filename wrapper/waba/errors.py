"""The SDK's exceptions: one hierarchy, Graph errors classified by code, subcode, then `is_transient`.

    WabaError
    ├── ConfigurationError (ValueError)          bad client settings
    ├── ValidationError (ValueError)             bad arguments, caught before any request
    ├── UnsafeURLError                           a paging URL pointing at another host
    ├── ClientClosedError                        a call on a client whose connection pool was closed
    ├── APIConnectionError                       no answer: connection failed
    │   └── APITimeoutError                      no answer in time
    ├── WebhookError                             a webhook request that cannot be accepted (waba.webhooks)
    │   ├── InvalidSignatureError                X-Hub-Signature-256 missing, malformed or not matching the body
    │   ├── WebhookPayloadError (ValueError)     a body that is not a WhatsApp Business Account notification
    │   └── SubscriptionVerificationError        a failed hub.mode/hub.verify_token/hub.challenge handshake
    └── GraphAPIError                            an answer that is an error (or not Graph at all)
        ├── AuthenticationError  (190, 102)      └── TokenExpiredError (190/463)
        ├── PermissionDeniedError (3, 10, 200-299, 368)
        ├── InvalidParameterError (100)
        │   ├── GraphQueryError (2500)
        │   └── TemplateCreationError (100/2388xxx)
        │       ├── TemplateAlreadyExistsError (100/2388024)
        │       ├── TemplateLanguageBeingDeletedError (100/2388023)
        │       ├── TemplateLimitReachedError (100/2388019)
        │       ├── TemplateFieldTooLongError (100/2388040)
        │       ├── TemplateFormatError (100/2388047, 2388072, 2388073)
        │       └── TemplateParameterError (100/2388293, 2388299)
        ├── NotFoundError (803, 100/33)
        ├── RateLimitError (4, 17, 32, 341, 613, 80007, 80008, 130429, ...)   .retry_after
        ├── TransientError (1, 2, any `is_transient`)
        ├── NoLinkedPhoneNumbersError (200008)
        ├── InsightsNotAvailableError (200005)
        └── UnexpectedResponseError              HTML, empty or truncated bodies, odd statuses, wrong shapes
            └── PaginationLoopError              a listing whose `paging.next` would never end

The code-to-class table is the spec's `x-graph-error-catalogue`; see `waba.catalogue`. `str()` of a Graph error
leads with Graph's user-facing title and message when it sent them, then the code/subcode and its catalogue title,
the HTTP status, the request, `fbtrace_id` (quote it to Meta's support) and what to do.

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
    """An argument is invalid; raised before any request is sent.

    `operation` names the call (e.g. `createMessageTemplate`), `argument` the path to the bad value (e.g.
    `body.components[0].type`) and `allowed` what would have been accepted, when known.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        argument: str | None = None,
        allowed: str | None = None,
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.argument = argument
        self.allowed = allowed


class UnsafeURLError(WabaError):
    """A URL from a response (such as `paging.next`) points outside the configured API host; not followed."""


class ClientClosedError(WabaError):
    """A call on a client whose connection pool was closed (`close()`, or the end of its `with` block)."""


class APIConnectionError(WabaError):
    """The request got no answer: connection refused, reset or dropped. Retried for GET/DELETE first."""


class APITimeoutError(APIConnectionError):
    """The request got no answer within the configured timeout."""


class WebhookError(WabaError):
    """A webhook request could not be accepted (see `waba.webhooks`); answer it with a non-200 status."""


class InvalidSignatureError(WebhookError):
    """The `X-Hub-Signature-256` header is missing or malformed, or does not match the raw body (forged, altered,
    truncated or re-serialised, or signed with another app secret). Refuse the delivery."""


class WebhookPayloadError(WebhookError, ValueError):
    """The body is not a WhatsApp Business Account notification: not UTF-8 JSON, nested too deeply, numbers out
    of range, or values of the wrong type. The message says where."""


class SubscriptionVerificationError(WebhookError):
    """The subscription handshake failed: `hub.mode` is not `subscribe`, `hub.verify_token` is not yours, or
    `hub.challenge` is missing. Answer with 403 and check the verify token configured for the app."""


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

    @property
    def title(self) -> str | None:
        """The catalogue's short name of this code/subcode (e.g. "Template already exists"), when catalogued."""
        entry = catalogue().lookup(self.code, self.subcode)
        return entry.title if entry is not None else None

    @property
    def hint(self) -> str | None:
        """What to do about this error, from the catalogue, when catalogued."""
        entry = catalogue().lookup(self.code, self.subcode)
        return entry.description if entry is not None else None

    def _describe(self) -> str:
        return describe(self)

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


class TemplateAlreadyExistsError(TemplateCreationError):
    """A template with this name already exists in this language (100/2388024). Edit it, or pick another name."""


class TemplateLanguageBeingDeletedError(TemplateCreationError):
    """Content in this language is still being deleted (100/2388023). Use another name, or wait."""


class TemplateLimitReachedError(TemplateCreationError):
    """The account reached its message template limit (100/2388019). Delete unused templates first."""


class TemplateFieldTooLongError(TemplateCreationError):
    """A template field exceeds its character limit (100/2388040). Shorten it."""


class TemplateFormatError(TemplateCreationError):
    """The header, body or footer is malformed (100/2388047, 2388072, 2388073). See `user_message`."""


class TemplateParameterError(TemplateCreationError):
    """The body's parameters are misplaced or too many for its length (100/2388293, 2388299)."""


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


def describe(error: GraphAPIError) -> str:
    """One line: Graph's user-facing title and message (when sent), the code and its catalogue title, where,
    fbtrace_id, and what to do."""
    parts: list[str] = []
    user = ": ".join(p for p in (error.user_title, error.user_message) if p and p.strip())
    if error.user_title and error.user_message and error.user_message.startswith(error.user_title):
        user = error.user_message
    if user:
        parts.append(user if user.endswith((".", "!", "?")) else user + ".")
    technical = error.message
    if error.code is not None:
        number = f"#{error.code}" + ("" if error.subcode is None else f"/{error.subcode}")
        message = error.message.removeprefix(f"(#{error.code}) ")
        title = error.title
        named = f" {title}:" if title and title.lower() not in message.lower() else ""
        technical = f"({number}){named} {message}"
    if technical and technical != user:
        parts.append(technical if not user else f"Graph said: {technical}")
    where = [f"HTTP {error.http_status}"] if error.http_status is not None else []
    if error.method and error.url:
        where.append(f"{error.method} {error.url}")
    if error.fbtrace_id:
        where.append(f"fbtrace_id={error.fbtrace_id}")
    retry_after = getattr(error, "retry_after", None)
    if isinstance(retry_after, (int, float)):
        where.append(f"retry after {retry_after:.0f} s")
    text = " ".join(parts)
    if where:
        text += f" [{', '.join(where)}]"
    hint = _new_part(error.hint, f"{user} {technical}")
    if hint:
        text += f" What to do: {hint}"
    return text


def _new_part(hint: str | None, said: str) -> str | None:
    """`hint` without its first sentence when the error's text already says it."""
    if not hint:
        return None
    first, _, rest = hint.partition(". ")
    if first.rstrip(".").lower() in said.lower():
        return rest or None
    return hint


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
