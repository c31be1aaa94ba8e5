"""Sync and async twins have the same surface: every public member of one has a twin in the other with the same
signature (modulo async/await), and every operation is bound with the same signature on both clients."""

from __future__ import annotations

import functools
import inspect
import re
from typing import Any

import pytest

from waba import AsyncPager, AsyncWabaClient, Pager, WabaClient
from waba.operations import AsyncCall, AsyncPagedCall, Call, PagedCall
from waba.resources import Account, Business, MessageTemplateNode, operations_of

from .helpers import TOKEN, WABA

PROTOCOL = {"__init__", "__call__", "__enter__", "__exit__", "__iter__", "__aenter__", "__aexit__", "__aiter__"}
RENAMES = {"__enter__": "__aenter__", "__exit__": "__aexit__", "__iter__": "__aiter__"}
# What may differ in a signature between twins, written sync-side.
ASYNC_WORDS = [
    ("AsyncIterator", "Iterator"),
    ("AsyncPager", "Pager"),
    ("AsyncPagedCall", "PagedCall"),
    ("AsyncCall", "Call"),
    ("AsyncBaseTransport", "BaseTransport"),
    ("Awaitable[None]", "None"),
]
# The members that do I/O: `async def` (or async generators) on the async side, plain on the sync side.
AWAITED = {
    WabaClient: {"batch", "close", "request", "__enter__", "__exit__"},
    Pager: {"pages", "items", "collect", "first_page", "summary", "total_count"},
    Call: {"__call__"},
    PagedCall: set(),
}
TWINS = [(WabaClient, AsyncWabaClient), (Pager, AsyncPager), (Call, AsyncCall), (PagedCall, AsyncPagedCall)]


def members(cls: type) -> dict[str, Any]:
    """Public members and the protocol methods a class (or its SDK bases) defines."""
    found: dict[str, Any] = {}
    for name in dir(cls):
        defined_here = any(name in vars(k) for k in cls.__mro__ if k.__module__.startswith("waba."))
        if defined_here and (not name.startswith("_") or name in PROTOCOL):
            found[name] = inspect.getattr_static(cls, name)
    return found


def shape(member: Any) -> str:
    """A member's kind and signature, with the async words made sync."""
    if isinstance(member, property):
        text = f"property -> {inspect.signature(member.fget).return_annotation}"  # type: ignore[arg-type]
    elif isinstance(member, (staticmethod, classmethod)):
        text = f"{type(member).__name__}{inspect.signature(member.__func__)}"
    else:
        text = f"method{inspect.signature(member)}"
    for async_word, sync_word in ASYNC_WORDS:
        text = re.sub(rf"\b{re.escape(async_word)}", sync_word, text)
    return text


def is_async(member: Any) -> bool:
    return inspect.iscoroutinefunction(member) or inspect.isasyncgenfunction(member)


@pytest.mark.parametrize(("sync_cls", "async_cls"), TWINS, ids=lambda cls: cls.__name__)
def test_every_sync_member_has_an_async_twin_and_vice_versa(sync_cls: type, async_cls: type) -> None:
    sync_members, async_members = members(sync_cls), members(async_cls)
    assert {RENAMES.get(name, name) for name in sync_members} == set(async_members)
    for name, member in sync_members.items():
        twin = async_members[RENAMES.get(name, name)]
        assert shape(member) == shape(twin), f"{sync_cls.__name__}.{name}"
        assert not is_async(member), f"{sync_cls.__name__}.{name} must not be async"
        assert is_async(twin) == (name in AWAITED[sync_cls]), f"{async_cls.__name__}.{name}"


def test_the_comparison_sees_a_difference() -> None:
    """The normalisation does not hide real differences (a guard for the test above)."""

    def one(self: Any, max_items: int | None = None) -> list[Any]: ...
    def other(self: Any, max_items: int = 0) -> list[Any]: ...

    assert shape(one) != shape(other)
    assert shape(Pager.pages) == shape(AsyncPager.pages)
    assert members(Pager)["collect"] is Pager.collect


ROOTS = {"account": Account, "message_template": MessageTemplateNode, "business": Business}


def test_every_operation_is_bound_with_the_same_signature_on_both_clients() -> None:
    sync_client, async_client = WabaClient(access_token=TOKEN), AsyncWabaClient(access_token=TOKEN)
    checked = 0
    for factory, root in ROOTS.items():
        for path, operation in operations_of(root):
            bound = [
                functools.reduce(getattr, path.split("."), getattr(client, factory)(WABA))
                for client in (sync_client, async_client)
            ]
            sync_signature, async_signature = (inspect.signature(b) for b in bound)
            assert sync_signature.parameters == async_signature.parameters, operation.operation_id
            if isinstance(bound[0], Call):
                assert sync_signature.return_annotation is async_signature.return_annotation is operation.returns
            else:
                item = operation.item_name
                assert item != "Any", operation.operation_id
                assert repr(sync_signature.return_annotation) == f"Pager[{item}]"
                assert repr(async_signature.return_annotation) == f"AsyncPager[{item}]"
            assert list(sync_signature.parameters) == list(inspect.signature(operation.build).parameters)[1:]
            assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in sync_signature.parameters.values())
            checked += 1
    assert checked == 55
