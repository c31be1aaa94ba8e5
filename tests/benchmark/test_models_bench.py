"""The models micro-benchmark (`python -m bench.models`) runs and reports every figure; timings are not asserted."""

from __future__ import annotations

from bench import models


def test_a_tiny_run_reports_every_figure_for_every_tree() -> None:
    generated = models.ROOT / "generated"
    results = models.measure({"a": generated, "b": generated}, rounds=1, templates=150, repeats=1)
    assert set(results) == {"a", "b"}
    for figures in results.values():
        assert set(figures) == {"json_loads", "from_dict", "to_dict", "import_ms"}
        assert all(figure["median"] > 0 and len(figure["samples"]) == 1 for figure in figures.values())


def test_the_pages_are_realistic_templates_in_pages_of_a_hundred() -> None:
    pages = models._pages(250)
    assert [page.count(b'"components"') for page in pages] == [100, 100, 50]
