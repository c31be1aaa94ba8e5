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

To expose an operation added to the spec: regenerate, then add one line to the resource it belongs to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar

from waba_api.api.analytics import (
    get_call_analytics,
    get_conversation_analytics,
    get_pricing_analytics,
    get_template_analytics,
)
from waba_api.api.assigned_users import create_assigned_user, delete_assigned_user, list_assigned_users
from waba_api.api.businesses import list_client_whats_app_business_accounts, list_owned_whats_app_business_accounts
from waba_api.api.datasets import create_dataset, get_dataset
from waba_api.api.flows import create_flow, list_flows
from waba_api.api.message_templates import (
    create_message_template,
    delete_message_templates,
    get_message_template,
    get_template_performance_metrics,
    list_message_template_previews,
    list_message_templates,
    migrate_message_templates,
    update_message_template,
    upsert_message_templates,
)
from waba_api.api.partners import list_activities, list_dcc_configs, list_schedules, list_solutions
from waba_api.api.payments import (
    create_payment_configuration,
    delete_payment_configuration,
    get_payment_configuration,
    list_payment_configurations,
)
from waba_api.api.phone_numbers import create_phone_number, list_phone_numbers
from waba_api.api.product_catalogs import create_product_catalog, delete_product_catalog, list_product_catalogs
from waba_api.api.subscribed_apps import create_subscribed_app, delete_subscribed_app, list_subscribed_apps
from waba_api.api.whats_app_business_accounts import get_whats_app_business_account, update_whats_app_business_account
from waba_api.models import (
    ActivityList,
    AssignedUserList,
    CallAnalytics,
    ConversationAnalytics,
    DatasetList,
    DccConfigList,
    FlowCreateResult,
    FlowList,
    IdResponse,
    MessageTemplate,
    MessageTemplateCreateResult,
    MessageTemplateList,
    MessageTemplateMigrationResult,
    MessageTemplatePreviewList,
    MessageTemplateUpsertResult,
    PaymentConfigurationCreateResult,
    PaymentConfigurationResult,
    PaymentConfigurationsList,
    PhoneNumberList,
    PricingAnalytics,
    ProductCatalogList,
    ScheduleList,
    SolutionList,
    SubscribedAppList,
    SuccessResponse,
    TemplateAnalytics,
    TemplatePerformanceMetricsList,
    WhatsAppBusinessAccount,
    WhatsAppBusinessAccountList,
)

from .operations import Async, Endpoint, Paged, Sync
from .validation import check_node_id

if TYPE_CHECKING:
    from collections.abc import Iterator

M = TypeVar("M", Sync, Async)


class Resource(Generic[M]):
    """A node (or one of its edges) of a client, bound to the node's id."""

    noun = "node id"

    def __init__(self, client: Any, node_id: str) -> None:
        self.client = client
        self.id = check_node_id(node_id, self.noun)

    def _child(self, cls: type[Resource[Any]]) -> Any:
        return cls(self.client, self.id)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id}>"


class AssignedUsers(Resource[M]):
    """`/{waba-id}/assigned_users`: users with access to the account."""

    list = Paged(list_assigned_users._get_kwargs, AssignedUserList)
    create = Endpoint(create_assigned_user._get_kwargs, SuccessResponse)
    delete = Endpoint(delete_assigned_user._get_kwargs, SuccessResponse)


class MessageTemplates(Resource[M]):
    """`/{waba-id}/message_templates` and the template helper edges."""

    list = Paged(list_message_templates._get_kwargs, MessageTemplateList)
    create = Endpoint(create_message_template._get_kwargs, MessageTemplateCreateResult)
    delete = Endpoint(delete_message_templates._get_kwargs, SuccessResponse)
    upsert = Endpoint(upsert_message_templates._get_kwargs, MessageTemplateUpsertResult)
    migrate = Endpoint(migrate_message_templates._get_kwargs, MessageTemplateMigrationResult)
    previews = Paged(list_message_template_previews._get_kwargs, MessageTemplatePreviewList)
    performance_metrics = Endpoint(get_template_performance_metrics._get_kwargs, TemplatePerformanceMetricsList)


