"""Keep secrets out of logs, exception text and reprs."""

from __future__ import annotations

from collections.abc import Iterable

import httpx

MASK = "***"
SECRET_PARAMS = ("access_token", "appsecret_proof", "client_secret")


class Redactor:
    """Masks known secret values and secret query parameters."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        self._secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)

    def text(self, value: str) -> str:
        """`value` with every known secret replaced by `***`."""
        for secret in self._secrets:
            value = value.replace(secret, MASK)
        return value

    def url(self, url: httpx.URL | str) -> str:
        """The URL with secret query parameters masked and known secrets replaced."""
        text = str(url)
        if any(f"{name}=" in text for name in SECRET_PARAMS):
            parsed = httpx.URL(text)
            params = parsed.params
            for name in SECRET_PARAMS:
                if name in params:
                    params = params.set(name, MASK)
            text = str(parsed.copy_with(params=params))
        return self.text(text)


def strip_secret_params(url: httpx.URL) -> httpx.URL:
    """The URL without `access_token`/`appsecret_proof` (Graph embeds the token in `paging.next`)."""
    params = url.params
    for name in SECRET_PARAMS:
        params = params.remove(name)
    return url.copy_with(params=params)
