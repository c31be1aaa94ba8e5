"""The account edges added for issue 7, through the SDK against the sandbox: stateful where Graph is (template
groups, welcome message sequences, flows copied between accounts), Graph's errors where a call cannot work, and
the new node fields served and parsed into their generated models."""

from __future__ import annotations

import json

import pytest

from waba import InsightsNotAvailableError, InvalidParameterError, WabaClient
from waba_api.models import (
    ConversationalAutomation,
    DegreesOfFreedomSpec,
    FlowPreview,
    OptInStatus,
    PhoneNumberQualityScore,
    SearchVisibility,
    WelcomeMessageSequenceContent,
)
from waba_sandbox.languages import SUPPORTED
from waba_sandbox.store import Store

START, END = 1719792000, 1720396800


def test_template_groups_are_created_listed_and_analysed(client: WabaClient, store: Store) -> None:
    account = client.account(store.main_account)
    before = list(account.template_groups.list())
    assert before and all(group.whatsapp_business_templates for group in before)
    members = [t.id for t in account.message_templates.list(limit=3).first_page().data]
    created = account.template_groups.create(body={"name": "SDK group", "whatsapp_business_templates": members})
    (first, *_) = list(account.template_groups.list())
    assert (first.id, first.name) == (created.id, "SDK group")
    assert [t.id for t in first.whatsapp_business_templates or []] == members
    with pytest.raises(InvalidParameterError, match="already exists"):
        account.template_groups.create(body={"name": "SDK group", "whatsapp_business_templates": members})
    foreign = next(iter(next(a for a in store.accounts.values() if a.id != store.main_account).templates))
    with pytest.raises(InvalidParameterError, match="another account"):
        account.template_groups.create(body={"name": "Foreign", "whatsapp_business_templates": [foreign]})
    (series,) = account.analytics.template_groups(start=START, end=END, granularity="DAILY",
                                                   template_group_ids=[created.id])  # fmt: skip
    assert len(series.data_points or []) == 7
    assert all(point.template_group_id == created.id and point.sent is not None for point in series.data_points or [])


def test_template_group_analytics_need_insights(client: WabaClient, store: Store) -> None:
    bare = next(a for a in store.accounts.values() if not a.node["is_enabled_for_insights"])
    with pytest.raises(InsightsNotAvailableError):
        list(client.account(bare.id).analytics.template_groups(start=START, end=END, granularity="DAILY",
                                                               template_group_ids=["1"]))  # fmt: skip


def test_welcome_message_sequences_are_created_changed_listed_and_deleted(client: WabaClient, store: Store) -> None:
    sequences = client.account(store.main_account).welcome_message_sequences
    content = {"text": "Hi! Ready to order?", "ice_breakers": [{"title": "Menu"}]}
    created = sequences.create(body={"name": "Ordering", "welcome_message_sequence": content})
    (listed,) = list(sequences.list(sequence_id=created.sequence_id))
    assert listed.name == "Ordering" and listed.is_used_in_ad is False
    stored = WelcomeMessageSequenceContent.from_dict(json.loads(str(listed.welcome_message_sequence)))
    assert stored.text == content["text"]
    changed = sequences.create(body={"sequence_id": created.sequence_id, "welcome_message_sequence": {"text": "Hello"}})
    assert changed.sequence_id == created.sequence_id
    (listed,) = list(sequences.list(sequence_id=created.sequence_id))
    assert json.loads(str(listed.welcome_message_sequence)) == {"text": "Hello"} and listed.name == "Ordering"
    assert sequences.delete(sequence_id=created.sequence_id).success
    assert created.sequence_id not in {s.sequence_id for s in sequences.list()}
    in_ad = next(s for s in store.accounts[store.main_account].welcome_sequences if s["is_used_in_ad"])
    with pytest.raises(InvalidParameterError, match="used by an ad"):
        sequences.delete(sequence_id=in_ad["sequence_id"])
    with pytest.raises(InvalidParameterError, match="name is required"):
        sequences.create(body={"welcome_message_sequence": {"text": "No name"}})


def test_flows_are_copied_from_another_account(client: WabaClient, store: Store) -> None:
    source, target = store.main_account, next(a for a in store.accounts if a != store.main_account)
    flows = client.account(target).flows
    result = flows.migrate(body={"source_waba_id": source, "source_flow_names": ["Lead form", "Nope"]})
    (migrated,) = result.migrated_flows or []
    assert migrated.source_name == "Lead form" and migrated.migrated_id in {f.id for f in flows.list()}
    assert [f.source_name for f in result.failed_flows or []] == ["Nope"]
    again = flows.migrate(body={"source_waba_id": source, "source_flow_names": ["Lead form"]})
    assert again.migrated_flows == [] and "already exists" in str((again.failed_flows or [])[0].error_message)
    with pytest.raises(InvalidParameterError):
        flows.migrate(body={"source_waba_id": target})


