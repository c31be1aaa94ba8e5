import json
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.graph_error import GraphError
from ...models.success_response import SuccessResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    waba_id: str,
    *,
    name: str | Unset = UNSET,
    hsm_id: str | Unset = UNSET,
    hsm_ids: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["hsm_id"] = hsm_id

    json_hsm_ids: list[str] | Unset = UNSET
    if not isinstance(hsm_ids, Unset):
        json_hsm_ids = hsm_ids

    encoded_hsm_ids: str | Unset = UNSET
    if not isinstance(json_hsm_ids, Unset):
        encoded_hsm_ids = json.dumps(json_hsm_ids, separators=(",", ":"))
    params["hsm_ids"] = encoded_hsm_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/{waba_id}/message_templates".format(
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
    name: str | Unset = UNSET,
    hsm_id: str | Unset = UNSET,
    hsm_ids: list[str] | Unset = UNSET,
) -> Response[GraphError | SuccessResponse]:
    """Delete message templates

     Deletes templates: by `name` (every language of that template), by `hsm_id` together with `name`
    (one
    language), or by `hsm_ids` (up to 100 ids). A deleted name cannot be reused for 30 days.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        name (str | Unset): Template name, lowercase letters, digits and underscores. Example:
            order_update.
        hsm_id (str | Unset): A Graph node id, a string of digits. Example: 102290129340398.
        hsm_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | SuccessResponse]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        name=name,
        hsm_id=hsm_id,
        hsm_ids=hsm_ids,
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
    hsm_id: str | Unset = UNSET,
    hsm_ids: list[str] | Unset = UNSET,
) -> GraphError | SuccessResponse | None:
    """Delete message templates

     Deletes templates: by `name` (every language of that template), by `hsm_id` together with `name`
    (one
    language), or by `hsm_ids` (up to 100 ids). A deleted name cannot be reused for 30 days.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        name (str | Unset): Template name, lowercase letters, digits and underscores. Example:
            order_update.
        hsm_id (str | Unset): A Graph node id, a string of digits. Example: 102290129340398.
        hsm_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | SuccessResponse
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        name=name,
        hsm_id=hsm_id,
        hsm_ids=hsm_ids,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    hsm_id: str | Unset = UNSET,
    hsm_ids: list[str] | Unset = UNSET,
) -> Response[GraphError | SuccessResponse]:
    """Delete message templates

     Deletes templates: by `name` (every language of that template), by `hsm_id` together with `name`
    (one
    language), or by `hsm_ids` (up to 100 ids). A deleted name cannot be reused for 30 days.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        name (str | Unset): Template name, lowercase letters, digits and underscores. Example:
            order_update.
        hsm_id (str | Unset): A Graph node id, a string of digits. Example: 102290129340398.
        hsm_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | SuccessResponse]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        name=name,
        hsm_id=hsm_id,
        hsm_ids=hsm_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    hsm_id: str | Unset = UNSET,
    hsm_ids: list[str] | Unset = UNSET,
) -> GraphError | SuccessResponse | None:
    """Delete message templates

     Deletes templates: by `name` (every language of that template), by `hsm_id` together with `name`
    (one
    language), or by `hsm_ids` (up to 100 ids). A deleted name cannot be reused for 30 days.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        name (str | Unset): Template name, lowercase letters, digits and underscores. Example:
            order_update.
        hsm_id (str | Unset): A Graph node id, a string of digits. Example: 102290129340398.
        hsm_ids (list[str] | Unset):

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
            name=name,
            hsm_id=hsm_id,
            hsm_ids=hsm_ids,
        )
    ).parsed
