"""The results as Markdown (the committed page) and as a short console summary (the ratios)."""

from __future__ import annotations

from typing import Any

from .contenders import NAMES

SYNC_COLUMNS = ["raw_httpx", "generated", "waba", "waba_bulk", "facebook_business"]
DASH = "\u2013"  # en dash, for ranges
TIMES = "\u00d7"  # multiplication sign, for ratios


def _spread(stats: dict[str, Any], digits: int = 0, unit: str = "") -> str:
    if "median" not in stats:
        return "—"
    fmt = f"{{:,.{digits}f}}"
    low, mid, high = (fmt.format(stats[key]) for key in ("min", "median", "max"))
    return f"{mid}{unit} ({low}{DASH}{high})"


def _ratio_cell(entry: dict[str, Any]) -> str:
    return _spread(entry, 2, TIMES) if "median" in entry else f"— ({entry['skipped']})"


def _verdict(entry: dict[str, Any]) -> str:
    if "target_not_applicable" in entry:
        return f"n/a: {entry['target_not_applicable']}"
    if "met" not in entry:
        return "—"
    return "met" if entry["met"] else "**missed**"


def _machine(results: dict[str, Any]) -> list[str]:
    machine = results["machine"]
    packages = ", ".join(f"{name} {ver}" for name, ver in machine["packages"].items() if ver)
    dirty = " (with uncommitted changes)" if machine["git_dirty"] else ""
    return [
        "| | |",
        "|---|---|",
        f"| commit | `{machine['git_commit']}` on `{machine['git_branch']}`{dirty} |",
        f"| CPU | {machine['cpu']}, {machine['logical_cpus']} logical CPUs ({machine['usable_cpus']} usable) |",
        f"| memory | {machine['memory_gib']} GiB |",
        f"| Python / OS | {machine['python']} / {machine['os']} |",
        f"| packages | {packages} |",
        f"| run | `{results['config']['name']}` configuration, {results['started_at']}, "
        f"{results['duration_s']:.0f} s; load average (1/5/15 min) {results['load_average']['start']} at the "
        f"start, {results['load_average']['end']} at the end |",
        "| phases, s | " + ", ".join(f"{phase} {seconds:g}" for phase, seconds in results["phases_s"].items()) + " |",
    ]


def _summary(measures: dict[str, Any]) -> list[str]:
    get, listing = measures["node_get"], measures["listing"]
    header = ["measure", *(NAMES[name] for name in SYNC_COLUMNS)]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for title, section in (
        (f"node GET, µs/call ({get['rounds']} rounds {TIMES} {get['calls_per_round']} calls)", get),
        (f"listing {listing['items']:,} templates at limit 100, ms ({listing['rounds']} rounds)", listing),
    ):
        cells = [
            _spread(section["clients"][name])
            if name in section["clients"]
            else "not measured (see below)"
            if name in section.get("skipped", {})
            else "—"
            for name in SYNC_COLUMNS
        ]
        lines.append("| " + " | ".join([title, *cells]) + " |")
    skipped = get.get("skipped", {})
    lines += ["", *(f"Not measured — {NAMES[name]}: {reason}." for name, reason in skipped.items())]
    return lines


def _ratios(ratios: dict[str, Any]) -> list[str]:
    lines = [f"| ratio | median (min{DASH}max over rounds) | target | |", "|---|---|---|---|"]
    for entry in ratios.values():
        lines.append(f"| {entry['title']} | {_ratio_cell(entry)} | {entry['target'] or ''} | {_verdict(entry)} |")
    return lines


def _async(measures: dict[str, Any], speedups: dict[str, Any]) -> list[str]:
    section = measures["async_latency"]
    clients = list(section["clients"])
    header = ["in flight", *(f"{NAMES[c]} µs/call" for c in clients), *(f"{NAMES[c]} speed-up" for c in clients)]
    lines = [
        f"Server latency {section['latency_ms']:g} ms; {section['calls']:,} GETs per run "
        f"({section['sequential_calls']:,} sequentially), {section['rounds']} rounds; µs/call = wall time / calls.",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
    ]
    for level in section["in_flight"]:
        cells = [_spread(section["clients"][c][str(level)]) for c in clients]
        cells += [_spread(speedups[c][str(level)], 1, TIMES) for c in clients]
        lines.append("| " + " | ".join([str(level), *cells]) + " |")
    return lines


def _memory(measures: dict[str, Any]) -> list[str]:
    section = measures["memory"]
    lines = ["| items streamed (WabaClient) | tracemalloc peak, MiB | peak RSS growth, MiB |", "|---|---|---|"]
    for size, items in section["items"].items():
        peak, rss = _spread(section["tracemalloc_peak"][size], 2), _spread(section["rss_growth"][size], 1)
        lines.append(f"| {items:,} | {peak} | {rss} |")
    lines += [
        "",
        f"{section['runs']} fresh process(es) per size; the first page is fetched before measuring. Peak RSS growth "
        "is how far streaming pushed the process's peak resident size beyond what start-up and the first page had "
        "reached (0: not at all).",
    ]
    return lines


def _startup(measures: dict[str, Any]) -> list[str]:
    imports, generate = measures["import"], measures["generate"]
    lines = ["| | whole process, s | import statement, s |", "|---|---|---|"]
    for name, statement in imports["statements"].items():
        lines.append(
            f"| `{statement}` | {_spread(imports['process'][name], 3)} | "
            f"{_spread(imports['import_statement'][name], 3)} |"
        )
    lines += [
        "",
        f"{imports['runs']} fresh interpreters each, interleaved. "
        + "".join(f"Not measured — {NAMES[name]}: {reason}. " for name, reason in imports.get("skipped", {}).items()),
        "",
        f"`make generate` (bundle the spec, run openapi-python-client and its ruff hooks into a temporary folder): "
        f"{_spread(generate['total'], 2)} s, of which the generator {_spread(generate['generator_only'], 2)} s "
        f"({generate['runs']} runs).",
    ]
    return lines


