"""What `WabaClient` and `AsyncWabaClient` share — everything but I/O.

`BaseClient` resolves the settings, builds the httpx client's arguments (the SDK's `GraphTransport` around the
inner transport, auth, headers), validates and prepares calls, builds the request of a call or of a next page
(with the client's timeout and retry policy in `request.extensions`), decodes answers, and derives clients with
other per-call options (`with_options`). The twins in `waba.client` only send, sleep and close.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import json
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

import httpx

from .argtypes import GraphId
from .auth import Credentials, same_origin
from .config import Settings, resolve_settings, resolve_timeout
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    UnexpectedResponseError,
    UnsafeURLError,
    ValidationError,
)
from .operations import Async, Prepared, Sync
from .payload import NotJSONError, read_json
from .raw import raw_call
from .redaction import Redactor
from .resources import Account, Business, MessageTemplateNode
from .retry import SAFE_METHODS, RetryPolicy
from .transport import (
    ACTS_AS_EXTENSION,
    PAYLOAD_EXTENSION,
    RETRY_POLICY_EXTENSION,
    GraphTransport,
    TransportOptions,
)
from .urls import CallURLs, next_page_url
from .usage import Pacing, Usage, UsageTracker

if TYPE_CHECKING:
    from .operations import _Operation
    from .validation import OperationValidator

R = TypeVar("R")
M = TypeVar("M", Sync, Async)


@functools.cache
def sdk_version() -> str:
    """The installed version of `waba` (read from the package metadata once, when first needed)."""
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - `import waba` stays light

    try:
        return version("waba")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree without metadata
        return "0.0.0"


def prepared_from_request(operation_id: str, request: Mapping[str, Any], parse: Callable[[Any], R]) -> Prepared[R]:
    """A `Prepared` call from a generated builder's request arguments."""
    return Prepared(
        operation_id=operation_id,
        method=str(request["method"]).upper(),
        path=str(request["url"]),
        params=dict(request.get("params") or {}),
        json=request.get("json"),
        parse=parse,
    )


class _ErrorTranslator:
    """A context manager that turns some exceptions raised inside into SDK errors, with secrets masked by its
    redactor (`__exit__` says which). Stateless: one instance serves every call of a client."""

    __slots__ = ("redactor",)

    def __init__(self, redactor: Redactor) -> None:
        self.redactor = redactor

    def __enter__(self) -> None:
        return None


class NoRawHttpxErrors(_ErrorTranslator):
    """Safety net: an httpx error raised outside the transport (e.g. by the auth flow) becomes an SDK error."""

    __slots__ = ()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if isinstance(exc, httpx.TimeoutException):
            raise APITimeoutError(self.redactor.text(str(exc)) or type(exc).__name__) from None
        if isinstance(exc, httpx.HTTPError):
            raise APIConnectionError(self.redactor.text(str(exc)) or type(exc).__name__) from None


#: What a generated model's `from_dict` may raise on an answer of the wrong shape.
PARSE_ERRORS = (LookupError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError)


def _response_fields(response: httpx.Response, redactor: Redactor) -> dict[str, Any]:
    return {
        "http_status": response.status_code,
        "body": redactor.content(response.content),
        "method": response.request.method,
        "url": redactor.url(response.request.url),
    }


def decode(response: httpx.Response, parse: Callable[[Any], R], redactor: Redactor) -> R:
    """The typed result of a successful answer (its JSON was decoded by the transport), or
    UnexpectedResponseError when the body is not what the spec says — with `may_have_been_applied` for a write,
    which Graph did apply (it answered 2xx)."""
    try:
        # Taken out: httpx's response and its stream refer to each other, so what the response holds lives on
        # until Python's cycle collector runs; the decoded answer is freed with the result instead.
        payload = response.extensions.pop(PAYLOAD_EXTENSION)
    except KeyError:  # not through GraphTransport (a test's bare transport): decode here
        try:
            payload = read_json(redactor.content(response.content))
        except NotJSONError as exc:
            raise _unexpected(f"The answer is not JSON ({exc})", response, redactor) from None
    try:
        return parse(payload)
    except PARSE_ERRORS as exc:
        # a model names the field (`MessageTemplateList.data[3].id: expected a string, got an integer`)
        from waba_api.types import ModelDataError  # noqa: PLC0415 - the models that raised it imported it

        detail = redactor.text(str(exc) if isinstance(exc, ModelDataError) else f"{type(exc).__name__}: {exc}")[:300]
        raise _unexpected(f"The answer does not match the API description: {detail}", response, redactor) from None


def _unexpected(message: str, response: httpx.Response, redactor: Redactor) -> UnexpectedResponseError:
    error = UnexpectedResponseError(message, **_response_fields(response, redactor))
    error.may_have_been_applied = response.request.method.upper() not in SAFE_METHODS
    return error


