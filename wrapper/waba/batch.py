"""Graph batch requests: many prepared calls, 50 per HTTP request, each with its own typed result or error.

    calls = [client.account(w).get.prepare(fields=["id", "name"]) for w in waba_ids]
    for result in client.batch(calls):
        print(result.value.name if result.ok else result.error)

Sub-requests Graph did not process come back as `null`; they are sent again, up to `max_rounds` times.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import urlencode

import httpx

from .errors import GraphAPIError, TransientError, UnexpectedResponseError, error_from_body
from .lazy import api, models, resolve
from .operations import Prepared
from .redaction import Redactor

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


def parse_batch_answer(payload: Any) -> Sequence[BatchResponse | None]:
    """The decoded answer of `executeBatch`: one entry per sub-request, None where not processed."""
    if not isinstance(payload, list):
        raise TypeError("a batch answer must be a JSON array")
    parse = resolve(models.BatchResponse).from_dict
    return [None if item is None else parse(item) for item in payload]


def decode_item(call: Prepared[R], answer: BatchResponse, redactor: Redactor) -> BatchResult[R]:
    """The typed result (or error) of one processed sub-request."""
    body = answer.body if isinstance(answer.body, str) else ""
    url = f"{call.method} {call.path}"
    if answer.code >= 400:
        error = error_from_body(answer.code, body.encode(), redactor=redactor, method=call.method, url=call.path)
        return BatchResult(call, error=error)
    try:
        return BatchResult(call, value=call.parse(json.loads(body)))
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        message = f"{url}: the sub-response does not match {call.operation_id}'s answer: {exc}"
        return BatchResult(call, error=UnexpectedResponseError(message, http_status=answer.code, body=body.encode()))


def unprocessed(call: Prepared[R], rounds: int) -> BatchResult[R]:
    """The result of a call Graph never processed."""
    message = f"{call.method} {call.path} was not processed by Graph after {rounds} batch round(s); send it again"
    return BatchResult(call, error=TransientError(message, is_transient=True))


class BatchRun:
    """The bookkeeping of one `client.batch(...)`: which calls go in which request, round after round.

    The clients drive it: `while (chunk := run.next_chunk()) is not None: run.record(chunk, send(run.request(chunk)))`.
    """

    def __init__(self, calls: Sequence[Prepared[Any]], max_rounds: int, redactor: Redactor) -> None:
        if max_rounds < 1:
            raise ValueError("max_rounds must be >= 1")
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

    def request(self, chunk: Sequence[int]) -> Prepared[Sequence[BatchResponse | None]]:
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

    def record(self, chunk: Sequence[int], answers: Sequence[BatchResponse | None]) -> None:
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
