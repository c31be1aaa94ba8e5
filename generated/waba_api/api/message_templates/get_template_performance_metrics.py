from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.graph_error import GraphError
from ...models.template_performance_metrics_list import TemplatePerformanceMetricsList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    waba_id: str,
    *,
    name: str | Unset = UNSET,
    template_id: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["template_id"] = template_id

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields

    encoded_fields: str | Unset = UNSET
    if not isinstance(json_fields, Unset):
        encoded_fields = ",".join(json_fields)
    params["fields"] = encoded_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{waba_id}/template_performance_metrics".format(
            waba_id=quote(str(waba_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphError | TemplatePerformanceMetricsList | None:
    if response.status_code == 200:
        response_200 = TemplatePerformanceMetricsList.from_dict(response.json())

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
) -> Response[GraphError | TemplatePerformanceMetricsList]:
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
    name: str | Unset = UNSET,
    template_id: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> Response[GraphError | TemplatePerformanceMetricsList]:
    """Get template performance metrics

     Returns performance metrics of one template, chosen by `template_id` or by `name`.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        name (str | Unset): Template name, lowercase letters, digits and underscores. Example:
            order_update.
        template_id (str | Unset): A Graph node id, a string of digits. Example: 102290129340398.
        fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | TemplatePerformanceMetricsList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        name=name,
        template_id=template_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    template_id: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> GraphError | TemplatePerformanceMetricsList | None:
    """Get template performance metrics

     Returns performance metrics of one template, chosen by `template_id` or by `name`.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        name (str | Unset): Template name, lowercase letters, digits and underscores. Example:
            order_update.
        template_id (str | Unset): A Graph node id, a string of digits. Example: 102290129340398.
        fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | TemplatePerformanceMetricsList
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        name=name,
        template_id=template_id,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    template_id: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> Response[GraphError | TemplatePerformanceMetricsList]:
    """Get template performance metrics

     Returns performance metrics of one template, chosen by `template_id` or by `name`.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        name (str | Unset): Template name, lowercase letters, digits and underscores. Example:
            order_update.
        template_id (str | Unset): A Graph node id, a string of digits. Example: 102290129340398.
        fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | TemplatePerformanceMetricsList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        name=name,
        template_id=template_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    template_id: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> GraphError | TemplatePerformanceMetricsList | None:
    """Get template performance metrics

     Returns performance metrics of one template, chosen by `template_id` or by `name`.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        name (str | Unset): Template name, lowercase letters, digits and underscores. Example:
            order_update.
        template_id (str | Unset): A Graph node id, a string of digits. Example: 102290129340398.
        fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | TemplatePerformanceMetricsList
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            name=name,
            template_id=template_id,
            fields=fields,
        )
    ).parsed
