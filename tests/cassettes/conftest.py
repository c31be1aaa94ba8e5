"""Cassette tests: the wrapper driven through every operation, replayed from `cassettes/`.

Modes (`WABA_CASSETTE_MODE`, set by `scripts/record_cassettes.py`):
- replay (default): the client talks to https://graph.facebook.com; VCR answers from the cassettes.
- sandbox: recording against a sandbox the script started (`WABA_RECORD_BASE_URL`, `WABA_RECORD_TOKEN`).
- live: recording against the real Graph API with `WABA_ACCESS_TOKEN`, `WABA_ID`, `WABA_BUSINESS_ID`;
  tests marked `sandbox_only` are skipped there and keep their sandbox recordings.

In replay mode every test runs twice, through `WabaClient` and through `AsyncWabaClient` (driven from the same
synchronous test code by `blocking.Blocking`), replaying the same cassette; recordings use the sync client.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from anyio.from_thread import start_blocking_portal

from waba import AsyncWabaClient, WabaClient
from waba_sandbox import LIMITED_TOKEN

from .blocking import Blocking
from .scrubbing import before_record_request, before_record_response

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = ROOT / "cassettes"
IDS_FILE = CASSETTES / "ids.json"
MODE = os.environ.get("WABA_CASSETTE_MODE", "replay")
REPLAY_TOKEN = "replay-placeholder"  # noqa: S105 - never sent anywhere: replays match requests without credentials
INVALID_TOKEN = "EAAinvalidTOKENforCassettes"  # noqa: S105 - deliberately invalid
CLIENTS = ["sync", "async"] if MODE == "replay" else ["sync"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if MODE == "live" and item.get_closest_marker("sandbox_only"):
            item.add_marker(pytest.mark.skip(reason="needs the sandbox's data; keeps its sandbox recording"))


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(CASSETTES / request.module.__name__.rsplit(".", 1)[-1])


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest) -> str:
    """The test's name without its `[sync]`/`[async]` suffix: both clients replay the same cassette."""
    return str(request.node.originalname)


@pytest.fixture(params=CLIENTS)
def client_kind(request: pytest.FixtureRequest) -> str:
    """Which client the test drives: `sync` (WabaClient) or `async` (AsyncWabaClient through `Blocking`)."""
    return str(request.param)


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    return {
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
        "before_record_request": before_record_request,
        "before_record_response": before_record_response,
        "decode_compressed_response": True,
        "allow_playback_repeats": False,
    }


@pytest.fixture(scope="session")
def ids() -> dict[str, str]:
    """The ids the cassettes were recorded with (written by the recording script)."""
    return dict(json.loads(IDS_FILE.read_text(encoding="utf-8")))


def _settings(token: str) -> dict[str, Any]:
    if MODE == "replay":
        return {"access_token": token, "base_url": "https://graph.facebook.com", "max_retries": 0}
    if MODE == "sandbox":
        return {"access_token": token, "base_url": os.environ["WABA_RECORD_BASE_URL"], "max_retries": 0}
    return {"access_token": token, "max_retries": 0}


@contextmanager
def _client(token: str, kind: str) -> Iterator[Any]:
    """A sync client, or an async client behind a blocking portal (the same surface, driven synchronously)."""
    if kind == "sync":
        with WabaClient(**_settings(token)) as client:
            yield client
        return
    with start_blocking_portal() as portal:
        async_client = AsyncWabaClient(**_settings(token))
        try:
            yield Blocking(async_client, portal)
        finally:
            portal.call(async_client.close)


@pytest.fixture
def graph(client_kind: str) -> Iterator[WabaClient]:
    """A client with a valid token for the mode."""
    token = {"replay": REPLAY_TOKEN, "sandbox": os.environ.get("WABA_RECORD_TOKEN", ""),
             "live": os.environ.get("WABA_ACCESS_TOKEN", "")}[MODE]  # fmt: skip
    with _client(token, client_kind) as client:
        yield client


@pytest.fixture
def invalid_token_graph(client_kind: str) -> Iterator[WabaClient]:
    """A client whose token Graph does not know."""
    with _client(INVALID_TOKEN, client_kind) as client:
        yield client


@pytest.fixture
def limited_graph(client_kind: str) -> Iterator[WabaClient]:
    """A client whose token lacks whatsapp_business_management (the sandbox's limited token)."""
    with _client(REPLAY_TOKEN if MODE == "replay" else LIMITED_TOKEN, client_kind) as client:
        yield client
