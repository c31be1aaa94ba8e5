import json
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_granularity import AnalyticsGranularity
from ...models.call_analytics import CallAnalytics
from ...models.call_dimension import CallDimension
from ...models.call_direction import CallDirection
from ...models.call_metric_type import CallMetricType
from ...models.graph_error import GraphError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    waba_id: str,
    *,
    start: int,
    end: int,
    granularity: AnalyticsGranularity,
    phone_numbers: list[str] | Unset = UNSET,
    country_codes: list[str] | Unset = UNSET,
    metric_types: list[CallMetricType] | Unset = UNSET,
    directions: list[CallDirection] | Unset = UNSET,
    tiers: list[str] | Unset = UNSET,
    dimensions: list[CallDimension] | Unset = UNSET,
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

    json_directions: list[str] | Unset = UNSET
    if not isinstance(directions, Unset):
        json_directions = []
        for directions_item_data in directions:
            directions_item = directions_item_data.value
            json_directions.append(directions_item)

    encoded_directions: str | Unset = UNSET
    if not isinstance(json_directions, Unset):
        encoded_directions = json.dumps(json_directions, separators=(",", ":"))
    params["directions"] = encoded_directions

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
        "url": "/{waba_id}/call_analytics".format(
            waba_id=quote(str(waba_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallAnalytics | GraphError | None:
    if response.status_code == 200:
        response_200 = CallAnalytics.from_dict(response.json())

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
) -> Response[CallAnalytics | GraphError]:
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
    metric_types: list[CallMetricType] | Unset = UNSET,
    directions: list[CallDirection] | Unset = UNSET,
    tiers: list[str] | Unset = UNSET,
    dimensions: list[CallDimension] | Unset = UNSET,
) -> Response[CallAnalytics | GraphError]:
    """Get call analytics

     Number, duration and cost of WhatsApp Business calls over a time range, broken down by `dimensions`.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        start (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        end (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        granularity (AnalyticsGranularity): Time bucket sizes of the analytics edges.
        phone_numbers (list[str] | Unset):
        country_codes (list[str] | Unset):
        metric_types (list[CallMetricType] | Unset):
        directions (list[CallDirection] | Unset):
        tiers (list[str] | Unset):
        dimensions (list[CallDimension] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallAnalytics | GraphError]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        start=start,
        end=end,
        granularity=granularity,
        phone_numbers=phone_numbers,
        country_codes=country_codes,
        metric_types=metric_types,
        directions=directions,
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
    metric_types: list[CallMetricType] | Unset = UNSET,
    directions: list[CallDirection] | Unset = UNSET,
    tiers: list[str] | Unset = UNSET,
    dimensions: list[CallDimension] | Unset = UNSET,
) -> CallAnalytics | GraphError | None:
    """Get call analytics

     Number, duration and cost of WhatsApp Business calls over a time range, broken down by `dimensions`.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        start (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        end (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        granularity (AnalyticsGranularity): Time bucket sizes of the analytics edges.
        phone_numbers (list[str] | Unset):
        country_codes (list[str] | Unset):
        metric_types (list[CallMetricType] | Unset):
        directions (list[CallDirection] | Unset):
        tiers (list[str] | Unset):
        dimensions (list[CallDimension] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallAnalytics | GraphError
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
        directions=directions,
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
    metric_types: list[CallMetricType] | Unset = UNSET,
    directions: list[CallDirection] | Unset = UNSET,
    tiers: list[str] | Unset = UNSET,
    dimensions: list[CallDimension] | Unset = UNSET,
) -> Response[CallAnalytics | GraphError]:
    """Get call analytics

     Number, duration and cost of WhatsApp Business calls over a time range, broken down by `dimensions`.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        start (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        end (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        granularity (AnalyticsGranularity): Time bucket sizes of the analytics edges.
        phone_numbers (list[str] | Unset):
        country_codes (list[str] | Unset):
        metric_types (list[CallMetricType] | Unset):
        directions (list[CallDirection] | Unset):
        tiers (list[str] | Unset):
        dimensions (list[CallDimension] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallAnalytics | GraphError]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        start=start,
        end=end,
        granularity=granularity,
        phone_numbers=phone_numbers,
        country_codes=country_codes,
        metric_types=metric_types,
        directions=directions,
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
    metric_types: list[CallMetricType] | Unset = UNSET,
    directions: list[CallDirection] | Unset = UNSET,
    tiers: list[str] | Unset = UNSET,
    dimensions: list[CallDimension] | Unset = UNSET,
) -> CallAnalytics | GraphError | None:
    """Get call analytics

     Number, duration and cost of WhatsApp Business calls over a time range, broken down by `dimensions`.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        start (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        end (int): Seconds since the Unix epoch (UTC). Example: 1719878400.
        granularity (AnalyticsGranularity): Time bucket sizes of the analytics edges.
        phone_numbers (list[str] | Unset):
        country_codes (list[str] | Unset):
        metric_types (list[CallMetricType] | Unset):
        directions (list[CallDirection] | Unset):
        tiers (list[str] | Unset):
        dimensions (list[CallDimension] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallAnalytics | GraphError
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
            directions=directions,
            tiers=tiers,
            dimensions=dimensions,
        )
    ).parsed
