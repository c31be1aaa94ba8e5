from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_review_status import AccountReviewStatus
from ..models.account_status import AccountStatus
from ..models.business_verification_status import BusinessVerificationStatus
from ..models.marketing_messages_status import MarketingMessagesStatus
from ..models.messaging_limit_tier import MessagingLimitTier
from ..models.ownership_type import OwnershipType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_international_rate_eligibility import AuthInternationalRateEligibility
    from ..models.health_status import HealthStatus
    from ..models.messaging_analytics import MessagingAnalytics
    from ..models.named_node import NamedNode
    from ..models.on_behalf_of_business_info import OnBehalfOfBusinessInfo


T = TypeVar("T", bound="WhatsAppBusinessAccount")


@_attrs_define
class WhatsAppBusinessAccount:
    """A WhatsApp Business Account. Graph returns only the fields asked for (`id` always); fields Meta adds later are kept
    as additional properties.

        Attributes:
            id (str): A Graph node id, a string of digits. Example: 102290129340398.
            name (str | Unset): User-friendly name of the account.
            timezone_id (str | Unset): Timezone id of the account (see Meta's timezone id list).
            message_template_namespace (str | Unset): Namespace of the account's message templates.
            account_review_status (AccountReviewStatus | str | Unset): Review status of the account.
            analytics (MessagingAnalytics | Unset): The `analytics` field: messages sent and delivered by the account's
                phone numbers, asked for with `fields=analytics.start(<unix>).end(<unix>).granularity(HALF_HOUR|DAY|MONTH)`.
            auth_international_rate_eligibility (AuthInternationalRateEligibility | Unset): Eligibility for authentication-
                international rates.
            business_verification_status (BusinessVerificationStatus | str | Unset): Verification status of the Meta
                business portfolio that owns the account.
            country (str | Unset): Country of the owning business portfolio (ISO 3166-1 alpha-2).
            creation_time (str | Unset): When the account was created, e.g. `2023-04-12T09:30:00+0000`.
            currency (str | Unset): Currency (ISO 4217) in which the account's payments are processed.
            disable_marketing_messages_on_cloud_api (bool | Unset): True when marketing messages over Cloud API are disabled
                for this account.
            health_status (HealthStatus | Unset): Whether messages can be sent, for the account (or phone number) and each
                entity behind it.
            is_enabled_for_insights (bool | Unset): True when template analytics are enabled (required by
                `template_analytics`).
            is_shared_with_partners (bool | Unset): True when the account is shared with solution partners.
            linked_commerce_account (NamedNode | Unset): A reference to another node, with its name when Graph includes it.
            marketing_messages_lite_api_status (MarketingMessagesStatus | str | Unset): Onboarding status for the Marketing
                Messages Lite API.
            marketing_messages_onboarding_status (MarketingMessagesStatus | str | Unset): Onboarding status for marketing
                messages.
            on_behalf_of_business_info (OnBehalfOfBusinessInfo | Unset): The business on whose behalf the account is
                operated.
            owner_business (NamedNode | Unset): A reference to another node, with its name when Graph includes it.
            owner_business_info (NamedNode | Unset): A reference to another node, with its name when Graph includes it.
            ownership_type (OwnershipType | str | Unset): How the account is owned.
            primary_business_location (str | Unset): Primary business location (country code).
            primary_funding_id (str | Unset): Primary funding id for the account's paid service (numeric string).
            purchase_order_number (str | Unset): Purchase order number supplied by the business for payment management.
            status (AccountStatus | str | Unset): Status of the account.
            template_auto_archival_enabled (bool | Unset): True when unused templates are archived automatically.
            whatsapp_business_manager_messaging_limit (MessagingLimitTier | str | Unset): Messaging limit tier of the
                account.
    """

    id: str
    name: str | Unset = UNSET
    timezone_id: str | Unset = UNSET
    message_template_namespace: str | Unset = UNSET
    account_review_status: AccountReviewStatus | str | Unset = UNSET
    analytics: MessagingAnalytics | Unset = UNSET
    auth_international_rate_eligibility: AuthInternationalRateEligibility | Unset = UNSET
    business_verification_status: BusinessVerificationStatus | str | Unset = UNSET
    country: str | Unset = UNSET
    creation_time: str | Unset = UNSET
    currency: str | Unset = UNSET
    disable_marketing_messages_on_cloud_api: bool | Unset = UNSET
    health_status: HealthStatus | Unset = UNSET
    is_enabled_for_insights: bool | Unset = UNSET
    is_shared_with_partners: bool | Unset = UNSET
    linked_commerce_account: NamedNode | Unset = UNSET
    marketing_messages_lite_api_status: MarketingMessagesStatus | str | Unset = UNSET
    marketing_messages_onboarding_status: MarketingMessagesStatus | str | Unset = UNSET
    on_behalf_of_business_info: OnBehalfOfBusinessInfo | Unset = UNSET
    owner_business: NamedNode | Unset = UNSET
    owner_business_info: NamedNode | Unset = UNSET
    ownership_type: OwnershipType | str | Unset = UNSET
    primary_business_location: str | Unset = UNSET
    primary_funding_id: str | Unset = UNSET
    purchase_order_number: str | Unset = UNSET
    status: AccountStatus | str | Unset = UNSET
    template_auto_archival_enabled: bool | Unset = UNSET
    whatsapp_business_manager_messaging_limit: MessagingLimitTier | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        timezone_id = self.timezone_id

        message_template_namespace = self.message_template_namespace

        account_review_status: str | Unset
        if isinstance(self.account_review_status, Unset):
            account_review_status = UNSET
        elif isinstance(self.account_review_status, AccountReviewStatus):
            account_review_status = self.account_review_status.value
        else:
            account_review_status = self.account_review_status

        analytics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analytics, Unset):
            analytics = self.analytics.to_dict()

        auth_international_rate_eligibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_international_rate_eligibility, Unset):
            auth_international_rate_eligibility = self.auth_international_rate_eligibility.to_dict()

        business_verification_status: str | Unset
        if isinstance(self.business_verification_status, Unset):
            business_verification_status = UNSET
        elif isinstance(self.business_verification_status, BusinessVerificationStatus):
            business_verification_status = self.business_verification_status.value
        else:
            business_verification_status = self.business_verification_status

        country = self.country

        creation_time = self.creation_time

        currency = self.currency

        disable_marketing_messages_on_cloud_api = self.disable_marketing_messages_on_cloud_api

        health_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.health_status, Unset):
            health_status = self.health_status.to_dict()

        is_enabled_for_insights = self.is_enabled_for_insights

        is_shared_with_partners = self.is_shared_with_partners

        linked_commerce_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.linked_commerce_account, Unset):
            linked_commerce_account = self.linked_commerce_account.to_dict()

        marketing_messages_lite_api_status: str | Unset
        if isinstance(self.marketing_messages_lite_api_status, Unset):
            marketing_messages_lite_api_status = UNSET
        elif isinstance(self.marketing_messages_lite_api_status, MarketingMessagesStatus):
            marketing_messages_lite_api_status = self.marketing_messages_lite_api_status.value
        else:
            marketing_messages_lite_api_status = self.marketing_messages_lite_api_status

        marketing_messages_onboarding_status: str | Unset
        if isinstance(self.marketing_messages_onboarding_status, Unset):
            marketing_messages_onboarding_status = UNSET
        elif isinstance(self.marketing_messages_onboarding_status, MarketingMessagesStatus):
            marketing_messages_onboarding_status = self.marketing_messages_onboarding_status.value
        else:
            marketing_messages_onboarding_status = self.marketing_messages_onboarding_status

        on_behalf_of_business_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_behalf_of_business_info, Unset):
            on_behalf_of_business_info = self.on_behalf_of_business_info.to_dict()

        owner_business: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner_business, Unset):
            owner_business = self.owner_business.to_dict()

        owner_business_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner_business_info, Unset):
            owner_business_info = self.owner_business_info.to_dict()

        ownership_type: str | Unset
        if isinstance(self.ownership_type, Unset):
            ownership_type = UNSET
        elif isinstance(self.ownership_type, OwnershipType):
            ownership_type = self.ownership_type.value
        else:
            ownership_type = self.ownership_type

        primary_business_location = self.primary_business_location

        primary_funding_id = self.primary_funding_id

        purchase_order_number = self.purchase_order_number

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, AccountStatus):
            status = self.status.value
        else:
            status = self.status

        template_auto_archival_enabled = self.template_auto_archival_enabled

        whatsapp_business_manager_messaging_limit: str | Unset
        if isinstance(self.whatsapp_business_manager_messaging_limit, Unset):
            whatsapp_business_manager_messaging_limit = UNSET
        elif isinstance(self.whatsapp_business_manager_messaging_limit, MessagingLimitTier):
            whatsapp_business_manager_messaging_limit = self.whatsapp_business_manager_messaging_limit.value
        else:
            whatsapp_business_manager_messaging_limit = self.whatsapp_business_manager_messaging_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if timezone_id is not UNSET:
            field_dict["timezone_id"] = timezone_id
        if message_template_namespace is not UNSET:
            field_dict["message_template_namespace"] = message_template_namespace
        if account_review_status is not UNSET:
            field_dict["account_review_status"] = account_review_status
        if analytics is not UNSET:
            field_dict["analytics"] = analytics
        if auth_international_rate_eligibility is not UNSET:
            field_dict["auth_international_rate_eligibility"] = auth_international_rate_eligibility
        if business_verification_status is not UNSET:
            field_dict["business_verification_status"] = business_verification_status
        if country is not UNSET:
            field_dict["country"] = country
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if currency is not UNSET:
            field_dict["currency"] = currency
        if disable_marketing_messages_on_cloud_api is not UNSET:
            field_dict["disable_marketing_messages_on_cloud_api"] = disable_marketing_messages_on_cloud_api
        if health_status is not UNSET:
            field_dict["health_status"] = health_status
        if is_enabled_for_insights is not UNSET:
            field_dict["is_enabled_for_insights"] = is_enabled_for_insights
        if is_shared_with_partners is not UNSET:
            field_dict["is_shared_with_partners"] = is_shared_with_partners
        if linked_commerce_account is not UNSET:
            field_dict["linked_commerce_account"] = linked_commerce_account
        if marketing_messages_lite_api_status is not UNSET:
            field_dict["marketing_messages_lite_api_status"] = marketing_messages_lite_api_status
        if marketing_messages_onboarding_status is not UNSET:
            field_dict["marketing_messages_onboarding_status"] = marketing_messages_onboarding_status
        if on_behalf_of_business_info is not UNSET:
            field_dict["on_behalf_of_business_info"] = on_behalf_of_business_info
        if owner_business is not UNSET:
            field_dict["owner_business"] = owner_business
        if owner_business_info is not UNSET:
            field_dict["owner_business_info"] = owner_business_info
        if ownership_type is not UNSET:
            field_dict["ownership_type"] = ownership_type
        if primary_business_location is not UNSET:
            field_dict["primary_business_location"] = primary_business_location
        if primary_funding_id is not UNSET:
            field_dict["primary_funding_id"] = primary_funding_id
        if purchase_order_number is not UNSET:
            field_dict["purchase_order_number"] = purchase_order_number
        if status is not UNSET:
            field_dict["status"] = status
        if template_auto_archival_enabled is not UNSET:
            field_dict["template_auto_archival_enabled"] = template_auto_archival_enabled
        if whatsapp_business_manager_messaging_limit is not UNSET:
            field_dict["whatsapp_business_manager_messaging_limit"] = whatsapp_business_manager_messaging_limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auth_international_rate_eligibility import AuthInternationalRateEligibility
        from ..models.health_status import HealthStatus
        from ..models.messaging_analytics import MessagingAnalytics
        from ..models.named_node import NamedNode
        from ..models.on_behalf_of_business_info import OnBehalfOfBusinessInfo

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        timezone_id = d.pop("timezone_id", UNSET)

        message_template_namespace = d.pop("message_template_namespace", UNSET)

        def _parse_account_review_status(data: object) -> AccountReviewStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                account_review_status_type_0 = AccountReviewStatus(data)

                return account_review_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountReviewStatus | str | Unset, data)

        account_review_status = _parse_account_review_status(d.pop("account_review_status", UNSET))

        _analytics = d.pop("analytics", UNSET)
        analytics: MessagingAnalytics | Unset
        if isinstance(_analytics, Unset):
            analytics = UNSET
        else:
            analytics = MessagingAnalytics.from_dict(_analytics)

        _auth_international_rate_eligibility = d.pop("auth_international_rate_eligibility", UNSET)
        auth_international_rate_eligibility: AuthInternationalRateEligibility | Unset
        if isinstance(_auth_international_rate_eligibility, Unset):
            auth_international_rate_eligibility = UNSET
        else:
            auth_international_rate_eligibility = AuthInternationalRateEligibility.from_dict(
                _auth_international_rate_eligibility
            )

        def _parse_business_verification_status(data: object) -> BusinessVerificationStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                business_verification_status_type_0 = BusinessVerificationStatus(data)

                return business_verification_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessVerificationStatus | str | Unset, data)

        business_verification_status = _parse_business_verification_status(d.pop("business_verification_status", UNSET))

        country = d.pop("country", UNSET)

        creation_time = d.pop("creation_time", UNSET)

        currency = d.pop("currency", UNSET)

        disable_marketing_messages_on_cloud_api = d.pop("disable_marketing_messages_on_cloud_api", UNSET)

        _health_status = d.pop("health_status", UNSET)
        health_status: HealthStatus | Unset
        if isinstance(_health_status, Unset):
            health_status = UNSET
        else:
            health_status = HealthStatus.from_dict(_health_status)

        is_enabled_for_insights = d.pop("is_enabled_for_insights", UNSET)

        is_shared_with_partners = d.pop("is_shared_with_partners", UNSET)

        _linked_commerce_account = d.pop("linked_commerce_account", UNSET)
        linked_commerce_account: NamedNode | Unset
        if isinstance(_linked_commerce_account, Unset):
            linked_commerce_account = UNSET
        else:
            linked_commerce_account = NamedNode.from_dict(_linked_commerce_account)

        def _parse_marketing_messages_lite_api_status(data: object) -> MarketingMessagesStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                marketing_messages_lite_api_status_type_0 = MarketingMessagesStatus(data)

                return marketing_messages_lite_api_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MarketingMessagesStatus | str | Unset, data)

        marketing_messages_lite_api_status = _parse_marketing_messages_lite_api_status(
            d.pop("marketing_messages_lite_api_status", UNSET)
        )

        def _parse_marketing_messages_onboarding_status(data: object) -> MarketingMessagesStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                marketing_messages_onboarding_status_type_0 = MarketingMessagesStatus(data)

                return marketing_messages_onboarding_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MarketingMessagesStatus | str | Unset, data)

        marketing_messages_onboarding_status = _parse_marketing_messages_onboarding_status(
            d.pop("marketing_messages_onboarding_status", UNSET)
        )

        _on_behalf_of_business_info = d.pop("on_behalf_of_business_info", UNSET)
        on_behalf_of_business_info: OnBehalfOfBusinessInfo | Unset
        if isinstance(_on_behalf_of_business_info, Unset):
            on_behalf_of_business_info = UNSET
        else:
            on_behalf_of_business_info = OnBehalfOfBusinessInfo.from_dict(_on_behalf_of_business_info)

        _owner_business = d.pop("owner_business", UNSET)
        owner_business: NamedNode | Unset
        if isinstance(_owner_business, Unset):
            owner_business = UNSET
        else:
            owner_business = NamedNode.from_dict(_owner_business)

        _owner_business_info = d.pop("owner_business_info", UNSET)
        owner_business_info: NamedNode | Unset
        if isinstance(_owner_business_info, Unset):
            owner_business_info = UNSET
        else:
            owner_business_info = NamedNode.from_dict(_owner_business_info)

        def _parse_ownership_type(data: object) -> OwnershipType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ownership_type_type_0 = OwnershipType(data)

                return ownership_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OwnershipType | str | Unset, data)

        ownership_type = _parse_ownership_type(d.pop("ownership_type", UNSET))

        primary_business_location = d.pop("primary_business_location", UNSET)

        primary_funding_id = d.pop("primary_funding_id", UNSET)

        purchase_order_number = d.pop("purchase_order_number", UNSET)

        def _parse_status(data: object) -> AccountStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = AccountStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        template_auto_archival_enabled = d.pop("template_auto_archival_enabled", UNSET)

        def _parse_whatsapp_business_manager_messaging_limit(data: object) -> MessagingLimitTier | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                whatsapp_business_manager_messaging_limit_type_0 = MessagingLimitTier(data)

                return whatsapp_business_manager_messaging_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessagingLimitTier | str | Unset, data)

        whatsapp_business_manager_messaging_limit = _parse_whatsapp_business_manager_messaging_limit(
            d.pop("whatsapp_business_manager_messaging_limit", UNSET)
        )

        whats_app_business_account = cls(
            id=id,
            name=name,
            timezone_id=timezone_id,
            message_template_namespace=message_template_namespace,
            account_review_status=account_review_status,
            analytics=analytics,
            auth_international_rate_eligibility=auth_international_rate_eligibility,
            business_verification_status=business_verification_status,
            country=country,
            creation_time=creation_time,
            currency=currency,
            disable_marketing_messages_on_cloud_api=disable_marketing_messages_on_cloud_api,
            health_status=health_status,
            is_enabled_for_insights=is_enabled_for_insights,
            is_shared_with_partners=is_shared_with_partners,
            linked_commerce_account=linked_commerce_account,
            marketing_messages_lite_api_status=marketing_messages_lite_api_status,
            marketing_messages_onboarding_status=marketing_messages_onboarding_status,
            on_behalf_of_business_info=on_behalf_of_business_info,
            owner_business=owner_business,
            owner_business_info=owner_business_info,
            ownership_type=ownership_type,
            primary_business_location=primary_business_location,
            primary_funding_id=primary_funding_id,
            purchase_order_number=purchase_order_number,
            status=status,
            template_auto_archival_enabled=template_auto_archival_enabled,
            whatsapp_business_manager_messaging_limit=whatsapp_business_manager_messaging_limit,
        )

        whats_app_business_account.additional_properties = d
        return whats_app_business_account

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
