"""How commands print: human tables by default (rich), `--json` (one document) or `--jsonl` (one object per line)
for scripts, and a progress bar on stderr while a listing fetches its pages."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from enum import Enum, StrEnum
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from waba import Pager

CELL_WIDTH = 60


class Mode(StrEnum):
    """Output formats."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"


def plain(item: Any) -> Any:
    """A model (or anything) as plain JSON data: models through their `to_dict()`, so fields never sent are left
    out, whatever the model calls them."""
    if hasattr(item, "to_dict"):
        return item.to_dict()
    if isinstance(item, Enum):
        return item.value
    if isinstance(item, dict):
        return {k: plain(v) for k, v in item.items()}
    if isinstance(item, (list, tuple)):
        return [plain(v) for v in item]
    return item


def cell(value: Any) -> str:
    """A table cell: scalars as text, lists and objects as compact JSON, cut to a readable width."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = value if isinstance(value, str) else json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1] + "…"


class Output:
    """Where and how a command prints."""

    def __init__(self, mode: Mode = Mode.TABLE, progress: bool | None = None) -> None:
        self.mode = mode
        self.progress = progress
        self.out = Console(file=sys.stdout, soft_wrap=False)
        self.err = Console(file=sys.stderr, force_terminal=True if progress else None)

    def rows(self, items: Iterable[Any], columns: list[str], title: str | None = None) -> int:
        """Print items (models or dicts) as a table with `columns`, or as JSON; returns how many."""
        count = 0
        if self.mode is Mode.JSONL:
            for item in items:
                print(json.dumps(plain(item), ensure_ascii=False), file=sys.stdout)
                count += 1
            return count
        data = [plain(item) for item in items]
        if self.mode is Mode.JSON:
            print(json.dumps(data, indent=2, ensure_ascii=False), file=sys.stdout)
            return len(data)
        table = Table(title=title, show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in data:
            table.add_row(*(cell(row.get(column) if isinstance(row, dict) else row) for column in columns))
        self.out.print(table)
        return len(data)

    def record(self, item: Any, title: str | None = None) -> None:
        """Print one object: a two-column table, or JSON."""
        data = plain(item)
        if self.mode is not Mode.TABLE:
            print(json.dumps(data, indent=None if self.mode is Mode.JSONL else 2, ensure_ascii=False))
            return
        table = Table(title=title, show_header=False)
        table.add_column("field", style="bold")
        table.add_column("value", overflow="fold")
        for key, value in data.items() if isinstance(data, dict) else [("value", data)]:
            table.add_row(key, cell(value))
        self.out.print(table)

    def note(self, text: str) -> None:
        """A human line (stderr when the output is for scripts, so stdout stays parseable)."""
        if self.mode is Mode.TABLE:
            self.out.print(text, highlight=False)
        else:
            self.err.print(text, highlight=False)

    def listing(self, pager: Pager[Any], label: str, *, count: bool = False) -> Iterator[Any]:
        """The items of a pager, with a progress bar on stderr (when it is a terminal, or with --progress)."""
        show = self.progress if self.progress is not None else self.err.is_terminal
        if not show:
            yield from pager
            return
        total = pager.total_count() if count else None
        columns = [
            TextColumn(f"{label}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[pages]} page(s)"),
        ]
        with Progress(*columns, console=self.err, transient=False) as progress:
            task = progress.add_task(label, total=total, pages=0)
            for page in pager.pages():
                progress.update(task, advance=len(page.data), pages=pager.pages_fetched)
                yield from page.data
