"""Call and next-page URLs, parsed once: the same URL httpx would build, remembered per call, secrets stripped."""

from __future__ import annotations

import functools
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from waba import ValidationError
from waba.urls import MAX_REMEMBERED, CallURLs, next_page_url, query_value, without_secret_params

from .helpers import ROOT, WABA, Script, make_client

PARAM_VALUES = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"])),
    st.integers(),
    st.booleans(),
    st.lists(st.text(st.characters(exclude_categories=["Cs"]), max_size=5), max_size=3),
)
#: Paths as the SDK writes them: `/` and segments without `/`, `?` or `#` (ids are quoted, `client.request` refuses
#: a query or fragment in its path).
SEGMENTS = st.one_of(
    st.sampled_from([".", "..", "%", "%41", "ü", " ", "+", ":", "@"]),
    st.text(st.characters(exclude_categories=["Cs", "Cc"], exclude_characters="/?#"), min_size=1, max_size=12),
)
PATHS = st.lists(SEGMENTS, min_size=1, max_size=3).map(lambda parts: "/" + "/".join(parts))


ROOTS = (ROOT, "http://127.0.0.1:8080/v24.0/", "https://graph.example.com")


@functools.cache
def httpx_client(root: str) -> httpx.Client:
    return httpx.Client(base_url=root)


def httpx_url(root: str, path: str, params: dict[str, Any]) -> httpx.URL:
    """The URL httpx itself builds for `client.request("GET", path, params=params)`."""
    return httpx_client(root).build_request("GET", path, params=params or None).url


@pytest.mark.parametrize(
    ("path", "params"),
    [
        (f"/{WABA}", {}),
        (f"/{WABA}", {"fields": "id,name,currency,health_status"}),
        (f"/{WABA}/message_templates", {"limit": 100, "summary": True, "status": "APPROVED"}),
        (f"/{WABA}/message_templates", {"name": "café au lait & more", "after": "QVFIUm=="}),
        (f"/{WABA}/message_templates", {"language": ["en_US", "pt_BR"], "x": ""}),
        (f"/{WABA}/analytics", {"filtering": '[{"field":"x","operator":"IN","value":["1"]}]'}),
        ("/100%/ü ber", {"q": "50% off+more"}),
    ],
)
def test_the_call_url_is_the_one_httpx_builds(path: str, params: dict[str, Any]) -> None:
    assert CallURLs(httpx.URL(ROOT)).url(path, params) == httpx_url(ROOT, path, params)


@settings(deadline=None, derandomize=True)
@given(path=PATHS, params=st.dictionaries(st.text(min_size=1, max_size=8), PARAM_VALUES, max_size=4))
def test_any_call_url_is_the_one_httpx_builds(path: str, params: dict[str, Any]) -> None:
    for root in ROOTS:
        assert str(CallURLs(httpx.URL(root)).url(path, params)) == str(httpx_url(root, path, params))


def test_a_call_made_again_reuses_its_url_and_memory_stays_bounded() -> None:
    urls = CallURLs(httpx.URL(ROOT))
    first = urls.url(f"/{WABA}", {"fields": "id,name"})
    assert urls.url(f"/{WABA}", {"fields": "id,name"}) is first
    assert urls.url(f"/{WABA}", {"fields": "id"}) is not first
    listed = urls.url(f"/{WABA}", {"language": ["en_US"]})  # not hashable: built every time, still right
    assert listed == httpx_url(ROOT, f"/{WABA}", {"language": ["en_US"]})
    for index in range(3 * MAX_REMEMBERED):
        urls.url(f"/{index}", {})
    assert len(urls._remembered) <= MAX_REMEMBERED


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://h/v/1/t?access_token=EAAx&limit=25&after=QQ%3D%3D", "https://h/v/1/t?limit=25&after=QQ%3D%3D"),
        ("https://h/v/1/t?limit=25&ACCESS_TOKEN=EAAx", "https://h/v/1/t?limit=25"),
        ("https://h/v/1/t?access%5Ftoken=EAAx&appsecret_proof=ab&client_secret=c", "https://h/v/1/t"),
        ("https://h/v/1/t?limit=25#frag", "https://h/v/1/t?limit=25#frag"),
        ("https://h/v/1/t", "https://h/v/1/t"),
        ("https://h/v/1/t?my_access_token=1", "https://h/v/1/t?my_access_token=1"),
    ],
)
def test_next_page_urls_lose_their_secrets_and_keep_the_rest_as_written(url: str, expected: str) -> None:
    assert without_secret_params(url) == expected
    assert next_page_url(url) == httpx.URL(expected)


def test_query_value_reads_the_decoded_value() -> None:
    assert query_value("https://h/p?limit=25&after=QQ%3D%3D&after=2", "after") == "QQ=="
    assert query_value("https://h/p?limit=25#after=1", "after") is None
    assert query_value("not a url", "after") is None


def test_a_url_httpx_cannot_send_is_a_validation_error_before_any_request() -> None:
    script = Script(httpx.Response(200, json={"id": WABA}))
    client = make_client(script)
    with pytest.raises(ValidationError, match="cannot be sent"):
        client.account(WABA).get(fields=["a" * 70_000])
    with pytest.raises(ValidationError, match="cannot be sent"):
        client.request("GET", f"/{WABA}/" + "b" * 70_000)
    assert script.requests == []
