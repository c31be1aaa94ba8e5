"""Shared fixtures: the bundled OpenAPI document.

The sandbox's fixtures (`waba_sandbox`, `waba_sandbox_client`) come from waba-sandbox's pytest11 entry point,
installed editable by `make venv`; naming the plugin here as well is harmless but unnecessary.
"""

from __future__ import annotations

from typing import Any

import pytest
from spec_bundle import bundle


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The OpenAPI document bundled from openapi/src/."""
    return bundle()
