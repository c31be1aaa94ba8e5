"""The resource commands: account, users, phones, apps, catalogs, analytics, usage, sandbox."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any

import typer

from waba.sandbox import import_sandbox
from waba_api.models import AnalyticsGranularity, WabaTask

from .options import AccountOpt, JsonlOpt, JsonOpt, LimitOpt, ProgressOpt, output, session
from .output import Mode, plain
from .session import EXIT_FAILED, CommandError, account_id, business_id, read_secret_file

account_app = typer.Typer(help="The WhatsApp Business Account: show or update its settings.", no_args_is_help=True)
users_app = typer.Typer(help="Users assigned to the account: list, add, remove.", no_args_is_help=True)
phones_app = typer.Typer(help="The account's business phone numbers.", no_args_is_help=True)
apps_app = typer.Typer(help="Apps subscribed to the account's webhooks.", no_args_is_help=True)
catalogs_app = typer.Typer(help="Product catalogs connected to the account.", no_args_is_help=True)
analytics_app = typer.Typer(help="Conversation, pricing, template and call analytics.", no_args_is_help=True)

BusinessOpt = Annotated[
    str | None, typer.Option("--business", "-b", help="Business portfolio id (default: $WABA_BUSINESS_ID).",
                             show_default=False)
]  # fmt: skip


def _limited(items: Any, limit: int | None) -> Any:
    return (item for _, item in zip(range(limit), items, strict=False)) if limit is not None else items


@account_app.command("show")
def account_show(
    ctx: typer.Context,
    account: AccountOpt = None,
    fields: Annotated[str | None, typer.Option(help="Comma-separated fields (default: Graph's).")] = None,
    json: JsonOpt = False,
    jsonl: JsonlOpt = False,
) -> None:
    """Show the account."""
    out = output(json, jsonl)
    selected = [f.strip() for f in fields.split(",") if f.strip()] if fields else None
    waba = session(ctx).client().account(account_id(account)).get(fields=selected)
    out.record(waba, "account")


@account_app.command("update")
def account_update(
    ctx: typer.Context,
    account: AccountOpt = None,
    enable_insights: Annotated[
        bool, typer.Option("--enable-insights", help="Enable template analytics (one-way).")
    ] = False,
    auto_archival: Annotated[
        bool | None, typer.Option("--auto-archival/--no-auto-archival", help="Archive unused templates automatically.")
    ] = None,
    marketing_on_cloud_api: Annotated[
        bool | None,
        typer.Option(
            "--marketing-on-cloud-api/--no-marketing-on-cloud-api", help="Allow marketing messages over Cloud API."
        ),
    ] = None,
    purchase_order_number: Annotated[str | None, typer.Option(help="Purchase order number.")] = None,
    json: JsonOpt = False,
    jsonl: JsonlOpt = False,
) -> None:
    """Change account settings (give at least one option)."""
    out = output(json, jsonl)
    body: dict[str, Any] = {}
    if enable_insights:
        body["is_enabled_for_insights"] = True
    if auto_archival is not None:
        body["template_auto_archival_enabled"] = auto_archival
    if marketing_on_cloud_api is not None:
        body["disable_marketing_messages_on_cloud_api"] = not marketing_on_cloud_api
    if purchase_order_number is not None:
        body["purchase_order_number"] = purchase_order_number
    if not body:
        raise CommandError("nothing to update: give at least one option (see --help)")
    out.record(session(ctx).client().account(account_id(account)).update(body=body), "updated")


@users_app.command("list")
def users_list(
    ctx: typer.Context,
    business: BusinessOpt = None,
    account: AccountOpt = None,
    limit: LimitOpt = None,
    json: JsonOpt = False,
    jsonl: JsonlOpt = False,
    progress: ProgressOpt = None,
) -> None:
    """List the users assigned to the account, as seen by a business."""
    out = output(json, jsonl, progress)
    pager = session(ctx).client().account(account_id(account)).assigned_users.list(business=business_id(business))
    out.rows(_limited(out.listing(pager, "users"), limit), ["id", "name", "user_type", "tasks"])


@users_app.command("add")
def users_add(
    ctx: typer.Context,
    user: Annotated[str, typer.Argument(help="The user's id.", show_default=False)],
    task: Annotated[list[WabaTask], typer.Option("--task", "-t", help="A task to give (repeatable).")],
    account: AccountOpt = None,
    json: JsonOpt = False,
    jsonl: JsonlOpt = False,
) -> None:
    """Assign a user to the account with tasks."""
    out = output(json, jsonl)
    result = (
        session(ctx).client().account(account_id(account)).assigned_users.create(body={"user": user, "tasks": task})
    )
    out.record(result, f"added {user}")


@users_app.command("remove")
def users_remove(
    ctx: typer.Context,
    user: Annotated[str, typer.Argument(help="The user's id.", show_default=False)],
    account: AccountOpt = None,
    json: JsonOpt = False,
    jsonl: JsonlOpt = False,
) -> None:
    """Remove a user from the account."""
    out = output(json, jsonl)
    out.record(session(ctx).client().account(account_id(account)).assigned_users.delete(user=user), f"removed {user}")


@phones_app.command("list")
def phones_list(
    ctx: typer.Context,
    account: AccountOpt = None,
    limit: LimitOpt = None,
    json: JsonOpt = False,
    jsonl: JsonlOpt = False,
    progress: ProgressOpt = None,
) -> None:
    """List the account's phone numbers."""
    out = output(json, jsonl, progress)
    pager = session(ctx).client().account(account_id(account)).phone_numbers.list()
    columns = ["id", "display_phone_number", "verified_name", "quality_rating", "code_verification_status"]
    out.rows(_limited(out.listing(pager, "phone numbers"), limit), columns)


