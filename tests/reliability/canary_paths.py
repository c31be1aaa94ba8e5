"""The failure paths of the canary harness (see `canary.py`): each one a way a session goes wrong."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import vcr

from waba import AsyncWabaClient, Pacing, RetryPolicy, WabaClient
from waba_sandbox import FaultRates, RunningSandbox, SandboxConfig, TokenInfo

from .canary import EXPIRED, LIMITED, SECRET, TOKEN, WRONG_SECRET, Run, path

FAULTS = ("transient", "throttle", "html_502", "truncated", "dropped", "slow")
TEMPLATE = {"name": "canary_probe", "language": "en_US", "category": "UTILITY",
            "components": [{"type": "BODY", "text": "Canary {{1}}", "example": {"body_text": [["x"]]}}]}  # fmt: skip
QUICK = RetryPolicy(max_retries=1, backoff_base=0.0, jitter=0.0)


@dataclass
class Context:
    """What a path may use: a canary sandbox (its tokens are the canaries) and a scratch folder."""

    sandbox: RunningSandbox
    tmp: Path

    @property
    def waba(self) -> str:
        return self.sandbox.sandbox.store.main_account

    def client(self, token: str = TOKEN, secret: str | None = SECRET, **options: Any) -> WabaClient:
        options.setdefault("retry_policy", QUICK)
        return WabaClient(access_token=token, app_secret=secret, base_url=self.sandbox.base_url, **options)

    def faults(self, rates: FaultRates) -> None:
        self.sandbox.sandbox.faults.rates = rates


def canary_config() -> SandboxConfig:
    """A sandbox whose tokens and app secret are the canaries; one account with a tiny budget."""
    tokens = {TOKEN: TokenInfo(), EXPIRED: TokenInfo(expired=True),
              LIMITED: TokenInfo(permissions=frozenset({"public_profile"}))}  # fmt: skip
    return SandboxConfig(app_secret=SECRET, tokens=tokens, budgets={"5029163900653356": 2})


def _session(run: Run, client: WabaClient, waba: str) -> None:
    """One of everything: read, list (tokens in paging.next), write, batch, usage."""
    with client:
        run.objects.append(client)
        run.expect(lambda: client.account(waba).get(fields=["id", "name"]))
        pager = client.account(waba).message_templates.list(limit=100)
        run.objects.append(pager)
        run.expect(pager.first_page)
        run.expect(lambda: pager.collect(max_items=250))
        run.expect(lambda: client.account(waba).message_templates.create(body=TEMPLATE))
        calls = [client.account(waba).get.prepare(fields=["name"]), client.message_template("1").get.prepare()]
        run.expect(lambda: client.batch(calls))
        run.objects.append(client.usage)


async def _async_session(run: Run, client: AsyncWabaClient, waba: str) -> None:
    async with client:
        run.objects.append(client)
        node = client.account(waba)
        calls = (
            lambda: node.get(fields=["id", "name"]),
            lambda: node.message_templates.create(body=TEMPLATE),
            lambda: node.message_templates.list(limit=100).collect(max_items=150),
        )
        for call in calls:
            try:
                run.objects.append(await call())
            except Exception as exc:  # kept to be searched
                run.errors.append(exc)
        run.objects.append(client.usage)


@path("sandbox-faults-sync")
def sandbox_faults(run: Run, ctx: Context) -> None:
    """Every injected fault of the sandbox, one at a time, through a sync session."""
    for fault in FAULTS:
        ctx.faults(FaultRates(**{fault: 1.0}, slow_seconds=0.5, throttle_regain_minutes=0))
        _session(run, ctx.client(timeout=0.25), ctx.waba)
    ctx.faults(FaultRates())


@path("sandbox-faults-async")
def sandbox_faults_async(run: Run, ctx: Context) -> None:
    """Every injected fault of the sandbox, one at a time, through an async session."""
    for fault in FAULTS:
        ctx.faults(FaultRates(**{fault: 1.0}, slow_seconds=0.5, throttle_regain_minutes=0))
        client = AsyncWabaClient(access_token=TOKEN, app_secret=SECRET, base_url=ctx.sandbox.base_url,
                                 retry_policy=QUICK, timeout=0.25)  # fmt: skip
        asyncio.run(_async_session(run, client, ctx.waba))
    ctx.faults(FaultRates())


@path("mixed-faults")
def sandbox_mixed_faults(run: Run, ctx: Context) -> None:
    """A mix of faults with retries, unprocessed batch items and pacing."""
    ctx.faults(FaultRates(transient=0.2, throttle=0.1, html_502=0.05, truncated=0.05, dropped=0.05,
                          batch_unprocessed=0.3, throttle_regain_minutes=0))  # fmt: skip
    client = ctx.client(retry_policy=RetryPolicy(max_retries=8, backoff_base=0.0, jitter=0.0), pacing=Pacing())
    _session(run, client, ctx.waba)
    ctx.faults(FaultRates())


@path("graph-errors")
def graph_errors(run: Run, ctx: Context) -> None:
    """Graph errors: expired token, missing permission, wrong or no proof, unknown node, spent budget, bad cursor."""
    for client in (ctx.client(EXPIRED), ctx.client(LIMITED), ctx.client(TOKEN, WRONG_SECRET), ctx.client(secret=None)):
        _session(run, client, ctx.waba)
    with ctx.client() as client:
        run.expect(lambda: client.account("123456789012345").get())
        run.expect(lambda: client.account(ctx.waba).message_templates.list(after="garbage").collect())
        for _ in range(4):
            run.expect(lambda: client.account("5029163900653356").get())
        run.objects.append(client.usage)


def _echo(request: httpx.Request) -> dict[str, str]:
    return {"url": str(request.url), "headers": json.dumps(dict(request.headers))}


def _echoing(request: httpx.Request) -> httpx.Response:
    """A server (or proxy) that echoes the request it got — URL, headers — in every place an answer has."""
    echo = _echo(request)
    usage = json.dumps({"102290129340398": [{"type": echo["url"], "call_count": 1}]})
    kind = request.url.params.get("fields", "") or request.url.path.rsplit("/", 1)[-1]
    headers = {"X-App-Usage": echo["headers"][:500], "X-Business-Use-Case-Usage": usage}
    if "error" in kind:
        body = {"error": {"code": 100, "message": echo["url"], "error_user_msg": echo["headers"], "error_data": echo}}
        return httpx.Response(400, json=body, headers=headers)
    if "html" in kind:
        return httpx.Response(502, text=f"<html>{echo}</html>", headers=headers)
    if "cut" in kind:
        return httpx.Response(200, content=json.dumps({"id": "1", "name": echo})[:-3].encode(), headers=headers)
    if request.url.path.endswith("/phone_numbers"):
        paging = {"next": echo["url"] + "&after=Z", "previous": echo["url"], "cursors": {"after": echo["url"]}}
        return httpx.Response(200, json={"data": [{"id": "1", "verified_name": echo["headers"]}], "paging": paging})
    if request.url.path.rstrip("/").endswith("v24.0"):
        item = {"code": 200, "body": json.dumps({"id": "1", "name": echo["url"]})}
        error = {"code": 400, "body": json.dumps({"error": {"code": 100, "message": echo["headers"]}})}
        return httpx.Response(200, json=[item, error, {"code": "x", "body": echo}])
    return httpx.Response(200, json={"id": "1", "name": echo["url"], "currency": echo["headers"]}, headers=headers)


@path("echoing-server")
def echoing_server(run: Run, ctx: Context) -> None:
    """A server echoing the request (URL, headers, proof) into bodies, errors, usage headers, paging and batch items."""
    sync = WabaClient(
        access_token=TOKEN, app_secret=SECRET, transport=httpx.MockTransport(_echoing), retry_policy=QUICK
    )
    _echo_session(run, sync, lambda call: call)
    asynchronous = AsyncWabaClient(access_token=TOKEN, app_secret=SECRET, transport=httpx.MockTransport(_echoing),
                                   retry_policy=QUICK)  # fmt: skip
    _echo_session(run, asynchronous, lambda call: lambda: asyncio.run(_awaited(call())))


def _echo_session(run: Run, client: Any, blocking: Any) -> None:
    run.objects.append(client)
    node = client.account("102290129340398")
    calls = [
        lambda: node.get(fields=["error"]),
        lambda: node.get(fields=["html"]),
        lambda: node.get(fields=["cut"]),
        node.get,
        lambda: node.phone_numbers.list().collect(max_items=3),
        lambda: node.message_templates.create(body=TEMPLATE),
        lambda: client.batch([node.get.prepare(), node.get.prepare(), node.get.prepare()]),
    ]
    for call in calls:
        run.expect(blocking(call))
    run.objects.append(client.usage)


async def _awaited(value: Any) -> Any:
    return await value


@path("no-server")
def no_server(run: Run, ctx: Context) -> None:
    """No server at all (connection refused), and a read timeout."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    client = WabaClient(
        access_token=TOKEN, app_secret=SECRET, base_url=f"http://127.0.0.1:{closed}", retry_policy=QUICK
    )
    run.expect(lambda: client.account("1").get())
    run.expect(lambda: client.account("1").message_templates.create(body=TEMPLATE))
    ctx.faults(FaultRates(slow=1.0, slow_seconds=0.5))
    run.expect(lambda: ctx.client(timeout=0.1).account(ctx.waba).get())
    ctx.faults(FaultRates())


