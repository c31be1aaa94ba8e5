"""`make spec-diff BASE=<ref>` (scripts/spec_diff.py): which spec it compares, and its errors for bad input.

The diff itself is Optic's (installed by `make spec-diff` only, not by `make test`)."""

from __future__ import annotations

import json

import pytest
from spec_diff import PUBLISHED, main, major_change_note, spec_at


def test_the_base_side_is_the_published_file_at_the_ref() -> None:
    text = spec_at("HEAD")
    assert text is not None
    document = json.loads(text)
    assert document["openapi"].startswith("3.1") and "paths" in document


def test_a_ref_without_the_spec_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert spec_at("no-such-ref-anywhere") is None
    assert main(["spec_diff.py", "no-such-ref-anywhere"]) == 2
    assert f"no-such-ref-anywhere has no {PUBLISHED}" in capsys.readouterr().err


def test_no_ref_prints_the_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["spec_diff.py"]) == 2
    assert "make spec-diff BASE=<git ref>" in capsys.readouterr().err


def test_a_new_major_version_is_called_out() -> None:
    note = major_change_note({"info": {"version": "1.0.0"}}, {"info": {"version": "0.1.0"}})
    assert note is not None and "1.0.0 to 0.1.0" in note and "does not check" in note
    assert major_change_note({"info": {"version": "0.1.0"}}, {"info": {"version": "0.2.3"}}) is None
