"""What the sandbox's server logs, kept clean: no token in the access log, no traceback for an injected fault.

- `SecretParamFilter` (on `uvicorn.access`) masks the values of `access_token`, `appsecret_proof` and other
  secret query parameters in each access-log line: Graph's clients may send the token in the query string.
- `InjectedFaultFilter` (on `uvicorn.error`) turns the error uvicorn logs when an injected "dropped" fault ends a
  response midway (`InjectedDropError`) into a one-line DEBUG record without traceback: the drop is the point.

`install()` adds both once; `python -m waba_sandbox` and `RunningSandbox` call it.
"""

from __future__ import annotations

import logging
import re

SECRET_PARAM = re.compile(r"((?:^|[?&;])(?:access_token|appsecret_proof|client_secret|input_token)=)[^&#;\s\"]*",
                          re.IGNORECASE)  # fmt: skip


class InjectedDropError(Exception):
    """Raised by a response that drops its connection on purpose (the "dropped" fault)."""


def mask_secrets(text: str) -> str:
    """`text` with the value of every secret query parameter replaced by `***`."""
    return SECRET_PARAM.sub(r"\g<1>***", text)


class SecretParamFilter(logging.Filter):
    """Masks secret query parameters in a record's message and arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = mask_secrets(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(mask_secrets(a) if isinstance(a, str) else a for a in record.args)
        return True


class InjectedFaultFilter(logging.Filter):
    """Turns the traceback of an injected dropped connection into a DEBUG line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], InjectedDropError):
            record.exc_info = None
            record.exc_text = None
            record.msg, record.args = "injected fault: connection dropped midway through the answer", ()
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
            return logging.getLogger(record.name).isEnabledFor(logging.DEBUG)
        return True


def _add_once(logger: logging.Logger, kind: type[logging.Filter]) -> None:
    if not any(isinstance(existing, kind) for existing in logger.filters):
        logger.addFilter(kind())


def install() -> None:
    """Add both filters to uvicorn's loggers (idempotent)."""
    _add_once(logging.getLogger("uvicorn.access"), SecretParamFilter)
    _add_once(logging.getLogger("uvicorn.error"), InjectedFaultFilter)
