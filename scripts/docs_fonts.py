"""The documentation site's fonts, served from the site itself: Roboto and Roboto Mono from the pinned npm
packages @fontsource/roboto and @fontsource/roboto-mono (package.json), never from a font CDN.

`bundled_fonts(node_modules)` returns the files to publish under `assets/fonts/`: one stylesheet with every
`@font-face` rule (woff2 only, each subset with its `unicode-range`, so browsers fetch only what a page needs),
the woff2 files it names, and the fonts' licence.
"""

from __future__ import annotations

import re
from pathlib import Path

FONT_DIR = "assets/fonts"
STYLESHEET = f"{FONT_DIR}/fonts.css"
# (npm package, stylesheets of the weights/styles the Material theme uses)
FONTS = (
    ("roboto", ("300.css", "400.css", "400-italic.css", "700.css")),
    ("roboto-mono", ("400.css", "700.css")),
)
_SOURCE = re.compile(
    r"src: url\(\./files/(?P<file>[^)]+\.woff2)\) format\('woff2'\)(?:, url\([^)]*\) format\('woff'\))?;"
)


class FontBundleError(Exception):
    """The font packages are missing or not laid out as expected."""


def bundled_fonts(node_modules: Path) -> dict[str, bytes]:
    """Site path → content of every font file to publish; raises FontBundleError when a package is missing."""
    files: dict[str, bytes] = {}
    rules: list[str] = []
    for package, stylesheets in FONTS:
        root = node_modules / "@fontsource" / package
        if not root.is_dir():
            raise FontBundleError(f"{root} is missing: run `make node` (npm ci) to install the pinned font packages")
        for name in stylesheets:
            css = (root / name).read_text(encoding="utf-8")
            rewritten, count = _SOURCE.subn(lambda m: f"src: url(files/{m['file']}) format('woff2');", css)
            if count == 0:
                raise FontBundleError(f"{root / name}: no woff2 source found; has the package layout changed?")
            rules.append(rewritten)
            for match in _SOURCE.finditer(css):
                files[f"{FONT_DIR}/files/{match['file']}"] = (root / "files" / match["file"]).read_bytes()
        files[f"{FONT_DIR}/LICENSE-{package}.txt"] = (root / "LICENSE").read_bytes()
    files[STYLESHEET] = "\n".join(rules).encode("utf-8")
    return files
