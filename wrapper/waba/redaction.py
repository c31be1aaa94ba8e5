"""Keep secrets out of logs, exception text, reprs and the answers handed to users.

A `Redactor` knows a client's secrets — the access token, the app secret and the `appsecret_proof` derived from
them — in their plain and URL-encoded spellings, and masks every occurrence with `***`: in text (`text`), in
raw answer bytes (`content`, applied to every answer before anything reads it) and in URLs (`url`, which also
masks the value of any `access_token`/`appsecret_proof`/`client_secret` parameter, known or not).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import quote, quote_plus

import httpx

MASK = "***"
SECRET_PARAMS = ("access_token", "appsecret_proof", "client_secret")
#: Shorter values are not masked: replacing every "abc" in a text would mangle it (real secrets are far longer).
MIN_SECRET_LENGTH = 4
_SECRET_PARAM = re.compile(r"((?:^|[?&;])(?:" + "|".join(SECRET_PARAMS) + r")=)[^&#;]*", re.IGNORECASE)


def _spellings(secret: str) -> set[str]:
    return {secret, quote(secret, safe=""), quote_plus(secret, safe="")}


class Redactor:
    """Masks known secret values and secret query parameters."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        values = {spelling for s in secrets if s and len(s) >= MIN_SECRET_LENGTH for spelling in _spellings(s)}
        self._secrets = sorted(values, key=len, reverse=True)
        self._secret_bytes = [s.encode("utf-8", "surrogatepass") for s in self._secrets]

    def text(self, value: str) -> str:
        """`value` with every known secret replaced by `***`."""
        for secret in self._secrets:
            if secret in value:
                value = value.replace(secret, MASK)
        return value

    def content(self, value: bytes) -> bytes:
        """Raw bytes (an answer body) with every known secret replaced by `***`."""
        for secret in self._secret_bytes:
            if secret in value:
                value = value.replace(secret, MASK.encode())
        return value

    def url(self, url: httpx.URL | str) -> str:
        """The URL with the value of every secret query parameter masked, and known secrets replaced."""
        return self.text(mask_secret_params(str(url)))


def mask_secret_params(url: str) -> str:
    """`url` with the value of every `access_token`/`appsecret_proof`/`client_secret` parameter masked."""
    return _SECRET_PARAM.sub(rf"\g<1>{MASK}", url)
