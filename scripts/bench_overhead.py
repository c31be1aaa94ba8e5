"""Benchmark: the wrapper's per-call overhead against a bare httpx.Client doing the same request.

Both sides send `GET /v24.0/<waba>?fields=id,name,currency` with a bearer token through the same in-process
`httpx.MockTransport` and decode the same JSON answer; the wrapper also validates the arguments, runs its
transport (usage headers, retry decision, logging check), follows the auth flow and builds the generated model.
A second pair lists 2,000 items (20 pages of 100) to measure the per-item cost of pagination.

Usage: python scripts/bench_overhead.py [--calls N] [--rounds R]
Prints medians in microseconds; nothing is asserted (timing belongs to a harness, not to the test suite).
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from collections.abc import Callable

import httpx

from waba import WabaClient

WABA = "102290129340398"
TOKEN = "EAAbenchmarkTOKEN"  # noqa: S105 - a dummy token for an in-process mock
ACCOUNT = json.dumps({"id": WABA, "name": "Jasper's Market", "currency": "USD"}).encode()
USAGE = json.dumps({WABA: [{"type": "whatsapp_business_management", "call_count": 5, "total_cputime": 1,
                            "total_time": 1, "estimated_time_to_regain_access": 0}]})  # fmt: skip
PAGES = 20
PER_PAGE = 100


def _account_handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=ACCOUNT, headers={"Content-Type": "application/json",
                                                          "X-Business-Use-Case-Usage": USAGE})  # fmt: skip


def _page_body(page: int) -> bytes:
    data = [{"id": str(10_000 + page * PER_PAGE + i), "name": f"t{i}", "status": "APPROVED"} for i in range(PER_PAGE)]
    body: dict[str, object] = {"data": data, "paging": {"cursors": {"after": str(page + 1)}}}
    if page + 1 < PAGES:
        body["paging"] = {
            "cursors": {"after": str(page + 1)},
            "next": f"https://graph.facebook.com/v24.0/{WABA}/message_templates?limit={PER_PAGE}&after={page + 1}",
        }
    return json.dumps(body).encode()


PAGE_BODIES = [_page_body(page) for page in range(PAGES)]


def _pages_handler(request: httpx.Request) -> httpx.Response:
    page = int(request.url.params.get("after", "0"))
    return httpx.Response(200, content=PAGE_BODIES[page], headers={"Content-Type": "application/json"})


def _median_us(fn: Callable[[], object], calls: int) -> float:
    for _ in range(min(200, calls)):
        fn()
    samples = []
    for _ in range(calls):
        start = time.perf_counter_ns()
        fn()
        samples.append(time.perf_counter_ns() - start)
    return statistics.median(samples) / 1000


def measure(calls: int) -> dict[str, float]:
    """Medians (µs): bare and wrapper single GET, bare and wrapper 2,000-item listing."""
    bare = httpx.Client(base_url="https://graph.facebook.com/v24.0", transport=httpx.MockTransport(_account_handler),
                        headers={"Authorization": f"Bearer {TOKEN}"})  # fmt: skip
    sdk = WabaClient(access_token=TOKEN, transport=httpx.MockTransport(_account_handler))
    account = sdk.account(WABA)

    def bare_get() -> object:
        return bare.get(f"/{WABA}", params={"fields": "id,name,currency"}).json()

    def sdk_get() -> object:
        return account.get(fields=["id", "name", "currency"])

    bare_pages = httpx.Client(base_url="https://graph.facebook.com/v24.0",
                              transport=httpx.MockTransport(_pages_handler),
                              headers={"Authorization": f"Bearer {TOKEN}"})  # fmt: skip
    sdk_pages = WabaClient(access_token=TOKEN, transport=httpx.MockTransport(_pages_handler))

    def bare_list() -> object:
        items = []
        url: str | None = f"/{WABA}/message_templates?limit={PER_PAGE}"
        while url:
            body = bare_pages.get(url).json()
            items.extend(body["data"])
            url = body.get("paging", {}).get("next")
        return items

    def sdk_list() -> object:
        return list(sdk_pages.account(WABA).message_templates.list(limit=PER_PAGE))

    list_calls = max(20, calls // 100)
    return {
        "bare_get": _median_us(bare_get, calls),
        "sdk_get": _median_us(sdk_get, calls),
        "bare_list": _median_us(bare_list, list_calls),
        "sdk_list": _median_us(sdk_list, list_calls),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--calls", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rounds = [measure(args.calls) for _ in range(args.rounds)]
    result = {key: statistics.median(r[key] for r in rounds) for key in rounds[0]}
    items = PAGES * PER_PAGE
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
          f"{args.rounds} rounds x {args.calls} calls (median of medians)")  # fmt: skip
    print(
        f"single GET     bare httpx {result['bare_get']:8.1f} us   waba {result['sdk_get']:8.1f} us   "
        f"overhead {result['sdk_get'] - result['bare_get']:7.1f} us ({result['sdk_get'] / result['bare_get']:.2f}x)"
    )
    per_item = (result["sdk_list"] - result["bare_list"]) / items
    bare_ms, sdk_ms = result["bare_list"] / 1000, result["sdk_list"] / 1000
    print(
        f"list {items} items bare httpx {bare_ms:8.2f} ms   waba {sdk_ms:8.2f} ms   overhead {per_item:.2f} us per item"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
