"""The webhook fields the API description knows, read from the bundled spec: each `<Field>Change` of
`WebhookChange` binds a `field` constant to its value schema, whose generated model has the same name."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from waba_api.models import WebhookField

from ..errors import WebhookPayloadError
from ..operations import FromDict
from ..spec import load_spec
from ..validation import inline_refs

MESSAGE_LIMIT = 240


def shorten(text: str) -> str:
    """`text`, cut to a length fit for an exception message."""
    return text if len(text) <= MESSAGE_LIMIT else text[: MESSAGE_LIMIT - 1] + "…"


@dataclass(frozen=True)
class Kind:
    """A known webhook field: its value schema (by name), validated and built into the generated model."""

    field: WebhookField
    schema_name: str

    @functools.cached_property
    def model(self) -> FromDict[Any]:
        """The generated model of the field's value."""
        model: FromDict[Any] = getattr(import_module("waba_api.models"), self.schema_name)
        return model

    @functools.cached_property
    def _validator(self) -> Draft202012Validator:
        return Draft202012Validator(inline_refs({"$ref": f"#/components/schemas/{self.schema_name}"}))

    def build(self, value: Any, where: str) -> Any:
        """The generated model for `value`; WebhookPayloadError naming the place when it does not fit the schema."""
        error = best_match(self._validator.iter_errors(value))
        if error is not None:
            path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
            raise WebhookPayloadError(
                shorten(f"{where}{path}: {error.message}")
                + f" (a {self.field.value} value must match {self.schema_name} of the API description)"
            )
        try:
            return self.model.from_dict(value)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:  # the schema check makes this unexpected
            raise WebhookPayloadError(shorten(f"{where}: cannot build {self.schema_name}: {exc!r}")) from None


@functools.cache
def known_kinds() -> Mapping[str, Kind]:
    """Every field `WebhookChange` describes, by name (the spec is read on first use)."""
    schemas = load_spec()["components"]["schemas"]
    kinds: dict[str, Kind] = {}
    for member in schemas["WebhookChange"]["anyOf"]:
        properties = schemas[member["$ref"].rsplit("/", 1)[1]]["properties"]
        name = properties["field"].get("const")
        if name is not None:
            kinds[name] = Kind(WebhookField(name), properties["value"]["$ref"].rsplit("/", 1)[1])
    return kinds
