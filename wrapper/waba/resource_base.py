"""The base of every resource of the tree in `waba.resources`: a node (or edge) bound to a client and an id."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from .argtypes import GraphId, check_node_id
from .operations import Async, Sync

M = TypeVar("M", Sync, Async)


class Resource(Generic[M]):
    """A node (or one of its edges) of a client, bound to the node's id."""

    noun = "node id"

    def __init__(self, client: Any, node_id: GraphId) -> None:
        self.client = client
        self.id = check_node_id(node_id, self.noun)

    def _child(self, cls: type[Resource[Any]]) -> Any:
        return cls(self.client, self.id)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id}>"
