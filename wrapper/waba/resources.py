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
      .payment_configuration              get, create, delete
      .payment_configurations             list
      .dataset                            get, create
      .flows                              list, create
      .activities / .solutions / .schedules / .dcc_configs      list
      .analytics                          conversations, pricing, templates, calls
    client.message_template(template_id)  get, update
    client.business(business_id)
      .owned_accounts / .client_accounts  list

To expose an operation added to the spec: regenerate (`make generate` also rewrites `waba.signatures`), then add
one line to the resource it belongs to. Each operation is declared by its typed signature (`waba.signatures`,
generated: what the call accepts, its docstring, the generated builder it describes) and its result model
(`models.<Model>` through `waba.lazy`); builders and models are imported the first time an operation is used.
A generated builder can be given instead of a signature (`api.<tag>.<operation>.build_request`): the call then
takes the builder's own types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import signatures
from .argtypes import GraphId
from .lazy import models
from .operations import Async, Endpoint, Paged, Sync
from .validation import check_node_id

if TYPE_CHECKING:
    from collections.abc import Iterator

M = TypeVar("M", Sync, Async)


class Resource(Generic[M]):
    """A node (or one of its edges) of a client, bound to the node's id."""

    noun = "node id"

    def __init__(self, client: Any, node_id: GraphId) -> None:
        self.client = client
        self.id = check_node_id(node_id, self.noun)

    def _child(self, cls: type[Resource[Any]]) -> Any:
        return cls(self.client, self.id)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id}>"


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


class Activities(Resource[M]):
    """`/{waba-id}/activities`: activity history."""

    list = Paged(signatures.list_activities, models.ActivityList)


class Solutions(Resource[M]):
    """`/{waba-id}/solutions`: partner solutions."""

    list = Paged(signatures.list_solutions, models.SolutionList)


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
        """Conversation, pricing, template and call analytics."""
        child: Analytics[M] = self._child(Analytics)
        return child


class MessageTemplateNode(Resource[M]):
    """One message template (`/{template-id}`)."""

    noun = "template_id"
    get = Endpoint(signatures.get_message_template, models.MessageTemplate)
    update = Endpoint(signatures.update_message_template, models.SuccessResponse)


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
