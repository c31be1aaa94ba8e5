"""`python -m waba_sandbox`: serve the WABA sandbox (an offline Graph API emulator) with uvicorn."""

from __future__ import annotations

import argparse
import sys

import uvicorn

from . import logs
from .app import Sandbox, create_app
from .config import ADMIN_TOKEN, DEFAULT_MAX_BODY_BYTES, EXPIRED_TOKEN, LIMITED_TOKEN, FaultRates, SandboxConfig
from .delivery import Attempt, Delivery


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(prog="python -m waba_sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8800, help="port (default: 8800)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated data (default: 1)")
    parser.add_argument("--app-secret", default=None, help="require appsecret_proof computed with this secret")
    parser.add_argument(
        "--budget",
        type=int,
        default=None,
        help="calls per hour per WABA (default: Graph's 200, or 5000 with a registered phone)",
    )
    parser.add_argument("--templates", type=int, default=320, help="templates of the main account (default: 320)")
    for kind in ("transient", "throttle", "html-502", "truncated", "dropped", "slow"):
        parser.add_argument(
            f"--fault-{kind}",
            type=float,
            default=0.0,
            metavar="RATE",
            help=f"probability of a {kind.replace('-', ' ')} fault per request (default: 0)",
        )
    parser.add_argument(
        "--fault-batch-unprocessed",
        type=float,
        default=0.0,
        metavar="RATE",
        help="probability that a batch sub-request comes back unprocessed (null) (default: 0)",
    )
    parser.add_argument("--slow-seconds", type=float, default=2.0, help="delay of a slow answer (default: 2)")
    parser.add_argument(
        "--webhook-url",
        default=None,
        metavar="URL",
        help="POST webhook deliveries, signed with --app-secret, to this loopback URL when the state changes",
    )
    parser.add_argument(
        "--review-after",
        type=float,
        default=None,
        metavar="SECONDS",
        help="review templates this long after they are submitted (default: on POST /_sandbox/templates/ID/review)",
    )
    parser.add_argument(
        "--throttle-regain-minutes",
        type=int,
        default=1,
        metavar="MINUTES",
        help="estimated_time_to_regain_access of an injected throttle; 0 lets clients retry at once (default: 1)",
    )
    parser.add_argument(
        "--max-body-bytes",
        type=int,
        default=DEFAULT_MAX_BODY_BYTES,
        metavar="BYTES",
        help=f"refuse larger request bodies with HTTP 413 (default: {DEFAULT_MAX_BODY_BYTES})",
    )
    args = parser.parse_args(argv)
    try:
        args.faults = FaultRates(
            transient=args.fault_transient,
            throttle=args.fault_throttle,
            html_502=args.fault_html_502,
            truncated=args.fault_truncated,
            dropped=args.fault_dropped,
            slow=args.fault_slow,
            batch_unprocessed=args.fault_batch_unprocessed,
            slow_seconds=args.slow_seconds,
            throttle_regain_minutes=args.throttle_regain_minutes,
        )
    except ValueError as exc:
        parser.error(str(exc))
    if args.max_body_bytes < 1:
        parser.error("--max-body-bytes must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    """Serve until interrupted."""
    args = parse_args(argv)
    try:
        config = SandboxConfig(
            seed=args.seed,
            app_secret=args.app_secret,
            budget_per_hour=args.budget,
            faults=args.faults,
            templates=args.templates,
            max_body_bytes=args.max_body_bytes,
            webhook_url=args.webhook_url,
            template_review_seconds=args.review_after,
        )
    except ValueError as exc:
        print(f"python -m waba_sandbox: {exc}", file=sys.stderr)
        return 2
    sandbox = Sandbox(config, report=print_attempt)
    print(banner(sandbox, args.host, args.port), flush=True)
    server = uvicorn.Server(
        uvicorn.Config(create_app(sandbox=sandbox), host=args.host, port=args.port, log_level="info")
    )
    logs.install()  # after uvicorn configured its loggers: no token in the access log, no traceback for a fault
    server.run()
    return 0


def banner(sandbox: Sandbox, host: str, port: int) -> str:
    """What the sandbox prints on start: the shell lines that point the SDK at it, its tokens and its accounts."""
    client_host = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host  # noqa: S104 - wildcard binds, not used
    origin = f"http://{client_host}:{port}"
    store = sandbox.store
    lines = [
        f"WABA sandbox (seed {sandbox.config.seed}) serving the Graph API at {origin}/v24.0",
        "Point the SDK (or your own client) at it:",
        f"export WABA_BASE_URL={origin}",
        f"export WABA_ACCESS_TOKEN={ADMIN_TOKEN}",
        f"Other tokens: expired {EXPIRED_TOKEN}, limited (no WABA permission) {LIMITED_TOKEN}",
        f"Business {store.main_business}",
    ]
    for account in store.accounts.values():
        lines.append(
            f"WABA {account.id}: {account.node['name']} ({len(account.templates)} templates, "
            f"{len(account.phone_numbers)} phone numbers)"
        )
    if sandbox.webhooks is not None:
        review = sandbox.config.template_review_seconds
        when = f"{review:g} s after submission" if review is not None else "on POST /_sandbox/templates/ID/review"
        lines.append(f"Webhooks: signed deliveries to {sandbox.webhooks.url}; templates reviewed {when}")
        lines.append(f"Delivery log: {origin}/_sandbox/webhooks (and one line per attempt below)")
    return "\n".join(lines)


def print_attempt(delivery: Delivery, attempt: Attempt) -> None:
    """The command line's delivery log: one line per attempt."""
    outcome = f"HTTP {attempt.status}" if attempt.status is not None else str(attempt.error)
    print(
        f"webhook #{delivery.id} {delivery.field} (WABA {delivery.waba_id}) attempt {len(delivery.attempts)}: "
        f"{outcome} -> {delivery.state}",
        flush=True,
    )


if __name__ == "__main__":
    raise SystemExit(main())
