"""The URLs of calls and of next pages, each parsed once.

httpx checks a URL string character by character in Python, and `httpx.Client.request(path, params=...)`
parses a call's URL three times (the path, the path joined to the base URL, then the query merged in): for a
node read asking for a dozen fields that is most of the time httpx spends building the request. `CallURLs`
builds the absolute URL of a call with one parse, and remembers the last few hundred, so a call made again (the
same path and query) reuses its URL object; the URL is the one httpx would have built. `next_page_url` reads a
`paging.next` URL with one parse, without the secrets Graph embeds in it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, unquote_plus

import httpx

from .redaction import SECRET_PARAMS

#: How many call URLs a client remembers (then it starts over): enough for the calls of a busy loop.
MAX_REMEMBERED = 256


class CallURLs:
    """The absolute URL of each call: the API root, the call's path and its encoded query."""

    def __init__(self, api_root: httpx.URL) -> None:
        root = str(api_root)
        self._prefix = root if root.endswith("/") else root + "/"
        self._remembered: dict[tuple[str, tuple[tuple[str, Any], ...]], httpx.URL] = {}

    def url(self, path: str, params: Mapping[str, Any]) -> httpx.URL:
        """The URL of `path` (relative to the API root) with `params` as its query, encoded as httpx does.
        Raises httpx.InvalidURL for a path httpx refuses."""
        try:
            key = (path, tuple(params.items()))
            remembered = self._remembered.get(key)
        except TypeError:  # a list value: not hashable, built every time
            return self._build(path, params)
        if remembered is None:
            remembered = self._build(path, params)
            if len(self._remembered) >= MAX_REMEMBERED:
                self._remembered.clear()
            self._remembered[key] = remembered
        return remembered

    def _build(self, path: str, params: Mapping[str, Any]) -> httpx.URL:
        query = httpx.QueryParams(params) if params else None
        return httpx.URL(f"{self._prefix}{path.lstrip('/')}{'' if not query else f'?{query}'}")


def without_secret_params(url: str) -> str:
    """`url` without its `access_token`/`appsecret_proof`/`client_secret` query parameters (any case, encoded
    or not); the rest of the URL is kept as it was written."""
    base, question, rest = url.partition("?")
    if not question:
        return url
    query, hash_mark, fragment = rest.partition("#")
    kept = [part for part in query.split("&") if unquote_plus(part.partition("=")[0]).lower() not in SECRET_PARAMS]
    return f"{base}{'?' if kept else ''}{'&'.join(kept)}{hash_mark}{fragment}"


def query_value(url: str, name: str) -> str | None:
    """The first value of query parameter `name` in `url` (decoded), or None."""
    query = url.partition("?")[2].partition("#")[0]
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key == name:
            return value
    return None


def next_page_url(url: str) -> httpx.URL:
    """A `paging.next` URL to follow: parsed once, without the secrets Graph embeds in it. Raises
    httpx.InvalidURL (or TypeError) when it is not a URL."""
    return httpx.URL(without_secret_params(url))


__all__ = ["MAX_REMEMBERED", "CallURLs", "next_page_url", "query_value", "without_secret_params"]
