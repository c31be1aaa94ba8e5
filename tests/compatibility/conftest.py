"""The compatibility suite: the sandbox driven with the request shapes other clients send, by hand-written httpx
requests (no third-party SDK is installed or imported).

`Call` describes one request in the shape a client sends it and what a correct answer looks like; `send` sends
it over real HTTP to a sandbox on a loopback port. Placeholders in paths and values (`{waba}`, `{business}`,
`{template}`, `{user}`, ...) are filled from the sandbox's seed data.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from waba_sandbox import RunningSandbox, SandboxConfig
from waba_sandbox.store import Store

Check = Callable[[Any, Store], bool]


@dataclass(frozen=True)
class Call:
    """One request as a client sends it, and a predicate its (decoded JSON) answer must satisfy."""

    name: str
    method: str
    path: str
    check: Check
    params: list[tuple[str, str]] = field(default_factory=list)
    form: str | None = None
    json: Any = None
    headers: dict[str, str] = field(default_factory=dict)


def placeholders(store: Store) -> dict[str, str]:
    """Values for the placeholders of calls, from the seed."""
    main = store.accounts[store.main_account]
    approved = next(t for t in main.templates.values() if t["status"] == "APPROVED")
    return {
        "waba": store.main_account,
        "business": store.main_business,
        "partner": store.partner_business,
        "template": approved["id"],
        "template_name": approved["name"],
        "user": next(u for u in store.users if u not in main.assigned_users),
        "assigned": next(iter(main.assigned_users)),
        "other_waba": next(a for a in store.accounts if a != store.main_account),
        "group": main.template_groups[0]["id"],
    }


def fill(text: str, values: dict[str, str]) -> str:
    """`text` with `{placeholder}`s replaced (other braces, such as field expansions, are left alone)."""
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def send(client: httpx.Client, call: Call, values: dict[str, str], auth: dict[str, str]) -> httpx.Response:
    """Send a call: query parameters, a form body or a JSON body, plus the client's auth (query or header)."""
    params = [(k, fill(v, values)) for k, v in call.params] + [(k, v) for k, v in auth.items() if k != "Authorization"]
    headers = {**call.headers, **({"Authorization": auth["Authorization"]} if "Authorization" in auth else {})}
    kwargs: dict[str, Any] = {"params": params, "headers": headers}
    if call.form is not None:
        kwargs["content"] = fill(call.form, values)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif call.json is not None:
        kwargs["content"] = fill(json.dumps(call.json), values)
        headers["Content-Type"] = "application/json"
    return client.request(call.method, fill(call.path, values), **kwargs)


@pytest.fixture(scope="module")
def compat_sandbox() -> Iterator[RunningSandbox]:
    """One sandbox per module (the calls of a module leave each other's data alone), with an app secret so that
    `appsecret_proof` is checked as a client with "Require App Secret" would see it."""
    with RunningSandbox(SandboxConfig(app_secret="compat-app-secret")) as running:
        yield running
