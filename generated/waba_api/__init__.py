"""A client library for accessing WhatsApp Business Account (WABA) Management API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
