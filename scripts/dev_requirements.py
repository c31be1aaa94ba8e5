"""Print the direct pins of a pyproject extra, one per line, for `make lock`.

python scripts/dev_requirements.py              the runtime dependencies and the `dev` extra
python scripts/dev_requirements.py bench        the `bench` extra only
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    if len(argv) > 1:
        print("\n".join(extras[argv[1]]))
    else:
        print("\n".join([*project["dependencies"], *extras["dev"]]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
