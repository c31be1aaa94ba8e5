"""MkDocs hooks of the documentation site (`hooks:` in mkdocs.yml): the HTTP API section, generated from the spec
at build time, and the bundled fonts.

The spec is bundled from `openapi/src/` unless the environment variable `WABA_DOCS_SPEC` names another
document (JSON or YAML), which is how the tests build a site from a planted spec. `extra.spec_docs` in the
MkDocs config takes `link_exceptions` (default true): link the error catalogue's exception names to the Python
API reference (a site without that reference sets it to false).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

SCRIPTS = Path(__file__).resolve().parent
if str(SCRIPTS) not in sys.path:  # MkDocs loads hooks by file path, without scripts/ on sys.path
    sys.path.insert(0, str(SCRIPTS))

from docs_fonts import FontBundleError, bundled_fonts  # noqa: E402
from spec_bundle import BundleError, bundle  # noqa: E402
from spec_docs.document import SpecDocsError  # noqa: E402
from spec_docs.site import SitePages, build_pages  # noqa: E402

ROOT = SCRIPTS.parent
SPEC_ENV = "WABA_DOCS_SPEC"
API_NAV_TITLE = "HTTP API"

_pages: SitePages | None = None


def load_spec() -> dict[str, Any]:
    """The spec to document: `$WABA_DOCS_SPEC` if set, else the fragments of openapi/src/ bundled."""
    path = os.environ.get(SPEC_ENV)
    try:
        if not path:
            return bundle()
        document = yaml.safe_load(Path(path).read_text(encoding="utf-8"))  # JSON is YAML
    except (OSError, yaml.YAMLError, BundleError) as exc:
        raise PluginError(f"cannot read the OpenAPI document: {exc}") from exc
    if not isinstance(document, dict):
        raise PluginError(f"{path} is not an OpenAPI document (not a mapping)")
    return document


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Render the spec and put its navigation where the nav names `HTTP API`."""
    global _pages  # noqa: PLW0603 - the pages rendered here are added to the files in on_files
    extra: dict[str, Any] = dict(config.extra or {})
    options: dict[str, Any] = extra.get("spec_docs") or {}
    try:
        _pages = build_pages(load_spec(), link_exceptions=bool(options.get("link_exceptions", True)))
    except SpecDocsError as exc:
        raise PluginError(f"the OpenAPI document cannot be documented: {exc}") from exc
    section = {API_NAV_TITLE: _pages.nav}
    nav = list(config.nav or [])
    for index, entry in enumerate(nav):
        if isinstance(entry, dict) and API_NAV_TITLE in entry:
            nav[index] = section
            break
    else:
        nav.append(section)
    config.nav = nav
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages and the font files to the site."""
    if _pages is None:
        raise PluginError("the spec pages were not rendered (on_config did not run)")
    for path, text in _pages.pages.items():
        files.append(File.generated(config, path, content=text))
    try:
        fonts = bundled_fonts(ROOT / "node_modules")
    except FontBundleError as exc:
        raise PluginError(str(exc)) from exc
    for path, content in fonts.items():
        files.append(File.generated(config, path, content=content))
    return files
