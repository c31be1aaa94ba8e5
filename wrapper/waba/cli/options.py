"""Options shared by the commands, and the per-command output and session they lead to."""

from __future__ import annotations

from typing import Annotated

import typer

from .output import Mode, Output
from .session import CommandError, Session

AccountOpt = Annotated[
    str | None,
    typer.Option("--account", "-a", help="WhatsApp Business Account id (default: $WABA_ID).", show_default=False),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (one document) instead of a table.")]
JsonlOpt = Annotated[bool, typer.Option("--jsonl", help="Print JSON Lines: one object per line.")]
ProgressOpt = Annotated[
    bool | None,
    typer.Option("--progress/--no-progress", help="Progress bar on stderr (default: when stderr is a terminal).",
                 show_default=False),
]  # fmt: skip
LimitOpt = Annotated[int | None, typer.Option("--limit", "-n", min=0, help="Stop after this many items.")]


def output(json: bool, jsonl: bool, progress: bool | None = None) -> Output:
    """The Output a command's --json/--jsonl/--progress ask for."""
    if json and jsonl:
        raise CommandError("choose one of --json and --jsonl")
    return Output(Mode.JSON if json else Mode.JSONL if jsonl else Mode.TABLE, progress)


def session(ctx: typer.Context) -> Session:
    """The session of the global options (made by the root command)."""
    obj = ctx.find_root().obj
    if not isinstance(obj, Session):  # pragma: no cover - the root callback always sets it
        raise CommandError("internal: no session")
    return obj
