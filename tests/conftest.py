"""Shared fixtures: the bundled OpenAPI document."""

from __future__ import annotations

from typing import Any

import pytest
from spec_bundle import bundle


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The OpenAPI document bundled from openapi/src/."""
    return bundle()
