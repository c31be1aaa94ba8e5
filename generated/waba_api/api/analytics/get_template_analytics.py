import json
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.graph_error import GraphError
from ...models.template_analytics import TemplateAnalytics
from ...models.template_analytics_granularity import TemplateAnalyticsGranularity
from ...models.template_analytics_product_type import TemplateAnalyticsProductType
from ...models.template_metric_type import TemplateMetricType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    waba_id: str,
    *,
    start: int,
    end: int,
    granularity: TemplateAnalyticsGranularity,
    template_ids: list[str],
    metric_types: list[TemplateMetricType] | Unset = UNSET,
    product_type: TemplateAnalyticsProductType | Unset = UNSET,
    use_waba_timezone: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    json_granularity = granularity.value
    params["granularity"] = json_granularity

    json_template_ids = template_ids

    encoded_template_ids = json.dumps(json_template_ids, separators=(",", ":"))
    params["template_ids"] = encoded_template_ids

    json_metric_types: list[str] | Unset = UNSET
    if not isinstance(metric_types, Unset):
        json_metric_types = []
        for metric_types_item_data in metric_types:
            metric_types_item = metric_types_item_data.value
            json_metric_types.append(metric_types_item)

    encoded_metric_types: str | Unset = UNSET
    if not isinstance(json_metric_types, Unset):
        encoded_metric_types = json.dumps(json_metric_types, separators=(",", ":"))
    params["metric_types"] = encoded_metric_types

    json_product_type: str | Unset = UNSET
    if not isinstance(product_type, Unset):
        json_product_type = product_type.value

    params["product_type"] = json_product_type

    params["use_waba_timezone"] = use_waba_timezone

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{waba_id}/template_analytics".format(
            waba_id=quote(str(waba_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphError | TemplateAnalytics | None:
    if response.status_code == 200:
        response_200 = TemplateAnalytics.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = GraphError.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = GraphError.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphError | TemplateAnalytics]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: int,
    end: int,
    granularity: TemplateAnalyticsGranularity,
    template_ids: list[str],
    metric_types: list[TemplateMetricType] | Unset = UNSET,
    product_type: TemplateAnalyticsProductType | Unset = UNSET,
    use_waba_timezone: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[GraphError | TemplateAnalytics]:
    """Get template analytics

     Sends, deliveries, reads, clicks and cost of up to ten templates, per day. Needs template analytics
    to
    be enabled on the account (`is_enabled_for_insights`); otherwise Graph answers error 200005.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        start (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        end (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        granularity (TemplateAnalyticsGranularity): Time bucket sizes of template analytics.
        template_ids (list[str]):
        metric_types (list[TemplateMetricType] | Unset):
        product_type (TemplateAnalyticsProductType | Unset): Messaging products of template
            analytics.
        use_waba_timezone (bool | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | TemplateAnalytics]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        start=start,
        end=end,
        granularity=granularity,
        template_ids=template_ids,
        metric_types=metric_types,
        product_type=product_type,
        use_waba_timezone=use_waba_timezone,
        limit=limit,
        after=after,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: int,
    end: int,
    granularity: TemplateAnalyticsGranularity,
    template_ids: list[str],
    metric_types: list[TemplateMetricType] | Unset = UNSET,
    product_type: TemplateAnalyticsProductType | Unset = UNSET,
    use_waba_timezone: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> GraphError | TemplateAnalytics | None:
    """Get template analytics

     Sends, deliveries, reads, clicks and cost of up to ten templates, per day. Needs template analytics
    to
    be enabled on the account (`is_enabled_for_insights`); otherwise Graph answers error 200005.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        start (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        end (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        granularity (TemplateAnalyticsGranularity): Time bucket sizes of template analytics.
        template_ids (list[str]):
        metric_types (list[TemplateMetricType] | Unset):
        product_type (TemplateAnalyticsProductType | Unset): Messaging products of template
            analytics.
        use_waba_timezone (bool | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | TemplateAnalytics
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        start=start,
        end=end,
        granularity=granularity,
        template_ids=template_ids,
        metric_types=metric_types,
        product_type=product_type,
        use_waba_timezone=use_waba_timezone,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: int,
    end: int,
    granularity: TemplateAnalyticsGranularity,
    template_ids: list[str],
    metric_types: list[TemplateMetricType] | Unset = UNSET,
    product_type: TemplateAnalyticsProductType | Unset = UNSET,
    use_waba_timezone: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[GraphError | TemplateAnalytics]:
    """Get template analytics

     Sends, deliveries, reads, clicks and cost of up to ten templates, per day. Needs template analytics
    to
    be enabled on the account (`is_enabled_for_insights`); otherwise Graph answers error 200005.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        start (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        end (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        granularity (TemplateAnalyticsGranularity): Time bucket sizes of template analytics.
        template_ids (list[str]):
        metric_types (list[TemplateMetricType] | Unset):
        product_type (TemplateAnalyticsProductType | Unset): Messaging products of template
            analytics.
        use_waba_timezone (bool | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | TemplateAnalytics]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        start=start,
        end=end,
        granularity=granularity,
        template_ids=template_ids,
        metric_types=metric_types,
        product_type=product_type,
        use_waba_timezone=use_waba_timezone,
        limit=limit,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: int,
    end: int,
    granularity: TemplateAnalyticsGranularity,
    template_ids: list[str],
    metric_types: list[TemplateMetricType] | Unset = UNSET,
    product_type: TemplateAnalyticsProductType | Unset = UNSET,
    use_waba_timezone: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> GraphError | TemplateAnalytics | None:
    """Get template analytics

     Sends, deliveries, reads, clicks and cost of up to ten templates, per day. Needs template analytics
    to
    be enabled on the account (`is_enabled_for_insights`); otherwise Graph answers error 200005.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        start (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        end (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        granularity (TemplateAnalyticsGranularity): Time bucket sizes of template analytics.
        template_ids (list[str]):
        metric_types (list[TemplateMetricType] | Unset):
        product_type (TemplateAnalyticsProductType | Unset): Messaging products of template
            analytics.
        use_waba_timezone (bool | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | TemplateAnalytics
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            start=start,
            end=end,
            granularity=granularity,
            template_ids=template_ids,
            metric_types=metric_types,
            product_type=product_type,
            use_waba_timezone=use_waba_timezone,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
