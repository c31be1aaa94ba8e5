"""A minimal, Graph-shaped HTTP/1.1 server on loopback, run in its own process so the client is what's timed.

It answers, from pre-serialised bytes, `GET /v24.0/<waba-id>` (the node: every field of `payloads.ACCOUNT`) and
`GET /v24.0/<waba-id>/message_templates?limit=&after=` (Graph's cursor pages with absolute `paging.next` URLs
that embed the token, ending after the account's item count), with Graph's usage headers on every answer.
Anything else gets a Graph error (100 / 190). Keep-alive, no TLS, an optional fixed latency per answer.

    python -m bench.server --account 102290129340398=10000 --latency-ms 20     # prints {"url": ...}, then serves

`ServerProcess` starts it as a child process and stops it (a context manager).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import signal
import subprocess
import sys
from collections.abc import Iterator, Mapping
from urllib.parse import parse_qs, urlsplit

from .children import child_env
from .payloads import ACCOUNT, API_VERSION, TOKEN, compact, cursor, page_of, template, usage_headers

MAX_LIMIT = 100
DEFAULT_LIMIT = 25
#: Distinct items per limit: a listing longer than this repeats the same template bodies (ids included).
DISTINCT_ITEMS = 10_000
STATIC_HEADERS = (
    "Content-Type: application/json; charset=UTF-8\r\n"
    "Vary: Origin\r\n"
    "Cache-Control: private, no-cache, no-store, must-revalidate\r\n"
    "Pragma: no-cache\r\n"
    "Expires: Sat, 01 Jan 2000 00:00:00 GMT\r\n"
    "Access-Control-Allow-Origin: *\r\n"
    "Strict-Transport-Security: max-age=15552000; preload\r\n"
    f"facebook-api-version: {API_VERSION}\r\n"
    "x-fb-rev: 1024537013\r\n"
    "x-fb-trace-id: GdB9Jt0bXkm\r\n"
    "X-FB-Debug: benchbenchbenchbenchbenchbenchbenchbenchbench==\r\n"
)


def _response(status: str, body: bytes, extra_headers: str = "") -> bytes:
    head = f"HTTP/1.1 {status}\r\n{STATIC_HEADERS}{extra_headers}Content-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def _error(status: str, code: int, message: str, subcode: int | None = None) -> bytes:
    error: dict[str, object] = {"message": message, "type": "OAuthException", "code": code, "fbtrace_id": "Abench"}
    if subcode is not None:
        error["error_subcode"] = subcode
    return _response(status, compact({"error": error}))


class GraphCatalogue:
    """The answers, serialised once: the node per account, template chunks per (limit, chunk, length)."""

    def __init__(self, base_url: str, counts: Mapping[str, int]) -> None:
        self.base_url = base_url
        self.counts = dict(counts)
        self.usage = {
            waba: "".join(f"{name}: {value}\r\n" for name, value in usage_headers(waba).items()) for waba in counts
        }
        self.nodes = {waba: _response("200 OK", compact({**ACCOUNT, "id": waba}), self.usage[waba]) for waba in counts}
        self._chunks: dict[tuple[int, int, int], bytes] = {}

    def _chunk(self, limit: int, page: int, length: int) -> bytes:
        distinct = max(1, DISTINCT_ITEMS // limit)
        key = (limit, page % distinct, length)
        chunk = self._chunks.get(key)
        if chunk is None:
            first = key[1] * limit
            chunk = self._chunks[key] = compact([template(first + i) for i in range(length)])
        return chunk

    def page(self, waba: str, query: str) -> bytes:
        """One page of the account's templates, Graph-shaped, with the usage headers."""
        params = parse_qs(query)
        try:
            limit = min(MAX_LIMIT, int(params.get("limit", [str(DEFAULT_LIMIT)])[0]))
            page = page_of(params.get("after", [""])[0])
        except ValueError:
            return _error("400 Bad Request", 100, "Invalid parameter: limit or after")
        if limit < 1:
            return _error("400 Bad Request", 100, "Invalid parameter: limit must be positive")
        total = self.counts[waba]
        start = page * limit
        length = max(0, min(limit, total - start))
        paging: dict[str, object] = {"cursors": {"before": cursor(page - 1), "after": cursor(page)}}
        edge = f"{self.base_url}/{API_VERSION}/{waba}/message_templates?access_token={TOKEN}&limit={limit}"
        if start + length < total:
            paging["next"] = f"{edge}&after={cursor(page)}"
        if page > 0:
            paging["previous"] = f"{edge}&before={cursor(page - 1)}"
        body = b'{"data":' + self._chunk(limit, page, length) + b',"paging":' + compact(paging) + b"}"
        return _response("200 OK", body, self.usage[waba])

    def answer(self, head: bytes) -> bytes:
        """The full HTTP answer to one request head."""
        method, target, _ = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ", 2)
        if TOKEN.encode() not in head:
            return _error("401 Unauthorized", 190, "Invalid OAuth access token - Cannot parse access token")
        parts = urlsplit(target)
        segments = [segment for segment in parts.path.split("/") if segment]
        if method != "GET" or len(segments) not in (2, 3) or segments[0] != API_VERSION:
            return _error("400 Bad Request", 100, f"Unsupported {method.lower()} request.", 33)
        waba = segments[1]
        if waba not in self.counts:
            return _error(
                "400 Bad Request", 100, f"Unsupported get request. Object with ID '{waba}' does not exist", 33
            )
        if len(segments) == 2:
            return self.nodes[waba]
        if segments[2] == "message_templates":
            return self.page(waba, parts.query)
        return _error("400 Bad Request", 100, f"Tried accessing nonexisting field ({segments[2]})")


