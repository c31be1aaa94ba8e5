"""The sizes and fault mix of a soak run."""

from __future__ import annotations

from dataclasses import dataclass, field

from waba import RetryPolicy
from waba_sandbox import FaultRates


@dataclass(frozen=True)
class SoakConfig:
    """What one soak run does."""

    name: str
    templates: int  # templates of the listed account (1,000+)
    listings: int  # full listings of it, per client kind (sync, then async)
    mixed_calls: int  # mixed calls with creates and deletes, per client kind
    in_flight: int = 32  # async calls in flight
    page_limit: int = 100
    load_clients: int = 50
    load_calls: int = 200  # per load client
    seed: int = 7
    faults: FaultRates = field(
        default_factory=lambda: FaultRates(
            transient=0.20, throttle=0.10, html_502=0.05, truncated=0.03, dropped=0.05, slow=0.02,
            slow_seconds=0.4, throttle_regain_minutes=0,
        )
    )  # fmt: skip
    #: Reads time out before a slow answer comes (and are retried); writes wait for it.
    read_timeout: float = 0.25
    write_timeout: float = 10.0
    policy: RetryPolicy = field(
        default_factory=lambda: RetryPolicy(max_retries=20, backoff_base=0.002, backoff_max=0.05, max_wait=1.0)
    )


FULL = SoakConfig(name="full", templates=1_200, listings=10, mixed_calls=1_000)
QUICK = SoakConfig(name="quick", templates=1_050, listings=1, mixed_calls=120, load_calls=8)
