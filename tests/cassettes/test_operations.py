"""Every operation of the spec, driven through the wrapper and replayed from cassettes.

Each test names the operations it covers (`covers`); `test_cassette_integrity.py` proves that together they
cover the whole spec and that every recorded answer validates against it.
"""

from __future__ import annotations

import pytest

from waba import WabaClient
from waba_api.models import (
    ConversationAnalyticsSeries,
    DegreesOfFreedomSpec,
    MessageTemplate,
    PhoneNumber,
    TemplateStatus,
    WhatsAppBusinessAccount,
)

pytestmark = pytest.mark.vcr
START, END = 1719792000, 1720396800  # a week of July 2024
PROBE = "waba_sdk_cassette_probe"


@pytest.mark.covers("getWhatsAppBusinessAccount", "updateWhatsAppBusinessAccount")
def test_account_read_and_update(graph: WabaClient, ids: dict[str, str]) -> None:
    account = graph.account(ids["waba_id"])
    basic = account.get()
    assert basic.id == ids["waba_id"] and basic.name
    detailed = account.get(fields=["id", "name", "currency", "health_status", "template_auto_archival_enabled"])
    assert isinstance(detailed, WhatsAppBusinessAccount)
    archival = detailed.template_auto_archival_enabled
    assert account.update(body={"template_auto_archival_enabled": bool(archival)}).success


@pytest.mark.covers("getWhatsAppBusinessAccount")
def test_account_analytics_field(graph: WabaClient, ids: dict[str, str]) -> None:
    answer = graph.account(ids["waba_id"]).get(fields=[f"analytics.start({START}).end({END}).granularity(DAY)"])
    assert answer.analytics and answer.analytics.data_points  # type: ignore[union-attr]


@pytest.mark.covers("listOwnedWhatsAppBusinessAccounts", "listClientWhatsAppBusinessAccounts")
def test_business_accounts(graph: WabaClient, ids: dict[str, str]) -> None:
    business = graph.business(ids["business_id"])
    owned = list(business.owned_accounts.list(fields=["id", "name"]))
    assert ids["waba_id"] in {a.id for a in owned}
    clients = business.client_accounts.list(summary=["total_count"])
    assert clients.total_count() == len(list(clients))


@pytest.mark.covers("createMessageTemplate", "listMessageTemplates", "getMessageTemplate", "updateMessageTemplate",
                    "deleteMessageTemplates")  # fmt: skip
def test_template_lifecycle(graph: WabaClient, ids: dict[str, str]) -> None:
    templates = graph.account(ids["waba_id"]).message_templates
    body = {
        "name": PROBE,
        "language": "en_US",
        "category": "UTILITY",
        "components": [{"type": "BODY", "text": "Hello {{1}}, this is a message from the SDK test suite.",
                        "example": {"body_text": [["Ana"]]}}],
    }  # fmt: skip
    created = templates.create(body=body)
    assert created.status == TemplateStatus.PENDING
    (listed,) = templates.list(name=PROBE, fields=["id", "name", "status"])
    assert (listed.id, listed.status) == (created.id, TemplateStatus.PENDING)
    node = graph.message_template(created.id)
    assert isinstance(node.get(), MessageTemplate)
    edited = {"components": [{"type": "BODY", "text": "Hi {{1}}, this message comes from the SDK test suite.",
                              "example": {"body_text": [["Ana"]]}}]}  # fmt: skip
    assert node.update(body=edited).success
    assert templates.delete(name=PROBE).success


@pytest.mark.covers("listMessageTemplates")
def test_all_templates_page_by_page(graph: WabaClient, ids: dict[str, str]) -> None:
    pager = graph.account(ids["waba_id"]).message_templates.list(
        limit=100, fields=["id", "name", "status", "category", "language"], summary=["total_count"]
    )
    seen = [t.id for t in pager]
    assert len(seen) == len(set(seen)) == pager.total_count()
    assert pager.pages_fetched >= 2
    approved = list(graph.account(ids["waba_id"]).message_templates.list(status=["APPROVED"], category=["MARKETING"]))
    assert all(t.status == TemplateStatus.APPROVED for t in approved)


