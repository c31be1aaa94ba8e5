"""Pytest fixtures for testing your own code against the WABA sandbox.

Enable with `pytest_plugins = ["waba.sandbox.pytest_plugin"]` in your conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ..client import WabaClient
from .server import RunningSandbox


@pytest.fixture
def waba_sandbox() -> Iterator[RunningSandbox]:
    """A fresh sandbox (default seed) on a free loopback port, stopped after the test."""
    with RunningSandbox() as running:
        yield running


@pytest.fixture
def waba_sandbox_client(waba_sandbox: RunningSandbox) -> Iterator[WabaClient]:
    """A `WabaClient` talking to `waba_sandbox` with its admin token."""
    with WabaClient(access_token=waba_sandbox.token, base_url=waba_sandbox.base_url) as client:
        yield client
