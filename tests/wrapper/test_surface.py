"""Every spec operation is reachable from both clients, and returns generated models."""

from __future__ import annotations

import functools
from typing import Any

import pytest

from waba import AsyncPager, AsyncWabaClient, Pager, WabaClient
from waba.operations import AsyncCall, AsyncPagedCall, Call, Endpoint, PagedCall
from waba.resources import Account, Business, MessageTemplateNode, Resource, operations_of
from waba.spec import load_spec

from .helpers import TOKEN, WABA

ROOTS: dict[str, type[Resource[Any]]] = {
    "account": Account,
    "message_template": MessageTemplateNode,
    "business": Business,
}


def reachable() -> dict[str, tuple[str, str]]:
    """operationId -> (client factory, dotted attribute path)."""
    return {
        operation.operation_id: (root_name, path)
        for root_name, root in ROOTS.items()
        for path, operation in operations_of(root)
    }


def spec_operation_ids() -> set[str]:
    return {
        operation["operationId"]
        for item in load_spec()["paths"].values()
        for method, operation in item.items()
        if method in ("get", "post", "delete")
    }


def test_every_operation_of_the_spec_is_reachable() -> None:
    assert spec_operation_ids() - set(reachable()) == {"executeBatch"}, "executeBatch is reached via client.batch()"
    assert set(reachable()) <= spec_operation_ids()
    assert len(reachable()) == 55


def test_results_are_generated_models() -> None:
    for root in ROOTS.values():
        for _, operation in operations_of(root):
            model = operation.returns if isinstance(operation, Endpoint) else operation.page
            assert model.__module__.startswith("waba_api.models."), operation.operation_id


@pytest.mark.parametrize(
    ("client_cls", "call_types", "pager_type"),
    [(WabaClient, (Call, PagedCall), Pager), (AsyncWabaClient, (AsyncCall, AsyncPagedCall), AsyncPager)],
)
def test_both_clients_expose_every_operation(
    client_cls: type[Any], call_types: tuple[type, ...], pager_type: type
) -> None:
    client = client_cls(access_token=TOKEN)
    for operation_id, (factory, path) in reachable().items():
        bound = functools.reduce(getattr, path.split("."), getattr(client, factory)(WABA))
        assert isinstance(bound, call_types), operation_id
        assert callable(bound.prepare)
    pager = client.account(WABA).phone_numbers.list()
    assert isinstance(pager, pager_type)
    assert pager.pages_fetched == 0, "creating a pager sends nothing"


def test_lazy_references_import_on_first_use_only() -> None:
    from waba.lazy import Ref, module_name, resolve

    ref = Ref("waba_api.models").Cursors
    assert ref.path == "waba_api.models.Cursors" and repr(ref) == "<lazy waba_api.models.Cursors>"
    with pytest.raises(AttributeError):
        _ = ref.__wrapped__
    assert resolve(ref).__name__ == "Cursors" and resolve(len) is len
    build = Ref("waba_api.api").flows.list_flows.build_request
    assert module_name(build) == "list_flows" == module_name(resolve(build))
    operation = Account.get
    assert operation.operation_id == "getWhatsAppBusinessAccount"
    assert operation.build.__name__ == "build_request" and operation.returns.__name__ == "WhatsAppBusinessAccount"
