"""Usage headers parsed into typed objects, tracked per business object, attached to errors; pacing."""

from __future__ import annotations

import json

import httpx
import pytest

from waba import Pacing, RateLimitError
from waba.usage import parse_usage
from waba_api.models import AppUsage, BusinessUseCaseUsageEntry

from .helpers import WABA, Script, Sleeps, graph_error, make_client, usage_header

OTHER = "104996122399160"


def test_headers_parse_into_generated_models() -> None:
    headers = {
        "X-App-Usage": json.dumps({"call_count": 28, "total_time": 25, "total_cputime": 12}),
        **usage_header(WABA, regain_minutes=3, percent=91),
    }
    usage = parse_usage(httpx.Headers(headers))
    assert isinstance(usage.app, AppUsage) and usage.app.call_count == 28
    (entry,) = usage.entries(WABA)
    assert isinstance(entry, BusinessUseCaseUsageEntry)
    assert entry.call_count == 91 and entry.estimated_time_to_regain_access == 3
    assert usage.max_percent(WABA) == 91
    assert usage.regain_seconds(WABA) == 180


@pytest.mark.parametrize("raw", ["not json", "[1,2]", '{"x": "y"}', '{"1": [{"call_count": "lots"}]}'])
def test_malformed_headers_are_ignored_not_raised(raw: str) -> None:
    usage = parse_usage(httpx.Headers({"X-Business-Use-Case-Usage": raw, "X-App-Usage": raw}))
    assert usage.max_percent() == 0


def test_latest_usage_per_business_object_is_readable_from_the_client() -> None:
    script = Script(
        httpx.Response(200, json={"id": WABA}, headers=usage_header(WABA, percent=40)),
        httpx.Response(200, json={"id": OTHER}, headers=usage_header(OTHER, percent=70)),
        httpx.Response(200, json={"id": WABA}, headers=usage_header(WABA, percent=45)),
    )
    client = make_client(script)
    assert client.usage.empty
    client.account(WABA).get()
    client.account(OTHER).get()
    client.account(WABA).get()
    assert client.usage.max_percent(WABA) == 45
    assert client.usage.max_percent(OTHER) == 70


def test_errors_carry_the_usage_of_their_response() -> None:
    client = make_client(Script(graph_error(4, headers=usage_header(WABA, percent=100))), max_retries=0)
    with pytest.raises(RateLimitError) as caught:
        client.account(WABA).get()
    assert caught.value.usage is not None and caught.value.usage.max_percent(WABA) == 100


def test_pacing_slows_down_as_a_budget_nears_its_limit() -> None:
    script = Script(
        httpx.Response(200, json={"id": WABA}, headers=usage_header(WABA, percent=50)),
        httpx.Response(200, json={"id": WABA}, headers=usage_header(WABA, percent=90)),
        httpx.Response(200, json={"id": WABA}),
    )
    sleeps = Sleeps()
    client = make_client(script, sleeps, pacing=Pacing(threshold=80, max_delay=4.0))
    client.account(WABA).get()  # no usage known yet: no wait
    client.account(WABA).get()  # usage 50 %: no wait
    client.account(WABA).get()  # usage 90 %: half-way between 80 and 100 -> 2 s
    assert sleeps.calls == [2.0]


def test_pacing_is_off_by_default_and_validated() -> None:
    sleeps = Sleeps()
    client = make_client(Script(httpx.Response(200, json={"id": WABA}, headers=usage_header(WABA, percent=99))), sleeps)
    client.account(WABA).get()
    client.account(WABA).get()
    assert sleeps.calls == []
    with pytest.raises(ValueError, match="threshold"):
        Pacing(threshold=100)
