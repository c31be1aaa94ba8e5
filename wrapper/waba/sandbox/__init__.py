"""Deprecated alias: the sandbox is its own distribution now, `waba-sandbox` (package `waba_sandbox`).

`pip install "waba[sandbox]"` installs it; import `waba_sandbox` instead of `waba.sandbox` and run
`python -m waba_sandbox` instead of `python -m waba.sandbox`. This alias holds no sandbox code: attribute access
is forwarded to `waba_sandbox` with a DeprecationWarning, and `import_sandbox` tells the shims (`waba.demo`,
`python -m waba.sandbox`) whether waba-sandbox is installed.
"""

from __future__ import annotations

import importlib
import warnings
from types import ModuleType
from typing import Any

INSTALL_HINT = 'The WABA sandbox is a separate distribution, waba-sandbox. Install it with: pip install "waba[sandbox]"'
_SANDBOX_PACKAGES = ("waba_sandbox", "starlette", "uvicorn", "jsonschema")


def import_sandbox(module: str = "waba_sandbox") -> ModuleType | None:
    """A module of waba-sandbox, or None when waba-sandbox (or one of its dependencies) is not installed."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if (exc.name or "").partition(".")[0] not in _SANDBOX_PACKAGES:
            raise
        return None


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    sandbox = import_sandbox()
    if sandbox is None:
        raise ImportError(INSTALL_HINT)
    warnings.warn("waba.sandbox is deprecated: import waba_sandbox instead", DeprecationWarning, stacklevel=2)
    return getattr(sandbox, name)
