"""Deprecated: the sandbox's fixtures live in `waba_sandbox.pytest_plugin`, which pytest loads automatically once
waba-sandbox is installed. Naming this module in `pytest_plugins` still works: it loads that plugin."""

from __future__ import annotations

from . import INSTALL_HINT, import_sandbox

if import_sandbox("waba_sandbox.pytest_plugin") is None:
    raise ImportError(INSTALL_HINT)

pytest_plugins = ["waba_sandbox.pytest_plugin"]
