from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCatalog")


@_attrs_define
class ProductCatalog:
    """A product catalog.

    Attributes:
        id (str): A Graph node id, a string of digits. Example: 102290129340398.
        name (str | Unset): Catalog name.
        vertical (str | Unset): Catalog vertical, e.g. `commerce`.
        product_count (int | Unset): Number of products.
    """

    id: str
    name: str | Unset = UNSET
    vertical: str | Unset = UNSET
    product_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        vertical = self.vertical

        product_count = self.product_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if vertical is not UNSET:
            field_dict["vertical"] = vertical
        if product_count is not UNSET:
            field_dict["product_count"] = product_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        vertical = d.pop("vertical", UNSET)

        product_count = d.pop("product_count", UNSET)

        product_catalog = cls(
            id=id,
            name=name,
            vertical=vertical,
            product_count=product_count,
        )

        product_catalog.additional_properties = d
        return product_catalog

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
