"""The resource tree: every spec operation, one line each, grouped by the node and edge it acts on.

Naming: resources are nouns (`account.message_templates`), operations are verbs — `list` (returns a pager),
`get`, `create`, `update`, `delete`, and the edge's own verbs (`upsert`, `migrate`, `previews`, ...).
Arguments are the generated ones (keyword-only, same names and types); results are generated models.

    client.account(waba_id)               get, update, and the edges below
      .assigned_users                     list, create, delete
      .message_templates                  list, create, delete, upsert, migrate, previews, performance_metrics
      .phone_numbers                      list, create
      .subscribed_apps                    list, create, delete
      .product_catalogs                   list, create, delete
      .payment_configuration              get, create, delete, generate_oauth_link
      .payment_configurations             list
      .dataset                            get, create
      .flows                              list, create, migrate
      .activities / .schedules / .dcc_configs      list
      .solutions                          list, set_migration_intent
      .analytics                          conversations, pricing, templates, calls, groups, template_groups
      .template_groups                    list, create
      .welcome_message_sequences          list, create, delete
      .audiences / .message_campaigns     list
      .degrees_of_freedom_spec            get
      .message_samples                    create
      .business_messaging_feature_status  update
    client.message_template(template_id)  get, update
    client.business(business_id)
      .owned_accounts / .client_accounts  list

To expose an operation added to the spec: regenerate, then add one line to the resource it belongs to.
Builders and models are named through `waba.lazy` (`api.<tag>.<operation>.build_request`, `models.<Model>`):
fully typed, and imported the first time an operation is used, not by `import waba`. The marketing-side edges
(template groups, welcome message sequences, audiences, ...) live in `waba.resources_marketing`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .lazy import api, models
from .operations import Endpoint, Paged
from .resource_base import M, Resource
from .resources_marketing import (
    Audiences,
    BusinessMessagingFeatureStatus,
    DegreesOfFreedomSpec,
    MessageCampaigns,
    MessageSamples,
    TemplateGroups,
    WelcomeMessageSequences,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "Account",
    "Audiences",
    "Business",
    "BusinessMessagingFeatureStatus",
    "DegreesOfFreedomSpec",
    "MessageCampaigns",
    "MessageSamples",
    "MessageTemplateNode",
    "Resource",
    "TemplateGroups",
    "WelcomeMessageSequences",
    "operations_of",
]


class AssignedUsers(Resource[M]):
    """`/{waba-id}/assigned_users`: users with access to the account."""

    list = Paged(api.assigned_users.list_assigned_users.build_request, models.AssignedUserList)
    create = Endpoint(api.assigned_users.create_assigned_user.build_request, models.SuccessResponse)
    delete = Endpoint(api.assigned_users.delete_assigned_user.build_request, models.SuccessResponse)


class MessageTemplates(Resource[M]):
    """`/{waba-id}/message_templates` and the template helper edges."""

    list = Paged(api.message_templates.list_message_templates.build_request, models.MessageTemplateList)
    create = Endpoint(api.message_templates.create_message_template.build_request, models.MessageTemplateCreateResult)
    delete = Endpoint(api.message_templates.delete_message_templates.build_request, models.SuccessResponse)
    upsert = Endpoint(api.message_templates.upsert_message_templates.build_request, models.MessageTemplateUpsertResult)
    migrate = Endpoint(
        api.message_templates.migrate_message_templates.build_request, models.MessageTemplateMigrationResult
    )
    previews = Paged(
        api.message_templates.list_message_template_previews.build_request, models.MessageTemplatePreviewList
    )
    performance_metrics = Endpoint(
        api.message_templates.get_template_performance_metrics.build_request, models.TemplatePerformanceMetricsList
    )


class PhoneNumbers(Resource[M]):
    """`/{waba-id}/phone_numbers`: the account's business phone numbers."""

    list = Paged(api.phone_numbers.list_phone_numbers.build_request, models.PhoneNumberList)
    create = Endpoint(api.phone_numbers.create_phone_number.build_request, models.IdResponse)


class SubscribedApps(Resource[M]):
    """`/{waba-id}/subscribed_apps`: apps receiving the account's webhooks."""

    list = Paged(api.subscribed_apps.list_subscribed_apps.build_request, models.SubscribedAppList)
    create = Endpoint(api.subscribed_apps.create_subscribed_app.build_request, models.SuccessResponse)
    delete = Endpoint(api.subscribed_apps.delete_subscribed_app.build_request, models.SuccessResponse)


class ProductCatalogs(Resource[M]):
    """`/{waba-id}/product_catalogs`: connected catalogs."""

    list = Paged(api.product_catalogs.list_product_catalogs.build_request, models.ProductCatalogList)
    create = Endpoint(api.product_catalogs.create_product_catalog.build_request, models.SuccessResponse)
    delete = Endpoint(api.product_catalogs.delete_product_catalog.build_request, models.SuccessResponse)


