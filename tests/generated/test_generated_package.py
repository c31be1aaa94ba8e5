"""The generated package: no unused code, a header on every module, lazy imports, small template overrides."""

from __future__ import annotations

import difflib
import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from generate import GENERATOR_DIR, HEADER, OUTPUT_DIR, PACKAGE, generator_view

import waba_api
import waba_api.models

GENERATED = OUTPUT_DIR / PACKAGE


def run_python(code: str) -> Any:
    """Run `code` in a fresh interpreter (nothing imported yet) and return the JSON it prints."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # noqa: S603
    return json.loads(result.stdout)


def test_every_python_file_carries_the_header() -> None:
    modules = sorted(GENERATED.rglob("*.py"))
    assert len(modules) > 200
    missing = [str(m.relative_to(OUTPUT_DIR)) for m in modules if not m.read_text(encoding="utf-8").startswith(HEADER)]
    assert missing == []
    assert "do not edit" in HEADER and "make generate" in HEADER


def test_no_second_client_and_no_unused_types() -> None:
    assert not (GENERATED / "client.py").exists() and not (GENERATED / "errors.py").exists()
    assert waba_api.__all__ == ("api", "models", "types")
    assert waba_api.types.__all__ == ["UNSET", "Model", "ModelDataError", "Unset"]
    assert repr(waba_api.types.UNSET) == "UNSET"
    lock = json.loads((OUTPUT_DIR / "generation.lock.json").read_text(encoding="utf-8"))
    assert "do not edit" in lock["note"]


def test_importing_the_packages_imports_no_model_or_builder() -> None:
    loaded = run_python(
        "import json, sys, waba_api, waba_api.api, waba_api.models, waba_api.api.message_templates\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('waba_api'))))"
    )
    assert loaded == ["waba_api", "waba_api.api", "waba_api.api.message_templates", "waba_api.models"]


def test_a_model_import_loads_that_model_and_what_it_needs_only() -> None:
    loaded = run_python(
        "import json, sys\nfrom waba_api.models import TemplateCategory, Cursors\n"
        "import waba_api.api.message_templates as t\nt.list_message_templates\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('waba_api.'))))"
    )
    assert "waba_api.models.template_category" in loaded and "waba_api.models.cursors" in loaded
    assert "waba_api.api.message_templates.list_message_templates" in loaded
    assert len(loaded) < 15, loaded


def test_import_waba_loads_no_generated_model_or_builder() -> None:
    loaded = run_python(
        "import json, sys, waba\nprint(json.dumps(sorted(m for m in sys.modules if m.startswith('waba_api'))))"
    )
    assert loaded == []  # not even the package: the wrapper reaches it through `waba.lazy` on first use


def test_lazy_names_resolve_and_are_listed() -> None:
    assert set(waba_api.models.__all__) <= set(dir(waba_api.models))
    assert waba_api.models.Cursors.__name__ == "Cursors"
    assert waba_api.api.message_templates.list_message_templates.build_request.__name__ == "build_request"
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = waba_api.models.NoSuchModel
    with pytest.raises(ImportError):
        from waba_api.models import NoSuchModel  # noqa: F401


def test_generator_view_gives_json_text_parameters_their_decoded_schema(spec: dict[str, Any]) -> None:
    view = generator_view(spec)
    params = view["paths"]["/{waba-id}/message_templates"]["get"]["parameters"]
    category = next(p for p in params if p.get("name") == "category")
    assert category["schema"]["type"] == "array"
    assert category["example"] == ["MARKETING", "UTILITY"]
    original = spec["paths"]["/{waba-id}/message_templates"]["get"]["parameters"]
    assert next(p for p in original if p.get("name") == "category")["schema"]["type"] == "string", "not mutated"


def test_generator_view_refuses_json_text_that_is_not_a_list(spec: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(spec))
    params = broken["paths"]["/{waba-id}/message_templates"]["get"]["parameters"]
    category = next(p for p in params if p.get("name") == "category")
    category["schema"]["contentSchema"] = {"type": "object"}
    with pytest.raises(SystemExit, match="category"):
        generator_view(broken)


def changes(name: str) -> tuple[list[str], list[str]]:
    """(added, removed) lines of an override against the stock 0.29.1 template (all added for a new template)."""
    stock_path = Path(str(files("openapi_python_client").joinpath("templates", name)))
    stock = stock_path.read_text().splitlines() if stock_path.is_file() else []
    ours = (GENERATOR_DIR / "templates" / name).read_text().splitlines()
    diff = [line for line in difflib.unified_diff(stock, ours, lineterm="", n=0) if not line.startswith(("+++", "---"))]
    return [line[1:] for line in diff if line[:1] == "+"], [line[1:] for line in diff if line[:1] == "-"]


# Lines each override may add to its stock template (the endpoint module only cuts and renames, plus comments).
# The model templates are a rewrite (openapi/generator/README.md, "Models"): model.py.jinja keeps the stock
# class docstring and layout; model_macros.jinja is new (the per-property code of from_dict/to_dict); types.py
# gains the models' base class, their error and the checks their from_dict calls on its rare paths.
ADDITION_BUDGET = {
    "endpoint_macros.py.jinja": 50,
    "endpoint_module.py.jinja": 15,
    "package_init.py.jinja": 20,
    "api_init.py.jinja": 25,
    "endpoint_init.py.jinja": 30,
    "models_init.py.jinja": 35,
    "types.py.jinja": 260,
    "model.py.jinja": 140,
    "model_macros.jinja": 250,
}
NEW_TEMPLATES = {"model_macros.jinja"}


def test_the_overrides_are_the_only_ones_and_stay_small() -> None:
    overrides = sorted(p.name for p in (GENERATOR_DIR / "templates").iterdir())
    assert overrides == sorted(ADDITION_BUDGET)
    stock = files("openapi_python_client").joinpath("templates")
    assert {name for name in overrides if not stock.joinpath(name).is_file()} == NEW_TEMPLATES
    for name, budget in ADDITION_BUDGET.items():
        added, _ = changes(name)
        assert 0 < len(added) <= budget, (name, len(added), added)
        assert added[0].lstrip().startswith("{# WABA:"), f"{name}: its first change does not say why"
    assert changes("endpoint_macros.py.jinja")[1] == [], "the macros are only added to"
    added, removed = changes("endpoint_module.py.jinja")
    assert "def build_request(" in added and "def _get_kwargs(" in removed
