"""waba-sandbox: a stateful, offline emulator of the WhatsApp Business Account part of the Graph API.

    python -m waba_sandbox --port 8800            # serve it (see --help)

    from waba import WabaClient
    from waba_sandbox import serve_sandbox

    with serve_sandbox() as sandbox, WabaClient(access_token=sandbox.token, base_url=sandbox.base_url) as client:
        print(client.account(sandbox.sandbox.store.main_account).get().name)

Install with `pip install "waba[sandbox]"` (the SDK and this sandbox) or `pip install waba-sandbox` (the sandbox
alone: any HTTP client can talk to it). Its pytest fixtures `waba_sandbox` and `waba_sandbox_client` load
automatically (a `pytest11` entry point, `waba_sandbox.pytest_plugin`).

It reads the published OpenAPI document (`waba_sandbox/openapi.json`) with its own code and imports nothing
from the SDK, so a bug in the SDK's reading of the spec cannot hide itself in the sandbox.
"""

from __future__ import annotations

from .app import Received, Sandbox, create_app
from .config import ADMIN_TOKEN, EXPIRED_TOKEN, LIMITED_TOKEN, FaultRates, SandboxConfig, TokenInfo
from .server import LoopbackServer, RunningSandbox, serve_sandbox

__all__ = [
    "ADMIN_TOKEN",
    "EXPIRED_TOKEN",
    "LIMITED_TOKEN",
    "FaultRates",
    "LoopbackServer",
    "Received",
    "RunningSandbox",
    "Sandbox",
    "SandboxConfig",
    "TokenInfo",
    "create_app",
    "serve_sandbox",
]
