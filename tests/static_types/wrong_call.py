"""A call mypy must refuse (checked by test_signatures_typecheck.py; never run): an enum value that does not exist."""

from waba import WabaClient


def f(c: WabaClient) -> None:
    c.account("1").message_templates.list(category=["PROMO"])
