"""Meta's supported message template languages: the only codes the seed uses and create calls accept.

From Meta's supported-languages reference: the long-standing list (language alone, or language and region) and
the regional codes Meta added since. A create or upsert with any other code is refused with Graph's error 100.
"""

from __future__ import annotations

from .graph_errors import GraphError, invalid_parameter

SUPPORTED = frozenset(
    {
        # The long-standing list.
        "af", "sq", "ar", "az", "bn", "bg", "ca", "zh_CN", "zh_HK", "zh_TW", "hr", "cs", "da", "nl", "en", "en_GB",
        "en_US", "et", "fil", "fi", "fr", "ka", "de", "el", "gu", "ha", "he", "hi", "hu", "id", "ga", "it", "ja",
        "kn", "kk", "rw_RW", "ko", "ky_KG", "lo", "lv", "lt", "mk", "ms", "ml", "mr", "nb", "fa", "pl", "pt_BR",
        "pt_PT", "pa", "ro", "ru", "sr", "sk", "sl", "es", "es_AR", "es_ES", "es_MX", "sw", "sv", "ta", "te", "th",
        "tr", "uk", "ur", "uz", "vi", "zu",
        # Regional codes added later.
        "ar_EG", "ar_AE", "ar_LB", "ar_MA", "ar_QA", "be_BY", "bn_IN", "prs_AF", "nl_BE", "en_AE", "en_AU", "en_CA",
        "en_GH", "en_IE", "en_IN", "en_JM", "en_MY", "en_NZ", "en_QA", "en_SG", "en_UG", "en_ZA", "fr_BE", "fr_CA",
        "fr_CH", "fr_CI", "fr_MA", "de_AT", "de_CH",
    }
)  # fmt: skip


def unsupported_language(code: str) -> GraphError:
    """Graph's error 100 for a language outside the supported list."""
    return invalid_parameter(
        "Invalid parameter",
        user_title="Language not supported",
        user_message=f"The language code {code} is not one of the languages message templates support; use a code "
        "from Meta's supported-language list, such as en_US, pt_BR or fr.",
    )


def check_language(code: str) -> None:
    """Raise Graph's error 100 unless `code` is a supported template language."""
    if code not in SUPPORTED:
        raise unsupported_language(code)
