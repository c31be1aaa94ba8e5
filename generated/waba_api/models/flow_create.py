from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_category import FlowCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowCreate")


@_attrs_define
class FlowCreate:
    """A new flow.

    Attributes:
        name (str): Flow name.
        categories (list[FlowCategory]): Categories.
        clone_flow_id (str | Unset): A Graph node id, a string of digits. Example: 102290129340398.
        endpoint_uri (str | Unset): The flow's data endpoint (HTTPS).
        flow_json (str | Unset): The flow JSON, as text.
        publish (bool | Unset): Publish the flow right away.
    """

    name: str
    categories: list[FlowCategory]
    clone_flow_id: str | Unset = UNSET
    endpoint_uri: str | Unset = UNSET
    flow_json: str | Unset = UNSET
    publish: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.value
            categories.append(categories_item)

        clone_flow_id = self.clone_flow_id

        endpoint_uri = self.endpoint_uri

        flow_json = self.flow_json

        publish = self.publish

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "categories": categories,
            }
        )
        if clone_flow_id is not UNSET:
            field_dict["clone_flow_id"] = clone_flow_id
        if endpoint_uri is not UNSET:
            field_dict["endpoint_uri"] = endpoint_uri
        if flow_json is not UNSET:
            field_dict["flow_json"] = flow_json
        if publish is not UNSET:
            field_dict["publish"] = publish

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = FlowCategory(categories_item_data)

            categories.append(categories_item)

        clone_flow_id = d.pop("clone_flow_id", UNSET)

        endpoint_uri = d.pop("endpoint_uri", UNSET)

        flow_json = d.pop("flow_json", UNSET)

        publish = d.pop("publish", UNSET)

        flow_create = cls(
            name=name,
            categories=categories,
            clone_flow_id=clone_flow_id,
            endpoint_uri=endpoint_uri,
            flow_json=flow_json,
            publish=publish,
        )

        flow_create.additional_properties = d
        return flow_create

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
