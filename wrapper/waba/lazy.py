"""The generated package (`waba_api`) and the operations' signatures as the wrapper sees them: imported on first
use, not by `import waba`.

For type checkers, `api` and `models` here are the packages `waba_api.api` and `waba_api.models`, and
`signatures` is `waba.signatures`. At run time they are `Ref`s: attribute access only builds a dotted path, and
`resolve()` imports what the path names when it is first needed. So `Endpoint(signatures.list_flows,
models.FlowList)` keeps its full static types (the call's parameters, the model), and the signature, the builder
it describes and the model are imported the first time the operation is used.
"""

from __future__ import annotations

import functools
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypeVar, cast

T = TypeVar("T")


class Ref:
    """A dotted path to an object of the generated package; reading an attribute extends the path."""

    __slots__ = ("path",)

    def __init__(self, path: str) -> None:
        self.path = path

    def __getattr__(self, name: str) -> Ref:
        if name.startswith("__"):  # keep Python's protocols (copy, pickle, inspect) from building paths
            raise AttributeError(name)
        return Ref(f"{self.path}.{name}")

    def __repr__(self) -> str:
        return f"<lazy {self.path}>"


@functools.cache
def _load(path: str) -> Any:
    module, _, name = path.rpartition(".")
    return getattr(import_module(module), name)


def resolve(target: T) -> T:
    """`target` itself, or — for a `Ref` — the object it names, imported now (once)."""
    if isinstance(target, Ref):
        return cast("T", _load(target.path))
    return target


def module_name(target: object) -> str:
    """The last part of the name of the module defining `target` (a function or a `Ref` to one), no import."""
    path = target.path.rsplit(".", 1)[0] if isinstance(target, Ref) else str(getattr(target, "__module__", ""))
    return path.rsplit(".", 1)[-1]


if TYPE_CHECKING:
    from waba_api import api, models

    from . import signatures
else:
    api = Ref("waba_api.api")
    models = Ref("waba_api.models")
    signatures = Ref("waba.signatures")

__all__ = ["Ref", "api", "models", "module_name", "resolve", "signatures"]
