"""What a soak run counts, the checks it makes of the counts, and the table it prints."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Figures:
    """Counts of one soak run (workload and load), filled by the runners."""

    config: str
    max_retries: int = 0
    calls: Counter[str] = field(default_factory=Counter)  # logical SDK calls, by client kind
    attempts: int = 0  # HTTP attempts sent
    max_attempts_per_call: int = 0
    faults: Counter[str] = field(default_factory=Counter)  # injected by the sandbox, by kind
    errors: Counter[str] = field(default_factory=Counter)  # waba.errors the calls raised, "read: X"/"write: X"
    untyped: list[str] = field(default_factory=list)  # exceptions outside waba.errors
    listings: int = 0
    listings_incomplete: int = 0
    items_expected: int = 0
    items_listed: int = 0
    items_lost: int = 0
    items_duplicated: int = 0
    creates_intended: int = 0
    creates_confirmed: int = 0
    creates_duplicated: int = 0
    ambiguous_writes: int = 0  # errors with may_have_been_applied, resolved by reading back
    applied_though_failed: int = 0  # of those, writes that had been applied
    deletes: int = 0
    state_mismatches: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    load_clients: int = 0
    load_calls: int = 0
    load_5xx: int = 0
    load_errors: Counter[str] = field(default_factory=Counter)
    load_state_mismatches: list[str] = field(default_factory=list)
    extra_rows: list[tuple[str, str]] = field(default_factory=list)  # e.g. Hypothesis examples, from pytest

    @property
    def total_calls(self) -> int:
        return sum(self.calls.values())

    def checks(self) -> list[tuple[str, bool]]:
        """Each check of the issue and whether it held."""
        return [
            ("0 exceptions outside waba.errors", not self.untyped),
            (
                "0 failed reads (the SDK retries them through the faults)",
                not any(k.startswith("read:") for k in self.errors),
            ),
            ("0 items lost or duplicated", self.items_lost == 0 and self.items_duplicated == 0),
            ("items listed = expected", self.items_listed == self.items_expected),
            ("every listing completes without manual resumption", self.listings_incomplete == 0),
            ("0 duplicated creates (state read back)", self.creates_duplicated == 0),
            ("state read back matches the writes", not self.state_mismatches),
            (
                f"attempts per call <= max_retries + 1 = {self.max_retries + 1}",
                self.max_attempts_per_call <= self.max_retries + 1,
            ),
            ("load: no 5xx", self.load_5xx == 0),
            ("load: state consistent afterwards", not self.load_state_mismatches),
        ]

    @property
    def ok(self) -> bool:
        return all(held for _, held in self.checks())

    def table(self) -> str:
        """The figures as a Markdown table, then the checks."""
        faults = ", ".join(f"{kind} {n}" for kind, n in sorted(self.faults.items())) or "none"
        errors = ", ".join(f"{kind} {n}" for kind, n in sorted(self.errors.items())) or "none"
        load_errors = ", ".join(f"{kind} {n}" for kind, n in sorted(self.load_errors.items())) or "none"
        calls = ", ".join(f"{kind} {n}" for kind, n in sorted(self.calls.items()))
        rows = [
            ("SDK calls (HTTP requests before retries)", f"{self.total_calls:,} ({calls})"),
            ("HTTP attempts", f"{self.attempts:,}"),
            ("retries", f"{self.attempts - self.total_calls:,}"),
            ("max attempts for one call", f"{self.max_attempts_per_call} (max_retries + 1 = {self.max_retries + 1})"),
            ("faults injected, by kind", f"{sum(self.faults.values()):,}: {faults}"),
            ("errors raised to the caller (waba.errors; writes are not retried blindly)", errors),
            ("exceptions outside waba.errors", str(len(self.untyped))),
            ("listings completed / run", f"{self.listings - self.listings_incomplete} / {self.listings}"),
            ("items listed vs expected", f"{self.items_listed:,} vs {self.items_expected:,}"),
            ("items lost / duplicated", f"{self.items_lost} / {self.items_duplicated}"),
            (
                "creates intended / confirmed / duplicated",
                f"{self.creates_intended} / {self.creates_confirmed} / {self.creates_duplicated}",
            ),
            (
                "ambiguous writes read back (of which applied)",
                f"{self.ambiguous_writes} ({self.applied_though_failed})",
            ),
            ("deletes", str(self.deletes)),
            (
                "load: clients x calls",
                f"{self.load_clients} x {self.load_calls} = {self.load_clients * self.load_calls:,}",
            ),
            ("load: 5xx answers", str(self.load_5xx)),
            ("load: errors", load_errors),
            *self.extra_rows,
            *((f"wall time: {part}", f"{secs:.1f} s") for part, secs in self.seconds.items()),
        ]
        lines = [f"## Soak ({self.config})", "", "| figure | value |", "| --- | --- |"]
        lines += [f"| {name} | {value} |" for name, value in rows]
        lines += ["", "| check | result |", "| --- | --- |"]
        lines += [f"| {name} | {'ok' if held else 'FAILED'} |" for name, held in self.checks()]
        if self.untyped:
            lines += ["", "Exceptions outside waba.errors:", *(f"- {text}" for text in self.untyped[:20])]
        for label, mismatches in (("State", self.state_mismatches), ("Load state", self.load_state_mismatches)):
            if mismatches:
                lines += ["", f"{label} mismatches:", *(f"- {text}" for text in mismatches[:20])]
        return "\n".join(lines)
