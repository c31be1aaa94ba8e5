"""verify_signature: HMAC-SHA256 over the raw bytes; everything but an exact signature of the exact bytes fails."""

from __future__ import annotations

import json

import pytest

from waba.errors import InvalidSignatureError, ValidationError, WebhookError
from waba.webhooks import SIGNATURE_HEADER, signature_header, verify_signature

from .helpers import SECRET, graph_body, notification, sign

#: A body with non-ASCII text and a URL, encoded as Graph encodes it (`\u00e9`, `\/`).
BODY = graph_body(
    notification(
        (
            "message_template_components_update",
            {"message_template_id": 1, "message_template_element": "Olá José, o seu pedido está a caminho 🚚",
             "message_template_buttons": [{"message_template_button_type": "URL",
                                           "message_template_button_url": "https://example.com/t/{{1}}"}]},
        )
    )
)  # fmt: skip


def test_graphs_encoding_is_what_the_test_body_holds() -> None:
    assert b"\\u00e9" in BODY and b"\\ud83d\\ude9a" in BODY and b"https:\\/\\/" in BODY
    assert BODY.isascii()


def test_a_valid_signature_verifies() -> None:
    verify_signature(BODY, sign(BODY), SECRET)
    verify_signature(bytearray(BODY), sign(BODY).upper().replace("SHA256=", "sha256="), SECRET)
    verify_signature(memoryview(BODY), f"  {sign(BODY)}\t", SECRET)
    assert signature_header(BODY, SECRET) == sign(BODY)


@pytest.mark.parametrize(
    ("body", "header"),
    [
        pytest.param(BODY, sign(BODY, "another-apps-secret"), id="forged: another secret"),
        pytest.param(BODY, "sha256=" + "0" * 64, id="forged: zeros"),
        pytest.param(BODY.replace(b"Ol", b"Al", 1), sign(BODY), id="altered body"),
        pytest.param(BODY[:-1], sign(BODY), id="truncated body"),
        pytest.param(BODY + b"\n", sign(BODY), id="extended body"),
        pytest.param(b"", sign(BODY), id="empty body"),
    ],
)
def test_forged_altered_and_truncated_deliveries_are_rejected(body: bytes, header: str) -> None:
    with pytest.raises(InvalidSignatureError, match="does not match the body"):
        verify_signature(body, header, SECRET)


@pytest.mark.parametrize(
    "reserialise",
    [
        pytest.param(lambda b: json.dumps(json.loads(b)).encode(), id="json.dumps"),
        pytest.param(lambda b: json.dumps(json.loads(b), ensure_ascii=False).encode(), id="ensure_ascii=False"),
        pytest.param(lambda b: json.dumps(json.loads(b), separators=(",", ":")).encode(), id="compact"),
        pytest.param(
            lambda b: json.dumps(json.loads(b), separators=(",", ":"), ensure_ascii=False).encode(), id="compact utf-8"
        ),
        pytest.param(lambda b: b.decode().encode("utf-8"), id="decoded and re-encoded (identical bytes)"),
    ],
)
def test_re_serialised_bodies_are_rejected(reserialise: object) -> None:
    assert callable(reserialise)
    again = reserialise(BODY)
    if again == BODY:  # decoding ASCII and encoding it again changes nothing: it must still verify
        verify_signature(again, sign(BODY), SECRET)
        return
    assert json.loads(again) == json.loads(BODY)  # the same JSON value...
    with pytest.raises(InvalidSignatureError):  # ...but not the signed bytes
        verify_signature(again, sign(BODY), SECRET)


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (None, "has no X-Hub-Signature-256 header"),
        ("", "has no X-Hub-Signature-256 header"),
        ("   ", "has no X-Hub-Signature-256 header"),
        (sign(BODY)[len("sha256=") :], "must start with 'sha256='"),
        ("sha1=" + "a" * 40, "must start with 'sha256='"),
        (sign(BODY)[:-1], "malformed"),
        (sign(BODY) + "0", "malformed"),
        (sign(BODY)[:-1] + "g", "malformed"),
        ("sha256=", "malformed"),
        ("sha256=" + "é" * 64, "malformed"),
    ],
)
def test_unsigned_and_malformed_headers_are_rejected(header: str | None, message: str) -> None:
    with pytest.raises(InvalidSignatureError, match=message) as caught:
        verify_signature(BODY, header, SECRET)
    assert isinstance(caught.value, WebhookError)


def test_no_error_shows_the_secret_or_the_expected_signature() -> None:
    expected = sign(BODY)
    texts = []
    for header in (None, "sha1=abc", expected[:-2], sign(BODY, "wrong"), expected.upper()[:-1]):
        with pytest.raises(InvalidSignatureError) as caught:
            verify_signature(BODY + b" ", header, SECRET)
        texts += [str(caught.value), repr(caught.value)]
    joined = "\n".join(texts)
    assert SECRET not in joined
    assert expected[len("sha256=") :] not in joined and sign(BODY + b" ")[len("sha256=") :] not in joined


def test_arguments_of_the_wrong_type_are_validation_errors() -> None:
    with pytest.raises(ValidationError, match="bytes"):
        verify_signature(BODY.decode(), sign(BODY), SECRET)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="app_secret"):
        verify_signature(BODY, sign(BODY), "")
    with pytest.raises(ValidationError, match="app_secret"):
        signature_header(BODY, None)  # type: ignore[arg-type]
    with pytest.raises(InvalidSignatureError):
        verify_signature(BODY, b"sha256=00", SECRET)  # type: ignore[arg-type]


def test_the_header_name_is_graphs() -> None:
    assert SIGNATURE_HEADER == "X-Hub-Signature-256"
