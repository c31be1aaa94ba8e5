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

To expose an operation added to the spec: regenerate (`make generate` also rewrites `waba.signatures`), then add
one line to the resource it belongs to. Each operation is declared by its typed signature (`waba.signatures`,
generated: what the call accepts, its docstring, the generated builder it describes) and its result model
(`models.<Model>` through `waba.lazy`); builders and models are imported the first time an operation is used.
A generated builder can be given instead of a signature (`api.<tag>.<operation>.build_request`): the call then
takes the builder's own types. The marketing-side edges (template groups, welcome message sequences, audiences,
...) live in `waba.resources_marketing`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .lazy import models, signatures
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

    list = Paged(signatures.list_assigned_users, models.AssignedUserList)
    create = Endpoint(signatures.create_assigned_user, models.SuccessResponse)
    delete = Endpoint(signatures.delete_assigned_user, models.SuccessResponse)


class MessageTemplates(Resource[M]):
    """`/{waba-id}/message_templates` and the template helper edges."""

    list = Paged(signatures.list_message_templates, models.MessageTemplateList)
    create = Endpoint(signatures.create_message_template, models.MessageTemplateCreateResult)
    delete = Endpoint(signatures.delete_message_templates, models.SuccessResponse)
    upsert = Endpoint(signatures.upsert_message_templates, models.MessageTemplateUpsertResult)
    migrate = Endpoint(signatures.migrate_message_templates, models.MessageTemplateMigrationResult)
    previews = Paged(signatures.list_message_template_previews, models.MessageTemplatePreviewList)
    performance_metrics = Endpoint(signatures.get_template_performance_metrics, models.TemplatePerformanceMetricsList)


class PhoneNumbers(Resource[M]):
    """`/{waba-id}/phone_numbers`: the account's business phone numbers."""

    list = Paged(signatures.list_phone_numbers, models.PhoneNumberList)
    create = Endpoint(signatures.create_phone_number, models.IdResponse)


class SubscribedApps(Resource[M]):
    """`/{waba-id}/subscribed_apps`: apps receiving the account's webhooks."""

    list = Paged(signatures.list_subscribed_apps, models.SubscribedAppList)
    create = Endpoint(signatures.create_subscribed_app, models.SuccessResponse)
    delete = Endpoint(signatures.delete_subscribed_app, models.SuccessResponse)


class ProductCatalogs(Resource[M]):
    """`/{waba-id}/product_catalogs`: connected catalogs."""

    list = Paged(signatures.list_product_catalogs, models.ProductCatalogList)
    create = Endpoint(signatures.create_product_catalog, models.SuccessResponse)
    delete = Endpoint(signatures.delete_product_catalog, models.SuccessResponse)


class PaymentConfiguration(Resource[M]):
    """`/{waba-id}/payment_configuration`: one payment configuration, by name."""

    get = Endpoint(signatures.get_payment_configuration, models.PaymentConfigurationResult)
    create = Endpoint(signatures.create_payment_configuration, models.PaymentConfigurationCreateResult)
    delete = Endpoint(signatures.delete_payment_configuration, models.SuccessResponse)
    generate_oauth_link = Endpoint(
        signatures.create_payment_configuration_oauth_link, models.PaymentConfigurationOauthLink
    )


class PaymentConfigurations(Resource[M]):
    """`/{waba-id}/payment_configurations`: every payment configuration."""

    list = Paged(signatures.list_payment_configurations, models.PaymentConfigurationsList)


class Dataset(Resource[M]):
    """`/{waba-id}/dataset`: the conversions dataset."""

    get = Endpoint(signatures.get_dataset, models.DatasetList)
    create = Endpoint(signatures.create_dataset, models.IdResponse)


class Flows(Resource[M]):
    """`/{waba-id}/flows`: WhatsApp Flows."""

    list = Paged(signatures.list_flows, models.FlowList)
    create = Endpoint(signatures.create_flow, models.FlowCreateResult)
    migrate = Endpoint(signatures.migrate_flows, models.FlowMigrationResult)


class Activities(Resource[M]):
    """`/{waba-id}/activities`: activity history."""

    list = Paged(signatures.list_activities, models.ActivityList)


class Solutions(Resource[M]):
    """`/{waba-id}/solutions`: partner solutions."""

    list = Paged(signatures.list_solutions, models.SolutionList)
    set_migration_intent = Endpoint(signatures.create_solution_migration_intent, models.IdResponse)


class Schedules(Resource[M]):
    """`/{waba-id}/schedules`: schedules."""

    list = Paged(signatures.list_schedules, models.ScheduleList)


class DccConfigs(Resource[M]):
    """`/{waba-id}/dcc_config`: direct connection configs."""

    list = Paged(signatures.list_dcc_configs, models.DccConfigList)


class Analytics(Resource[M]):
    """The analytics edges; each returns a pager over data series (iterate `series.data_points`)."""

    conversations = Paged(signatures.get_conversation_analytics, models.ConversationAnalytics)
    pricing = Paged(signatures.get_pricing_analytics, models.PricingAnalytics)
    templates = Paged(signatures.get_template_analytics, models.TemplateAnalytics)
    calls = Paged(signatures.get_call_analytics, models.CallAnalytics)
    groups = Paged(signatures.get_group_analytics, models.GroupAnalytics)
    template_groups = Paged(signatures.get_template_group_analytics, models.TemplateGroupAnalytics)


class Account(Resource[M]):
    """A WhatsApp Business Account (`/{waba-id}`) and its edges."""

    noun = "waba_id"
    get = Endpoint(signatures.get_whats_app_business_account, models.WhatsAppBusinessAccount)
    update = Endpoint(signatures.update_whats_app_business_account, models.SuccessResponse)

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
    get = Endpoint(signatures.get_message_template, models.MessageTemplate)
    update = Endpoint(signatures.update_message_template, models.MessageTemplateUpdateResult)


class OwnedAccounts(Resource[M]):
    """`/{business-id}/owned_whatsapp_business_accounts`."""

    list = Paged(signatures.list_owned_whats_app_business_accounts, models.WhatsAppBusinessAccountList)


class ClientAccounts(Resource[M]):
    """`/{business-id}/client_whatsapp_business_accounts`."""

    list = Paged(signatures.list_client_whats_app_business_accounts, models.WhatsAppBusinessAccountList)


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
