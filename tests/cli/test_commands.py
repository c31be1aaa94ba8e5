"""Every command against the sandbox: its table, its --json (or --jsonl), and an error with its exit status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import BUSINESS, WABA, Waba


def test_account_show_table_json_and_a_bad_id(waba: Waba) -> None:
    table = waba("account", "show")
    assert table.status == 0 and "Jasper's Market" in table.stdout and WABA in table.stdout
    assert "Unset" not in table.stdout and "None" not in table.stdout
    data = waba("account", "show", "--json", "--fields", "id,name,currency").json()
    assert data["id"] == WABA and set(data) == {"id", "name", "currency"}
    bad = waba("account", "show", "--account", "12x")
    assert bad.status == 2 and bad.stdout == ""
    assert bad.stderr.startswith("error: waba_id must be a Graph id") and bad.stderr.count("\n") == 1


def test_account_update(fresh_waba: Waba) -> None:
    done = fresh_waba("account", "update", "--no-auto-archival", "--json")
    assert done.status == 0 and done.json() == {"success": True}
    shown = fresh_waba("account", "show", "--json", "--fields", "template_auto_archival_enabled").json()
    assert shown["template_auto_archival_enabled"] is False
    assert fresh_waba("account", "update", "--auto-archival").status == 0
    shown = fresh_waba("account", "show", "--json", "--fields", "template_auto_archival_enabled").json()
    assert shown["template_auto_archival_enabled"] is True
    nothing = fresh_waba("account", "update")
    assert nothing.status == 2 and "nothing to update" in nothing.stderr


def test_templates_list_table_json_jsonl_and_limit(waba: Waba) -> None:
    table = waba("templates", "list", "--limit", "3")
    assert table.status == 0
    rows = [line for line in table.stdout.splitlines() if line.startswith("│")]
    assert len(rows) == 3 and all(" en_US " in r or "_" in r for r in rows)
    data = waba("templates", "list", "--json", "--status", "APPROVED", "--category", "MARKETING").json()
    assert data and {t["status"] for t in data} == {"APPROVED"} and {t["category"] for t in data} == {"MARKETING"}
    lines = waba("templates", "list", "--jsonl", "-n", "5").stdout.splitlines()
    assert len(lines) == 5 and all(json.loads(line)["id"].isdigit() for line in lines)
    both = waba("templates", "list", "--json", "--jsonl")
    assert both.status == 2 and "choose one of --json and --jsonl" in both.stderr


def test_templates_list_shows_a_progress_bar_with_the_total(waba: Waba) -> None:
    done = waba("templates", "list", "--json", "--progress")
    total = len(done.json())
    assert done.status == 0 and f"{total}/{total}" in done.stderr and "page(s)" in done.stderr
    quiet = waba("templates", "list", "--json", "--no-progress")
    assert quiet.stderr == ""


def test_templates_show_by_id_and_name(waba: Waba) -> None:
    first = waba("templates", "list", "--json", "-n", "1").json()[0]
    by_id = waba("templates", "show", first["id"], "--json").json()
    assert by_id["id"] == first["id"] and "components" in by_id
    by_name = waba("templates", "show", first["name"], "--language", first["language"]).stdout
    assert first["id"] in by_name and "components" in by_name
    missing = waba("templates", "show", "no_such_template")
    assert missing.status == 1 and missing.stderr == "error: no template named 'no_such_template'\n"
    unknown = waba("templates", "show", "999")
    assert unknown.status == 1 and unknown.stderr.startswith("error: NotFoundError: (#100/33)")


def test_templates_create_edit_delete(fresh_waba: Waba, tmp_path: Path) -> None:
    created = fresh_waba("templates", "create", "--name", "cli_probe", "--category", "UTILITY",
                         "--body", "Hello {{1}}, this is a note from the command line.", "--json")  # fmt: skip
    assert created.status == 0, created.stderr
    template_id = created.json()["id"]
    again = fresh_waba("templates", "create", "--name", "cli_probe", "--category", "UTILITY",
                       "--body", "Hello {{1}}, this is a note from the command line.")  # fmt: skip
    assert again.status == 1 and again.stderr.startswith("error: TemplateAlreadyExistsError: ")
    changes = tmp_path / "edit.yaml"
    changes.write_text("components:\n  - type: BODY\n    text: Hello {{1}}, an edited note for you.\n", "utf-8")
    edited = fresh_waba("templates", "edit", template_id, "--file", str(changes), "--json")
    assert edited.status == 0 and edited.json() == {
        "success": True,
        "id": template_id,
        "name": "cli_probe",
        "category": "UTILITY",
    }
    shown = fresh_waba("templates", "show", template_id, "--json").json()
    assert shown["components"][0]["text"] == "Hello {{1}}, an edited note for you."
    refused = fresh_waba("templates", "delete", "cli_probe", input="n\n")
    assert refused.status == 2 and "not deleted" in refused.stderr
    deleted = fresh_waba("templates", "delete", "cli_probe", "--yes", "--json")
    assert deleted.status == 0 and deleted.json() == {"success": True}
    bad = fresh_waba("templates", "create", "--name", "Bad Name", "--category", "UTILITY", "--body", "Hi there you")
    assert bad.status == 2 and "`body.name` must match the pattern" in bad.stderr


def test_templates_export_round_trips_through_plan(waba: Waba, tmp_path: Path) -> None:
    out = tmp_path / "all.yaml"
    done = waba("templates", "export", "--out", str(out))
    assert done.status == 0 and "wrote" in done.stderr
    plan = waba("templates", "plan", str(out), "--json").json()
    assert plan and {c["action"] for c in plan} == {"keep"}
    as_json = waba("templates", "export", "--format", "json")
    assert json.loads(as_json.stdout)["templates"]


def test_users_list_add_remove(fresh_waba: Waba) -> None:
    users = fresh_waba("users", "list", "--json").json()
    assert users and all("id" in u for u in users)
    table = fresh_waba("users", "list", "--business", BUSINESS)
    assert users[0]["name"] in table.stdout
    user = users[0]["id"]
    assert fresh_waba("users", "remove", user, "--json").json() == {"success": True}
    assert user not in {u["id"] for u in fresh_waba("users", "list", "--json").json()}
    added = fresh_waba("users", "add", user, "--task", "MANAGE", "--task", "VIEW_COST", "--json")
    assert added.status == 0 and added.json() == {"success": True}
    bad_task = fresh_waba("users", "add", user, "--task", "ROOT")
    assert bad_task.status == 2 and "'ROOT' is not one of" in bad_task.stderr
    no_business = fresh_waba("users", "list", env={"WABA_BUSINESS_ID": ""})
    assert no_business.status == 2 and "no business" in no_business.stderr


def test_phones_list(waba: Waba) -> None:
    table = waba("phones", "list")
    assert table.status == 0 and "+1 631-555-0100" in table.stdout
    data = waba("phones", "list", "--json").json()
    assert {p["display_phone_number"] for p in data} >= {"+1 631-555-0100"}
    other = waba("phones", "list", "--account", "1")
    assert other.status == 1 and other.stderr.startswith("error: NotFoundError")


def test_apps_list_subscribe_unsubscribe(fresh_waba: Waba) -> None:
    table = fresh_waba("apps", "list")
    assert table.status == 0 and "WABA Sandbox App" in table.stdout
    assert fresh_waba("apps", "unsubscribe", "--json").json() == {"success": True}
    assert "WABA Sandbox App" not in fresh_waba("apps", "list").stdout
    subscribed = fresh_waba("apps", "subscribe", "--json")
    assert subscribed.status == 0 and subscribed.json() == {"success": True}
    apps = fresh_waba("apps", "list", "--json").json()
    assert any(a["whatsapp_business_api_data"]["name"] == "WABA Sandbox App" for a in apps)
    bad = fresh_waba("apps", "subscribe", "--callback-uri", "http://plain.example")
    assert bad.status == 2 and "override_callback_uri" in bad.stderr


def test_catalogs_list_connect_disconnect(fresh_waba: Waba) -> None:
    catalogs = fresh_waba("catalogs", "list", "--json").json()
    assert catalogs, "the sandbox connects a catalog"
    catalog = catalogs[0]["id"]
    assert catalogs[0]["name"] in fresh_waba("catalogs", "list").stdout
    assert fresh_waba("catalogs", "disconnect", catalog, "--json").json() == {"success": True}
    assert fresh_waba("catalogs", "list", "--json").json() == []
    assert fresh_waba("catalogs", "connect", catalog, "--json").json() == {"success": True}
    again = fresh_waba("catalogs", "disconnect", "123")
    assert again.status == 1 and again.stderr.startswith("error: InvalidParameterError")


@pytest.mark.parametrize("edge", ["conversations", "pricing", "calls"])
def test_analytics_series(waba: Waba, edge: str) -> None:
    rows = waba("analytics", edge, "--start", "2026-01-01", "--end", "2026-01-05", "--json").json()
    assert rows and all("start" in r and "end" in r for r in rows)
    table = waba("analytics", edge, "--start", "1767225600", "--end", "1767571200", "--granularity", "DAILY")
    assert table.status == 0 and "start" in table.stdout
    bad = waba("analytics", edge, "--start", "yesterday", "--end", "2026-01-05")
    assert bad.status == 2 and "expected a Unix time or an ISO date" in bad.stderr


def test_analytics_templates(fresh_waba: Waba) -> None:
    fresh_waba("account", "update", "--enable-insights")
    template = fresh_waba("templates", "list", "--json", "-n", "1").json()[0]["id"]
    rows = fresh_waba("analytics", "templates", "--start", "2026-01-01", "--end", "2026-01-03",
                      "--template", template, "--json").json()  # fmt: skip
    assert rows and {r["template_id"] for r in rows} == {template}
    too_many = fresh_waba("analytics", "templates", "--start", "2026-01-01", "--end", "2026-01-03",
                          *[a for i in range(11) for a in ("-t", str(i + 1))])  # fmt: skip
    assert too_many.status == 2 and "at most 10 are allowed" in too_many.stderr


def test_usage(waba: Waba) -> None:
    table = waba("usage")
    assert table.status == 0 and "whatsapp_business_management" in table.stdout
    rows = waba("usage", "--json").json()
    assert any(r["scope"] == f"business {WABA}" for r in rows)


def test_token_from_a_file_and_never_printed(waba: Waba, tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(waba.sandbox.token + "\n", "utf-8")
    done = waba("--token-file", str(token_file), "account", "show", env={"WABA_ACCESS_TOKEN": ""})
    assert done.status == 0 and WABA in done.stdout
    wrong = tmp_path / "wrong"
    wrong.write_text("EAAwrongCANARYtoken123456", "utf-8")
    failed = waba("--token-file", str(wrong), "account", "show", env={"WABA_ACCESS_TOKEN": ""})
    assert failed.status == 1 and failed.stderr.startswith("error: AuthenticationError")
    assert "CANARY" not in failed.stderr + failed.stdout
    missing = waba("--token-file", str(tmp_path / "nope"), "account", "show")
    assert missing.status == 2 and "cannot read the token file" in missing.stderr
    none = waba("account", "show", env={"WABA_ACCESS_TOKEN": ""})
    assert none.status == 2 and "no access token" in none.stderr
    for args in (("account", "show"), ("templates", "list", "--json"), ("usage",), ("templates", "show", "999")):
        out = waba(*args)
        assert waba.sandbox.token not in out.stdout + out.stderr


def test_no_option_takes_the_token_on_the_command_line(waba: Waba) -> None:
    root_help = waba("--help").stdout
    assert "--token-file" in root_help and "--token " not in root_help and "--access-token" not in root_help
    refused = waba("--token", "EAAx", "account", "show")
    assert refused.status == 2 and "No such option" in refused.stderr
