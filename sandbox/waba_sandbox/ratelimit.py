"""Per-WABA call budgets and the usage headers Graph sends with them."""

from __future__ import annotations

import json
import math
from collections import defaultdict, deque

from .config import SandboxConfig
from .graph_errors import GraphError
from .store import Store

APP_BUDGET_PER_HOUR = 20_000
WINDOW = 3600.0


class RateLimiter:
    """Counts calls per WABA in a rolling hour; answers 80008 when a budget is spent."""

    def __init__(self, config: SandboxConfig, store: Store) -> None:
        self.config = config
        self.store = store
        self._calls: dict[str, deque[float]] = defaultdict(deque)
        self._app_calls: deque[float] = deque()

    def budget(self, waba_id: str) -> int:
        """Calls per hour for this WABA (Graph: 200, or 5,000 with a registered phone number)."""
        if waba_id in self.config.budgets:
            return self.config.budgets[waba_id]
        if self.config.budget_per_hour is not None:
            return self.config.budget_per_hour
        account = self.store.accounts.get(waba_id)
        return 5000 if account is not None and account.has_registered_phone else 200

    def _prune(self, calls: deque[float], now: float) -> None:
        while calls and calls[0] <= now - WINDOW:
            calls.popleft()

    def charge(self, waba_id: str | None) -> dict[str, str]:
        """Count one call; the usage headers to send, or GraphError 80008 when the budget is spent."""
        now = self.config.clock()
        self._prune(self._app_calls, now)
        self._app_calls.append(now)
        headers = {"X-App-Usage": json.dumps(self._app_usage())}
        if waba_id is None:
            return headers
        calls = self._calls[waba_id]
        self._prune(calls, now)
        budget = self.budget(waba_id)
        if len(calls) >= budget:
            regain = max(1, math.ceil((calls[0] + WINDOW - now) / 60))
            headers["X-Business-Use-Case-Usage"] = self._business_usage(waba_id, 100, regain)
            raise GraphError(
                80008,
                "(#80008) There have been too many calls to this WhatsApp Business account. Wait a bit and try "
                "again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/"
                "rate-limiting.",
                is_transient=True,
                headers=headers,
            )
        calls.append(now)
        percent = min(100, math.ceil(100 * len(calls) / budget))
        headers["X-Business-Use-Case-Usage"] = self._business_usage(waba_id, percent, 0)
        return headers

    def throttled_headers(self, waba_id: str | None, regain_minutes: int) -> dict[str, str]:
        """Headers of an injected throttle."""
        headers = {"X-App-Usage": json.dumps(self._app_usage())}
        if waba_id is not None:
            headers["X-Business-Use-Case-Usage"] = self._business_usage(waba_id, 100, regain_minutes)
        return headers

    def _app_usage(self) -> dict[str, int]:
        percent = min(100, math.ceil(100 * len(self._app_calls) / APP_BUDGET_PER_HOUR))
        return {"call_count": percent, "total_time": max(0, percent // 2), "total_cputime": max(0, percent // 3)}

    @staticmethod
    def _business_usage(waba_id: str, percent: int, regain_minutes: int) -> str:
        entry = {
            "type": "whatsapp_business_management",
            "call_count": percent,
            "total_cputime": max(0, percent // 3),
            "total_time": max(0, percent // 2),
            "estimated_time_to_regain_access": regain_minutes,
        }
        return json.dumps({waba_id: [entry]})
