"""`waba templates plan|apply FILE`: create, a no-op rerun, an edit, --prune, several accounts, bad files."""

from __future__ import annotations

from pathlib import Path

import yaml

from .conftest import BUSINESS, WABA, Waba

FILE = {
    "templates": [
        {"name": "order_shipped", "language": "en_US", "category": "UTILITY", "components": [
            {"type": "BODY", "text": "Hi {{1}}, your order {{2}} has shipped and is on its way.",
             "example": {"body_text": [["Pablo", "#1234"]]}},
            {"type": "FOOTER", "text": "Reply STOP to opt out"}]},
        {"name": "order_shipped", "language": "pt_BR", "category": "UTILITY", "components": [
            {"type": "BODY", "text": "Olá {{1}}, seu pedido {{2}} foi enviado hoje mesmo.",
             "example": {"body_text": [["Pablo", "#1234"]]}}]},
    ]
}  # fmt: skip


def write(path: Path, document: object) -> Path:
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), "utf-8")
    return path


def actions(waba: Waba, *args: str) -> list[tuple[str, str, str]]:
    plan = waba("templates", "plan", *args, "--json")
    assert plan.status == 0, plan.stderr
    return sorted((c["action"], c["name"], c["language"]) for c in plan.json() if c["action"] != "unmanaged")


def smaller_account(waba: Waba) -> str:
    """The sandbox's other account (40 templates instead of 320: pruning it is quicker)."""
    with waba.client() as client:
        return next(str(a.id) for a in client.business(BUSINESS).owned_accounts.list() if a.id != WABA)


def test_plan_apply_rerun_edit_and_prune(fresh_waba: Waba, tmp_path: Path) -> None:
    waba = fresh_waba
    account = smaller_account(waba)
    waba.env["WABA_ID"] = account
    path = write(tmp_path / "templates.yaml", FILE)
    before = len(waba("templates", "list", "--json").json())
    assert actions(waba, str(path)) == [("create", "order_shipped", "en_US"), ("create", "order_shipped", "pt_BR")]
    plan_text = waba("templates", "plan", str(path)).stdout
    assert "+ create order_shipped [en_US]" in plan_text and "+   text: Hi {{1}}, your order" in plan_text
    assert "not in the file and are left alone" in plan_text
    assert len(waba("templates", "list", "--json").json()) == before, "plan sends nothing"

    applied = waba("templates", "apply", str(path))
    assert applied.status == 0, applied.stderr
    assert f"✓ create order_shipped [en_US] on {account}" in applied.stdout
    assert len(waba("templates", "list", "--json").json()) == before + 2

    rerun = waba("templates", "apply", str(path))
    assert rerun.status == 0 and "Nothing to do: every account matches the file." in rerun.stdout
    assert "2 unchanged" in rerun.stdout
    assert len(waba("templates", "list", "--json").json()) == before + 2

    edited_doc = yaml.safe_load(path.read_text("utf-8"))
    edited_doc["templates"][0]["components"][0]["text"] = "Hi {{1}}, your order {{2}} left our warehouse today."
    edited = write(tmp_path / "edited.yaml", edited_doc)
    assert actions(waba, str(edited)) == [("edit", "order_shipped", "en_US"), ("keep", "order_shipped", "pt_BR")]
    diff = waba("templates", "plan", str(edited)).stdout
    assert "-  text: Hi {{1}}, your order {{2}} has shipped and is on its way." in diff
    assert "+  text: Hi {{1}}, your order {{2}} left our warehouse today." in diff
    result = waba("templates", "apply", str(edited), "--json").json()
    assert [(r["action"], r["result"]) for r in result] == [("edit", "done")]
    assert actions(waba, str(edited)) == [("keep", "order_shipped", "en_US"), ("keep", "order_shipped", "pt_BR")]

    only_one = write(tmp_path / "one.yaml", {"templates": edited_doc["templates"][:1]})
    kept = waba("templates", "apply", str(only_one))
    assert kept.status == 0 and len(waba("templates", "list", "--json").json()) == before + 2, (
        "no delete without --prune"
    )
    planned = waba("templates", "plan", str(only_one), "--prune", "--json").json()
    deletes = [c for c in planned if c["action"] == "delete"]
    assert len(deletes) == before + 1 and ("order_shipped", "pt_BR") in {(c["name"], c["language"]) for c in deletes}
    pruned = waba("templates", "apply", str(only_one), "--prune", "--json")
    assert pruned.status == 0, pruned.stderr
    remaining = waba("templates", "list", "--json").json()
    assert [(t["name"], t["language"]) for t in remaining] == [("order_shipped", "en_US")]
    assert waba("templates", "apply", str(only_one), "--prune").stdout.count("Nothing to do") == 1


