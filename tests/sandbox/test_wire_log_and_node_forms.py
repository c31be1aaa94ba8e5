"""The sandbox's log of what arrived (`Sandbox.received`) and the node forms Graph answers (`/{id}`, `/{id}/`)."""

from __future__ import annotations

import httpx

from waba_sandbox import Received, RunningSandbox


def test_the_template_node_answers_with_and_without_the_trailing_slash(waba_sandbox: RunningSandbox) -> None:
    store = waba_sandbox.sandbox.store
    template_id = next(iter(store.accounts[store.main_account].templates))
    headers = {"Authorization": f"Bearer {waba_sandbox.token}"}
    with httpx.Client(base_url=f"{waba_sandbox.base_url}/v24.0", headers=headers) as http:
        declared = http.get(f"/{template_id}/", params={"fields": "id,name"})
        bare = http.get(f"/{template_id}", params={"fields": "id,name"})
        account = http.get(f"/{store.main_account}/", params={"fields": "id"})
    assert declared.status_code == bare.status_code == account.status_code == 200
    assert declared.json() == bare.json() and declared.json()["id"] == template_id
    assert account.json() == {"id": store.main_account}
    routed = [(r.path.endswith("/"), r.operation_id) for r in waba_sandbox.sandbox.received]
    assert routed == [(True, "getMessageTemplate"), (False, "getMessageTemplate"), (True, "getWhatsAppBusinessAccount")]


def test_received_keeps_the_query_as_sent(waba_sandbox: RunningSandbox) -> None:
    store = waba_sandbox.sandbox.store
    headers = {"Authorization": f"Bearer {waba_sandbox.token}"}
    with httpx.Client(base_url=f"{waba_sandbox.base_url}/v24.0", headers=headers) as http:
        http.get(f"/{store.main_account}/message_templates", params={"category": '["MARKETING"]', "limit": 2})
        http.get("/123456789/nowhere")
    first, second = waba_sandbox.sandbox.received
    assert first == Received(
        method="GET",
        path=f"/v24.0/{store.main_account}/message_templates",
        raw_query="category=%5B%22MARKETING%22%5D&limit=2",
        query=[("category", '["MARKETING"]'), ("limit", "2")],
        operation_id="listMessageTemplates",
        status=200,
    )
    assert second.operation_id is None
    assert second.status >= 400
