"""The canary harness: canary secrets through every failure path, every surface searched for them.

A *path* is one way a session can go wrong (a fault of the sandbox, a Graph error, an echoing proxy, a bad
setting, ...); it runs with a canary token and app secret and puts what it produced into a `Run`: log lines are
captured for it (`waba`, `httpx`, `httpcore` and the sandbox's server, `uvicorn`, all at DEBUG), and the path adds
the exceptions it got, the objects it was handed (clients, pagers, pages, models, usage, batch results), the
files it wrote (cassettes) and the output of the programs it ran. A *surface* is one place a secret could show:
log lines, exception text (str, repr, traceback with its chain), object reprs, files, program output.

Adding a path (the `waba` command line, when it exists) or a surface is one more entry in `PATHS` or `SURFACES`;
`test_canary.py` runs every path and searches every surface of every run.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TOKEN = "EAAcanaryHARNESStoken9f3c1d2e8b7a6"
SECRET = "canary-harness-app-secret-77d1"
EXPIRED = "EAAcanaryEXPIREDtoken55aa44bb33cc"
LIMITED = "EAAcanaryLIMITEDtoken11dd22ee33ff"
WRONG_SECRET = "canary-wrong-app-secret-0b0b"


def proof(token: str, secret: str) -> str:
    """`appsecret_proof` of a token (computed here, not with the SDK's code)."""
    return hmac.new(secret.encode(), token.encode(), hashlib.sha256).hexdigest()


#: Every secret of the harness, and every value derived from one.
CANARIES = (
    TOKEN, SECRET, EXPIRED, LIMITED, WRONG_SECRET,
    *(proof(token, secret) for token in (TOKEN, EXPIRED, LIMITED) for secret in (SECRET, WRONG_SECRET)),
)  # fmt: skip
#: Any proof at all, even of a token the harness does not know.
ANY_PROOF = re.compile(r"appsecret_proof(?:=|%3D|\"?:\s*\"?)[0-9a-f]{64}", re.IGNORECASE)


@dataclass
class Run:
    """What one failure path produced."""

    path: str
    logs: list[str] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)
    objects: list[Any] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)

    def expect(self, call: Callable[[], Any]) -> Any:
        """Run a call: keep its result among the objects, or its exception among the errors."""
        try:
            result = call()
        except Exception as exc:  # every exception, typed or not, is kept to be searched
            self.errors.append(exc)
            return None
        self.objects.append(result)
        return result


def _exception_texts(run: Run) -> Iterator[str]:
    for error in run.errors:
        yield str(error)
        yield repr(error)
        yield "".join(traceback.format_exception(error))
        yield from (str(arg) for arg in error.args)
        for name in ("url", "body", "message", "user_message", "error_data"):
            value = getattr(error, name, None)
            if value is not None:
                yield value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


@dataclass(frozen=True)
class Surface:
    """A place a secret could show."""

    name: str
    texts: Callable[[Run], Iterable[str]]


SURFACES = [
    Surface("log lines (every logger at DEBUG)", lambda run: run.logs),
    Surface("exception str, repr, traceback and attributes", _exception_texts),
    Surface("reprs of clients, pagers, pages, models, usage and batch results", lambda run: map(repr, run.objects)),
    Surface("files written (cassettes)", lambda run: (f.read_text(encoding="utf-8") for f in run.files)),
    Surface("program output", lambda run: run.outputs),
]


def hits(run: Run) -> list[tuple[str, str]]:
    """(surface, excerpt) of every canary found in a run (in any letter case)."""
    found: list[tuple[str, str]] = []
    for surface in SURFACES:
        for text in surface.texts(run):
            lowered = text.lower()
            for canary in CANARIES:
                at = lowered.find(canary.lower())
                if at >= 0:
                    found.append((surface.name, text[max(0, at - 80) : at + 80]))
            match = ANY_PROOF.search(text)
            if match:
                found.append((surface.name, text[max(0, match.start() - 80) : match.end() + 10]))
    return found


class _Capture(logging.Handler):
    def __init__(self, run: Run) -> None:
        super().__init__(logging.DEBUG)
        self.run = run

    def emit(self, record: logging.LogRecord) -> None:
        self.run.logs.append(f"{record.name} {record.levelname} {record.getMessage()}")
        if record.exc_info:
            self.run.logs.append("".join(traceback.format_exception(*record.exc_info)))


LOGGERS = ("waba", "httpx", "httpcore", "uvicorn")


@contextmanager
def capturing(run: Run) -> Iterator[None]:
    """The records of the SDK's, httpx's, httpcore's and the sandbox server's loggers, at DEBUG, into `run.logs`
    (the children's too, `httpcore.http11`, `uvicorn.error`, ...)."""
    loggers = [logging.getLogger(name) for name in LOGGERS]
    saved = [(logger, logger.level) for logger in loggers]
    handler = _Capture(run)
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        for logger, level in saved:
            logger.removeHandler(handler)
            logger.setLevel(level)


Path_ = Callable[[Run, Any], None]
#: The failure paths, by name; each takes the run to fill and the test's context (a sandbox, a tmp dir).
PATHS: dict[str, Path_] = {}
#: Paths that log nothing in this process (they send nothing, or another program does).
QUIET: set[str] = set()


def path(name: str, *, logs: bool = True) -> Callable[[Path_], Path_]:
    """Register a failure path (`logs=False` for one whose requests, if any, log nothing in this process)."""

    def register(function: Path_) -> Path_:
        PATHS[name] = function
        if not logs:
            QUIET.add(name)
        return function

    return register
