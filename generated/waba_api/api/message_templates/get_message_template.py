from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.graph_error import GraphError
from ...models.message_template import MessageTemplate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    template_id: str,
    *,
    fields: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "url": "/{template_id}#message-template".format(
            template_id=quote(str(template_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphError | MessageTemplate | None:
    if response.status_code == 200:
        response_200 = MessageTemplate.from_dict(response.json())

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
) -> Response[GraphError | MessageTemplate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[str] | Unset = UNSET,
) -> Response[GraphError | MessageTemplate]:
    """Get a message template

     Reads one template by id. Graph serves this at `/{template-id}`; the `#message-template` fragment
    only
    keeps the path key distinct from `/{waba-id}` and is never sent (see "One node, two path items").

    Permissions: `whatsapp_business_management`.

    Args:
        template_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | MessageTemplate]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[str] | Unset = UNSET,
) -> GraphError | MessageTemplate | None:
    """Get a message template

     Reads one template by id. Graph serves this at `/{template-id}`; the `#message-template` fragment
    only
    keeps the path key distinct from `/{waba-id}` and is never sent (see "One node, two path items").

    Permissions: `whatsapp_business_management`.

    Args:
        template_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | MessageTemplate
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[str] | Unset = UNSET,
) -> Response[GraphError | MessageTemplate]:
    """Get a message template

     Reads one template by id. Graph serves this at `/{template-id}`; the `#message-template` fragment
    only
    keeps the path key distinct from `/{waba-id}` and is never sent (see "One node, two path items").

    Permissions: `whatsapp_business_management`.

    Args:
        template_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | MessageTemplate]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[str] | Unset = UNSET,
) -> GraphError | MessageTemplate | None:
    """Get a message template

     Reads one template by id. Graph serves this at `/{template-id}`; the `#message-template` fragment
    only
    keeps the path key distinct from `/{waba-id}` and is never sent (see "One node, two path items").

    Permissions: `whatsapp_business_management`.

    Args:
        template_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | MessageTemplate
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            fields=fields,
        )
    ).parsed
