"""Graph errors as the sandbox raises them, and their envelopes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: HTTP status Graph uses for each code (400 unless listed). Token errors answer 401 with WWW-Authenticate.
_STATUS = {1: 500, 2: 503, 10: 403, 200: 403, 803: 404, 104: 401, 190: 401}


@dataclass
class GraphError(Exception):
    """An error the sandbox answers with, in Graph's envelope."""

    code: int
    message: str
    subcode: int | None = None
    type: str = "OAuthException"
    is_transient: bool | None = None
    user_title: str | None = None
    user_message: str | None = None
    error_data: Any = None
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code in (104, 190):
            reason = "invalid_request" if self.code == 104 else "invalid_token"
            self.headers.setdefault("WWW-Authenticate", f'OAuth "Facebook Platform" "{reason}" "{self.message}"')

    @property
    def http_status(self) -> int:
        """The HTTP status of the answer."""
        if self.status is not None:
            return self.status
        if 200 <= self.code <= 299:
            return 403
        return _STATUS.get(self.code, 400)

    def body(self, trace_id: str) -> dict[str, Any]:
        """The JSON envelope."""
        error: dict[str, Any] = {"message": self.message, "type": self.type, "code": self.code}
        if self.subcode is not None:
            error["error_subcode"] = self.subcode
        if self.is_transient is not None:
            error["is_transient"] = self.is_transient
        if self.user_title is not None:
            error["error_user_title"] = self.user_title
        if self.user_message is not None:
            error["error_user_msg"] = self.user_message
        if self.error_data is not None:
            error["error_data"] = self.error_data
        error["fbtrace_id"] = trace_id
        return {"error": error}


def invalid_parameter(detail: str, subcode: int | None = None, **extra: Any) -> GraphError:
    """Code 100."""
    return GraphError(100, f"(#100) {detail}", subcode=subcode, **extra)


def not_found(node_id: str, method: str) -> GraphError:
    """100/33: the object does not exist (or cannot be seen)."""
    return GraphError(
        100,
        f"Unsupported {method.lower()} request. Object with ID '{node_id}' does not exist, cannot be loaded due to "
        "missing permissions, or does not support this operation.",
        subcode=33,
        type="GraphMethodException",
    )


def unknown_path(path: str) -> GraphError:
    """2500: the path has components Graph does not know."""
    return GraphError(2500, f"Unknown path components: /{path}")


def permission_error(permission: str) -> GraphError:
    """200: the token lacks a permission."""
    return GraphError(200, f"(#200) Requires {permission} permission to manage the object")


def no_phone_numbers() -> GraphError:
    """200008: the account has no phone number (analytics need one)."""
    return GraphError(200008, "WhatsApp Business Account has no linked phone numbers.")