def _profile(profile: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for key in ("node_get", "listing"):
        report = profile[key]
        lines += [
            f"### {report['unit']} ({report['units']:,} profiled; {report['profiled_us_per_unit']} µs per "
            f"{report['unit']} under the profiler)",
            "",
            "Exclusive time by layer, µs per " + report["unit"] + ": "
            + ", ".join(f"{layer} {us}" for layer, us in report["layers_us_per_unit"].items()) + ".",
            "",
            "| top exclusive | µs | calls | | top inclusive | µs | calls |",
            "|---|---|---|---|---|---|---|",
        ]  # fmt: skip
        for exclusive, inclusive in zip(report["top_exclusive"], report["top_inclusive"], strict=False):
            lines.append(
                f"| `{exclusive['function']}` | {exclusive['exclusive_us']} | {exclusive['calls_per_unit']} | | "
                f"`{inclusive['function']}` | {inclusive['inclusive_us']} | {inclusive['calls_per_unit']} |"
            )
        lines.append("")
    return lines


def _method(config: dict[str, Any]) -> list[str]:
    return [
        "- **Server** (`scripts/bench/server.py`): asyncio HTTP/1.1 with keep-alive in its own process; the node "
        "answer (14 fields, ~0.9 kB) and the template pages (100 templates of 0.6 to 0.95 kB: HEADER text/image, "
        "BODY with "
        "positional or named examples, FOOTER, BUTTONS of quick-reply, URL, phone, copy-code, OTP, catalog and flow "
        "kinds) are serialised once; pages carry opaque cursors and absolute `paging.next` URLs embedding the token, "
        "as Graph's do; every answer carries `X-App-Usage` and `X-Business-Use-Case-Usage` and Graph's usual headers.",
        "- **Clients**: raw httpx (`httpx.Client.get(...).json()`, following `paging.next`); the generated request "
        "builder + a plain `httpx.Client` + the generated model's `from_dict`; `WabaClient` "
        "(`client.account(id).get(fields=[...])`, `.message_templates.list(limit=100)`) and its bulk mode "
        "(`.message_templates.list(limit=100).raw()`: items as decoded JSON, listing only); facebook-business "
        "(`WhatsAppBusinessAccount(id).api_get(fields=[...])`, `get_message_templates(params={'limit': 100})`, crash "
        "reporter off, graph URL pointed at the server). Each is warmed up first; every listing is checked to count "
        "every template.",
        f"- **Rounds**: node GET {config['get_rounds']} rounds of {config['get_calls']} calls per client, listing "
        f"{config['list_rounds']} rounds; within a round the clients take turns, the order rotating every round. "
        "Ratios are computed round by round (same round, both sides), then summarised.",
        f"- **Async**: a second server answers after {config['latency_ms']:g} ms; `drive()` keeps N calls in flight "
        "with N worker tasks; both async clients use httpx's default pool limits (100 connections, 20 kept alive).",
        "- **Memory**: a fresh process per run fetches the first page, then streams every item under tracemalloc.",
        "- **Imports**: fresh interpreters with bytecode caching on; whole process = wall time of "
        "`python -c 'import <module>'`.",
    ]


def markdown(results: dict[str, Any]) -> str:
    """The results page."""
    measures = results["measures"]
    lines = [f"# Benchmarks: {results['label']}", ""]
    if results.get("note"):
        lines += [results["note"], ""]
    lines += [
        "Produced by `make bench` (`scripts/bench/`); the raw figures are in the JSON file beside this one. Every "
        "client talks to the same minimal Graph-shaped HTTP/1.1 server on loopback, run in its own process and "
        "answering from pre-serialised bytes; the clients take turns within each round (the order rotates), and "
        f"each cell is the median over rounds with the min{DASH}max in parentheses.",
        "",
        "## Machine",
        "",
        *_machine(results),
        "",
        "## Side by side",
        "",
        *_summary(measures),
        "",
        "## Ratios (issue 12's targets)",
        "",
        *_ratios(results["ratios"]),
        "",
        "## Async at a fixed server latency",
        "",
        *_async(measures, results["speedups"]),
        "",
        "## Memory while streaming",
        "",
        *_memory(measures),
        "",
        "## Start-up",
        "",
        *_startup(measures),
        "",
    ]
    if results.get("profile"):
        lines += [
            "## Profile: where WabaClient's time goes",
            "",
            "cProfile, per unit; it slows Python code down, so read the shares rather than the absolute numbers.",
            "",
            *_profile(results["profile"]),
        ]
    lines += ["## How it was measured", "", *_method(results["config"]), ""]
    return "\n".join(lines).rstrip() + "\n"


def console(results: dict[str, Any]) -> str:
    """The ratios, for the terminal."""
    width = max(len(entry["title"]) for entry in results["ratios"].values())
    lines = [f"benchmark ({results['config']['name']}), commit {str(results['machine']['git_commit'])[:12]}:"]
    for entry in results["ratios"].values():
        target = f"target {entry['target']}: {_verdict(entry).strip('*')}" if entry["target"] else ""
        cell = _ratio_cell(entry) if "median" in entry else "not measured (see the log)"
        lines.append(f"  {entry['title']:<{width}}  {cell:<28} {target}".rstrip())
    return "\n".join(lines)
