"""`waba templates ...`: list, show, create, edit, delete, export — and templates as code (`plan`, `apply`)."""

from __future__ import annotations

import json as jsonlib
from pathlib import Path
from typing import Annotated, Any

import typer
import yaml
from rich.markup import escape

from waba import WabaClient
from waba.errors import WabaError
from waba_api.models import TemplateCategory, TemplateStatus

from . import template_files
from .options import AccountOpt, JsonlOpt, JsonOpt, LimitOpt, ProgressOpt, output, session
from .output import Output
from .session import EXIT_FAILED, CommandError, account_id

app = typer.Typer(help="Message templates: list, show, create, edit, delete, export; plan and apply a file.",
                  no_args_is_help=True)  # fmt: skip
COLUMNS = ["id", "name", "language", "category", "status"]
FileArg = Annotated[Path, typer.Argument(metavar="FILE", help="A YAML or JSON file of templates.",
                                         show_default=False)]  # fmt: skip
AccountsOpt = Annotated[
    list[str] | None,
    typer.Option("--account", "-a", help="An account to act on; repeat for several (default: $WABA_ID).",
                 show_default=False),
]  # fmt: skip
PruneOpt = Annotated[bool, typer.Option("--prune", help="Delete the account's templates that the file does not list.")]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Also list the templates left unchanged.")]


@app.command("list")
def list_templates(
    ctx: typer.Context,
    account: AccountOpt = None,
    status: Annotated[list[TemplateStatus] | None, typer.Option(help="Only these statuses (repeatable).")] = None,
    category: Annotated[list[TemplateCategory] | None, typer.Option(help="Only these categories (repeatable).")] = None,
    name: Annotated[str | None, typer.Option(help="Only names containing this text.")] = None,
    limit: LimitOpt = None,
    json: JsonOpt = False,
    jsonl: JsonlOpt = False,
    progress: ProgressOpt = None,
) -> None:
    """List the account's message templates."""
    out = output(json, jsonl, progress)
    client = session(ctx).client()
    pager = client.account(account_id(account)).message_templates.list(
        status=status, category=category, name=name, fields=COLUMNS, limit=100
    )
    items = out.listing(pager, "templates", count=True)
    out.rows((t for _, t in zip(range(limit), items, strict=False)) if limit is not None else items, COLUMNS)


@app.command("show")
def show(
    ctx: typer.Context,
    template: Annotated[str, typer.Argument(help="A template id, or a template name.", show_default=False)],
    language: Annotated[str | None, typer.Option(help="With a name: the language to show.")] = None,
    account: AccountOpt = None,
    json: JsonOpt = False,
    jsonl: JsonlOpt = False,
) -> None:
    """Show one template, by id, or by name (and --language) on the account."""
    out = output(json, jsonl)
    client = session(ctx).client()
    if template.isdigit():
        out.record(client.message_template(template).get(), f"template {template}")
        return
    matches = [
        t for t in client.account(account_id(account)).message_templates.list(name=template, limit=100)
        if t.name == template and (language is None or t.language == language)
    ]  # fmt: skip
    if not matches:
        raise CommandError(f"no template named {template!r}" + (f" in {language}" if language else ""), EXIT_FAILED)
    if len(matches) > 1:
        languages = ", ".join(sorted(str(t.language) for t in matches))
        raise CommandError(f"{template!r} exists in several languages ({languages}); pass --language")
    out.record(matches[0], f"template {template}")


def _read_mapping(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
        data = jsonlib.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (ValueError, yaml.YAMLError) as exc:
        raise CommandError(f"{path} is not valid JSON or YAML: {' '.join(str(exc).split())}") from None
    if not isinstance(data, dict):
        raise CommandError(f"{path}: expected a mapping of template fields")
    return data


@app.command("create")
def create(
    ctx: typer.Context,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="The template (a YAML or JSON mapping).")] = None,
    name: Annotated[str | None, typer.Option(help="Template name (lowercase, digits, underscores).")] = None,
    language: Annotated[str, typer.Option(help="Language code.")] = "en_US",
    category: Annotated[str | None, typer.Option(help="AUTHENTICATION, MARKETING or UTILITY.")] = None,
    body: Annotated[str | None, typer.Option(help="Body text (with {{1}} parameters).")] = None,
    footer: Annotated[str | None, typer.Option(help="Footer text.")] = None,
    account: AccountOpt = None,
    json: JsonOpt = False,
    jsonl: JsonlOpt = False,
) -> None:
    """Create a template from --file, or from --name, --category and --body (and --footer)."""
    out = output(json, jsonl)
    if file is not None:
        template = _read_mapping(file)
    elif name and category and body:
        components: list[dict[str, Any]] = [{"type": "BODY", "text": body}]
        if footer:
            components.append({"type": "FOOTER", "text": footer})
        template = {"name": name, "language": language, "category": category, "components": components}
    else:
        raise CommandError("give --file FILE, or --name, --category and --body")
    client = session(ctx).client()
    out.record(client.account(account_id(account)).message_templates.create(body=template), "created")


