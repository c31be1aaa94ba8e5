"""Where `WabaClient`'s time goes: cProfile of node GETs and of one full listing, per call / per item.

Reported per unit (one GET, or one listed template): the exclusive time of each layer (the package the code
belongs to: waba, waba_api, httpx, jsonschema, ...), and the top functions by exclusive and by inclusive time.
cProfile slows Python code down (roughly 1.5 to 2 times), so read the shares, not the absolute numbers.
"""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .config import LIST_WABA, Config
from .contenders import waba

TOP = 15
#: Layer of a code location, by the first matching fragment of its file path (checked in this order).
LAYERS = [
    ("/wrapper/waba/", "waba (wrapper)"),
    ("/waba_api/", "waba_api (generated)"),
    ("/httpx/", "httpx"),
    ("/httpcore/", "httpcore"),
    ("/h11/", "h11"),
    ("/jsonschema/", "jsonschema"),
    ("/referencing/", "jsonschema"),
    ("/rpds", "jsonschema"),
    ("/attr/", "attrs"),
    ("/json/", "json"),
    ("/scripts/bench/", "benchmark driver"),
]


def _layer(filename: str) -> str:
    for fragment, layer in LAYERS:
        if fragment in filename:
            return layer
    if filename == "~":
        return "builtins (C)"
    return "stdlib/other"


def _where(key: tuple[str, int, str]) -> str:
    filename, line, function = key
    if filename == "~":
        return function
    path = Path(filename)
    for anchor in ("site-packages", "wrapper", "generated", "scripts"):
        if anchor in path.parts:
            path = Path(*path.parts[path.parts.index(anchor) + 1 :])
            break
    else:
        path = Path(path.name)
    return f"{path.as_posix()}:{line}({function})"


def _report(profile: cProfile.Profile, units: int, unit: str) -> dict[str, Any]:
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, Any]] = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    layers: dict[str, float] = {}
    for key, (_, _, tottime, _, _) in raw.items():
        layers[_layer(key[0])] = layers.get(_layer(key[0]), 0.0) + tottime
    total = sum(layers.values())

    def row(key: tuple[str, int, str], values: tuple[int, int, float, float, Any]) -> dict[str, Any]:
        _, calls, tottime, cumtime, _ = values
        return {
            "function": _where(key),
            "calls_per_unit": round(calls / units, 2),
            "exclusive_us": round(tottime / units * 1e6, 2),
            "inclusive_us": round(cumtime / units * 1e6, 2),
        }

    ranked = [(key, values) for key, values in raw.items() if _layer(key[0]) != "benchmark driver"]
    by_tottime = sorted(ranked, key=lambda item: item[1][2], reverse=True)[:TOP]
    by_cumtime = sorted(ranked, key=lambda item: item[1][3], reverse=True)[:TOP]
    return {
        "unit": unit,
        "units": units,
        "profiled_us_per_unit": round(total / units * 1e6, 2),
        "layers_us_per_unit": {
            layer: round(seconds / units * 1e6, 2) for layer, seconds in sorted(layers.items(), key=lambda i: -i[1])
        },
        "top_exclusive": [row(key, values) for key, values in by_tottime],
        "top_inclusive": [row(key, values) for key, values in by_cumtime],
    }


def _profiled(action: Callable[[], object], times: int) -> cProfile.Profile:
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(times):
        action()
    profile.disable()
    return profile


def measure(base_url: str, config: Config) -> dict[str, Any]:
    """Profiles of `WabaClient`: `config.profile_get_calls` node GETs, and one listing of `config.list_items`."""
    contender = waba(base_url, LIST_WABA)
    get = contender.get
    assert get is not None, "WabaClient reads nodes"
    try:
        for _ in range(config.warmup_calls):
            get()
        contender.list_all(LIST_WABA)
        node_get = _report(_profiled(get, config.profile_get_calls), config.profile_get_calls, "node GET")
        listing = _profiled(lambda: contender.list_all(LIST_WABA), 1)
        return {"node_get": node_get, "listing": _report(listing, config.list_items, "listed template")}
    finally:
        contender.close()
