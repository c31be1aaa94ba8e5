"""What goes into a cassette: Graph URLs, no secrets, no volatile headers.

Requests: the origin becomes `https://graph.facebook.com` (whether recorded against the sandbox or live), and
`Authorization`, `access_token` and `appsecret_proof` are removed from headers, query strings and bodies.
Responses: the sandbox origin becomes Graph's in bodies, tokens and proofs are removed from URLs inside bodies
(`paging.next` embeds the token), known secret values are masked, and only stable headers are kept — the
usage headers among them.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

GRAPH_ORIGIN = "https://graph.facebook.com"
SECRET_PARAMS = ("access_token", "appsecret_proof")
KEEP_RESPONSE_HEADERS = {
    "content-type",
    "x-business-use-case-usage",
    "x-app-usage",
    "facebook-api-version",
    "www-authenticate",
    "allow",
}
_SECRET_IN_URL = re.compile(r"([?&])(access_token|appsecret_proof)=[^&\"'\s\\]*(&)?")
MASK = "REDACTED"


def recorded_origin() -> str | None:
    """The origin requests go to while recording (the sandbox's), or None."""
    return os.environ.get("WABA_RECORD_BASE_URL") or None


def known_secrets() -> list[str]:
    """Secret values of this recording session (tokens, app secret)."""
    names = ("WABA_RECORD_TOKEN", "WABA_ACCESS_TOKEN", "WABA_APP_SECRET", "WABA_RECORD_EXTRA_SECRETS")
    values: list[str] = []
    for name in names:
        values += [v for v in os.environ.get(name, "").split(",") if len(v) >= 8]
    return values


def _mask(text: str) -> str:
    for secret in known_secrets():
        text = text.replace(secret, MASK)
    return text


def scrub_url(url: str) -> str:
    """Graph origin, no secret parameters."""
    origin = recorded_origin()
    if origin and url.startswith(origin):
        url = GRAPH_ORIGIN + url[len(origin) :]
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in SECRET_PARAMS]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def scrub_text(text: str) -> str:
    """A body with the sandbox origin replaced, secret URL parameters dropped and secrets masked."""
    origin = recorded_origin()
    if origin:
        text = text.replace(origin, GRAPH_ORIGIN)
    text = _SECRET_IN_URL.sub(lambda m: m.group(1) if m.group(3) else "", text)
    return _mask(text)


def _scrub_body(body: Any) -> Any:
    if not body:
        return body
    raw = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else str(body)
    try:
        decoded = json.loads(raw)
    except ValueError:
        form = parse_qsl(raw, keep_blank_values=True)
        if form and "=" in raw:
            raw = urlencode([(k, v) for k, v in form if k not in SECRET_PARAMS])
        scrubbed = scrub_text(raw)
    else:
        if isinstance(decoded, dict):
            for name in SECRET_PARAMS:
                decoded.pop(name, None)
        scrubbed = scrub_text(json.dumps(decoded, separators=(",", ":"), ensure_ascii=False))
    return scrubbed.encode() if isinstance(body, bytes) else scrubbed


def before_record_request(request: Any) -> Any:
    """VCR hook for requests (also applied to live requests before matching them on replay)."""
    request.uri = scrub_url(request.uri)
    for header in list(request.headers):
        if header.lower() != "content-type":  # credentials, cookies, host, agent and connection details go
            del request.headers[header]
    request.body = _scrub_body(request.body)
    return request


def before_record_response(response: dict[str, Any]) -> dict[str, Any]:
    """VCR hook for responses."""
    response["headers"] = {
        name: [_mask(v) for v in values]
        for name, values in response["headers"].items()
        if name.lower() in KEEP_RESPONSE_HEADERS
    }
    body = response.get("body", {}).get("string")
    if body:
        response["body"]["string"] = _scrub_body(body)
    return response
