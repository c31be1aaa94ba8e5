from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_mode import AccountMode
from ..models.code_verification_status import CodeVerificationStatus
from ..models.messaging_limit_tier import MessagingLimitTier
from ..models.name_status import NameStatus
from ..models.phone_number_status import PhoneNumberStatus
from ..models.platform_type import PlatformType
from ..models.quality_rating import QualityRating
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.health_status import HealthStatus
    from ..models.throughput import Throughput


T = TypeVar("T", bound="PhoneNumber")


@_attrs_define
class PhoneNumber:
    """A business phone number.

    Attributes:
        id (str): A Graph node id, a string of digits. Example: 102290129340398.
        display_phone_number (str | Unset): The number as shown to customers, e.g. `+1 631-555-5555`.
        verified_name (str | Unset): The approved display name.
        status (PhoneNumberStatus | str | Unset): Connection status of the number.
        quality_rating (QualityRating | str | Unset): Quality rating from recent messages.
        code_verification_status (CodeVerificationStatus | str | Unset): Whether the number was verified by code.
        name_status (NameStatus | str | Unset): Review status of the display name.
        new_name_status (NameStatus | str | Unset): Review status of a pending display-name change.
        platform_type (PlatformType | str | Unset): API the number is registered with.
        throughput (Throughput | Unset): Message throughput of the number.
        account_mode (AccountMode | str | Unset): Whether the number is live or in the developer sandbox.
        messaging_limit_tier (MessagingLimitTier | str | Unset): Messaging limit tier of the number.
        whatsapp_business_manager_messaging_limit (MessagingLimitTier | str | Unset): Messaging limit tier shown in
            WhatsApp Manager.
        is_official_business_account (bool | Unset): True when the number has the Official Business Account badge.
        is_pin_enabled (bool | Unset): True when two-step verification is on.
        last_onboarded_time (str | Unset): When the number was last onboarded, e.g. `2024-03-01T10:20:30+0000`.
        health_status (HealthStatus | Unset): Whether messages can be sent, for the account (or phone number) and each
            entity behind it.
    """

    id: str
    display_phone_number: str | Unset = UNSET
    verified_name: str | Unset = UNSET
    status: PhoneNumberStatus | str | Unset = UNSET
    quality_rating: QualityRating | str | Unset = UNSET
    code_verification_status: CodeVerificationStatus | str | Unset = UNSET
    name_status: NameStatus | str | Unset = UNSET
    new_name_status: NameStatus | str | Unset = UNSET
    platform_type: PlatformType | str | Unset = UNSET
    throughput: Throughput | Unset = UNSET
    account_mode: AccountMode | str | Unset = UNSET
    messaging_limit_tier: MessagingLimitTier | str | Unset = UNSET
    whatsapp_business_manager_messaging_limit: MessagingLimitTier | str | Unset = UNSET
    is_official_business_account: bool | Unset = UNSET
    is_pin_enabled: bool | Unset = UNSET
    last_onboarded_time: str | Unset = UNSET
    health_status: HealthStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_phone_number = self.display_phone_number

        verified_name = self.verified_name

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, PhoneNumberStatus):
            status = self.status.value
        else:
            status = self.status

        quality_rating: str | Unset
        if isinstance(self.quality_rating, Unset):
            quality_rating = UNSET
        elif isinstance(self.quality_rating, QualityRating):
            quality_rating = self.quality_rating.value
        else:
            quality_rating = self.quality_rating

        code_verification_status: str | Unset
        if isinstance(self.code_verification_status, Unset):
            code_verification_status = UNSET
        elif isinstance(self.code_verification_status, CodeVerificationStatus):
            code_verification_status = self.code_verification_status.value
        else:
            code_verification_status = self.code_verification_status

        name_status: str | Unset
        if isinstance(self.name_status, Unset):
            name_status = UNSET
        elif isinstance(self.name_status, NameStatus):
            name_status = self.name_status.value
        else:
            name_status = self.name_status

        new_name_status: str | Unset
        if isinstance(self.new_name_status, Unset):
            new_name_status = UNSET
        elif isinstance(self.new_name_status, NameStatus):
            new_name_status = self.new_name_status.value
        else:
            new_name_status = self.new_name_status

        platform_type: str | Unset
        if isinstance(self.platform_type, Unset):
            platform_type = UNSET
        elif isinstance(self.platform_type, PlatformType):
            platform_type = self.platform_type.value
        else:
            platform_type = self.platform_type

        throughput: dict[str, Any] | Unset = UNSET
        if not isinstance(self.throughput, Unset):
            throughput = self.throughput.to_dict()

        account_mode: str | Unset
        if isinstance(self.account_mode, Unset):
            account_mode = UNSET
        elif isinstance(self.account_mode, AccountMode):
            account_mode = self.account_mode.value
        else:
            account_mode = self.account_mode

        messaging_limit_tier: str | Unset
        if isinstance(self.messaging_limit_tier, Unset):
            messaging_limit_tier = UNSET
        elif isinstance(self.messaging_limit_tier, MessagingLimitTier):
            messaging_limit_tier = self.messaging_limit_tier.value
        else:
            messaging_limit_tier = self.messaging_limit_tier

        whatsapp_business_manager_messaging_limit: str | Unset
        if isinstance(self.whatsapp_business_manager_messaging_limit, Unset):
            whatsapp_business_manager_messaging_limit = UNSET
        elif isinstance(self.whatsapp_business_manager_messaging_limit, MessagingLimitTier):
            whatsapp_business_manager_messaging_limit = self.whatsapp_business_manager_messaging_limit.value
        else:
            whatsapp_business_manager_messaging_limit = self.whatsapp_business_manager_messaging_limit

        is_official_business_account = self.is_official_business_account

        is_pin_enabled = self.is_pin_enabled

        last_onboarded_time = self.last_onboarded_time

        health_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.health_status, Unset):
            health_status = self.health_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if display_phone_number is not UNSET:
            field_dict["display_phone_number"] = display_phone_number
        if verified_name is not UNSET:
            field_dict["verified_name"] = verified_name
        if status is not UNSET:
            field_dict["status"] = status
        if quality_rating is not UNSET:
            field_dict["quality_rating"] = quality_rating
        if code_verification_status is not UNSET:
            field_dict["code_verification_status"] = code_verification_status
        if name_status is not UNSET:
            field_dict["name_status"] = name_status
        if new_name_status is not UNSET:
            field_dict["new_name_status"] = new_name_status
        if platform_type is not UNSET:
            field_dict["platform_type"] = platform_type
        if throughput is not UNSET:
            field_dict["throughput"] = throughput
        if account_mode is not UNSET:
            field_dict["account_mode"] = account_mode
        if messaging_limit_tier is not UNSET:
            field_dict["messaging_limit_tier"] = messaging_limit_tier
        if whatsapp_business_manager_messaging_limit is not UNSET:
            field_dict["whatsapp_business_manager_messaging_limit"] = whatsapp_business_manager_messaging_limit
        if is_official_business_account is not UNSET:
            field_dict["is_official_business_account"] = is_official_business_account
        if is_pin_enabled is not UNSET:
            field_dict["is_pin_enabled"] = is_pin_enabled
        if last_onboarded_time is not UNSET:
            field_dict["last_onboarded_time"] = last_onboarded_time
        if health_status is not UNSET:
            field_dict["health_status"] = health_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.health_status import HealthStatus
        from ..models.throughput import Throughput

        d = dict(src_dict)
        id = d.pop("id")

        display_phone_number = d.pop("display_phone_number", UNSET)

        verified_name = d.pop("verified_name", UNSET)

        def _parse_status(data: object) -> PhoneNumberStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = PhoneNumberStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PhoneNumberStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_quality_rating(data: object) -> QualityRating | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quality_rating_type_0 = QualityRating(data)

                return quality_rating_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(QualityRating | str | Unset, data)

        quality_rating = _parse_quality_rating(d.pop("quality_rating", UNSET))

        def _parse_code_verification_status(data: object) -> CodeVerificationStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                code_verification_status_type_0 = CodeVerificationStatus(data)

                return code_verification_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeVerificationStatus | str | Unset, data)

        code_verification_status = _parse_code_verification_status(d.pop("code_verification_status", UNSET))

        def _parse_name_status(data: object) -> NameStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                name_status_type_0 = NameStatus(data)

                return name_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NameStatus | str | Unset, data)

        name_status = _parse_name_status(d.pop("name_status", UNSET))

        def _parse_new_name_status(data: object) -> NameStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                new_name_status_type_0 = NameStatus(data)

                return new_name_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NameStatus | str | Unset, data)

        new_name_status = _parse_new_name_status(d.pop("new_name_status", UNSET))

        def _parse_platform_type(data: object) -> PlatformType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                platform_type_type_0 = PlatformType(data)

                return platform_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PlatformType | str | Unset, data)

        platform_type = _parse_platform_type(d.pop("platform_type", UNSET))

        _throughput = d.pop("throughput", UNSET)
        throughput: Throughput | Unset
        if isinstance(_throughput, Unset):
            throughput = UNSET
        else:
            throughput = Throughput.from_dict(_throughput)

        def _parse_account_mode(data: object) -> AccountMode | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                account_mode_type_0 = AccountMode(data)

                return account_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountMode | str | Unset, data)

        account_mode = _parse_account_mode(d.pop("account_mode", UNSET))

        def _parse_messaging_limit_tier(data: object) -> MessagingLimitTier | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                messaging_limit_tier_type_0 = MessagingLimitTier(data)

                return messaging_limit_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessagingLimitTier | str | Unset, data)

        messaging_limit_tier = _parse_messaging_limit_tier(d.pop("messaging_limit_tier", UNSET))

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

        is_official_business_account = d.pop("is_official_business_account", UNSET)

        is_pin_enabled = d.pop("is_pin_enabled", UNSET)

        last_onboarded_time = d.pop("last_onboarded_time", UNSET)

        _health_status = d.pop("health_status", UNSET)
        health_status: HealthStatus | Unset
        if isinstance(_health_status, Unset):
            health_status = UNSET
        else:
            health_status = HealthStatus.from_dict(_health_status)

        phone_number = cls(
            id=id,
            display_phone_number=display_phone_number,
            verified_name=verified_name,
            status=status,
            quality_rating=quality_rating,
            code_verification_status=code_verification_status,
            name_status=name_status,
            new_name_status=new_name_status,
            platform_type=platform_type,
            throughput=throughput,
            account_mode=account_mode,
            messaging_limit_tier=messaging_limit_tier,
            whatsapp_business_manager_messaging_limit=whatsapp_business_manager_messaging_limit,
            is_official_business_account=is_official_business_account,
            is_pin_enabled=is_pin_enabled,
            last_onboarded_time=last_onboarded_time,
            health_status=health_status,
        )

        phone_number.additional_properties = d
        return phone_number

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
