import json
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.graph_error import GraphError
from ...models.message_template_list import MessageTemplateList
from ...models.summary_field import SummaryField
from ...models.template_category import TemplateCategory
from ...models.template_quality_score_value import TemplateQualityScoreValue
from ...models.template_source import TemplateSource
from ...models.template_status import TemplateStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    waba_id: str,
    *,
    category: list[TemplateCategory] | Unset = UNSET,
    content: str | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    name_or_content: str | Unset = UNSET,
    quality_score: list[TemplateQualityScoreValue] | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    source: TemplateSource | Unset = UNSET,
    status: list[TemplateStatus] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    summary: list[SummaryField] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_category: list[str] | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = []
        for category_item_data in category:
            category_item = category_item_data.value
            json_category.append(category_item)

    encoded_category: str | Unset = UNSET
    if not isinstance(json_category, Unset):
        encoded_category = json.dumps(json_category, separators=(",", ":"))
    params["category"] = encoded_category

    params["content"] = content

    json_language: list[str] | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language

    encoded_language: str | Unset = UNSET
    if not isinstance(json_language, Unset):
        encoded_language = json.dumps(json_language, separators=(",", ":"))
    params["language"] = encoded_language

    params["name"] = name

    params["name_or_content"] = name_or_content

    json_quality_score: list[str] | Unset = UNSET
    if not isinstance(quality_score, Unset):
        json_quality_score = []
        for quality_score_item_data in quality_score:
            quality_score_item = quality_score_item_data.value
            json_quality_score.append(quality_score_item)

    encoded_quality_score: str | Unset = UNSET
    if not isinstance(json_quality_score, Unset):
        encoded_quality_score = json.dumps(json_quality_score, separators=(",", ":"))
    params["quality_score"] = encoded_quality_score

    params["since"] = since

    params["until"] = until

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source.value

    params["source"] = json_source

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    encoded_status: str | Unset = UNSET
    if not isinstance(json_status, Unset):
        encoded_status = json.dumps(json_status, separators=(",", ":"))
    params["status"] = encoded_status

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

    json_summary: list[str] | Unset = UNSET
    if not isinstance(summary, Unset):
        json_summary = []
        for summary_item_data in summary:
            summary_item = summary_item_data.value
            json_summary.append(summary_item)

    encoded_summary: str | Unset = UNSET
    if not isinstance(json_summary, Unset):
        encoded_summary = ",".join(json_summary)
    params["summary"] = encoded_summary

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{waba_id}/message_templates".format(
            waba_id=quote(str(waba_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphError | MessageTemplateList | None:
    if response.status_code == 200:
        response_200 = MessageTemplateList.from_dict(response.json())

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
) -> Response[GraphError | MessageTemplateList]:
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
    category: list[TemplateCategory] | Unset = UNSET,
    content: str | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    name_or_content: str | Unset = UNSET,
    quality_score: list[TemplateQualityScoreValue] | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    source: TemplateSource | Unset = UNSET,
    status: list[TemplateStatus] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    summary: list[SummaryField] | Unset = UNSET,
) -> Response[GraphError | MessageTemplateList]:
    """List message templates

     Lists the account's message templates, newest first, filtered by any combination of the parameters.
    Ask for `summary=total_count,message_template_count,message_template_limit` to learn how many exist
    and
    how many more can be created.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        category (list[TemplateCategory] | Unset):
        content (str | Unset):
        language (list[str] | Unset):
        name (str | Unset):
        name_or_content (str | Unset):
        quality_score (list[TemplateQualityScoreValue] | Unset):
        since (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
        until (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
        source (TemplateSource | Unset): Where a template came from.
        status (list[TemplateStatus] | Unset):
        fields (list[str] | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):
        summary (list[SummaryField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | MessageTemplateList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        category=category,
        content=content,
        language=language,
        name=name,
        name_or_content=name_or_content,
        quality_score=quality_score,
        since=since,
        until=until,
        source=source,
        status=status,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
        summary=summary,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    category: list[TemplateCategory] | Unset = UNSET,
    content: str | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    name_or_content: str | Unset = UNSET,
    quality_score: list[TemplateQualityScoreValue] | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    source: TemplateSource | Unset = UNSET,
    status: list[TemplateStatus] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    summary: list[SummaryField] | Unset = UNSET,
) -> GraphError | MessageTemplateList | None:
    """List message templates

     Lists the account's message templates, newest first, filtered by any combination of the parameters.
    Ask for `summary=total_count,message_template_count,message_template_limit` to learn how many exist
    and
    how many more can be created.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        category (list[TemplateCategory] | Unset):
        content (str | Unset):
        language (list[str] | Unset):
        name (str | Unset):
        name_or_content (str | Unset):
        quality_score (list[TemplateQualityScoreValue] | Unset):
        since (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
        until (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
        source (TemplateSource | Unset): Where a template came from.
        status (list[TemplateStatus] | Unset):
        fields (list[str] | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):
        summary (list[SummaryField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | MessageTemplateList
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        category=category,
        content=content,
        language=language,
        name=name,
        name_or_content=name_or_content,
        quality_score=quality_score,
        since=since,
        until=until,
        source=source,
        status=status,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
        summary=summary,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    category: list[TemplateCategory] | Unset = UNSET,
    content: str | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    name_or_content: str | Unset = UNSET,
    quality_score: list[TemplateQualityScoreValue] | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    source: TemplateSource | Unset = UNSET,
    status: list[TemplateStatus] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    summary: list[SummaryField] | Unset = UNSET,
) -> Response[GraphError | MessageTemplateList]:
    """List message templates

     Lists the account's message templates, newest first, filtered by any combination of the parameters.
    Ask for `summary=total_count,message_template_count,message_template_limit` to learn how many exist
    and
    how many more can be created.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        category (list[TemplateCategory] | Unset):
        content (str | Unset):
        language (list[str] | Unset):
        name (str | Unset):
        name_or_content (str | Unset):
        quality_score (list[TemplateQualityScoreValue] | Unset):
        since (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
        until (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
        source (TemplateSource | Unset): Where a template came from.
        status (list[TemplateStatus] | Unset):
        fields (list[str] | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):
        summary (list[SummaryField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphError | MessageTemplateList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        category=category,
        content=content,
        language=language,
        name=name,
        name_or_content=name_or_content,
        quality_score=quality_score,
        since=since,
        until=until,
        source=source,
        status=status,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
        summary=summary,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient | Client,
    category: list[TemplateCategory] | Unset = UNSET,
    content: str | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    name: str | Unset = UNSET,
    name_or_content: str | Unset = UNSET,
    quality_score: list[TemplateQualityScoreValue] | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    source: TemplateSource | Unset = UNSET,
    status: list[TemplateStatus] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    summary: list[SummaryField] | Unset = UNSET,
) -> GraphError | MessageTemplateList | None:
    """List message templates

     Lists the account's message templates, newest first, filtered by any combination of the parameters.
    Ask for `summary=total_count,message_template_count,message_template_limit` to learn how many exist
    and
    how many more can be created.

    Permissions: `whatsapp_business_management`.

    Args:
        waba_id (str): A Graph node id, a string of digits. Example: 102290129340398.
        category (list[TemplateCategory] | Unset):
        content (str | Unset):
        language (list[str] | Unset):
        name (str | Unset):
        name_or_content (str | Unset):
        quality_score (list[TemplateQualityScoreValue] | Unset):
        since (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
        until (int | Unset): Seconds since the Unix epoch (UTC). Example: 1719878400.
        source (TemplateSource | Unset): Where a template came from.
        status (list[TemplateStatus] | Unset):
        fields (list[str] | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):
        summary (list[SummaryField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphError | MessageTemplateList
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            category=category,
            content=content,
            language=language,
            name=name,
            name_or_content=name_or_content,
            quality_score=quality_score,
            since=since,
            until=until,
            source=source,
            status=status,
            fields=fields,
            limit=limit,
            after=after,
            before=before,
            summary=summary,
        )
    ).parsed
