"""Hostile inputs, as Hypothesis strategies: the requests a fuzzer (or a broken client) sends a server, and the
answers a broken proxy (or a hostile server) sends a client. Shared by the property tests, the sandbox fuzz and
`make soak`; `examples()` is how many examples each property runs (500, or `WABA_HYPOTHESIS_EXAMPLES`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

DEFAULT_EXAMPLES = 500


def examples() -> int:
    """Examples per property: `WABA_HYPOTHESIS_EXAMPLES` (`make soak` sets 10,000), else 500."""
    return int(os.environ.get("WABA_HYPOTHESIS_EXAMPLES", DEFAULT_EXAMPLES))


def report(figure: str, **counts: int) -> None:
    """Append counts to the file named by `WABA_SOAK_REPORT` (`make soak` prints them with its figures)."""
    target = os.environ.get("WABA_SOAK_REPORT")
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(json.dumps({"figure": figure, **counts}) + "\n")


def nested(levels: int, opener: str = "[", closer: str = "]") -> str:
    """A JSON text nested `levels` deep."""
    return opener * levels + closer * levels


def _nested_object(levels: int) -> str:
    return '{"a":' * levels + "1" + "}" * levels


#: Nesting depths, biased to the ones that matter: around Python's recursion limit (1,000) and beyond it
#: (Hypothesis raises the limit to about 2,000 while a test runs, so only the deeper ones reach it then).
depths = st.sampled_from([1, 2, 64, 65, 500, 990, 1_000, 1_500, 2_100, 3_000, 5_000]) | st.integers(1, 5_000)
short_depths = st.sampled_from([1, 16, 17, 64, 65, 990, 1_000, 1_500]) | st.integers(1, 1_500)
#: JSON texts nested up to 5,000 levels (Python's parser gives up near its recursion limit).
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
#: Integers no float can hold, and the usual edges.
big_integers = st.sampled_from([10**400, -(10**400), 10**309, 2**63, 2**64 + 1, -(2**63) - 1, 10**4299])
scalar_json: st.SearchStrategy[Any] = st.one_of(
    st.none(), st.booleans(), st.integers(), big_integers, st.floats(allow_nan=False), st.text(max_size=30),
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


# -- answers: what a hostile server or a broken proxy sends a client ------------------------------------------

statuses = st.sampled_from([200, 200, 200, 201, 204, 301, 400, 401, 403, 404, 413, 429, 500, 502, 503, 504, 520]) | (
    st.integers(100, 599)
)


def sprinkled(secrets: Sequence[str]) -> st.SearchStrategy[str]:
    """Text that may carry one of `secrets` (an echo of the request), to check nothing passes them on."""
    secret = st.sampled_from(list(secrets)) if secrets else st.just("")
    return st.one_of(
        st.text(max_size=30),
        st.tuples(st.text(max_size=10), secret, st.text(max_size=10)).map("".join),
        secret.map(lambda s: f"https://graph.facebook.com/v24.0/1?access_token={s}&appsecret_proof={s}"),
    )


def json_values(secrets: Sequence[str], max_leaves: int = 10) -> st.SearchStrategy[Any]:
    """Any JSON value, big numbers and secret-bearing strings included."""
    leaves = st.one_of(scalar_json, sprinkled(secrets))
    return st.recursive(
        leaves,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
        max_leaves=max_leaves,
    )


def graph_errors(secrets: Sequence[str]) -> st.SearchStrategy[dict[str, Any]]:
    """Graph error envelopes whose every field may be of the wrong type."""
    value = json_values(secrets)
    codes = st.sampled_from([1, 2, 4, 10, 17, 100, 190, 200, 368, 613, 803, 2500, 80007, 80008, 200005, 200008])
    detail = st.fixed_dictionaries(
        {},
        optional={
            "code": codes | st.integers() | value,
            "error_subcode": st.sampled_from([33, 463, 2388019]) | value,
            "message": sprinkled(secrets) | value,
            "type": st.text(max_size=10) | value,
            "is_transient": st.booleans() | value,
            "error_user_title": sprinkled(secrets) | value,
            "error_user_msg": sprinkled(secrets) | value,
            "fbtrace_id": st.text(max_size=10) | value,
            "error_data": value | deep_json,
        },
    )
    return st.fixed_dictionaries({"error": detail | value})


def usage_headers(secrets: Sequence[str], node: str) -> st.SearchStrategy[dict[str, str]]:
    """X-App-Usage and X-Business-Use-Case-Usage headers: plausible, absurd or not JSON at all."""
    number = st.integers(-5, 150) | big_integers | json_values(secrets, max_leaves=3)
    entry = st.fixed_dictionaries(
        {},
        optional={"type": st.text(max_size=8) | number, "call_count": number, "total_time": number,
                  "total_cputime": number, "estimated_time_to_regain_access": number},
    )  # fmt: skip
    business = st.dictionaries(st.sampled_from([node, "1", ""]) | st.text(max_size=5), st.lists(entry, max_size=2)
                               | json_values(secrets), max_size=2).map(json.dumps)  # fmt: skip
    app = entry.map(json.dumps)
    raw = deep_json | st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=40)
    return st.fixed_dictionaries({}, optional={"X-App-Usage": app | raw, "X-Business-Use-Case-Usage": business | raw})


def bodies(secrets: Sequence[str], success: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[bytes]:
    """Answer bodies: valid-looking successes with fields of any type, Graph errors, truncated JSON, HTML, deep
    nesting, random bytes, secrets echoed."""
    documents = st.one_of(success, graph_errors(secrets), json_values(secrets))
    encoded = documents.map(lambda d: json.dumps(d).encode("utf-8", "surrogatepass"))
    return st.one_of(
        encoded,
        st.tuples(encoded, st.integers(0, 50)).map(lambda t: t[0][: max(0, len(t[0]) - 1 - t[1])]),
        deep_json.map(str.encode),
        huge_numbers.map(str.encode),
        st.binary(max_size=100),
        sprinkled(secrets).map(lambda s: f"<html><body>Bad Gateway {s}</body></html>".encode("utf-8", "surrogatepass")),
    )