@apps_app.command("list")
def apps_list(ctx: typer.Context, account: AccountOpt = None, json: JsonOpt = False, jsonl: JsonlOpt = False) -> None:
    """List the apps subscribed to the account's webhooks."""
    out = output(json, jsonl)
    apps = [plain(app) for app in session(ctx).client().account(account_id(account)).subscribed_apps.list()]
    if out.mode is not Mode.TABLE:
        out.rows(apps, [])
        return
    rows = [{**(app.get("whatsapp_business_api_data") or {}), **app} for app in apps]
    out.rows(rows, ["id", "name", "link", "override_callback_uri"])


@apps_app.command("subscribe")
def apps_subscribe(
    ctx: typer.Context,
    account: AccountOpt = None,
    callback_uri: Annotated[str | None, typer.Option(help="Alternate https callback URL for this account.")] = None,
    verify_token_file: Annotated[Path | None, typer.Option(help="A file holding the callback's verify token.")] = None,
    json: JsonOpt = False,
    jsonl: JsonlOpt = False,
) -> None:
    """Subscribe this app to the account's webhooks."""
    out = output(json, jsonl)
    body: dict[str, Any] = {}
    if callback_uri:
        body["override_callback_uri"] = callback_uri
    if verify_token_file:
        body["verify_token"] = read_secret_file(verify_token_file, "verify token")
    result = session(ctx).client().account(account_id(account)).subscribed_apps.create(body=body or None)
    out.record(result, "subscribed")


@apps_app.command("unsubscribe")
def apps_unsubscribe(
    ctx: typer.Context, account: AccountOpt = None, json: JsonOpt = False, jsonl: JsonlOpt = False
) -> None:
    """Unsubscribe this app from the account's webhooks."""
    out = output(json, jsonl)
    out.record(session(ctx).client().account(account_id(account)).subscribed_apps.delete(), "unsubscribed")


@catalogs_app.command("list")
def catalogs_list(
    ctx: typer.Context, account: AccountOpt = None, json: JsonOpt = False, jsonl: JsonlOpt = False
) -> None:
    """List the connected product catalogs."""
    out = output(json, jsonl)
    out.rows(session(ctx).client().account(account_id(account)).product_catalogs.list(), ["id", "name", "vertical"])


@catalogs_app.command("connect")
def catalogs_connect(
    ctx: typer.Context,
    catalog: Annotated[str, typer.Argument(help="The catalog's id.", show_default=False)],
    account: AccountOpt = None,
    json: JsonOpt = False,
    jsonl: JsonlOpt = False,
) -> None:
    """Connect a product catalog to the account."""
    out = output(json, jsonl)
    catalogs = session(ctx).client().account(account_id(account)).product_catalogs
    out.record(catalogs.create(body={"catalog_id": catalog}), f"connected {catalog}")


@catalogs_app.command("disconnect")
def catalogs_disconnect(
    ctx: typer.Context,
    catalog: Annotated[str, typer.Argument(help="The catalog's id.", show_default=False)],
    account: AccountOpt = None,
    json: JsonOpt = False,
    jsonl: JsonlOpt = False,
) -> None:
    """Disconnect a product catalog from the account."""
    out = output(json, jsonl)
    catalogs = session(ctx).client().account(account_id(account)).product_catalogs
    out.record(catalogs.delete(catalog_id=catalog), f"disconnected {catalog}")


def timestamp(text: str) -> int:
    """Seconds since the epoch from digits, or from an ISO date or date-time (UTC when no zone)."""
    if text.isdigit():
        return int(text)
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"expected a Unix time or an ISO date such as 2026-01-31, got {text!r}") from None
    return int((moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).timestamp())


StartOpt = Annotated[str, typer.Option(help="Start: Unix time or ISO date (UTC).", show_default=False)]
EndOpt = Annotated[str, typer.Option(help="End: Unix time or ISO date (UTC).", show_default=False)]
GranularityOpt = Annotated[AnalyticsGranularity, typer.Option(help="Time step of the data points.")]
MetricOpt = Annotated[list[str] | None, typer.Option("--metric", help="A metric type (repeatable).")]
DimensionOpt = Annotated[list[str] | None, typer.Option("--dimension", help="A dimension (repeatable).")]


