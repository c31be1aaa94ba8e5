"""Small Markdown writers that are safe for any text: inline code, fenced blocks, table cells, JSON examples."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

_BACKTICK_RUNS = re.compile(r"`+")


def code(text: str) -> str:
    """`text` as inline code, whatever backticks it contains."""
    longest = max((len(run) for run in _BACKTICK_RUNS.findall(text)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def fence(text: str, language: str = "") -> str:
    """`text` as a fenced code block, with a fence longer than any backtick run inside it."""
    longest = max((len(run) for run in _BACKTICK_RUNS.findall(text)), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}{language}\n{text.rstrip()}\n{ticks}"


def json_block(value: Any) -> str:
    """A JSON value as a fenced `json` block (key order kept)."""
    return fence(json.dumps(value, indent=2, ensure_ascii=False), "json")


def compact_json(value: Any) -> str:
    """A JSON value on one line, as Graph receives JSON-encoded parameters."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def cell(text: str) -> str:
    """Text for one table cell: one line, pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A pipe table; cells are expected to be Markdown already made safe with `cell`."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(" --- " for _ in headers) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def anchor(anchor_id: str) -> str:
    """An empty element carrying an id, for links into table rows."""
    return f'<span id="{anchor_id}"></span>'


def slug(text: str) -> str:
    """A lowercase, hyphenated file or anchor name."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "untitled"