@path("bad-settings", logs=False)
def bad_settings(run: Run, ctx: Context) -> None:
    """Bad settings: a token inside the base URL, secrets in the wrong arguments."""
    base_urls = (
        f"https://graph.facebook.com/?access_token={TOKEN}",
        f"https://u:{TOKEN}@graph.facebook.com",
        f"ftp://graph.facebook.com/{SECRET}",
        f"http://graph.facebook.com/{TOKEN}",
        f"https:// {TOKEN}",
    )
    for base_url in base_urls:
        run.expect(lambda u=base_url: WabaClient(access_token=TOKEN, app_secret=SECRET, base_url=u))
    run.expect(lambda: WabaClient(access_token=TOKEN, app_secret=SECRET, api_version=SECRET))
    pasted = run.expect(
        lambda: WabaClient(access_token=TOKEN, app_secret=SECRET, base_url=f"http://127.0.0.1:9/{TOKEN}")
    )
    run.expect(lambda: pasted.with_options(timeout=0.5))
    run.expect(lambda: WabaClient(access_token=f"{TOKEN} ", app_secret=SECRET))
    run.expect(lambda: WabaClient(access_token=TOKEN, app_secret=SECRET, timeout=-1))


@contextmanager
def _recording_env(origin: str) -> Iterator[None]:
    """The variables `scripts/record_cassettes.py` sets for a sandbox recording."""
    names = {"WABA_RECORD_BASE_URL": origin, "WABA_RECORD_TOKEN": TOKEN, "WABA_APP_SECRET": SECRET}
    saved = {name: os.environ.get(name) for name in names}
    os.environ.update(names)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@path("cassette")
