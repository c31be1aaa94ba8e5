"""The root `waba` command: global options, the command groups, and failures as one line with an exit status.

Why typer: the commands are plain typed functions (checked by mypy like the rest of the SDK), help comes from
their docstrings and annotations, it brings rich (tables, progress, colour) and shell completion, and its test
runner drives the real command tree in-process.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from waba import __version__

from . import commands, templates
from .session import Session, one_line


class WabaGroup(TyperGroup):
    """The root group: any failure below it is printed as `error: ...` on one line, with its exit status."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort):
            raise
        except Exception as exc:
            if type(exc).__module__.startswith("typer"):  # usage errors: typer prints them itself
                raise
            message, status = one_line(exc)
            typer.echo(f"error: {message}", err=True)
            raise typer.Exit(status) from None
        finally:
            obj = ctx.obj
            if isinstance(obj, Session):
                obj.close()


app = typer.Typer(
    cls=WabaGroup,
    name="waba",
    help="Manage WhatsApp Business Accounts through the Graph API. The token comes from $WABA_ACCESS_TOKEN or "
    "--token-file (never from the command line); the account from --account or $WABA_ID.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"waba {__version__}")
        raise typer.Exit


@app.callback()
def root(
    ctx: typer.Context,
    token_file: Annotated[Path | None, typer.Option(help="A file holding the access token (default: "
                                                         "$WABA_TOKEN_FILE, else $WABA_ACCESS_TOKEN).",
                                                    show_default=False)] = None,
    app_secret_file: Annotated[Path | None, typer.Option(help="A file holding the app secret (adds "
                                                              "appsecret_proof) (default: $WABA_APP_SECRET).",
                                                         show_default=False)] = None,
    base_url: Annotated[str | None, typer.Option(help="Graph's base URL (default: $WABA_BASE_URL, else "
                                                      "https://graph.facebook.com).", show_default=False)] = None,
    api_version: Annotated[str, typer.Option(help="Graph API version.")] = "v24.0",
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:  # fmt: skip
    """Global options (before the command)."""
    ctx.obj = Session(token_file=token_file, app_secret_file=app_secret_file, base_url=base_url,
                      api_version=api_version)  # fmt: skip


app.add_typer(commands.account_app, name="account")
app.add_typer(templates.app, name="templates")
app.add_typer(commands.users_app, name="users")
app.add_typer(commands.phones_app, name="phones")
app.add_typer(commands.apps_app, name="apps")
app.add_typer(commands.catalogs_app, name="catalogs")
app.add_typer(commands.analytics_app, name="analytics")
app.command("usage", rich_help_panel="Tools")(commands.usage)
app.command("sandbox", rich_help_panel="Tools",
            context_settings={"ignore_unknown_options": True, "allow_extra_args": True})(commands.sandbox)  # fmt: skip


def run(argv: list[str] | None = None) -> None:
    """Run the command tree and exit with its status; usage errors too are one line (`error: ...`)."""
    command = typer.main.get_command(app)
    try:
        status = command.main(args=sys.argv[1:] if argv is None else argv, prog_name="waba", standalone_mode=False)
    except typer.Abort:
        typer.echo("error: aborted", err=True)
        raise SystemExit(1) from None
    except Exception as exc:
        if not hasattr(exc, "format_message") or not hasattr(exc, "exit_code"):  # not a usage error
            message, code = one_line(exc)
            typer.echo(f"error: {message}", err=True)
            raise SystemExit(code) from None
        usage = getattr(getattr(exc, "ctx", None), "command_path", "waba")
        typer.echo(f"error: {' '.join(exc.format_message().split())} (see `{usage} --help`)", err=True)
        raise SystemExit(exc.exit_code) from None
    raise SystemExit(status if isinstance(status, int) else 0)


__all__ = ["app", "run"]
