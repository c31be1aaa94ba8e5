"""The `waba` command line (console script `waba`, or `python -m waba.cli`), for operators and scripts.

Its libraries (typer, rich, PyYAML) come with the `cli` extra: `pip install "waba[cli]"`. Without them the
command prints that line and exits with status 1 instead of a traceback.
"""

from __future__ import annotations

import sys
from importlib import import_module

INSTALL_HINT = 'The waba command line needs its extra: pip install "waba[cli]"'
NEEDS = ("typer", "rich", "yaml")


def main(argv: list[str] | None = None) -> None:
    """Run the command line (exits with its status)."""
    for name in NEEDS:
        try:
            import_module(name)
        except ImportError:
            print(f"error: {INSTALL_HINT} (missing: {name})", file=sys.stderr)
            raise SystemExit(1) from None
    from .app import run  # noqa: PLC0415 - only once the extra is known to be installed

    run(argv)


__all__ = ["INSTALL_HINT", "main"]
