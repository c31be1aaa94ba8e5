"""Deprecated: `python -m waba.demo` runs `python -m waba_sandbox.demo` (the demo moved to waba-sandbox), or says
how to install it."""

from __future__ import annotations

import sys

from .sandbox import INSTALL_HINT, import_sandbox


def main() -> int:
    """Run the demo of waba-sandbox; exit 2 with how to install it when it is missing."""
    demo = import_sandbox("waba_sandbox.demo")
    if demo is None:
        sys.stderr.write(INSTALL_HINT + "\n")
        return 2
    sys.stderr.write("`python -m waba.demo` is deprecated: run `python -m waba_sandbox.demo`.\n")
    return int(demo.main())


if __name__ == "__main__":
    raise SystemExit(main())
