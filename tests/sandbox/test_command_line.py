"""`python -m waba_sandbox`: its options, and a banner whose export lines point the SDK at the running sandbox."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest

from waba import WabaClient
from waba_api.models import MessageTemplateCreate, TemplateBodyComponent, TemplateCategory

from .webhook_receiver import recording_receiver

EXPORT = re.compile(r"^export (WABA_BASE_URL|WABA_ACCESS_TOKEN)=(\S+)$")


def test_the_command_line_lists_its_options() -> None:
    result = subprocess.run([sys.executable, "-m", "waba_sandbox", "--help"], capture_output=True, text=True,
                            check=True, timeout=60)  # fmt: skip
    assert result.stdout.startswith("usage: python -m waba_sandbox")
    for option in ("--seed", "--app-secret", "--budget", "--fault-transient", "--fault-dropped", "--port"):
        assert option in result.stdout


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def banner() -> Iterator[list[str]]:
    """`python -m waba_sandbox` on a free port; yields the lines it printed until uvicorn serves."""
    command = [sys.executable, "-u", "-m", "waba_sandbox", "--port", str(free_port()), "--seed", "1"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []
    serving = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line.rstrip("\n"))
            if "Uvicorn running" in line:
                serving.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert serving.wait(timeout=60), "\n".join(lines)
        yield list(lines)
    finally:
        process.terminate()
        process.wait(timeout=30)
        reader.join(timeout=10)


def test_the_banner_prints_the_exports_that_reach_the_sandbox(banner: list[str]) -> None:
    lines = banner
    exports = dict(match.groups() for line in lines if (match := EXPORT.match(line)))
    assert set(exports) == {"WABA_BASE_URL", "WABA_ACCESS_TOKEN"}, lines
    assert exports["WABA_BASE_URL"].startswith("http://127.0.0.1:")
    with WabaClient(access_token=exports["WABA_ACCESS_TOKEN"], base_url=exports["WABA_BASE_URL"]) as client:
        assert client.account("102290129340398").get(fields=["name"]).name == "Jasper's Market"
    assert any(line.startswith("WABA 102290129340398: Jasper's Market (320 templates") for line in lines)


def test_the_command_line_lists_its_webhook_options() -> None:
    result = subprocess.run([sys.executable, "-m", "waba_sandbox", "--help"], capture_output=True, text=True,
                            check=True, timeout=60)  # fmt: skip
    assert "--webhook-url" in result.stdout and "--review-after" in result.stdout


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--webhook-url", "https://hooks.example.com/wa", "--app-secret", "s"], "loopback host"),
        (["--webhook-url", "http://127.0.0.1:9/wa"], "set app_secret (--app-secret)"),
        (["--review-after", "-1"], "template_review_seconds"),
    ],
)
def test_unusable_webhook_options_exit_with_a_message(arguments: list[str], message: str) -> None:
    result = subprocess.run([sys.executable, "-m", "waba_sandbox", *arguments], capture_output=True, text=True,
                            check=False, timeout=60)  # fmt: skip
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_the_command_line_delivers_webhooks_and_prints_its_delivery_log() -> None:
    secret = "cli-webhook-secret-canary"
    with recording_receiver() as receiver:
        command = [sys.executable, "-u", "-m", "waba_sandbox", "--port", str(free_port()), "--app-secret", secret,
                   "--webhook-url", receiver.url, "--review-after", "0.2"]  # fmt: skip
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        lines: list[str] = []
        serving, delivered = threading.Event(), threading.Event()

        def read() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                lines.append(line.rstrip("\n"))
                if "Uvicorn running" in line:
                    serving.set()
                if sum("-> delivered" in seen for seen in lines) == 2:
                    delivered.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            assert serving.wait(timeout=60), "\n".join(lines)
            exports = dict(match.groups() for line in lines if (match := EXPORT.match(line)))
            with WabaClient(access_token=exports["WABA_ACCESS_TOKEN"], base_url=exports["WABA_BASE_URL"],
                            app_secret=secret) as client:  # fmt: skip
                component = TemplateBodyComponent(text="Hello {{1}}, it is ready.")
                body = MessageTemplateCreate(
                    name="cli_hook", language="en_US", category=TemplateCategory.UTILITY, components=[component]
                )
                client.account("102290129340398").message_templates.create(body=body)
            assert delivered.wait(timeout=30), "\n".join(lines)
        finally:
            process.terminate()
            process.wait(timeout=30)
            reader.join(timeout=10)
    assert f"Webhooks: signed deliveries to {receiver.url}; templates reviewed 0.2 s after submission" in lines
    assert any(line.startswith("Delivery log: http://127.0.0.1:") and "/_sandbox/webhooks" in line for line in lines)
    log = [line for line in lines if line.startswith("webhook #")]
    assert log == [
        "webhook #1 message_template_status_update (WABA 102290129340398) attempt 1: HTTP 200 -> delivered",
        "webhook #2 message_template_status_update (WABA 102290129340398) attempt 1: HTTP 200 -> delivered",
    ]
    events = [json.loads(r.body)["entry"][0]["changes"][0]["value"]["event"] for r in receiver.requests]
    assert events == ["PENDING", "APPROVED"]
    assert all(secret not in line for line in lines)
