"""Deterministic analytics series: the same seed and query always give the same numbers."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

STEP = {"HALF_HOUR": 1800, "DAILY": 86_400, "DAY": 86_400, "MONTHLY": 2_592_000, "MONTH": 2_592_000}
MAX_POINTS = 1000
COUNTRIES = ["US", "BR", "IN"]


def rng_for(*parts: Any) -> random.Random:
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
        rng = rng_for(seed, waba, "messages", low)
        sent = rng.randrange(0, 2000)
        points.append({"start": low, "end": high, "sent": sent, "delivered": int(sent * rng.uniform(0.9, 1.0))})
    return {"phone_numbers": numbers, "granularity": granularity, "data_points": points}


@dataclass(frozen=True)
class Dimension:
    """A breakdown: its name in `dimensions`, the data point field it fills, its filter and default values."""

    name: str
    field: str
    filter: str | None
    defaults: tuple[str, ...]


@dataclass(frozen=True)
class SeriesKind:
    """One analytics edge: its breakdowns, default metrics and how a bucket's numbers are drawn."""

    name: str
    dimensions: tuple[Dimension, ...]
    default_metrics: tuple[str, ...]
    measure: Callable[[random.Random, set[str]], dict[str, Any]]


def _conversation_numbers(rng: random.Random, metrics: set[str]) -> dict[str, Any]:
    conversations = rng.randrange(0, 400)
    cost = round(conversations * rng.uniform(0.005, 0.06), 3)
    return {k: v for k, v in (("conversation", conversations), ("cost", cost)) if k.upper() in metrics}


def _pricing_numbers(rng: random.Random, metrics: set[str]) -> dict[str, Any]:
    volume = rng.randrange(0, 3000)
    cost = round(volume * rng.uniform(0.004, 0.05), 3)
    return {k: v for k, v in (("volume", volume), ("cost", cost)) if k.upper() in metrics}


def _call_numbers(rng: random.Random, metrics: set[str]) -> dict[str, Any]:
    count = rng.randrange(0, 120)
    numbers = {"count": count, "cost": round(count * rng.uniform(0.01, 0.04), 3),
               "average_duration": rng.randrange(20, 400) if count else 0}  # fmt: skip
    return {k: v for k, v in numbers.items() if k.upper() in metrics}


_COUNTRY = Dimension("COUNTRY", "country", "country_codes", tuple(COUNTRIES))
_TIER = Dimension("TIER", "tier", "tiers", ("0:250000",))
CONVERSATIONS = SeriesKind(
    "conversations",
    (
        Dimension("CONVERSATION_CATEGORY", "conversation_category", "conversation_categories",
                  ("MARKETING", "UTILITY", "SERVICE")),
        Dimension("CONVERSATION_DIRECTION", "conversation_direction", "conversation_directions",
                  ("BUSINESS_INITIATED", "USER_INITIATED")),
        Dimension("CONVERSATION_TYPE", "conversation_type", "conversation_types", ("REGULAR",)),
        _COUNTRY,
        Dimension("PHONE", "phone_number", "phone_numbers", ()),
    ),
    ("CONVERSATION", "COST"),
    _conversation_numbers,
)  # fmt: skip
PRICING = SeriesKind(
    "pricing",
    (
        _COUNTRY,
        Dimension("PHONE", "phone", "phone_numbers", ()),
        Dimension("PRICING_CATEGORY", "pricing_category", "pricing_categories",
                  ("MARKETING", "UTILITY", "AUTHENTICATION")),
        Dimension("PRICING_TYPE", "pricing_type", "pricing_types", ("REGULAR",)),
        _TIER,
    ),
    ("COST", "VOLUME"),
    _pricing_numbers,
)  # fmt: skip
CALLS = SeriesKind(
    "calls",
    (
        _COUNTRY,
        Dimension("DIRECTION", "direction", "directions", ("BUSINESS_INITIATED", "USER_INITIATED")),
        Dimension("PHONE", "phone_number", "phone_numbers", ()),
        _TIER,
    ),
    ("COUNT", "COST", "AVERAGE_DURATION"),
    _call_numbers,
)


