"""waba: a typed Python SDK for WhatsApp Business Accounts on the Meta Graph API."""

from __future__ import annotations

__all__: list[str] = []
