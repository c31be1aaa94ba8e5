from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.graph_error import GraphError
from ...models.success_response import SuccessResponse
from ...types import UNSET, Response


def _get_kwargs(
    waba_id: str,
    *,
    configuration_name: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["configuration_name"] = configuration_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/{waba_id}/payment_configuration".format(
            waba_id=quote(str(waba_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphError | SuccessResponse | None:
    if response.status_code == 200:
        response_200 = SuccessResponse.from_dict(response.json())

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
) -> Response[GraphError | SuccessResponse]:
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
    configuration_name: str,
) -> Response[GraphError | SuccessResponse]:
    """Delete a payment configuration

     Removes a payment configuration from the account.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        configuration_name (str): Name of a payment configuration, used by order details messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | SuccessResponse]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        configuration_name=configuration_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    configuration_name: str,
) -> GraphError | SuccessResponse | None:
    """Delete a payment configuration

     Removes a payment configuration from the account.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        configuration_name (str): Name of a payment configuration, used by order details messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | SuccessResponse
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        configuration_name=configuration_name,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    configuration_name: str,
) -> Response[GraphError | SuccessResponse]:
    """Delete a payment configuration

     Removes a payment configuration from the account.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        configuration_name (str): Name of a payment configuration, used by order details messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | SuccessResponse]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        configuration_name=configuration_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    configuration_name: str,
) -> GraphError | SuccessResponse | None:
    """Delete a payment configuration

     Removes a payment configuration from the account.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        configuration_name (str): Name of a payment configuration, used by order details messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | SuccessResponse
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            configuration_name=configuration_name,
        )
    ).parsed
