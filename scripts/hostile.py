"""Hostile inputs, as Hypothesis strategies: the requests a fuzzer (or a broken client) sends a server, and the
answers a broken proxy (or a hostile server) sends a client. Shared by the property tests, the sandbox fuzz and
`make soak`; `examples()` is how many examples each property runs (500, or `WABA_HYPOTHESIS_EXAMPLES`).
"""

from __future__ import annotations

import json
import os
from typing import Any

from hypothesis import strategies as st

DEFAULT_EXAMPLES = 500


def examples() -> int:
    """Examples per property: `WABA_HYPOTHESIS_EXAMPLES` (`make soak` sets 10,000), else 500."""
    return int(os.environ.get("WABA_HYPOTHESIS_EXAMPLES", DEFAULT_EXAMPLES))


def nested(levels: int, opener: str = "[", closer: str = "]") -> str:
    """A JSON text nested `levels` deep."""
    return opener * levels + closer * levels


def _nested_object(levels: int) -> str:
    return '{"a":' * levels + "1" + "}" * levels


#: Nesting depths, biased to the ones that matter: around Python's recursion limit (1,000) and well beyond
#: (Hypothesis raises the limit while a test runs, so only the deep ones reach it then).
depths = st.sampled_from([1, 2, 64, 65, 500, 990, 1_000, 1_500, 5_000, 20_000]) | st.integers(1, 20_000)
short_depths = st.sampled_from([1, 16, 17, 64, 65, 990, 1_000, 1_500]) | st.integers(1, 1_500)
#: JSON texts nested up to 20,000 levels (Python's parser gives up near 1,000).
deep_json = st.one_of(
    depths.map(nested),
    depths.map(_nested_object),
    depths.map(lambda n: "[1," * n + "1" + "]" * n),
)
#: The same, short enough for a query string (URLs stay under the 64 KiB clients accept).
deep_json_short = short_depths.map(nested) | short_depths.map(_nested_object)
#: Graph field expressions nested deep (`id{id{...}}`), and broken ones; `_short` for a query string.
deep_fields = depths.map(lambda n: "id" + "{id" * n + "}" * n) | depths.map(lambda n: "id{" * n)
deep_fields_short = short_depths.map(lambda n: "id" + "{id" * n + "}" * n) | short_depths.map(lambda n: "id{" * n)
huge_numbers = st.sampled_from(["1e400", "-1e400", "9" * 5000, "9" * 400, "NaN", "Infinity", "-0", "1e-400", "0x10"])
scalar_json: st.SearchStrategy[Any] = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(-(10**400), 10**400), st.floats(allow_nan=False),
    st.text(max_size=30),
)  # fmt: skip
any_json: st.SearchStrategy[Any] = st.recursive(
    scalar_json, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)  # fmt: skip
#: Parameter values: short enough for a URL, hostile in every other way.
hostile_text = st.one_of(
    st.text(max_size=50),
    deep_json_short,
    deep_fields_short,
    huge_numbers,
    st.just(""),
    st.text(alphabet="{}[](),.\"'\\", max_size=80),
    any_json.map(json.dumps),
    st.sampled_from(["\ud800", "\x00", "%ff", "é" * 3, "a" * 3_000]),
)


def json_text(value: Any) -> str:
    """`value` as JSON text (non-finite floats and lone surrogates allowed: they are hostile too)."""
    return json.dumps(value)
