"""The Markdown pages generated from the spec: the shipped document, a planted one with webhooks, bad documents."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from spec_docs.document import SpecDocsError, operation_page, schema_page
from spec_docs.markdown import cell, code, fence
from spec_docs.site import build_pages

PLANTED = Path(__file__).parent / "fixtures" / "planted.yaml"


def planted() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(PLANTED.read_text(encoding="utf-8"))
    return document


@pytest.fixture(scope="module")
def shipped(spec: dict[str, Any]) -> dict[str, str]:
    return build_pages(spec).pages


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    methods = ("get", "post", "put", "delete", "patch")
    return [op for item in spec["paths"].values() for m, op in item.items() if m in methods]


def test_every_operation_and_schema_has_a_page(spec: dict[str, Any], shipped: dict[str, str]) -> None:
    for operation in operations(spec):
        page = shipped[operation_page(operation["operationId"])]
        assert page.startswith(f"# {operation['summary']}\n")
        for permission in operation.get("x-required-permissions", []):
            assert f"`{permission}`" in page.split("Required permissions", 1)[1]
    for name in spec["components"]["schemas"]:
        assert shipped[schema_page(name)].startswith(f"# {name}\n")


def test_the_list_templates_page_shows_path_parameters_examples_errors_and_rate_limits(
    spec: dict[str, Any], shipped: dict[str, str]
) -> None:
    page = shipped["api/operations/listMessageTemplates.md"]
    assert '<code class="waba-path">/{waba-id}/message_templates</code>' in page
    category = next(line for line in page.splitlines() if line.startswith("| `category`"))
    assert "[TemplateCategory](../schemas/TemplateCategory.md)" in category
    assert "*JSON-encoded*" in category
    assert '`["MARKETING","UTILITY"]`' in category
    fields = next(line for line in page.splitlines() if line.startswith("| `fields`"))
    assert "| string |" in fields and "`id,name`" in fields  # a field expression, sent as written
    summary = next(line for line in page.splitlines() if line.startswith("| `summary`"))
    assert "*comma-joined*" in summary
    assert '"name": "order_update"' in page  # the response example
    assert "[190/463](../errors.md#error-190-463)" in page  # an error example linked to its catalogue row
    assert "The same response as 4XX." in page  # the shared error response is written once
    rate_limits = page.split("## Rate limits", 1)[1]
    assert "`X-Business-Use-Case-Usage` and `X-App-Usage`" in rate_limits
    assert "[80008](../errors.md#error-80008)" in rate_limits
    assert "curl -G https://graph.facebook.com/v24.0/102290129340398/message_templates" in page


def test_request_bodies_show_properties_and_every_named_example(shipped: dict[str, str]) -> None:
    page = shipped["api/operations/createMessageTemplate.md"]
    body = page.split("## Request body", 1)[1].split("## Responses", 1)[0]
    assert "[MessageTemplateCreate](../schemas/MessageTemplateCreate.md)" in body
    assert "| `name` | [TemplateName](../schemas/TemplateName.md) | yes |" in body
    assert '=== "Utility template with a text header, body, footer and buttons"' in body
    assert '-d \'{"name":"order_update"' in page  # the curl example sends the first body example


def test_const_any_of_and_one_of_read_as_types(shipped: dict[str, str]) -> None:
    header = shipped["api/schemas/TemplateHeaderTextComponent.md"]
    assert '| `type` | `"HEADER"` | yes |' in header
    template = shipped["api/schemas/MessageTemplate.md"]
    assert "| `status` | [TemplateStatus](TemplateStatus.md) \\| string |" in template
    component = shipped["api/schemas/TemplateComponentCreate.md"]
    assert "## One of" in component
    assert "- [TemplateBodyComponent](TemplateBodyComponent.md)" in component


def test_the_error_catalogue_is_one_table_with_an_anchor_per_entry(
    spec: dict[str, Any], shipped: dict[str, str]
) -> None:
    page = shipped["api/errors.md"]
    rows = [line for line in page.splitlines() if line.startswith('| <span id="error-')]
    assert len(rows) == len(spec["x-graph-error-catalogue"])
    row = next(r for r in rows if r.startswith('| <span id="error-100-33"></span>100/33 |'))
    assert "[`NotFoundError`][waba.errors.NotFoundError]" in row
    ranged = next(r for r in rows if 'id="error-200-299"' in r)
    assert "200\u2013299" in ranged


def test_the_rate_limits_page_names_the_headers_as_sent(shipped: dict[str, str]) -> None:
    page = shipped["api/rate-limits.md"]
    assert "## X-Business-Use-Case-Usage" in page
    assert "## X-App-Usage" in page
    assert "| `estimated_time_to_regain_access` |" in page
    assert "## Throttling errors" in page


def test_the_shipped_spec_has_no_webhooks_section_until_it_declares_one(spec: dict[str, Any]) -> None:
    site = build_pages(spec)
    assert ("api/webhooks/index.md" in site.pages) == bool(spec.get("webhooks"))


def test_a_planted_webhooks_section_is_rendered_with_its_payload() -> None:
    site = build_pages(planted(), link_exceptions=False)
    index = site.pages["api/webhooks/index.md"]
    assert "| [`thing_changed`](thing_changed.md) | A thing changed |" in index
    page = site.pages["api/webhooks/thing_changed.md"]
    assert page.startswith("# A thing changed\n")
    assert 'webhook <code class="waba-path">thing_changed</code>' in page
    assert '| `field` | `"thing_changed"` | yes |' in page
    assert '=== "A thing was renamed"' in page
    assert "## Example request" not in page  # Meta sends webhooks; there is nothing to curl
    assert {
        "Webhooks": [{"All webhooks": "api/webhooks/index.md"}, {"thing_changed": "api/webhooks/thing_changed.md"}]
    } in site.nav
    note = site.pages["api/schemas/ThingChanged.md"]
    assert "| `value` | object |" in note


def test_planted_headers_type_lists_and_fragment_paths() -> None:
    site = build_pages(planted(), link_exceptions=False)
    page = site.pages["api/operations/getThing.md"]
    assert "| `X-Thing-Usage` | string | Share of the thing budget used. |" in page  # a header with `schema`
    assert "curl -G https://graph.example.test/v1.0/42 " in page  # the path's #fragment is never sent
    assert "--data-urlencode 'kinds=[\"ROUND\"]'" in page
    assert "[4](../errors.md#error-4)" in page
    assert "`InvalidParameterError`" in site.pages["api/errors.md"]  # no Python reference: plain names
    schema = build_pages(planted(), link_exceptions=False).pages["api/schemas/ThingChanged.md"]
    assert schema.count("`thing_changed`") >= 1


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (
            lambda d: d["paths"]["/{thing-id}#thing"]["get"].pop("operationId"),
            "GET /{thing-id}#thing has no operationId",
        ),
        (
            lambda d: d["components"]["schemas"]["Thing"]["properties"].update(x={"$ref": "#/components/schemas/Nope"}),
            "dangling reference '#/components/schemas/Nope'",
        ),
        (
            lambda d: d["x-graph-error-catalogue"][0].update(retry="sometimes"),
            "x-graph-error-catalogue[0] is malformed",
        ),
        (lambda d: d.update(openapi="2.0"), "not an OpenAPI 3.x document"),
        (
            lambda d: d["paths"].update({"/other": {"get": {"operationId": "getThing", "responses": {}}}}),
            "two pages would be written to api/operations/getThing.md",
        ),
    ],
)
def test_a_document_that_cannot_be_rendered_fails_with_a_clear_message(damage: Any, message: str) -> None:
    document = copy.deepcopy(planted())
    damage(document)
    with pytest.raises(SpecDocsError, match=re.escape(message)):
        build_pages(document, link_exceptions=False)


def test_markdown_writers_survive_backticks_and_pipes() -> None:
    assert code("a`b") == "``a`b``"
    assert code("`x`") == "`` `x` ``"
    assert fence("```\ninside\n```", "md").startswith("````md\n")
    assert cell("a | b\n  c") == "a \\| b c"
