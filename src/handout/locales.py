"""Locale codes: validated before any file is touched, and spelled for each use.

A locale code names a folder under ``locales/`` and a file under ``output/``,
so it is checked against a strict pattern first (no path characters), then
against Babel's CLDR data.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale, UnknownLocaleError

from .errors import LocaleError

SOURCE_LOCALE = "en"

# language, then optional script/region/variant subtags joined by "_" (Babel's spelling).
_LOCALE_PATTERN = re.compile(r"[A-Za-z]{2,3}(?:_[A-Za-z0-9]{2,8})*")


@cache
def parse_locale(code: str) -> Locale:
    """Return Babel's Locale for `code`, or raise LocaleError if it is not a real locale."""
    if not _LOCALE_PATTERN.fullmatch(code):
        raise LocaleError(
            f"{code!r} is not a locale code (expected something like 'es', 'zh_Hans' or 'pt_BR')"
        )
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        raise LocaleError(f"unknown locale {code!r}: not in Babel's CLDR data") from None


def bcp47_tag(code: str) -> str:
    """The BCP 47 language tag for a locale code, as PDF /Lang wants it: zh_Hans -> zh-Hans."""
    parse_locale(code)
    return code.replace("_", "-")


def is_right_to_left(tag: str) -> bool:
    """Whether the language of a BCP 47 tag (or locale code) is written right to left."""
    return parse_locale(tag.replace("-", "_")).character_order == "right-to-left"