class SecretsMasked(_ErrorTranslator):
    """A ValidationError raised inside carries no secret (an argument echoed in its text may be the token)."""

    __slots__ = ()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if not isinstance(exc, ValidationError):
            return
        redactor = self.redactor
        text = redactor.text(str(exc))
        if text != str(exc):
            allowed = None if exc.allowed is None else redactor.text(exc.allowed)
            raise ValidationError(text, operation=exc.operation, argument=exc.argument, allowed=allowed) from None


def with_max_retries(policy: RetryPolicy, max_retries: int | None) -> RetryPolicy:
    """`policy`, with `max_retries` replaced when given; ValidationError when negative."""
    if max_retries is None:
        return policy
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValidationError(
            f"`max_retries` must be an integer >= 0 (0 disables retries), got {max_retries!r}.",
            operation="client options",
            argument="max_retries",
            allowed="an integer >= 0",
        )
    return dataclasses.replace(policy, max_retries=max_retries)


class BaseClient(Generic[M]):
    """The shared brain of both clients: settings, validation, usage tracking, per-call options, resources."""

    _call_class: ClassVar[type[Any]]
    _paged_call_class: ClassVar[type[Any]]
    _pager_class: ClassVar[type[Any]]
    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        *,
        access_token: str | None,
        app_secret: str | None,
        api_version: str,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        retry_policy: RetryPolicy | None,
        pacing: Pacing | None,
        clock: Callable[[], float] | None,
    ) -> None:
        self._settings: Settings = resolve_settings(
            access_token=access_token,
            app_secret=app_secret,
            api_version=api_version,
            base_url=base_url,
            timeout=timeout,
        )
        self._policy = with_max_retries(retry_policy or RetryPolicy(), max_retries)
        self._timeout = self._settings.timeout
        self._owns_pool = True
        self._tracker = UsageTracker()
        credentials = Credentials(self._settings.access_token, self._settings.app_secret, self._settings.api_root)
        self._redactor = Redactor(credentials.secrets)
        self._secrets_masked = SecretsMasked(self._redactor)
        self._no_raw_httpx_errors = NoRawHttpxErrors(self._redactor)
        self._options = TransportOptions(
            policy=self._policy,
            tracker=self._tracker,
            pacing=pacing,
            redactor=self._redactor,
            credentials=credentials,
            base_path=self._settings.api_root.path.rstrip("/"),
        )
        if clock is not None:
            self._options.clock = clock
        self._validators: dict[int, OperationValidator] = {}
        self._urls = CallURLs(self._settings.api_root)

    def _http_options(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> dict[str, Any]:
        """Arguments of the httpx client: the inner transport wrapped in the SDK's (which adds the credentials),
        timeout, headers."""
        settings = self._settings
        return {
            "base_url": settings.api_root,
            "transport": GraphTransport(inner, self._options),
            "timeout": settings.timeout,
            "headers": {"User-Agent": f"waba-python/{sdk_version()}", "Accept": "application/json"},
            "follow_redirects": False,
        }

    def account(self, waba_id: GraphId) -> Account[M]:
        """A WhatsApp Business Account and its edges (an id: digits, or an int). Raises ValidationError for
        anything else."""
        with self._secrets_masked:
            return Account[M](self, waba_id)

    def message_template(self, template_id: GraphId) -> MessageTemplateNode[M]:
        """One message template, by id (digits, or an int). Raises ValidationError for anything else."""
        with self._secrets_masked:
            return MessageTemplateNode[M](self, template_id)

    def business(self, business_id: GraphId) -> Business[M]:
        """A business portfolio: where to find the WhatsApp Business Accounts it owns or manages (an id: digits,
        or an int). Raises ValidationError for anything else."""
        with self._secrets_masked:
            return Business[M](self, business_id)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Self:
        """A client for calls with other options, sharing this client's connection pool (the same httpx client
        and transport), token, usage tracking and pacing. `timeout` (seconds or httpx.Timeout), `retry_policy`
        and `max_retries` (applied on top of the policy) apply to every call the derived client makes; None
        keeps this client's value. The options travel with each request (`request.extensions`); nothing shared
        is changed, so both clients can be used at the same time.

        The derived client does not own the pool: its `close()` (or the end of its `with` block) closes
        nothing; the pool closes with the client created by the constructor, after which every client derived
        from it raises ClientClosedError. Raises ConfigurationError/ValidationError for unusable values.
        """
        derived = copy.copy(self)
        derived._owns_pool = False
        derived._timeout = self._timeout if timeout is None else resolve_timeout(timeout)
        derived._policy = with_max_retries(retry_policy or self._policy, max_retries)
        return derived

    @property
    def retry_policy(self) -> RetryPolicy:
        """The retry policy of this client's calls."""
        return self._policy

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout of this client's calls."""
        return self._timeout

    @property
    def usage(self) -> Usage:
        """The latest rate-limit usage Graph reported, for the app and per business object (WABA) id."""
        return self._tracker.snapshot()

    @property
    def api_root(self) -> str:
        """The root URL operation paths are relative to, e.g. `https://graph.facebook.com/v24.0`."""
        return str(self._settings.api_root)

    @property
    def is_closed(self) -> bool:
        """True once the connection pool is closed (then every call raises ClientClosedError)."""
        return self._http.is_closed

    def _prepare(self, operation: _Operation[Any, R], node_id: str, kwargs: dict[str, Any]) -> Prepared[R]:
        with self._secrets_masked:
            return self._validated(operation, node_id, kwargs)

    def _validated(self, operation: _Operation[Any, R], node_id: str, kwargs: dict[str, Any]) -> Prepared[R]:
        key = id(operation)
        validator = self._validators.get(key)
        if validator is None:
            from .validation import OperationValidator  # noqa: PLC0415 - with the first call: `import waba` stays light

            validator = self._validators[key] = OperationValidator(operation.build, operation.spec)
        try:
            arguments = validator.coerce(kwargs)
            prepared = prepared_from_request(operation.operation_id, operation.build(node_id, **arguments),
                                             operation.model.from_dict)  # fmt: skip
            # What httpx will do when sending (build the URL, encode the JSON body as UTF-8): fail here, typed.
            self._url(prepared)
            if prepared.json is not None:
                json.dumps(prepared.json, allow_nan=False, ensure_ascii=False).encode()
        except RecursionError:
            raise ValidationError(f"{operation.operation_id}: an argument is nested too deeply") from None
        except (AttributeError, TypeError, ValueError) as exc:
            if isinstance(exc, ValidationError):
                raise
            raise ValidationError(f"{operation.operation_id}: invalid arguments: {exc}") from exc
        return prepared

    def _url(self, call: Prepared[Any]) -> httpx.URL:
        """The absolute URL of a call (remembered). ValidationError when httpx cannot send it (too long)."""
        try:
            return self._urls.url(call.path, call.params)
        except httpx.InvalidURL as exc:
            raise ValidationError(
                f"{call.operation_id}: the call cannot be sent: {self._redactor.text(str(exc))}; "
                "shorten or fix the arguments (the path and the query make the URL).",
                operation=call.operation_id,
            ) from None

    def _raw_call(
        self, method: str, path: str, params: Mapping[str, Any] | None, body: Any, parse: Any = None
    ) -> Prepared[Any]:
        """A checked call to any Graph path (`request`, `paginate`)."""
        return raw_call(method, path, params, body, api_root=self._settings.api_root, parse=parse)

    def _call_request(self, call: Prepared[Any], acts_as: str | None = None) -> dict[str, Any]:
        """The httpx `request(...)` arguments of a prepared call, with this client's per-call options (and the
        method the call behaves as for retries, when not its own)."""
        self._check_open()
        extensions: dict[str, Any] = {RETRY_POLICY_EXTENSION: self._policy}
        if acts_as is not None:
            extensions[ACTS_AS_EXTENSION] = acts_as
        return {
            "method": call.method,
            "url": self._url(call),
            "json": call.json,
            "timeout": self._timeout,
            "extensions": extensions,
        }

    def _page_request(self, url: str) -> dict[str, Any]:
        """The httpx `request(...)` arguments of a `paging.next` URL (checked, stripped of secrets, parsed once)."""
        self._check_open()
        try:
            target = next_page_url(url)
        except (httpx.InvalidURL, TypeError):
            shown = self._redactor.url(url)[:200]
            raise UnexpectedResponseError(f"paging.next is not a URL: {shown!r}") from None
        if not same_origin(target, self._settings.api_root):
            raise UnsafeURLError(
                f"paging.next points at {target.scheme}://{target.host}, not at the API host "
                f"{self._settings.api_root.host}; not following it with the access token."
            )
        return {
            "method": "GET",
            "url": target,
            "timeout": self._timeout,
            "extensions": {RETRY_POLICY_EXTENSION: self._policy},
        }

    def _check_open(self) -> None:
        if self._http.is_closed:
            raise ClientClosedError(
                f"This {type(self).__name__}'s connection pool is closed; create a new client "
                "(or keep using it inside its `with` block)."
            )

    def __repr__(self) -> str:
        secret = ", app_secret=***" if self._settings.app_secret else ""
        return f"{type(self).__name__}(api_root={self._redactor.text(self.api_root)!r}, access_token=***{secret})"


__all__ = [
    "BaseClient",
    "NoRawHttpxErrors",
    "SecretsMasked",
    "decode",
    "prepared_from_request",
    "sdk_version",
    "with_max_retries",
]