def cassette(run: Run, ctx: Context) -> None:
    """A cassette recorded with the project's scrubbing hooks, from sessions with errors and paging."""
    from cassettes.scrubbing import before_record_request, before_record_response  # tests/ is on sys.path

    recorder = vcr.VCR(before_record_request=before_record_request, before_record_response=before_record_response,
                       decode_compressed_response=True, record_mode="all")  # fmt: skip
    target = ctx.tmp / "canary_cassette.yaml"
    with _recording_env(ctx.sandbox.base_url), recorder.use_cassette(str(target)):
        _session(run, ctx.client(), ctx.waba)
        _session(run, ctx.client(EXPIRED), ctx.waba)
    run.files.append(target)


def _raw_get(port: int, target: str) -> str:
    """The status line of a GET sent over a plain socket."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        connection.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        answer = connection.recv(65536).decode("latin-1")
    return answer.split("\r\n", 1)[0]


@path("sandbox-cli", logs=False)
def sandbox_command_line(run: Run, ctx: Context) -> None:
    """The sandbox's command line, asked with the token in the query string."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-u", "-m", "waba_sandbox", "--port", str(port), "--app-secret", SECRET]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:  # plain sockets: httpx would log the token-bearing URL of these hand-made requests itself
        for target in (f"/v24.0/?access_token={TOKEN}", f"/v24.0/1?fields=id&access_token={TOKEN}"):
            for _ in range(300):
                try:
                    run.outputs.append(_raw_get(port, target))
                    break
                except OSError:
                    time.sleep(0.05)
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=30)
    run.outputs.append(output)


