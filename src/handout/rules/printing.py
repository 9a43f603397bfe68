"""What a PDF cannot read back of a text: right-to-left letters beyond U+FFFF, which the
build's check reads back out of order. (The characters no face has: `faces.FontChain`.)
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..errors import ReadbackError, abbreviate

if TYPE_CHECKING:
    from ..document import PrintedText

__all__ = ["read_back_reversed", "refuse_unreadable", "unreadable"]


def read_back_reversed(text: str) -> list[str]:
    """The right-to-left letters of `text` beyond U+FFFF (Adlam, Hanifi Rohingya, Mende
    Kikakui, Old Hungarian, Yezidi...), in order, each once. pypdf, which the build's
    check reads PDFs with, takes text as right to left only in its blocks below U+FFFF
    (Hebrew to N'Ko, and the presentation forms): with Noto's faces, every such script
    came back from pypdf each word back to front, from pdftotext line by line back to
    front, and not at all from PDFium, and each PDF failed its check; every script below
    U+FFFF came back right from pypdf, and so did Medefaidrin, left to right beyond it."""
    return [
        character
        for character in dict.fromkeys(text)
        if ord(character) > 0xFFFF and unicodedata.bidirectional(character) in ("R", "AL")
    ]


def unreadable(text: str, locale: str, written: str = "") -> str | None:
    """A sentence saying that `text` (plain text, as printed) holds letters the build's
    check cannot read back (see `read_back_reversed`), naming the script and the first of
    them; `written`: where the text came from, when no catalog line says it. The same
    sentence in lint and build."""
    letters = read_back_reversed(text)
    if not letters:
        return None
    from fontTools.unicodedata import script_name  # fontTools: only for such a letter

    from ..text.scripts import script_of

    first = letters[0]
    name = script_name(script_of(first)).replace("_", " ")
    more = "…" if len(letters) > 1 else ""
    return (
        f"locale {locale}: {name} text (U+{ord(first):04X} {first!r}{more}{written}) is read "
        "back out of order by pypdf and Poppler and not at all by PDFium, so its PDFs would "
        "fail their check: not supported (right-to-left letters beyond U+FFFF)"
    )


def refuse_unreadable(texts: Iterable[PrintedText], locale: str) -> None:
    """Refuse a PDF whose text holds letters its check cannot read back, before anything is
    drawn or a font looked for, naming the file and line it came from, as
    `FontChain.preflight` does. A text someone wrote is named first, then what handout
    writes itself (a date as CLDR spells it), by the text."""
    for text, path, line, written in sorted(texts, key=lambda found: found.written):
        note = f" in {abbreviate(text, 40)!r}, which handout writes" if written else ""
        sentence = unreadable(text, locale, note)
        if sentence:
            raise ReadbackError(sentence, path, line)
