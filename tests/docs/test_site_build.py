"""The built site: every page there, nothing loaded from another host, strict mode, a planted spec's webhooks."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
import yaml

from .conftest import ROOT, BuiltSite, run_build

PLANTED = Path(__file__).parent / "fixtures" / "planted.yaml"
GUIDES = [
    "quickstart",
    "auth",
    "pagination",
    "errors-and-retries",
    "rate-limits",
    "batch",
    "sandbox",
    "cassettes",
    "cli",
]
# Attributes that make a browser fetch something (an <a href> is a link the reader may follow, not a load).
LOADING = {
    "script": ("src",),
    "link": ("href",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "iframe": ("src",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "embed": ("src",),
    "object": ("data",),
}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")


class LoadedResources(HTMLParser):
    """Collects every URL a page makes the browser load, and inline `style` urls."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in LOADING.get(tag, ()):
                self.urls += [part.split()[0] for part in value.split(",")] if name == "srcset" else [value]
            if name == "style":
                self.urls += [m[0] or m[1] for m in CSS_URL.findall(value)]


def is_remote(url: str) -> bool:
    return url.startswith("//") or urlsplit(url).scheme not in ("", "data")


def test_the_site_has_every_guide_operation_schema_and_python_page(spec: dict[str, Any], built_site: BuiltSite) -> None:
    site = built_site.root
    assert re.search(r"docs: \d+ HTML pages built in [\d.]+ s", built_site.output)
    for guide in GUIDES:
        assert (site / "guides" / f"{guide}.html").is_file()
    methods = ("get", "post", "put", "delete", "patch")
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method in methods:
                assert (site / "api" / "operations" / f"{operation['operationId']}.html").is_file()
    assert len(list((site / "api" / "schemas").glob("*.html"))) == len(spec["components"]["schemas"]) + 1
    client = (site / "python" / "client.html").read_text(encoding="utf-8")
    assert 'id="waba.WabaClient"' in client
    assert 'id="waba.AsyncWabaClient.with_options"' in client
    errors = (site / "api" / "errors.html").read_text(encoding="utf-8")
    assert 'href="../python/errors.html#waba.errors.RateLimitError"' in errors  # catalogue → API reference


def test_the_site_loads_nothing_from_another_host(built_site: BuiltSite) -> None:
    site = built_site.root
    pages = list(site.rglob("*.html"))
    checked = 0
    for page in pages:
        parser = LoadedResources()
        parser.feed(page.read_text(encoding="utf-8"))
        for url in parser.urls:
            assert not is_remote(url), f"{page.relative_to(site)} loads {url}"
            if url.startswith("data:"):
                continue
            path = unquote(urlsplit(url).path)
            base = site if path.startswith("/") else page.parent  # 404.html uses root-relative URLs
            target = (base / path.lstrip("/")).resolve()
            assert target.is_file(), f"{page.relative_to(site)} loads {url}, which the site does not have"
            checked += 1
    for stylesheet in site.rglob("*.css"):
        for match in CSS_URL.findall(stylesheet.read_text(encoding="utf-8")):
            url = match[0] or match[1]
            assert not is_remote(url), f"{stylesheet.relative_to(site)} loads {url}"
    fonts = (site / "assets" / "fonts" / "fonts.css").read_text(encoding="utf-8")
    woff2 = re.findall(r"url\((files/[^)]+\.woff2)\)", fonts)
    assert woff2
    assert all((site / "assets" / "fonts" / name).is_file() for name in woff2)
    assert checked > len(pages)  # every page loads several local scripts and stylesheets


def planted_site(tmp_path: Path, pages: dict[str, str], nav: list[Any]) -> Path:
    """A small site configured like the real one (theme, extensions, hooks, mkdocstrings), with its own pages."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    docs = tmp_path / "pages"
    for name, text in {**pages, "assets/waba.css": (ROOT / "docs/site/assets/waba.css").read_text()}.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")
    python = config["plugins"][1]["mkdocstrings"]["handlers"]["python"]
    python["paths"] = [str(ROOT / path) for path in python["paths"]]
    config.update(
        docs_dir=str(docs), site_dir=str(tmp_path / "site"), hooks=[str(ROOT / "scripts/mkdocs_hooks.py")], nav=nav
    )
    path = tmp_path / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


ERRORS_REFERENCE = "# Errors\n\n::: waba.errors\n    options:\n      show_root_heading: false\n"
PLANTED_NAV = [{"Home": "index.md"}, {"Errors": "errors.md"}, {"HTTP API": "api/index.md"}]


def test_a_planted_spec_with_webhooks_builds_and_renders_them(tmp_path: Path) -> None:
    config = planted_site(tmp_path, {"index.md": "# Planted\n", "errors.md": ERRORS_REFERENCE}, PLANTED_NAV)
    result = run_build("--config", str(config), env={"WABA_DOCS_SPEC": str(PLANTED)})
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "site" / "api" / "webhooks" / "thing_changed.html").read_text(encoding="utf-8")
    assert "A thing changed" in page
    assert "A thing was renamed" in page  # the example's tab
    assert "thing_changed" in (tmp_path / "site" / "api" / "webhooks" / "index.html").read_text(encoding="utf-8")
    errors = (tmp_path / "site" / "api" / "errors.html").read_text(encoding="utf-8")
    assert 'href="../errors.html#waba.errors.RateLimitError"' in errors


def test_strict_mode_fails_on_a_broken_link_anchor_or_reference(tmp_path: Path) -> None:
    spec = yaml.safe_load(PLANTED.read_text(encoding="utf-8"))
    spec["x-graph-error-catalogue"][0]["exception"] = "NoSuchError"  # not a class of waba.errors
    planted_spec = tmp_path / "spec.yaml"
    planted_spec.write_text(yaml.safe_dump(spec), encoding="utf-8")
    index = "# Planted\n\n[gone](missing.md) and [no anchor](errors.md#no-such-heading)\n"
    config = planted_site(tmp_path, {"index.md": index, "errors.md": ERRORS_REFERENCE}, PLANTED_NAV)
    result = run_build("--config", str(config), env={"WABA_DOCS_SPEC": str(planted_spec)})
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "contains a link 'missing.md'" in output
    assert "does not contain an anchor '#no-such-heading'" in output
    assert "waba.errors.NoSuchError" in output
    assert "Aborted with 3 warnings in strict mode" in output
    shutil.rmtree(tmp_path / "site", ignore_errors=True)


@pytest.mark.parametrize(
    ("spec_text", "message"),
    [
        ("openapi: 3.1.0\npaths: {/x: {get: {responses: {}}}}\n", "GET /x has no operationId"),
        ("- not a mapping\n", "is not an OpenAPI document"),
    ],
)
def test_a_spec_that_cannot_be_documented_stops_the_build_with_the_reason(
    tmp_path: Path, spec_text: str, message: str
) -> None:
    planted_spec = tmp_path / "spec.yaml"
    planted_spec.write_text(spec_text, encoding="utf-8")
    config = planted_site(tmp_path, {"index.md": "# Planted\n"}, [{"Home": "index.md"}, {"HTTP API": "api/index.md"}])
    result = run_build("--config", str(config), env={"WABA_DOCS_SPEC": str(planted_spec)})
    assert result.returncode != 0
    assert message in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
