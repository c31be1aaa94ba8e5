"""`python -m waba_sandbox.demo`: run the admin's day (see `waba_sandbox.demo`)."""

from __future__ import annotations

from . import main

if __name__ == "__main__":
    raise SystemExit(main())
