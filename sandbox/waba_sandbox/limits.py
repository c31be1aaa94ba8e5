"""The request body cap: a body over `SandboxConfig.max_body_bytes` is refused with HTTP 413 and Graph's
error envelope (code 100), before it is read in full — by its Content-Length when announced, else as it
streams in."""

from __future__ import annotations

from starlette.requests import Request

from .graph_errors import GraphError


class BodyTooLargeError(Exception):
    """The request body is over the cap."""


async def read_capped_body(request: Request, limit: int) -> bytes:
    """The whole request body; BodyTooLargeError once it is known to exceed `limit` bytes."""
    announced = request.headers.get("content-length", "")
    if announced.isdigit() and int(announced) > limit:
        raise BodyTooLargeError
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLargeError
        chunks.append(chunk)
    return b"".join(chunks)


def body_too_large(limit: int) -> GraphError:
    """The error of a body over the cap: HTTP 413, code 100."""
    return GraphError(100, f"(#100) The request body is larger than the limit of {limit} bytes", status=413)
