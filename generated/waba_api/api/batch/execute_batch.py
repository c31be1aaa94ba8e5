from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_request import BatchRequest
from ...models.batch_response import BatchResponse
from ...models.graph_error import GraphError
from ...types import Response


def _get_kwargs(
    *,
    body: BatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphError | list[BatchResponse | None] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(data: object) -> BatchResponse | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_item_type_0 = BatchResponse.from_dict(data)

                    return response_200_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(BatchResponse | None, data)

            response_200_item = _parse_response_200_item(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[GraphError | list[BatchResponse | None]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchRequest,
) -> Response[GraphError | list[BatchResponse | None]]:
    """Send up to 50 Graph calls in one HTTP request

     Runs up to 50 sub-requests and answers an array aligned with them. Each entry is the sub-request's
    own
    status, headers and body (JSON text), or `null` when Graph did not process it — re-send those. Each
    sub-request counts against the rate limits as one call. A sub-request's `body` is form-encoded, with
    list and object values JSON-encoded.

    Permissions: those of each sub-request.

    Args:
        body (BatchRequest): The sub-requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | list[BatchResponse | None]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BatchRequest,
) -> GraphError | list[BatchResponse | None] | None:
    """Send up to 50 Graph calls in one HTTP request

     Runs up to 50 sub-requests and answers an array aligned with them. Each entry is the sub-request's
    own
    status, headers and body (JSON text), or `null` when Graph did not process it — re-send those. Each
    sub-request counts against the rate limits as one call. A sub-request's `body` is form-encoded, with
    list and object values JSON-encoded.

    Permissions: those of each sub-request.

    Args:
        body (BatchRequest): The sub-requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | list[BatchResponse | None]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchRequest,
) -> Response[GraphError | list[BatchResponse | None]]:
    """Send up to 50 Graph calls in one HTTP request

     Runs up to 50 sub-requests and answers an array aligned with them. Each entry is the sub-request's
    own
    status, headers and body (JSON text), or `null` when Graph did not process it — re-send those. Each
    sub-request counts against the rate limits as one call. A sub-request's `body` is form-encoded, with
    list and object values JSON-encoded.

    Permissions: those of each sub-request.

    Args:
        body (BatchRequest): The sub-requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | list[BatchResponse | None]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchRequest,
) -> GraphError | list[BatchResponse | None] | None:
    """Send up to 50 Graph calls in one HTTP request

     Runs up to 50 sub-requests and answers an array aligned with them. Each entry is the sub-request's
    own
    status, headers and body (JSON text), or `null` when Graph did not process it — re-send those. Each
    sub-request counts against the rate limits as one call. A sub-request's `body` is form-encoded, with
    list and object values JSON-encoded.

    Permissions: those of each sub-request.

    Args:
        body (BatchRequest): The sub-requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | list[BatchResponse | None]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
