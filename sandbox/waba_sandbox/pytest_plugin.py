"""Pytest fixtures for testing your own code against the WABA sandbox.

Loaded automatically once waba-sandbox is installed (a `pytest11` entry point named `waba_sandbox.pytest_plugin`,
so an explicit `pytest_plugins = ["waba_sandbox.pytest_plugin"]` or `-p waba_sandbox.pytest_plugin` is the
same plugin, not a second copy); opt out with `-p no:waba_sandbox.pytest_plugin`.

- `waba_sandbox`: a fresh sandbox (seed 1) on a free loopback port, stopped after the test.
- `waba_sandbox_client`: a `waba.WabaClient` talking to it with the admin token (needs the SDK:
  `pip install "waba[sandbox]"`).

The plugin imports the sandbox and the SDK only when a test asks for a fixture, so loading it costs nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from waba import WabaClient

    from .server import RunningSandbox

INSTALL_HINT = 'the waba_sandbox_client fixture needs the WABA SDK: pip install "waba[sandbox]"'


@pytest.fixture
def waba_sandbox() -> Iterator[RunningSandbox]:
    """A fresh sandbox (default seed) on a free loopback port, stopped after the test."""
    from .server import RunningSandbox  # noqa: PLC0415 - loading the plugin must not load the sandbox

    with RunningSandbox() as running:
        yield running


@pytest.fixture
def waba_sandbox_client(waba_sandbox: RunningSandbox) -> Iterator[WabaClient]:
    """A `waba.WabaClient` talking to `waba_sandbox` with its admin token."""
    try:
        from waba import WabaClient  # noqa: PLC0415 - the SDK is optional for waba-sandbox
    except ModuleNotFoundError as exc:
        if exc.name != "waba":
            raise
        pytest.fail(INSTALL_HINT, pytrace=False)
    with WabaClient(access_token=waba_sandbox.token, base_url=waba_sandbox.base_url) as client:
        yield client
