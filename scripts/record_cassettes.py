"""Re-record the cassettes under cassettes/ (`make cassettes`), then replay them once to check.

Against the sandbox by default: a fresh sandbox (seed 1) is started on a free loopback port and stopped
afterwards. Against the real Graph API when WABA_ACCESS_TOKEN, WABA_ID and WABA_BUSINESS_ID are set: then the
tests marked `sandbox_only` (they need the sandbox's data, e.g. an account without phone numbers) keep their
sandbox recordings, and the others are re-recorded live — which creates and deletes a probe template and
rewrites one account setting to its current value on that account.

Either way the recorded URIs read https://graph.facebook.com/<version>/..., and tokens, app secret proofs and
volatile headers are scrubbed (tests/cassettes/scrubbing.py).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from waba_sandbox import EXPIRED_TOKEN, LIMITED_TOKEN, RunningSandbox, SandboxConfig

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
TESTS = ["tests/cassettes/test_operations.py", "tests/cassettes/test_errors.py"]
LIVE_VARIABLES = ("WABA_ACCESS_TOKEN", "WABA_ID", "WABA_BUSINESS_ID")
THROTTLE_BUDGET = 3


def _pytest(args: list[str], env: dict[str, str]) -> int:
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args]
    return subprocess.run(command, cwd=ROOT, env=env, check=False).returncode  # noqa: S603 - fixed argv


def record_sandbox() -> int:
    """Record every cassette against a fresh sandbox."""
    with RunningSandbox(SandboxConfig(seed=1)) as sandbox:
        store = sandbox.sandbox.store
        no_phone = next(a.id for a in store.accounts.values() if not a.phone_numbers)
        throttled = next(a.id for a in store.accounts.values() if a.id not in (store.main_account, no_phone))
        sandbox.sandbox.config.budgets[throttled] = THROTTLE_BUDGET
        main = store.accounts[store.main_account]
        ids = {
            "waba_id": store.main_account,
            "business_id": store.main_business,
            "sandbox_waba_id": store.main_account,
            "sandbox_business_id": store.main_business,
            "sandbox_no_phone_waba_id": no_phone,
            "sandbox_throttle_waba_id": throttled,
            "sandbox_free_user_id": next(u for u in store.users if u not in main.assigned_users),
            "sandbox_group_id": main.groups[0],
            "sandbox_destination_solution_id": next(
                s["id"] for a in store.accounts.values() if a.id != main.id for s in a.solutions
            ),
        }
        for name in ("test_operations", "test_errors"):
            shutil.rmtree(CASSETTES / name, ignore_errors=True)
        CASSETTES.mkdir(exist_ok=True)
        (CASSETTES / "ids.json").write_text(json.dumps(ids, indent=2) + "\n", encoding="utf-8")
        env = dict(
            os.environ,
            WABA_CASSETTE_MODE="sandbox",
            WABA_RECORD_BASE_URL=sandbox.base_url,
            WABA_RECORD_TOKEN=sandbox.token,
            WABA_RECORD_EXTRA_SECRETS=f"{LIMITED_TOKEN},{EXPIRED_TOKEN}",
        )
        return _pytest([*TESTS, "--record-mode=rewrite", "--block-network", r"--allowed-hosts=^127\.0\.0\.1$"], env)


def record_live() -> int:
    """Re-record the live-recordable cassettes against the real Graph API."""
    ids_file = CASSETTES / "ids.json"
    ids = json.loads(ids_file.read_text(encoding="utf-8")) if ids_file.exists() else {}
    ids.update(waba_id=os.environ["WABA_ID"], business_id=os.environ["WABA_BUSINESS_ID"])
    ids_file.write_text(json.dumps(ids, indent=2) + "\n", encoding="utf-8")
    env = dict(os.environ, WABA_CASSETTE_MODE="live")
    return _pytest([*TESTS, "--record-mode=rewrite"], env)


def main() -> int:
    live = all(os.environ.get(name) for name in LIVE_VARIABLES)
    print(f"recording cassettes against {'the real Graph API' if live else 'a fresh sandbox'}")
    status = record_live() if live else record_sandbox()
    if status != 0:
        print("recording failed")
        return status
    replay_env = {k: v for k, v in os.environ.items() if not k.startswith("WABA_")}
    print("replaying the new cassettes")
    return _pytest(["tests/cassettes", "--record-mode=none", "--block-network"], replay_env)


if __name__ == "__main__":
    raise SystemExit(main())
