"""`import waba` stays light: what only some calls need is imported by the first of them, and works then."""

from __future__ import annotations

import json
import subprocess
import sys

from waba import __version__

from .helpers import WABA

#: Imported by the first call that needs them, never by `import waba`.
ON_FIRST_USE = [
    "jsonschema",  # body validation (waba.schema_checks.SchemaCheck)
    "attrs",  # the generated models
    "anyio",  # the async client's first wait
    "importlib.metadata",  # the version (User-Agent, waba.__version__)
    "importlib.resources",  # the bundled spec
    "difflib",  # "did you mean" in error messages
    "waba_api",  # the generated package
    "waba.validation",  # argument checks, built per operation on its first call
    "waba.signatures",
    "waba.webhooks",
]


def loaded_after(code: str) -> dict[str, bool]:
    """Which of ON_FIRST_USE are in sys.modules after running `code` in a fresh interpreter."""
    program = f"{code}\nimport json, sys\nprint(json.dumps({{m: m in sys.modules for m in {ON_FIRST_USE!r}}}))"
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    loaded: dict[str, bool] = json.loads(result.stdout)
    return loaded


def test_import_waba_loads_none_of_what_the_first_call_needs() -> None:
    assert loaded_after("import waba") == dict.fromkeys(ON_FIRST_USE, False)


def test_the_first_call_loads_what_it_needs_and_works() -> None:
    code = f"""
import httpx
from waba import WabaClient
def answer(request):
    usage = {{"X-App-Usage": '{{"call_count": 5}}'}}
    return httpx.Response(200, json={{"id": "{WABA}", "name": "Acme"}}, headers=usage)
client = WabaClient(access_token="EAAtoken1234", transport=httpx.MockTransport(answer))
assert client.account("{WABA}").get(fields=["id", "name"]).name == "Acme"
assert client.usage.app.call_count == 5
assert client._http.headers["User-Agent"].startswith("waba-python/")
"""
    loaded = loaded_after(code)
    assert loaded["attrs"] and loaded["waba_api"] and loaded["waba.validation"] and loaded["importlib.metadata"]
    assert not loaded["jsonschema"] and not loaded["waba.webhooks"]  # a GET's query needs no schema walk


def test_the_version_is_the_installed_one() -> None:
    from importlib.metadata import version

    assert __version__ == version("waba")
    assert loaded_after("import waba\nwaba.__version__")["importlib.metadata"]
