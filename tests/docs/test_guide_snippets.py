"""Every Python example of the guides runs, as a reader would paste it, against a fresh sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from waba_sandbox import RunningSandbox, SandboxConfig

from .snippets import Snippet, all_snippets, page_snippets

SNIPPETS = all_snippets()
RUNNABLE = [s for s in SNIPPETS if s.skip_reason is None]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with RunningSandbox(SandboxConfig(seed=1)) as running:
        yield running


@pytest.mark.parametrize("snippet", RUNNABLE, ids=[s.name for s in RUNNABLE])
def test_snippet_runs_against_the_sandbox(
    snippet: Snippet, sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("WABA_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("WABA_ACCESS_TOKEN", sandbox.token)
    monkeypatch.delenv("WABA_APP_SECRET", raising=False)
    exec(compile(snippet.code, snippet.name, "exec"), {"__name__": "__main__"})
    assert capsys.readouterr().out.strip(), f"{snippet.name} printed nothing: examples show their result"


def test_the_guides_have_runnable_examples_and_every_skip_says_why() -> None:
    pages = {s.page for s in RUNNABLE}
    assert len(RUNNABLE) >= 15
    assert {"guides/quickstart.md", "guides/pagination.md", "guides/errors-and-retries.md"} <= pages
    for snippet in SNIPPETS:
        assert snippet.skip_reason != "", f"{snippet.name}: say why the example is not run"


def test_the_snippet_reader_finds_blocks_and_skip_marks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from . import snippets as module

    monkeypatch.setattr(module, "PAGES", tmp_path)
    page = tmp_path / "page.md"
    page.write_text(
        "# t\n\n```python\nprint(1)\n```\n\n<!-- docs-test: skip needs a real token -->\n\n"
        "````python\nx = '```'\n````\n\n```sh\nls\n```\n",
        encoding="utf-8",
    )
    found = page_snippets(page)
    assert [(s.line, s.code, s.skip_reason) for s in found] == [
        (3, "print(1)\n", None),
        (9, "x = '```'\n", "needs a real token"),
    ]
