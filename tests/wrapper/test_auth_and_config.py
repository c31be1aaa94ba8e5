"""Auth and settings: bearer header, appsecret_proof, https-only base URLs, env defaults."""

from __future__ import annotations

import hashlib
import hmac

import httpx
import pytest

from waba import AsyncWabaClient, ConfigurationError, WabaClient
from waba.auth import Credentials, appsecret_proof

from .helpers import SECRET, TOKEN, WABA, Script, make_client

OK = httpx.Response(200, json={"id": WABA})


def test_appsecret_proof_is_hex_hmac_sha256_of_the_token() -> None:
    # RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    assert appsecret_proof("what do ya want for nothing?", "Jefe") == (
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    )


def test_every_request_carries_bearer_token_and_proof_never_the_token_in_the_url() -> None:
    script = Script(OK, httpx.Response(200, json={"success": True}))
    client = make_client(script, app_secret=SECRET)
    client.account(WABA).get(fields=["id"])
    client.account(WABA).subscribed_apps.create()
    expected = hmac.new(SECRET.encode(), TOKEN.encode(), hashlib.sha256).hexdigest()
    for request in script.requests:
        assert request.headers["Authorization"] == f"Bearer {TOKEN}"
        assert request.url.params["appsecret_proof"] == expected
        assert TOKEN not in str(request.url)
        assert "access_token" not in str(request.url)


def test_no_proof_without_app_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WABA_APP_SECRET", raising=False)
    script = Script(OK)
    make_client(script).account(WABA).get()
    assert "appsecret_proof" not in script.requests[0].url.params


def test_auth_only_goes_to_the_api_origin() -> None:
    credentials = Credentials(TOKEN, SECRET, httpx.URL("https://graph.facebook.com/v24.0"))
    foreign = credentials.apply(httpx.Request("GET", "https://evil.example.com/v24.0/1"))
    assert "Authorization" not in foreign.headers
    assert "appsecret_proof" not in foreign.url.params
    other_port = credentials.apply(httpx.Request("GET", "https://graph.facebook.com:8443/v24.0/1"))
    assert "Authorization" not in other_port.headers
    assert TOKEN not in repr(credentials)


def test_credentials_go_on_the_copy_sent_never_on_the_request_httpx_logs_and_returns() -> None:
    request = httpx.Request("GET", "https://graph.facebook.com/v24.0/1?fields=id")
    sent = Credentials(TOKEN, SECRET, httpx.URL("https://graph.facebook.com/v24.0")).apply(request)
    assert sent.headers["Authorization"] == f"Bearer {TOKEN}" and "appsecret_proof" in sent.url.params
    assert "Authorization" not in request.headers and "appsecret_proof" not in request.url.params
    script = Script(OK)
    with make_client(script, app_secret=SECRET) as client:
        response = client._http.get(f"/{WABA}")
    assert "appsecret_proof" in script.requests[0].url.params
    assert "appsecret_proof" not in response.request.url.params and "Authorization" not in response.request.headers


@pytest.mark.parametrize(
    "base_url",
    ["http://graph.facebook.com", "http://10.0.0.5:8080", "ftp://graph.facebook.com", "not a url", "https://"],
)
def test_insecure_or_invalid_base_urls_are_refused(base_url: str) -> None:
    with pytest.raises(ConfigurationError):
        WabaClient(access_token=TOKEN, base_url=base_url)


@pytest.mark.parametrize("base_url", ["http://127.0.0.1:8000", "http://localhost:9", "http://[::1]:80", "https://x.y"])
def test_https_or_loopback_base_urls_are_accepted(base_url: str) -> None:
    client = WabaClient(access_token=TOKEN, base_url=base_url)
    assert client.api_root.endswith("/v24.0")
    client.close()


def test_token_and_base_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WABA_ACCESS_TOKEN", TOKEN)
    monkeypatch.setenv("WABA_BASE_URL", "http://127.0.0.1:1234")
    client = WabaClient(api_version="v23.0")
    assert client.api_root == "http://127.0.0.1:1234/v23.0"
    monkeypatch.delenv("WABA_ACCESS_TOKEN")
    with pytest.raises(ConfigurationError, match="WABA_ACCESS_TOKEN"):
        WabaClient()
    with pytest.raises(ConfigurationError, match="whitespace"):
        WabaClient(access_token="EAA abc")


@pytest.mark.parametrize("version", ["24.0", "v24", "latest"])
def test_bad_api_versions_are_refused(version: str) -> None:
    with pytest.raises(ConfigurationError, match="api_version"):
        WabaClient(access_token=TOKEN, api_version=version)


def test_timeout_is_finite_by_default_and_validated() -> None:
    client = WabaClient(access_token=TOKEN)
    assert client._settings.timeout.read == 30.0 and client._settings.timeout.connect == 10.0
    with pytest.raises(ConfigurationError):
        WabaClient(access_token=TOKEN, timeout=0)


def test_clients_close_and_work_as_context_managers() -> None:
    with make_client(Script(OK)) as client:
        client.account(WABA).get()
    assert client._http.is_closed


async def test_async_client_context_manager() -> None:
    async with AsyncWabaClient(access_token=TOKEN, transport=httpx.MockTransport(Script(OK))) as client:
        assert (await client.account(WABA).get()).id == WABA
    assert client._http.is_closed
