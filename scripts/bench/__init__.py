"""The benchmark harness of issue 12: `make bench` (full) and `make bench-quick` (under a minute).

    PYTHONPATH=scripts python -m bench --config quick --out build/bench/quick

Modules: `payloads` (Graph-shaped answers), `server` (the loopback server, its own process), `contenders` (the
clients), `sync_calls` / `concurrency` / `memory` / `startup` / `profiling` (the measures), `ratios` and
`report` (what the run means), `machine` (what it ran on), `config` (run sizes). Apart from the run:
`models`, a micro-benchmark of the generated models alone (`python -m bench.models`, trees side by side).
"""
