"""`parse`: a delivery's raw body into one `WebhookEvent` per change.

The body is untrusted until its signature is verified, and odd even then, so decoding is defensive: strict UTF-8,
standard JSON only (no NaN or Infinity, finite numbers, integers of at most 4300 digits), at most `MAX_DEPTH`
levels of nesting. The envelope (`object`, `entry[].id/time`, `entry[].changes[].field/value`) must have the
documented types; each known field's value must match its schema; unknown fields pass through untouched.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, NoReturn

from ..errors import WebhookPayloadError
from .events import WebhookEvent
from .kinds import known_kinds, shorten
from .signature import raw_bytes

#: Deepest nesting accepted; Graph's notifications nest about 8 levels.
MAX_DEPTH = 64
WABA_OBJECT = "whatsapp_business_account"
_NODE_ID = re.compile(r"[0-9]{1,32}")
_LATEST_TIME = 253402300799  # 9999-12-31T23:59:59Z, the last second `datetime` can hold


class _BadNumber(ValueError):
    """A number standard JSON (or Graph) never holds."""


def _no_constant(name: str) -> NoReturn:
    raise _BadNumber(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise _BadNumber(f"the number {text[:24]} is out of range")
    return number


def _too_deep(document: Any) -> bool:
    stack = [(document, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def decode(raw_body: bytes) -> Any:
    """The decoded JSON document; WebhookPayloadError for anything but strict, reasonable UTF-8 JSON."""
    body = raw_bytes(raw_body)
    if not body.strip():
        raise WebhookPayloadError("The body is empty: a notification is a JSON object.")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise WebhookPayloadError(f"The body is not UTF-8 text (invalid byte at offset {exc.start}).") from None
    try:
        document = json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except RecursionError:
        raise WebhookPayloadError(f"The body nests deeper than {MAX_DEPTH} levels.") from None
    except json.JSONDecodeError as exc:
        raise WebhookPayloadError(f"The body is not valid JSON: {exc.msg} at offset {exc.pos}.") from None
    except _BadNumber as exc:
        raise WebhookPayloadError(f"The body holds a number Graph never sends: {exc}.") from None
    except ValueError:  # int() refuses integers of more than 4300 digits
        raise WebhookPayloadError("The body holds an integer of more than 4300 digits.") from None
    if _too_deep(document):
        raise WebhookPayloadError(f"The body nests deeper than {MAX_DEPTH} levels.")
    return document


def _kind_of(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _expect(value: Any, kind: type | tuple[type, ...], where: str, what: str) -> None:
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise WebhookPayloadError(f"{where} must be {what}, found {_kind_of(value)}.")


def _time(value: Any, where: str) -> datetime | None:
    if value is None:
        return None
    _expect(value, int, where, "a Unix time (an integer)")
    if not 0 <= value <= _LATEST_TIME:
        raise WebhookPayloadError(f"{where} is not a plausible Unix time (0 to {_LATEST_TIME}).")
    return datetime.fromtimestamp(value, tz=UTC)


def _changes(document: Any) -> Iterator[tuple[str, datetime | None, str, Any, str]]:
    """(waba id, time, field, value, location) of every change, in delivery order."""
    _expect(document, dict, "The body", "a JSON object (a notification)")
    if document.get("object") != WABA_OBJECT:
        found = document.get("object")
        shown = shorten(repr(found)) if isinstance(found, str) else "missing" if found is None else _kind_of(found)
        raise WebhookPayloadError(
            f"object must be {WABA_OBJECT!r} (found {shown}): not a WhatsApp Business Account notification."
        )
    entries = document.get("entry")
    _expect(entries, list, "entry", "an array")
    for i, entry in enumerate(entries):
        where = f"entry[{i}]"
        _expect(entry, dict, where, "an object")
        waba_id = entry.get("id")
        _expect(waba_id, str, f"{where}.id", "a WhatsApp Business Account id (a string of digits)")
        if not _NODE_ID.fullmatch(waba_id):
            raise WebhookPayloadError(f"{where}.id must be a WhatsApp Business Account id (1 to 32 digits).")
        time = _time(entry.get("time"), f"{where}.time")
        changes = entry.get("changes")
        _expect(changes, list, f"{where}.changes", "an array")
        for j, change in enumerate(changes):
            place = f"{where}.changes[{j}]"
            _expect(change, dict, place, "an object")
            field = change.get("field")
            _expect(field, str, f"{place}.field", "a field name (a string)")
            if not field:
                raise WebhookPayloadError(f"{place}.field must not be empty.")
            yield waba_id, time, field, change.get("value"), f"{place}.value"


def parse(raw_body: bytes) -> list[WebhookEvent[Any]]:
    """One `WebhookEvent` per change of a delivery, in order. Verify the signature first (`verify_signature`).

    Fields the API description knows get their value as the generated model; any other field is kept with its
    value as delivered (`event.known` is False). Raises WebhookPayloadError when the body is not a WhatsApp
    Business Account notification — not UTF-8 JSON, nested too deeply, numbers out of range, a wrong type in the
    envelope or in a known field's value — and ValidationError when `raw_body` is not bytes.
    """
    kinds = known_kinds()
    events: list[WebhookEvent[Any]] = []
    for waba_id, time, field, value, where in _changes(decode(raw_body)):
        kind = kinds.get(field)
        if kind is None:
            events.append(WebhookEvent(field, waba_id, time, value, value))
        else:
            events.append(WebhookEvent(kind.field, waba_id, time, kind.build(value, where), value))
    return events
