"""`X-Hub-Signature-256`: HMAC-SHA256 of the raw request body, keyed by the app secret, checked in constant time."""

from __future__ import annotations

import hashlib
import hmac
import re

from ..errors import InvalidSignatureError, ValidationError

#: The header Graph signs every webhook delivery with.
SIGNATURE_HEADER = "X-Hub-Signature-256"
_PREFIX = "sha256="
_HEX_DIGEST = re.compile(r"[0-9a-fA-F]{64}")


def raw_bytes(raw_body: object) -> bytes:
    """The request body as bytes; ValidationError for text or anything else (hash the bytes as received)."""
    if isinstance(raw_body, bytes | bytearray | memoryview):
        return bytes(raw_body)
    raise ValidationError(
        f"raw_body must be the request body as received (bytes), not {type(raw_body).__name__}: decoding and "
        "re-encoding can change the bytes, and the signature is computed over the exact bytes Graph sent."
    )


def _secret(app_secret: object) -> bytes:
    if not isinstance(app_secret, str) or not app_secret:
        raise ValidationError("app_secret must be your app's secret (a non-empty string; App Dashboard > Settings).")
    return app_secret.encode()


def signature_header(raw_body: bytes, app_secret: str) -> str:
    """The `X-Hub-Signature-256` value Graph sends for `raw_body` (`sha256=<hex>`), e.g. to test a receiver.

    Raises ValidationError when `raw_body` is not bytes or `app_secret` is empty.
    """
    return _PREFIX + hmac.new(_secret(app_secret), raw_bytes(raw_body), hashlib.sha256).hexdigest()


def verify_signature(raw_body: bytes, header: str | None, app_secret: str) -> None:
    """Check that `header` (the `X-Hub-Signature-256` value, None when absent) signs `raw_body` with `app_secret`.

    Hash the body exactly as received, before any JSON parsing: Graph signs bytes in which non-ASCII characters
    are escaped (`\\u00e9`), so re-serialised JSON never matches. Raises InvalidSignatureError when the header is
    missing or malformed (it must be `sha256=` and 64 hex digits) or does not match (a forged, altered,
    truncated or re-serialised body, or another app's secret); ValidationError for arguments of the wrong type.
    """
    body = raw_bytes(raw_body)
    secret = _secret(app_secret)
    if header is None or not isinstance(header, str) or not header.strip():
        raise InvalidSignatureError(
            f"The request has no {SIGNATURE_HEADER} header: Graph signs every delivery, so this one did not come "
            "from Graph (or a proxy dropped the header). Refuse it."
        )
    value = header.strip()
    if not value.startswith(_PREFIX):
        scheme = value.partition("=")[0][:16]
        raise InvalidSignatureError(
            f"The {SIGNATURE_HEADER} header must start with 'sha256=' (found {scheme!r}): Graph signs with "
            "HMAC-SHA256. Refuse the delivery."
        )
    digest = value[len(_PREFIX) :]
    if not _HEX_DIGEST.fullmatch(digest):
        raise InvalidSignatureError(
            f"The {SIGNATURE_HEADER} header is malformed: 'sha256=' must be followed by 64 hex digits "
            f"(found {len(digest)} characters). Refuse the delivery."
        )
    expected = hmac.new(secret, body, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, bytes.fromhex(digest)):
        raise InvalidSignatureError(
            f"The {SIGNATURE_HEADER} signature does not match the body: it was forged, or the body was altered, "
            "truncated or re-serialised, or it was signed with another app's secret. Verify the raw request bytes "
            "with your app's secret; refuse the delivery."
        )
