"""The bundled OpenAPI document (package data of `waba_api`), loaded once, on first use."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from typing import Any

HTTP_METHODS = ("get", "post", "delete", "put", "patch")


def spec_text() -> str:
    """The published OpenAPI document as JSON text — the input for downstream code generators."""
    from importlib.resources import files  # noqa: PLC0415 - on first use: `import waba` stays light

    return files("waba_api").joinpath("openapi.json").read_text(encoding="utf-8")


@functools.cache
def load_spec() -> dict[str, Any]:
    """The OpenAPI document, parsed (cached; treat it as read-only)."""
    document: dict[str, Any] = json.loads(spec_text())
    return document


@dataclass(frozen=True)
class OperationSpec:
    """Where an operation lives in the document."""

    operation_id: str
    method: str
    path: str
    operation: dict[str, Any]

    @property
    def pointer(self) -> str:
        """JSON pointer of the operation object."""
        return f"/paths/{self.path.replace('~', '~0').replace('/', '~1')}/{self.method}"


def snake_case(name: str) -> str:
    """`listMessageTemplates` -> `list_message_templates` (the generator's module naming)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


@functools.cache
def operations_by_module() -> dict[str, OperationSpec]:
    """Every operation, keyed by the generated module name (snake-cased operationId)."""
    found: dict[str, OperationSpec] = {}
    for path, item in load_spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                found[snake_case(operation["operationId"])] = OperationSpec(
                    operation["operationId"], method, path, operation
                )
    return found
