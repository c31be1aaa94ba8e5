"""Interim demonstration: the generated client reading an account from a local stub (no token, no network)."""

from __future__ import annotations

import json

import httpx

from waba_api import AuthenticatedClient
from waba_api.api.whats_app_business_accounts import get_whats_app_business_account
from waba_api.models import WhatsAppBusinessAccount


def _stub(request: httpx.Request) -> httpx.Response:
    account = {"id": request.url.path.rsplit("/", 1)[1], "name": "Jasper's Market", "currency": "USD"}
    return httpx.Response(200, json=account, headers={"X-App-Usage": json.dumps({"call_count": 1})})


def main() -> int:
    """Read one account through the generated client and print it."""
    client = AuthenticatedClient(
        base_url="https://graph.facebook.com/v24.0",
        token="demo",  # noqa: S106 - a stub, not a secret
        httpx_args={"transport": httpx.MockTransport(_stub)},
    )
    account = get_whats_app_business_account.sync("102290129340398", client=client, fields=["id", "name", "currency"])
    if not isinstance(account, WhatsAppBusinessAccount):
        print("unexpected answer:", account)
        return 1
    print(f"WABA {account.id}: {account.name} ({account.currency})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
