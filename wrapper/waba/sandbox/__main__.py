"""Deprecated: `python -m waba.sandbox` runs `python -m waba_sandbox` (same options), or says how to install it."""

from __future__ import annotations

import sys

from . import INSTALL_HINT, import_sandbox


def main(argv: list[str] | None = None) -> int:
    """Serve the sandbox of waba-sandbox; exit 2 with how to install it when it is missing."""
    cli = import_sandbox("waba_sandbox.__main__")
    if cli is None:
        sys.stderr.write(INSTALL_HINT + "\n")
        return 2
    sys.stderr.write("`python -m waba.sandbox` is deprecated: run `python -m waba_sandbox` (same options).\n")
    return int(cli.main(argv))


if __name__ == "__main__":
    raise SystemExit(main())
