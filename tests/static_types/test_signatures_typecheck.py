"""The operations' static types accept what the runtime accepts and refuse what it refuses (mypy --strict).

One mypy run (sharing the project's .mypy_cache) checks two files: the calls users write, which must pass, and a
wrong call, which must be reported.
"""

from __future__ import annotations

from pathlib import Path

from mypy import api

HERE = Path(__file__).parent
WRONG = """from waba import WabaClient


def f(c: WabaClient) -> None:
    c.account("1").message_templates.list(category=["PROMO"])
"""


def test_user_code_type_checks_and_a_wrong_call_is_reported(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong_call.py"
    wrong.write_text(WRONG, encoding="utf-8")
    good = HERE / "calls_as_users_write_them.py"
    out, err, _ = api.run(["--strict", str(good), str(wrong)])
    lines = [line for line in out.splitlines() if ": error:" in line]
    assert [line for line in lines if line.startswith(str(good))] == [], out + err
    assert len(lines) == 1, out
    assert lines[0].startswith(f"{wrong}:5:") and "List item 0 has incompatible type \"Literal['PROMO']\"" in lines[0]
