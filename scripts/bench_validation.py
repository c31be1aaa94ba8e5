"""Per-call cost of argument validation (`prepare`: validate, coerce, build the request; nothing is sent).

A tool, not a test: run `make bench-validation` (or `python scripts/bench_validation.py`). Prints, per call
shape, the median and min-max of the per-call time over several rounds. The machine may be shared: read the
medians, and compare runs made back to back.
"""

from __future__ import annotations

import argparse
import statistics
import timeit
from collections.abc import Callable
from typing import Any

from waba import WabaClient

WABA = "102290129340398"
BODY = {
    "name": "order_update",
    "language": "en_US",
    "category": "UTILITY",
    "components": [
        {"type": "HEADER", "format": "TEXT", "text": "Your order {{1}}", "example": {"header_text": ["#1"]}},
        {"type": "BODY", "text": "Hi {{1}}, it ships {{2}}.", "example": {"body_text": [["Pablo", "today"]]}},
        {"type": "FOOTER", "text": "Reply STOP to opt out"},
        {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Track", "url": "https://example.com/{{1}}",
                                         "example": ["https://example.com/1"]}]},
    ],
}  # fmt: skip


def shapes(client: WabaClient) -> dict[str, Callable[[], Any]]:
    """The measured calls: the hot paths (node GET, listing) and a template body."""
    account = client.account(WABA)
    return {
        "node id check (client.account(id))": lambda: client.account(WABA),
        "node GET, fields=[5 names]": lambda: account.get.prepare(
            fields=["id", "name", "currency", "timezone_id", "message_template_namespace"]
        ),
        "template list, category+status+limit+fields": lambda: account.message_templates.list.prepare(
            category=["MARKETING", "UTILITY"], status=["APPROVED"], limit=100, fields=["id", "name", "status"]
        ),
        "template create, dict body (4 components)": lambda: account.message_templates.create.prepare(body=BODY),
        "node GET, argument checks only (no builder)": _checks_only(client),
    }


def _checks_only(client: WabaClient) -> Callable[[], Any]:
    """The validator of the node GET alone: what validation costs, without building the request."""
    operation = type(client.account(WABA)).get
    client.account(WABA).get.prepare(fields=["id"])
    validator = client._validators[id(operation)]
    arguments = {"fields": ["id", "name", "currency", "timezone_id", "message_template_namespace"]}
    return lambda: validator.coerce(arguments)


def main() -> None:
    """Measure and print a small table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--number", type=int, default=2000)
    options = parser.parse_args()
    client = WabaClient(access_token="EAAbenchTOKEN")  # noqa: S106 - a placeholder; nothing is sent
    print(f"{'call':48} {'median µs':>10} {'min-max µs':>16}")
    for name, call in shapes(client).items():
        call()  # warm up: the operation's validator is built on first use
        runs = [t / options.number * 1e6 for t in timeit.repeat(call, number=options.number, repeat=options.rounds)]
        spread = f"{min(runs):.1f}-{max(runs):.1f}"
        print(f"{name:48} {statistics.median(runs):10.1f} {spread:>16}")


if __name__ == "__main__":
    main()
