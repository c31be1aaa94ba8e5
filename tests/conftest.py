"""Shared fixtures: the bundled OpenAPI document, and the sandbox fixtures this SDK ships for its users."""

from __future__ import annotations

from typing import Any

import pytest
from spec_bundle import bundle

pytest_plugins = ["waba.sandbox.pytest_plugin"]


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The OpenAPI document bundled from openapi/src/."""
    return bundle()
