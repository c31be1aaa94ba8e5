"""Templates as code: a YAML or JSON file of templates, compared with what an account has, as a plan.

    templates:                      # or a top-level list
      - name: order_update          # one entry per name and language
        language: en_US
        category: UTILITY
        components:
          - {type: BODY, text: "Your order {{1}} has shipped.", example: {body_text: [["#1234"]]}}

Each entry is a `createMessageTemplate` body, validated by the SDK before anything is sent. A plan says, per
template: `create` (not on the account), `edit` (category, components, TTL or parameter format differ; only
the fields the file gives are compared), `keep` (identical), and for templates on the account but not in the
file `delete` (with --prune) or `unmanaged` (left alone).
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rich.markup import escape

from waba import WabaClient
from waba.errors import ValidationError

from .output import Output, plain
from .session import CommandError

EDITABLE = ("category", "components", "message_send_ttl_seconds", "parameter_format")
EXPORTED = ("name", "language", "category", "parameter_format", "message_send_ttl_seconds", "components")
LIST_FIELDS = ["id", "name", "language", "status", "category", "parameter_format", "components"]


@dataclass(frozen=True)
class Desired:
    """One template of the file: its create body."""

    body: dict[str, Any]

    @property
    def key(self) -> tuple[str, str]:
        """(name, language)."""
        return str(self.body["name"]), str(self.body["language"])


@dataclass
class Change:
    """What the plan does with one template of one account."""

    action: str  # create, edit, keep, delete, unmanaged
    name: str
    language: str
    template_id: str | None = None
    status: str | None = None
    body: dict[str, Any] = field(default_factory=dict)  # the create body, or the fields an edit sends
    before: dict[str, Any] = field(default_factory=dict)  # an edit's current values of those fields

    def as_json(self, account: str) -> dict[str, Any]:
        """The change for --json output."""
        data: dict[str, Any] = {"account": account, "action": self.action, "name": self.name,
                                "language": self.language}  # fmt: skip
        if self.template_id:
            data["id"] = self.template_id
        if self.status:
            data["status"] = self.status
        if self.action in ("create", "edit"):
            data["body"] = self.body
        if self.action == "edit":
            data["before"] = self.before
        return data


def load(path: Path, validate: Callable[[dict[str, Any]], None]) -> list[Desired]:
    """The templates of a file; CommandError naming the file, the entry and the problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        document = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise CommandError(f"{path} is not valid {'JSON' if path.suffix.lower() == '.json' else 'YAML'}: "
                           f"{' '.join(str(exc).split())}") from None  # fmt: skip
    entries = document.get("templates") if isinstance(document, dict) else document
    if not isinstance(entries, list) or (isinstance(document, dict) and set(document) != {"templates"}):
        raise CommandError(f"{path}: expected a list of templates, or a mapping with one key `templates` holding it")
    found: dict[tuple[str, str], int] = {}
    desired = []
    for index, entry in enumerate(entries):
        where = f"{path}: templates[{index}]"
        if not isinstance(entry, dict):
            raise CommandError(f"{where}: expected a mapping (name, language, category, components), got {entry!r}")
        label = f"{where} ({entry.get('name')}/{entry.get('language')})"
        try:
            validate(entry)
        except ValidationError as exc:
            detail = str(exc).split(": ", 1)[-1].replace("`body.", "`").replace("`body`", "the entry")
            raise CommandError(f"{label}: {detail}") from None
        item = Desired(dict(entry))
        if item.key in found:
            raise CommandError(f"{label}: the same name and language as templates[{found[item.key]}]")
        found[item.key] = index
        desired.append(item)
    return desired


