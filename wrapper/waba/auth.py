"""Authentication: the bearer token header and `appsecret_proof`, only ever sent to the configured API host."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Generator

import httpx


def appsecret_proof(access_token: str, app_secret: str) -> str:
    """Lowercase hex HMAC-SHA256 of the access token, keyed by the app secret."""
    return hmac.new(app_secret.encode("utf-8"), access_token.encode("utf-8"), hashlib.sha256).hexdigest()


def same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    """True when both URLs have the same scheme, host and port."""
    return (a.scheme, a.host, a.port) == (b.scheme, b.host, b.port)


class GraphAuth(httpx.Auth):
    """Adds `Authorization: Bearer <token>` and, with an app secret, `appsecret_proof` — to requests for the
    configured API origin only; a request to any other host goes out without credentials."""

    def __init__(self, access_token: str, app_secret: str | None, origin: httpx.URL) -> None:
        self._header = f"Bearer {access_token}"
        self._proof = appsecret_proof(access_token, app_secret) if app_secret else None
        self._origin = origin

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if same_origin(request.url, self._origin):
            request.headers["Authorization"] = self._header
            if self._proof is not None:
                request.url = request.url.copy_set_param("appsecret_proof", self._proof)
        yield request

    def __repr__(self) -> str:
        return f"GraphAuth(token=***, appsecret_proof={'on' if self._proof else 'off'})"
