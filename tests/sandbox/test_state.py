"""The sandbox is stateful: what is created can be read, edited and deleted, as on Graph."""

from __future__ import annotations

import re

import pytest

from waba import AsyncWabaClient, InvalidParameterError, NotFoundError, WabaClient
from waba_api.models import MessageTemplate, TemplateStatus
from waba_sandbox.store import Store

GRAPH_ID = re.compile(r"^[1-9][0-9]{14,15}$")
BODY = {
    "name": "sandbox_hello",
    "language": "en_US",
    "category": "UTILITY",
    "components": [{"type": "BODY", "text": "Hello {{1}}, your parcel is ready for pickup today.",
                    "example": {"body_text": [["Ana"]]}}],
}  # fmt: skip


def test_a_created_template_is_pending_listed_readable_editable_and_deletable(client: WabaClient, store: Store) -> None:
    account = client.account(store.main_account)
    created = account.message_templates.create(body=BODY)
    assert GRAPH_ID.match(created.id)
    assert created.status == TemplateStatus.PENDING
    listed = list(account.message_templates.list(name="sandbox_hello"))
    assert [t.id for t in listed] == [created.id]
    assert listed[0].status == TemplateStatus.PENDING
    node = client.message_template(created.id)
    fetched = node.get(fields=["id", "name", "status", "components"])
    assert isinstance(fetched, MessageTemplate) and fetched.name == "sandbox_hello"
    new_body = {"components": [{"type": "BODY", "text": "Hi {{1}}, your parcel waits for you at the front desk."}]}
    assert node.update(body=new_body).success
    assert "front desk" in str(node.get(fields=["components"]).components[0].text)
    assert account.message_templates.delete(name="sandbox_hello").success
    with pytest.raises(NotFoundError):
        node.get()
    assert list(account.message_templates.list(name="sandbox_hello")) == []


def test_duplicate_and_malformed_templates_get_graph_subcodes(client: WabaClient, store: Store) -> None:
    account = client.account(store.main_account)
    account.message_templates.create(body=BODY)
    with pytest.raises(InvalidParameterError) as duplicate:
        account.message_templates.create(body=BODY)
    assert duplicate.value.subcode == 2388024
    text = "{{1}} is waiting for you at the front desk today"
    leading = {**BODY, "name": "leading_param", "components": [{"type": "BODY", "text": text}]}
    with pytest.raises(InvalidParameterError) as caught:
        account.message_templates.create(body=leading)
    assert caught.value.subcode == 2388299


def test_assigned_users_appear_and_disappear(client: WabaClient, store: Store) -> None:
    account = client.account(store.main_account)
    business = store.main_business
    unassigned = [u for u in store.users if u not in store.accounts[store.main_account].assigned_users]
    user = unassigned[0]
    before = {u.id for u in account.assigned_users.list(business=business)}
    assert user not in before
    assert account.assigned_users.create(body={"user": user, "tasks": ["MANAGE_TEMPLATES", "VIEW_COST"]}).success
    after = {u.id: u for u in account.assigned_users.list(business=business)}
    assert [t.value for t in after[user].tasks] == ["MANAGE_TEMPLATES", "VIEW_COST"]  # type: ignore[union-attr]
    assert account.assigned_users.delete(user=user).success
    assert user not in {u.id for u in account.assigned_users.list(business=business)}
    with pytest.raises(InvalidParameterError):
        account.assigned_users.delete(user=user)


def test_subscribing_and_unsubscribing_the_calling_app(client: WabaClient, store: Store, sandbox) -> None:
    account = client.account(store.main_account)
    app_id = sandbox.sandbox.config.app_id
    assert account.subscribed_apps.delete().success
    assert app_id not in {a.whatsapp_business_api_data.id for a in account.subscribed_apps.list()}  # type: ignore[union-attr]
    assert account.subscribed_apps.create(body={"override_callback_uri": "https://hooks.example.com/new"}).success
    apps = {a.whatsapp_business_api_data.id: a for a in account.subscribed_apps.list()}  # type: ignore[union-attr]
    assert apps[app_id].override_callback_uri == "https://hooks.example.com/new"


def test_catalogs_connect_and_disconnect(client: WabaClient, store: Store) -> None:
    account = client.account(store.main_account)
    (connected,) = [c.id for c in account.product_catalogs.list()]
    other = next(c for c in store.catalogs if c != connected)
    with pytest.raises(InvalidParameterError, match="already connected"):
        account.product_catalogs.create(body={"catalog_id": other})
    assert account.product_catalogs.delete(catalog_id=connected).success
    assert list(account.product_catalogs.list()) == []
    assert account.product_catalogs.create(body={"catalog_id": other}).success
    assert [c.id for c in account.product_catalogs.list()] == [other]


def test_phone_numbers_payments_datasets_and_flows_keep_state(client: WabaClient, store: Store) -> None:
    account = client.account(store.main_account)
    phone = account.phone_numbers.create(body={"cc": "1", "phone_number": "6315550199", "verified_name": "Jasper's"})
    assert phone.id in {p.id for p in account.phone_numbers.list()}
    created = account.payment_configuration.create(body={"configuration_name": "payu-test", "provider_name": "PAYU"})
    assert created.success and created.oauth_url
    assert account.payment_configuration.get(configuration_name="payu-test").data[0].configuration_name == "payu-test"
    assert account.payment_configuration.delete(configuration_name="payu-test").success
    with pytest.raises(InvalidParameterError):
        account.payment_configuration.get(configuration_name="payu-test")
    flow = account.flows.create(body={"name": "Returns", "categories": ["CUSTOMER_SUPPORT"]})
    assert next(iter(account.flows.list())).id == flow.id
    no_dataset = client.account(next(a for a in store.accounts if a != store.main_account))
    assert no_dataset.dataset.get().data == []
    dataset_id = no_dataset.dataset.create(body={"dataset_name": "conversions"}).id
    assert [d.id for d in no_dataset.dataset.get().data] == [dataset_id]


def test_ids_are_graph_like(store: Store) -> None:
    ids = [*store.accounts, *store.businesses, *store.users, *store.catalogs, *store.template_owner]
    assert all(GRAPH_ID.match(i) for i in ids)
    assert len(ids) == len(set(ids))


async def test_the_async_client_pages_through_the_sandbox(async_client: AsyncWabaClient, store: Store) -> None:
    account = async_client.account(store.main_account)
    pager = account.message_templates.list(limit=100, summary=["total_count"])
    names = [t.name async for t in pager]
    assert len(names) == await pager.total_count() == len(store.accounts[store.main_account].templates)
    created = await account.message_templates.create(body=BODY)
    assert (await async_client.message_template(created.id).get()).status == TemplateStatus.PENDING
    await async_client.close()


def test_the_shipped_pytest_fixtures_serve_a_sandbox(waba_sandbox_client: WabaClient, waba_sandbox) -> None:
    account = waba_sandbox_client.account(waba_sandbox.sandbox.store.main_account).get(fields=["id", "name"])
    assert account.name == "Jasper's Market"
    assert waba_sandbox.base_url.startswith("http://127.0.0.1:")
