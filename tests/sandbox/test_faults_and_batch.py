"""Fault injection reaches the wrapper as the right errors; batches run against the sandbox."""

from __future__ import annotations

import httpx
import pytest

from waba import (
    APIConnectionError,
    APITimeoutError,
    RateLimitError,
    TransientError,
    UnexpectedResponseError,
    WabaClient,
)
from waba_api.models import WhatsAppBusinessAccount
from waba_sandbox import FaultRates, RunningSandbox, SandboxConfig


@pytest.mark.parametrize(
    ("fault", "expected"),
    [("transient", TransientError), ("throttle", RateLimitError), ("html_502", UnexpectedResponseError),
     ("truncated", UnexpectedResponseError), ("dropped", APIConnectionError)],
)  # fmt: skip
def test_each_fault_surfaces_as_its_error(fault: str, expected: type) -> None:
    config = SandboxConfig(faults=FaultRates(**{fault: 1.0}))
    with RunningSandbox(config) as sandbox:
        with WabaClient(access_token=sandbox.token, base_url=sandbox.base_url, max_retries=0) as client:
            with pytest.raises(expected):
                client.account(sandbox.sandbox.store.main_account).get()


def test_slow_answers_hit_the_client_timeout() -> None:
    config = SandboxConfig(faults=FaultRates(slow=1.0, slow_seconds=1.0))
    with RunningSandbox(config) as sandbox:
        with WabaClient(access_token=sandbox.token, base_url=sandbox.base_url, max_retries=0, timeout=0.2) as client:
            with pytest.raises(APITimeoutError):
                client.account(sandbox.sandbox.store.main_account).get()


def test_retries_ride_out_intermittent_faults() -> None:
    sleeps: list[float] = []
    config = SandboxConfig(seed=3, faults=FaultRates(transient=0.3, html_502=0.2))
    with RunningSandbox(config) as sandbox:
        waba = sandbox.sandbox.store.main_account
        with WabaClient(access_token=sandbox.token, base_url=sandbox.base_url, max_retries=8,
                        sleep=sleeps.append) as client:  # fmt: skip
            names = [client.account(waba).get().name for _ in range(20)]
    assert set(names) == {"Jasper's Market"}
    assert sleeps, "some calls must have been retried"


def test_batch_against_the_sandbox_with_unprocessed_items() -> None:
    config = SandboxConfig(faults=FaultRates(batch_unprocessed=0.3))
    with RunningSandbox(config) as sandbox:
        store = sandbox.sandbox.store
        with WabaClient(access_token=sandbox.token, base_url=sandbox.base_url) as client:
            calls = [client.account(store.main_account).get.prepare(fields=["id", "name"]) for _ in range(60)]
            calls.append(client.account("123456789012345").get.prepare())
            results = client.batch(calls, max_rounds=10)
    assert all(isinstance(r.value, WhatsAppBusinessAccount) for r in results[:60])
    assert results[60].error is not None and results[60].error.code == 100


def test_batch_rejects_malformed_requests(sandbox: RunningSandbox) -> None:
    answer = httpx.post(f"{sandbox.base_url}/v24.0/", headers={"Authorization": f"Bearer {sandbox.token}"},
                        json={"batch": [{"method": "PATCH", "relative_url": "1"}]})  # fmt: skip
    assert answer.status_code == 400 and answer.json()["error"]["code"] == 100
