"""Glyph codes: a character of its own for each (font, glyph, text) a paragraph draws.

ReportLab writes text as characters and looks each up in the font's cmap; a
shaped glyph (a ligature, a conjunct, a contextual form) has no character of
its own. Each such glyph gets one here, from Unicode plane 15 (private use),
added to the font's cmap and widths; `text_of` says what the code reads as,
which the PDF's ToUnicode map then gives extractors (`pdf.reportlab`).
Codes live as long as the process: a font let go (`faces.let_go_of_fonts`) and
registered again is given back its codes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

_FIRST_CODE = 0xF0000


class GlyphCodes:
    """The codes handed out in this process and the text each reads as."""

    def __init__(self) -> None:
        # By the code's character, not its number: drawing asks what its codes read as
        # (`text_of_code`, 33,000 times building shard 1/8), each a character already; by
        # number, each code was gone through character by character (a generator, `ord`,
        # `chr` again for the default) and joined back.
        self._text: dict[str, str] = {}
        self._fonts: dict[str, FontGlyphCodes] = {}

    def of_font(self, font: Any) -> FontGlyphCodes:
        """The codes of ReportLab font `font`'s glyphs."""
        codes = self._fonts.get(font.fontName)
        if codes is None:
            codes = self._fonts[font.fontName] = FontGlyphCodes(font, self._text)
        elif codes.face is not font.face:
            codes.give_to(font.face)
        return codes

    def let_go_of_faces(self, font_names: Iterable[str]) -> None:
        """Let go of the fonts' parsed faces (`faces.let_go_of_fonts`), their codes kept: a
        run kept by the shaping caches draws the same codes in a font registered again
        (`faces.ensure_registered` asks `of_font`, which gives them to its new face)."""
        for name in font_names:
            codes = self._fonts.get(name)
            if codes is not None:
                codes.face = None

    def code(self, font: Any, glyph: int, text: str) -> str:
        """A character that draws `glyph` of ReportLab font `font` and reads back as `text`."""
        return self.of_font(font).code(glyph, text)

    def text_of(self, point: int) -> str:
        """What the character `point` reads as (itself unless it is a glyph code)."""
        return self.text_of_code(chr(point))

    def text_of_code(self, code: str) -> str:
        """What a code drawn (one character, or "": a glyph drawn as its outline) reads as:
        itself unless it is a glyph code."""
        return self._text.get(code, code)


class FontGlyphCodes:
    """The codes of one font's glyphs, looked up by glyph and text alone: shaping asks for
    the code of every glyph of every line it draws."""

    def __init__(self, font: Any, text: dict[str, str]) -> None:
        self.face: Any = font.face  # None while the font is let go
        self._text = text  # what each code of the process reads as (`GlyphCodes`)
        self._codes: dict[tuple[int, str], str] = {}

    def code(self, glyph: int, text: str) -> str:
        """A character that draws `glyph` of the font and reads back as `text`."""
        code = self._codes.get((glyph, text))
        if code is None:
            point = _FIRST_CODE + len(self._text)
            _add_code(self.face, point, glyph)
            code = self._codes[(glyph, text)] = chr(point)
            self._text[code] = text
        return code

    def give_to(self, face: Any) -> None:
        """Add the codes handed out to `face`, the font's face parsed again after it was
        let go, so that each draws the glyph it drew before."""
        for (glyph, _), code in self._codes.items():
            _add_code(face, ord(code), glyph)
        self.face = face


def _add_code(face: Any, point: int, glyph: int) -> None:
    """Add the code `point` to a parsed face's cmap and widths, for `glyph`."""
    face.charToGlyph[point] = glyph
    face.charWidths[point] = face.hmetrics[glyph][0] * 1000 / face.unitsPerEm


GLYPH_CODES = GlyphCodes()
