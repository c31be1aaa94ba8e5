"""Fixtures: a real sandbox under uvicorn on a loopback port, and clients talking to it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from waba import AsyncWabaClient, WabaClient
from waba_sandbox import RunningSandbox, SandboxConfig
from waba_sandbox.store import Store


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    with RunningSandbox(SandboxConfig()) as running:
        yield running


@pytest.fixture
def store(sandbox: RunningSandbox) -> Store:
    return sandbox.sandbox.store


@pytest.fixture
def client(sandbox: RunningSandbox) -> Iterator[WabaClient]:
    with WabaClient(access_token=sandbox.token, base_url=sandbox.base_url, max_retries=0) as sandbox_client:
        yield sandbox_client


@pytest.fixture
async def async_client(sandbox: RunningSandbox) -> AsyncWabaClient:
    return AsyncWabaClient(access_token=sandbox.token, base_url=sandbox.base_url, max_retries=0)
