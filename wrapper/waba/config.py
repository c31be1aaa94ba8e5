"""Client settings: token, app secret, version, base URL, timeout and retries — checked once, up front."""

from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass

import httpx

from .errors import ConfigurationError
from .redaction import Redactor

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
    if token is not None and not isinstance(token, str):
        raise ConfigurationError(f"access_token must be a string, got {type(token).__name__}.")
    if not token or not token.strip():
        raise ConfigurationError(f"No access token: pass access_token=... or set the {TOKEN_ENV} environment variable.")
    if token != token.strip() or any(c.isspace() for c in token):
        raise ConfigurationError("The access token contains whitespace; check how it was copied.")
    secret = app_secret if app_secret is not None else os.environ.get(APP_SECRET_ENV) or None
    if secret is not None and not isinstance(secret, str):
        raise ConfigurationError(f"app_secret must be a string, got {type(secret).__name__}.")
    if not isinstance(api_version, str) or not re.fullmatch(r"v\d+\.\d+", api_version):
        shown = Redactor([token, secret]).text(repr(api_version))[:100]
        raise ConfigurationError(f"api_version must look like 'v24.0', got {shown}.")
    base_url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    if not isinstance(base_url, str):
        raise ConfigurationError(f"base_url must be a string, got {type(base_url).__name__}.")
    shown = _shown_url(base_url, Redactor([token, secret]))
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError):
        raise ConfigurationError(f"base_url is not a valid URL: {shown!r}") from None
    if url.query or url.fragment or url.userinfo:
        raise ConfigurationError(
            f"base_url must not carry a query, fragment or credentials (pass the token as access_token=), got "
            f"{shown!r}."
        )
    if url.scheme not in ("https", "http") or not url.host:
        raise ConfigurationError(f"base_url must be an absolute http(s) URL, got {shown!r}.")
    if not _valid_host(url.host):
        raise ConfigurationError(f"base_url's host is not a host name or an IP address: {shown!r}.")
    if url.scheme != "https" and not is_loopback(url.host):
        raise ConfigurationError(
            f"base_url must use https (plain http is only allowed for loopback hosts), got {shown!r}."
        )
    return Settings(
        access_token=token, app_secret=secret, api_version=api_version, base_url=url, timeout=resolve_timeout(timeout)
    )


def _valid_host(host: str) -> bool:
    """True for a DNS name (international ones included) or an IP address."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        labels = host.removesuffix(".").split(".")
        return len(host) <= 253 and all(
            0 < len(label) <= 63 and label[0] != "-" and label[-1] != "-"
            and all(c.isalnum() or c in "-_" for c in label)
            for label in labels
        )  # fmt: skip
    return True


def _shown_url(text: str, redactor: Redactor) -> str:
    """A base URL fit for an error message: no credentials, query or fragment (they may hold a secret)."""
    text = re.sub(r"//[^/@?#]*@", "//***@", text)  # user:password@
    text = re.sub(r"[?#].*", lambda m: m.group()[0] + "***", text, flags=re.DOTALL)
    return redactor.text(text)[:200]


def resolve_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """An httpx.Timeout from seconds (or the default for None); raises ConfigurationError when not positive."""
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, (int, float)) and not isinstance(timeout, bool) and timeout > 0:
        return httpx.Timeout(float(timeout))
    raise ConfigurationError(f"timeout must be a positive number of seconds or an httpx.Timeout, got {timeout!r}.")