def _clean(value: Any) -> Any:
    """`value` without null members, so an answer and a file compare by what they say."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def plan(existing: Iterable[dict[str, Any]], desired: list[Desired], *, prune: bool) -> list[Change]:
    """The changes that make an account's templates (as `to_dict()`s) match the file."""
    current = {(str(t.get("name")), str(t.get("language"))): t for t in existing}
    changes: list[Change] = []
    for item in desired:
        name, language = item.key
        have = current.pop(item.key, None)
        if have is None:
            changes.append(Change("create", name, language, body=item.body))
            continue
        wanted = {f: _clean(item.body[f]) for f in EDITABLE if f in item.body}
        differs = {f: v for f, v in wanted.items() if _clean(have.get(f)) != v}
        action = "edit" if differs else "keep"
        changes.append(Change(action, name, language, str(have.get("id")), have.get("status"), body=differs,
                              before={f: _clean(have.get(f)) for f in differs}))  # fmt: skip
    for (name, language), have in sorted(current.items()):
        action = "delete" if prune else "unmanaged"
        changes.append(Change(action, name, language, str(have.get("id")), have.get("status")))
    return changes


def diff_lines(change: Change) -> list[str]:
    """A unified diff of the fields an edit changes (YAML), or the body a create sends."""
    if change.action == "create":
        return ["+ " + line for line in dump(change.body).splitlines()]
    if change.action != "edit":
        return []
    before = dump(change.before).splitlines()
    after = dump(change.body).splitlines()
    return [line for line in difflib.unified_diff(before, after, "current", "file", lineterm="", n=2)][2:]


def dump(data: Any) -> str:
    """YAML text, keys in their order."""
    return str(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100))


def exported(templates: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The file format of an account's templates (`templates export`), keys in the file's order."""
    entries = [{k: _clean(t[k]) for k in EXPORTED if t.get(k) is not None} for t in templates]
    return {"templates": sorted(entries, key=lambda e: (str(e.get("name")), str(e.get("language"))))}


def current(client: WabaClient, account: str) -> list[dict[str, Any]]:
    """An account's templates, as plain data (every page)."""
    pager = client.account(account).message_templates.list(fields=LIST_FIELDS, limit=100)
    return [plain(template) for template in pager]


def execute(client: WabaClient, account: str, change: Change) -> None:
    """Carry out one create, edit or delete."""
    if change.action == "create":
        client.account(account).message_templates.create(body=change.body)
    elif change.action == "edit" and change.template_id:
        client.message_template(change.template_id).update(body=change.body)
    elif change.action == "delete" and change.template_id:
        client.account(account).message_templates.delete(name=change.name, hsm_id=change.template_id)


STYLE = {"create": "green", "edit": "yellow", "delete": "red", "keep": "dim", "unmanaged": "dim"}
SIGN = {"create": "+", "edit": "~", "delete": "-", "keep": "=", "unmanaged": "?"}
WORDS = {"create": "to create", "edit": "to edit", "delete": "to delete", "keep": "unchanged",
         "unmanaged": "not in the file"}  # fmt: skip


def show_plan(out: Output, account: str, changes: list[Change], *, verbose: bool = False) -> None:
    """The plan of one account, for people: one line per template to change (and per kept one with `verbose`),
    the diff of each create or edit, and how many templates the file leaves alone."""
    counts = {action: sum(c.action == action for c in changes) for action in SIGN}
    summary = ", ".join(f"{n} {WORDS[a]}" for a, n in counts.items() if n)
    out.note(f"[bold]Account {escape(account)}[/bold]: {summary or 'no templates'}")
    for change in changes:
        if change.action in ("keep", "unmanaged") and not verbose:
            continue
        style = STYLE[change.action]
        status = f" ({change.status})" if change.status else ""
        label = escape(f"{SIGN[change.action]} {change.action} {change.name} [{change.language}]{status}")
        out.note(f"  [{style}]{label}[/{style}]")
        for line in diff_lines(change):
            color = "green" if line.startswith("+") else "red" if line.startswith("-") else "dim"
            out.note(f"      [{color}]{escape(line)}[/{color}]")
    if counts["unmanaged"] and not verbose:
        out.note(f"  {counts['unmanaged']} template(s) on the account are not in the file and are left alone "
                 "(--prune deletes them; --verbose lists them).")  # fmt: skip
