"""Class 7: the sandbox under hostile input. Deeply nested JSON in bodies, `fields` or list parameters, a
form-encoded batch, bodies over the cap, bytes that are not UTF-8: never a 500. Its access log never shows a
query-string token, injected drops and slow answers log no ERROR traceback, the injected throttle's regain
time is configurable, and `--fault-batch-unprocessed` exists. The fuzz runs `hostile.examples()` requests
through the real Starlette app."""

from __future__ import annotations

import json
import logging
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hostile import any_json, deep_fields, deep_json, examples, hostile_text, nested, report
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waba_sandbox import ADMIN_TOKEN, FaultRates, RunningSandbox, Sandbox, SandboxConfig

from .test_command_line import free_port

CONFIG = SandboxConfig(budget_per_hour=10**9, max_body_bytes=256 * 1024)
STORE = Sandbox(CONFIG).store  # the ids the served sandbox will have (same seed, same data)
WABA = STORE.main_account
TEMPLATE = next(iter(STORE.accounts[WABA].templates))
AUTH = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
PATHS = [
    f"/v24.0/{WABA}",
    f"/v24.0/{WABA}/message_templates",
    f"/v24.0/{WABA}/assigned_users",
    f"/v24.0/{WABA}/phone_numbers",
    f"/v24.0/{WABA}/flows",
    f"/v24.0/{WABA}/subscribed_apps",
    f"/v24.0/{WABA}/template_analytics",
    f"/v24.0/{WABA}/conversation_analytics",
    f"/v24.0/{TEMPLATE}",
    f"/v24.0/{STORE.main_business}/owned_whatsapp_business_accounts",
    "/v24.0/",
    "/",
    f"/v24.0/{WABA}/x/y",
]
PARAMS = [
    "fields",
    "limit",
    "after",
    "before",
    "summary",
    "category",
    "status",
    "language",
    "name",
    "business",
    "user",
    "tasks",
    "start",
    "end",
    "granularity",
    "template_ids",
    "metric_types",
    "components",
    "batch",
    "include_headers",
    "access_token",
    "appsecret_proof",
    "flow_json",
    "categories",
    "override_callback_uri",
]
FIVE_XX: list[str] = []
SENT = [0]
HTTP: list[httpx.Client] = []  # the client of the served sandbox, while the module runs


@pytest.fixture(scope="module", autouse=True)
def _serving() -> Iterator[None]:
    """One real sandbox (uvicorn on a loopback port) for the module's requests."""
    with RunningSandbox(CONFIG) as served, httpx.Client(base_url=served.base_url, timeout=60) as client:
        HTTP.append(client)
        yield
        HTTP.clear()
    report("sandbox under hostile input (requests, 5xx)", requests=SENT[0], answers_5xx=len(FIVE_XX))


def _quote(text: str) -> str:
    return quote(text.encode("utf-8", "surrogatepass"), safe="")


def status_of(method: str, path: str, query: list[tuple[str, str]], body: bytes, content_type: str) -> int:
    """Send one raw request through the app; remember any 5xx."""
    encoded = "&".join(f"{_quote(k)}={_quote(v)}" for k, v in query)
    url = f"{path}?{encoded}" if encoded else path
    headers = {**AUTH, "content-type": content_type} if content_type else AUTH
    if len(url) > MAX_HTTPX_URL:  # httpx refuses to send it; a socket does not
        status = _raw_status(method, url, headers, body)
    else:
        status = HTTP[0].request(method, url, content=body or None, headers=headers).status_code
    SENT[0] += 1
    if status >= 500:
        FIVE_XX.append(f"{method} {url[:200]} {content_type} {body[:200]!r} -> {status}")
    return status


MAX_HTTPX_URL = 60_000


def _raw_status(method: str, target: str, headers: dict[str, str], body: bytes) -> int:
    """The status of a request sent over a plain socket (for URLs longer than httpx sends)."""
    origin = httpx.URL(str(HTTP[0].base_url))
    lines = [f"{method} {target} HTTP/1.1", f"Host: {origin.host}", f"Content-Length: {len(body)}",
             "Connection: close", *(f"{k}: {v}" for k, v in headers.items())]  # fmt: skip
    with socket.create_connection((origin.host, origin.port or 80), timeout=60) as connection:
        connection.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        status_line = connection.recv(65_536).split(b"\r\n", 1)[0]
    return int(status_line.split()[1]) if status_line.startswith(b"HTTP/") else 599


pairs = st.lists(st.tuples(st.sampled_from(PARAMS) | st.text(max_size=8), hostile_text), max_size=4)


