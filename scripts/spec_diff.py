"""List the changes, and the breaking ones, between the spec at a git ref and the spec of the working tree.

    python scripts/spec_diff.py BASE      (make spec-diff BASE=<git ref>)

BASE's side is the published file at that ref (`generated/waba_api/openapi.json`, what consumers generated
from); the other side is the document bundled from openapi/src/ now. Optic (pinned in openapi/spec-diff/,
telemetry off) diffs them and checks the change against its `breaking-changes` standard
(openapi/spec-diff/standard.yml). Optic checks nothing when the major version changed (semver); this says so.
Exits 1 when a breaking change is found, 2 when BASE has no spec.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spec_bundle import bundle, dumps

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = "generated/waba_api/openapi.json"
TOOL = ROOT / "openapi" / "spec-diff"
OPTIC = TOOL / "node_modules" / ".bin" / "optic"


def spec_at(ref: str) -> str | None:
    """The published spec at a git ref, or None when the ref has none."""
    result = subprocess.run(  # noqa: S603 - fixed git command
        ["git", "show", f"{ref}:{PUBLISHED}"],  # noqa: S607 - git from PATH
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout if result.returncode == 0 else None


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[1].strip():
        print(__doc__, file=sys.stderr)
        return 2
    base = spec_at(argv[1])
    if base is None:
        print(f"{argv[1]} has no {PUBLISHED}: pass a git ref (commit, branch, tag) that has one", file=sys.stderr)
        return 2
    if not OPTIC.is_file():
        print("Optic is not installed: run `make spec-diff` (it installs openapi/spec-diff/)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="waba-spec-diff-") as work:
        before, after = Path(work) / f"openapi-{argv[1].replace('/', '_')}.json", Path(work) / "openapi-now.json"
        before.write_text(base, encoding="utf-8")
        after.write_text(dumps(bundle()), encoding="utf-8")
        env = {**os.environ, "OPTIC_TELEMETRY_LEVEL": "off", "NO_COLOR": "1"}
        command = [str(OPTIC), "diff", str(before), str(after), "--check", "--standard", str(TOOL / "standard.yml")]
        result = subprocess.run(command, cwd=work, env=env, check=False)  # noqa: S603 - pinned local tool
    note = major_change_note(json.loads(base), bundle())
    if note:
        print(note)
    return 1 if result.returncode else 0


def major_change_note(before: dict[str, Any], after: dict[str, Any]) -> str | None:
    """What to tell the reader when the major version changed: Optic then lists changes but checks none."""
    old, new = (str(doc.get("info", {}).get("version", "")) for doc in (before, after))
    if old.split(".")[0] == new.split(".")[0]:
        return None
    return (
        f"note: info.version went from {old} to {new}, a new major version: Optic lists the changes above but "
        "does not check them for breaking ones (semver allows them); read the list, and CHANGELOG.md."
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