def _series(ctx: typer.Context, edge: str, account: str | None, json: bool, jsonl: bool, **arguments: Any) -> None:
    out = output(json, jsonl)
    analytics = session(ctx).client().account(account_id(account)).analytics
    rows: list[dict[str, Any]] = []
    for series in getattr(analytics, edge)(**{k: v for k, v in arguments.items() if v is not None}):
        data = plain(series)
        base = {k: v for k, v in data.items() if k != "data_points"}
        rows.extend({**base, **point} for point in data.get("data_points") or [])
    columns = list(dict.fromkeys(key for row in rows for key in row))[:8]
    if not rows and out.mode is Mode.TABLE:
        out.note("No data points for this period.")
        return
    out.rows(rows, columns)


@analytics_app.command("conversations")
def analytics_conversations(
    ctx: typer.Context, start: StartOpt, end: EndOpt, granularity: GranularityOpt = AnalyticsGranularity.DAILY,
    metric: MetricOpt = None, dimension: DimensionOpt = None, account: AccountOpt = None,
    json: JsonOpt = False, jsonl: JsonlOpt = False,
) -> None:  # fmt: skip
    """Conversation analytics: one row per data point."""
    _series(ctx, "conversations", account, json, jsonl, start=timestamp(start), end=timestamp(end),
            granularity=granularity, metric_types=metric, dimensions=dimension)  # fmt: skip


@analytics_app.command("pricing")
def analytics_pricing(
    ctx: typer.Context, start: StartOpt, end: EndOpt, granularity: GranularityOpt = AnalyticsGranularity.DAILY,
    metric: MetricOpt = None, dimension: DimensionOpt = None, account: AccountOpt = None,
    json: JsonOpt = False, jsonl: JsonlOpt = False,
) -> None:  # fmt: skip
    """Pricing analytics: one row per data point."""
    _series(ctx, "pricing", account, json, jsonl, start=timestamp(start), end=timestamp(end),
            granularity=granularity, metric_types=metric, dimensions=dimension)  # fmt: skip


@analytics_app.command("templates")
def analytics_templates(
    ctx: typer.Context, start: StartOpt, end: EndOpt,
    template: Annotated[list[str], typer.Option("--template", "-t", help="A template id (repeatable, up to 10).")],
    metric: MetricOpt = None, account: AccountOpt = None, json: JsonOpt = False, jsonl: JsonlOpt = False,
) -> None:  # fmt: skip
    """Template analytics (daily): one row per template and day."""
    _series(ctx, "templates", account, json, jsonl, start=timestamp(start), end=timestamp(end),
            granularity="DAILY", template_ids=template, metric_types=metric)  # fmt: skip


@analytics_app.command("calls")
def analytics_calls(
    ctx: typer.Context, start: StartOpt, end: EndOpt, granularity: GranularityOpt = AnalyticsGranularity.DAILY,
    metric: MetricOpt = None, dimension: DimensionOpt = None, account: AccountOpt = None,
    json: JsonOpt = False, jsonl: JsonlOpt = False,
) -> None:  # fmt: skip
    """Call analytics: one row per data point."""
    _series(ctx, "calls", account, json, jsonl, start=timestamp(start), end=timestamp(end),
            granularity=granularity, metric_types=metric, dimensions=dimension)  # fmt: skip


def usage(ctx: typer.Context, account: AccountOpt = None, json: JsonOpt = False, jsonl: JsonlOpt = False) -> None:
    """Rate-limit usage Graph reports (percent of each budget), read from one light call on the account."""
    out = output(json, jsonl)
    client = session(ctx).client()
    waba = account_id(account)
    client.account(waba).get(fields=["id"])
    snapshot = client.usage
    rows: list[dict[str, Any]] = []
    if snapshot.app is not None:
        rows.append({"scope": "app", **plain(snapshot.app)})
    for business, entries in snapshot.business.items():
        rows.extend({"scope": f"business {business}", **plain(entry)} for entry in entries)
    if not rows and out.mode is Mode.TABLE:
        out.note("Graph reported no usage yet (its headers come once enough calls were made).")
        return
    columns = ["scope", "type", "call_count", "total_cputime", "total_time", "estimated_time_to_regain_access"]
    out.rows(rows, columns)


def sandbox(
    args: Annotated[
        list[str] | None, typer.Argument(help="Options of the sandbox (see `waba sandbox -- --help`).")
    ] = None,
) -> None:
    """Run the offline Graph sandbox (the waba-sandbox package) and print the lines to export."""
    launcher = import_sandbox("waba_sandbox.__main__")
    if launcher is None:
        raise CommandError('the sandbox is not installed: pip install "waba[sandbox]"', EXIT_FAILED)
    raise typer.Exit(launcher.main(args or []))
