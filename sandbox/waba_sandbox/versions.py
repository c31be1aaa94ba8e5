"""Graph API versions as the sandbox serves them.

A path starts with a version (`/v24.0/...`) or not (`/102290129340398`). A version the sandbox serves runs as
itself; a retired one (older than the oldest served) runs on the oldest served, as Graph runs expired versions
on the oldest available one; an unversioned path runs on the default version. Anything else in first position
(`v99.0`, `v24`, `vfoo`) is not a version: Graph reads it as a node alias, and so does the router, which answers
803 (the alias does not exist).
"""

from __future__ import annotations

import re

#: Versions served, oldest first (Graph releases v22.0 to v26.0 were live in late 2026).
SERVED = ("v22.0", "v23.0", "v24.0", "v25.0", "v26.0")
#: The version unversioned paths run on (the spec's default server version).
DEFAULT = "v24.0"
_SHAPE = re.compile(r"^v(\d{1,3})\.(\d{1,2})$")


def _number(version: str) -> tuple[int, int] | None:
    match = _SHAPE.match(version)
    return (int(match.group(1)), int(match.group(2))) if match else None


OLDEST = _number(SERVED[0])


def is_version(segment: str) -> bool:
    """True for a version the sandbox runs: served, or retired (older than the oldest served)."""
    number = _number(segment)
    return segment in SERVED or (number is not None and OLDEST is not None and number < OLDEST)


def split_version(segments: list[str]) -> tuple[str, list[str]]:
    """The version a path runs on, and the rest of the path."""
    if segments and is_version(segments[0]):
        return (segments[0] if segments[0] in SERVED else SERVED[0]), segments[1:]
    return DEFAULT, segments
