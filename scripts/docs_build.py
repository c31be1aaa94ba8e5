"""Build the documentation site (`make docs`): MkDocs in strict mode, from mkdocs.yml, into build/docs/site.

Any warning — a broken link or anchor, an unresolved reference, a page missing from the navigation — fails the
build. Prints the number of pages and the build time.

Usage: python scripts/docs_build.py [--site-dir DIR] [--config mkdocs.yml]
       WABA_DOCS_SPEC=spec.json python scripts/docs_build.py    (document another OpenAPI file)
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_site(config_file: Path, site_dir: Path | None = None) -> int:
    """Build the site in strict mode; returns the number of HTML pages written. Raises SystemExit on failure."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's banner about MkDocs 2.0, not a build warning
    from mkdocs.commands.build import build  # noqa: PLC0415 - after the environment is set
    from mkdocs.config import load_config  # noqa: PLC0415
    from mkdocs.exceptions import MkDocsException  # noqa: PLC0415

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s - %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    overrides = {} if site_dir is None else {"site_dir": str(site_dir)}
    try:
        config = load_config(config_file=str(config_file), strict=True, **overrides)
        build(config)
    except MkDocsException as exc:
        raise SystemExit(f"docs build failed: {exc}") from exc
    return sum(1 for _ in Path(config.site_dir).rglob("*.html"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, default=ROOT / "mkdocs.yml", help="MkDocs configuration")
    parser.add_argument("--site-dir", type=Path, default=None, help="output folder (default: the config's)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    pages = build_site(args.config, args.site_dir)
    print(f"docs: {pages} HTML pages built in {time.perf_counter() - started:.1f} s (strict, offline)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