class PaymentConfiguration(Resource[M]):
    """`/{waba-id}/payment_configuration`: one payment configuration, by name."""

    get = Endpoint(api.payments.get_payment_configuration.build_request, models.PaymentConfigurationResult)
    create = Endpoint(api.payments.create_payment_configuration.build_request, models.PaymentConfigurationCreateResult)
    delete = Endpoint(api.payments.delete_payment_configuration.build_request, models.SuccessResponse)
    generate_oauth_link = Endpoint(
        api.payments.create_payment_configuration_oauth_link.build_request, models.PaymentConfigurationOauthLink
    )


class PaymentConfigurations(Resource[M]):
    """`/{waba-id}/payment_configurations`: every payment configuration."""

    list = Paged(api.payments.list_payment_configurations.build_request, models.PaymentConfigurationsList)


class Dataset(Resource[M]):
    """`/{waba-id}/dataset`: the conversions dataset."""

    get = Endpoint(api.datasets.get_dataset.build_request, models.DatasetList)
    create = Endpoint(api.datasets.create_dataset.build_request, models.IdResponse)


class Flows(Resource[M]):
    """`/{waba-id}/flows`: WhatsApp Flows."""

    list = Paged(api.flows.list_flows.build_request, models.FlowList)
    create = Endpoint(api.flows.create_flow.build_request, models.FlowCreateResult)
    migrate = Endpoint(api.flows.migrate_flows.build_request, models.FlowMigrationResult)


class Activities(Resource[M]):
    """`/{waba-id}/activities`: activity history."""

    list = Paged(api.partners.list_activities.build_request, models.ActivityList)


class Solutions(Resource[M]):
    """`/{waba-id}/solutions`: partner solutions."""

    list = Paged(api.partners.list_solutions.build_request, models.SolutionList)
    set_migration_intent = Endpoint(api.partners.create_solution_migration_intent.build_request, models.IdResponse)


class Schedules(Resource[M]):
    """`/{waba-id}/schedules`: schedules."""

    list = Paged(api.partners.list_schedules.build_request, models.ScheduleList)


class DccConfigs(Resource[M]):
    """`/{waba-id}/dcc_config`: direct connection configs."""

    list = Paged(api.partners.list_dcc_configs.build_request, models.DccConfigList)


class Analytics(Resource[M]):
    """The analytics edges; each returns a pager over data series (iterate `series.data_points`)."""

    conversations = Paged(api.analytics.get_conversation_analytics.build_request, models.ConversationAnalytics)
    pricing = Paged(api.analytics.get_pricing_analytics.build_request, models.PricingAnalytics)
    templates = Paged(api.analytics.get_template_analytics.build_request, models.TemplateAnalytics)
    calls = Paged(api.analytics.get_call_analytics.build_request, models.CallAnalytics)
    groups = Paged(api.analytics.get_group_analytics.build_request, models.GroupAnalytics)
    template_groups = Paged(api.analytics.get_template_group_analytics.build_request, models.TemplateGroupAnalytics)


