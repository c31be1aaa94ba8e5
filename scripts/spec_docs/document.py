"""Read access to a bundled OpenAPI 3.1 document: `$ref`s, operations, webhooks and where each one is documented."""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SCHEMA_PREFIX = "#/components/schemas/"

API_DIR = "api"
OPERATIONS_DIR = f"{API_DIR}/operations"
SCHEMAS_DIR = f"{API_DIR}/schemas"
WEBHOOKS_DIR = f"{API_DIR}/webhooks"
API_INDEX = f"{API_DIR}/index.md"
ERRORS_PAGE = f"{API_DIR}/errors.md"
RATE_LIMITS_PAGE = f"{API_DIR}/rate-limits.md"
SCHEMAS_INDEX = f"{SCHEMAS_DIR}/index.md"
WEBHOOKS_INDEX = f"{WEBHOOKS_DIR}/index.md"


class SpecDocsError(Exception):
    """The document cannot be rendered: a dangling `$ref`, an operation without an id, a malformed entry."""


@dataclass(frozen=True)
class Operation:
    """One operation of `paths` (or of a webhook): where it lives and its OpenAPI object."""

    path: str
    method: str
    node: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def operation_id(self) -> str:
        """The operation's id (required: pages are named after it)."""
        operation_id = self.node.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            raise SpecDocsError(f"{self.method.upper()} {self.path} has no operationId")
        return operation_id

    @property
    def tag(self) -> str:
        """The operation's first tag ('Other' when it has none)."""
        tags = self.node.get("tags") or ["Other"]
        return str(tags[0])

    @property
    def title(self) -> str:
        """The summary, else the operation id, else the path (webhook operations need no id)."""
        return str(self.node.get("summary") or self.node.get("operationId") or self.path)


def json_text_schema(schema: Any) -> Any | None:
    """The decoded shape of a value declared as JSON text (`contentMediaType: application/json`), else None."""
    if isinstance(schema, dict) and schema.get("contentMediaType") == "application/json":
        return schema.get("contentSchema", {})
    return None


def relative_link(from_page: str, to_page: str, fragment: str = "") -> str:
    """A link from one page of the site to another (both relative to the docs folder)."""
    target = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    return f"{target}#{fragment}" if fragment else target


def operation_page(operation_id: str) -> str:
    """The page of an operation."""
    return f"{OPERATIONS_DIR}/{operation_id}.md"


def schema_page(name: str) -> str:
    """The page of a component schema."""
    return f"{SCHEMAS_DIR}/{name}.md"


def webhook_page(name: str) -> str:
    """The page of a webhook."""
    return f"{WEBHOOKS_DIR}/{name}.md"


class SpecDocument:
    """A bundled OpenAPI document, with `$ref` resolution and the operations in document order."""

    def __init__(self, spec: dict[str, Any]) -> None:
        if not isinstance(spec, dict) or not str(spec.get("openapi", "")).startswith("3."):
            raise SpecDocsError("not an OpenAPI 3.x document (no `openapi: 3.x` at the top)")
        self.spec = spec

    @property
    def schemas(self) -> dict[str, Any]:
        """`components.schemas`."""
        schemas: dict[str, Any] = self.spec.get("components", {}).get("schemas", {})
        return schemas

    def pointer(self, ref: str) -> Any:
        """The object a local `$ref` points at; raises SpecDocsError when it does not exist."""
        if not ref.startswith("#/"):
            raise SpecDocsError(f"only local references are supported, got {ref!r}")
        target: Any = self.spec
        for token in ref[2:].split("/"):
            key = token.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or key not in target:
                raise SpecDocsError(f"dangling reference {ref!r}")
            target = target[key]
        return target

    def resolve(self, node: Any) -> Any:
        """Follow `$ref`s (parameters, responses, headers, examples) to the object they name."""
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen:
                raise SpecDocsError(f"reference cycle through {ref!r}")
            seen.add(ref)
            node = self.pointer(ref)
        return node

    def schema_name(self, ref: str) -> str:
        """The component name of a schema `$ref`; raises SpecDocsError when it is dangling."""
        if not ref.startswith(SCHEMA_PREFIX):
            raise SpecDocsError(f"a schema reference must point into components.schemas, got {ref!r}")
        name = ref[len(SCHEMA_PREFIX) :]
        if name not in self.schemas:
            raise SpecDocsError(f"dangling reference {ref!r}")
        return name

    def operations(self) -> Iterator[Operation]:
        """Every operation of `paths`, in document order."""
        for path, item in self.spec.get("paths", {}).items():
            yield from self._item_operations(path, self.resolve(item))

    def webhooks(self) -> Iterator[tuple[str, list[Operation]]]:
        """Every top-level webhook (OpenAPI 3.1) with its operations."""
        for name, item in (self.spec.get("webhooks") or {}).items():
            yield name, list(self._item_operations(name, self.resolve(item)))

    @staticmethod
    def _item_operations(path: str, item: Any) -> Iterator[Operation]:
        if not isinstance(item, dict):
            raise SpecDocsError(f"path item {path!r} is not an object")
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield Operation(path=path, method=method, node=item[method], path_item=item)

    def tags(self) -> list[tuple[str, str]]:
        """Tag names with their descriptions: the declared ones in order, then any only used by operations."""
        declared = [(str(t["name"]), str(t.get("description", ""))) for t in self.spec.get("tags", [])]
        names = {name for name, _ in declared}
        for operation in self.operations():
            if operation.tag not in names:
                declared.append((operation.tag, ""))
                names.add(operation.tag)
        return declared

    def parameters(self, operation: Operation) -> list[dict[str, Any]]:
        """Path-level and operation parameters, resolved; the operation's win on the same name and location."""
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*operation.path_item.get("parameters", []), *operation.node.get("parameters", [])]:
            param = self.resolve(raw)
            if not isinstance(param, dict) or "name" not in param or "in" not in param:
                raise SpecDocsError(f"{operation.operation_id}: a parameter without `name`/`in`")
            merged[(param["in"], param["name"])] = param
        return list(merged.values())
