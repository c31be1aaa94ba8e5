"""Rate-limit awareness: the `X-Business-Use-Case-Usage` and `X-App-Usage` headers, tracked and paced.

The headers are advice, so a header that is not what Graph documents never fails a call: it is ignored, with a
DEBUG log line. Not JSON (or nested too deeply), not an object, an entry that is not an object, or a number that
is not an integer in range (a percentage 0-10,000, a regain time of at most a week in minutes) — the header, or
that entry, is skipped.

The tracker keeps the headers as received and parses them only when something reads them (`client.usage`,
pacing); an error parses the headers of its own response. Identical values are kept once, so a client that makes
many calls parses each distinct value at most once. With the `waba` logger at DEBUG the headers are parsed as they
arrive, so a line about a malformed header follows the response that carried it.
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import ValidationError
from .lazy import models, resolve
from .payload import NotJSONError, is_int, read_json

if TYPE_CHECKING:
    from waba_api.models import AppUsage, BusinessUseCaseUsageEntry

    from .redaction import Redactor

logger = logging.getLogger("waba")

BUSINESS_USAGE_HEADER = "x-business-use-case-usage"
APP_USAGE_HEADER = "x-app-usage"
PERCENT_FIELDS = ("call_count", "total_time", "total_cputime")
REGAIN_FIELD = "estimated_time_to_regain_access"
MAX_PERCENT = 10_000
MAX_REGAIN_MINUTES = 7 * 24 * 60


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
            values += [v for v in (self.app.call_count, self.app.total_time, self.app.total_cputime) if is_int(v)]
        for entry in self.entries(business_id):
            values += [v for v in (entry.call_count, entry.total_time, entry.total_cputime) if is_int(v)]
        return min(max(values, default=0), MAX_PERCENT)

    def regain_seconds(self, business_id: str | None = None) -> float:
        """Seconds until throttled budgets come back (0 when not throttled)."""
        minutes = [e.estimated_time_to_regain_access for e in self.entries(business_id)]
        return 60.0 * min(max((m for m in minutes if is_int(m)), default=0), MAX_REGAIN_MINUTES)

    @property
    def empty(self) -> bool:
        """True when no usage header was seen."""
        return self.app is None and not self.business


def _header(headers: Mapping[str, str], name: str, redactor: Redactor | None) -> str | None:
    raw = headers.get(name)
    return raw if raw is None or redactor is None else redactor.text(raw)


def _json_value(raw: str, name: str) -> Any:
    try:
        return read_json(raw.encode("utf-8", "surrogatepass"))
    except NotJSONError as exc:
        logger.debug("ignoring the %s header: %s", name, exc)
        return None


def _plausible(raw: Mapping[str, Any]) -> bool:
    """True when the numbers of one usage object are integers in range (and `type`, if any, a string)."""
    if not all(key not in raw or (is_int(raw[key]) and 0 <= raw[key] <= MAX_PERCENT) for key in PERCENT_FIELDS):
        return False
    regain = raw.get(REGAIN_FIELD, 0)
    return is_int(regain) and 0 <= regain <= MAX_REGAIN_MINUTES and isinstance(raw.get("type", ""), str)


def _parse_app(raw: Any) -> AppUsage | None:
    if not isinstance(raw, dict) or not _plausible(raw):
        logger.debug("ignoring the %s header: not an object of integer percentages", APP_USAGE_HEADER)
        return None
    try:
        return resolve(models.AppUsage).from_dict(raw)
    except (LookupError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError):
        logger.debug("ignoring the %s header: it does not match the API description", APP_USAGE_HEADER)
        return None


def _parse_entries(node_id: str, raw_entries: Any) -> tuple[BusinessUseCaseUsageEntry, ...]:
    if not isinstance(raw_entries, list):
        logger.debug("ignoring the %s entries of %s: not a list", BUSINESS_USAGE_HEADER, node_id)
        return ()
    parse_entry = resolve(models.BusinessUseCaseUsageEntry).from_dict
    entries: list[BusinessUseCaseUsageEntry] = []
    for raw in raw_entries:
        if not isinstance(raw, dict) or not _plausible(raw):
            logger.debug("ignoring a %s entry of %s: not a usage object", BUSINESS_USAGE_HEADER, node_id)
            continue
        try:
            entries.append(parse_entry(raw))
        except (LookupError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError):
            logger.debug("ignoring a %s entry of %s: it does not match the API description", BUSINESS_USAGE_HEADER,
                         node_id)  # fmt: skip
    return tuple(entries)


def _app_from(raw: str) -> AppUsage | None:
    decoded = _json_value(raw, APP_USAGE_HEADER)
    return None if decoded is None else _parse_app(decoded)


def _business_from(raw: str) -> dict[str, tuple[BusinessUseCaseUsageEntry, ...]]:
    decoded = _json_value(raw, BUSINESS_USAGE_HEADER)
    business: dict[str, tuple[BusinessUseCaseUsageEntry, ...]] = {}
    if isinstance(decoded, dict):
        for node_id, raw_entries in decoded.items():
            entries = _parse_entries(node_id, raw_entries)
            if entries:
                business[node_id] = entries
    elif decoded is not None:
        logger.debug("ignoring the %s header: not an object", BUSINESS_USAGE_HEADER)
    return business


def parse_usage(headers: Mapping[str, str], redactor: Redactor | None = None) -> Usage:
    """Parse the usage headers of one response (secrets masked by `redactor`); a malformed header or entry is
    ignored with a DEBUG log line, never raised."""
    raw_app = _header(headers, APP_USAGE_HEADER, redactor)
    raw_business = _header(headers, BUSINESS_USAGE_HEADER, redactor)
    return Usage(
        app=None if raw_app is None else _app_from(raw_app),
        business={} if raw_business is None else _business_from(raw_business),
    )


#: Distinct header values kept unparsed at most; beyond, they are parsed (and memory stays bounded).
MAX_PENDING = 32


class UsageTracker:
    """The latest usage seen, per business object and for the app. Thread-safe; shared by a client's calls.

    `note` keeps a response's headers as received (cheap: no parsing); `snapshot` parses what it has not parsed
    yet, in arrival order, so the result is what parsing every header on arrival would have given.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._app: AppUsage | None = None
        self._business: dict[str, tuple[BusinessUseCaseUsageEntry, ...]] = {}
        #: (header name, value) not parsed yet, oldest first; a value seen again moves to the end (same result).
        self._pending: dict[tuple[str, str], None] = {}

    def note(self, headers: Mapping[str, str], redactor: Redactor | None = None) -> None:
        """Keep the usage headers of a response (secrets masked by `redactor`), to be parsed when read."""
        raw_app = _header(headers, APP_USAGE_HEADER, redactor)
        raw_business = _header(headers, BUSINESS_USAGE_HEADER, redactor)
        if raw_app is None and raw_business is None:
            return
        with self._lock:
            pending = self._pending
            for name, raw in ((APP_USAGE_HEADER, raw_app), (BUSINESS_USAGE_HEADER, raw_business)):
                if raw is not None:
                    pending.pop((name, raw), None)
                    pending[name, raw] = None
            if len(pending) > MAX_PENDING or logger.isEnabledFor(logging.DEBUG):
                self._parse_pending()

    def _parse_pending(self) -> None:
        for name, raw in self._pending:
            if name == APP_USAGE_HEADER:
                app = _app_from(raw)
                if app is not None:
                    self._app = app
            else:
                self._business.update(_business_from(raw))
        self._pending.clear()

    def snapshot(self) -> Usage:
        """The latest usage of the app and of every business object seen so far."""
        with self._lock:
            self._parse_pending()
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
        """Raises ValidationError (a ValueError) unless 0 <= threshold < 100 and max_delay is finite and >= 0."""
        numbers = (self.threshold, self.max_delay)
        if any(isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) for v in numbers):
            raise ValidationError(f"Pacing needs finite numbers, got threshold={self.threshold!r}, "
                                  f"max_delay={self.max_delay!r}")  # fmt: skip
        if not 0 <= self.threshold < 100 or self.max_delay < 0:
            raise ValidationError("Pacing needs 0 <= threshold < 100 and max_delay >= 0")

    def delay(self, usage: Usage, business_id: str | None) -> float:
        """Seconds to wait before the next request to `business_id`."""
        percent = min(100, usage.max_percent(business_id) if business_id else usage.max_percent())
        if percent < self.threshold:
            return 0.0
        share = min(1.0, (percent - self.threshold) / (100.0 - self.threshold))
        return self.max_delay * share
