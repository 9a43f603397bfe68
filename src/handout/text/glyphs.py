"""Glyph codes: a character of its own for each (font, glyph, text) a paragraph draws.

ReportLab writes text as characters and looks each up in the font's cmap; a
shaped glyph (a ligature, a conjunct, a contextual form) has no character of
its own. Each such glyph gets one here, from Unicode plane 15 (private use),
added to the font's cmap and widths; `text_of` says what the code reads as,
which the PDF's ToUnicode map then gives extractors (`pdf.reportlab`).
Codes live as long as the process, like the fonts they belong to.
"""

from __future__ import annotations

from typing import Any

_FIRST_CODE = 0xF0000


class GlyphCodes:
    """The codes handed out in this process and the text each reads as."""

    def __init__(self) -> None:
        self._text: dict[int, str] = {}
        self._codes: dict[tuple[str, int, str], str] = {}

    def code(self, font: Any, glyph: int, text: str) -> str:
        """A character that draws `glyph` of ReportLab font `font` and reads back as `text`."""
        key = (font.fontName, glyph, text)
        code = self._codes.get(key)
        if code is None:
            point = _FIRST_CODE + len(self._text)
            face = font.face
            face.charToGlyph[point] = glyph
            face.charWidths[point] = face.hmetrics[glyph][0] * 1000 / face.unitsPerEm
            self._text[point] = text
            code = self._codes[key] = chr(point)
        return code

    def text_of(self, point: int) -> str:
        """What the character `point` reads as (itself unless it is a glyph code)."""
        return self._text.get(point, chr(point))

    def is_code(self, point: int) -> bool:
        return point in self._text


GLYPH_CODES = GlyphCodes()
