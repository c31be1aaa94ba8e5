from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_create import DatasetCreate
from ...models.graph_error import GraphError
from ...models.id_response import IdResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    waba_id: str,
    *,
    body: DatasetCreate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{waba_id}/dataset".format(
            waba_id=quote(str(waba_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphError | IdResponse | None:
    if response.status_code == 200:
        response_200 = IdResponse.from_dict(response.json())

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
) -> Response[GraphError | IdResponse]:
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
    body: DatasetCreate | Unset = UNSET,
) -> Response[GraphError | IdResponse]:
    """Create the dataset of a WhatsApp Business Account

     Creates (or returns the existing) conversions dataset linked to the account.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        body (DatasetCreate | Unset): Options for the new dataset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | IdResponse]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetCreate | Unset = UNSET,
) -> GraphError | IdResponse | None:
    """Create the dataset of a WhatsApp Business Account

     Creates (or returns the existing) conversions dataset linked to the account.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        body (DatasetCreate | Unset): Options for the new dataset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | IdResponse
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetCreate | Unset = UNSET,
) -> Response[GraphError | IdResponse]:
    """Create the dataset of a WhatsApp Business Account

     Creates (or returns the existing) conversions dataset linked to the account.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        body (DatasetCreate | Unset): Options for the new dataset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | IdResponse]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetCreate | Unset = UNSET,
) -> GraphError | IdResponse | None:
    """Create the dataset of a WhatsApp Business Account

     Creates (or returns the existing) conversions dataset linked to the account.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        body (DatasetCreate | Unset): Options for the new dataset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | IdResponse
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            body=body,
        )
    ).parsed
