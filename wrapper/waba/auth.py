"""Authentication: the bearer token header and `appsecret_proof`, only ever sent to the configured API host.

The credentials are added by `GraphTransport` to the copy of each request it hands to the network, never to the
request httpx builds, logs ("HTTP Request: GET ..." at INFO) and attaches to responses and errors: no log line,
URL or `response.request` shows the token or the proof.
"""

from __future__ import annotations

import hashlib
import hmac

import httpx


def appsecret_proof(access_token: str, app_secret: str) -> str:
    """Lowercase hex HMAC-SHA256 of the access token, keyed by the app secret."""
    return hmac.new(app_secret.encode("utf-8"), access_token.encode("utf-8"), hashlib.sha256).hexdigest()


def same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    """True when both URLs have the same scheme, host and port."""
    return (a.scheme, a.host, a.port) == (b.scheme, b.host, b.port)


class Credentials:
    """`Authorization: Bearer <token>` and, with an app secret, `appsecret_proof` — for the API origin only: a
    request to any other host goes out without them."""

    def __init__(self, access_token: str, app_secret: str | None, origin: httpx.URL) -> None:
        self._header = f"Bearer {access_token}"
        self._proof = appsecret_proof(access_token, app_secret) if app_secret else None
        self._origin = origin
        self.secrets: tuple[str, ...] = tuple(s for s in (access_token, app_secret, self._proof) if s)

    def apply(self, request: httpx.Request) -> httpx.Request:
        """The request to send: a copy of `request` carrying the credentials (or `request` itself for another
        host). The copy shares the body stream and the extensions; a body already in memory is readable as
        `content`, as in the original (an aiohttp-backed transport would otherwise send it chunked)."""
        if not same_origin(request.url, self._origin):
            return request
        url = request.url if self._proof is None else request.url.copy_set_param("appsecret_proof", self._proof)
        headers = request.headers.copy()
        headers["Authorization"] = self._header
        sent = httpx.Request(request.method, url, headers=headers, stream=request.stream)
        sent.extensions = request.extensions  # the same dict (httpx would copy it): per-call state stays shared
        if isinstance(request.stream, httpx.ByteStream):
            sent.read()  # a body in memory stays readable as `.content`: transports that send it whole need it
        return sent

    def __repr__(self) -> str:
        return f"Credentials(token=***, appsecret_proof={'on' if self._proof else 'off'})"
