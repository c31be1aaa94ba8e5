"""`WabaClient` and `AsyncWabaClient`: the SDK's entry points, with the same surface.

from waba import WabaClient

with WabaClient() as client:                      # token from WABA_ACCESS_TOKEN
    account = client.account("102290129340398").get(fields=["id", "name"])
    for template in client.account(account.id).message_templates.list():
        print(template.name, template.status)
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from importlib.metadata import PackageNotFoundError, version
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from .auth import GraphAuth, same_origin
from .batch import BatchResult, BatchRun
from .config import DEFAULT_API_VERSION, Settings, resolve_settings
from .errors import (
    APIConnectionError,
    APITimeoutError,
    UnexpectedResponseError,
    UnsafeURLError,
    ValidationError,
    WabaError,
)
from .operations import Async, AsyncCall, AsyncPagedCall, Call, Endpoint, Paged, PagedCall, Prepared, Sync
from .pagination import AsyncPager, Pager
from .redaction import Redactor, strip_secret_params
from .resources import Account, Business, MessageTemplateNode
from .retry import RetryPolicy
from .transport import GraphTransport, TransportOptions
from .usage import Pacing, Usage, UsageTracker
from .validation import OperationValidator

R = TypeVar("R")

try:
    __version__ = version("waba")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without metadata
    __version__ = "0.0.0"


def prepared_from_request(operation_id: str, request: Mapping[str, Any], parse: Callable[[Any], R]) -> Prepared[R]:
    """A `Prepared` call from a generated builder's request arguments (the path's `#fragment` dropped)."""
    return Prepared(
        operation_id=operation_id,
        method=str(request["method"]).upper(),
        path=str(request["url"]).split("#", 1)[0],
        params=dict(request.get("params") or {}),
        json=request.get("json"),
        parse=parse,
    )


@contextmanager
def _no_raw_httpx_errors(redactor: Redactor) -> Iterator[None]:
    """Safety net: an httpx error raised outside the transport (e.g. by the auth flow) becomes an SDK error."""
    try:
        yield
    except httpx.TimeoutException as exc:
        raise APITimeoutError(redactor.text(str(exc)) or type(exc).__name__) from None
    except httpx.HTTPError as exc:
        raise APIConnectionError(redactor.text(str(exc)) or type(exc).__name__) from None


def _response_fields(response: httpx.Response, redactor: Redactor) -> dict[str, Any]:
    return {
        "http_status": response.status_code,
        "body": response.content,
        "method": response.request.method,
        "url": redactor.url(response.request.url),
    }


def decode(response: httpx.Response, parse: Callable[[Any], R], redactor: Redactor) -> R:
    """The typed result of a successful answer, or UnexpectedResponseError when the body is not what the spec says."""
    try:
        payload = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        common = _response_fields(response, redactor)
        excerpt = redactor.text(" ".join(response.content[:200].decode("utf-8", errors="replace").split()))
        raise UnexpectedResponseError(f"The answer is not JSON: {excerpt or '(empty body)'}", **common) from None
    try:
        return parse(payload)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        common = _response_fields(response, redactor)
        raise UnexpectedResponseError(f"The answer does not match the API description: {exc!r}", **common) from None


class _ClientBase:
    """What both clients share: settings, validation, usage tracking and the resource factories' plumbing."""

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
        policy = retry_policy or RetryPolicy()
        if max_retries is not None:
            if max_retries < 0:
                raise ValidationError("max_retries must be >= 0")
            policy = dataclasses.replace(policy, max_retries=max_retries)
        self._tracker = UsageTracker()
        self._redactor = Redactor([self._settings.access_token, self._settings.app_secret])
        self._options = TransportOptions(
            policy=policy,
            tracker=self._tracker,
            pacing=pacing,
            redactor=self._redactor,
            base_path=self._settings.api_root.path.rstrip("/"),
        )
        if clock is not None:
            self._options.clock = clock
        self._validators: dict[int, OperationValidator] = {}
        self._auth = GraphAuth(self._settings.access_token, self._settings.app_secret, self._settings.api_root)
        self._headers = {"User-Agent": f"waba-python/{__version__}", "Accept": "application/json"}

    def _http_options(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> dict[str, Any]:
        """Arguments of the httpx client: the inner transport wrapped in the SDK's, auth, timeout, headers."""
        return {
            "base_url": self._settings.api_root,
            "transport": GraphTransport(inner, self._options),
            "auth": self._auth,
            "timeout": self._settings.timeout,
            "headers": self._headers,
            "follow_redirects": False,
        }

    @property
    def retry_policy(self) -> RetryPolicy:
        """The retry policy in force."""
        return self._options.policy

    @property
    def usage(self) -> Usage:
        """The latest rate-limit usage Graph reported, for the app and per business object (WABA) id."""
        return self._tracker.snapshot()

    @property
    def api_root(self) -> str:
        """The root URL operation paths are relative to, e.g. `https://graph.facebook.com/v24.0`."""
        return str(self._settings.api_root)

    def _prepare(
        self,
        operation: Endpoint[Any, Any] | Paged[Any, Any],
        node_id: str,
        parse: Callable[[Any], R],
        kwargs: dict[str, Any],
    ) -> Prepared[R]:
        key = id(operation)
        validator = self._validators.get(key)
        if validator is None:
            validator = self._validators[key] = OperationValidator(operation.build, operation.spec)
        arguments = validator.coerce(kwargs)
        try:
            request = operation.build(node_id, **arguments)
        except (AttributeError, TypeError, ValueError) as exc:
            raise ValidationError(f"{operation.operation_id}: invalid arguments: {exc}") from exc
        return prepared_from_request(operation.operation_id, request, parse)

    def _next_page_url(self, url: str) -> httpx.URL:
        try:
            target = httpx.URL(url)
        except (httpx.InvalidURL, TypeError) as exc:
            raise UnexpectedResponseError(f"paging.next is not a URL: {self._redactor.text(url)!r}") from exc
        if not same_origin(target, self._settings.api_root):
            raise UnsafeURLError(
                f"paging.next points at {target.scheme}://{target.host}, not at the API host "
                f"{self._settings.api_root.host}; not following it with the access token."
            )
        return strip_secret_params(target)

    def __repr__(self) -> str:
        secret = ", app_secret=***" if self._settings.app_secret else ""
        return f"{type(self).__name__}(api_root={self.api_root!r}, access_token=***{secret})"


class WabaClient(_ClientBase):
    """Synchronous client for the WhatsApp Business Account API.

    Keyword arguments: `access_token` (default: env WABA_ACCESS_TOKEN), `app_secret` (adds `appsecret_proof`;
    default: env WABA_APP_SECRET), `api_version` ("v24.0"), `base_url` (default: env WABA_BASE_URL, else
    https://graph.facebook.com; https, or http on loopback hosts only),
    `timeout` (seconds or httpx.Timeout; default 30 s, 10 s to connect), `max_retries` (default 3; 0 disables),
    `retry_policy`, `pacing` (slow down near rate limits), `transport` (your own httpx transport, wrapped by the
    SDK's), and `sleep`/`clock` (injectable for tests). Raises ConfigurationError for unusable settings.
    """

    def __init__(
        self,
        *,
        access_token: str | None = None,
        app_secret: str | None = None,
        api_version: str = DEFAULT_API_VERSION,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        pacing: Pacing | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(
            access_token=access_token,
            app_secret=app_secret,
            api_version=api_version,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            pacing=pacing,
            clock=clock,
        )
        if sleep is not None:
            self._options.sleep = sleep
        self._http = httpx.Client(**self._http_options(transport or httpx.HTTPTransport()))

    def account(self, waba_id: str) -> Account[Sync]:
        """A WhatsApp Business Account and its edges. Raises ValidationError for a non-numeric id."""
        return Account[Sync](self, waba_id)

    def message_template(self, template_id: str) -> MessageTemplateNode[Sync]:
        """One message template, by id."""
        return MessageTemplateNode[Sync](self, template_id)

    def business(self, business_id: str) -> Business[Sync]:
        """A business portfolio: where to find the WhatsApp Business Accounts it owns or manages."""
        return Business[Sync](self, business_id)

    def batch(self, calls: Sequence[Prepared[Any]], *, max_rounds: int = 3) -> list[BatchResult[Any]]:
        """Send prepared calls 50 per HTTP request; one result per call, in order. Unprocessed calls are
        re-sent up to `max_rounds` rounds. Raises only for failures of a whole batch request."""
        run = BatchRun(calls, max_rounds, self._redactor)
        while (chunk := run.next_chunk()) is not None:
            run.record(chunk, self._execute(run.request(chunk)))
        return run.results()

    def _bind(self, operation: Endpoint[Any, R], node_id: str) -> Call[Any, R]:
        return Call(self, operation, node_id)

    def _bind_paged(self, operation: Paged[Any, R], node_id: str) -> PagedCall[Any, R]:
        return PagedCall(self, operation, node_id)

    def _pager(self, first: Prepared[Any]) -> Pager[Any]:
        return Pager(self, first)

    def _execute(self, call: Prepared[R]) -> R:
        with _no_raw_httpx_errors(self._redactor):
            response = self._http.request(call.method, call.path, params=call.params or None, json=call.json)
        return decode(response, call.parse, self._redactor)

    def _follow(self, url: str, first: Prepared[R]) -> R:
        target = self._next_page_url(url)
        with _no_raw_httpx_errors(self._redactor):
            response = self._http.request("GET", target)
        return decode(response, first.parse, self._redactor)

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncWabaClient(_ClientBase):
    """Asynchronous client with the same surface as `WabaClient`: calls are awaited, pagers use `async for`.

    `transport` must be an httpx async transport; `sleep` an async callable.
    """

    def __init__(
        self,
        *,
        access_token: str | None = None,
        app_secret: str | None = None,
        api_version: str = DEFAULT_API_VERSION,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        pacing: Pacing | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(
            access_token=access_token,
            app_secret=app_secret,
            api_version=api_version,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            pacing=pacing,
            clock=clock,
        )
        if sleep is not None:
            self._options.async_sleep = sleep
        self._http = httpx.AsyncClient(**self._http_options(transport or httpx.AsyncHTTPTransport()))

    def account(self, waba_id: str) -> Account[Async]:
        """A WhatsApp Business Account and its edges. Raises ValidationError for a non-numeric id."""
        return Account[Async](self, waba_id)

    def message_template(self, template_id: str) -> MessageTemplateNode[Async]:
        """One message template, by id."""
        return MessageTemplateNode[Async](self, template_id)

    def business(self, business_id: str) -> Business[Async]:
        """A business portfolio: where to find the WhatsApp Business Accounts it owns or manages."""
        return Business[Async](self, business_id)

    async def batch(self, calls: Sequence[Prepared[Any]], *, max_rounds: int = 3) -> list[BatchResult[Any]]:
        """Send prepared calls 50 per HTTP request; one result per call, in order (see `WabaClient.batch`)."""
        run = BatchRun(calls, max_rounds, self._redactor)
        while (chunk := run.next_chunk()) is not None:
            run.record(chunk, await self._execute(run.request(chunk)))
        return run.results()

    def _bind(self, operation: Endpoint[Any, R], node_id: str) -> AsyncCall[Any, R]:
        return AsyncCall(self, operation, node_id)

    def _bind_paged(self, operation: Paged[Any, R], node_id: str) -> AsyncPagedCall[Any, R]:
        return AsyncPagedCall(self, operation, node_id)

    def _pager(self, first: Prepared[Any]) -> AsyncPager[Any]:
        return AsyncPager(self, first)

    async def _execute(self, call: Prepared[R]) -> R:
        with _no_raw_httpx_errors(self._redactor):
            response = await self._http.request(call.method, call.path, params=call.params or None, json=call.json)
        return decode(response, call.parse, self._redactor)

    async def _follow(self, url: str, first: Prepared[R]) -> R:
        target = self._next_page_url(url)
        with _no_raw_httpx_errors(self._redactor):
            response = await self._http.request("GET", target)
        return decode(response, first.parse, self._redactor)

    async def close(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


__all__ = ["AsyncWabaClient", "WabaClient", "WabaError"]
