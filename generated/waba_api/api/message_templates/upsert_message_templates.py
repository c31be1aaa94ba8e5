from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.graph_error import GraphError
from ...models.message_template_upsert import MessageTemplateUpsert
from ...models.message_template_upsert_result import MessageTemplateUpsertResult
from ...types import Response


def _get_kwargs(
    waba_id: str,
    *,
    body: MessageTemplateUpsert,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{waba_id}/upsert_message_templates".format(
            waba_id=quote(str(waba_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphError | MessageTemplateUpsertResult | None:
    if response.status_code == 200:
        response_200 = MessageTemplateUpsertResult.from_dict(response.json())

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
) -> Response[GraphError | MessageTemplateUpsertResult]:
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
    body: MessageTemplateUpsert,
) -> Response[GraphError | MessageTemplateUpsertResult]:
    """Create or update authentication templates in several languages

     Creates or updates one authentication template in several languages at once. Existing languages of
    the
    same name are updated, missing ones created.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        body (MessageTemplateUpsert): An authentication template in several languages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | MessageTemplateUpsertResult]
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
    body: MessageTemplateUpsert,
) -> GraphError | MessageTemplateUpsertResult | None:
    """Create or update authentication templates in several languages

     Creates or updates one authentication template in several languages at once. Existing languages of
    the
    same name are updated, missing ones created.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        body (MessageTemplateUpsert): An authentication template in several languages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | MessageTemplateUpsertResult
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
    body: MessageTemplateUpsert,
) -> Response[GraphError | MessageTemplateUpsertResult]:
    """Create or update authentication templates in several languages

     Creates or updates one authentication template in several languages at once. Existing languages of
    the
    same name are updated, missing ones created.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        body (MessageTemplateUpsert): An authentication template in several languages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | MessageTemplateUpsertResult]
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
    body: MessageTemplateUpsert,
) -> GraphError | MessageTemplateUpsertResult | None:
    """Create or update authentication templates in several languages

     Creates or updates one authentication template in several languages at once. Existing languages of
    the
    same name are updated, missing ones created.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        body (MessageTemplateUpsert): An authentication template in several languages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | MessageTemplateUpsertResult
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            body=body,
        )
    ).parsed
