"""waba.fingerprints: the pager's compact loop-guard set behaves as a set of 64-bit ints."""

from __future__ import annotations

import sys

from hypothesis import given
from hypothesis import strategies as st

from waba.fingerprints import RECENT, Fingerprints

INT64 = st.integers(min_value=-(2**63), max_value=2**63 - 1)


@given(st.lists(INT64, max_size=3 * RECENT + 7), st.lists(INT64, max_size=50))
def test_it_answers_like_a_set(added: list[int], probes: list[int]) -> None:
    seen = Fingerprints()
    reference: set[int] = set()
    for value in added:
        assert (value in seen) == (value in reference)
        seen.add(value)
        reference.add(value)
    assert len(seen) == len(reference)
    for value in [*probes, *added]:
        assert (value in seen) == (value in reference)


def test_hashes_of_text_fit_and_repeats_are_found_across_the_merge() -> None:
    seen = Fingerprints()
    keys = [hash(("after", f"cursor-{n}")) for n in range(5 * RECENT)]
    for key in keys:
        seen.add(key)
    assert all(key in seen for key in keys)
    assert hash(("after", "never-added")) not in seen
    assert len(seen) == len(keys) and repr(seen) == f"Fingerprints({len(keys)} remembered)"
    assert -(2**63) <= hash("x") <= sys.maxsize
