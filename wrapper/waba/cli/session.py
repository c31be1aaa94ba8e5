"""What every command needs: the token (environment or --token-file, never the command line), the client, the
account, and the one-line error a failure becomes (with its exit status)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from waba import WabaClient
from waba.config import APP_SECRET_ENV, TOKEN_ENV
from waba.errors import ConfigurationError, GraphAPIError, ValidationError, WabaError

ACCOUNT_ENV = "WABA_ID"
BUSINESS_ENV = "WABA_BUSINESS_ID"
TOKEN_FILE_ENV = "WABA_TOKEN_FILE"  # noqa: S105 - the name of a variable, not a secret

EXIT_FAILED = 1  # the call failed (Graph error, no connection, a template apply that failed)
EXIT_BAD_INPUT = 2  # bad arguments, settings or files (also click's usage errors)


class CommandError(Exception):
    """A failure to report as one line, with its exit status."""

    def __init__(self, message: str, status: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.status = status


def read_secret_file(path: Path, what: str) -> str:
    """The first line of a secret file, stripped; CommandError when unreadable or empty."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CommandError(f"cannot read the {what} file {path}: {exc.strerror or exc}") from None
    value = text.strip().splitlines()[0].strip() if text.strip() else ""
    if not value:
        raise CommandError(f"the {what} file {path} is empty")
    return value


@dataclass
class Session:
    """Settings from the global options, and the client built from them on first use."""

    token_file: Path | None = None
    app_secret_file: Path | None = None
    base_url: str | None = None
    api_version: str = "v24.0"
    _client: WabaClient | None = field(default=None, repr=False)

    def client(self) -> WabaClient:
        """The client (token from --token-file, else WABA_TOKEN_FILE, else WABA_ACCESS_TOKEN)."""
        if self._client is None:
            token_file = self.token_file or (
                Path(os.environ[TOKEN_FILE_ENV]) if os.environ.get(TOKEN_FILE_ENV) else None
            )
            token = read_secret_file(token_file, "token") if token_file else os.environ.get(TOKEN_ENV)
            if not token:
                raise CommandError(f"no access token: set {TOKEN_ENV}, or pass --token-file PATH (a file holding it)")
            secret = read_secret_file(self.app_secret_file, "app secret") if self.app_secret_file else None
            self._client = WabaClient(
                access_token=token,
                app_secret=secret or os.environ.get(APP_SECRET_ENV) or None,
                base_url=self.base_url,
                api_version=self.api_version,
            )
        return self._client

    def close(self) -> None:
        """Close the client, if one was made."""
        if self._client is not None:
            self._client.close()


def account_id(value: str | None) -> str:
    """The account to act on: --account, else WABA_ID."""
    chosen = value or os.environ.get(ACCOUNT_ENV)
    if not chosen:
        raise CommandError(f"no account: pass --account ID or set {ACCOUNT_ENV}")
    return chosen


def business_id(value: str | None) -> str:
    """The business portfolio: --business, else WABA_BUSINESS_ID."""
    chosen = value or os.environ.get(BUSINESS_ENV)
    if not chosen:
        raise CommandError(f"no business: pass --business ID or set {BUSINESS_ENV}")
    return chosen


def one_line(error: BaseException) -> tuple[str, int]:
    """The message (one line) and exit status of a failure."""
    text = " ".join(str(error).split()) or type(error).__name__
    if isinstance(error, CommandError):
        return text, error.status
    if isinstance(error, (ValidationError, ConfigurationError)):
        return text, EXIT_BAD_INPUT
    if isinstance(error, GraphAPIError):
        return f"{type(error).__name__}: {text}", EXIT_FAILED
    if isinstance(error, WabaError):
        return f"{type(error).__name__}: {text}", EXIT_FAILED
    return f"unexpected {type(error).__name__}: {text}", EXIT_FAILED
