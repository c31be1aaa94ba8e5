from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.graph_error import GraphError
from ...models.product_catalog_list import ProductCatalogList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    waba_id: str,
    *,
    fields: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields

    encoded_fields: str | Unset = UNSET
    if not isinstance(json_fields, Unset):
        encoded_fields = ",".join(json_fields)
    params["fields"] = encoded_fields

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{waba_id}/product_catalogs".format(
            waba_id=quote(str(waba_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphError | ProductCatalogList | None:
    if response.status_code == 200:
        response_200 = ProductCatalogList.from_dict(response.json())

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
) -> Response[GraphError | ProductCatalogList]:
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
    fields: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[GraphError | ProductCatalogList]:
    """List the product catalogs connected to a WhatsApp Business Account

     Lists the catalogs whose products can be sent in catalog and multi-product messages.

    Permissions: `whatsapp_business_management`, `catalog_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        fields (list[str] | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | ProductCatalogList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        fields=fields,
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
    fields: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> GraphError | ProductCatalogList | None:
    """List the product catalogs connected to a WhatsApp Business Account

     Lists the catalogs whose products can be sent in catalog and multi-product messages.

    Permissions: `whatsapp_business_management`, `catalog_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        fields (list[str] | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | ProductCatalogList
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[GraphError | ProductCatalogList]:
    """List the product catalogs connected to a WhatsApp Business Account

     Lists the catalogs whose products can be sent in catalog and multi-product messages.

    Permissions: `whatsapp_business_management`, `catalog_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        fields (list[str] | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | ProductCatalogList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        fields=fields,
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
    fields: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> GraphError | ProductCatalogList | None:
    """List the product catalogs connected to a WhatsApp Business Account

     Lists the catalogs whose products can be sent in catalog and multi-product messages.

    Permissions: `whatsapp_business_management`, `catalog_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        fields (list[str] | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | ProductCatalogList
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            fields=fields,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
