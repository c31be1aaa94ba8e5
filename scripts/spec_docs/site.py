"""Every generated page of the HTTP API section, and its navigation, from one bundled spec."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .document import (
    API_INDEX,
    ERRORS_PAGE,
    RATE_LIMITS_PAGE,
    SCHEMAS_INDEX,
    WEBHOOKS_INDEX,
    SpecDocsError,
    SpecDocument,
    operation_page,
    relative_link,
    schema_page,
    webhook_page,
)
from .errors import errors_page
from .markdown import cell, code, table
from .operations import OperationWriter
from .overview import api_index, rate_limits_page
from .schemas import SchemaWriter, schemas_index

NavEntry = str | dict[str, Any]


@dataclass
class SitePages:
    """Generated pages (path relative to the docs folder → Markdown) and the navigation of the API section."""

    pages: dict[str, str] = field(default_factory=dict)
    nav: list[NavEntry] = field(default_factory=list)

    def add(self, path: str, text: str) -> None:
        """Add a page; raises SpecDocsError when two parts of the spec claim the same page."""
        if path in self.pages:
            raise SpecDocsError(f"two pages would be written to {path} (duplicate operationId or name?)")
        self.pages[path] = text


def build_pages(spec: dict[str, Any], *, link_exceptions: bool = True) -> SitePages:
    """Render the spec: overview, operations by tag, webhooks (when present), errors, rate limits, schemas.

    `link_exceptions` links the SDK exception names of the error catalogue to the Python API reference.
    Raises SpecDocsError when the document cannot be rendered.
    """
    document = SpecDocument(spec)
    site = SitePages()
    site.add(API_INDEX, api_index(document))
    site.nav.append({"Overview": API_INDEX})
    for tag, _ in document.tags():
        entries: list[NavEntry] = []
        for operation in document.operations():
            if operation.tag != tag:
                continue
            page = operation_page(operation.operation_id)
            writer = OperationWriter(document, page, link_exceptions=link_exceptions)
            site.add(page, writer.page_text(operation))
            entries.append({operation.title: page})
        if entries:
            site.nav.append({tag: entries})
    if document.spec.get("webhooks"):
        site.nav.append({"Webhooks": _webhook_pages(document, site, link_exceptions)})
    site.add(ERRORS_PAGE, errors_page(document, link_exceptions))
    site.add(RATE_LIMITS_PAGE, rate_limits_page(document, link_exceptions))
    site.nav += [{"Error catalogue": ERRORS_PAGE}, {"Rate limits": RATE_LIMITS_PAGE}]
    schema_entries: list[NavEntry] = [{"All schemas": SCHEMAS_INDEX}]
    site.add(SCHEMAS_INDEX, schemas_index(document))
    for name in sorted(document.schemas):
        site.add(schema_page(name), SchemaWriter(document, schema_page(name)).page_text(name))
        schema_entries.append({name: schema_page(name)})
    site.nav.append({"Schemas": schema_entries})
    return site


def _webhook_pages(document: SpecDocument, site: SitePages, link_exceptions: bool) -> list[NavEntry]:
    """One page per webhook and an index; returns their navigation entries."""
    entries: list[NavEntry] = [{"All webhooks": WEBHOOKS_INDEX}]
    rows = []
    for name, operations in document.webhooks():
        page = webhook_page(name)
        writer = OperationWriter(document, page, link_exceptions=link_exceptions)
        texts = [writer.page_text(operation, webhook=True) for operation in operations]
        if not texts:
            raise SpecDocsError(f"webhook {name!r} has no operation")
        site.add(page, "\n".join(texts))
        entries.append({name: page})
        summary = operations[0].node.get("summary") or operations[0].node.get("description", "")
        rows.append([f"[{code(name)}]({relative_link(WEBHOOKS_INDEX, page)})", cell(str(summary))])
    intro = (
        "The events Meta sends to your app's callback URL (the spec's top-level `webhooks`). Subscribe an app "
        "to an account's events with the subscribed apps edge."
    )
    site.add(WEBHOOKS_INDEX, "\n\n".join(["# Webhooks", intro, table(["Webhook", "Summary"], rows)]) + "\n")
    return entries
