"""The environment of the harness's child processes (server, memory runs, timed imports)."""

from __future__ import annotations

import os
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent.parent


def child_env() -> dict[str, str]:
    """This environment with `scripts/` on PYTHONPATH (for `-m bench.*`) and bytecode caching on.

    PYTHONDONTWRITEBYTECODE is dropped so that a package imported from a source tree (the editable `waba` and
    `waba_api`) is compiled once, as an installed package is, rather than in every fresh process.
    """
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SCRIPTS), os.environ.get("PYTHONPATH")]))
    return env
