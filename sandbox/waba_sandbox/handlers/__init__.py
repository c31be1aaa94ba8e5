"""One handler per spec operation: the sandbox's stateful behaviour, by resource family.

`HANDLERS` maps operationIds to handlers (`executeBatch` is handled by the app itself); `Context` is what each
handler receives. The modules register their handlers when imported:

- `account`: the account node and a business's accounts
- `users`: assigned users
- `templates`: message templates
- `phone_numbers`: phone numbers
- `commerce`: subscribed apps, product catalogs, payment configurations, the dataset
- `flows`: flows and the partner edges (activities, solutions, schedules, DCC configs)
- `analytics`: the analytics edges

Shared by all: `context` (the registry and the request context) and `paging` (fields, cursors, pages, summaries).
"""

from __future__ import annotations

from . import account, analytics, commerce, flows, phone_numbers, templates, users
from .context import HANDLERS, Context

__all__ = ["HANDLERS", "Context", "account", "analytics", "commerce", "flows", "phone_numbers", "templates", "users"]