class GraphProtocol(asyncio.Protocol):
    """HTTP/1.1 with keep-alive: reads request heads (and any body), writes the catalogue's answer."""

    def __init__(self, catalogue: GraphCatalogue, latency: float) -> None:
        self.catalogue = catalogue
        self.latency = latency
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head = bytes(self.buffer[:end])
            lowered = head.lower()
            length = 0
            if b"content-length:" in lowered:
                length = int(lowered.split(b"content-length:", 1)[1].split(b"\r\n", 1)[0])
            if len(self.buffer) < end + 4 + length:
                return
            del self.buffer[: end + 4 + length]
            answer = self.catalogue.answer(head)
            close = b"connection: close" in lowered
            if self.latency:
                asyncio.get_running_loop().call_later(self.latency, self._send, answer, close)
            else:
                self._send(answer, close)

    def _send(self, answer: bytes, close: bool) -> None:
        if self.transport is None or self.transport.is_closing():
            return
        self.transport.write(answer)
        if close:
            self.transport.close()


async def serve(counts: Mapping[str, int], latency_ms: float, host: str, port: int) -> None:
    """Serve until SIGTERM/SIGINT; prints `{"url": ...}` on stdout once listening."""
    loop = asyncio.get_running_loop()
    holder: list[GraphCatalogue] = []
    server = await loop.create_server(lambda: GraphProtocol(holder[0], latency_ms / 1000), host, port, backlog=1024)
    bound_port = server.sockets[0].getsockname()[1]
    base_url = f"http://{host}:{bound_port}"
    holder.append(GraphCatalogue(base_url, counts))
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    print(json.dumps({"url": base_url}), flush=True)
    async with server:
        await stop.wait()


def _account(text: str) -> tuple[str, int]:
    waba, _, count = text.partition("=")
    if not waba.isdigit() or not count.isdigit():
        raise argparse.ArgumentTypeError(f"expected <digits>=<item count>, got {text!r}")
    return waba, int(count)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Graph-shaped benchmark server (loopback).")
    parser.add_argument("--account", type=_account, action="append", required=True, help="WABA_ID=TEMPLATE_COUNT")
    parser.add_argument("--latency-ms", type=float, default=0.0, help="fixed delay before every answer")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    asyncio.run(serve(dict(args.account), args.latency_ms, args.host, args.port))
    return 0


class ServerProcess:
    """The benchmark server in a child process: `with ServerProcess({...}) as url: ...`."""

    def __init__(self, counts: Mapping[str, int], latency_ms: float = 0.0) -> None:
        self.argv = [sys.executable, "-m", "bench.server", "--latency-ms", str(latency_ms)]
        for waba, count in counts.items():
            self.argv += ["--account", f"{waba}={count}"]
        self.process: subprocess.Popen[str] | None = None

    def __enter__(self) -> str:
        self.process = subprocess.Popen(  # noqa: S603 - this interpreter, fixed module
            self.argv, stdout=subprocess.PIPE, text=True, env=child_env()
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            self.process.wait(timeout=10)
            raise RuntimeError(f"the benchmark server did not start (exit {self.process.returncode})")
        url: str = json.loads(line)["url"]
        return url

    def __exit__(self, *exc_info: object) -> None:
        if self.process is not None:
            self.process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=10)
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            if self.process.stdout is not None:
                self.process.stdout.close()


@contextlib.contextmanager
def running(counts: Mapping[str, int], latency_ms: float = 0.0) -> Iterator[str]:
    """The base URL of a benchmark server running for the duration of the block."""
    with ServerProcess(counts, latency_ms) as url:
        yield url


if __name__ == "__main__":
    raise SystemExit(main())
