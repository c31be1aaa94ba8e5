"""Markdown pages of the documentation site, generated from the OpenAPI document at build time.

`site.build_pages(spec)` turns a bundled spec into pages (operations, schemas, the error catalogue, rate limits,
webhooks when the spec has them) and their navigation; `docs/hooks/spec_pages.py` hands them to MkDocs.
"""
