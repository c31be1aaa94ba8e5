"""Apps and commerce on an account: webhook subscriptions (subscribed apps), product catalogs, payment
configurations (and fresh OAuth links for them) and the conversions dataset."""

from __future__ import annotations

from typing import Any

from ..fieldsel import select
from ..graph_errors import invalid_parameter
from ..store import visible
from .context import Context, handles
from .paging import page, requested_fields


@handles("listSubscribedApps")
def list_subscribed_apps(ctx: Context) -> Any:
    items = []
    for app_id, extra in ctx.account.subscribed_apps.items():
        app = ctx.store.apps[app_id]
        items.append({"whatsapp_business_api_data": {"id": app_id, "link": app["link"], "name": app["name"]}, **extra})
    return page(
        ctx,
        items,
        schema="SubscribedApp",
        default=["whatsapp_business_api_data", "override_callback_uri"],
        edge="subscribed_apps",
    )


@handles("createSubscribedApp")
def create_subscribed_app(ctx: Context) -> Any:
    extra = {}
    if ctx.body_value("override_callback_uri"):
        extra["override_callback_uri"] = ctx.body_value("override_callback_uri")
    ctx.account.subscribed_apps[ctx.sandbox.config.app_id] = extra
    return {"success": True}


@handles("deleteSubscribedApp")
def delete_subscribed_app(ctx: Context) -> Any:
    ctx.account.subscribed_apps.pop(ctx.sandbox.config.app_id, None)
    return {"success": True}


@handles("listProductCatalogs")
def list_catalogs(ctx: Context) -> Any:
    items = [visible(ctx.store.catalogs[c]) for c in ctx.account.catalogs]
    return page(ctx, items, schema="ProductCatalog", default=["id", "name"], edge="product_catalogs")


@handles("createProductCatalog")
def connect_catalog(ctx: Context) -> Any:
    account = ctx.account
    catalog_id = str(ctx.body_value("catalog_id"))
    catalog = ctx.store.catalogs.get(catalog_id)
    if catalog is None or catalog["_business"] != account.owner_business:
        raise invalid_parameter(f"Param catalog_id must be a catalog of the account's business, got {catalog_id}")
    if account.catalogs and account.catalogs != [catalog_id]:
        raise invalid_parameter("A catalog is already connected to this account; disconnect it first")
    account.catalogs = [catalog_id]
    return {"success": True}


@handles("deleteProductCatalog")
def disconnect_catalog(ctx: Context) -> Any:
    account = ctx.account
    catalog_id = str(ctx.params["catalog_id"])
    if catalog_id not in account.catalogs:
        raise invalid_parameter(f"Catalog {catalog_id} is not connected to this account")
    account.catalogs.remove(catalog_id)
    return {"success": True}


# -- payments and dataset ----------------------------------------------------------------------------------------------


@handles("getPaymentConfiguration")
def get_payment_configuration(ctx: Context) -> Any:
    configuration = ctx.account.payment_configurations.get(str(ctx.params["configuration_name"]))
    if configuration is None:
        raise invalid_parameter(f"Payment configuration {ctx.params['configuration_name']} was not found")
    fields = requested_fields(ctx, "PaymentConfiguration", list(configuration))
    return {"data": [select(configuration, fields)]}


@handles("createPaymentConfiguration")
def create_payment_configuration(ctx: Context) -> Any:
    account = ctx.account
    body = ctx.body or {}
    name = str(body["configuration_name"])
    if name in account.payment_configurations:
        raise invalid_parameter(f"A payment configuration named {name} already exists")
    provider = str(body["provider_name"])
    if provider == "UPI_VPA" and "merchant_vpa" not in body:
        raise invalid_parameter("The parameter merchant_vpa is required for provider UPI_VPA")
    now = int(ctx.sandbox.config.clock())
    mcc = str(body.get("merchant_category_code", "0000"))
    purpose = str(body.get("purpose_code", "00"))
    configuration = {
        "configuration_name": name,
        "provider_name": provider.lower(),
        "status": "Needs_Testing" if provider == "UPI_VPA" else "Needs_Connecting",
        "merchant_category_code": {"code": mcc, "description": f"MCC {mcc}"},
        "purpose_code": {"code": purpose, "description": f"Purpose {purpose}"},
        "created_timestamp": now,
        "updated_timestamp": now,
    }
    if "merchant_vpa" in body:
        configuration["merchant_vpa"] = body["merchant_vpa"]
    account.payment_configurations[name] = configuration
    answer: dict[str, Any] = {"success": True}
    if provider != "UPI_VPA":
        answer["oauth_url"] = f"https://payments.example.com/oauth/{provider.lower()}?state={name}"
        answer["expiration"] = now + 600
    return answer


@handles("createPaymentConfigurationOauthLink")
def payment_oauth_link(ctx: Context) -> Any:
    name = str(ctx.body_value("configuration_name"))
    configuration = ctx.account.payment_configurations.get(name)
    if configuration is None:
        raise invalid_parameter(f"Payment configuration {name} was not found")
    if configuration["provider_name"] == "upi_vpa":
        raise invalid_parameter(f"Payment configuration {name} uses UPI VPA, which is not linked through OAuth")
    now = int(ctx.sandbox.config.clock())
    return {
        "oauth_url": f"https://payments.example.com/oauth/{configuration['provider_name']}?state={name}&t={now}",
        "expiration": now + 600,
    }


@handles("deletePaymentConfiguration")
def delete_payment_configuration(ctx: Context) -> Any:
    name = str(ctx.params["configuration_name"])
    if ctx.account.payment_configurations.pop(name, None) is None:
        raise invalid_parameter(f"Payment configuration {name} was not found")
    return {"success": True}


@handles("listPaymentConfigurations")
def list_payment_configurations(ctx: Context) -> Any:
    configurations = list(ctx.account.payment_configurations.values())
    fields = requested_fields(ctx, "PaymentConfigurationGroup", ["payment_configurations"])
    return {"data": [select({"payment_configurations": configurations}, fields)]}


@handles("getDataset")
def get_dataset(ctx: Context) -> Any:
    dataset = ctx.account.dataset
    fields = requested_fields(ctx, "Dataset", ["id", "name"])
    return {"data": [select(dataset, fields)] if dataset else []}


@handles("createDataset")
def create_dataset(ctx: Context) -> Any:
    account = ctx.account
    if account.dataset is None:
        account.dataset = {"id": ctx.store.ids.new(), "name": ctx.body_value("dataset_name") or account.node["name"]}
    return {"id": account.dataset["id"]}
