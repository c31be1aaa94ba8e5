"""Sandbox settings: seed, tokens and their permissions, app secret, rate-limit budgets, fault rates, and the
webhook deliveries (URL, retries, the template review time rule)."""

from __future__ import annotations

import ipaddress
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024

ALL_PERMISSIONS = frozenset(
    {"whatsapp_business_management", "whatsapp_business_messaging", "business_management", "public_profile"}
)

#: Tokens every sandbox knows. They look like Graph tokens and are public: never use them anywhere else.
ADMIN_TOKEN = "EAASandboxAdminToken0000000000000000"  # noqa: S105 - a public sandbox fixture
EXPIRED_TOKEN = "EAASandboxExpiredToken000000000000000"  # noqa: S105 - a public sandbox fixture
LIMITED_TOKEN = "EAASandboxLimitedToken000000000000000"  # noqa: S105 - a public sandbox fixture (no WABA scope)


@dataclass(frozen=True)
class TokenInfo:
    """What a token may do: its permissions, and whether it expired."""

    permissions: frozenset[str] = ALL_PERMISSIONS
    expired: bool = False
    user_id: str = "100000000000001"


def default_tokens() -> dict[str, TokenInfo]:
    """The sandbox's built-in tokens: an admin, an expired one and one lacking whatsapp_business_management."""
    return {
        ADMIN_TOKEN: TokenInfo(),
        EXPIRED_TOKEN: TokenInfo(expired=True),
        LIMITED_TOKEN: TokenInfo(permissions=frozenset({"public_profile"})),
    }


#: The faults drawn per request (one at most), in the order their rates are laid out on [0, 1).
REQUEST_FAULTS = ("transient", "throttle", "html_502", "truncated", "dropped", "slow")


@dataclass(frozen=True)
class FaultRates:
    """Probabilities (0-1) of injected faults per request; all 0 by default."""

    transient: float = 0.0  # Graph error code 1 or 2, HTTP 500, is_transient
    throttle: float = 0.0  # code 80008 with estimated_time_to_regain_access
    html_502: float = 0.0  # an HTML 502 page, as a proxy would send
    truncated: float = 0.0  # a 200 answer cut in the middle of its JSON
    dropped: float = 0.0  # the connection closes before the body is complete
    slow: float = 0.0  # the answer comes after `slow_seconds`
    batch_unprocessed: float = 0.0  # a batch sub-request answered with null
    slow_seconds: float = 2.0
    throttle_regain_minutes: int = 1  # estimated_time_to_regain_access of an injected throttle (0: retry at once)

    def __post_init__(self) -> None:
        for name in (*REQUEST_FAULTS, "batch_unprocessed"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"fault rate {name} must be between 0 and 1, got {value}")
        if sum(getattr(self, name) for name in REQUEST_FAULTS) > 1 + 1e-9:
            raise ValueError(f"the rates of {', '.join(REQUEST_FAULTS)} must add up to at most 1")
        if not 0 <= self.slow_seconds <= 3600:
            raise ValueError(f"slow_seconds must be between 0 and 3600, got {self.slow_seconds}")
        regain = self.throttle_regain_minutes
        if isinstance(regain, bool) or not isinstance(regain, int) or not 0 <= regain <= 1440:
            raise ValueError(f"throttle_regain_minutes must be an integer from 0 to 1440, got {regain!r}")

    @property
    def any(self) -> bool:
        """True when some fault can happen."""
        return any(getattr(self, name) for name in REQUEST_FAULTS)


@dataclass
class SandboxConfig:
    """Everything that shapes a sandbox. Same seed, same data."""

    seed: int = 1
    #: Requires `appsecret_proof` on every call and signs webhook deliveries; kept out of the repr.
    app_secret: str | None = field(default=None, repr=False)
    app_id: str = "67084349089"
    tokens: dict[str, TokenInfo] = field(default_factory=default_tokens)
    #: Calls per hour per app per WABA (Graph: 200, or 5,000 with a registered phone number); None = Graph's.
    budget_per_hour: int | None = None
    #: Per-WABA overrides of the hourly budget.
    budgets: dict[str, int] = field(default_factory=dict)
    faults: FaultRates = field(default_factory=FaultRates)
    clock: Callable[[], float] = time.time
    #: Templates of the main account (the seed makes at least 300).
    templates: int = 320
    #: Where to POST signed webhook deliveries (a loopback http(s) URL; needs `app_secret`); None: no deliveries.
    webhook_url: str | None = None
    #: Seconds before each retry of a failed delivery (Graph: at once, then less often for 36 hours); then dropped.
    webhook_retry_delays: tuple[float, ...] = (0.0, 1.0, 5.0, 30.0, 120.0)
    #: Seconds a receiver has to answer a delivery.
    webhook_timeout: float = 5.0
    #: Seconds after which a template submitted for review is reviewed (see `lifecycle`); None: only on request.
    template_review_seconds: float | None = None
    #: Request bodies above this many bytes are refused with HTTP 413 (Graph's error envelope, code 100).
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES

    def __post_init__(self) -> None:
        if self.webhook_url is not None:
            check_webhook_url(self.webhook_url)
            if not self.app_secret:
                raise ValueError("webhook deliveries are signed with the app secret: set app_secret (--app-secret)")
        if not _seconds(self.webhook_timeout) or self.webhook_timeout == 0:
            raise ValueError(f"webhook_timeout must be a number of seconds > 0, got {self.webhook_timeout!r}")
        if self.template_review_seconds is not None and not _seconds(self.template_review_seconds):
            raise ValueError(f"template_review_seconds must be seconds >= 0, got {self.template_review_seconds!r}")
        if not all(_seconds(delay) for delay in self.webhook_retry_delays):
            raise ValueError(f"webhook_retry_delays must be seconds >= 0, got {self.webhook_retry_delays!r}")


def _seconds(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and value >= 0


def check_webhook_url(url: str) -> None:
    """ValueError unless `url` is an http(s) URL on a loopback host (the sandbox delivers nowhere else)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if parts.scheme not in ("http", "https") or not loopback:
        raise ValueError(f"the webhook URL must be http(s) on a loopback host (127.0.0.1, ::1, localhost), got {url!r}")
    try:
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        raise ValueError(f"the webhook URL has an invalid port: {url!r}") from None
