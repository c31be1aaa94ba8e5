"""Client settings: token, app secret, version, base URL, timeout and retries — checked once, up front."""

from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass

import httpx

from .errors import ConfigurationError

DEFAULT_BASE_URL = "https://graph.facebook.com"
DEFAULT_API_VERSION = "v24.0"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
TOKEN_ENV = "WABA_ACCESS_TOKEN"  # noqa: S105 - the name of a variable, not a secret
APP_SECRET_ENV = "WABA_APP_SECRET"  # noqa: S105 - the name of a variable, not a secret
BASE_URL_ENV = "WABA_BASE_URL"


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (the only hosts allowed over plain http)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, repr=False)
class Settings:
    """Resolved client settings. The token is kept out of `repr`."""

    access_token: str
    app_secret: str | None
    api_version: str
    base_url: httpx.URL
    timeout: httpx.Timeout

    @property
    def api_root(self) -> httpx.URL:
        """`<base_url>/<api_version>`: the root every operation path is relative to."""
        return self.base_url.copy_with(path=self.base_url.path.rstrip("/") + "/" + self.api_version)

    def __repr__(self) -> str:
        secret = "***" if self.app_secret else None
        return f"Settings(api_root={str(self.api_root)!r}, access_token=***, app_secret={secret})"


def resolve_settings(
    *,
    access_token: str | None,
    app_secret: str | None,
    api_version: str,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
) -> Settings:
    """Validate and complete the settings; raises ConfigurationError with what to do."""
    token = access_token if access_token is not None else os.environ.get(TOKEN_ENV)
    if not token or not token.strip():
        raise ConfigurationError(f"No access token: pass access_token=... or set the {TOKEN_ENV} environment variable.")
    if token != token.strip() or any(c.isspace() for c in token):
        raise ConfigurationError("The access token contains whitespace; check how it was copied.")
    secret = app_secret if app_secret is not None else os.environ.get(APP_SECRET_ENV) or None
    if not re.fullmatch(r"v\d+\.\d+", api_version):
        raise ConfigurationError(f"api_version must look like 'v24.0', got {api_version!r}.")
    base_url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"base_url is not a valid URL: {base_url!r}") from exc
    if url.scheme not in ("https", "http") or not url.host:
        raise ConfigurationError(f"base_url must be an absolute http(s) URL, got {base_url!r}.")
    if url.scheme != "https" and not is_loopback(url.host):
        raise ConfigurationError(
            f"base_url must use https (plain http is only allowed for loopback hosts), got {base_url!r}."
        )
    if url.query or url.fragment or url.userinfo:
        raise ConfigurationError("base_url must not carry a query, fragment or credentials.")
    return Settings(
        access_token=token, app_secret=secret, api_version=api_version, base_url=url, timeout=resolve_timeout(timeout)
    )


def resolve_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """An httpx.Timeout from seconds (or the default for None); raises ConfigurationError when not positive."""
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, (int, float)) and not isinstance(timeout, bool) and timeout > 0:
        return httpx.Timeout(float(timeout))
    raise ConfigurationError(f"timeout must be a positive number of seconds or an httpx.Timeout, got {timeout!r}.")
