"""The built site in a real browser: Debian's Chromium, headless, driven by Playwright, from a loopback server.

Navigates as a reader would — home → HTTP API → an operation → the error catalogue, and the search box — and
saves screenshots under build/docs/screenshots/. Every request the browser makes must go to the loopback
server: anything else is blocked and fails the test.
"""

from __future__ import annotations

import functools
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route, sync_playwright

from .conftest import ROOT, BuiltSite

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "build" / "docs" / "screenshots"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site_url(built_site: BuiltSite) -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(built_site.root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium (never a downloaded build); Playwright gives each launch a fresh temporary profile."""
    assert CHROMIUM.is_file(), f"{CHROMIUM} is missing: `make chromium` installs Debian's chromium package"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        yield launched
        launched.close()


class Visit:
    """A page of the browser with every request recorded and anything not for the loopback server blocked."""

    def __init__(self, browser: Browser) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000})
        self.page: Page = self.context.new_page()
        self.local: list[str] = []
        self.blocked: list[str] = []
        self.console_errors: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("console", lambda message: message.type == "error" and self.console_errors.append(message.text))
        self.page.on("pageerror", lambda error: self.console_errors.append(str(error)))

    def _route(self, route: Route) -> None:
        url = route.request.url
        if urlsplit(url).hostname == "127.0.0.1":
            self.local.append(url)
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser: Browser) -> Iterator[Visit]:
    opened = Visit(browser)
    yield opened
    opened.close()


def screenshot(page: Page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    page.screenshot(path=str(path))
    assert path.stat().st_size > 10_000  # a rendered page, not a blank image
    return path


def test_a_reader_finds_an_operation_and_its_errors(site_url: str, visit: Visit) -> None:
    page = visit.page
    page.goto(f"{site_url}/index.html")
    page.get_by_role("link", name="HTTP API", exact=True).first.click()
    page.wait_for_url("**/api/index.html")
    page.get_by_role("link", name="List message templates", exact=True).first.click()
    page.wait_for_url("**/api/operations/listMessageTemplates.html")
    page.wait_for_load_state("networkidle")

    assert page.locator("h1").inner_text().rstrip("¶") == "List message templates"
    assert page.locator("code.waba-path").inner_text() == "/{waba-id}/message_templates"
    assert page.locator(".waba-method--get").inner_text() == "GET"
    category = page.locator("tr", has=page.locator("td:first-child code", has_text="category"))
    assert category.count() == 1
    assert '["MARKETING","UTILITY"]' in category.inner_text()
    assert category.get_by_role("link", name="TemplateCategory").is_visible()
    assert (
        page.locator(".admonition", has_text="Required permissions").inner_text().count("whatsapp_business_management")
    )
    example = page.locator("pre", has_text='"order_update"').first
    example.scroll_into_view_if_needed()
    assert example.is_visible()
    assert "message_templates" in page.locator("pre", has_text="curl").first.inner_text()
    page.evaluate("window.scrollTo(0, 0)")
    screenshot(page, "listMessageTemplates.png")

    page.get_by_role("link", name="190/463").first.click()
    page.wait_for_url("**/api/errors.html#error-190-463")
    assert page.locator("h1").inner_text().rstrip("¶") == "Error catalogue"
    headers = page.locator("table thead th").all_inner_texts()
    assert headers == ["Code/subcode", "Title", "Meaning and what to do", "Retry?", "SDK exception"]
    expired = page.locator("tr", has=page.locator("#error-190-463"))
    assert expired.is_visible()
    assert "TokenExpiredError" in expired.inner_text()
    throttled = page.locator("tr", has=page.locator("#error-80008"))
    assert "RateLimitError" in throttled.inner_text()
    assert "once the budget is back" in throttled.inner_text()
    assert page.locator("table tbody tr").count() >= 30
    screenshot(page, "error-catalogue.png")

    throttled.get_by_role("link", name="RateLimitError").click()
    page.wait_for_url("**/python/errors.html#waba.errors.RateLimitError")
    assert page.locator('[id="waba.errors.RateLimitError"]').is_visible()

    assert visit.blocked == [], f"the site tried to load from other hosts: {visit.blocked}"
    assert any(url.endswith(".woff2") for url in visit.local)  # the bundled fonts were used
    assert any("/assets/javascripts/bundle." in url for url in visit.local)
    assert visit.console_errors == []


def test_search_works_offline(site_url: str, visit: Visit) -> None:
    page = visit.page
    page.goto(f"{site_url}/guides/quickstart.html")
    page.locator("input.md-search__input").fill("appsecret_proof")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=15_000)
    assert "appsecret_proof" in page.locator(".md-search-result").inner_text()
    screenshot(page, "search.png")
    assert visit.blocked == []
    assert visit.console_errors == []


def test_chromium_is_debians(browser: Browser) -> None:
    assert shutil.which("chromium") == str(CHROMIUM)
    assert browser.version.split(".")[0].isdigit()
