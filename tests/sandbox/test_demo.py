"""`make demo` walks a WABA admin's day against the sandbox and reports it."""

from __future__ import annotations

import io
import re

from waba_sandbox.demo.day import run


def test_the_demo_runs_the_whole_day_and_reports() -> None:
    out = io.StringIO()
    assert run(out) == 0
    text = out.getvalue()
    for section in ("The account", "All message templates, page by page", "A new template",
                    "The approval, as a webhook", "A user assigned and removed", "Phone numbers and subscribed apps",
                    "Conversation analytics", "A rate limit", "Report"):  # fmt: skip
        assert f"== {section}" in text
    assert re.search(r"\[#{30}\] 320/320 templates", text)
    assert "status PENDING" in text
    assert text.count("signature verified, parsed MessageTemplateStatusUpdateValue") == 2
    assert re.search(r"PENDING for demo_order_ready, WABA 102290129340398.*\n.*\n.*APPROVED for demo_order_ready", text)
    assert "the API agrees: status APPROVED" in text
    assert re.search(r"template review by webhook +PENDING -> APPROVED", text)
    assert "RateLimitError code 80008" in text
    assert "sandbox and receiver stopped" in text
