from enum import StrEnum


class BusinessUseCaseType(StrEnum):
    ADS_INSIGHTS = "ads_insights"
    ADS_MANAGEMENT = "ads_management"
    PAGES = "pages"
    WHATSAPP_BUSINESS_MANAGEMENT = "whatsapp_business_management"
    WHATSAPP_BUSINESS_MESSAGING = "whatsapp_business_messaging"

    def __str__(self) -> str:
        return str(self.value)
