"""The handler registry and the request context every handler receives.

A handler takes the `Context` of one request and returns the JSON answer (status 200), or raises `GraphError`.
`@handles(operationId)` registers it in `HANDLERS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..graph_errors import not_found
from ..store import Account, Store

if TYPE_CHECKING:
    from ..app import Sandbox
    from ..operations import Operation

Handler = Callable[["Context"], Any]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    """Register a handler for an operation."""

    def register(function: Handler) -> Handler:
        HANDLERS[operation_id] = function
        return function

    return register


@dataclass
class Context:
    """Everything a handler may need about one request."""

    sandbox: Sandbox
    operation: Operation
    node_id: str | None
    params: dict[str, Any]
    body: dict[str, Any] | None
    version: str
    origin: str
    token: str
    query: list[tuple[str, str]]

    @property
    def store(self) -> Store:
        """The sandbox's store."""
        return self.sandbox.store

    @property
    def account(self) -> Account:
        """The WhatsApp Business Account the path names."""
        account = self.store.accounts.get(str(self.node_id))
        if account is None:
            raise not_found(str(self.node_id), self.operation.method)
        return account

    def body_value(self, key: str, default: Any = None) -> Any:
        """A body property."""
        return (self.body or {}).get(key, default)
