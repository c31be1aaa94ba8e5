import json
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_granularity import AnalyticsGranularity
from ...models.graph_error import GraphError
from ...models.pricing_analytics import PricingAnalytics
from ...models.pricing_category import PricingCategory
from ...models.pricing_dimension import PricingDimension
from ...models.pricing_metric_type import PricingMetricType
from ...models.pricing_type import PricingType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    waba_id: str,
    *,
    start: int,
    end: int,
    granularity: AnalyticsGranularity,
    phone_numbers: list[str] | Unset = UNSET,
    country_codes: list[str] | Unset = UNSET,
    metric_types: list[PricingMetricType] | Unset = UNSET,
    pricing_categories: list[PricingCategory] | Unset = UNSET,
    pricing_types: list[PricingType] | Unset = UNSET,
    tiers: list[str] | Unset = UNSET,
    dimensions: list[PricingDimension] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    json_granularity = granularity.value
    params["granularity"] = json_granularity

    json_phone_numbers: list[str] | Unset = UNSET
    if not isinstance(phone_numbers, Unset):
        json_phone_numbers = phone_numbers

    encoded_phone_numbers: str | Unset = UNSET
    if not isinstance(json_phone_numbers, Unset):
        encoded_phone_numbers = json.dumps(json_phone_numbers, separators=(",", ":"))
    params["phone_numbers"] = encoded_phone_numbers

    json_country_codes: list[str] | Unset = UNSET
    if not isinstance(country_codes, Unset):
        json_country_codes = country_codes

    encoded_country_codes: str | Unset = UNSET
    if not isinstance(json_country_codes, Unset):
        encoded_country_codes = json.dumps(json_country_codes, separators=(",", ":"))
    params["country_codes"] = encoded_country_codes

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

    json_pricing_categories: list[str] | Unset = UNSET
    if not isinstance(pricing_categories, Unset):
        json_pricing_categories = []
        for pricing_categories_item_data in pricing_categories:
            pricing_categories_item = pricing_categories_item_data.value
            json_pricing_categories.append(pricing_categories_item)

    encoded_pricing_categories: str | Unset = UNSET
    if not isinstance(json_pricing_categories, Unset):
        encoded_pricing_categories = json.dumps(json_pricing_categories, separators=(",", ":"))
    params["pricing_categories"] = encoded_pricing_categories

    json_pricing_types: list[str] | Unset = UNSET
    if not isinstance(pricing_types, Unset):
        json_pricing_types = []
        for pricing_types_item_data in pricing_types:
            pricing_types_item = pricing_types_item_data.value
            json_pricing_types.append(pricing_types_item)

    encoded_pricing_types: str | Unset = UNSET
    if not isinstance(json_pricing_types, Unset):
        encoded_pricing_types = json.dumps(json_pricing_types, separators=(",", ":"))
    params["pricing_types"] = encoded_pricing_types

    json_tiers: list[str] | Unset = UNSET
    if not isinstance(tiers, Unset):
        json_tiers = tiers

    encoded_tiers: str | Unset = UNSET
    if not isinstance(json_tiers, Unset):
        encoded_tiers = json.dumps(json_tiers, separators=(",", ":"))
    params["tiers"] = encoded_tiers

    json_dimensions: list[str] | Unset = UNSET
    if not isinstance(dimensions, Unset):
        json_dimensions = []
        for dimensions_item_data in dimensions:
            dimensions_item = dimensions_item_data.value
            json_dimensions.append(dimensions_item)

    encoded_dimensions: str | Unset = UNSET
    if not isinstance(json_dimensions, Unset):
        encoded_dimensions = json.dumps(json_dimensions, separators=(",", ":"))
    params["dimensions"] = encoded_dimensions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{waba_id}/pricing_analytics".format(
            waba_id=quote(str(waba_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphError | PricingAnalytics | None:
    if response.status_code == 200:
        response_200 = PricingAnalytics.from_dict(response.json())

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
) -> Response[GraphError | PricingAnalytics]:
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
    granularity: AnalyticsGranularity,
    phone_numbers: list[str] | Unset = UNSET,
    country_codes: list[str] | Unset = UNSET,
    metric_types: list[PricingMetricType] | Unset = UNSET,
    pricing_categories: list[PricingCategory] | Unset = UNSET,
    pricing_types: list[PricingType] | Unset = UNSET,
    tiers: list[str] | Unset = UNSET,
    dimensions: list[PricingDimension] | Unset = UNSET,
) -> Response[GraphError | PricingAnalytics]:
    """Get pricing analytics

     Message volumes and costs under per-message pricing over a time range, broken down by `dimensions`.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        start (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        end (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        granularity (AnalyticsGranularity): Time bucket sizes of the analytics edges.
        phone_numbers (list[str] | Unset):
        country_codes (list[str] | Unset):
        metric_types (list[PricingMetricType] | Unset):
        pricing_categories (list[PricingCategory] | Unset):
        pricing_types (list[PricingType] | Unset):
        tiers (list[str] | Unset):
        dimensions (list[PricingDimension] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | PricingAnalytics]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        start=start,
        end=end,
        granularity=granularity,
        phone_numbers=phone_numbers,
        country_codes=country_codes,
        metric_types=metric_types,
        pricing_categories=pricing_categories,
        pricing_types=pricing_types,
        tiers=tiers,
        dimensions=dimensions,
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
    granularity: AnalyticsGranularity,
    phone_numbers: list[str] | Unset = UNSET,
    country_codes: list[str] | Unset = UNSET,
    metric_types: list[PricingMetricType] | Unset = UNSET,
    pricing_categories: list[PricingCategory] | Unset = UNSET,
    pricing_types: list[PricingType] | Unset = UNSET,
    tiers: list[str] | Unset = UNSET,
    dimensions: list[PricingDimension] | Unset = UNSET,
) -> GraphError | PricingAnalytics | None:
    """Get pricing analytics

     Message volumes and costs under per-message pricing over a time range, broken down by `dimensions`.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        start (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        end (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        granularity (AnalyticsGranularity): Time bucket sizes of the analytics edges.
        phone_numbers (list[str] | Unset):
        country_codes (list[str] | Unset):
        metric_types (list[PricingMetricType] | Unset):
        pricing_categories (list[PricingCategory] | Unset):
        pricing_types (list[PricingType] | Unset):
        tiers (list[str] | Unset):
        dimensions (list[PricingDimension] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | PricingAnalytics
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        start=start,
        end=end,
        granularity=granularity,
        phone_numbers=phone_numbers,
        country_codes=country_codes,
        metric_types=metric_types,
        pricing_categories=pricing_categories,
        pricing_types=pricing_types,
        tiers=tiers,
        dimensions=dimensions,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: int,
    end: int,
    granularity: AnalyticsGranularity,
    phone_numbers: list[str] | Unset = UNSET,
    country_codes: list[str] | Unset = UNSET,
    metric_types: list[PricingMetricType] | Unset = UNSET,
    pricing_categories: list[PricingCategory] | Unset = UNSET,
    pricing_types: list[PricingType] | Unset = UNSET,
    tiers: list[str] | Unset = UNSET,
    dimensions: list[PricingDimension] | Unset = UNSET,
) -> Response[GraphError | PricingAnalytics]:
    """Get pricing analytics

     Message volumes and costs under per-message pricing over a time range, broken down by `dimensions`.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        start (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        end (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        granularity (AnalyticsGranularity): Time bucket sizes of the analytics edges.
        phone_numbers (list[str] | Unset):
        country_codes (list[str] | Unset):
        metric_types (list[PricingMetricType] | Unset):
        pricing_categories (list[PricingCategory] | Unset):
        pricing_types (list[PricingType] | Unset):
        tiers (list[str] | Unset):
        dimensions (list[PricingDimension] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | PricingAnalytics]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        start=start,
        end=end,
        granularity=granularity,
        phone_numbers=phone_numbers,
        country_codes=country_codes,
        metric_types=metric_types,
        pricing_categories=pricing_categories,
        pricing_types=pricing_types,
        tiers=tiers,
        dimensions=dimensions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: int,
    end: int,
    granularity: AnalyticsGranularity,
    phone_numbers: list[str] | Unset = UNSET,
    country_codes: list[str] | Unset = UNSET,
    metric_types: list[PricingMetricType] | Unset = UNSET,
    pricing_categories: list[PricingCategory] | Unset = UNSET,
    pricing_types: list[PricingType] | Unset = UNSET,
    tiers: list[str] | Unset = UNSET,
    dimensions: list[PricingDimension] | Unset = UNSET,
) -> GraphError | PricingAnalytics | None:
    """Get pricing analytics

     Message volumes and costs under per-message pricing over a time range, broken down by `dimensions`.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        start (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        end (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        granularity (AnalyticsGranularity): Time bucket sizes of the analytics edges.
        phone_numbers (list[str] | Unset):
        country_codes (list[str] | Unset):
        metric_types (list[PricingMetricType] | Unset):
        pricing_categories (list[PricingCategory] | Unset):
        pricing_types (list[PricingType] | Unset):
        tiers (list[str] | Unset):
        dimensions (list[PricingDimension] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | PricingAnalytics
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            start=start,
            end=end,
            granularity=granularity,
            phone_numbers=phone_numbers,
            country_codes=country_codes,
            metric_types=metric_types,
            pricing_categories=pricing_categories,
            pricing_types=pricing_types,
            tiers=tiers,
            dimensions=dimensions,
        )
    ).parsed