def test_apply_to_several_accounts(fresh_waba: Waba, tmp_path: Path) -> None:
    others = [smaller_account(fresh_waba)]
    path = write(tmp_path / "t.yaml", {"templates": FILE["templates"][:1]})
    done = fresh_waba("templates", "apply", str(path), "--account", WABA, "--account", str(others[0]), "--json")
    assert done.status == 0, done.stderr
    assert sorted(r["account"] for r in done.json()) == sorted([WABA, str(others[0])])
    again = fresh_waba("templates", "apply", str(path), "-a", WABA, "-a", str(others[0]), "--json")
    assert again.json() == []


def test_a_failed_change_is_reported_and_the_rest_applied(fresh_waba: Waba, tmp_path: Path) -> None:
    existing = fresh_waba("templates", "list", "--json", "-n", "1").json()[0]
    clash = {"name": existing["name"], "language": existing["language"], "category": existing["category"],
             "components": [{"type": "BODY", "text": "Hi {{1}}, this one has {{2}} {{3}} {{4}} {{5}}."}]}  # fmt: skip
    fine = FILE["templates"][0]
    path = write(tmp_path / "t.yaml", {"templates": [clash, fine]})
    done = fresh_waba("templates", "apply", str(path))
    assert done.status == 1
    assert "✗ edit" in done.stdout and "✓ create order_shipped [en_US]" in done.stdout
    assert done.stderr == "error: 1 change(s) failed; fix them and run apply again\n"


def test_bad_files_are_refused_with_the_entry_and_the_problem(waba: Waba, tmp_path: Path) -> None:
    cases = [
        ({"templates": [{**FILE["templates"][0], "nmae": "x"}]}, "templates[0] (order_shipped/en_US): the entry has "
         "unknown key(s) 'nmae' (did you mean 'name'?)"),
        ({"templates": [{**FILE["templates"][0], "category": "PROMO"}]}, "`category` must be one of AUTHENTICATION"),
        ({"templates": [{**FILE["templates"][0], "components": [{"type": "BODDY", "text": "x"}]}]},
         "`components[0].type` must be one of BODY, BUTTONS, FOOTER, HEADER, got 'BODDY'"),
        ({"templates": [FILE["templates"][0], FILE["templates"][0]]}, "the same name and language as templates[0]"),
        ({"tmplates": []}, "expected a list of templates"),
        (["just a string"], "templates[0]: expected a mapping"),
    ]  # fmt: skip
    for index, (document, words) in enumerate(cases):
        path = write(tmp_path / f"bad{index}.yaml", document)
        done = waba("templates", "plan", str(path))
        assert done.status == 2, (words, done.stderr)
        assert words in done.stderr and done.stderr.count("\n") == 1, done.stderr
    broken = tmp_path / "broken.yaml"
    broken.write_text("templates: [\n", "utf-8")
    done = waba("templates", "apply", str(broken))
    assert done.status == 2 and "is not valid YAML" in done.stderr
    missing = waba("templates", "plan", str(tmp_path / "none.json"))
    assert missing.status == 2 and "cannot read" in missing.stderr