@path("waba-cli")
def waba_command_line(run: Run, ctx: Context) -> None:
    """The `waba` command line (in this process, so its logs are searched too): the token and app secret from
    the environment and from files, listings whose pages embed the token, writes, errors, usage."""
    from typer.testing import CliRunner  # the CLI's extra; the canary needs it installed (dev environment)

    from waba.cli.app import app

    token_file, secret_file = ctx.tmp / "token", ctx.tmp / "app_secret"
    token_file.write_text(TOKEN + "\n", encoding="utf-8")
    secret_file.write_text(SECRET + "\n", encoding="utf-8")
    templates = ctx.tmp / "templates.yaml"
    templates.write_text(json.dumps({"templates": [TEMPLATE]}), encoding="utf-8")
    base = {"WABA_BASE_URL": ctx.sandbox.base_url, "WABA_ID": ctx.waba, "WABA_BUSINESS_ID": "506914307656634",
            "COLUMNS": "200", "WABA_TOKEN_FILE": ""}  # fmt: skip
    from_env = {**base, "WABA_ACCESS_TOKEN": TOKEN, "WABA_APP_SECRET": SECRET}
    commands: list[tuple[dict[str, str], list[str]]] = [
        (from_env, ["account", "show", "--json"]),
        (from_env, ["templates", "list", "--jsonl"]),
        (from_env, ["templates", "list"]),
        (from_env, ["phones", "list", "--json"]),
        (from_env, ["usage"]),
        (from_env, ["templates", "plan", str(templates)]),
        (from_env, ["templates", "apply", str(templates), "--json"]),
        (from_env, ["templates", "apply", str(templates)]),  # a rerun: nothing to do
        (from_env, ["templates", "create", "--file", str(templates)]),  # already exists: an error line
        ({**base, "WABA_ACCESS_TOKEN": EXPIRED, "WABA_APP_SECRET": SECRET}, ["account", "show"]),
        ({**base, "WABA_ACCESS_TOKEN": LIMITED, "WABA_APP_SECRET": SECRET}, ["users", "list"]),
        ({**base, "WABA_ACCESS_TOKEN": TOKEN, "WABA_APP_SECRET": WRONG_SECRET}, ["templates", "list"]),
        (base, ["--token-file", str(token_file), "--app-secret-file", str(secret_file), "templates", "list"]),
        (base, ["--token-file", str(token_file), "--base-url", f"http://127.0.0.1:9/{TOKEN}", "usage"]),
        ({**from_env, "WABA_BASE_URL": "http://127.0.0.1:9"}, ["account", "show"]),  # nobody listens
    ]
    ctx.faults(FaultRates(transient=0.1, html_502=0.05, truncated=0.05))
    try:
        for env, args in commands:
            result = CliRunner().invoke(app, args, env=env)
            run.outputs += [result.stdout, result.stderr]
            if result.exception is not None and not isinstance(result.exception, SystemExit):
                run.errors.append(result.exception)
    finally:
        ctx.faults(FaultRates())