def _breakdown(kind: SeriesKind, params: dict[str, Any], numbers: list[str]) -> list[dict[str, str]]:
    """The combinations of the requested dimensions' values (at most 20)."""
    by_name = {d.name: d for d in kind.dimensions}
    wanted = [by_name[name] for name in params.get("dimensions", []) if name in by_name]
    values = [(d.filter and params.get(d.filter)) or (list(d.defaults) if d.defaults else numbers) for d in wanted]
    combos = itertools.islice(itertools.product(*values), 20)
    return [{d.field: v for d, v in zip(wanted, combo, strict=True)} for combo in combos] or [{}]


def series(
    kind: SeriesKind, seed: int, waba: str, *, start: int, end: int, params: dict[str, Any], numbers: list[str]
) -> dict[str, Any]:
    """One series of an analytics edge: a data point per bucket and breakdown (at most MAX_POINTS)."""
    metrics = set(params.get("metric_types") or kind.default_metrics)
    points: list[dict[str, Any]] = []
    for low, high in buckets(start, end, str(params.get("granularity", "DAILY"))):
        for combo in _breakdown(kind, params, numbers):
            rng = rng_for(seed, waba, kind.name, low, sorted(combo.items()))
            points.append({"start": low, "end": high, **kind.measure(rng, metrics), **combo})
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
            rng = rng_for(seed, "template", template_id, low)
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


GROUP_METRICS = ("SENT", "DELIVERED", "READ", "REPLIES", "CLICKS", "PARTICIPANTS_JOINED", "PARTICIPANTS_LEFT", "COST")


def group_series(
    seed: int, *, start: int, end: int, group_ids: list[str], metrics: list[str] | None
) -> list[dict[str, Any]]:
    """Daily data points of each WhatsApp group (group analytics)."""
    wanted = set(metrics or GROUP_METRICS)
    points = []
    for low, high in buckets(start, end, "DAILY"):
        for group_id in group_ids:
            rng = rng_for(seed, "group", group_id, low)
            sent = rng.randrange(0, 80)
            delivered = int(sent * rng.uniform(0.9, 1.0))
            read = int(delivered * rng.uniform(0.5, 0.95))
            numbers = {
                "sent": sent,
                "delivered": delivered,
                "read": read,
                "replies": int(read * rng.uniform(0, 0.3)),
                "clicks": int(read * rng.uniform(0, 0.2)),
                "participants_joined": rng.randrange(0, 5),
                "participants_left": rng.randrange(0, 3),
                "cost": round(delivered * 0.0147, 2),
            }
            point = {"group_id": group_id, "start": low, "end": high}
            points.append({**point, **{k: v for k, v in numbers.items() if k.upper() in wanted}})
    return points


def template_group_series(
    seed: int, *, start: int, end: int, groups: dict[str, list[str]], metrics: list[str] | None
) -> list[dict[str, Any]]:
    """Daily data points of each template group: the sums of its templates' points."""
    points = []
    for low, high in buckets(start, end, "DAILY"):
        for group_id, members in groups.items():
            day = template_series(seed, start=low, end=high, template_ids=members, metrics=metrics)
            point: dict[str, Any] = {"template_group_id": group_id, "start": low, "end": high}
            for key in ("sent", "delivered", "read", "replied"):
                if any(key in p for p in day):
                    point[key] = sum(p.get(key, 0) for p in day)
            if any("clicked" in p for p in day):
                clicks = sum(c["count"] for p in day for c in p.get("clicked", []))
                point["clicked"] = [{"type": "quick_reply_button", "button_content": "Track", "count": clicks}]
            if any("cost" in p for p in day):
                spent = sum(c["value"] for p in day for c in p.get("cost", []))
                point["cost"] = [{"type": "amount_spent", "value": round(spent, 2)}]
            points.append(point)
    return points
