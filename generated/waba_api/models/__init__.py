"""Contains all the data models used in inputs/outputs"""

from .account_mode import AccountMode
from .account_review_status import AccountReviewStatus
from .account_status import AccountStatus
from .activity import Activity
from .activity_list import ActivityList
from .analytics_granularity import AnalyticsGranularity
from .app_usage import AppUsage
from .assigned_user import AssignedUser
from .assigned_user_create import AssignedUserCreate
from .assigned_user_list import AssignedUserList
from .assigned_user_type import AssignedUserType
from .auth_international_rate_eligibility import AuthInternationalRateEligibility
from .auth_international_rate_eligibility_exception_countries_item import (
    AuthInternationalRateEligibilityExceptionCountriesItem,
)
from .batch_header import BatchHeader
from .batch_method import BatchMethod
from .batch_request import BatchRequest
from .batch_request_item import BatchRequestItem
from .batch_response import BatchResponse
from .business_use_case_type import BusinessUseCaseType
from .business_use_case_usage import BusinessUseCaseUsage
from .business_use_case_usage_entry import BusinessUseCaseUsageEntry
from .business_verification_status import BusinessVerificationStatus
from .call_analytics import CallAnalytics
from .call_analytics_data_point import CallAnalyticsDataPoint
from .call_analytics_series import CallAnalyticsSeries
from .call_dimension import CallDimension
from .call_direction import CallDirection
from .call_metric_type import CallMetricType
from .can_send_message import CanSendMessage
from .catalog_button import CatalogButton
from .code_verification_status import CodeVerificationStatus
from .conversation_analytics import ConversationAnalytics
from .conversation_analytics_data_point import ConversationAnalyticsDataPoint
from .conversation_analytics_series import ConversationAnalyticsSeries
from .conversation_category import ConversationCategory
from .conversation_dimension import ConversationDimension
from .conversation_direction import ConversationDirection
from .conversation_metric_type import ConversationMetricType
from .conversation_type import ConversationType
from .copy_code_button import CopyCodeButton
from .cursors import Cursors
from .dataset import Dataset
from .dataset_create import DatasetCreate
from .dataset_list import DatasetList
from .dcc_config import DccConfig
from .dcc_config_list import DccConfigList
from .flow import Flow
from .flow_action import FlowAction
from .flow_button import FlowButton
from .flow_category import FlowCategory
from .flow_create import FlowCreate
from .flow_create_result import FlowCreateResult
from .flow_list import FlowList
from .flow_status import FlowStatus
from .flow_validation_error import FlowValidationError
from .graph_error import GraphError
from .graph_error_data import GraphErrorData
from .graph_error_detail import GraphErrorDetail
from .health_entity_type import HealthEntityType
from .health_status import HealthStatus
from .health_status_entity import HealthStatusEntity
from .health_status_issue import HealthStatusIssue
from .id_response import IdResponse
from .list_summary import ListSummary
from .marketing_messages_status import MarketingMessagesStatus
from .message_template import MessageTemplate
from .message_template_create import MessageTemplateCreate
from .message_template_create_result import MessageTemplateCreateResult
from .message_template_list import MessageTemplateList
from .message_template_list_summary import MessageTemplateListSummary
from .message_template_migration import MessageTemplateMigration
from .message_template_migration_result import MessageTemplateMigrationResult
from .message_template_migration_result_failed_templates import MessageTemplateMigrationResultFailedTemplates
from .message_template_preview import MessageTemplatePreview
from .message_template_preview_list import MessageTemplatePreviewList
from .message_template_update import MessageTemplateUpdate
from .message_template_upsert import MessageTemplateUpsert
from .message_template_upsert_item import MessageTemplateUpsertItem
from .message_template_upsert_result import MessageTemplateUpsertResult
from .messaging_analytics import MessagingAnalytics
from .messaging_analytics_data_point import MessagingAnalyticsDataPoint
from .messaging_analytics_granularity import MessagingAnalyticsGranularity
from .messaging_limit_tier import MessagingLimitTier
from .mpm_button import MpmButton
from .name_status import NameStatus
from .named_node import NamedNode
from .on_behalf_of_business_info import OnBehalfOfBusinessInfo
from .otp_button import OtpButton
from .otp_supported_app import OtpSupportedApp
from .otp_type import OtpType
from .ownership_type import OwnershipType
from .paging import Paging
from .payment_code import PaymentCode
from .payment_configuration import PaymentConfiguration
from .payment_configuration_create import PaymentConfigurationCreate
from .payment_configuration_create_result import PaymentConfigurationCreateResult
from .payment_configuration_group import PaymentConfigurationGroup
from .payment_configuration_result import PaymentConfigurationResult
from .payment_configuration_status import PaymentConfigurationStatus
from .payment_configurations_list import PaymentConfigurationsList
from .payment_provider import PaymentProvider
from .phone_number import PhoneNumber
from .phone_number_button import PhoneNumberButton
from .phone_number_create import PhoneNumberCreate
from .phone_number_filter import PhoneNumberFilter
from .phone_number_filter_field import PhoneNumberFilterField
from .phone_number_filter_operator import PhoneNumberFilterOperator
from .phone_number_list import PhoneNumberList
from .phone_number_sort import PhoneNumberSort
from .phone_number_status import PhoneNumberStatus
from .platform_type import PlatformType
from .preview_button_type import PreviewButtonType
from .preview_category import PreviewCategory
from .pricing_analytics import PricingAnalytics
from .pricing_analytics_data_point import PricingAnalyticsDataPoint
from .pricing_analytics_series import PricingAnalyticsSeries
from .pricing_category import PricingCategory
from .pricing_dimension import PricingDimension
from .pricing_metric_type import PricingMetricType
from .pricing_type import PricingType
from .product_catalog import ProductCatalog
from .product_catalog_connection import ProductCatalogConnection
from .product_catalog_list import ProductCatalogList
from .quality_rating import QualityRating
from .quick_reply_button import QuickReplyButton
from .schedule import Schedule
from .schedule_list import ScheduleList
from .solution import Solution
from .solution_list import SolutionList
from .solution_status import SolutionStatus
from .subscribed_app import SubscribedApp
from .subscribed_app_create import SubscribedAppCreate
from .subscribed_app_data import SubscribedAppData
from .subscribed_app_list import SubscribedAppList
from .success_response import SuccessResponse
from .summary_field import SummaryField
from .template_analytics import TemplateAnalytics
from .template_analytics_data_point import TemplateAnalyticsDataPoint
from .template_analytics_granularity import TemplateAnalyticsGranularity
from .template_analytics_product_type import TemplateAnalyticsProductType
from .template_analytics_series import TemplateAnalyticsSeries
from .template_body_component import TemplateBodyComponent
from .template_button import TemplateButton
from .template_button_clicks import TemplateButtonClicks
from .template_button_type import TemplateButtonType
from .template_buttons_component import TemplateButtonsComponent
from .template_category import TemplateCategory
from .template_component import TemplateComponent
from .template_component_type import TemplateComponentType
from .template_cost_metric import TemplateCostMetric
from .template_example import TemplateExample
from .template_footer_component import TemplateFooterComponent
from .template_header_format import TemplateHeaderFormat
from .template_header_location_component import TemplateHeaderLocationComponent
from .template_header_media_component import TemplateHeaderMediaComponent
from .template_header_text_component import TemplateHeaderTextComponent
from .template_media_format import TemplateMediaFormat
from .template_metric_type import TemplateMetricType
from .template_named_parameter_example import TemplateNamedParameterExample
from .template_parameter_format import TemplateParameterFormat
from .template_performance_metrics import TemplatePerformanceMetrics
from .template_performance_metrics_list import TemplatePerformanceMetricsList
from .template_quality_score import TemplateQualityScore
from .template_quality_score_value import TemplateQualityScoreValue
from .template_rejected_reason import TemplateRejectedReason
from .template_source import TemplateSource
from .template_status import TemplateStatus
from .template_sub_category import TemplateSubCategory
from .throughput import Throughput
from .throughput_level import ThroughputLevel
from .url_button import UrlButton
from .waba_task import WabaTask
from .whats_app_business_account import WhatsAppBusinessAccount
from .whats_app_business_account_list import WhatsAppBusinessAccountList
from .whats_app_business_account_update import WhatsAppBusinessAccountUpdate

