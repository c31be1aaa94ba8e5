"""One handler per spec operation: the sandbox's stateful behaviour, by resource family.

`HANDLERS` maps operationIds to handlers (`executeBatch` is handled by the app itself); `Context` is what each
handler receives. The modules register their handlers when imported:

- `account`: the account node and a business's accounts
- `users`: assigned users
- `templates`: message templates
- `phone_numbers`: phone numbers
- `commerce`: subscribed apps, product catalogs, payment configurations, the dataset
- `flows`: flows and the partner edges (activities, solutions, schedules, DCC configs)
- `analytics`: the analytics edges; `group_analytics`: WhatsApp group and template group analytics
- `marketing`: audiences, message campaigns, the degrees of freedom spec, message samples, feature statuses
- `template_groups`: template groups; `welcome_sequences`: welcome message sequences of Click-to-WhatsApp ads
- `migrations`: flows copied between accounts, partner solution migration intents

Shared by all: `context` (the registry and the request context), `paging` (fields, cursors, pages, summaries) and
`expansion` (nested selections, computed fields, edges expanded in place).
"""

from __future__ import annotations

from . import (
    account,
    analytics,
    commerce,
    flows,
    group_analytics,
    marketing,
    migrations,
    phone_numbers,
    template_groups,
    templates,
    users,
    welcome_sequences,
)
from .context import HANDLERS, Context

__all__ = [
    "HANDLERS",
    "Context",
    "account",
    "analytics",
    "commerce",
    "flows",
    "group_analytics",
    "marketing",
    "migrations",
    "phone_numbers",
    "template_groups",
    "templates",
    "users",
    "welcome_sequences",
]