@settings(max_examples=examples(), deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(
    method=st.sampled_from(["GET", "POST", "DELETE", "PUT", "PATCH", "OPTIONS"]),
    path=st.sampled_from(PATHS) | st.text(max_size=20).map(lambda t: f"/v24.0/{_quote(t)}"),
    query=pairs,
    body_kind=st.sampled_from(["none", "form", "json", "raw"]),
    form=pairs,
    document=any_json | deep_json.map(lambda t: {"components": t}) | st.just({"batch": "x"}),
    raw=st.binary(max_size=200) | deep_json.map(str.encode),
    content_type=st.sampled_from(["", "application/json", "application/x-www-form-urlencoded", "text/plain",
                                  "multipart/form-data", "application/json; charset=latin-1"]),
)  # fmt: skip
def test_hostile_requests_never_get_a_5xx(method: str, path: str, query: list[tuple[str, str]], body_kind: str,
                                          form: list[tuple[str, str]], document: Any, raw: bytes,
                                          content_type: str) -> None:  # fmt: skip
    if body_kind == "form":
        body = "&".join(f"{_quote(k)}={_quote(v)}" for k, v in form).encode()
    elif body_kind == "json":
        body = json.dumps(document).encode("utf-8", "surrogatepass")
    else:
        body = raw if body_kind == "raw" else b""
    assert status_of(method, path, query, body, content_type) < 500, FIVE_XX[-1:]


sub_query = st.lists(st.tuples(st.sampled_from(["fields", "category", "status", "limit", "after"]),
                               deep_fields | deep_json | hostile_text), max_size=2)  # fmt: skip
sub_requests = st.lists(
    st.fixed_dictionaries(
        {"method": st.sampled_from(["GET", "POST", "DELETE", "get", "PUT"]),
         "relative_url": st.tuples(st.sampled_from([p.removeprefix("/v24.0/") for p in PATHS]) | st.text(max_size=9),
                                   sub_query).map(lambda t: t[0] + "?" + "&".join(f"{k}={v}" for k, v in t[1]))},
        optional={"body": hostile_text, "name": st.text(max_size=5), "depends_on": st.text(max_size=5)},
    ),
    max_size=5,
)  # fmt: skip


@settings(max_examples=max(50, examples() // 3), deadline=None, suppress_health_check=list(HealthCheck),
          derandomize=True)  # fmt: skip
@given(batch=sub_requests.map(json.dumps) | deep_json | hostile_text,
       include_headers=st.sampled_from(["true", "false", "x"]))  # fmt: skip
def test_hostile_form_encoded_batches_never_get_a_5xx(batch: str, include_headers: str) -> None:
    body = f"batch={_quote(batch)}&include_headers={include_headers}".encode()
    assert status_of("POST", "/v24.0/", [], body, "application/x-www-form-urlencoded") < 500, FIVE_XX[-1:]


@pytest.mark.parametrize(
    ("method", "path", "query", "body", "content_type"),
    [("POST", f"/v24.0/{WABA}", [], b'{"template_auto_archival_enabled": ' + nested(100_000).encode() + b"}",
      "application/json"),
     ("GET", f"/v24.0/{WABA}", [("fields", "id" + "{id" * 5_000 + "}" * 5_000)], b"", ""),
     ("GET", f"/v24.0/{WABA}/message_templates", [("category", nested(5_000))], b"", ""),
     ("GET", f"/v24.0/{WABA}/message_templates", [("status", json.dumps([[["APPROVED"]]]))], b"", ""),
     ("POST", f"/v24.0/{WABA}/flows", [], json.dumps({"name": "f", "categories": ["OTHER"],
                                                       "flow_json": nested(100_000)}).encode(), "application/json"),
     ("POST", f"/v24.0/{WABA}/flows", [], json.dumps({"name": "f", "categories": ["OTHER"],
                                                       "flow_json": {"a": 1}}).encode(), "application/json"),
     ("POST", f"/v24.0/{WABA}/message_templates", [], json.dumps({"name": "deep", "language": "en_US",
      "category": "UTILITY", "components": json.loads(nested(60))}).encode(), "application/json")],
    ids=["deep-json-body", "deep-fields", "deep-list-param", "nested-list-param", "deep-flow-json",
         "flow-json-object", "deep-components"],
)  # fmt: skip
def test_deeply_nested_input_is_a_graph_error_not_a_500(method: str, path: str, query: list[tuple[str, str]],
                                                         body: bytes, content_type: str) -> None:  # fmt: skip
    status = status_of(method, path, query, body, content_type)
    assert status < 500, FIVE_XX[-1:]
    if "flows" not in path:  # an invalid flow_json is accepted with validation_errors, as Graph does
        assert status == 400


@pytest.mark.parametrize(
    "batch",
    [json.dumps([{"method": "GET", "relative_url": WABA}]), json.dumps([{"method": "GET", "relative_url": 5}]),
     json.dumps([{"method": "GET", "relative_url": WABA, "body": {"a": 1}}]), json.dumps(["GET", 1, None]),
     json.dumps({"method": "GET"}), nested(10_000), json.dumps([{"method": "GET", "relative_url": "v24.0/"}]),
     json.dumps([{"method": "POST", "relative_url": f"{WABA}/message_templates", "body": nested(10_000)}]),
     json.dumps([{"method": "GET", "relative_url": f"{WABA}?fields=id" + "{id" * 3_000 + "}" * 3_000}]),
     json.dumps([{"method": "GET", "relative_url": f"{WABA}/message_templates?category={nested(5_000)}"}]),
     json.dumps([{"method": "GET", "relative_url": f"{WABA}/\ud800"}])],
    ids=["valid", "number-url", "object-body", "not-objects", "object", "deep", "batch-in-batch", "deep-sub-body",
         "sub-deep-fields", "sub-deep-list", "sub-lone-surrogate"],
)  # fmt: skip
def test_a_form_encoded_batch_is_answered_never_a_500(batch: str) -> None:
    answer = HTTP[0].post("/v24.0/", data={"batch": batch, "include_headers": "false"}, headers=AUTH)
    assert answer.status_code < 500, answer.text[:300]
    if batch == json.dumps([{"method": "GET", "relative_url": WABA}]):
        assert answer.status_code == 200 and json.loads(answer.json()[0]["body"])["id"] == WABA


def test_a_body_over_the_cap_is_refused_with_a_graph_like_413() -> None:
    answer = HTTP[0].post(f"/v24.0/{WABA}", content=b"x" * (256 * 1024 + 1), headers=AUTH)
    assert answer.status_code == 413
    error = answer.json()["error"]
    assert error["code"] == 100 and "larger than" in error["message"]
    chunks = (b"y" * 65_536 for _ in range(5))  # no Content-Length: counted as it streams in
    assert HTTP[0].post(f"/v24.0/{WABA}", content=chunks, headers=AUTH).status_code == 413
    form = {"template_auto_archival_enabled": "true"}
    assert HTTP[0].post(f"/v24.0/{WABA}", data=form, headers=AUTH).status_code == 200


@pytest.fixture
def uvicorn_errors() -> Iterator[list[logging.LogRecord]]:
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.DEBUG)
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger("uvicorn.error")
    logger.addHandler(handler)
    try:
        yield records
    finally:
        logger.removeHandler(handler)


@pytest.mark.parametrize("fault", ["dropped", "slow"])
def test_injected_drops_and_slow_answers_log_no_error_traceback(
    fault: str, uvicorn_errors: list[logging.LogRecord]
) -> None:
    config = SandboxConfig(faults=FaultRates(**{fault: 1.0}, slow_seconds=0.3))
    with RunningSandbox(config) as sandbox:
        url = f"{sandbox.base_url}/v24.0/{sandbox.sandbox.store.main_account}"
        for _ in range(3):
            with pytest.raises(httpx.TransportError):
                httpx.post(url, headers=AUTH, json={"template_auto_archival_enabled": True}, timeout=0.1)
        time.sleep(0.6)  # the slow answers finish after their clients left
        assert sandbox.sandbox.faults.injected[fault] == 3
    errors = [r for r in uvicorn_errors if r.levelno >= logging.ERROR or r.exc_info]
    assert errors == [], [r.getMessage() for r in errors]


def test_the_access_log_never_shows_a_query_string_token() -> None:
    port = free_port()
    command = [sys.executable, "-u", "-m", "waba_sandbox", "--port", str(port), "--app-secret", "s3cr3t-value"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        origin = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                httpx.get(f"{origin}/v24.0/", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        httpx.get(f"{origin}/v24.0/{WABA}", params={"access_token": ADMIN_TOKEN, "appsecret_proof": "0badc0de" * 8})
        httpx.get(f"{origin}/v24.0/{WABA}?fields=id&ACCESS_TOKEN={ADMIN_TOKEN}")
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=30)
    access = [line for line in output.splitlines() if '"GET /v24.0/' in line]
    assert len(access) >= 2, output
    assert ADMIN_TOKEN not in "\n".join(access) and "0badc0de" not in output
    assert any("access_token=***" in line for line in access), access


def test_the_injected_throttle_regain_time_is_configurable() -> None:
    for minutes in (0, 7):
        with RunningSandbox(SandboxConfig(faults=FaultRates(throttle=1.0, throttle_regain_minutes=minutes))) as sandbox:
            answer = httpx.get(f"{sandbox.base_url}/v24.0/{WABA}", headers=AUTH)
        usage = json.loads(answer.headers["x-business-use-case-usage"])
        assert answer.json()["error"]["code"] == 80008
        assert usage[WABA][0]["estimated_time_to_regain_access"] == minutes


def test_the_command_line_has_the_fault_options_of_the_config() -> None:
    result = subprocess.run([sys.executable, "-m", "waba_sandbox", "--help"], capture_output=True, text=True,
                            check=True, timeout=60)  # fmt: skip
    for option in ("--fault-batch-unprocessed", "--throttle-regain-minutes", "--max-body-bytes"):
        assert option in result.stdout
    bad = subprocess.run([sys.executable, "-m", "waba_sandbox", "--fault-transient", "0.8", "--fault-slow", "0.5"],
                         check=False, capture_output=True, text=True, timeout=60)  # fmt: skip
    assert bad.returncode == 2 and "add up to at most 1" in bad.stderr
