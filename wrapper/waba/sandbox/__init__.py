"""The WABA sandbox: a stateful, offline emulator of the WhatsApp Business Account part of the Graph API.

    python -m waba.sandbox --port 8800            # serve it (see --help)

    from waba import WabaClient
    from waba.sandbox import serve_sandbox

    with serve_sandbox() as sandbox, WabaClient(access_token=sandbox.token, base_url=sandbox.base_url) as client:
        print(client.account(sandbox.main_account).get().name)

Needs the `sandbox` extra: `pip install "waba[sandbox]"`. In pytest, add
`pytest_plugins = ["waba.sandbox.pytest_plugin"]` for the `waba_sandbox` and `waba_sandbox_client` fixtures.
"""

from __future__ import annotations

from .app import Sandbox, create_app
from .config import ADMIN_TOKEN, EXPIRED_TOKEN, LIMITED_TOKEN, FaultRates, SandboxConfig, TokenInfo
from .server import RunningSandbox, serve_sandbox

__all__ = [
    "ADMIN_TOKEN",
    "EXPIRED_TOKEN",
    "LIMITED_TOKEN",
    "FaultRates",
    "RunningSandbox",
    "Sandbox",
    "SandboxConfig",
    "TokenInfo",
    "create_app",
    "serve_sandbox",
]
