"""The benchmark harness (scripts/bench): its Graph-shaped server, and a tiny run's report having every measure.

Timings are never asserted (a benchmark is a tool, not a test): only that each measure, ratio and section is
there, with consistent summaries.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from bench import contenders
from bench.children import child_env
from bench.config import TINY
from bench.contenders import builder
from bench.payloads import NODE_FIELDS, TOKEN
from bench.ratios import RATIOS
from bench.server import running

from waba import AuthenticationError, WabaClient
from waba_api.models import MessageTemplate, WhatsAppBusinessAccount

WABA = "102290129340398"
SYNC = ["raw_httpx", "generated", "waba", "facebook_business"]
LISTING_ONLY = ["waba_bulk"]


@pytest.fixture(scope="module")
def server() -> Any:
    with running({WABA: 230}) as url:
        yield url


def test_server_answers_like_graph(server: str) -> None:
    with WabaClient(access_token=TOKEN, base_url=server, max_retries=0) as client:
        account = client.account(WABA).get(fields=NODE_FIELDS)
        templates = list(client.account(WABA).message_templates.list(limit=100))
        usage = client.usage
    assert isinstance(account, WhatsAppBusinessAccount)
    assert account.id == WABA and account.currency == "USD" and account.health_status.can_send_message == "AVAILABLE"
    assert len(templates) == 230 and all(isinstance(template, MessageTemplate) for template in templates)
    assert len({template.id for template in templates}) == 230
    components = [component for template in templates for component in template.to_dict()["components"]]
    assert {component["type"] for component in components} == {"HEADER", "BODY", "FOOTER", "BUTTONS"}
    buttons = {button["type"] for component in components for button in component.get("buttons", [])}
    assert buttons == {"QUICK_REPLY", "URL", "PHONE_NUMBER", "COPY_CODE", "OTP", "CATALOG", "FLOW"}
    assert usage.app is not None and usage.entries(WABA)


def test_server_pages_with_absolute_next_urls_and_checks_the_token(server: str) -> None:
    first = httpx.get(f"{server}/v24.0/{WABA}/message_templates", params={"limit": 100, "access_token": TOKEN})
    body = first.json()
    assert len(body["data"]) == 100 and body["paging"]["cursors"]["after"]
    assert body["paging"]["next"].startswith(f"{server}/v24.0/{WABA}/message_templates?")
    last = httpx.get(body["paging"]["next"]).json()
    last = httpx.get(last["paging"]["next"]).json()
    assert len(last["data"]) == 30 and "next" not in last["paging"]
    assert {"x-app-usage", "x-business-use-case-usage"} <= set(first.headers)
    with (
        WabaClient(access_token="EAAwrong", base_url=server, max_retries=0) as client,
        pytest.raises(AuthenticationError),
    ):
        client.account(WABA).get()


def test_a_missing_meta_sdk_is_skipped_with_the_way_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_module(name: str) -> None:
        raise ImportError(f"No module named {name!r}")

    monkeypatch.setattr(contenders.importlib, "import_module", no_module)
    with pytest.raises(contenders.Unavailable, match="make bench"):
        contenders.facebook_business("http://127.0.0.1:1", WABA)


def test_builder_prefers_the_public_build_request() -> None:
    def public(waba_id: str) -> dict[str, Any]:
        return {"url": f"/{waba_id}"}

    def private(waba_id: str) -> dict[str, Any]:
        return {}

    assert builder(SimpleNamespace(build_request=public, _get_kwargs=private)) is public  # type: ignore[arg-type]
    assert builder(SimpleNamespace(_get_kwargs=private)) is private  # type: ignore[arg-type]


def _check_summary(stats: dict[str, Any], rounds: int) -> None:
    assert len(stats["samples"]) == rounds
    assert stats["min"] <= stats["median"] <= stats["max"]
    assert all(sample > 0 for sample in stats["samples"])


def _check_clients(section: dict[str, Any], names: list[str], rounds: int) -> None:
    for name in names:
        if name in section["skipped"]:
            assert "facebook-business" in section["skipped"][name]
        else:
            _check_summary(section["clients"][name], rounds)


def test_tiny_run_reports_every_measure(tmp_path: Path) -> None:
    out = tmp_path / "results"
    completed = subprocess.run(
        [sys.executable, "-m", "bench", "--config", "tiny", "--out", str(out), "--label", "tiny check"],
        capture_output=True, text=True, env=child_env(), timeout=300, check=False,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    results = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    measures = results["measures"]

    _check_clients(measures["node_get"], SYNC, TINY.get_rounds)
    _check_clients(measures["listing"], SYNC + LISTING_ONLY, TINY.list_rounds)
    assert not set(LISTING_ONLY) & set(measures["node_get"]["clients"])
    assert measures["listing"]["items"] == TINY.list_items
    for client in ("raw_httpx_async", "waba_async", "raw_httpx_aiohttp_async", "waba_aiohttp_async"):
        levels = measures["async_latency"]["clients"][client]
        assert sorted(levels, key=int) == ["1", "8", "32", "64"]
        for stats in levels.values():
            _check_summary(stats, TINY.async_rounds)
    for size in ("small", "large"):
        _check_summary(measures["memory"]["tracemalloc_peak"][size], TINY.memory_runs)
    for module in ("httpx", "waba"):
        _check_summary(measures["import"]["process"][module], TINY.import_runs)
        _check_summary(measures["import"]["import_statement"][module], TINY.import_runs)
    _check_summary(measures["generate"]["total"], TINY.generate_runs)

    assert set(results["ratios"]) == {ratio.key for ratio in RATIOS}
    for entry in results["ratios"].values():
        assert "median" in entry or entry["skipped"]
    assert results["ratios"]["node_get_waba_over_raw"]["target"] == "<= 1.1"
    assert "met" in results["ratios"]["node_get_waba_over_raw"]
    assert "met" in results["ratios"]["listing_bulk_over_raw"]  # the bulk mode is measured
    for key in ("node_get", "listing"):
        profile = results["profile"][key]
        assert profile["layers_us_per_unit"]["waba (wrapper)"] > 0
        assert profile["top_exclusive"] and profile["top_inclusive"]
    machine = results["machine"]
    assert machine["cpu"] and machine["logical_cpus"] and machine["python"] and machine["packages"]["httpx"]
    assert len(machine["git_commit"]) == 40

    page = out.with_suffix(".md").read_text(encoding="utf-8")
    assert page.startswith("# Benchmarks: tiny check")
    assert machine["git_commit"] in page
    for heading in ("## Machine", "## Side by side", "## Ratios", "## Async", "## Memory", "## Start-up", "## Profile"):
        assert heading in page
    assert "WabaClient / raw httpx" in completed.stdout

    rendered = subprocess.run(
        [sys.executable, "-m", "bench", "--render", str(out.with_suffix(".json")), "--label", "re-rendered"],
        capture_output=True, text=True, env=child_env(), timeout=60, check=False,
    )  # fmt: skip
    assert rendered.returncode == 0, rendered.stderr
    assert out.with_suffix(".md").read_text(encoding="utf-8").startswith("# Benchmarks: re-rendered")
    assert json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["measures"] == measures
