"""`WebhookEvent`: one change of a webhook delivery, typed by its field."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any, Generic, TypeVar

from waba_api.models import WebhookField

V = TypeVar("V")


@dataclasses.dataclass(frozen=True)
class WebhookEvent(Generic[V]):
    """One change of a delivery, with the account and time of its entry.

    - `field`: the webhook field, a `WebhookField` for the fields the API description knows, else the plain name
      Graph sent (an event of a field added later is kept, never dropped);
    - `waba_id`: the WhatsApp Business Account the change belongs to (`entry[].id`);
    - `time`: when Graph emitted it (`entry[].time`, UTC), None when the entry has no time;
    - `value`: the generated model of the field's value (`waba_api.models.MessageTemplateStatusUpdateValue`, ...;
      properties it does not know are kept in its `additional_properties`), or, for an unknown field, the value
      as delivered;
    - `raw`: the value exactly as delivered (decoded JSON).
    """

    field: WebhookField | str
    waba_id: str
    time: datetime | None
    value: V
    raw: Any = dataclasses.field(repr=False, compare=False)

    @property
    def known(self) -> bool:
        """True when the API description describes this field, so `value` is its generated model."""
        return isinstance(self.field, WebhookField)