__all__ = (
    "AccountMode",
    "AccountReviewStatus",
    "AccountStatus",
    "Activity",
    "ActivityList",
    "AnalyticsGranularity",
    "AppUsage",
    "AssignedUser",
    "AssignedUserCreate",
    "AssignedUserList",
    "AssignedUserType",
    "AuthInternationalRateEligibility",
    "AuthInternationalRateEligibilityExceptionCountriesItem",
    "BatchHeader",
    "BatchMethod",
    "BatchRequest",
    "BatchRequestItem",
    "BatchResponse",
    "BusinessUseCaseType",
    "BusinessUseCaseUsage",
    "BusinessUseCaseUsageEntry",
    "BusinessVerificationStatus",
    "CallAnalytics",
    "CallAnalyticsDataPoint",
    "CallAnalyticsSeries",
    "CallDimension",
    "CallDirection",
    "CallMetricType",
    "CanSendMessage",
    "CatalogButton",
    "CodeVerificationStatus",
    "ConversationAnalytics",
    "ConversationAnalyticsDataPoint",
    "ConversationAnalyticsSeries",
    "ConversationCategory",
    "ConversationDimension",
    "ConversationDirection",
    "ConversationMetricType",
    "ConversationType",
    "CopyCodeButton",
    "Cursors",
    "Dataset",
    "DatasetCreate",
    "DatasetList",
    "DccConfig",
    "DccConfigList",
    "Flow",
    "FlowAction",
    "FlowButton",
    "FlowCategory",
    "FlowCreate",
    "FlowCreateResult",
    "FlowList",
    "FlowStatus",
    "FlowValidationError",
    "GraphError",
    "GraphErrorData",
    "GraphErrorDetail",
    "HealthEntityType",
    "HealthStatus",
    "HealthStatusEntity",
    "HealthStatusIssue",
    "IdResponse",
    "ListSummary",
    "MarketingMessagesStatus",
    "MessageTemplate",
    "MessageTemplateCreate",
    "MessageTemplateCreateResult",
    "MessageTemplateList",
    "MessageTemplateListSummary",
    "MessageTemplateMigration",
    "MessageTemplateMigrationResult",
    "MessageTemplateMigrationResultFailedTemplates",
    "MessageTemplatePreview",
    "MessageTemplatePreviewList",
    "MessageTemplateUpdate",
    "MessageTemplateUpsert",
    "MessageTemplateUpsertItem",
    "MessageTemplateUpsertResult",
    "MessagingAnalytics",
    "MessagingAnalyticsDataPoint",
    "MessagingAnalyticsGranularity",
    "MessagingLimitTier",
    "MpmButton",
    "NameStatus",
    "NamedNode",
    "OnBehalfOfBusinessInfo",
    "OtpButton",
    "OtpSupportedApp",
    "OtpType",
    "OwnershipType",
    "Paging",
    "PaymentCode",
    "PaymentConfiguration",
    "PaymentConfigurationCreate",
    "PaymentConfigurationCreateResult",
    "PaymentConfigurationGroup",
    "PaymentConfigurationResult",
    "PaymentConfigurationStatus",
    "PaymentConfigurationsList",
    "PaymentProvider",
    "PhoneNumber",
    "PhoneNumberButton",
    "PhoneNumberCreate",
    "PhoneNumberFilter",
    "PhoneNumberFilterField",
    "PhoneNumberFilterOperator",
    "PhoneNumberList",
    "PhoneNumberSort",
    "PhoneNumberStatus",
    "PlatformType",
    "PreviewButtonType",
    "PreviewCategory",
    "PricingAnalytics",
    "PricingAnalyticsDataPoint",
    "PricingAnalyticsSeries",
    "PricingCategory",
    "PricingDimension",
    "PricingMetricType",
    "PricingType",
    "ProductCatalog",
    "ProductCatalogConnection",
    "ProductCatalogList",
    "QualityRating",
    "QuickReplyButton",
    "Schedule",
    "ScheduleList",
    "Solution",
    "SolutionList",
    "SolutionStatus",
    "SubscribedApp",
    "SubscribedAppCreate",
    "SubscribedAppData",
    "SubscribedAppList",
    "SuccessResponse",
    "SummaryField",
    "TemplateAnalytics",
    "TemplateAnalyticsDataPoint",
    "TemplateAnalyticsGranularity",
    "TemplateAnalyticsProductType",
    "TemplateAnalyticsSeries",
    "TemplateBodyComponent",
    "TemplateButton",
    "TemplateButtonClicks",
    "TemplateButtonType",
    "TemplateButtonsComponent",
    "TemplateCategory",
    "TemplateComponent",
    "TemplateComponentType",
    "TemplateCostMetric",
    "TemplateExample",
    "TemplateFooterComponent",
    "TemplateHeaderFormat",
    "TemplateHeaderLocationComponent",
    "TemplateHeaderMediaComponent",
    "TemplateHeaderTextComponent",
    "TemplateMediaFormat",
    "TemplateMetricType",
    "TemplateNamedParameterExample",
    "TemplateParameterFormat",
    "TemplatePerformanceMetrics",
    "TemplatePerformanceMetricsList",
    "TemplateQualityScore",
    "TemplateQualityScoreValue",
    "TemplateRejectedReason",
    "TemplateSource",
    "TemplateStatus",
    "TemplateSubCategory",
    "Throughput",
    "ThroughputLevel",
    "UrlButton",
    "WabaTask",
    "WhatsAppBusinessAccount",
    "WhatsAppBusinessAccountList",
    "WhatsAppBusinessAccountUpdate",
)
