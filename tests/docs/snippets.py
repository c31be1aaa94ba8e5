"""The fenced Python examples of the hand-written documentation pages, with where they are and whether they run.

A block preceded by `<!-- docs-test: skip REASON -->` is not run (it needs a real token, a second terminal,
...); every other ```python block must run as is against a fresh sandbox.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "docs" / "site"
_SKIP = re.compile(r"^<!--\s*docs-test:\s*skip\b\s*(?P<reason>.*?)\s*-->$")
_OPEN = re.compile(r"^(?P<fence>`{3,})python\s*$")


@dataclass(frozen=True)
class Snippet:
    """One ```python block of a page."""

    page: str
    line: int
    code: str
    skip_reason: str | None

    @property
    def name(self) -> str:
        """`guides/quickstart.md:42`."""
        return f"{self.page}:{self.line}"


def page_snippets(path: Path) -> list[Snippet]:
    """The Python blocks of one Markdown page."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[Snippet] = []
    index = 0
    while index < len(lines):
        opening = _OPEN.match(lines[index])
        if not opening:
            index += 1
            continue
        start = index
        fence = opening["fence"]
        index += 1
        while index < len(lines) and lines[index].strip() != fence:
            index += 1
        previous = next((lines[i].strip() for i in range(start - 1, -1, -1) if lines[i].strip()), "")
        skip = _SKIP.match(previous)
        found.append(
            Snippet(
                page=path.relative_to(PAGES).as_posix(),
                line=start + 1,
                code="\n".join(lines[start + 1 : index]) + "\n",
                skip_reason=None if skip is None else skip["reason"],
            )
        )
        index += 1
    return found


def all_snippets() -> list[Snippet]:
    """Every Python block of every hand-written page."""
    return [snippet for page in sorted(PAGES.rglob("*.md")) for snippet in page_snippets(page)]
