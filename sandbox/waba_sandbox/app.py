"""The sandbox: a stateful emulator of the WABA part of the Graph API, as an ASGI app (Starlette).

`Sandbox.handle` answers one request the way Graph does — auth (bearer/OAuth header or `access_token`, and
`appsecret_proof` when the sandbox has an app secret), routing by the node an id names, parameters in every
form, field selection, paging, rate limits, errors — and is shared by HTTP requests and batch sub-requests.
`create_app` wraps it in Starlette, caps the request body (413) and adds the transport-level faults (HTML 502
pages, truncated bodies, dropped connections, slow answers) and the sandbox's own admin endpoints under
`/_sandbox/` (`admin`). State changes send webhook deliveries through `Sandbox.notify` (`lifecycle`, `delivery`).
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import hmac
import itertools
import json
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from .admin import admin_routes
from .config import SandboxConfig, TokenInfo
from .delivery import Attempt, Delivery, WebhookDispatcher
from .faults import FaultInjector
from .graph_errors import GraphError, invalid_parameter, not_found, permission_error, unknown_path
from .handlers import HANDLERS, Context
from .limits import BodyTooLargeError, body_too_large, read_capped_body
from .logs import InjectedDropError
from .operations import Operation, operations
from .params import method_override, read_body, read_pairs, suppresses_http_code
from .ratelimit import RateLimiter
from .scheduler import Scheduler
from .seed import seed_store
from .store import Store
from .versions import is_version, split_version

KIND_OF_PARAM = {"waba-id": "account", "template-id": "template", "business-id": "business"}
RECEIVED_LOG_SIZE = 1000


@dataclass
class Answer:
    """One answer: status, headers and JSON body (or raw bytes)."""

    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
    operation_id: str | None = None  # the spec operation the request was routed to, when it got that far

    def content(self) -> bytes:
        """The body as bytes."""
        if isinstance(self.body, bytes):
            return self.body
        text = json.dumps(self.body, separators=(",", ":"), ensure_ascii=False)
        try:
            return text.encode()
        except UnicodeEncodeError:  # a lone surrogate from a hostile JSON string: escape it, as JSON allows
            return json.dumps(self.body, separators=(",", ":")).encode()


@dataclass
class Incoming:
    """A request, reduced to what Graph looks at."""

    method: str
    path: str
    query: list[tuple[str, str]]
    body: bytes = b""
    content_type: str = ""
    authorization: str | None = None
    origin: str = "https://graph.facebook.com"


@dataclass(frozen=True)
class Received:
    """An HTTP request as it reached the sandbox, for tests that check what a client put on the wire."""

    method: str
    path: str  # as sent, e.g. `/v24.0/1627019861106475/`
    raw_query: str  # as sent, percent-encoded
    query: list[tuple[str, str]]  # decoded, in order
    operation_id: str | None  # the spec operation it was routed to (None: rejected before routing, or a fault)
    status: int


class Sandbox:
    """The emulator's state and request handling (no HTTP server involved).

    `received` holds the last 1,000 HTTP requests (`Received`), oldest first.
    """

    def __init__(
        self, config: SandboxConfig | None = None, *, report: Callable[[Delivery, Attempt], None] | None = None
    ) -> None:
        self.config = config or SandboxConfig()
        self.store: Store = seed_store(self.config)
        self.limiter = RateLimiter(self.config, self.store)
        self.faults = FaultInjector(self.config.faults, self.config.seed)
        self.operations = operations()
        self._trace = itertools.count(1)
        #: Held while the state is read or changed: by requests, and by jobs of the scheduler's thread.
        self.lock = threading.RLock()
        self.scheduler = Scheduler()
        self.webhooks: WebhookDispatcher | None = None
        if self.config.webhook_url is not None and self.config.app_secret is not None:
            self.webhooks = WebhookDispatcher(
                self.config.webhook_url,
                self.config.app_secret,
                self.scheduler,
                clock=self.config.clock,
                retry_delays=self.config.webhook_retry_delays,
                timeout=self.config.webhook_timeout,
                report=report,
            )
        self.received: deque[Received] = deque(maxlen=RECEIVED_LOG_SIZE)
        missing = {op for op in self.operations if op not in HANDLERS} - {"executeBatch"}
        if missing:
            raise RuntimeError(f"sandbox handlers missing for: {sorted(missing)}")

    def notify(self, waba_id: str, field: str, value: Any) -> None:
        """Send a webhook notification of one change (when a webhook URL is configured)."""
        if self.webhooks is not None:
            self.webhooks.notify(waba_id, field, value)

    def close(self) -> None:
        """Stop the scheduler: pending deliveries and reviews are dropped."""
        self.scheduler.stop()

    # -- request handling ----------------------------------------------------------------------------------------

    def trace_id(self) -> str:
        """A Graph-like fbtrace_id."""
        return f"A{next(self._trace):010d}SandboxTrace"

    def error_answer(self, error: GraphError, headers: dict[str, str] | None = None) -> Answer:
        """The answer for a Graph error."""
        return Answer(error.http_status, error.body(self.trace_id()), {**(headers or {}), **error.headers})

    def handle(self, incoming: Incoming, *, batch_token: str | None = None) -> Answer:
        """Answer one request (or batch sub-request); never raises.

        The path's version decides `facebook-api-version` (see `versions`); `suppress_http_code=1` turns any
        answer into HTTP 200 with the same body, as on Graph.
        """
        version, rest = split_version([s for s in incoming.path.strip("/").split("/") if s])
        suppress = suppresses_http_code({k: v for k, v in incoming.query if k == "suppress_http_code"})
        with self.lock:
            try:
                raw: dict[str, Any] = read_pairs(incoming.query)
                raw.update(read_body(incoming.body, incoming.content_type))
                suppress = suppresses_http_code(raw)
                answer = self._handle(incoming, raw, version, rest, batch_token)
            except GraphError as error:
                answer = self.error_answer(error)
        answer.headers.setdefault("facebook-api-version", version)
        return dataclasses.replace(answer, status=200) if suppress else answer

    def _handle(
        self, incoming: Incoming, raw: dict[str, Any], version: str, rest: list[str], batch_token: str | None
    ) -> Answer:
        token = batch_token or _token(incoming, raw)
        raw.pop("access_token", None)
        proof = raw.pop("appsecret_proof", None)
        method = method_override(incoming.method, raw)
        info = self._authenticate(token, proof, check_proof=batch_token is None)
        assert token is not None
        if batch_token is None and not rest:
            if method != "POST":
                raise GraphError(100, f"Unsupported {method.lower()} request.", status=405, headers={"Allow": "POST"})
            return self._batch(incoming, raw, token, version)
        operation, node_id = self._route(method, rest)
        for permission in operation.permissions:
            if permission not in info.permissions:
                raise permission_error(permission)
        waba_id = self._waba_scope(operation, node_id)
        headers = self.limiter.charge(waba_id)
        try:
            params, body = operation.read(raw)
            context = Context(self, operation, node_id, params, body, version, incoming.origin, token, incoming.query)
            result = HANDLERS[operation.operation_id](context)
        except GraphError as error:
            answer = self.error_answer(error, headers)
            answer.operation_id = operation.operation_id
            return answer
        headers["facebook-api-version"] = version
        return Answer(200, result, headers, operation.operation_id)

    def _authenticate(self, token: str | None, proof: str | None, *, check_proof: bool) -> TokenInfo:
        if not token:
            raise GraphError(104, "An access token is required to request this resource.")
        info = self.config.tokens.get(token)
        if info is None:
            raise GraphError(190, "Invalid OAuth access token - Cannot parse access token")
        if info.expired:
            raise GraphError(
                190,
                "Error validating access token: Session has expired on Tuesday, 01-Jul-25 10:00:00 PDT. The current "
                "time is Wednesday, 02-Jul-25 10:00:00 PDT.",
                subcode=463,
            )
        if self.config.app_secret is not None and check_proof:
            if not proof:
                raise invalid_parameter("API calls from the server require an appsecret_proof argument")
            expected = hmac.new(self.config.app_secret.encode(), token.encode(), hashlib.sha256).hexdigest()
            if not hmac.compare_digest(expected, proof):
                raise invalid_parameter("Invalid appsecret_proof provided in the API argument")
        return info

    def _route(self, method: str, rest: list[str]) -> tuple[Operation, str | None]:
        path = "/" + "/".join(rest)
        candidates = [op for op in self.operations.values() if op.pattern.match(path)]
        if not candidates:
            if rest and rest[0].isdigit() and self.store.kind_of(rest[0]) is None:
                raise not_found(rest[0], method)
            if rest and not rest[0].isdigit():
                raise GraphError(803, f"(#803) Some of the aliases you requested do not exist: {rest[0]}", status=404)
            raise unknown_path("/".join(rest[1:]) or "/".join(rest))
        node_id = rest[0] if rest else None
        if node_id is not None and not node_id.isdigit():
            raise GraphError(803, f"(#803) Some of the aliases you requested do not exist: {node_id}", status=404)
        kind = self.store.kind_of(node_id) if node_id else None
        if node_id is not None and kind is None:
            raise not_found(node_id, method)
        of_kind = [op for op in candidates if not op.path_params or KIND_OF_PARAM[op.path_params[0]] == kind]
        if not of_kind:
            schema = {"account": "WhatsAppBusinessAccount", "template": "MessageTemplate", "business": "Business"}
            edge = rest[1] if len(rest) > 1 else rest[0]
            raise invalid_parameter(f"Tried accessing nonexisting field ({edge}) on node type ({schema[str(kind)]})")
        for operation in of_kind:
            if operation.method == method:
                return operation, node_id
        allowed = ", ".join(sorted({op.method for op in of_kind}))
        raise GraphError(100, f"Unsupported {method.lower()} request.", status=405, headers={"Allow": allowed})

    def _waba_scope(self, operation: Operation, node_id: str | None) -> str | None:
        if node_id is None:
            return None
        if operation.path_params and operation.path_params[0] == "waba-id":
            return node_id
        if operation.path_params and operation.path_params[0] == "template-id":
            return self.store.template_owner.get(node_id)
        return None

    # -- batch -----------------------------------------------------------------------------------------------------

    def _batch(self, incoming: Incoming, raw: dict[str, Any], token: str, version: str) -> Answer:
        _, body = self.operations["executeBatch"].read(raw)
        assert body is not None
        batch: list[dict[str, Any]] = body["batch"]
        include_headers = body.get("include_headers", True)
        answers: list[Any] = []
        for item in batch:
            if self.faults.unprocessed():
                answers.append(None)
                continue
            relative = str(item["relative_url"]).lstrip("/")
            if not is_version(relative.split("/", 1)[0]):
                relative = f"{version}/{relative}"
            split = urlsplit("/" + relative)
            sub = Incoming(
                method=str(item["method"]).upper(),
                path=split.path,
                query=parse_qsl(split.query, keep_blank_values=True),
                body=str(item.get("body", "")).encode("utf-8", "surrogatepass"),
                content_type="application/x-www-form-urlencoded",
                origin=incoming.origin,
            )
            answer = self.handle(sub, batch_token=token)
            entry: dict[str, Any] = {"code": answer.status, "body": answer.content().decode()}
            if include_headers:
                entry["headers"] = [{"name": k, "value": v} for k, v in answer.headers.items()]
            answers.append(entry)
        return Answer(200, answers, {"facebook-api-version": version})


def _token(incoming: Incoming, raw: dict[str, Any]) -> str | None:
    if incoming.authorization:
        scheme, _, value = incoming.authorization.partition(" ")
        if scheme.lower() in ("bearer", "oauth") and value.strip():
            return value.strip()
    token = raw.get("access_token")
    return str(token) if token else None


# -- HTTP ------------------------------------------------------------------------------------------------------------

HTML_502 = (
    b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>"
    b"<p>The upstream server did not answer.</p></body></html>"
)


def create_app(config: SandboxConfig | None = None, sandbox: Sandbox | None = None) -> Starlette:
    """The sandbox as an ASGI app."""
    emulator = sandbox or Sandbox(config)

    async def endpoint(request: Request) -> Response:
        try:  # read before any fault: a slow answer's client may be gone by the time it is written
            body = await read_capped_body(request, emulator.config.max_body_bytes)
        except BodyTooLargeError:
            return _response(emulator, emulator.error_answer(body_too_large(emulator.config.max_body_bytes)))
        except ClientDisconnect:
            return Response(status_code=499)  # nobody is listening any more; uvicorn writes nothing
        fault = emulator.faults.draw()
        if fault == "slow":
            await asyncio.sleep(emulator.faults.rates.slow_seconds)
        if fault == "html_502":
            return Response(HTML_502, status_code=502, media_type="text/html")
        if fault == "dropped":
            return _DroppedResponse()
        if fault in ("transient", "throttle"):
            answer = _injected(emulator, fault, request.url.path)
        else:
            incoming = Incoming(
                method=request.method,
                path=request.url.path,
                query=list(request.query_params.multi_items()),
                body=body,
                content_type=request.headers.get("content-type", ""),
                authorization=request.headers.get("authorization"),
                origin=f"{request.url.scheme}://{request.url.netloc}",
            )
            answer = emulator.handle(incoming)
        query = list(request.query_params.multi_items())
        emulator.received.append(
            Received(request.method, request.url.path, request.url.query, query, answer.operation_id, answer.status)
        )
        return _response(emulator, answer, truncate=fault == "truncated")

    methods = ["GET", "POST", "DELETE", "PUT", "PATCH", "OPTIONS", "HEAD"]
    app = Starlette(routes=[*admin_routes(emulator), Route("/{path:path}", endpoint, methods=methods)])
    app.state.sandbox = emulator
    return app


def _response(emulator: Sandbox, answer: Answer, *, truncate: bool = False) -> Response:
    content = answer.content()
    if truncate and answer.status == 200:
        content = content[: max(1, len(content) // 2)]
    headers = {**answer.headers, "x-fb-trace-id": emulator.trace_id(), "x-fb-request-id": emulator.trace_id()}
    return Response(content, status_code=answer.status, headers=headers, media_type="application/json")


def _injected(emulator: Sandbox, fault: str, path: str) -> Answer:
    segments = [s for s in path.strip("/").split("/") if s]
    node = segments[1] if len(segments) > 1 else None
    waba = node if node in emulator.store.accounts else emulator.store.template_owner.get(node or "")
    if fault == "throttle":
        error = GraphError(
            80008,
            "(#80008) There have been too many calls to this WhatsApp Business account. Wait a bit and try again.",
            is_transient=True,
        )
        regain = emulator.faults.rates.throttle_regain_minutes
        return emulator.error_answer(error, emulator.limiter.throttled_headers(waba, regain))
    code = emulator.faults.transient_code()
    message = "An unknown error occurred" if code == 1 else "An unexpected error has occurred. Please retry later."
    return emulator.error_answer(GraphError(code, message, is_transient=True))


class _DroppedResponse(Response):
    """Announces a body, sends part of it, and drops the connection: the client sees it close mid-answer. The
    server logs no traceback for it (`waba_sandbox.logs.InjectedFaultFilter`)."""

    def __init__(self) -> None:
        super().__init__(b"")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")],
            }
        )
        await send({"type": "http.response.body", "body": b'{"data": [', "more_body": True})
        raise InjectedDropError("injected fault: connection dropped")  # uvicorn closes the connection
