"""The sandbox's own admin endpoints (not Graph's), under `/_sandbox/`: drive what Meta decides — template
reviews, recategorisations, quality changes — and read the webhook delivery log. JSON in, JSON out; no token.

    GET  /_sandbox/webhooks                          the delivery log (bodies and attempts, never signatures)
    POST /_sandbox/templates/{id}/review             {"status": "APPROVED"|"REJECTED", "reason": ...}; no status:
                                                     the review time rule decides (see `lifecycle`)
    POST /_sandbox/templates/{id}/category           {"category": "MARKETING"}
    POST /_sandbox/templates/{id}/quality            {"score": "YELLOW"}
    POST /_sandbox/phone_numbers/{id}/quality        {"event": "DOWNGRADE", "current_limit": "TIER_2K",
                                                      "quality_rating": "YELLOW"} (the last two optional)

Each change answers the changed node (without internal keys) and sends its webhook. Unknown ids get 404, bad
values 400, both as `{"error": {"message": ...}}`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import lifecycle
from .store import visible

if TYPE_CHECKING:
    from .app import Sandbox

Change = Callable[["Sandbox", str, dict[str, Any]], dict[str, Any]]


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": {"message": message}}, status_code=status)


def _text(body: dict[str, Any], key: str, *, required: bool = True) -> Any:
    value = body.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key} must be a string")
    return value


def _changes() -> dict[str, Change]:
    return {
        "review": lambda s, i, b: lifecycle.review_template(
            s, i, _text(b, "status", required=False), _text(b, "reason", required=False)
        ),
        "category": lambda s, i, b: lifecycle.change_category(s, i, _text(b, "category")),
        "quality": lambda s, i, b: lifecycle.change_quality(s, i, _text(b, "score")),
        "phone_quality": lambda s, i, b: lifecycle.change_phone_quality(
            s,
            i,
            _text(b, "event"),
            current_limit=_text(b, "current_limit", required=False),
            quality_rating=_text(b, "quality_rating", required=False),
        ),
    }


def admin_routes(sandbox: Sandbox) -> list[Route]:
    """The admin routes of one sandbox."""
    changes = _changes()

    async def deliveries(request: Request) -> Response:
        dispatcher = sandbox.webhooks
        log = [] if dispatcher is None else [d.to_json() for d in dispatcher.deliveries()]
        return JSONResponse({"url": None if dispatcher is None else dispatcher.url, "deliveries": log})

    def change(kind: str) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            try:
                body = json.loads(await request.body() or b"{}")
            except (ValueError, UnicodeDecodeError, RecursionError):
                return _error(400, "the body must be a JSON object")
            if not isinstance(body, dict):
                return _error(400, "the body must be a JSON object")
            try:
                with sandbox.lock:
                    node = changes[kind](sandbox, request.path_params["node_id"], body)
            except LookupError as exc:
                return _error(404, str(exc))
            except ValueError as exc:
                return _error(400, str(exc))
            return JSONResponse(visible(node))

        return endpoint

    return [
        Route("/_sandbox/webhooks", deliveries, methods=["GET"]),
        Route("/_sandbox/templates/{node_id}/review", change("review"), methods=["POST"]),
        Route("/_sandbox/templates/{node_id}/category", change("category"), methods=["POST"]),
        Route("/_sandbox/templates/{node_id}/quality", change("quality"), methods=["POST"]),
        Route("/_sandbox/phone_numbers/{node_id}/quality", change("phone_quality"), methods=["POST"]),
    ]
