"""Graph batch requests: many prepared calls, 50 per HTTP request, each with its own typed result or error.

    calls = [client.account(w).get.prepare(fields=["id", "name"]) for w in waba_ids]
    for result in client.batch(calls):
        print(result.value.name if result.ok else result.error)

Sub-requests Graph did not process come back as `null`; they are sent again, up to `max_rounds` times.
An answer item that is neither `null` nor an object with an integer `code` (100-599) and a string `body` is
that call's `UnexpectedResponseError`; the other calls keep their results. A batch whose calls are all GETs
is retried like a GET (all GETs and DELETEs: like a DELETE); any other batch like the POST it is.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import urlencode

import httpx

from .errors import GraphAPIError, TransientError, UnexpectedResponseError, ValidationError, error_from_body
from .lazy import api, models, resolve
from .operations import Prepared
from .payload import NotJSONError, is_int, read_json
from .redaction import Redactor
from .retry import SAFE_METHODS

if TYPE_CHECKING:
    from waba_api.models import BatchRequestItem, BatchResponse

R = TypeVar("R")
MAX_BATCH = 50


@dataclass(frozen=True)
class BatchResult(Generic[R]):
    """The outcome of one call of a batch: `value` when it succeeded, `error` when it failed."""

    call: Prepared[R]
    value: R | None = None
    error: GraphAPIError | None = None

    @property
    def ok(self) -> bool:
        """True when the call succeeded."""
        return self.error is None

    def unwrap(self) -> R:
        """The value, or the call's error raised."""
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]


def chunks(indexes: Sequence[int], size: int = MAX_BATCH) -> Iterator[Sequence[int]]:
    """Consecutive slices of at most `size` indexes."""
    for start in range(0, len(indexes), size):
        yield indexes[start : start + size]


def _form_value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


def to_batch_item(call: Prepared[Any]) -> BatchRequestItem:
    """The sub-request for a prepared call: relative URL with its query, form-encoded JSON body."""
    relative = call.path.lstrip("/")
    query = str(httpx.QueryParams(dict(call.params)))
    body: str | None = None
    if isinstance(call.json, dict) and call.json:
        body = urlencode({key: _form_value(value) for key, value in call.json.items()})
    return resolve(models.BatchRequestItem)(
        method=resolve(models.BatchMethod)(call.method),
        relative_url=f"{relative}?{query}" if query else relative,
        body=body,
    )


def batch_request_kwargs(calls: Sequence[Prepared[Any]]) -> dict[str, Any]:
    """The generated `executeBatch` request for up to 50 calls (answers without sub-response headers)."""
    if not 0 < len(calls) <= MAX_BATCH:
        raise ValueError(f"a batch holds 1 to {MAX_BATCH} calls")
    body = resolve(models.BatchRequest)(batch=[to_batch_item(call) for call in calls], include_headers=False)
    return resolve(api.batch.execute_batch.build_request)(body=body)


@dataclass(frozen=True)
class MalformedItem:
    """An answer item of the wrong shape (`reason` says how)."""

    reason: str


_PARSE_ERRORS = (LookupError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError)


def _parse_item(item: Any) -> BatchResponse | MalformedItem | None:
    if item is None:
        return None
    if not isinstance(item, dict):
        return MalformedItem(f"an answer item must be an object or null, got {type(item).__name__}")
    code, body = item.get("code"), item.get("body")
    if not is_int(code) or not 100 <= code <= 599:
        return MalformedItem(f"the answer item's code must be an HTTP status, got {code!r:.50}")
    if body is not None and not isinstance(body, str):
        return MalformedItem(f"the answer item's body must be JSON text, got {type(body).__name__}")
    try:
        return resolve(models.BatchResponse).from_dict(item)
    except _PARSE_ERRORS as exc:
        return MalformedItem(f"the answer item does not match the API description: {type(exc).__name__}")


def parse_batch_answer(payload: Any) -> Sequence[BatchResponse | MalformedItem | None]:
    """The decoded answer of `executeBatch`: one entry per sub-request, None where not processed,
    `MalformedItem` where the item is not what Graph documents. TypeError when the answer is not an array."""
    if not isinstance(payload, list):
        raise TypeError("a batch answer must be a JSON array")
    return [_parse_item(item) for item in payload]


