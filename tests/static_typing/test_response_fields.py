"""`mypy --strict` over code that reads response fields: None checks are all it takes, and they are needed.

tests/static_typing/response_fields.py must type-check cleanly; the same kind of reads without the None checks
must not (so the fields really are `X | None`, not `X | Unset` and not `Any`).
"""

from __future__ import annotations

from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[2]
CHECKED = Path(__file__).with_name("response_fields.py")
UNCHECKED = """
from waba import WabaClient
from waba_api.models import MessageTemplate, TemplateComponent


def name_length(client: WabaClient) -> int:
    account = client.account("1").get()
    return len(account.name)


def first_component(client: WabaClient) -> TemplateComponent:
    template = client.message_template("1").get()
    return template.components[0]


def shout(template: MessageTemplate) -> str:
    return template.language.upper()
"""


def test_reading_response_fields_type_checks_with_none_checks_only(tmp_path: Path) -> None:
    source = CHECKED.read_text(encoding="utf-8")
    assert "isinstance" not in source and "cast(" not in source and "type: ignore" not in source
    assert "Unset" not in source
    unchecked = tmp_path / "unchecked.py"
    unchecked.write_text(UNCHECKED, encoding="utf-8")
    out, err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), str(CHECKED), str(unchecked)])
    errors = [line for line in out.splitlines() if ": error: " in line]
    assert status == 1, (out, err)
    assert not [line for line in errors if "response_fields.py" in line], out
    assert [line.split(": error: ")[1] for line in errors] == [
        'Argument 1 to "len" has incompatible type "str | None"; expected "Sized"  [arg-type]',
        'Value of type "list[TemplateComponent] | None" is not indexable  [index]',
        'Item "None" of "str | None" has no attribute "upper"  [union-attr]',
    ], out
