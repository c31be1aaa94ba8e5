"""Print the direct development pins (pyproject's `dev` extra), one per line, for `make lock`."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    print("\n".join([*project["dependencies"], *project["optional-dependencies"]["dev"]]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
