from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_category import FlowCategory
from ..models.flow_status import FlowStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_validation_error import FlowValidationError


T = TypeVar("T", bound="Flow")


@_attrs_define
class Flow:
    """A WhatsApp Flow.

    Attributes:
        id (str): A Graph node id, a string of digits. Example: 102290129340398.
        name (str | Unset): Flow name.
        status (FlowStatus | str | Unset): Lifecycle status.
        categories (list[FlowCategory | str] | Unset): Categories.
        validation_errors (list[FlowValidationError] | Unset): Problems in the flow JSON.
        json_version (str | Unset): Flow JSON version.
        data_api_version (str | Unset): Data API version of the endpoint.
        endpoint_uri (str | Unset): The flow's data endpoint.
    """

    id: str
    name: str | Unset = UNSET
    status: FlowStatus | str | Unset = UNSET
    categories: list[FlowCategory | str] | Unset = UNSET
    validation_errors: list[FlowValidationError] | Unset = UNSET
    json_version: str | Unset = UNSET
    data_api_version: str | Unset = UNSET
    endpoint_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, FlowStatus):
            status = self.status.value
        else:
            status = self.status

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item: str
                if isinstance(categories_item_data, FlowCategory):
                    categories_item = categories_item_data.value
                else:
                    categories_item = categories_item_data
                categories.append(categories_item)

        validation_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation_errors, Unset):
            validation_errors = []
            for validation_errors_item_data in self.validation_errors:
                validation_errors_item = validation_errors_item_data.to_dict()
                validation_errors.append(validation_errors_item)

        json_version = self.json_version

        data_api_version = self.data_api_version

        endpoint_uri = self.endpoint_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if categories is not UNSET:
            field_dict["categories"] = categories
        if validation_errors is not UNSET:
            field_dict["validation_errors"] = validation_errors
        if json_version is not UNSET:
            field_dict["json_version"] = json_version
        if data_api_version is not UNSET:
            field_dict["data_api_version"] = data_api_version
        if endpoint_uri is not UNSET:
            field_dict["endpoint_uri"] = endpoint_uri

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_validation_error import FlowValidationError

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        def _parse_status(data: object) -> FlowStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = FlowStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _categories = d.pop("categories", UNSET)
        categories: list[FlowCategory | str] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:

                def _parse_categories_item(data: object) -> FlowCategory | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        categories_item_type_0 = FlowCategory(data)

                        return categories_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(FlowCategory | str, data)

                categories_item = _parse_categories_item(categories_item_data)

                categories.append(categories_item)

        _validation_errors = d.pop("validation_errors", UNSET)
        validation_errors: list[FlowValidationError] | Unset = UNSET
        if _validation_errors is not UNSET:
            validation_errors = []
            for validation_errors_item_data in _validation_errors:
                validation_errors_item = FlowValidationError.from_dict(validation_errors_item_data)

                validation_errors.append(validation_errors_item)

        json_version = d.pop("json_version", UNSET)

        data_api_version = d.pop("data_api_version", UNSET)

        endpoint_uri = d.pop("endpoint_uri", UNSET)

        flow = cls(
            id=id,
            name=name,
            status=status,
            categories=categories,
            validation_errors=validation_errors,
            json_version=json_version,
            data_api_version=data_api_version,
            endpoint_uri=endpoint_uri,
        )

        flow.additional_properties = d
        return flow

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
