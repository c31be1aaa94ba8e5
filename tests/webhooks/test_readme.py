"""The README's webhook snippets run: the first verifies and parses a signed delivery, the second builds the ASGI
and WSGI endpoints, which then accept a delivery on real servers."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path
from typing import Any

import httpx

from waba_sandbox import LoopbackServer

from .helpers import SECRET, STATUS_APPROVED, VERIFY_TOKEN, graph_body, notification, serve_wsgi, sign

ROOT = Path(__file__).resolve().parents[2]
BODY = graph_body(notification(("message_template_status_update", STATUS_APPROVED), ("brand_new_field", {"a": 1})))


def snippets() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Webhooks (`waba.webhooks`)", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


def run(snippet: str, namespace: dict[str, Any]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(snippet, "README.md", "exec"), namespace)
    return out.getvalue()


def test_the_readme_verifies_and_parses_a_delivery() -> None:
    first, _ = snippets()
    headers = {"X-Hub-Signature-256": sign(BODY)}
    printed = run(first, {"raw_body": BODY, "request_headers": headers, "app_secret": SECRET}).splitlines()
    assert printed[0].startswith("102290129340398 2025-06-30 01:39:08+00:00 order_update APPROVED")
    assert printed[1] == "a field the SDK does not describe yet: brand_new_field {'a': 1}"


def test_the_readme_endpoints_accept_a_delivery() -> None:
    _, second = snippets()
    namespace: dict[str, Any] = {"APP_SECRET": SECRET, "VERIFY_TOKEN": VERIFY_TOKEN}
    run(second.replace('make_server("127.0.0.1", 8080', 'make_server("127.0.0.1", 0'), namespace)
    namespace["server"].server_close()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        with LoopbackServer(namespace["app"]) as server:
            asgi = httpx.post(
                server.base_url + "/webhooks/whatsapp", content=BODY, headers={"X-Hub-Signature-256": sign(BODY)}
            )
        with serve_wsgi(namespace["wsgi"]) as origin:
            wsgi = httpx.post(origin, content=BODY, headers={"X-Hub-Signature-256": sign(BODY)})
    assert (asgi.status_code, wsgi.status_code) == (200, 200)
    assert out.getvalue().count("message_template_status_update 102290129340398") == 2
