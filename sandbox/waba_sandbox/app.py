"""The sandbox: a stateful emulator of the WABA part of the Graph API, as an ASGI app (Starlette).

`Sandbox.handle` answers one request the way Graph does — auth (bearer/OAuth header or `access_token`, and
`appsecret_proof` when the sandbox has an app secret), routing by the node an id names, parameters in every
form, field selection, paging, rate limits, errors — and is shared by HTTP requests and batch sub-requests.
`create_app` wraps it in Starlette, caps the request body (413) and adds the transport-level faults (HTML 502
pages, truncated bodies, dropped connections, slow answers).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from .config import SandboxConfig, TokenInfo
from .faults import FaultInjector
from .graph_errors import GraphError, invalid_parameter, not_found, permission_error, unknown_path
from .handlers import HANDLERS, Context
from .limits import BodyTooLargeError, body_too_large, read_body
from .logs import InjectedDropError
from .operations import Operation, operations
from .ratelimit import RateLimiter
from .safejson import loads
from .seed import seed_store
from .store import Store

VERSION = re.compile(r"^v\d+\.\d+$")
KIND_OF_PARAM = {"waba-id": "account", "template-id": "template", "business-id": "business"}


@dataclass
class Answer:
    """One answer: status, headers and JSON body (or raw bytes)."""

    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)

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


class Sandbox:
    """The emulator's state and request handling (no HTTP server involved)."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self.store: Store = seed_store(self.config)
        self.limiter = RateLimiter(self.config, self.store)
        self.faults = FaultInjector(self.config.faults, self.config.seed)
        self.operations = operations()
        self._trace = itertools.count(1)
        missing = {op for op in self.operations if op not in HANDLERS} - {"executeBatch"}
        if missing:
            raise RuntimeError(f"sandbox handlers missing for: {sorted(missing)}")

    # -- request handling ----------------------------------------------------------------------------------------

    def trace_id(self) -> str:
        """A Graph-like fbtrace_id."""
        return f"A{next(self._trace):010d}SandboxTrace"

    def error_answer(self, error: GraphError, headers: dict[str, str] | None = None) -> Answer:
        """The answer for a Graph error."""
        return Answer(error.http_status, error.body(self.trace_id()), {**(headers or {}), **error.headers})

    def handle(self, incoming: Incoming, *, batch_token: str | None = None) -> Answer:
        """Answer one request (or batch sub-request); never raises."""
        try:
            return self._handle(incoming, batch_token)
        except GraphError as error:
            return self.error_answer(error)

    def _handle(self, incoming: Incoming, batch_token: str | None) -> Answer:
        raw = _raw_params(incoming)
        token = batch_token or _token(incoming, raw)
        raw.pop("access_token", None)
        proof = raw.pop("appsecret_proof", None)
        segments = [s for s in incoming.path.strip("/").split("/") if s]
        if not segments or not VERSION.match(segments[0]):
            raise unknown_path("/".join(segments))
        version, rest = segments[0], segments[1:]
        info = self._authenticate(token, proof, check_proof=batch_token is None)
        assert token is not None
        if batch_token is None and not rest:
            if incoming.method != "POST":
                raise GraphError(
                    100, f"Unsupported {incoming.method.lower()} request.", status=405, headers={"Allow": "POST"}
                )
            return self._batch(incoming, raw, token, version)
        operation, node_id = self._route(incoming.method, rest)
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
            return self.error_answer(error, headers)
        headers["facebook-api-version"] = version
        return Answer(200, result, headers)

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
            if not VERSION.match(relative.split("/", 1)[0]):
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


def _raw_params(incoming: Incoming) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for key, value in incoming.query:
        params.setdefault(key, []).append(value)
    merged: dict[str, Any] = {k: v[0] if len(v) == 1 else v for k, v in params.items()}
    if incoming.body:
        if "json" in incoming.content_type:
            try:
                decoded = loads(incoming.body)
            except ValueError:
                raise invalid_parameter("The request body is not valid JSON") from None
            if not isinstance(decoded, dict):
                raise invalid_parameter("The request body must be a JSON object")
            merged.update(decoded)
        elif "form" in incoming.content_type or not incoming.content_type:
            for key, value in parse_qsl(incoming.body.decode("utf-8", errors="replace"), keep_blank_values=True):
                merged[key] = value
    return merged


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
            body = await read_body(request, emulator.config.max_body_bytes)
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
        return _response(emulator, answer, truncate=fault == "truncated")

    methods = ["GET", "POST", "DELETE", "PUT", "PATCH", "OPTIONS", "HEAD"]
    app = Starlette(routes=[Route("/{path:path}", endpoint, methods=methods)])
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
