"""Rate-limit awareness: the `X-Business-Use-Case-Usage` and `X-App-Usage` headers, tracked and paced."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .lazy import models, resolve

if TYPE_CHECKING:
    from waba_api.models import AppUsage, BusinessUseCaseUsageEntry

logger = logging.getLogger("waba")

BUSINESS_USAGE_HEADER = "x-business-use-case-usage"
APP_USAGE_HEADER = "x-app-usage"


@dataclass(frozen=True)
class Usage:
    """Usage reported by Graph: the app budget and, per business object id (a WABA id), its budgets.

    Values are percentages of the budget used; `estimated_time_to_regain_access` is in minutes. Graph sends the
    headers only after enough calls: absence is not zero usage.
    """

    app: AppUsage | None = None
    business: Mapping[str, tuple[BusinessUseCaseUsageEntry, ...]] = field(default_factory=dict)

    def entries(self, business_id: str | None = None) -> tuple[BusinessUseCaseUsageEntry, ...]:
        """The budgets of one business object, or of all of them."""
        if business_id is not None:
            return self.business.get(business_id, ())
        return tuple(entry for entries in self.business.values() for entry in entries)

    def max_percent(self, business_id: str | None = None) -> int:
        """The highest percentage used among the app budget and the business object's budgets."""
        values: list[int] = []
        if self.app is not None:
            values += [
                v for v in (self.app.call_count, self.app.total_time, self.app.total_cputime) if isinstance(v, int)
            ]
        for entry in self.entries(business_id):
            values += [v for v in (entry.call_count, entry.total_time, entry.total_cputime) if isinstance(v, int)]
        return max(values, default=0)

    def regain_seconds(self, business_id: str | None = None) -> float:
        """Seconds until throttled budgets come back (0 when not throttled)."""
        minutes = [e.estimated_time_to_regain_access for e in self.entries(business_id)]
        return 60.0 * max((m for m in minutes if isinstance(m, int)), default=0)

    @property
    def empty(self) -> bool:
        """True when no usage header was seen."""
        return self.app is None and not self.business


def _json_header(headers: Mapping[str, str], name: str) -> Any:
    raw = headers.get(name)
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        logger.debug("ignoring malformed %s header", name)
        return None


def parse_usage(headers: Mapping[str, str]) -> Usage:
    """Parse the usage headers of one response; malformed headers are ignored, never raised."""
    app: AppUsage | None = None
    raw_app = _json_header(headers, APP_USAGE_HEADER)
    if isinstance(raw_app, dict):
        try:
            app = resolve(models.AppUsage).from_dict(raw_app)
        except (TypeError, ValueError, KeyError):
            logger.debug("ignoring unparseable %s header", APP_USAGE_HEADER)
    business: dict[str, tuple[BusinessUseCaseUsageEntry, ...]] = {}
    raw_business = _json_header(headers, BUSINESS_USAGE_HEADER)
    if isinstance(raw_business, dict):
        parse_entry = resolve(models.BusinessUseCaseUsageEntry).from_dict
        for node_id, raw_entries in raw_business.items():
            if not isinstance(raw_entries, list):
                continue
            try:
                business[str(node_id)] = tuple(parse_entry(e) for e in raw_entries if isinstance(e, dict))
            except (TypeError, ValueError, KeyError):
                logger.debug("ignoring unparseable %s entry for %s", BUSINESS_USAGE_HEADER, node_id)
    return Usage(app=app, business=business)


class UsageTracker:
    """The latest usage seen, per business object and for the app. Thread-safe; shared by a client's calls."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._app: AppUsage | None = None
        self._business: dict[str, tuple[BusinessUseCaseUsageEntry, ...]] = {}

    def record(self, usage: Usage) -> None:
        """Keep what a response reported (older values of other business objects stay)."""
        if usage.empty:
            return
        with self._lock:
            if usage.app is not None:
                self._app = usage.app
            self._business.update(usage.business)

    def snapshot(self) -> Usage:
        """The latest usage of the app and of every business object seen so far."""
        with self._lock:
            return Usage(app=self._app, business=dict(self._business))


@dataclass(frozen=True)
class Pacing:
    """Slow down before a budget runs out.

    Once the highest usage of the app or of the business object a request targets reaches `threshold` percent,
    each request waits, growing linearly from 0 at `threshold` to `max_delay` seconds at 100 %.
    """

    threshold: float = 75.0
    max_delay: float = 5.0

    def __post_init__(self) -> None:
        if not 0 <= self.threshold < 100 or self.max_delay < 0:
            raise ValueError("Pacing needs 0 <= threshold < 100 and max_delay >= 0")

    def delay(self, usage: Usage, business_id: str | None) -> float:
        """Seconds to wait before the next request to `business_id`."""
        percent = usage.max_percent(business_id) if business_id else usage.max_percent()
        if percent < self.threshold:
            return 0.0
        share = min(1.0, (percent - self.threshold) / (100.0 - self.threshold))
        return self.max_delay * share
