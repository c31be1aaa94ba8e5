"""`python -m waba_sandbox.demo` (`make demo`): a WhatsApp Business Account admin's day, against the sandbox.

Starts the sandbox and a webhook receiver on free loopback ports (no token needed), drives the sandbox through the
SDK — the account, every template page by page, a new template and its approval arriving as a verified, typed
webhook event, a user assigned and removed, phone numbers, webhook subscriptions, conversation analytics, and a
rate limit met and handled — prints a report and stops both. The day itself
(`waba_sandbox.demo.day`) is SDK code; without the SDK installed, this prints how to install it and exits 2.
"""

from __future__ import annotations

import sys
from typing import TextIO

INSTALL_HINT = 'The demo drives the sandbox through the WABA SDK, which is not installed: pip install "waba[sandbox]"'
_SDK_PACKAGES = ("waba", "waba_api")


def main(out: TextIO | None = None) -> int:
    """Run the day and return its exit status; 2, with how to install the SDK, when the SDK is missing."""
    try:
        from .day import run  # noqa: PLC0415 - the day needs the SDK, which may be missing
    except ModuleNotFoundError as exc:
        if (exc.name or "").partition(".")[0] not in _SDK_PACKAGES:
            raise
        sys.stderr.write(INSTALL_HINT + "\n")
        return 2
    return run(out or sys.stdout)
