"""Errors: classified by code, then subcode, then is_transient (from the spec's catalogue), never by status."""

from __future__ import annotations

import json

import httpx
import pytest

from waba import errors
from waba.catalogue import catalogue
from waba.errors import classify

from .helpers import WABA, Script, graph_error, make_client, usage_header

TABLE = [
    (1, None, False, errors.TransientError),
    (2, None, False, errors.TransientError),
    (3, None, False, errors.PermissionDeniedError),
    (4, None, False, errors.RateLimitError),
    (10, None, False, errors.PermissionDeniedError),
    (17, None, False, errors.RateLimitError),
    (32, None, False, errors.RateLimitError),
    (100, None, False, errors.InvalidParameterError),
    (100, 33, False, errors.NotFoundError),
    (100, 12345, False, errors.InvalidParameterError),
    (102, None, False, errors.AuthenticationError),
    (190, None, False, errors.AuthenticationError),
    (190, 458, False, errors.AuthenticationError),
    (190, 460, False, errors.AuthenticationError),
    (190, 463, False, errors.TokenExpiredError),
    (190, 467, False, errors.AuthenticationError),
    (200, None, False, errors.PermissionDeniedError),
    (230, None, False, errors.PermissionDeniedError),
    (299, None, False, errors.PermissionDeniedError),
    (341, None, False, errors.RateLimitError),
    (368, None, False, errors.PermissionDeniedError),
    (613, None, False, errors.RateLimitError),
    (803, None, False, errors.NotFoundError),
    (2500, None, False, errors.GraphQueryError),
    (80007, None, False, errors.RateLimitError),
    (80008, None, True, errors.RateLimitError),
    (130429, None, False, errors.RateLimitError),
    (131048, None, False, errors.RateLimitError),
    (131056, None, False, errors.RateLimitError),
    (200005, None, False, errors.InsightsNotAvailableError),
    (200008, None, False, errors.NoLinkedPhoneNumbersError),
    (100, 2388019, False, errors.TemplateLimitReachedError),
    (100, 2388023, False, errors.TemplateLanguageBeingDeletedError),
    (100, 2388024, False, errors.TemplateAlreadyExistsError),
    (100, 2388040, False, errors.TemplateFieldTooLongError),
    (100, 2388047, False, errors.TemplateFormatError),
    (100, 2388072, False, errors.TemplateFormatError),
    (100, 2388073, False, errors.TemplateFormatError),
    (100, 2388293, False, errors.TemplateParameterError),
    (100, 2388299, False, errors.TemplateParameterError),
    (100, 2388555, False, errors.InvalidParameterError),
    (2388073, None, False, errors.TemplateFormatError),
    (2388024, None, False, errors.TemplateAlreadyExistsError),
    (2388555, None, False, errors.TemplateCreationError),
    (999999, None, True, errors.TransientError),
    (999999, None, False, errors.GraphAPIError),
    (100, None, True, errors.InvalidParameterError),
]


@pytest.mark.parametrize(("code", "subcode", "transient", "expected"), TABLE)
def test_error_table(code: int, subcode: int | None, transient: bool, expected: type[errors.GraphAPIError]) -> None:
    assert classify(code, subcode, transient) is expected


def test_every_catalogue_family_is_an_exception_class() -> None:
    for entry in catalogue().entries:
        cls = getattr(errors, entry.exception)
        assert issubclass(cls, errors.GraphAPIError), entry
        if entry.subcode is not None and entry.subcode // 1000 == 2388:
            assert issubclass(cls, errors.TemplateCreationError), entry
            assert cls.__doc__ and str(entry.subcode) in cls.__doc__, f"{cls.__name__} documents {entry.subcode}"


def test_duplicate_template_error_leads_with_graphs_user_message() -> None:
    body = {"error": {"message": "(#100) Invalid parameter", "type": "OAuthException", "code": 100,
                      "error_subcode": 2388024, "error_user_title": "Message template already exists",
                      "error_user_msg": "There is already en_US content for this template (order_update).",
                      "fbtrace_id": "AbC"}}  # fmt: skip
    client = make_client(Script(httpx.Response(400, json=body)))
    with pytest.raises(errors.TemplateCreationError) as caught:
        client.account(WABA).message_templates.create(
            body={"name": "order_update", "language": "en_US", "category": "UTILITY"}
        )
    error = caught.value
    assert isinstance(error, errors.TemplateAlreadyExistsError)
    text = str(error)
    assert text.startswith("Message template already exists: There is already en_US content for this template")
    assert "(#100/2388024) Template already exists: Invalid parameter" in text
    assert "HTTP 400" in text and "fbtrace_id=AbC" in text and "/message_templates" in text
    assert text.endswith("Edit the existing template (POST /{template-id}), or choose another name or language.")
    assert "\n" not in text
    assert error.title == "Template already exists"


def test_str_without_user_message_names_code_title_and_what_to_do() -> None:
    client = make_client(Script(graph_error(190, 463, status=401, message="Error validating access token")))
    with pytest.raises(errors.TokenExpiredError) as caught:
        client.account(WABA).get()
    text = str(caught.value)
    assert text.startswith("(#190/463) Access token expired: Error validating access token [HTTP 401, GET ")
    assert text.endswith(
        "What to do: The access token has expired. Refresh it or issue a new one (system user tokens can be permanent)."
    )
    unknown = errors.error_from_body(400, b'{"error": {"code": 4242, "message": "odd"}}')
    assert str(unknown) == "(#4242) odd [HTTP 400]" and unknown.hint is None


