"""Shaping: HarfBuzz turns a run of one face, weight and direction into placed glyphs.

Each glyph is drawn through a glyph code (`glyphs`) whose text is its share of
its cluster, as `readback.cluster_glyphs` decides, so that extraction gives
back the characters the glyphs stand for; the words of a run are kept apart,
spaces between them, for the drawing and its /ActualText spans.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import uharfbuzz as harfbuzz

from ..errors import FontError
from ..faces import ensure_registered, font_data
from ..readback import PlacedGlyph, cluster_glyphs
from .glyphs import GLYPH_CODES


@dataclass(frozen=True)
class ShapedWord:
    """A word's glyphs in writing order, and its text in logical order ("": a space)."""

    text: str
    glyphs: tuple[PlacedGlyph, ...]


@dataclass(frozen=True)
class ShapedRun:
    """One run of one face and one direction, shaped, in the order it is written."""

    text: str
    font_name: str
    size: float
    width: float
    rtl: bool
    words: tuple[ShapedWord, ...]
    ink_left: float = 0.0  # where its leftmost ink starts (negative: left of the run)
    ink_right: float = 0.0  # where its rightmost ink ends (beyond `width`: past the run)


@cache
def harfbuzz_font(font_name: str) -> harfbuzz.Font:
    """HarfBuzz's view of a font registered with ReportLab."""
    data, index = font_data(font_name)
    return harfbuzz.Font(harfbuzz.Face(harfbuzz.Blob(data), index))


@lru_cache(maxsize=65536)
def shape_run(text: str, font_name: str, size: float, rtl: bool) -> ShapedRun:
    """Shape `text` with HarfBuzz and give each glyph a code that reads back right."""
    font = ensure_registered(font_name)
    scale = size / font.face.unitsPerEm
    buffer = harfbuzz.Buffer()
    buffer.add_str(text)
    buffer.direction = "rtl" if rtl else "ltr"
    buffer.guess_segment_properties()
    harfbuzz.shape(harfbuzz_font(font_name), buffer, {"kern": True, "liga": True})
    pen = 0.0
    ink_left, ink_right = 0.0, 0.0
    hb_font = harfbuzz_font(font_name)
    glyphs: list[tuple[int, int, float, float]] = []  # glyph, cluster, x, y
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        if info.codepoint == 0:
            character = text[info.cluster]
            raise FontError(f"{font_name} has no glyph for {character!r} (U+{ord(character):04X})")
        x = pen + position.x_offset * scale
        extents = hb_font.get_glyph_extents(info.codepoint)
        if extents is not None and extents.width:
            ink_left = min(ink_left, x + extents.x_bearing * scale)
            ink_right = max(ink_right, x + (extents.x_bearing + extents.width) * scale)
        glyphs.append((info.codepoint, info.cluster, x, position.y_offset * scale))
        pen += position.x_advance * scale
    starts = sorted({cluster for _, cluster, _, _ in glyphs})
    ends = [*starts[1:], len(text)]
    cluster_text = {start: text[start:end] for start, end in zip(starts, ends, strict=True)}
    by_cluster: dict[int, list[tuple[int, float, float]]] = {}
    for glyph, cluster, x, y in glyphs:
        by_cluster.setdefault(cluster, []).append((glyph, x, y))
    clusters = [
        (cluster_text[start], by_cluster[start])
        for start in dict.fromkeys(cluster for _, cluster, _, _ in glyphs)
    ]
    return ShapedRun(
        text,
        font_name,
        size,
        pen,
        rtl,
        tuple(_words(font, clusters, rtl)),
        ink_left,
        max(ink_right, pen),
    )


def _words(
    font: object, clusters: list[tuple[str, list[tuple[int, float, float]]]], rtl: bool
) -> Iterator[ShapedWord]:
    """Group a run's clusters into words; spaces stand outside words."""
    word: list[tuple[str, list[PlacedGlyph]]] = []
    for text, glyphs in clusters:
        placed = cluster_glyphs(
            lambda glyph, share: GLYPH_CODES.code(font, glyph, share), font, text, glyphs, rtl
        )
        if text.isspace():
            yield from _word(word, rtl)
            word = []
            yield ShapedWord("", tuple(placed))
        else:
            word.append((text, placed))
    yield from _word(word, rtl)


def _word(clusters: list[tuple[str, list[PlacedGlyph]]], rtl: bool) -> Iterator[ShapedWord]:
    if clusters:
        logical = "".join(text for text, _ in (reversed(clusters) if rtl else clusters))
        yield ShapedWord(logical, tuple(glyph for _, glyphs in clusters for glyph in glyphs))
