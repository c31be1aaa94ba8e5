"""Properties over every response path: whatever a server answers — status, headers (usage headers included),
body bytes, batch items, paging — a call gives its typed result or a `waba.errors` exception, never anything
else, never more than `max_retries + 1` attempts, never a secret in what it hands back or logs. Sync and async
give the same outcome. `hostile.examples()` examples each (500; `make soak`: 10,000)."""

from __future__ import annotations

import asyncio
import gzip
import json
import logging
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hostile import bodies, examples, json_values, report, statuses, usage_headers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waba import Pacing, RetryPolicy, WabaError

from .helpers import ROOT, SECRET, SECRETS, TOKEN, WABA, Script, async_client, leaks, sync_client

POLICY = RetryPolicy(max_retries=3, backoff_base=0.0, jitter=0.0)
PROPERTY = settings(max_examples=examples(), deadline=None, derandomize=True,
                    suppress_health_check=list(HealthCheck))  # fmt: skip
VALUE = json_values(SECRETS)
SMALL = json_values(SECRETS, max_leaves=3)
ACCOUNT = st.fixed_dictionaries({"id": st.just(WABA) | VALUE}, optional={"name": VALUE, "currency": VALUE,
                                "health_status": VALUE, "timezone_id": VALUE})  # fmt: skip
TEMPLATE = {"name": "order_update", "language": "en_US", "category": "UTILITY",
            "components": [{"type": "BODY", "text": "Shipped."}]}  # fmt: skip


