"""The script of a character (an ISO 15924 code such as "Latn"), as Unicode gives it, the
colons of the scripts, and the word separators drawn as a sign."""

from __future__ import annotations

from functools import lru_cache

__all__ = ["COLONS", "WORD_SEPARATORS", "script_of"]

# The marks that end a line introducing what follows it (a lead-in, "Your care may
# include:"), in every script: the Latin colon, the full-width and vertical ones of CJK,
# Khmer's camnuc pii kuuh, Ethiopic's colon and preface colon, and Mongolian's. The
# Latin one alone kept a Khmer lead-in ("...រួមមាន៖") with its list.
COLONS = ":\uff1a\ufe13\u17d6\u1365\u1366\u1804"
# Word separators drawn as a sign, not as a space: Ethiopic's wordspace ፡ (U+1361, UAX #14
# class BA), with which Amharic and Tigrinya may be written in place of spaces. A line
# may end after one (the break reading back as no space: the sign itself parts the
# words), and lint's rules read one as a space ("6፡ሰሙን" is 6 weeks).
WORD_SEPARATORS = "\u1361"


@lru_cache(maxsize=8192)
def script_of(character: str) -> str:
    """The script of `character`, kept once asked: fontTools searches its table for it
    each time, and font choice and line breaking ask for every character of every
    paragraph. fontTools is imported here, not with the module: lint's rules read
    `COLONS`, and a build with nothing to do loads no fontTools."""
    from fontTools.unicodedata import script

    return str(script(character))
