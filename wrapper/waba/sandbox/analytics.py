"""Deterministic analytics series: the same seed and query always give the same numbers."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from typing import Any

STEP = {"HALF_HOUR": 1800, "DAILY": 86_400, "DAY": 86_400, "MONTHLY": 2_592_000, "MONTH": 2_592_000}
MAX_POINTS = 1000
COUNTRIES = ["US", "BR", "IN"]


def _rng(*parts: Any) -> random.Random:
    return random.Random("|".join(str(p) for p in parts))


def buckets(start: int, end: int, granularity: str) -> Iterator[tuple[int, int]]:
    """[start, end) cut into buckets of the granularity (at most MAX_POINTS of them)."""
    step = STEP.get(granularity, 86_400)
    current = start
    for _ in range(MAX_POINTS):
        if current >= end:
            return
        yield current, min(current + step, end)
        current += step


def messaging_analytics(
    seed: int, waba: str, *, start: int, end: int, granularity: str, numbers: list[str]
) -> dict[str, Any]:
    """The `analytics` field of an account."""
    points = []
    for low, high in buckets(start, end, granularity):
        rng = _rng(seed, waba, "messages", low)
        sent = rng.randrange(0, 2000)
        points.append({"start": low, "end": high, "sent": sent, "delivered": int(sent * rng.uniform(0.9, 1.0))})
    return {"phone_numbers": numbers, "granularity": granularity, "data_points": points}


def _breakdown(params: dict[str, Any], dimensions: dict[str, list[str]]) -> list[dict[str, str]]:
    wanted = [d for d in params.get("dimensions", []) if d in dimensions]
    combos = itertools.product(*(dimensions[d] for d in wanted))
    return [dict(zip(wanted, combo, strict=True)) for combo in itertools.islice(combos, 20)] or [{}]


def conversation_series(
    seed: int, waba: str, *, start: int, end: int, params: dict[str, Any], numbers: list[str]
) -> dict[str, Any]:
    """One series of conversation analytics."""
    dimensions = {
        "CONVERSATION_CATEGORY": params.get("conversation_categories") or ["MARKETING", "UTILITY", "SERVICE"],
        "CONVERSATION_DIRECTION": params.get("conversation_directions") or ["BUSINESS_INITIATED", "USER_INITIATED"],
        "CONVERSATION_TYPE": params.get("conversation_types") or ["REGULAR"],
        "COUNTRY": params.get("country_codes") or COUNTRIES,
        "PHONE": params.get("phone_numbers") or numbers,
    }
    keys = {
        "CONVERSATION_CATEGORY": "conversation_category",
        "CONVERSATION_DIRECTION": "conversation_direction",
        "CONVERSATION_TYPE": "conversation_type",
        "COUNTRY": "country",
        "PHONE": "phone_number",
    }
    metrics = params.get("metric_types") or ["CONVERSATION", "COST"]
    points = []
    for low, high in buckets(start, end, str(params.get("granularity", "DAILY"))):
        for combo in _breakdown(params, dimensions):
            rng = _rng(seed, waba, "conversations", low, sorted(combo.items()))
            point: dict[str, Any] = {"start": low, "end": high}
            conversations = rng.randrange(0, 400)
            if "CONVERSATION" in metrics:
                point["conversation"] = conversations
            if "COST" in metrics:
                point["cost"] = round(conversations * rng.uniform(0.005, 0.06), 3)
            point.update({keys[d]: v for d, v in combo.items()})
            points.append(point)
            if len(points) >= MAX_POINTS:
                return {"data_points": points}
    return {"data_points": points}


def pricing_series(
    seed: int, waba: str, *, start: int, end: int, params: dict[str, Any], numbers: list[str]
) -> dict[str, Any]:
    """One series of pricing analytics."""
    dimensions = {
        "COUNTRY": params.get("country_codes") or COUNTRIES,
        "PHONE": params.get("phone_numbers") or numbers,
        "PRICING_CATEGORY": params.get("pricing_categories") or ["MARKETING", "UTILITY", "AUTHENTICATION"],
        "PRICING_TYPE": params.get("pricing_types") or ["REGULAR"],
        "TIER": params.get("tiers") or ["0:250000"],
    }
    keys = {
        "COUNTRY": "country",
        "PHONE": "phone",
        "PRICING_CATEGORY": "pricing_category",
        "PRICING_TYPE": "pricing_type",
        "TIER": "tier",
    }
    metrics = params.get("metric_types") or ["COST", "VOLUME"]
    points = []
    for low, high in buckets(start, end, str(params.get("granularity", "DAILY"))):
        for combo in _breakdown(params, dimensions):
            rng = _rng(seed, waba, "pricing", low, sorted(combo.items()))
            volume = rng.randrange(0, 3000)
            point: dict[str, Any] = {"start": low, "end": high}
            if "VOLUME" in metrics:
                point["volume"] = volume
            if "COST" in metrics:
                point["cost"] = round(volume * rng.uniform(0.004, 0.05), 3)
            point.update({keys[d]: v for d, v in combo.items()})
            points.append(point)
            if len(points) >= MAX_POINTS:
                return {"data_points": points}
    return {"data_points": points}


def call_series(
    seed: int, waba: str, *, start: int, end: int, params: dict[str, Any], numbers: list[str]
) -> dict[str, Any]:
    """One series of call analytics."""
    dimensions = {
        "COUNTRY": params.get("country_codes") or COUNTRIES,
        "DIRECTION": params.get("directions") or ["BUSINESS_INITIATED", "USER_INITIATED"],
        "PHONE": params.get("phone_numbers") or numbers,
        "TIER": params.get("tiers") or ["0:250000"],
    }
    keys = {"COUNTRY": "country", "DIRECTION": "direction", "PHONE": "phone_number", "TIER": "tier"}
    metrics = params.get("metric_types") or ["COUNT", "COST", "AVERAGE_DURATION"]
    points = []
    for low, high in buckets(start, end, str(params.get("granularity", "DAILY"))):
        for combo in _breakdown(params, dimensions):
            rng = _rng(seed, waba, "calls", low, sorted(combo.items()))
            count = rng.randrange(0, 120)
            point: dict[str, Any] = {"start": low, "end": high}
            if "COUNT" in metrics:
                point["count"] = count
            if "COST" in metrics:
                point["cost"] = round(count * rng.uniform(0.01, 0.04), 3)
            if "AVERAGE_DURATION" in metrics:
                point["average_duration"] = rng.randrange(20, 400) if count else 0
            point.update({keys[d]: v for d, v in combo.items()})
            points.append(point)
            if len(points) >= MAX_POINTS:
                return {"data_points": points}
    return {"data_points": points}


def template_series(
    seed: int, *, start: int, end: int, template_ids: list[str], metrics: list[str] | None
) -> list[dict[str, Any]]:
    """Daily data points of each template."""
    wanted = set(metrics or ["SENT", "DELIVERED", "READ", "CLICKED", "COST"])
    points = []
    for low, high in buckets(start, end, "DAILY"):
        for template_id in template_ids:
            rng = _rng(seed, "template", template_id, low)
            sent = rng.randrange(0, 500)
            delivered = int(sent * rng.uniform(0.9, 1.0))
            read = int(delivered * rng.uniform(0.4, 0.9))
            point: dict[str, Any] = {"template_id": template_id, "start": low, "end": high}
            if "SENT" in wanted:
                point["sent"] = sent
            if "DELIVERED" in wanted:
                point["delivered"] = delivered
            if "READ" in wanted:
                point["read"] = read
            if "REPLIED" in wanted:
                point["replied"] = int(read * rng.uniform(0, 0.2))
            if "CLICKED" in wanted:
                point["clicked"] = [
                    {"type": "quick_reply_button", "button_content": "Track", "count": int(read * rng.uniform(0, 0.3))}
                ]
            if "COST" in wanted:
                point["cost"] = [{"type": "amount_spent", "value": round(delivered * 0.0147, 2)}]
            points.append(point)
    return points
