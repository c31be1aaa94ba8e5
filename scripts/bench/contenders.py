"""The clients measured side by side, each behind the same two calls: one node GET, one full listing.

- `raw_httpx`: a bare `httpx.Client` — the floor (JSON decoding only; the listing follows `paging.next`).
- `generated`: the generated request builder (`build_request`, or `_get_kwargs` before it was made public),
  a plain `httpx.Client` and the generated model's `from_dict` — what the generated layer alone costs.
- `waba`: `WabaClient`, through its public API only.
- `waba_bulk`: `WabaClient`'s bulk mode, `pager.raw()` (items as decoded JSON, no models): listings only.
- `facebook_business`: Meta's SDK (optional `bench` extra), pointed at the same server, crash reporter off.

A contender that cannot run here (Meta's SDK not installed) raises `Unavailable` with the reason.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import httpx

from waba import AsyncWabaClient, WabaClient
from waba_api.api.message_templates import list_message_templates
from waba_api.api.whats_app_business_accounts import get_whats_app_business_account
from waba_api.models.message_template_list import MessageTemplateList
from waba_api.models.whats_app_business_account import WhatsAppBusinessAccount

from .payloads import API_VERSION, NODE_FIELDS, PAGE_SIZE, TOKEN

NAMES = {
    "raw_httpx": "raw httpx",
    "generated": "generated builder + httpx + from_dict",
    "waba": "WabaClient",
    "waba_bulk": "WabaClient, bulk mode (pager.raw())",
    "facebook_business": "facebook-business",
    "raw_httpx_async": "raw httpx.AsyncClient",
    "waba_async": "AsyncWabaClient",
    "raw_httpx_aiohttp_async": "raw httpx.AsyncClient + httpx-aiohttp transport",
    "waba_aiohttp_async": "AsyncWabaClient + waba.aiohttp_transport (extra `aiohttp`)",
}
FIELDS_PARAM = ",".join(NODE_FIELDS)


class Unavailable(Exception):
    """This contender cannot run on this machine; the message says why and what to do."""


@dataclass
class Contender:
    """One client: `get()` reads the node once (None: the contender only lists); `list_all(waba_id)` lists every
    template and returns the count."""

    name: str
    get: Callable[[], object] | None
    list_all: Callable[[str], int]
    close: Callable[[], None]


def builder(module: ModuleType) -> Callable[..., dict[str, Any]]:
    """A generated operation module's request builder: public `build_request`, else the older `_get_kwargs`."""
    build: Callable[..., dict[str, Any]] = getattr(module, "build_request", None) or module._get_kwargs
    return build


def _bare_client(base_url: str) -> httpx.Client:
    return httpx.Client(base_url=f"{base_url}/{API_VERSION}", headers={"Authorization": f"Bearer {TOKEN}"})


def raw_httpx(base_url: str, waba_id: str) -> Contender:
    """A bare httpx.Client: GET and decode; a listing follows `paging.next` and decodes each page."""
    http = _bare_client(base_url)
    path = f"/{waba_id}"

    def get() -> object:
        return http.get(path, params={"fields": FIELDS_PARAM}).json()

    def list_all(account: str) -> int:
        count = 0
        url: str | None = f"/{account}/message_templates?limit={PAGE_SIZE}"
        while url:
            body = http.get(url).json()
            count += len(body["data"])
            url = body.get("paging", {}).get("next")
        return count

    return Contender("raw_httpx", get, list_all, http.close)


def _request(http: httpx.Client, request: dict[str, Any]) -> httpx.Response:
    return http.request(
        request["method"],
        request["url"],
        params=request.get("params"),
        json=request.get("json"),
        headers=request.get("headers"),
    )


def generated(base_url: str, waba_id: str) -> Contender:
    """The generated layer alone: its request builders, a plain httpx.Client and its models' `from_dict`."""
    http = _bare_client(base_url)
    build_get = builder(get_whats_app_business_account)
    build_list = builder(list_message_templates)

    def get() -> object:
        return WhatsAppBusinessAccount.from_dict(_request(http, build_get(waba_id, fields=NODE_FIELDS)).json())

    def list_all(account: str) -> int:
        page = MessageTemplateList.from_dict(_request(http, build_list(account, limit=PAGE_SIZE)).json())
        count = len(page.data)
        while page.paging is not None and (url := page.paging.next_) is not None:
            page = MessageTemplateList.from_dict(http.get(url).json())
            count += len(page.data)
        return count

    return Contender("generated", get, list_all, http.close)


def waba(base_url: str, waba_id: str) -> Contender:
    """`WabaClient` through its public API: `client.account(id).get(...)`, `.message_templates.list(limit=100)`."""
    client = WabaClient(access_token=TOKEN, base_url=base_url)

    def get() -> object:
        return client.account(waba_id).get(fields=NODE_FIELDS)

    def list_all(account: str) -> int:
        return sum(1 for _ in client.account(account).message_templates.list(limit=PAGE_SIZE))

    return Contender("waba", get, list_all, client.close)


