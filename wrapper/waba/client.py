"""`WabaClient` and `AsyncWabaClient`: the SDK's entry points, with the same surface.

from waba import WabaClient

with WabaClient() as client:                      # token from WABA_ACCESS_TOKEN
    account = client.account("102290129340398").get(fields=["id", "name"])
    for template in client.account(account.id).message_templates.list():
        print(template.name, template.status)

Everything but I/O lives in `waba.base_client.BaseClient`; the two classes below only send, sleep and close
(a test checks that every public member of one has a twin with the same signature in the other).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from .base_client import BaseClient, decode
from .batch import BatchResult, BatchRun
from .config import DEFAULT_API_VERSION
from .errors import WabaError
from .operations import Async, AsyncCall, AsyncPagedCall, Call, PagedCall, Prepared, Sync
from .pagination import AsyncPager, Pager
from .raw import RawPage
from .retry import RetryPolicy
from .usage import Pacing

R = TypeVar("R")


class WabaClient(BaseClient[Sync]):
    """Synchronous client for the WhatsApp Business Account API.

    Keyword arguments: `access_token` (default: env WABA_ACCESS_TOKEN), `app_secret` (adds `appsecret_proof`;
    default: env WABA_APP_SECRET), `api_version` ("v24.0"), `base_url` (default: env WABA_BASE_URL, else
    https://graph.facebook.com; https, or http on loopback hosts only),
    `timeout` (seconds or httpx.Timeout; default 30 s, 10 s to connect), `max_retries` (default 3; 0 disables),
    `retry_policy`, `pacing` (slow down near rate limits), `transport` (your own httpx transport, wrapped by the
    SDK's), and `sleep`/`clock` (injectable for tests). Raises ConfigurationError for unusable settings.
    `with_options(...)` derives a client with other per-call options on the same connection pool.
    """

    _call_class = Call
    _paged_call_class = PagedCall
    _pager_class = Pager
    _http: httpx.Client

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

    def batch(self, calls: Sequence[Prepared[Any]], *, max_rounds: int = 3) -> list[BatchResult[Any]]:
        """Send prepared calls 50 per HTTP request; one result per call, in order. Unprocessed calls are
        re-sent up to `max_rounds` rounds. Raises only for failures of a whole batch request."""
        run = BatchRun(calls, max_rounds, self._redactor)
        while (chunk := run.next_chunk()) is not None:
            run.record(chunk, self._execute(run.request(chunk), acts_as=run.acts_as(chunk)))
        return run.results()

    def request(self, method: str, path: str, *, params: Mapping[str, Any] | None = None, json: Any = None) -> Any:
        """Send a Graph call the spec does not describe, through this client's auth, retries, usage tracking and
        error mapping; returns the decoded JSON answer. `path` is relative to the API root (`/<id>/<edge>`);
        `params` are encoded as Graph reads them (lists and mappings as JSON, booleans as true/false); `json`
        is the body of a POST. Raises ValidationError for unusable arguments, the `waba.errors` classes for
        Graph's errors."""
        return self._execute(self._raw_call(method, path, params, json))

    def paginate(self, path: str, *, params: Mapping[str, Any] | None = None) -> Pager[dict[str, Any]]:
        """A lazy pager over a list answer of any Graph path (items are decoded JSON objects), with everything
        a `Pager` offers (`pages()`, `collect()`, `total_count()`, ...). Raises like `request`."""
        return Pager(self, self._raw_call("GET", path, params, None, RawPage.from_json))

    def _execute(self, call: Prepared[R], *, acts_as: str | None = None) -> R:
        return self._send(self._call_request(call, acts_as), call.parse)

    def _follow(self, url: str, first: Prepared[R]) -> R:
        return self._send(self._page_request(url), first.parse)

    def _send(self, request: dict[str, Any], parse: Callable[[Any], R]) -> R:
        with self._no_raw_httpx_errors:
            response = self._http.request(**request)
        return decode(response, parse, self._redactor)

    def close(self) -> None:
        """Close the connection pool (a client from `with_options` closes nothing: the pool is not its own)."""
        if self._owns_pool:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncWabaClient(BaseClient[Async]):
    """Asynchronous client with the same surface as `WabaClient`: calls are awaited, pagers use `async for`.

    `transport` must be an httpx async transport; `sleep` an async callable.
    """

    _call_class = AsyncCall
    _paged_call_class = AsyncPagedCall
    _pager_class = AsyncPager
    _http: httpx.AsyncClient

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

    async def batch(self, calls: Sequence[Prepared[Any]], *, max_rounds: int = 3) -> list[BatchResult[Any]]:
        """Send prepared calls 50 per HTTP request; one result per call, in order (see `WabaClient.batch`)."""
        run = BatchRun(calls, max_rounds, self._redactor)
        while (chunk := run.next_chunk()) is not None:
            run.record(chunk, await self._execute(run.request(chunk), acts_as=run.acts_as(chunk)))
        return run.results()

    async def request(
        self, method: str, path: str, *, params: Mapping[str, Any] | None = None, json: Any = None
    ) -> Any:
        """Send a Graph call the spec does not describe (see `WabaClient.request`); returns the decoded JSON."""
        return await self._execute(self._raw_call(method, path, params, json))

    def paginate(self, path: str, *, params: Mapping[str, Any] | None = None) -> AsyncPager[dict[str, Any]]:
        """A lazy pager over a list answer of any Graph path (see `WabaClient.paginate`); `async for` it."""
        return AsyncPager(self, self._raw_call("GET", path, params, None, RawPage.from_json))

    async def _execute(self, call: Prepared[R], *, acts_as: str | None = None) -> R:
        return await self._send(self._call_request(call, acts_as), call.parse)

    async def _follow(self, url: str, first: Prepared[R]) -> R:
        return await self._send(self._page_request(url), first.parse)

    async def _send(self, request: dict[str, Any], parse: Callable[[Any], R]) -> R:
        with self._no_raw_httpx_errors:
            response = await self._http.request(**request)
        return decode(response, parse, self._redactor)

    async def close(self) -> None:
        """Close the connection pool (a client from `with_options` closes nothing: the pool is not its own)."""
        if self._owns_pool:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


__all__ = ["AsyncWabaClient", "WabaClient", "WabaError"]
