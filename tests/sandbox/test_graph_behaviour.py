"""The sandbox behaves like Graph: auth, parameter forms, fields, paging, documented failures, rate limits."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections import Counter

import httpx
import pytest

from waba import (
    AuthenticationError,
    GraphQueryError,
    InsightsNotAvailableError,
    InvalidParameterError,
    NoLinkedPhoneNumbersError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TokenExpiredError,
    WabaClient,
)
from waba_sandbox import EXPIRED_TOKEN, LIMITED_TOKEN, RunningSandbox, SandboxConfig
from waba_sandbox.store import Store


def raw(sandbox: RunningSandbox) -> httpx.Client:
    return httpx.Client(base_url=f"{sandbox.base_url}/v24.0")


# -- auth -----------------------------------------------------------------------------------------------------------


def test_token_is_accepted_in_every_form_graph_accepts(sandbox: RunningSandbox, store: Store) -> None:
    http, waba, token = raw(sandbox), store.main_account, sandbox.token
    assert http.get(f"/{waba}", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert http.get(f"/{waba}", headers={"Authorization": f"OAuth {token}"}).status_code == 200
    assert http.get(f"/{waba}", params={"access_token": token}).status_code == 200
    form = http.post(f"/{waba}", data={"access_token": token, "template_auto_archival_enabled": "false"})
    assert form.json() == {"success": True}
    missing = http.get(f"/{waba}")
    assert (missing.status_code, missing.json()["error"]["code"]) == (401, 104)


@pytest.mark.parametrize(
    ("token", "expected", "code", "subcode"),
    [("EAAnotAToken", AuthenticationError, 190, None), (EXPIRED_TOKEN, TokenExpiredError, 190, 463),
     (LIMITED_TOKEN, PermissionDeniedError, 200, None)],
)  # fmt: skip
def test_bad_tokens_get_graph_errors(sandbox: RunningSandbox, store: Store, token: str, expected: type, code: int,
                                     subcode: int | None) -> None:  # fmt: skip
    with WabaClient(access_token=token, base_url=sandbox.base_url, max_retries=0) as client:
        with pytest.raises(expected) as caught:
            client.account(store.main_account).get()
    assert (caught.value.code, caught.value.subcode) == (code, subcode)


def test_appsecret_proof_is_checked_when_the_sandbox_has_an_app_secret() -> None:
    with RunningSandbox(SandboxConfig(app_secret="s3cret-app")) as sandbox:
        waba = sandbox.sandbox.store.main_account
        with WabaClient(access_token=sandbox.token, base_url=sandbox.base_url, app_secret="s3cret-app") as good:
            assert good.account(waba).get().id == waba
        with WabaClient(access_token=sandbox.token, base_url=sandbox.base_url) as none:
            with pytest.raises(InvalidParameterError, match="appsecret_proof"):
                none.account(waba).get()
        with WabaClient(access_token=sandbox.token, base_url=sandbox.base_url, app_secret="wrong") as bad:
            with pytest.raises(InvalidParameterError, match="Invalid appsecret_proof"):
                bad.account(waba).get()
        proof = hmac.new(b"s3cret-app", sandbox.token.encode(), hashlib.sha256).hexdigest()
        answer = raw(sandbox).get(f"/{waba}", params={"access_token": sandbox.token, "appsecret_proof": proof})
        assert answer.status_code == 200


# -- parameters -------------------------------------------------------------------------------------------------------


def test_lists_json_encoded_or_comma_separated_in_query_form_or_json(sandbox: RunningSandbox, store: Store) -> None:
    http, waba = raw(sandbox), store.main_account
    auth = {"Authorization": f"Bearer {sandbox.token}"}

    def count(params: dict[str, str]) -> int:
        answer = http.get(f"/{waba}/message_templates", params={**params, "summary": "total_count"}, headers=auth)
        return int(answer.json()["summary"]["total_count"])

    as_json = count({"category": '["MARKETING","UTILITY"]'})
    assert as_json == count({"category": "MARKETING,UTILITY"})
    assert as_json == count({"category": "MARKETING"}) + count({"category": "UTILITY"})
    users = [u for u in store.users if u not in store.accounts[waba].assigned_users]
    form = http.post(f"/{waba}/assigned_users", headers=auth, data={"user": users[0], "tasks": '["MANAGE"]'})
    as_json_body = http.post(f"/{waba}/assigned_users", headers=auth, json={"user": users[1], "tasks": ["DEVELOP"]})
    in_query = http.post(f"/{waba}/assigned_users", headers=auth, params={"user": users[2], "tasks": "VIEW_COST"})
    assert [r.json() for r in (form, as_json_body, in_query)] == [{"success": True}] * 3
    tasks = {uid: store.accounts[waba].assigned_users[uid] for uid in users[:3]}
    assert tasks == {users[0]: ["MANAGE"], users[1]: ["DEVELOP"], users[2]: ["VIEW_COST"]}
    bad = http.post(f"/{waba}/assigned_users", headers=auth, data={"user": users[3], "tasks": '["ROOT"]'})
    assert (bad.status_code, bad.json()["error"]["code"]) == (400, 100)


# -- fields ------------------------------------------------------------------------------------------------------------


def test_fields_default_selection_and_errors(client: WabaClient, store: Store) -> None:
    account = client.account(store.main_account)
    default = account.get()
    assert default.to_dict().keys() == {"id", "name", "timezone_id", "message_template_namespace"}
    chosen = account.get(fields=["currency", "health_status{can_send_message}"])
    assert set(chosen.to_dict()) == {"id", "currency", "health_status"}
    assert set(chosen.health_status.to_dict()) == {"can_send_message"}  # type: ignore[union-attr]
    with pytest.raises(InvalidParameterError, match=r"nonexisting field \(colour\)"):
        account.get(fields=["colour"])
    with pytest.raises(GraphQueryError):
        account.get(fields=["id,{name"])
    expanded = account.get(fields=["id", "phone_numbers.limit(1){display_phone_number}"])
    assert expanded.additional_properties["phone_numbers"]["data"][0].keys() == {"display_phone_number"}


# -- paging -----------------------------------------------------------------------------------------------------------


def test_paging_as_graph(sandbox: RunningSandbox, store: Store, client: WabaClient) -> None:
    http, waba = raw(sandbox), store.main_account
    auth = {"Authorization": f"Bearer {sandbox.token}"}
    first = http.get(f"/{waba}/message_templates", headers=auth).json()
    assert len(first["data"]) == 25
    next_url = first["paging"]["next"]
    assert next_url.startswith(f"{sandbox.base_url}/v24.0/{waba}/message_templates?")
    assert f"access_token={sandbox.token}" in next_url, "Graph embeds the token in paging.next"
    second = httpx.get(next_url).json()
    assert second["paging"]["previous"]
    assert not {t["id"] for t in first["data"]} & {t["id"] for t in second["data"]}
    capped = http.get(f"/{waba}/phone_numbers", params={"limit": 500}, headers=auth).json()
    assert len(capped["data"]) == len(store.accounts[waba].phone_numbers) <= 100
    pager = client.account(waba).message_templates.list(limit=50, summary=["total_count"])
    ids = [t.id for t in pager]
    assert len(ids) == len(set(ids)) == pager.total_count() == len(store.accounts[waba].templates)
    assert pager.pages_fetched == -(-len(ids) // 50)
    with pytest.raises(InvalidParameterError, match="cursor"):
        list(client.account(waba).message_templates.list(after="bm90LWEtY3Vyc29y"))


# -- documented failures ----------------------------------------------------------------------------------------


def test_no_linked_phone_numbers_and_insights_not_available(client: WabaClient, store: Store) -> None:
    bare = next(a for a in store.accounts.values() if not a.phone_numbers)
    with pytest.raises(NoLinkedPhoneNumbersError):
        list(client.account(bare.id).analytics.conversations(start=1719792000, end=1720396800, granularity="DAILY"))
    template = next(iter(bare.templates))
    with pytest.raises(InsightsNotAvailableError) as caught:
        list(client.account(bare.id).analytics.templates(start=1719792000, end=1720396800, granularity="DAILY",
                                                         template_ids=[template]))  # fmt: skip
    assert caught.value.error_data is not None


def test_unknown_objects_and_paths(client: WabaClient, sandbox: RunningSandbox) -> None:
    with pytest.raises(NotFoundError):
        client.account("123456789012345").get()
    answer = raw(sandbox).get("/123/no_such_edge", headers={"Authorization": f"Bearer {sandbox.token}"})
    assert answer.json()["error"]["code"] in (100, 2500)
    wrong = raw(sandbox).post(f"/{sandbox.sandbox.store.main_account}/activities",
                              headers={"Authorization": f"Bearer {sandbox.token}"})  # fmt: skip
    assert wrong.status_code == 405 and wrong.headers["allow"] == "GET"


# -- rate limits ---------------------------------------------------------------------------------------------------


def test_usage_headers_and_graph_budgets(sandbox: RunningSandbox, store: Store) -> None:
    limiter = sandbox.sandbox.limiter
    registered = store.accounts[store.main_account]
    bare = next(a for a in store.accounts.values() if not a.phone_numbers)
    assert (limiter.budget(registered.id), limiter.budget(bare.id)) == (5000, 200)
    answer = raw(sandbox).get(f"/{bare.id}", headers={"Authorization": f"Bearer {sandbox.token}"})
    usage = json.loads(answer.headers["x-business-use-case-usage"])
    assert usage[bare.id][0]["type"] == "whatsapp_business_management"
    assert usage[bare.id][0]["call_count"] == 1  # 1 call of 200 -> 1 %
    assert json.loads(answer.headers["x-app-usage"]).keys() == {"call_count", "total_time", "total_cputime"}


def test_spent_budget_answers_80008_with_regain_time_and_recovers() -> None:
    now = [1_800_000_000.0]
    config = SandboxConfig(budget_per_hour=3, clock=lambda: now[0])
    with RunningSandbox(config) as sandbox:
        waba = sandbox.sandbox.store.main_account
        with WabaClient(access_token=sandbox.token, base_url=sandbox.base_url, max_retries=0) as client:
            for _ in range(3):
                client.account(waba).get()
            with pytest.raises(RateLimitError) as caught:
                client.account(waba).get()
            assert caught.value.code == 80008
            assert caught.value.retry_after == 3600
            assert client.usage.max_percent(waba) == 100
            now[0] += 3601
            assert client.account(waba).get().id == waba


# -- seed data ----------------------------------------------------------------------------------------------------


def test_seed_data_is_rich_and_deterministic(store: Store) -> None:
    from waba_sandbox.seed import seed_store

    again = seed_store(SandboxConfig(seed=1))
    assert list(again.accounts) == list(store.accounts)
    assert list(again.template_owner) == list(store.template_owner)
    other = seed_store(SandboxConfig(seed=2))
    assert list(other.accounts) != list(store.accounts)
    templates = [t for a in store.accounts.values() for t in a.templates.values()]
    assert len(templates) >= 300
    assert len(Counter(t["status"] for t in templates)) >= 8
    assert set(Counter(t["category"] for t in templates)) == {"MARKETING", "UTILITY", "AUTHENTICATION"}
    assert len(Counter(t["language"] for t in templates)) >= 8
    assert len(store.accounts) >= 3 and store.users and store.apps and store.catalogs
    assert sum(len(a.phone_numbers) for a in store.accounts.values()) >= 3