def waba_bulk(base_url: str, waba_id: str) -> Contender:
    """`WabaClient`'s bulk mode: `.message_templates.list(limit=100).raw()` (items as dicts); no node GET."""
    client = WabaClient(access_token=TOKEN, base_url=base_url)

    def list_all(account: str) -> int:
        return sum(1 for _ in client.account(account).message_templates.list(limit=PAGE_SIZE).raw())

    return Contender("waba_bulk", None, list_all, client.close)


def _facebook_modules() -> tuple[Any, Any, Any]:
    try:
        api = importlib.import_module("facebook_business.api")
        crash = importlib.import_module("facebook_business.crashreporter")
        account = importlib.import_module("facebook_business.adobjects.whatsappbusinessaccount")
    except ImportError as exc:
        raise Unavailable(
            f"facebook-business is not installed ({exc}); `make bench` installs it (pyproject extra `bench`, "
            "pins in requirements-bench.lock)"
        ) from None
    return api, crash, account


def facebook_business(base_url: str, waba_id: str) -> Contender:
    """Meta's SDK: `WhatsAppBusinessAccount(id).api_get(fields=...)` and `get_message_templates` cursor iteration.

    Its graph URL is pointed at the benchmark server and its crash reporter (a `sys.excepthook` that posts
    tracebacks to Meta) is kept off, so nothing leaves the machine.
    """
    api_module, crash_module, account_module = _facebook_modules()
    hook = sys.excepthook
    api = api_module.FacebookAdsApi.init(access_token=TOKEN, api_version=API_VERSION, crash_log=False)
    crash_module.CrashReporter.disable()
    if sys.excepthook is not hook:
        raise RuntimeError("facebook-business replaced sys.excepthook although its crash reporter was disabled")
    api._session.GRAPH = base_url  # the session's graph URL (a class attribute), overridden on this instance
    account_class = account_module.WhatsAppBusinessAccount

    def get() -> object:
        return account_class(waba_id, api=api).api_get(fields=NODE_FIELDS)

    def list_all(account: str) -> int:
        return sum(1 for _ in account_class(account, api=api).get_message_templates(params={"limit": PAGE_SIZE}))

    return Contender("facebook_business", get, list_all, api._session.requests.close)


SYNC_FACTORIES: dict[str, Callable[[str, str], Contender]] = {
    "raw_httpx": raw_httpx,
    "generated": generated,
    "waba": waba,
    "waba_bulk": waba_bulk,
    "facebook_business": facebook_business,
}


@dataclass
class AsyncContender:
    """An async client: `get()` reads the node once."""

    name: str
    get: Callable[[], Awaitable[object]]
    close: Callable[[], Awaitable[None]]


def raw_httpx_async(base_url: str, waba_id: str, transport: httpx.AsyncBaseTransport | None = None) -> AsyncContender:
    """A bare `httpx.AsyncClient` (httpx's default pool limits, as `AsyncWabaClient` uses)."""
    http = httpx.AsyncClient(
        base_url=f"{base_url}/{API_VERSION}", headers={"Authorization": f"Bearer {TOKEN}"}, transport=transport
    )
    path = f"/{waba_id}"

    async def get() -> object:
        return (await http.get(path, params={"fields": FIELDS_PARAM})).json()

    return AsyncContender("raw_httpx_async" if transport is None else "raw_httpx_aiohttp_async", get, http.aclose)


def waba_async(base_url: str, waba_id: str, transport: httpx.AsyncBaseTransport | None = None) -> AsyncContender:
    """`AsyncWabaClient`: `await client.account(id).get(fields=...)`."""
    client = AsyncWabaClient(access_token=TOKEN, base_url=base_url, transport=transport)

    async def get() -> object:
        return await client.account(waba_id).get(fields=NODE_FIELDS)

    return AsyncContender("waba_async" if transport is None else "waba_aiohttp_async", get, client.close)


def raw_httpx_aiohttp_async(base_url: str, waba_id: str) -> AsyncContender:
    """A bare `httpx.AsyncClient` over httpx-aiohttp's transport (what a raw-httpx user would plug in)."""
    from httpx_aiohttp import AiohttpTransport  # noqa: PLC0415 - the `aiohttp` extra

    return raw_httpx_async(base_url, waba_id, AiohttpTransport())


def waba_aiohttp_async(base_url: str, waba_id: str) -> AsyncContender:
    """`AsyncWabaClient(transport=waba.aiohttp_transport.AiohttpTransport())`."""
    from waba.aiohttp_transport import AiohttpTransport  # noqa: PLC0415 - the `aiohttp` extra

    return waba_async(base_url, waba_id, AiohttpTransport())


ASYNC_FACTORIES: dict[str, Callable[[str, str], AsyncContender]] = {
    "raw_httpx_async": raw_httpx_async,
    "waba_async": waba_async,
    "raw_httpx_aiohttp_async": raw_httpx_aiohttp_async,
    "waba_aiohttp_async": waba_aiohttp_async,
}
