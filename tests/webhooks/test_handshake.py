"""verify_subscription: Graph's GET with hub.mode, hub.verify_token and hub.challenge."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from waba.errors import SubscriptionVerificationError, ValidationError
from waba.webhooks import verify_subscription

from .helpers import VERIFY_TOKEN

GOOD = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1158201444"}


def test_the_challenge_comes_back_from_params_or_a_query_string() -> None:
    assert verify_subscription(GOOD, VERIFY_TOKEN) == "1158201444"
    assert verify_subscription(urlencode(GOOD), VERIFY_TOKEN) == "1158201444"
    assert verify_subscription(urlencode({**GOOD, "hub.challenge": "a+b/c=="}), VERIFY_TOKEN) == "a+b/c=="


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({**GOOD, "hub.verify_token": "guess"}, "does not match your verify token"),
        ({**GOOD, "hub.verify_token": VERIFY_TOKEN + "x"}, "does not match"),
        ({k: v for k, v in GOOD.items() if k != "hub.verify_token"}, "does not match"),
        ({**GOOD, "hub.mode": "unsubscribe"}, "hub.mode must be 'subscribe'"),
        ({k: v for k, v in GOOD.items() if k != "hub.mode"}, "hub.mode must be 'subscribe' \\(missing\\)"),
        ({k: v for k, v in GOOD.items() if k != "hub.challenge"}, "hub.challenge is missing"),
        ({**GOOD, "hub.challenge": ""}, "hub.challenge"),
        ({**GOOD, "hub.challenge": "<script>alert(1)</script> x"}, "hub.challenge"),
        ({**GOOD, "hub.challenge": "1\r\nSet-Cookie: a=b"}, "hub.challenge"),
        ({**GOOD, "hub.challenge": "9" * 1025}, "hub.challenge"),
        ({**GOOD, "hub.verify_token": "vérify"}, "does not match"),
    ],
)
def test_anything_else_is_refused(params: dict[str, str], message: str) -> None:
    with pytest.raises(SubscriptionVerificationError, match=message) as caught:
        verify_subscription(params, VERIFY_TOKEN)
    assert VERIFY_TOKEN not in str(caught.value)


def test_a_repeated_parameter_is_ambiguous_and_refused() -> None:
    query = urlencode(GOOD) + "&hub.verify_token=other"
    with pytest.raises(SubscriptionVerificationError, match=r"repeats hub\.verify_token"):
        verify_subscription(query, VERIFY_TOKEN)


def test_bad_arguments_are_validation_errors() -> None:
    with pytest.raises(ValidationError, match="verify_token"):
        verify_subscription(GOOD, "")
    with pytest.raises(ValidationError, match="query"):
        verify_subscription(42, VERIFY_TOKEN)  # type: ignore[arg-type]