class PhoneNumbers(Resource[M]):
    """`/{waba-id}/phone_numbers`: the account's business phone numbers."""

    list = Paged(list_phone_numbers._get_kwargs, PhoneNumberList)
    create = Endpoint(create_phone_number._get_kwargs, IdResponse)


class SubscribedApps(Resource[M]):
    """`/{waba-id}/subscribed_apps`: apps receiving the account's webhooks."""

    list = Paged(list_subscribed_apps._get_kwargs, SubscribedAppList)
    create = Endpoint(create_subscribed_app._get_kwargs, SuccessResponse)
    delete = Endpoint(delete_subscribed_app._get_kwargs, SuccessResponse)


class ProductCatalogs(Resource[M]):
    """`/{waba-id}/product_catalogs`: connected catalogs."""

    list = Paged(list_product_catalogs._get_kwargs, ProductCatalogList)
    create = Endpoint(create_product_catalog._get_kwargs, SuccessResponse)
    delete = Endpoint(delete_product_catalog._get_kwargs, SuccessResponse)


class PaymentConfiguration(Resource[M]):
    """`/{waba-id}/payment_configuration`: one payment configuration, by name."""

    get = Endpoint(get_payment_configuration._get_kwargs, PaymentConfigurationResult)
    create = Endpoint(create_payment_configuration._get_kwargs, PaymentConfigurationCreateResult)
    delete = Endpoint(delete_payment_configuration._get_kwargs, SuccessResponse)


class PaymentConfigurations(Resource[M]):
    """`/{waba-id}/payment_configurations`: every payment configuration."""

    list = Paged(list_payment_configurations._get_kwargs, PaymentConfigurationsList)


class Dataset(Resource[M]):
    """`/{waba-id}/dataset`: the conversions dataset."""

    get = Endpoint(get_dataset._get_kwargs, DatasetList)
    create = Endpoint(create_dataset._get_kwargs, IdResponse)


class Flows(Resource[M]):
    """`/{waba-id}/flows`: WhatsApp Flows."""

    list = Paged(list_flows._get_kwargs, FlowList)
    create = Endpoint(create_flow._get_kwargs, FlowCreateResult)


class Activities(Resource[M]):
    """`/{waba-id}/activities`: activity history."""

    list = Paged(list_activities._get_kwargs, ActivityList)


class Solutions(Resource[M]):
    """`/{waba-id}/solutions`: partner solutions."""

    list = Paged(list_solutions._get_kwargs, SolutionList)


class Schedules(Resource[M]):
    """`/{waba-id}/schedules`: schedules."""

    list = Paged(list_schedules._get_kwargs, ScheduleList)


class DccConfigs(Resource[M]):
    """`/{waba-id}/dcc_config`: direct connection configs."""

    list = Paged(list_dcc_configs._get_kwargs, DccConfigList)


class Analytics(Resource[M]):
    """The analytics edges; each returns a pager over data series (iterate `series.data_points`)."""

    conversations = Paged(get_conversation_analytics._get_kwargs, ConversationAnalytics)
    pricing = Paged(get_pricing_analytics._get_kwargs, PricingAnalytics)
    templates = Paged(get_template_analytics._get_kwargs, TemplateAnalytics)
    calls = Paged(get_call_analytics._get_kwargs, CallAnalytics)


class Account(Resource[M]):
    """A WhatsApp Business Account (`/{waba-id}`) and its edges."""

    noun = "waba_id"
    get = Endpoint(get_whats_app_business_account._get_kwargs, WhatsAppBusinessAccount)
    update = Endpoint(update_whats_app_business_account._get_kwargs, SuccessResponse)

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
    get = Endpoint(get_message_template._get_kwargs, MessageTemplate)
    update = Endpoint(update_message_template._get_kwargs, SuccessResponse)


class OwnedAccounts(Resource[M]):
    """`/{business-id}/owned_whatsapp_business_accounts`."""

    list = Paged(list_owned_whats_app_business_accounts._get_kwargs, WhatsAppBusinessAccountList)


class ClientAccounts(Resource[M]):
    """`/{business-id}/client_whatsapp_business_accounts`."""

    list = Paged(list_client_whats_app_business_accounts._get_kwargs, WhatsAppBusinessAccountList)


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
