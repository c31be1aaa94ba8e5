import json
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.graph_error import GraphError
from ...models.message_template_preview_list import MessageTemplatePreviewList
from ...models.preview_button_type import PreviewButtonType
from ...models.preview_category import PreviewCategory
from ...types import UNSET, Response, Unset


def _get_kwargs(
    waba_id: str,
    *,
    category: PreviewCategory,
    languages: list[str] | Unset = UNSET,
    add_security_recommendation: bool | Unset = UNSET,
    code_expiration_minutes: int | Unset = UNSET,
    button_types: list[PreviewButtonType] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_category = category.value
    params["category"] = json_category

    json_languages: list[str] | Unset = UNSET
    if not isinstance(languages, Unset):
        json_languages = languages

    encoded_languages: str | Unset = UNSET
    if not isinstance(json_languages, Unset):
        encoded_languages = json.dumps(json_languages, separators=(",", ":"))
    params["languages"] = encoded_languages

    params["add_security_recommendation"] = add_security_recommendation

    params["code_expiration_minutes"] = code_expiration_minutes

    json_button_types: list[str] | Unset = UNSET
    if not isinstance(button_types, Unset):
        json_button_types = []
        for button_types_item_data in button_types:
            button_types_item = button_types_item_data.value
            json_button_types.append(button_types_item)

    encoded_button_types: str | Unset = UNSET
    if not isinstance(json_button_types, Unset):
        encoded_button_types = json.dumps(json_button_types, separators=(",", ":"))
    params["button_types"] = encoded_button_types

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
        "url": "/{waba_id}/message_template_previews".format(
            waba_id=quote(str(waba_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphError | MessageTemplatePreviewList | None:
    if response.status_code == 200:
        response_200 = MessageTemplatePreviewList.from_dict(response.json())

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
) -> Response[GraphError | MessageTemplatePreviewList]:
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
    category: PreviewCategory,
    languages: list[str] | Unset = UNSET,
    add_security_recommendation: bool | Unset = UNSET,
    code_expiration_minutes: int | Unset = UNSET,
    button_types: list[PreviewButtonType] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> Response[GraphError | MessageTemplatePreviewList]:
    """Preview authentication template texts

     Returns the fixed texts Meta uses for authentication templates, per language, for the chosen
    options.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        category (PreviewCategory): Categories with previews.
        languages (list[str] | Unset):
        add_security_recommendation (bool | Unset):
        code_expiration_minutes (int | Unset):
        button_types (list[PreviewButtonType] | Unset):
        fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | MessageTemplatePreviewList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        category=category,
        languages=languages,
        add_security_recommendation=add_security_recommendation,
        code_expiration_minutes=code_expiration_minutes,
        button_types=button_types,
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
    category: PreviewCategory,
    languages: list[str] | Unset = UNSET,
    add_security_recommendation: bool | Unset = UNSET,
    code_expiration_minutes: int | Unset = UNSET,
    button_types: list[PreviewButtonType] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> GraphError | MessageTemplatePreviewList | None:
    """Preview authentication template texts

     Returns the fixed texts Meta uses for authentication templates, per language, for the chosen
    options.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        category (PreviewCategory): Categories with previews.
        languages (list[str] | Unset):
        add_security_recommendation (bool | Unset):
        code_expiration_minutes (int | Unset):
        button_types (list[PreviewButtonType] | Unset):
        fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | MessageTemplatePreviewList
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        category=category,
        languages=languages,
        add_security_recommendation=add_security_recommendation,
        code_expiration_minutes=code_expiration_minutes,
        button_types=button_types,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    category: PreviewCategory,
    languages: list[str] | Unset = UNSET,
    add_security_recommendation: bool | Unset = UNSET,
    code_expiration_minutes: int | Unset = UNSET,
    button_types: list[PreviewButtonType] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> Response[GraphError | MessageTemplatePreviewList]:
    """Preview authentication template texts

     Returns the fixed texts Meta uses for authentication templates, per language, for the chosen
    options.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        category (PreviewCategory): Categories with previews.
        languages (list[str] | Unset):
        add_security_recommendation (bool | Unset):
        code_expiration_minutes (int | Unset):
        button_types (list[PreviewButtonType] | Unset):
        fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | MessageTemplatePreviewList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        category=category,
        languages=languages,
        add_security_recommendation=add_security_recommendation,
        code_expiration_minutes=code_expiration_minutes,
        button_types=button_types,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    category: PreviewCategory,
    languages: list[str] | Unset = UNSET,
    add_security_recommendation: bool | Unset = UNSET,
    code_expiration_minutes: int | Unset = UNSET,
    button_types: list[PreviewButtonType] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> GraphError | MessageTemplatePreviewList | None:
    """Preview authentication template texts

     Returns the fixed texts Meta uses for authentication templates, per language, for the chosen
    options.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        category (PreviewCategory): Categories with previews.
        languages (list[str] | Unset):
        add_security_recommendation (bool | Unset):
        code_expiration_minutes (int | Unset):
        button_types (list[PreviewButtonType] | Unset):
        fields (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | MessageTemplatePreviewList
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            category=category,
            languages=languages,
            add_security_recommendation=add_security_recommendation,
            code_expiration_minutes=code_expiration_minutes,
            button_types=button_types,
            fields=fields,
        )
    ).parsed
