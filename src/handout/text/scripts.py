"""The script of a character (an ISO 15924 code such as "Latn"), as Unicode gives it."""

from __future__ import annotations

from functools import lru_cache

from fontTools.unicodedata import script

__all__ = ["script_of"]


@lru_cache(maxsize=8192)
def script_of(character: str) -> str:
    """The script of `character`, kept once asked: fontTools searches its table for it
    each time, and font choice and line breaking ask for every character of every
    paragraph."""
    return str(script(character))
