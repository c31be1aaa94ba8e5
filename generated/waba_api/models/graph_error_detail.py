from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.graph_error_data import GraphErrorData


T = TypeVar("T", bound="GraphErrorDetail")


@_attrs_define
class GraphErrorDetail:
    """One Graph API error. Only `message`, `type` and `code` are always present.

    Attributes:
        message (str): Developer-facing message.
        type_ (str): Exception type, e.g. `OAuthException`, `GraphMethodException`, `GraphAPIException`.
        code (int): Error code; see `x-graph-error-catalogue` for the codes this API returns.
        error_subcode (int | Unset): Refines `code` (e.g. 463 for an expired token, 2388xxx for template creation
            errors).
        error_user_title (str | Unset): Title suitable to show an end user.
        error_user_msg (str | Unset): Message suitable to show an end user.
        fbtrace_id (str | Unset): Internal trace id; quote it when reporting a problem to Meta.
        is_transient (bool | Unset): True when the error is temporary and the same call may succeed later.
        error_data (GraphErrorData | str | Unset): Extra detail. An object on WhatsApp endpoints, occasionally a plain
            string.
    """

    message: str
    type_: str
    code: int
    error_subcode: int | Unset = UNSET
    error_user_title: str | Unset = UNSET
    error_user_msg: str | Unset = UNSET
    fbtrace_id: str | Unset = UNSET
    is_transient: bool | Unset = UNSET
    error_data: GraphErrorData | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.graph_error_data import GraphErrorData

        message = self.message

        type_ = self.type_

        code = self.code

        error_subcode = self.error_subcode

        error_user_title = self.error_user_title

        error_user_msg = self.error_user_msg

        fbtrace_id = self.fbtrace_id

        is_transient = self.is_transient

        error_data: dict[str, Any] | str | Unset
        if isinstance(self.error_data, Unset):
            error_data = UNSET
        elif isinstance(self.error_data, GraphErrorData):
            error_data = self.error_data.to_dict()
        else:
            error_data = self.error_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "type": type_,
                "code": code,
            }
        )
        if error_subcode is not UNSET:
            field_dict["error_subcode"] = error_subcode
        if error_user_title is not UNSET:
            field_dict["error_user_title"] = error_user_title
        if error_user_msg is not UNSET:
            field_dict["error_user_msg"] = error_user_msg
        if fbtrace_id is not UNSET:
            field_dict["fbtrace_id"] = fbtrace_id
        if is_transient is not UNSET:
            field_dict["is_transient"] = is_transient
        if error_data is not UNSET:
            field_dict["error_data"] = error_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.graph_error_data import GraphErrorData

        d = dict(src_dict)
        message = d.pop("message")

        type_ = d.pop("type")

        code = d.pop("code")

        error_subcode = d.pop("error_subcode", UNSET)

        error_user_title = d.pop("error_user_title", UNSET)

        error_user_msg = d.pop("error_user_msg", UNSET)

        fbtrace_id = d.pop("fbtrace_id", UNSET)

        is_transient = d.pop("is_transient", UNSET)

        def _parse_error_data(data: object) -> GraphErrorData | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_data_type_0 = GraphErrorData.from_dict(data)

                return error_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GraphErrorData | str | Unset, data)

        error_data = _parse_error_data(d.pop("error_data", UNSET))

        graph_error_detail = cls(
            message=message,
            type_=type_,
            code=code,
            error_subcode=error_subcode,
            error_user_title=error_user_title,
            error_user_msg=error_user_msg,
            fbtrace_id=fbtrace_id,
            is_transient=is_transient,
            error_data=error_data,
        )

        graph_error_detail.additional_properties = d
        return graph_error_detail

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
