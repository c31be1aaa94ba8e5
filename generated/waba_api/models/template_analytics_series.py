from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_analytics_granularity import TemplateAnalyticsGranularity
from ..models.template_analytics_product_type import TemplateAnalyticsProductType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_analytics_data_point import TemplateAnalyticsDataPoint


T = TypeVar("T", bound="TemplateAnalyticsSeries")


@_attrs_define
class TemplateAnalyticsSeries:
    """A series of template data points.

    Attributes:
        granularity (str | TemplateAnalyticsGranularity | Unset): Bucket size.
        product_type (str | TemplateAnalyticsProductType | Unset): Messaging product.
        data_points (list[TemplateAnalyticsDataPoint] | Unset): One point per template and day.
    """

    granularity: str | TemplateAnalyticsGranularity | Unset = UNSET
    product_type: str | TemplateAnalyticsProductType | Unset = UNSET
    data_points: list[TemplateAnalyticsDataPoint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        granularity: str | Unset
        if isinstance(self.granularity, Unset):
            granularity = UNSET
        elif isinstance(self.granularity, TemplateAnalyticsGranularity):
            granularity = self.granularity.value
        else:
            granularity = self.granularity

        product_type: str | Unset
        if isinstance(self.product_type, Unset):
            product_type = UNSET
        elif isinstance(self.product_type, TemplateAnalyticsProductType):
            product_type = self.product_type.value
        else:
            product_type = self.product_type

        data_points: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_points, Unset):
            data_points = []
            for data_points_item_data in self.data_points:
                data_points_item = data_points_item_data.to_dict()
                data_points.append(data_points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if data_points is not UNSET:
            field_dict["data_points"] = data_points

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_analytics_data_point import TemplateAnalyticsDataPoint

        d = dict(src_dict)

        def _parse_granularity(data: object) -> str | TemplateAnalyticsGranularity | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                granularity_type_0 = TemplateAnalyticsGranularity(data)

                return granularity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TemplateAnalyticsGranularity | Unset, data)

        granularity = _parse_granularity(d.pop("granularity", UNSET))

        def _parse_product_type(data: object) -> str | TemplateAnalyticsProductType | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                product_type_type_0 = TemplateAnalyticsProductType(data)

                return product_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TemplateAnalyticsProductType | Unset, data)

        product_type = _parse_product_type(d.pop("product_type", UNSET))

        _data_points = d.pop("data_points", UNSET)
        data_points: list[TemplateAnalyticsDataPoint] | Unset = UNSET
        if _data_points is not UNSET:
            data_points = []
            for data_points_item_data in _data_points:
                data_points_item = TemplateAnalyticsDataPoint.from_dict(data_points_item_data)

                data_points.append(data_points_item)

        template_analytics_series = cls(
            granularity=granularity,
            product_type=product_type,
            data_points=data_points,
        )

        template_analytics_series.additional_properties = d
        return template_analytics_series

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