class Lines(logging.Handler):
    """Every log line of waba, httpx and httpcore (DEBUG), to check none carries a secret."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())
        if record.exc_info:
            self.lines.extend(traceback.format_exception(*record.exc_info))


LINES = Lines()
EXAMPLES: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def _debug_logs() -> Iterator[None]:
    loggers = [logging.getLogger(name) for name in ("waba", "httpx", "httpcore")]
    saved = [(logger.level, logger.propagate) for logger in loggers]
    for logger in loggers:
        logger.addHandler(LINES)
        logger.setLevel(logging.DEBUG)
        logger.propagate = False  # only LINES sees them: pytest's capture would format thousands of lines
    yield
    report("Hypothesis examples run, per property", **EXAMPLES)
    assert all(count >= examples() for count in EXAMPLES.values()), EXAMPLES
    for logger, (level, propagate) in zip(loggers, saved, strict=True):
        logger.removeHandler(LINES)
        logger.setLevel(level)
        logger.propagate = propagate


def answer_of(status: int, headers: dict[str, str], body: bytes, encoding: str) -> Callable[[httpx.Request], Any]:
    """One scripted answer: a response (maybe gzip-encoded, maybe wrongly so) or a transport failure."""

    def answer(request: httpx.Request) -> httpx.Response:
        if encoding == "connect-error":
            raise httpx.ConnectError("refused")
        if encoding == "dropped":
            raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")
        if encoding == "read-timeout":
            raise httpx.ReadTimeout("timed out")
        content = gzip.compress(body) if encoding == "gzip" else body
        extra = {"content-encoding": "gzip"} if encoding in ("gzip", "fake-gzip") else {}
        return httpx.Response(status, headers={**headers, **extra}, stream=httpx.ByteStream(content))

    return answer


Spec = tuple[int, dict[str, str], bytes, str]


def answers(success: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[list[Spec]]:
    """1 to 3 answers (the last repeats): status, headers, body, and how it is sent."""
    one = st.tuples(
        statuses,
        usage_headers(SECRETS, WABA),
        bodies(SECRETS, success),
        st.sampled_from(["identity"] * 6 + ["gzip", "fake-gzip", "connect-error", "dropped", "read-timeout"]),
    )
    return st.lists(one, min_size=1, max_size=3)


def scripted(specs: list[Spec], limit: int = 500) -> Script:
    return Script(*[answer_of(*spec) for spec in specs], limit=limit)


def outcome(call: Callable[[], Any], script: Script) -> tuple[str, ...]:
    """Run a call: its result type, or its WabaError type and flags. Anything else fails the property."""
    LINES.lines.clear()
    try:
        result = call()
    except WabaError as exc:
        texts = [str(exc), repr(exc), *traceback.format_exception(exc)]
        found: tuple[str, ...] = ("error", type(exc).__name__, str(exc.may_have_been_applied))
    else:
        texts = [repr(result)]
        found = ("ok", type(result).__name__)
    assert len(script.requests) <= POLICY.max_retries + 1, f"{len(script.requests)} attempts"
    assert leaks([*texts, *LINES.lines]) == []
    return found


@PROPERTY
@given(script_answers=answers(ACCOUNT))
def test_any_answer_to_a_read_gives_a_result_or_an_sdk_error(script_answers: list[Spec]) -> None:
    EXAMPLES["reads"] += 1
    client, script = sync_client(scripted(script_answers), app_secret=SECRET, retry_policy=POLICY, pacing=Pacing())
    with client:
        outcome(lambda: client.account(WABA).get(fields=["id", "name"]), script)


@PROPERTY
@given(script_answers=answers(st.fixed_dictionaries({"id": VALUE}, optional={"status": VALUE, "category": VALUE})))
def test_any_answer_to_a_write_gives_a_result_or_an_sdk_error(script_answers: list[Spec]) -> None:
    EXAMPLES["writes"] += 1
    client, script = sync_client(scripted(script_answers), app_secret=SECRET, retry_policy=POLICY)
    with client:
        found = outcome(lambda: client.account(WABA).message_templates.create(body=TEMPLATE), script)
    retried_after = [script_answers[min(i, len(script_answers) - 1)] for i in range(len(script.requests) - 1)]
    # a write is only sent again after a throttle (Graph refused it), never after a lost or unreadable answer
    assert all(400 <= spec[0] < 600 for spec in retried_after)
    assert all(spec[3] in ("identity", "gzip") for spec in retried_after)
    if found[0] == "error" and found[1] in ("APIConnectionError", "APITimeoutError"):
        assert found[2] == str(script_answers[min(len(script.requests), len(script_answers)) - 1][3] != "connect-error")


@PROPERTY
@given(script_answers=answers(ACCOUNT))
def test_sync_and_async_clients_give_the_same_outcome(script_answers: list[Spec]) -> None:
    EXAMPLES["sync_async_parity"] += 1
    sync, sync_script = sync_client(scripted(script_answers), app_secret=SECRET, retry_policy=POLICY)
    with sync:
        expected = outcome(lambda: sync.account(WABA).get(), sync_script)
    client, script = async_client(scripted(script_answers), app_secret=SECRET, retry_policy=POLICY)

    async def call() -> Any:
        async with client:
            return await client.account(WABA).get()

    assert outcome(lambda: asyncio.run(call()), script) == expected
    assert len(script.requests) == len(sync_script.requests)


@PROPERTY
@given(headers=usage_headers(SECRETS, WABA), threshold=st.floats(0, 99))
def test_usage_headers_never_fail_a_call_and_pacing_stays_bounded(headers: dict[str, str], threshold: float) -> None:
    EXAMPLES["usage_headers"] += 1
    pacing = Pacing(threshold=threshold, max_delay=2.0)
    body = json.dumps({"id": WABA}).encode()
    client, script = sync_client(scripted([(200, headers, body, "identity")]), app_secret=SECRET, pacing=pacing)
    with client:
        for _ in range(2):
            assert outcome(lambda: client.account(WABA).get(), script)[0] == "ok"
        usage = client.usage
        assert 0 <= pacing.delay(usage, WABA) <= 2.0
        assert 0 <= usage.regain_seconds() <= 7 * 24 * 3600
        assert leaks([repr(usage)]) == []


batch_items = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {"code": st.sampled_from([200, 400, 500]) | SMALL},
        optional={"body": st.just(json.dumps({"id": "5"})) | SMALL.map(json.dumps) | SMALL, "headers": SMALL},
    ),
    SMALL,
)


@PROPERTY
@given(items=st.lists(batch_items, max_size=6), rounds=st.integers(1, 3))
def test_any_batch_answer_gives_one_result_per_call(items: list[Any], rounds: int) -> None:
    EXAMPLES["batch_items"] += 1
    client, script = sync_client(scripted([(200, {}, json.dumps(items).encode(), "identity")]), app_secret=SECRET)
    calls = [client.account(str(1000 + i)).get.prepare() for i in range(4)]
    with client:
        try:
            results = client.batch(calls, max_rounds=rounds)
        except WabaError as exc:
            results, failed = [], exc
        else:
            failed = None
    if failed is not None:
        assert leaks([str(failed), repr(failed)]) == []
        return
    assert len(results) == len(calls)
    for result in results:
        assert (result.value is None) != (result.error is None)
        assert result.error is None or isinstance(result.error, WabaError)
        assert leaks([repr(result), str(result.error)]) == []
    assert len(script.requests) <= rounds


paging = st.fixed_dictionaries(
    {},
    optional={"next": st.sampled_from([f"{ROOT}/{WABA}/phone_numbers?after=A", f"{ROOT}/{WABA}/phone_numbers?after=B",
                                       f"https://evil.example/v24.0/{WABA}/phone_numbers?access_token={TOKEN}"])
              | SMALL, "cursors": st.fixed_dictionaries({}, optional={"after": SMALL, "before": SMALL}) | SMALL,
              "previous": SMALL},
)  # fmt: skip
pages = st.fixed_dictionaries(
    {"data": st.lists(st.fixed_dictionaries({"id": st.text(max_size=4)}), max_size=3) | SMALL},
    optional={"paging": paging | SMALL, "summary": SMALL},
)


@PROPERTY
@given(sequence=st.lists(pages, min_size=1, max_size=4))
def test_any_sequence_of_pages_ends_with_items_or_an_sdk_error(sequence: list[dict[str, Any]]) -> None:
    EXAMPLES["paging"] += 1
    script = Script(
        *[httpx.Response(200, content=json.dumps(p).encode("utf-8", "surrogatepass")) for p in sequence], limit=100
    )
    client, _ = sync_client(script, app_secret=SECRET, retry_policy=POLICY)
    items: list[Any] = []
    texts: list[str] = []
    with client:
        try:
            items.extend(client.account(WABA).phone_numbers.list())
        except WabaError as exc:
            texts += [str(exc), repr(exc)]
    assert leaks(texts) == []
    assert len(script.requests) <= 100
    assert leaks([repr(item) for item in items]) == []


ARGUMENTS = st.dictionaries(
    st.sampled_from(["fields", "limit", "after", "before", "category", "status", "language", "name", "summary"])
    | st.text(max_size=6),
    VALUE | st.lists(st.text(max_size=5) | VALUE, max_size=3),
    max_size=3,
)


@PROPERTY
@given(kwargs=ARGUMENTS, body=VALUE)
def test_any_arguments_give_a_call_or_a_validation_error(kwargs: dict[str, Any], body: Any) -> None:
    EXAMPLES["arguments"] += 1
    client, script = sync_client(Script(httpx.Response(200, json={"data": []})), app_secret=SECRET)
    texts: list[str] = []
    with client:
        for call in (lambda: client.account(WABA).message_templates.list(**kwargs).first_page(),
                     lambda: client.account(WABA).message_templates.create(body=body),
                     lambda: client.account(WABA).get(**kwargs)):  # fmt: skip
            try:
                call()
            except WabaError as exc:
                texts += [str(exc), repr(exc)]
    assert leaks(texts) == []
    assert len(script.requests) <= 3
