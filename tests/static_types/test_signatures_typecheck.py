"""The operations' static types accept what the runtime accepts and refuse what it refuses (mypy --strict).

One mypy run (sharing the project's .mypy_cache) checks two files: the calls users write, which must pass (its
refused calls carry `# type: ignore[...]`, which --strict reports when not needed), and a wrong call, which must
be reported.
"""

from __future__ import annotations

from pathlib import Path

from mypy import api

HERE = Path(__file__).parent


def test_user_code_type_checks_and_a_wrong_call_is_reported() -> None:
    good, wrong = HERE / "calls_as_users_write_them.py", HERE / "wrong_call.py"
    out, err, _ = api.run(["--strict", "--warn-unused-ignores", str(good), str(wrong)])
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert [line for line in errors if "calls_as_users_write_them" in line] == [], out + err
    assert len(errors) == 1, out
    assert "wrong_call.py:7: error: List item 0 has incompatible type \"Literal['PROMO']\"" in errors[0], out
