"""`python -m waba_sandbox`: its options, and a banner whose export lines point the SDK at the running sandbox."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest

from waba import WabaClient

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
