"""What users see of waba.webhooks: names, signatures, docstrings, errors in waba.errors, a light `import waba`."""

from __future__ import annotations

import inspect
import subprocess
import sys

import waba
import waba.errors
from waba import webhooks


def test_the_public_functions_have_the_documented_signatures() -> None:
    assert list(inspect.signature(webhooks.verify_signature).parameters) == ["raw_body", "header", "app_secret"]
    assert list(inspect.signature(webhooks.verify_subscription).parameters) == ["query", "verify_token"]
    assert list(inspect.signature(webhooks.parse).parameters) == ["raw_body"]
    for factory in (webhooks.asgi_app, webhooks.wsgi_app):
        parameters = inspect.signature(factory).parameters
        assert list(parameters) == ["app_secret", "verify_token", "on_events", "max_body_bytes"]
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters.values())
    for name in webhooks.__all__:
        assert inspect.getdoc(getattr(webhooks, name)) or not callable(getattr(webhooks, name)), name
    assert "Raises" in (webhooks.parse.__doc__ or "") and "Raises" in (webhooks.verify_signature.__doc__ or "")


def test_the_errors_are_one_family_in_waba_errors() -> None:
    family = (waba.errors.InvalidSignatureError, waba.errors.WebhookPayloadError,
              waba.errors.SubscriptionVerificationError)  # fmt: skip
    for cls in family:
        assert issubclass(cls, waba.errors.WebhookError) and issubclass(cls, waba.WabaError)
        assert getattr(waba, cls.__name__) is cls and getattr(webhooks, cls.__name__) is cls
    assert issubclass(waba.errors.WebhookPayloadError, ValueError)
    assert "WebhookError" in (waba.errors.__doc__ or "")


def test_import_waba_does_not_import_the_webhooks_until_asked() -> None:
    loaded = "print('waba.webhooks' in sys.modules)"
    code = f"import sys, waba; {loaded}; waba.webhooks.parse; {loaded}"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.split() == ["False", "True"]
    assert "webhooks" in waba.__all__ and waba.webhooks is webhooks
