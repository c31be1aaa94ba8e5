"""Cassette tests: the wrapper driven through every operation, replayed from `cassettes/`.

Modes (`WABA_CASSETTE_MODE`, set by `scripts/record_cassettes.py`):
- replay (default): the client talks to https://graph.facebook.com; VCR answers from the cassettes.
- sandbox: recording against a sandbox the script started (`WABA_RECORD_BASE_URL`, `WABA_RECORD_TOKEN`).
- live: recording against the real Graph API with `WABA_ACCESS_TOKEN`, `WABA_ID`, `WABA_BUSINESS_ID`;
  tests marked `sandbox_only` are skipped there and keep their sandbox recordings.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from waba import WabaClient
from waba_sandbox import LIMITED_TOKEN

from .scrubbing import before_record_request, before_record_response

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = ROOT / "cassettes"
IDS_FILE = CASSETTES / "ids.json"
MODE = os.environ.get("WABA_CASSETTE_MODE", "replay")
REPLAY_TOKEN = "replay-placeholder"  # noqa: S105 - never sent anywhere: replays match requests without credentials
INVALID_TOKEN = "EAAinvalidTOKENforCassettes"  # noqa: S105 - deliberately invalid


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if MODE == "live" and item.get_closest_marker("sandbox_only"):
            item.add_marker(pytest.mark.skip(reason="needs the sandbox's data; keeps its sandbox recording"))


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(CASSETTES / request.module.__name__.rsplit(".", 1)[-1])


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


def _client(token: str) -> WabaClient:
    if MODE == "replay":
        return WabaClient(access_token=token, base_url="https://graph.facebook.com", max_retries=0)
    if MODE == "sandbox":
        return WabaClient(access_token=token, base_url=os.environ["WABA_RECORD_BASE_URL"], max_retries=0)
    return WabaClient(access_token=token, max_retries=0)


@pytest.fixture
def graph() -> Iterator[WabaClient]:
    """A client with a valid token for the mode."""
    token = {"replay": REPLAY_TOKEN, "sandbox": os.environ.get("WABA_RECORD_TOKEN", ""),
             "live": os.environ.get("WABA_ACCESS_TOKEN", "")}[MODE]  # fmt: skip
    with _client(token) as client:
        yield client


@pytest.fixture
def invalid_token_graph() -> Iterator[WabaClient]:
    """A client whose token Graph does not know."""
    with _client(INVALID_TOKEN) as client:
        yield client


@pytest.fixture
def limited_graph() -> Iterator[WabaClient]:
    """A client whose token lacks whatsapp_business_management (the sandbox's limited token)."""
    with _client(REPLAY_TOKEN if MODE == "replay" else LIMITED_TOKEN) as client:
        yield client
