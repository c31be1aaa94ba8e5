"""Batch: 50 sub-requests per HTTP call, typed per-item results and errors, unprocessed items re-sent."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

import httpx
import pytest

from waba import GraphAPIError, InvalidParameterError, TransientError
from waba.batch import to_batch_item
from waba_api.models import SuccessResponse, WhatsAppBusinessAccount

from .helpers import Script, make_async_client, make_client


class BatchGraph:
    """Answers batch requests: every GET returns an account; ids ending in 7 fail; `drop` ids come back null once."""

    def __init__(self, drop: set[str] | None = None) -> None:
        self.drop = set(drop or ())
        self.batches: list[list[dict[str, str]]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/v24.0/"
        payload = json.loads(request.content)
        assert payload["include_headers"] is False
        self.batches.append(payload["batch"])
        answers = []
        for item in payload["batch"]:
            node = item["relative_url"].split("?", 1)[0].split("/", 1)[0]
            if node in self.drop:
                self.drop.discard(node)
                answers.append(None)
            elif node.endswith("7"):
                error = {"error": {"message": "(#100) Invalid parameter", "type": "OAuthException", "code": 100}}
                answers.append({"code": 400, "body": json.dumps(error)})
            elif item["method"] == "POST":
                answers.append({"code": 200, "body": json.dumps({"success": True})})
            else:
                answers.append({"code": 200, "body": json.dumps({"id": node, "name": f"waba {node}"})})
        return httpx.Response(200, json=answers)


def test_calls_are_chunked_by_fifty_and_results_stay_in_order() -> None:
    graph = BatchGraph()
    client = make_client(Script(graph))
    ids = [str(1000 + i) for i in range(120)]
    results = client.batch([client.account(i).get.prepare(fields=["id", "name"]) for i in ids])
    assert [len(b) for b in graph.batches] == [50, 50, 20]
    assert len(results) == 120
    for node, result in zip(ids, results, strict=True):
        if node.endswith("7"):
            assert isinstance(result.error, InvalidParameterError)
            with pytest.raises(InvalidParameterError):
                result.unwrap()
        else:
            assert result.ok and isinstance(result.value, WhatsAppBusinessAccount)
            assert result.unwrap().name == f"waba {node}"
    assert graph.batches[0][0]["relative_url"] == "1000?fields=id%2Cname"


def test_null_items_are_sent_again() -> None:
    graph = BatchGraph(drop={"1001", "1002"})
    client = make_client(Script(graph))
    results = client.batch([client.account(str(1000 + i)).get.prepare() for i in range(4)])
    assert [len(b) for b in graph.batches] == [4, 2]
    assert all(r.ok for r in results)


def test_items_never_processed_end_as_transient_errors() -> None:
    never = BatchGraph(drop=set())

    def always_null(request: httpx.Request) -> httpx.Response:
        never(request)
        return httpx.Response(200, json=[None for _ in json.loads(request.content)["batch"]])

    client = make_client(Script(always_null))
    (result,) = client.batch([client.account("1000").get.prepare()], max_rounds=2)
    assert isinstance(result.error, TransientError)
    assert len(never.batches) == 2


def test_post_sub_requests_are_form_encoded_with_json_values() -> None:
    client = make_client(Script(BatchGraph()))
    call = client.account("1000").assigned_users.create.prepare(body={"user": "5", "tasks": ["MANAGE", "DEVELOP"]})
    item = to_batch_item(call)
    assert item.relative_url == "1000/assigned_users"
    assert parse_qs(str(item.body)) == {"user": ["5"], "tasks": ['["MANAGE","DEVELOP"]']}
    (result,) = client.batch([call])
    assert isinstance(result.value, SuccessResponse) and result.value.success


def test_a_malformed_sub_response_is_an_error_not_a_crash() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[{"code": 200, "body": "{not json"}])

    client = make_client(Script(handler))
    (result,) = client.batch([client.account("1000").get.prepare()])
    assert isinstance(result.error, GraphAPIError) and not result.ok


async def test_async_batch() -> None:
    graph = BatchGraph(drop={"1003"})
    client = make_async_client(Script(graph))
    results = await client.batch([client.account(str(1000 + i)).get.prepare() for i in range(60)])
    assert [len(b) for b in graph.batches] == [50, 10, 1]
    assert sum(r.ok for r in results) == 54
