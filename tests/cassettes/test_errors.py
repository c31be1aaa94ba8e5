"""The errors of the WABA node's reference page, replayed and mapped to their exception classes."""

from __future__ import annotations

import pytest

from waba import (
    AuthenticationError,
    GraphQueryError,
    InsightsNotAvailableError,
    InvalidParameterError,
    NoLinkedPhoneNumbersError,
    PermissionDeniedError,
    RateLimitError,
    WabaClient,
)

pytestmark = pytest.mark.vcr
START, END = 1719792000, 1720396800


@pytest.mark.graph_error(100, "InvalidParameterError")
@pytest.mark.covers("getWhatsAppBusinessAccount")
def test_100_invalid_parameter(graph: WabaClient, ids: dict[str, str]) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        graph.account(ids["waba_id"]).get(fields=["colour"])
    assert caught.value.code == 100


@pytest.mark.graph_error(190, "AuthenticationError")
@pytest.mark.covers("getWhatsAppBusinessAccount")
def test_190_invalid_token(invalid_token_graph: WabaClient, ids: dict[str, str]) -> None:
    with pytest.raises(AuthenticationError) as caught:
        invalid_token_graph.account(ids["waba_id"]).get()
    assert caught.value.code == 190


@pytest.mark.sandbox_only
@pytest.mark.graph_error(200, "PermissionDeniedError")
@pytest.mark.covers("listPhoneNumbers")
def test_200_permissions(limited_graph: WabaClient, ids: dict[str, str]) -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        limited_graph.account(ids["sandbox_waba_id"]).phone_numbers.list().first_page()
    assert caught.value.code == 200


@pytest.mark.graph_error(2500, "GraphQueryError")
@pytest.mark.covers("getWhatsAppBusinessAccount")
def test_2500_query_syntax(graph: WabaClient, ids: dict[str, str]) -> None:
    with pytest.raises(GraphQueryError) as caught:
        graph.account(ids["waba_id"]).get(fields=["id,{name"])
    assert caught.value.code == 2500


@pytest.mark.sandbox_only
@pytest.mark.graph_error(80008, "RateLimitError")
@pytest.mark.covers("getWhatsAppBusinessAccount")
def test_80008_rate_limit(graph: WabaClient, ids: dict[str, str]) -> None:
    account = graph.account(ids["sandbox_throttle_waba_id"])
    with pytest.raises(RateLimitError) as caught:
        for _ in range(10):
            account.get()
    assert caught.value.code == 80008
    assert caught.value.retry_after is not None and caught.value.retry_after > 0


@pytest.mark.sandbox_only
@pytest.mark.graph_error(200005, "InsightsNotAvailableError")
@pytest.mark.covers("listMessageTemplates", "getTemplateAnalytics")
def test_200005_insights_not_available(graph: WabaClient, ids: dict[str, str]) -> None:
    account = graph.account(ids["sandbox_no_phone_waba_id"])
    template = next(iter(account.message_templates.list(limit=1)))
    with pytest.raises(InsightsNotAvailableError):
        list(account.analytics.templates(start=START, end=END, granularity="DAILY", template_ids=[template.id]))


@pytest.mark.sandbox_only
@pytest.mark.graph_error(200008, "NoLinkedPhoneNumbersError")
@pytest.mark.covers("getConversationAnalytics")
def test_200008_no_linked_phone_numbers(graph: WabaClient, ids: dict[str, str]) -> None:
    with pytest.raises(NoLinkedPhoneNumbersError):
        list(graph.account(ids["sandbox_no_phone_waba_id"]).analytics.conversations(start=START, end=END,
                                                                                     granularity="DAILY"))  # fmt: skip