@app.command("edit")
def edit(
    ctx: typer.Context,
    template_id: Annotated[str, typer.Argument(help="The template's id.", show_default=False)],
    file: Annotated[Path | None, typer.Option("--file", "-f", help="The fields to change (YAML or JSON).")] = None,
    category: Annotated[str | None, typer.Option(help="The new category.")] = None,
    json: JsonOpt = False,
    jsonl: JsonlOpt = False,
) -> None:
    """Edit a template's components or category (it goes back to review)."""
    out = output(json, jsonl)
    changes = _read_mapping(file) if file is not None else {}
    if category:
        changes["category"] = category
    if not changes:
        raise CommandError("nothing to change: give --file FILE or --category")
    client = session(ctx).client()
    out.record(client.message_template(template_id).update(body=changes), f"edited {template_id}")


@app.command("delete")
def delete(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The template's name.", show_default=False)],
    template_id: Annotated[str | None, typer.Option("--id", help="Delete only this language version (its id).")] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    account: AccountOpt = None,
    json: JsonOpt = False,
    jsonl: JsonlOpt = False,
) -> None:
    """Delete a template: every language of NAME, or one (--id). A deleted name is blocked for 30 days."""
    out = output(json, jsonl)
    what = f"{name!r}" + (f" (id {template_id})" if template_id else " in every language")
    if not yes and not typer.confirm(f"Delete template {what}?", default=False, err=True):
        raise CommandError("not deleted (confirm, or pass --yes)")
    client = session(ctx).client()
    result = client.account(account_id(account)).message_templates.delete(name=name, hsm_id=template_id)
    out.record(result, f"deleted {what}")


@app.command("export")
def export(
    ctx: typer.Context,
    out_file: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="yaml or json.")] = "yaml",
    account: AccountOpt = None,
) -> None:
    """Write the account's templates in the file format `plan` and `apply` read."""
    if fmt not in ("yaml", "json"):
        raise CommandError(f"--format must be yaml or json, got {fmt!r}")
    client = session(ctx).client()
    templates = template_files.current(client, account_id(account))
    document = template_files.exported(templates)
    text = (
        jsonlib.dumps(document, indent=2, ensure_ascii=False) + "\n" if fmt == "json" else template_files.dump(document)
    )
    if out_file is None:
        typer.echo(text, nl=False)
    else:
        out_file.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {len(templates)} template(s) to {out_file}", err=True)


def _plans(
    client: WabaClient, file: Path, accounts: list[str], prune: bool
) -> list[tuple[str, list[template_files.Change]]]:
    ids = accounts or [account_id(None)]
    first = client.account(ids[0]).message_templates.create

    def validate(body: dict[str, Any]) -> None:
        first.prepare(body=body)

    desired = template_files.load(file, validate)
    return [(a, template_files.plan(template_files.current(client, a), desired, prune=prune)) for a in ids]


@app.command("plan")
def plan_command(
    ctx: typer.Context,
    file: FileArg,
    account: AccountsOpt = None,
    prune: PruneOpt = False,
    verbose: VerboseOpt = False,
    json: JsonOpt = False,
) -> None:
    """Show what `apply` would change on each account: a diff, and nothing sent.

    The file lists templates (`templates:` then one mapping per name and language, each a create body:
    name, language, category, components, ...). Templates the file does not list are left alone unless --prune.
    """
    out = output(json, False)
    plans = _plans(session(ctx).client(), file, account or [], prune)
    if json:
        typer.echo(jsonlib.dumps([c.as_json(a) for a, changes in plans for c in changes], indent=2))
        return
    for account_id_, changes in plans:
        template_files.show_plan(out, account_id_, changes, verbose=verbose)


@app.command("apply")
def apply_command(
    ctx: typer.Context,
    file: FileArg,
    account: AccountsOpt = None,
    prune: PruneOpt = False,
    verbose: VerboseOpt = False,
    json: JsonOpt = False,
) -> None:
    """Make each account's templates match the file; safe to rerun.

    Creates what is missing, edits what differs and, only with --prune, deletes what the file does not list.
    A second run changes nothing."""
    out = output(json, False)
    client = session(ctx).client()
    failures = 0
    results: list[dict[str, Any]] = []
    for account_id_, changes in _plans(client, file, account or [], prune):
        if not json:
            template_files.show_plan(out, account_id_, changes, verbose=verbose)
        for change in changes:
            if change.action not in ("create", "edit", "delete"):
                continue
            record = change.as_json(account_id_)
            try:
                template_files.execute(client, account_id_, change)
                record["result"] = "done"
            except WabaError as exc:
                failures += 1
                record["result"] = "failed"
                record["error"] = " ".join(str(exc).split())
            results.append(record)
            if not json:
                _report(out, record)
    if json:
        typer.echo(jsonlib.dumps(results, indent=2))
    elif not results:
        out.note("Nothing to do: every account matches the file.")
    if failures:
        raise CommandError(f"{failures} change(s) failed; fix them and run apply again", EXIT_FAILED)


def _report(out: Output, record: dict[str, Any]) -> None:
    label = escape(f"{record['action']} {record['name']} [{record['language']}] on {record['account']}")
    if record["result"] == "done":
        out.note(f"[green]✓[/green] {label}")
    else:
        out.note(f"[red]✗[/red] {label}: {escape(record['error'])}")