class Account(Resource[M]):
    """A WhatsApp Business Account (`/{waba-id}`) and its edges."""

    noun = "waba_id"
    get = Endpoint(
        api.whats_app_business_accounts.get_whats_app_business_account.build_request, models.WhatsAppBusinessAccount
    )
    update = Endpoint(
        api.whats_app_business_accounts.update_whats_app_business_account.build_request, models.SuccessResponse
    )

    @property
    def assigned_users(self) -> AssignedUsers[M]:
        """Users with access to the account."""
        child: AssignedUsers[M] = self._child(AssignedUsers)
        return child

    @property
    def message_templates(self) -> MessageTemplates[M]:
        """Message templates and their helper edges."""
        child: MessageTemplates[M] = self._child(MessageTemplates)
        return child

    @property
    def phone_numbers(self) -> PhoneNumbers[M]:
        """Business phone numbers."""
        child: PhoneNumbers[M] = self._child(PhoneNumbers)
        return child

    @property
    def subscribed_apps(self) -> SubscribedApps[M]:
        """Webhook subscriptions."""
        child: SubscribedApps[M] = self._child(SubscribedApps)
        return child

    @property
    def product_catalogs(self) -> ProductCatalogs[M]:
        """Connected product catalogs."""
        child: ProductCatalogs[M] = self._child(ProductCatalogs)
        return child

    @property
    def payment_configuration(self) -> PaymentConfiguration[M]:
        """One payment configuration, by name."""
        child: PaymentConfiguration[M] = self._child(PaymentConfiguration)
        return child

    @property
    def payment_configurations(self) -> PaymentConfigurations[M]:
        """Every payment configuration."""
        child: PaymentConfigurations[M] = self._child(PaymentConfigurations)
        return child

    @property
    def dataset(self) -> Dataset[M]:
        """The conversions dataset."""
        child: Dataset[M] = self._child(Dataset)
        return child

    @property
    def flows(self) -> Flows[M]:
        """WhatsApp Flows."""
        child: Flows[M] = self._child(Flows)
        return child

    @property
    def activities(self) -> Activities[M]:
        """Activity history."""
        child: Activities[M] = self._child(Activities)
        return child

    @property
    def solutions(self) -> Solutions[M]:
        """Partner solutions."""
        child: Solutions[M] = self._child(Solutions)
        return child

    @property
    def schedules(self) -> Schedules[M]:
        """Schedules."""
        child: Schedules[M] = self._child(Schedules)
        return child

    @property
    def dcc_configs(self) -> DccConfigs[M]:
        """Direct connection configs."""
        child: DccConfigs[M] = self._child(DccConfigs)
        return child

    @property
    def analytics(self) -> Analytics[M]:
        """Conversation, pricing, template, call, group and template group analytics."""
        child: Analytics[M] = self._child(Analytics)
        return child

    @property
    def template_groups(self) -> TemplateGroups[M]:
        """Named groups of templates."""
        child: TemplateGroups[M] = self._child(TemplateGroups)
        return child

    @property
    def welcome_message_sequences(self) -> WelcomeMessageSequences[M]:
        """Welcome messages of Click-to-WhatsApp ads."""
        child: WelcomeMessageSequences[M] = self._child(WelcomeMessageSequences)
        return child

    @property
    def audiences(self) -> Audiences[M]:
        """Audiences for marketing messages."""
        child: Audiences[M] = self._child(Audiences)
        return child

    @property
    def message_campaigns(self) -> MessageCampaigns[M]:
        """Marketing message campaigns."""
        child: MessageCampaigns[M] = self._child(MessageCampaigns)
        return child

    @property
    def degrees_of_freedom_spec(self) -> DegreesOfFreedomSpec[M]:
        """Creative optimisation settings."""
        child: DegreesOfFreedomSpec[M] = self._child(DegreesOfFreedomSpec)
        return child

    @property
    def message_samples(self) -> MessageSamples[M]:
        """Message samples."""
        child: MessageSamples[M] = self._child(MessageSamples)
        return child

    @property
    def business_messaging_feature_status(self) -> BusinessMessagingFeatureStatus[M]:
        """Business messaging feature statuses."""
        child: BusinessMessagingFeatureStatus[M] = self._child(BusinessMessagingFeatureStatus)
        return child


class MessageTemplateNode(Resource[M]):
    """One message template (`/{template-id}`)."""

    noun = "template_id"
    get = Endpoint(api.message_templates.get_message_template.build_request, models.MessageTemplate)
    update = Endpoint(api.message_templates.update_message_template.build_request, models.MessageTemplateUpdateResult)


class OwnedAccounts(Resource[M]):
    """`/{business-id}/owned_whatsapp_business_accounts`."""

    list = Paged(
        api.businesses.list_owned_whats_app_business_accounts.build_request, models.WhatsAppBusinessAccountList
    )


class ClientAccounts(Resource[M]):
    """`/{business-id}/client_whatsapp_business_accounts`."""

    list = Paged(
        api.businesses.list_client_whats_app_business_accounts.build_request, models.WhatsAppBusinessAccountList
    )


class Business(Resource[M]):
    """A business portfolio (`/{business-id}`): where to find its WhatsApp Business Accounts."""

    noun = "business_id"

    @property
    def owned_accounts(self) -> OwnedAccounts[M]:
        """Accounts the business owns."""
        child: OwnedAccounts[M] = self._child(OwnedAccounts)
        return child

    @property
    def client_accounts(self) -> ClientAccounts[M]:
        """Accounts clients shared with the business."""
        child: ClientAccounts[M] = self._child(ClientAccounts)
        return child


def operations_of(root: type[Resource[Any]]) -> Iterator[tuple[str, Endpoint[Any, Any] | Paged[Any, Any]]]:
    """Every operation reachable from a resource class, as (dotted path, operation) — for docs and tests."""
    for name in dir(root):
        attribute = getattr(root, name, None)
        if isinstance(attribute, (Endpoint, Paged)):
            yield name, attribute
        elif isinstance(attribute, property) and attribute.fget is not None:
            child = attribute.fget.__annotations__.get("return", "")
            cls = globals().get(str(child).split("[", 1)[0])
            if isinstance(cls, type) and issubclass(cls, Resource):
                for sub_name, operation in operations_of(cls):
                    yield f"{name}.{sub_name}", operation