@pytest.mark.sandbox_only
@pytest.mark.covers("upsertMessageTemplates", "migrateMessageTemplates", "listMessageTemplatePreviews",
                    "getTemplatePerformanceMetrics")  # fmt: skip
def test_template_helpers(graph: WabaClient, ids: dict[str, str]) -> None:
    templates = graph.account(ids["sandbox_waba_id"]).message_templates
    upserted = templates.upsert(body={
        "name": "sdk_login_code", "languages": ["en_US", "es_ES"], "category": "AUTHENTICATION",
        "components": [{"type": "BODY", "add_security_recommendation": True},
                       {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE"}]}],
    })  # fmt: skip
    assert [d.language for d in upserted.data] == ["en_US", "es_ES"]
    migrated = templates.migrate(body={"source_waba_id": ids["sandbox_no_phone_waba_id"], "count": 5})
    assert len(migrated.migrated_templates or []) + len(migrated.failed_templates.additional_properties) >= 1  # type: ignore[union-attr]
    previews = list(templates.previews(category="AUTHENTICATION", languages=["en_US", "pt_BR"],
                                       add_security_recommendation=True, code_expiration_minutes=10))  # fmt: skip
    assert [p.language for p in previews] == ["en_US", "pt_BR"]
    first = next(iter(templates.list(limit=1)))
    metrics = templates.performance_metrics(template_id=first.id)
    assert metrics.data[0].template_id == first.id


@pytest.mark.sandbox_only
@pytest.mark.covers("listPhoneNumbers", "createPhoneNumber")
def test_phone_numbers(graph: WabaClient, ids: dict[str, str]) -> None:
    numbers = graph.account(ids["sandbox_waba_id"]).phone_numbers
    before = list(numbers.list(sort=["creation_time.asc"]))
    assert all(isinstance(p, PhoneNumber) for p in before)
    created = numbers.create(body={"cc": "1", "phone_number": "6315550123", "verified_name": "Jasper's Market"})
    assert created.id in {p.id for p in numbers.list()}


@pytest.mark.covers("listPhoneNumbers")
def test_phone_numbers_read(graph: WabaClient, ids: dict[str, str]) -> None:
    for number in graph.account(ids["waba_id"]).phone_numbers.list(fields=["id", "display_phone_number",
                                                                           "quality_rating", "throughput"]):  # fmt: skip
        assert number.id and number.display_phone_number


@pytest.mark.sandbox_only
@pytest.mark.covers("listSubscribedApps", "createSubscribedApp", "deleteSubscribedApp")
def test_subscribed_apps(graph: WabaClient, ids: dict[str, str]) -> None:
    apps = graph.account(ids["sandbox_waba_id"]).subscribed_apps
    assert apps.delete().success
    count = len(list(apps.list()))
    assert apps.create(body={"override_callback_uri": "https://hooks.example.com/sdk"}).success
    assert len(list(apps.list())) == count + 1


@pytest.mark.sandbox_only
@pytest.mark.covers("listProductCatalogs", "createProductCatalog", "deleteProductCatalog")
def test_product_catalogs(graph: WabaClient, ids: dict[str, str]) -> None:
    catalogs = graph.account(ids["sandbox_waba_id"]).product_catalogs
    (connected,) = list(catalogs.list())
    assert catalogs.delete(catalog_id=connected.id).success
    assert list(catalogs.list()) == []
    assert catalogs.create(body={"catalog_id": connected.id}).success


@pytest.mark.sandbox_only
@pytest.mark.covers("getPaymentConfiguration", "createPaymentConfiguration", "deletePaymentConfiguration",
                    "listPaymentConfigurations")  # fmt: skip
def test_payment_configurations(graph: WabaClient, ids: dict[str, str]) -> None:
    account = graph.account(ids["sandbox_waba_id"])
    created = account.payment_configuration.create(body={"configuration_name": "sdk-upi", "provider_name": "UPI_VPA",
                                                         "merchant_vpa": "shop@upi"})  # fmt: skip
    assert created.success
    assert account.payment_configuration.get(configuration_name="sdk-upi").data[0].merchant_vpa == "shop@upi"
    names = [c.configuration_name for g in account.payment_configurations.list() for c in g.payment_configurations]  # type: ignore[union-attr]
    assert "sdk-upi" in names
    assert account.payment_configuration.delete(configuration_name="sdk-upi").success


@pytest.mark.sandbox_only
@pytest.mark.covers("getDataset", "createDataset", "listFlows", "createFlow")
def test_dataset_and_flows(graph: WabaClient, ids: dict[str, str]) -> None:
    account = graph.account(ids["sandbox_waba_id"])
    (dataset,) = account.dataset.get().data
    assert account.dataset.create(body={"dataset_name": "again"}).id == dataset.id
    flow = account.flows.create(body={"name": "SDK survey", "categories": ["SURVEY"], "flow_json": "{\"version\": 1"})
    assert flow.validation_errors, "broken flow JSON is reported"
    assert next(iter(account.flows.list())).id == flow.id


@pytest.mark.covers("listActivities", "listSolutions", "listSchedules", "listDccConfigs")
def test_partner_edges(graph: WabaClient, ids: dict[str, str]) -> None:
    account = graph.account(ids["waba_id"])
    activities = list(account.activities.list().items(max_items=30))
    assert all(a.id for a in activities)
    for edge in (account.solutions, account.schedules, account.dcc_configs):
        assert all(item.id for item in edge.list())


@pytest.mark.covers("getConversationAnalytics", "getPricingAnalytics", "getCallAnalytics", "getTemplateAnalytics")
def test_analytics(graph: WabaClient, ids: dict[str, str]) -> None:
    analytics = graph.account(ids["waba_id"]).analytics
    (series,) = analytics.conversations(start=START, end=END, granularity="DAILY",
                                        dimensions=["CONVERSATION_CATEGORY"])  # fmt: skip
    assert isinstance(series, ConversationAnalyticsSeries) and series.data_points
    assert list(analytics.pricing(start=START, end=END, granularity="DAILY", metric_types=["COST", "VOLUME"]))
    assert list(analytics.calls(start=START, end=END, granularity="DAILY", dimensions=["DIRECTION"]))
    template = next(iter(graph.account(ids["waba_id"]).message_templates.list(limit=1)))
    daily = list(analytics.templates(start=START, end=END, granularity="DAILY", template_ids=[template.id]))
    assert daily[0].data_points


@pytest.mark.sandbox_only
@pytest.mark.covers("listAssignedUsers", "createAssignedUser", "deleteAssignedUser")
def test_assigned_users(graph: WabaClient, ids: dict[str, str]) -> None:
    users = graph.account(ids["sandbox_waba_id"]).assigned_users
    business = ids["sandbox_business_id"]
    assert users.create(body={"user": ids["sandbox_free_user_id"], "tasks": ["MANAGE_TEMPLATES"]}).success
    assert ids["sandbox_free_user_id"] in {u.id for u in users.list(business=business, summary=["total_count"])}
    assert users.delete(user=ids["sandbox_free_user_id"]).success


@pytest.mark.covers("listAssignedUsers")
def test_assigned_users_read(graph: WabaClient, ids: dict[str, str]) -> None:
    pager = graph.account(ids["waba_id"]).assigned_users.list(business=ids["business_id"], summary=["total_count"])
    assert len(list(pager)) == pager.total_count()


@pytest.mark.covers("listAudiences", "listMessageCampaigns", "getDegreesOfFreedomSpec")
def test_marketing_reads(graph: WabaClient, ids: dict[str, str]) -> None:
    account = graph.account(ids["waba_id"])
    assert all(audience.id for audience in account.audiences.list())
    assert all(campaign.id for campaign in account.message_campaigns.list())
    assert all(isinstance(spec, DegreesOfFreedomSpec) for spec in account.degrees_of_freedom_spec.get().data)


@pytest.mark.sandbox_only
@pytest.mark.covers("createMessageSample", "updateBusinessMessagingFeatureStatus")
def test_marketing_writes(graph: WabaClient, ids: dict[str, str]) -> None:
    account = graph.account(ids["sandbox_waba_id"])
    assert account.message_samples.create(body={"type": "TEXT", "text": {"body": "Our sale starts today."}}).success
    features = [{"feature": "SDK_CASSETTE_FEATURE", "enabled": True}]
    assert account.business_messaging_feature_status.update(body={"features": features}).success


@pytest.mark.sandbox_only
@pytest.mark.covers("listTemplateGroups", "createTemplateGroup", "getTemplateGroupAnalytics", "getGroupAnalytics")
def test_template_groups_and_group_analytics(graph: WabaClient, ids: dict[str, str]) -> None:
    account = graph.account(ids["sandbox_waba_id"])
    members = [t.id for t in account.message_templates.list(limit=2).first_page().data]
    created = account.template_groups.create(body={"name": "SDK cassette group", "whatsapp_business_templates": members})
    (latest, *_) = list(account.template_groups.list())
    assert latest.id == created.id and [t.id for t in latest.whatsapp_business_templates or []] == members
    (series,) = account.analytics.template_groups(start=START, end=END, granularity="DAILY",
                                                   template_group_ids=[created.id])  # fmt: skip
    assert len(series.data_points or []) == 7
    (groups,) = account.analytics.groups(start=START, end=END, granularity="DAILY", group_ids=[ids["sandbox_group_id"]])
    assert all(point.group_id == ids["sandbox_group_id"] for point in groups.data_points or [])


@pytest.mark.sandbox_only
@pytest.mark.covers("listWelcomeMessageSequences", "createWelcomeMessageSequence", "deleteWelcomeMessageSequence")
def test_welcome_message_sequences(graph: WabaClient, ids: dict[str, str]) -> None:
    sequences = graph.account(ids["sandbox_waba_id"]).welcome_message_sequences
    content = {"text": "Welcome! How can we help?", "ice_breakers": [{"title": "Opening hours"}]}
    created = sequences.create(body={"name": "SDK cassette sequence", "welcome_message_sequence": content})
    assert created.sequence_id in {s.sequence_id for s in sequences.list()}
    assert sequences.delete(sequence_id=created.sequence_id).success


@pytest.mark.sandbox_only
@pytest.mark.covers("migrateFlows", "createSolutionMigrationIntent", "createPaymentConfigurationOauthLink")
def test_migrations_and_payment_links(graph: WabaClient, ids: dict[str, str]) -> None:
    target = graph.account(ids["sandbox_no_phone_waba_id"])
    copied = target.flows.migrate(body={"source_waba_id": ids["sandbox_waba_id"], "source_flow_names": ["Lead form"]})
    assert [f.source_name for f in copied.migrated_flows or []] == ["Lead form"]
    account = graph.account(ids["sandbox_waba_id"])
    intent = account.solutions.set_migration_intent(body={"solution_id": ids["sandbox_destination_solution_id"]})
    assert intent.id.isdigit()
    link = account.payment_configuration.generate_oauth_link(body={"configuration_name": "razorpay-prod"})
    assert link.oauth_url.startswith("https://")


@pytest.mark.covers("executeBatch")
def test_batch(graph: WabaClient, ids: dict[str, str]) -> None:
    account = graph.account(ids["waba_id"])
    calls = [account.get.prepare(fields=["id", "name"]), account.phone_numbers.list.prepare(limit=2),
             graph.account("999999999999999").get.prepare()]  # fmt: skip
    ok, pages, missing = graph.batch(calls)
    assert ok.unwrap().id == ids["waba_id"]
    assert pages.ok
    assert missing.error is not None
