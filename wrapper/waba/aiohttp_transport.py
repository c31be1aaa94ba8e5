"""An aiohttp-backed transport for `AsyncWabaClient`, for many calls in flight (the `aiohttp` extra).

    pip install "waba[aiohttp]"

    from waba.aiohttp_transport import AiohttpTransport
    async with AsyncWabaClient(transport=AiohttpTransport()) as client: ...

httpx's own async connection pool is what limits `AsyncWabaClient` when dozens of calls are in flight; this
transport (httpx-aiohttp's, which sends through an aiohttp session) lifts that ceiling while everything else —
retries, usage headers, error mapping, redaction — stays the SDK's. Figures: `make bench`, and the performance
guide.

Network failures are classified by what aiohttp knew, because retries depend on it: a connection that was never
opened (refused, DNS, TLS, a connect or pool timeout, an unusable URL) is a request Graph never saw; a server that
disconnected, a read timeout or a broken body may follow a request Graph applied, so a write is not retried on a
guess. (httpx-aiohttp alone reports every connection error as a connect timeout, i.e. as never sent.)
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import NoReturn

import httpx

INSTALL_HINT = 'waba.aiohttp_transport needs its extra: pip install "waba[aiohttp]"'

try:
    import aiohttp
    from httpx_aiohttp import AiohttpTransport as _HttpxAiohttpTransport
except ImportError as exc:  # the extra is not installed
    raise ImportError(f"{INSTALL_HINT} (missing: {exc.name})") from None

#: aiohttp's failures and the httpx error each one is; the first class that matches decides, so the most specific
#: come first. httpx's connect errors and timeouts are what the SDK treats as "never sent".
_CLASSIFIED: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    (aiohttp.ClientProxyConnectionError, httpx.ProxyError),
    (aiohttp.ClientHttpProxyError, httpx.ProxyError),
    (aiohttp.ClientConnectorError, httpx.ConnectError),  # not connected (refused, DNS, TLS): never sent
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),  # waiting for the pool or the connection: never sent
    (aiohttp.InvalidURL, httpx.UnsupportedProtocol),
    (aiohttp.NonHttpUrlClientError, httpx.UnsupportedProtocol),
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),  # the request was out: may have been applied
    (aiohttp.ClientPayloadError, httpx.ReadError),
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),
    (aiohttp.ClientError, httpx.ReadError),
    (TimeoutError, httpx.ReadTimeout),
    (OSError, httpx.ReadError),
)


def classified(exc: BaseException, request: httpx.Request) -> BaseException:
    """The httpx error `exc` (raised by aiohttp or by httpx-aiohttp's mapping of it) stands for; anything that is
    not a network failure is returned as it is."""
    origin = exc.__cause__ if isinstance(exc, httpx.TransportError) and exc.__cause__ is not None else exc
    for aiohttp_class, httpx_class in _CLASSIFIED:
        if isinstance(origin, aiohttp_class):
            return httpx_class(f"{type(origin).__name__}: {origin}", request=request)
    return exc


def _reraise(exc: Exception, request: httpx.Request) -> NoReturn:
    mapped = classified(exc, request)
    if mapped is exc:
        raise exc
    raise mapped from exc


class _ClassifiedStream(httpx.AsyncByteStream):
    """An answer's body, read through aiohttp, with its failures classified like the request's."""

    def __init__(self, inner: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self._inner = inner
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except Exception as exc:
            _reraise(exc, self._request)

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        except Exception as exc:
            _reraise(exc, self._request)


class AiohttpTransport(_HttpxAiohttpTransport):
    """httpx-aiohttp's transport with failures classified for safe retries (see the module). Takes the same
    arguments: `limits` (httpx.Limits: `max_connections` and `keepalive_expiry` are used), `verify`, `proxy`, or
    `client` (an aiohttp.ClientSession of your own, which you then close)."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await super().handle_async_request(request)
        except Exception as exc:
            _reraise(exc, request)
        if isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _ClassifiedStream(response.stream, request)
        return response

    def __repr__(self) -> str:
        return f"AiohttpTransport(max_connections={self.limits.max_connections})"


__all__ = ["INSTALL_HINT", "AiohttpTransport", "classified"]
