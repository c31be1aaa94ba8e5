"""The load test: `load_clients` clients x `load_calls` calls against one sandbox (no faults injected) — reads,
creates, updates and deletes at once — then no 5xx may have been answered, and the state read back from the
sandbox must be what the calls left: every template a client created and did not delete is there, once."""

from __future__ import annotations

import asyncio
import time
from contextlib import suppress
from dataclasses import dataclass, field

from waba import AsyncWabaClient, RetryPolicy, WabaError
from waba_sandbox import RunningSandbox, SandboxConfig

from .config import SoakConfig
from .counting import Counts, counted
from .figures import Figures
from .shared import ARCHIVAL, PREFIX, template_body

POLICY = RetryPolicy(max_retries=2, backoff_base=0.01)


@dataclass
class _Shared:
    """What every load client shares: the sandbox, the settings, the counts, and the names kept and removed."""

    running: RunningSandbox
    config: SoakConfig
    counts: Counts
    figures: Figures
    kept: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)


async def _client_calls(number: int, shared: _Shared) -> None:
    running, config, counts, figures, kept, removed = (shared.running, shared.config, shared.counts, shared.figures,
                                                       shared.kept, shared.removed)  # fmt: skip
    store = running.sandbox.store
    waba = store.main_account
    templates = list(store.accounts[waba].templates)
    client = AsyncWabaClient(access_token=running.token, base_url=running.base_url, retry_policy=POLICY,
                             transport=counted(counts, asynchronous=True))  # fmt: skip
    created: list[str] = []
    async with client:
        node = client.account(waba)
        for step in range(config.load_calls):
            try:
                match step % 8:
                    case 0 | 4:
                        await node.get(fields=["id", "name"])
                    case 1:
                        await node.phone_numbers.list(limit=2).first_page()
                    case 2 | 6:
                        await client.message_template(templates[(number * 7 + step) % len(templates)]).get()
                    case 3:
                        name = f"{PREFIX}load_{number:02d}_{step:04d}"
                        await node.message_templates.create(body=template_body(name))
                        created.append(name)
                    case 5:
                        await client.account(waba).update(body=ARCHIVAL)
                    case _:
                        if created:
                            name = created.pop(0)
                            await node.message_templates.delete(name=name)
                            removed.add(name)
                        else:
                            await node.message_templates.list(limit=5).first_page()
            except WabaError as exc:
                figures.load_errors[type(exc).__name__] += 1
            except Exception as exc:  # filed: any exception outside waba.errors fails the run
                figures.untyped.append(f"load: {type(exc).__name__}: {exc}"[:300])
    kept.update(created)


def run_load(config: SoakConfig, figures: Figures) -> None:
    """`load_clients` async clients at once against one sandbox; counts and checks into `figures`."""
    running = RunningSandbox(SandboxConfig(seed=config.seed, budget_per_hour=10**9)).start()
    shared = _Shared(running, config, Counts(), figures)
    counts, kept, removed = shared.counts, shared.kept, shared.removed
    started = time.perf_counter()
    try:

        async def everyone() -> None:
            await asyncio.gather(*(_client_calls(n, shared) for n in range(config.load_clients)))

        asyncio.run(everyone())
        figures.seconds["load"] = time.perf_counter() - started
        figures.load_clients, figures.load_calls = config.load_clients, config.load_calls
        figures.load_5xx = counts.server_errors
        names: dict[str, int] = {}
        for template in running.sandbox.store.accounts[running.sandbox.store.main_account].templates.values():
            if str(template["name"]).startswith(f"{PREFIX}load_"):
                names[template["name"]] = names.get(template["name"], 0) + 1
        mismatches = figures.load_state_mismatches
        mismatches += [f"{n} was created and kept but is missing" for n in sorted(kept - set(names))]
        mismatches += [f"{n} was deleted but is there" for n in sorted(removed & set(names))]
        mismatches += [f"{n} is there {k} times" for n, k in sorted(names.items()) if k > 1]
        mismatches += [f"{n} is there but was never created" for n in sorted(set(names) - kept - removed)]
    finally:
        with suppress(Exception):
            running.stop()
