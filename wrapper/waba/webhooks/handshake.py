"""The subscription handshake: Graph GETs the callback URL with `hub.mode=subscribe`, `hub.verify_token` and
`hub.challenge`, and expects the challenge back with status 200."""

from __future__ import annotations

import hmac
import re
from collections.abc import Mapping
from urllib.parse import parse_qs

from ..errors import SubscriptionVerificationError, ValidationError

#: A challenge is echoed back as text/plain; it must be short, visible ASCII (Graph sends digits).
_CHALLENGE = re.compile(r"[\x21-\x7e]{1,1024}")


def _params(query: Mapping[str, str] | str) -> Mapping[str, str]:
    if isinstance(query, str):
        parsed = parse_qs(query, keep_blank_values=True)
        repeated = sorted(name for name, values in parsed.items() if name.startswith("hub.") and len(values) > 1)
        if repeated:
            raise SubscriptionVerificationError(f"The handshake repeats {', '.join(repeated)}: refuse it.")
        return {name: values[0] for name, values in parsed.items()}
    if isinstance(query, Mapping):
        return query
    raise ValidationError(f"query must be the request's query string or its parameters, not {type(query).__name__}.")


def verify_subscription(query: Mapping[str, str] | str, verify_token: str) -> str:
    """The `hub.challenge` to answer Graph's subscription request with (status 200, the challenge as the body).

    `query` is the GET request's query string or its parsed parameters; `verify_token` the string you entered in
    the App Dashboard (compared in constant time). Raises SubscriptionVerificationError when `hub.mode` is not
    `subscribe`, the verify token differs or the challenge is missing or unusable (answer 403), and
    ValidationError when `verify_token` is empty.
    """
    if not isinstance(verify_token, str) or not verify_token:
        raise ValidationError("verify_token must be the non-empty string you configured as the webhook's verify token.")
    params = _params(query)
    mode = params.get("hub.mode")
    if mode != "subscribe":
        found = "missing" if mode is None else f"{str(mode)[:32]!r}"
        raise SubscriptionVerificationError(f"hub.mode must be 'subscribe' ({found}): not a subscription request.")
    token = params.get("hub.verify_token")
    if not isinstance(token, str) or not hmac.compare_digest(token.encode(), verify_token.encode()):
        raise SubscriptionVerificationError(
            "hub.verify_token does not match your verify token: the request is not from your app's webhook "
            "configuration (or the token configured in the App Dashboard differs)."
        )
    challenge = params.get("hub.challenge")
    if not isinstance(challenge, str) or not _CHALLENGE.fullmatch(challenge):
        raise SubscriptionVerificationError(
            "hub.challenge is missing or is not 1 to 1024 visible ASCII characters: nothing safe to echo back."
        )
    return challenge