def test_solution_migration_intents_and_payment_links(client: WabaClient, store: Store) -> None:
    account = client.account(store.main_account)
    destination = next(s["id"] for a in store.accounts.values() for s in a.solutions if a.id != store.main_account)
    intent = account.solutions.set_migration_intent(body={"solution_id": destination})
    assert intent.id in store.accounts[store.main_account].migration_intents
    own = store.accounts[store.main_account].solutions[0]["id"]
    with pytest.raises(InvalidParameterError, match="already linked"):
        account.solutions.set_migration_intent(body={"solution_id": own})
    link = account.payment_configuration.generate_oauth_link(body={"configuration_name": "razorpay-prod"})
    assert link.oauth_url.startswith("https://") and link.expiration
    with pytest.raises(InvalidParameterError, match="UPI VPA"):
        account.payment_configuration.generate_oauth_link(body={"configuration_name": "upi-vpa"})


def test_marketing_edges(client: WabaClient, store: Store) -> None:
    account = client.account(store.main_account)
    seeded = store.accounts[store.main_account]
    assert [a.name for a in account.audiences.list()] == [a["name"] for a in seeded.audiences]
    assert [c.id for c in account.message_campaigns.list()] == [c["id"] for c in seeded.message_campaigns]
    spec = {"creative_features_spec": {"image_touchups": {"enroll_status": "OPT_OUT"}}}
    assert account.update(body={"degrees_of_freedom_spec": spec}).success
    (current,) = account.degrees_of_freedom_spec.get().data
    assert isinstance(current, DegreesOfFreedomSpec) and current.to_dict() == spec
    assert account.message_samples.create(body={"type": "TEXT", "text": {"body": "Sale!"}}).success
    with pytest.raises(InvalidParameterError, match="text"):
        account.message_samples.create(body={"type": "TEXT"})
    features = [{"feature": "MARKETING_MESSAGES_LITE_API", "enabled": True}]
    assert account.business_messaging_feature_status.update(body={"features": features}).success
    assert store.accounts[store.main_account].feature_statuses == features
    groups = store.accounts[store.main_account].groups
    (series,) = account.analytics.groups(start=START, end=END, granularity="DAILY", group_ids=groups[:2],
                                         metric_types=["SENT", "PARTICIPANTS_JOINED"])  # fmt: skip
    point = (series.data_points or [])[0]
    assert point.to_dict().keys() == {"group_id", "start", "end", "sent", "participants_joined"}


def test_the_new_node_fields_are_served_and_typed(client: WabaClient, store: Store) -> None:
    account = client.account(store.main_account)
    node = account.get(fields=["whatsapp_manager_marketing_messages_max_price_enroll_status"])
    assert node.whatsapp_manager_marketing_messages_max_price_enroll_status == OptInStatus.OPT_OUT
    fields = ["id", "quality_score", "conversational_automation", "search_visibility", "country_code",
              "country_dial_code", "is_on_biz_app", "webhook_configuration", "certificate"]  # fmt: skip
    (number, *_) = list(account.phone_numbers.list(fields=fields))
    assert isinstance(number.quality_score, PhoneNumberQualityScore)
    assert isinstance(number.conversational_automation, ConversationalAutomation)
    assert number.search_visibility == SearchVisibility.VISIBLE and number.country_code == "US"
    flow = next(iter(account.flows.list(fields=["id", "preview", "updated_at", "health_status"])))
    assert isinstance(flow.preview, FlowPreview) and flow.updated_at and flow.health_status
    created = account.message_templates.create(body={
        "name": "sdk_library_copy", "language": "fr", "category": "UTILITY",
        "library_template_name": "delivery_update_1", "library_template_body_inputs": {"add_track_package_link": True},
        "degrees_of_freedom_spec": {"creative_features_spec": {"image_touchups": {"enroll_status": "OPT_IN"}}},
    })  # fmt: skip
    template = client.message_template(created.id).get(
        fields=["library_template_name", "degrees_of_freedom_spec", "components"]
    )
    assert template.library_template_name == "delivery_update_1"
    assert isinstance(template.degrees_of_freedom_spec, DegreesOfFreedomSpec)
    assert template.components


def test_templates_use_supported_languages_only(client: WabaClient, store: Store) -> None:
    assert {t["language"] for a in store.accounts.values() for t in a.templates.values()} <= SUPPORTED
    assert {"fr", "de", "id", "en_US", "pt_BR"} <= SUPPORTED and "fr_FR" not in SUPPORTED
    templates = client.account(store.main_account).message_templates
    body = {"name": "sdk_language", "category": "UTILITY", "components": [{"type": "BODY", "text": "Hello there"}]}
    for language in ("fr_FR", "de_DE", "xx"):
        with pytest.raises(InvalidParameterError) as refused:
            templates.create(body={**body, "language": language})
        assert refused.value.code == 100 and language in str(refused.value.user_message)
    with pytest.raises(InvalidParameterError, match="Invalid parameter"):
        templates.upsert(body={"name": "sdk_otp", "languages": ["en_US", "de_DE"], "category": "AUTHENTICATION",
                               "components": [{"type": "BODY", "add_security_recommendation": True}]})  # fmt: skip
    assert templates.create(body={**body, "language": "de"}).id