@pytest.mark.parametrize("status", [400, 403, 429, 500, 503])
def test_status_does_not_decide_the_class(status: int) -> None:
    client = make_client(Script(graph_error(190, 463, status=status)), max_retries=0)
    with pytest.raises(errors.TokenExpiredError) as caught:
        client.account(WABA).get()
    assert caught.value.http_status == status


def test_raised_error_carries_every_field() -> None:
    body = {
        "error": {
            "message": "(#100) Invalid parameter",
            "type": "OAuthException",
            "code": 100,
            "error_subcode": 2388040,
            "error_user_title": "Too long",
            "error_user_msg": "The body is too long.",
            "fbtrace_id": "AbC",
            "is_transient": False,
            "error_data": {"messaging_product": "whatsapp", "details": "body > 1024"},
        }
    }
    response = httpx.Response(400, json=body, headers=usage_header(WABA, percent=55))
    client = make_client(Script(response))
    with pytest.raises(errors.TemplateCreationError) as caught:
        client.account(WABA).message_templates.create(
            body={
                "name": "x",
                "language": "en_US",
                "category": "UTILITY",
                "components": [{"type": "BODY", "text": "t"}],
            }
        )
    error = caught.value
    assert (error.code, error.subcode, error.http_status) == (100, 2388040, 400)
    assert (error.type, error.user_title, error.user_message, error.fbtrace_id) == (
        "OAuthException", "Too long", "The body is too long.", "AbC",
    )  # fmt: skip
    assert error.is_transient is False
    assert error.error_data == {"messaging_product": "whatsapp", "details": "body > 1024"}
    assert error.usage is not None and error.usage.max_percent(WABA) == 55
    assert json.loads(error.body) == body
    assert error.method == "POST" and error.url is not None and error.url.endswith("/message_templates")
    assert "(#100/2388040)" in str(error) and "fbtrace_id=AbC" in str(error)
    assert isinstance(error, errors.InvalidParameterError)


@pytest.mark.parametrize(
    ("status", "body", "content_type"),
    [
        (502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"),
        (500, b"", "application/json"),
        (520, b"origin error", "text/plain"),
        (400, b'{"error": {"message": "cut', "application/json"),
        (400, b'{"error": "not an object"}', "application/json"),
        (404, b"[]", "application/json"),
    ],
)
def test_non_graph_error_bodies_raise_unexpected_response(status: int, body: bytes, content_type: str) -> None:
    client = make_client(Script(httpx.Response(status, content=body, headers={"Content-Type": content_type})),
                         max_retries=0)  # fmt: skip
    with pytest.raises(errors.UnexpectedResponseError) as caught:
        client.account(WABA).get()
    assert caught.value.http_status == status
    assert caught.value.body == body
    expected = " ".join(body.decode().split())[:50] or "(empty body)"
    assert expected in str(caught.value)


@pytest.mark.parametrize("body", [b'{"id": "1", "na', b"", b"<html>ok</html>", b"[1, 2]", b'{"name": "no id"}'])
def test_malformed_success_bodies_raise_unexpected_response(body: bytes) -> None:
    client = make_client(Script(httpx.Response(200, content=body)))
    with pytest.raises(errors.UnexpectedResponseError) as caught:
        client.account(WABA).get()
    assert caught.value.http_status == 200


def test_connection_failures_and_timeouts_have_their_own_classes() -> None:
    client = make_client(Script(httpx.ConnectError("connection refused")), max_retries=1)
    with pytest.raises(errors.APIConnectionError) as refused:
        client.account(WABA).get()
    assert not isinstance(refused.value, errors.APITimeoutError)
    assert "2 attempt(s)" in str(refused.value)
    client = make_client(Script(httpx.ReadTimeout("read timed out")), max_retries=0)
    with pytest.raises(errors.APITimeoutError):
        client.account(WABA).get()


def test_rate_limit_error_exposes_retry_after_from_usage_header() -> None:
    answer = graph_error(80008, transient=True, headers=usage_header(WABA, regain_minutes=5, percent=100))
    client = make_client(Script(answer))
    with pytest.raises(errors.RateLimitError) as caught:
        client.account(WABA).get()
    assert caught.value.retry_after == 300
    assert "retry after 300 s" in str(caught.value)


def test_nothing_raw_escapes_for_odd_inputs() -> None:
    client = make_client(Script(httpx.Response(200, json={"data": "not a list"})))
    with pytest.raises(errors.WabaError):
        list(client.account(WABA).phone_numbers.list())
    with pytest.raises(errors.ValidationError):
        client.account(WABA).message_templates.list(status=["FOO"])
    with pytest.raises(errors.ValidationError):
        client.account(WABA).assigned_users.create(body={"user": "1", "tasks": ["NOT_A_TASK"]})
    with pytest.raises(errors.ValidationError):
        client.account(WABA).assigned_users.create(body=42)  # type: ignore[arg-type]
