"""The spec's `x-graph-error-catalogue` as a page, and links from error codes to its rows.

The lookup (code + subcode, then code, then code range) is the SDK's own `waba.catalogue.ErrorCatalogue`, fed
with the entries of the document being rendered.
"""

from __future__ import annotations

from typing import Any

from waba.catalogue import CatalogueEntry, ErrorCatalogue

from .document import ERRORS_PAGE, SpecDocsError, SpecDocument, relative_link
from .markdown import anchor, cell, code, table

RETRY_MEANING = {
    "never": "no — fix the call",
    "backoff": "yes, with backoff (idempotent calls)",
    "wait": "yes, once the budget is back",
}


def entries(document: SpecDocument) -> list[CatalogueEntry]:
    """The catalogue's entries in document order; raises SpecDocsError for a malformed entry."""
    parsed: list[CatalogueEntry] = []
    for index, raw in enumerate(document.spec.get("x-graph-error-catalogue") or []):
        try:
            retry = raw["retry"]
            if retry not in RETRY_MEANING:
                raise ValueError(f"retry must be one of {sorted(RETRY_MEANING)}, got {retry!r}")
            parsed.append(
                CatalogueEntry(
                    code=int(raw["code"]),
                    code_max=int(raw.get("code_max", raw["code"])),
                    subcode=int(raw["subcode"]) if "subcode" in raw else None,
                    title=str(raw["title"]),
                    description=str(raw["description"]),
                    retry=retry,
                    exception=str(raw["exception"]),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise SpecDocsError(f"x-graph-error-catalogue[{index}] is malformed: {exc!r}") from exc
    return parsed


def entry_anchor(entry: CatalogueEntry) -> str:
    """The id of an entry's row on the errors page (`error-100-33`, `error-200-299`)."""
    if entry.code != entry.code_max:
        return f"error-{entry.code}-{entry.code_max}"
    return f"error-{entry.code}" if entry.subcode is None else f"error-{entry.code}-{entry.subcode}"


def code_label(entry: CatalogueEntry) -> tuple[str, str]:
    """The code column (`200-299` for ranges, with an en dash) and the subcode column of an entry."""
    codes = str(entry.code) if entry.code == entry.code_max else f"{entry.code}\u2013{entry.code_max}"
    return codes, "" if entry.subcode is None else str(entry.subcode)


class ErrorLinks:
    """Links from a page to the catalogue row that explains an error code."""

    def __init__(self, document: SpecDocument, page: str, link_exceptions: bool) -> None:
        self.catalogue = ErrorCatalogue(entries(document))
        self.page = page
        self.link_exceptions = link_exceptions

    def code_link(self, code_value: Any, subcode: Any = None) -> str:
        """`[100/33](errors.md#error-100-33)`, or the bare code when the catalogue does not list it."""
        label = f"{code_value}" if subcode is None else f"{code_value}/{subcode}"
        if not isinstance(code_value, int):
            return cell(label)
        entry = self.catalogue.lookup(code_value, subcode if isinstance(subcode, int) else None)
        if entry is None:
            return label
        return f"[{label}]({relative_link(self.page, ERRORS_PAGE, entry_anchor(entry))})"

    def exception(self, name: str) -> str:
        """The SDK exception class, linked to its API reference when the site has one."""
        if self.link_exceptions:
            return f"[`{name}`][waba.errors.{name}]"
        return code(name)

    def throttling(self) -> list[CatalogueEntry]:
        """The entries whose retry is `wait`: rate limits."""
        return [entry for entry in self.catalogue.entries if entry.retry == "wait"]


def errors_page(document: SpecDocument, link_exceptions: bool) -> str:
    """The error catalogue as one table, each row with its own anchor."""
    links = ErrorLinks(document, ERRORS_PAGE, link_exceptions)
    rows = []
    for entry in links.catalogue.entries:
        codes, subcode = code_label(entry)
        rows.append(
            [
                f"{anchor(entry_anchor(entry))}{codes}{'/' + subcode if subcode else ''}",
                cell(entry.title),
                cell(entry.description),
                RETRY_MEANING[entry.retry],
                links.exception(entry.exception),
            ]
        )
    intro = (
        "Every Graph error this API returns, from the spec's `x-graph-error-catalogue`. Graph answers an error "
        "with the error envelope ([GraphError](schemas/GraphError.md)) and an HTTP status that does not identify "
        "it: classify by `code`, then `error_subcode`, then `is_transient`. The most specific row wins: code and "
        "subcode, then code, then a code range. *Retry?* says whether sending the same call again can help; "
        "*SDK exception* is the class the Python SDK raises."
    )
    headers = ["Code/subcode", "Title", "Meaning and what to do", "Retry?", "SDK exception"]
    return "\n\n".join(["# Error catalogue", intro, table(headers, rows)]) + "\n"