def decode_item(call: Prepared[R], answer: BatchResponse | MalformedItem, redactor: Redactor) -> BatchResult[R]:
    """The typed result (or error) of one processed sub-request."""
    where = f"{call.method} {call.path}"
    if isinstance(answer, MalformedItem):
        malformed = UnexpectedResponseError(f"{where}: {answer.reason}", method=call.method, url=call.path)
        malformed.may_have_been_applied = call.method.upper() not in SAFE_METHODS
        return BatchResult(call, error=malformed)
    body = answer.body if isinstance(answer.body, str) else ""
    raw = body.encode("utf-8", "surrogatepass")
    if answer.code >= 400:
        failed = error_from_body(answer.code, raw, redactor=redactor, method=call.method, url=call.path)
        return BatchResult(call, error=failed)
    try:
        return BatchResult(call, value=call.parse(read_json(raw)))
    except (NotJSONError, *_PARSE_ERRORS) as exc:
        from waba_api.types import ModelDataError  # noqa: PLC0415 - the models that raised it imported it

        shown = str(exc) if isinstance(exc, ModelDataError) else f"{type(exc).__name__}: {exc}"
        detail = redactor.text(shown)[:300]
        message = f"{where}: the sub-response does not match {call.operation_id}'s answer: {detail}"
        error = UnexpectedResponseError(message, http_status=answer.code, body=raw, method=call.method, url=call.path)
        error.may_have_been_applied = call.method.upper() not in SAFE_METHODS  # Graph answered 2xx: applied
        return BatchResult(call, error=error)


def unprocessed(call: Prepared[R], rounds: int) -> BatchResult[R]:
    """The result of a call Graph never processed."""
    message = f"{call.method} {call.path} was not processed by Graph after {rounds} batch round(s); send it again"
    return BatchResult(call, error=TransientError(message, is_transient=True))


class BatchRun:
    """The bookkeeping of one `client.batch(...)`: which calls go in which request, round after round.

    The clients drive it: `while (chunk := run.next_chunk()) is not None: run.record(chunk, send(run.request(chunk)))`.
    """

    def __init__(self, calls: Sequence[Prepared[Any]], max_rounds: int, redactor: Redactor) -> None:
        """Raises ValidationError for a call that is not a `Prepared` (from `.prepare(...)`) or max_rounds < 1."""
        if not is_int(max_rounds) or max_rounds < 1:
            raise ValidationError(f"max_rounds must be an integer >= 1, got {max_rounds!r}.")
        wrong = next((call for call in calls if not isinstance(call, Prepared)), None)
        if wrong is not None:
            raise ValidationError(
                f"batch() takes prepared calls (`client.account(id).get.prepare(...)`), got {type(wrong).__name__}."
            )
        self.calls = calls
        self.max_rounds = max_rounds
        self.redactor = redactor
        self._results: list[BatchResult[Any] | None] = [None] * len(calls)
        self._round = 0
        self._queue: list[Sequence[int]] = list(chunks(range(len(calls))))
        self._retry: list[int] = []

    def next_chunk(self) -> Sequence[int] | None:
        """Indexes of the calls for the next HTTP request, or None when done."""
        if not self._queue and self._retry and self._round + 1 < self.max_rounds:
            self._round += 1
            self._queue, self._retry = list(chunks(self._retry)), []
        return self._queue.pop(0) if self._queue else None

    def acts_as(self, chunk: Sequence[int]) -> str:
        """The method a chunk's batch request behaves as, for retries: GET, DELETE (idempotent) or POST."""
        methods = {self.calls[i].method.upper() for i in chunk}
        if methods <= SAFE_METHODS:
            return "GET"
        return "DELETE" if methods <= {*SAFE_METHODS, "DELETE"} else "POST"

    def request(self, chunk: Sequence[int]) -> Prepared[Sequence[BatchResponse | MalformedItem | None]]:
        """The `executeBatch` call for a chunk."""
        kwargs = batch_request_kwargs([self.calls[i] for i in chunk])
        return Prepared(
            operation_id="executeBatch",
            method=str(kwargs["method"]).upper(),
            path=str(kwargs["url"]),
            params={},
            json=kwargs["json"],
            parse=parse_batch_answer,
        )

    def record(self, chunk: Sequence[int], answers: Sequence[BatchResponse | MalformedItem | None]) -> None:
        """Keep the answers of a chunk; `null` (and missing) entries are queued for the next round."""
        for position, index in enumerate(chunk):
            answer = answers[position] if position < len(answers) else None
            if answer is None:
                self._retry.append(index)
            else:
                self._results[index] = decode_item(self.calls[index], answer, self.redactor)

    def results(self) -> list[BatchResult[Any]]:
        """One result per call, in order; calls never processed get a TransientError."""
        return [
            result if result is not None else unprocessed(self.calls[index], self._round + 1)
            for index, result in enumerate(self._results)
        ]
