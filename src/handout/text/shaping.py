"""Shaping: HarfBuzz turns a run of one face, weight and direction into placed glyphs.

Each glyph is drawn through a glyph code (`glyphs`) whose text is its share of
its cluster, as `readback.cluster_glyphs` decides, so that extraction gives
back the characters the glyphs stand for; the words of a run are kept apart,
spaces between them, for the drawing and its /ActualText spans.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache, wraps
from typing import Any, NamedTuple, ParamSpec, TypeVar, cast

import uharfbuzz as harfbuzz

from ..errors import FontError
from ..faces import ensure_registered, font_data, outlines_name
from ..locales import SOURCE_LOCALE, language_of
from ..readback import PlacedGlyph, cluster_glyphs
from .glyphs import GLYPH_CODES, FontGlyphCodes


class InkBox(NamedTuple):  # a tuple, not a dataclass: one is made for many glyphs
    """Where a glyph's ink lies, in points: from the left edge of its line (`Line.ink`) or
    paragraph, and above its baseline (a bottom below zero reaches below the baseline)."""

    left: float
    right: float
    bottom: float
    top: float


# How many of `ShapedRun.ink` each glyph with ink has: an InkBox's four fields.
_INK_FIELDS = 4


@dataclass(frozen=True)
class ShapedRun:
    """One run of one face and one direction, shaped, in the order it is written. Its
    glyphs are held a field to a tuple (a glyph's number in the run is its place in
    each), its words as their texts and ends, and its ink in one tuple, not in a tuple
    or an object each: the shaping caches keep many runs, and the cycle collector walks
    every object kept once (those of the glyphs and words were about a third of the
    young objects it walked)."""

    text: str
    font_name: str
    size: float
    width: float
    rtl: bool
    # Its words in writing order, spaces between them: each word's text in logical order
    # ("": a space), and the number of the glyph after its last (`word_glyphs`).
    words: tuple[str, ...]
    word_ends: tuple[int, ...]
    # Its glyphs in writing order: each one's text code ("": drawn as its outline,
    # `readback.cluster_glyphs`), the glyph, and its x from the run's left edge and y
    # above the baseline, in points.
    codes: tuple[str, ...]
    glyphs: tuple[int, ...]
    xs: tuple[float, ...]
    ys: tuple[float, ...]
    # The ink of each glyph that has some, from the run's left edge and baseline: an
    # InkBox's fields, one glyph after another (`glyph_inks`). Most runs' glyphs are never
    # looked at one by one, only the ink of the whole run, worked out as it is shaped:
    ink: tuple[float, ...]
    ink_left: float  # where its leftmost ink starts, or its left edge (negative: before it)
    ink_right: float  # where its rightmost ink ends, or its advance (past `width`: beyond)
    ink_bottom: float  # its lowest ink (below zero: under the baseline)
    ink_top: float  # its highest ink

    def word_glyphs(self, number: int) -> range:
        """The numbers of the glyphs of its `number`th word."""
        return range(self.word_ends[number - 1] if number else 0, self.word_ends[number])

    def glyph_inks(self, x: float) -> Iterator[InkBox]:
        """The ink of each glyph that has some, from a left edge `x` left of the run's."""
        fields = iter(self.ink)  # zip takes a glyph's four in turn
        for left, right, bottom, top in zip(fields, fields, fields, fields, strict=True):
            yield InkBox(x + left, x + right, bottom, top)


@cache
def harfbuzz_font(font_name: str) -> harfbuzz.Font:
    """HarfBuzz's view of a font registered with ReportLab: one for each font file and
    face, as HarfBuzz keeps a copy of the file's bytes (a synthetic bold shares its
    regular's; a copy of its own was 20 MB more for AR PL UMing). The bytes read for it
    are not kept: ReportLab reads the file in place (`fonts.FontFile`)."""
    outlines = outlines_name(font_name)
    if outlines != font_name:
        return harfbuzz_font(outlines)
    data, index = font_data(font_name)
    return harfbuzz.Font(harfbuzz.Face(harfbuzz.Blob(bytes(data)), index))


def forget_harfbuzz_fonts() -> None:
    """Let go of HarfBuzz's copies of the font files (`harfbuzz_font`), as a process moves
    on to another locale: each is made again from the file when a font is shaped or
    drawn again, the same font. The copies of a locale's CJK fonts held 11 to 30 MB each
    in a process that builds every locale (`--jobs 1`)."""
    harfbuzz_font.cache_clear()


# Points: the least room between the glyph origins of a word and the space after it.
_WORD_GAP = 0.01

# A glyph as HarfBuzz shaped it, in font units: the glyph to draw, its cluster, its x and
# y offsets, its advance, and its ink (x bearing, width, y bearing, height; None: none).
_UnitGlyph = tuple[int, int, int, int, int, tuple[int, int, int, int] | None]


@dataclass(frozen=True)
class _Shaped:
    """A run as HarfBuzz shapes it, in font units: the same at every size."""

    glyphs: tuple[_UnitGlyph, ...]
    has_format_character: bool  # a glyph stands for a joiner or another format character
    # Left to right: how near a word's glyph origins come to the origin of the space after
    # it (`_words_after_their_marks`; inf: there is no such word).
    word_gap: float


@dataclass(frozen=True)
class _Placement:
    """HarfBuzz's glyphs of a run (glyph, cluster, x, y), placed as drawn; its advance and
    its glyphs' ink (`ShapedRun.ink`)."""

    glyphs: list[tuple[int, int, float, float]]
    width: float
    ink: list[float]


# The characters of a run's word before and after it, which HarfBuzz reads as its context
# (the forms of the letters at the run's edges) and does not shape: a right-to-left word
# cut at a line's end had the letter before the cut in the form it takes at a word's end,
# and the first letter of the next line in the form it takes at a word's start.
Context = tuple[str, str]
NO_CONTEXT: Context = ("", "")


# The language of the source's text, which every locale's bilingual PDFs set beside
# their own, and its English fallbacks in place of a refused translation.
_SOURCE_LANGUAGE = language_of(SOURCE_LOCALE)


Arguments = ParamSpec("Arguments")
Result = TypeVar("Result")


def _kept_by_language(
    maxsize: int, language_at: int
) -> Callable[[Callable[Arguments, Result]], Callable[Arguments, Result]]:
    """Keep a shaping function's results (`functools.lru_cache`, `maxsize` deep each) for
    the source's language and for one other, its `language_at`th argument: those of
    another language are forgotten once one of a new language is asked for. A process
    builds a locale's PDFs one after another (`build._batches`), and a locale's runs
    are seldom met in the next locale's, while the source's are met in all of them: kept
    in one cache, the runs of locales done with held about 90 MB of the 294 MB a build
    of the 95 shipped PDFs in one process peaked at (--jobs 1). Two locales of one
    language (zh_Hans, zh_Hant: "zh") share its cache; each function is called with its
    language as a positional argument."""

    def keep(function: Callable[Arguments, Result]) -> Callable[Arguments, Result]:
        # typeshed types an lru_cache's arguments as Hashable, not as the function's
        kept_of_translation = lru_cache(maxsize=maxsize)(function)
        of_translation = cast(Callable[Arguments, Result], kept_of_translation)
        of_source = cast(Callable[Arguments, Result], lru_cache(maxsize=maxsize)(function))
        translation_language: object = None  # the language of_translation holds

        @wraps(function)
        def kept(*args: Arguments.args, **kwargs: Arguments.kwargs) -> Result:
            nonlocal translation_language
            language = args[language_at]
            if language == _SOURCE_LANGUAGE:
                return of_source(*args, **kwargs)
            if language != translation_language:
                kept_of_translation.cache_clear()
                translation_language = language
            return of_translation(*args, **kwargs)

        return kept

    return keep


@_kept_by_language(maxsize=65536, language_at=4)
def run_width(
    text: str, font_name: str, size: float, rtl: bool, language: str, context: Context
) -> float:
    """The width `shape_run` gives `text`, from the advances alone where no word moves
    (line breaking measures many more pieces than it draws)."""
    shaped = _shaped(text, font_name, rtl, language, context)
    scale = size / ensure_registered(font_name).face.unitsPerEm
    if not rtl and _words_may_move(shaped, scale):
        return _placement(text, font_name, size, rtl, language, context).width
    width = 0.0
    for glyph in shaped.glyphs:  # the advances, added up as `_placement` does
        width += glyph[4] * scale
    return width


# How many shaped runs and words are kept for the next PDFs. A worker builds a locale's
# PDFs one after another (`build._batches`), so what it meets again it met a short
# while ago. Kept 65536 deep, the entries of locales done with held about 160 MB more by
# the end of the 64 PDFs of every shipped locale, built in one process; a locale's are
# now also forgotten once the next locale's are shaped (`_kept_by_language`).
_RUNS_KEPT = 4096
_WORDS_KEPT = 16384


@_kept_by_language(maxsize=_RUNS_KEPT, language_at=4)
def shape_run(
    text: str,
    font_name: str,
    size: float,
    rtl: bool,
    language: str,
    context: Context = NO_CONTEXT,
) -> ShapedRun:
    """Shape `text` with HarfBuzz, in the forms the font has for `language` (BCP 47) and
    its letters take beside `context`, and give each glyph a code that reads back right."""
    placement = _placement(text, font_name, size, rtl, language, context)
    font = ensure_registered(font_name)
    by_cluster: dict[int, list[tuple[int, float, float]]] = {}  # in the glyphs' order
    for glyph, cluster, x, y in placement.glyphs:
        by_cluster.setdefault(cluster, []).append((glyph, x, y))
    starts = sorted(by_cluster)
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    clusters = [(text[start : ends[start]], glyphs) for start, glyphs in by_cluster.items()]
    words, word_ends, placed = _words(GLYPH_CODES.of_font(font), font, clusters, rtl)
    codes, glyphs, xs, ys = zip(*placed, strict=True) if placed else ((), (), (), ())
    ink = placement.ink
    return ShapedRun(
        text,
        font_name,
        size,
        placement.width,
        rtl,
        tuple(words),
        tuple(word_ends),
        codes,
        glyphs,
        xs,
        ys,
        tuple(ink),
        min(0.0, min(ink[0::_INK_FIELDS], default=0.0)),
        max(placement.width, max(ink[1::_INK_FIELDS], default=0.0)),
        min(ink[2::_INK_FIELDS], default=0.0),
        max(ink[3::_INK_FIELDS], default=0.0),
    )


@_kept_by_language(maxsize=_WORDS_KEPT, language_at=3)
def _shaped(
    text: str, font_name: str, rtl: bool, language: str, context: Context = NO_CONTEXT
) -> _Shaped:
    """Shape `text` once for every size (a large-print and a plain-language PDF set the
    same words at two sizes), beside its `context`. The language picks the font's own
    forms for it (OpenType `locl`: Marshallese ļ with a cedilla, Navajo's centred ogonek,
    Urdu's digits); left unset, HarfBuzz took the process's locale (LC_CTYPE), and the
    same build drew other forms on another machine."""
    font = ensure_registered(font_name)
    hb_font = harfbuzz_font(font_name)
    buffer = harfbuzz.Buffer()
    before, after = context
    buffer.add_str(before + text + after, item_offset=len(before), item_length=len(text))
    buffer.direction = "rtl" if rtl else "ltr"
    buffer.language = language
    buffer.guess_segment_properties()
    harfbuzz.shape(hb_font, buffer, {"kern": True, "liga": True})
    glyphs: list[_UnitGlyph] = []
    format_character = False
    word_gap = math.inf
    # The rightmost glyph origin since the last space, that space's included (None: no
    # glyph yet): a space's origin less this is how near the glyphs before it come.
    rightmost: int | None = None
    pen = 0
    inks = _glyph_inks(font_name)
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        glyph, cluster = info.codepoint, info.cluster - len(before)
        x_offset, advance = position.x_offset, position.x_advance
        character = text[cluster]
        origin = pen + x_offset
        if character == " ":
            if rightmost is not None:
                word_gap = min(word_gap, origin - rightmost)
            rightmost = origin
        elif rightmost is None or origin > rightmost:
            rightmost = origin
        pen += advance
        if glyph == 0:
            raise FontError(f"{font_name} has no glyph for {character!r} (U+{ord(character):04X})")
        if glyph not in inks:
            inks[glyph] = _glyph_ink(hb_font, glyph)
        ink = inks[glyph]
        if unicodedata.category(character) == "Cf":
            format_character = True
            glyph = _drawn_glyph(font, hb_font, character, glyph, advance)
        glyphs.append((glyph, cluster, x_offset, position.y_offset, advance, ink))
    return _Shaped(tuple(glyphs), format_character, word_gap)


def _placement(
    text: str, font_name: str, size: float, rtl: bool, language: str, context: Context
) -> _Placement:
    scale = size / ensure_registered(font_name).face.unitsPerEm
    shaped = _shaped(text, font_name, rtl, language, context)
    joiners = rtl and shaped.has_format_character  # they move (`_joiners_at_right_edges`)
    words_move = not rtl and _words_may_move(shaped, scale)
    moves = joiners or words_move
    pen = 0.0
    glyphs: list[tuple[int, int, float, float]] = []  # glyph, cluster, x, y
    ink: list[float] = []  # each glyph's ink, where it has some (`ShapedRun.ink`)
    # Where glyphs move: each glyph's ink from its origin, as an InkBox's fields, for the
    # ink to be placed once they have moved (kept only there: a tuple for every glyph).
    inks: list[tuple[float, float, float, float] | None] = []
    right_edges: dict[int, float] = {}  # cluster: where its advance ends
    for glyph, cluster, x_offset, y_offset, advance, extents in shaped.glyphs:
        x = pen + x_offset * scale
        y = y_offset * scale
        if extents is None:
            if moves:
                inks.append(None)
        else:
            x_bearing, width, y_bearing, height = extents
            left = x_bearing * scale
            right = left + width * scale
            top = y + y_bearing * scale  # HarfBuzz: y_bearing up, height down
            bottom = top + height * scale
            if moves:
                inks.append((left, right, bottom, top))
            else:
                ink += (x + left, x + right, bottom, top)
        glyphs.append((glyph, cluster, x, y))
        pen += advance * scale
        if joiners:
            right_edges[cluster] = max(right_edges.get(cluster, pen), pen)
    if joiners:
        glyphs = _joiners_at_right_edges(glyphs, text, right_edges)
    elif words_move:
        glyphs, pen = _words_after_their_marks(glyphs, text, pen)
    if moves:  # the ink where the glyphs now are
        for (_, _, x, _), box in zip(glyphs, inks, strict=True):
            if box is not None:
                left, right, bottom, top = box
                ink += (x + left, x + right, bottom, top)
    return _Placement(glyphs, pen, ink)


def _words_may_move(shaped: _Shaped, scale: float) -> bool:
    """Whether a word of a left-to-right run may move right past its marks
    (`_words_after_their_marks`), at this scale."""
    return shaped.word_gap * scale < _WORD_GAP + 1e-6


@cache
def _glyph_inks(font_name: str) -> dict[int, tuple[int, int, int, int] | None]:
    """The ink of the font's glyphs met so far (`_glyph_ink`)."""
    return {}


def _glyph_ink(hb_font: harfbuzz.Font, glyph: int) -> tuple[int, int, int, int] | None:
    """A glyph's ink in font units: x bearing, width, y bearing, height (None: none)."""
    extents = hb_font.get_glyph_extents(glyph)
    if extents is None or not extents.width:
        return None
    return extents.x_bearing, extents.width, extents.y_bearing, extents.height


def _drawn_glyph(
    font: Any, hb_font: harfbuzz.Font, character: str, glyph: int, advance: int
) -> int:
    """The glyph to draw for a shaped format character: HarfBuzz shows a joiner or another
    format character as the space glyph moved back to nothing, but in the PDF that glyph keeps
    the space's width, and Poppler, seeing a character wider than its place, cuts the
    line there ("کلسی‌فیلاکسی" came back on three lines). The face's own glyph for
    the character, when it has one of no advance and no ink, is as wide in the PDF as on
    the page; else its glyph for a zero-width space or a byte-order mark, if it has such a
    glyph (the glyph's code still reads as the character, `glyphs.GlyphCodes`). Many a
    face's own glyph shows the character for an editor's "show invisibles": Noto Sans
    Arabic's ZWNJ is a bar, its bidi marks arrows, which were drawn in the text."""
    if advance == 0:
        for code in (ord(character), 0x200B, 0xFEFF):
            own = font.face.charToGlyph.get(code)
            if (
                own is not None
                and hb_font.get_glyph_h_advance(own) == 0
                and _glyph_ink(hb_font, own) is None
            ):
                return int(own)
    return glyph


def _joiners_at_right_edges(
    glyphs: list[tuple[int, int, float, float]], text: str, right_edges: dict[int, float]
) -> list[tuple[int, int, float, float]]:
    """Right to left, a joiner (ZWNJ) moves to the right edge of the letters of its word
    before it. It draws nothing there either, but Poppler, which sets the text of an
    /ActualText span across the span's first to last glyph, then gives the span of
    those letters and the joiner (`readback.pieces`) their width, not none."""
    moved = []
    for glyph, cluster, x, y in glyphs:
        word_start = text.rfind(" ", 0, cluster) + 1
        before = [right_edges[start] for start in right_edges if word_start <= start < cluster]
        if unicodedata.category(text[cluster]) == "Cf" and before:
            x = max(before)
        moved.append((glyph, cluster, x, y))
    return moved


def _words_after_their_marks(
    glyphs: list[tuple[int, int, float, float]], text: str, pen: float
) -> tuple[list[tuple[int, int, float, float]], float]:
    """Left to right, a space, and the word after it, start right of every glyph origin of
    the word before: a mark is set with its origin past the end of its letter and its ink
    back over it (a Burmese dot below "့", a Navajo acute over "į"), and PDFium, which
    sorts a line's glyphs by their origins, then read the next word in the middle of the
    one before (twice, as each /ActualText span is given again once it is interrupted).
    The space, which has no ink, moves; the next word moves only as far as the space
    cannot take (moved whenever, a Navajo word ending in a mark was followed by half a
    space more than the others). `_words_may_move` tells beforehand where none moves."""
    moved: list[tuple[int, int, float, float]] = []
    shift = 0.0  # how far the word being placed, and all after it, moved right
    furthest = float("-inf")  # the rightmost origin of the word before, then of its space
    word_starts = False
    for glyph, cluster, x, y in glyphs:
        if text[cluster] == " ":
            x = max(x + shift, furthest + _WORD_GAP)
            moved.append((glyph, cluster, x, y))
            furthest, word_starts = x, True
            continue
        if word_starts:
            shift = max(shift, furthest + _WORD_GAP - x)
            furthest, word_starts = float("-inf"), False
        moved.append((glyph, cluster, x + shift, y))
        furthest = max(furthest, x + shift)
    return moved, pen + shift


def _words(
    codes: FontGlyphCodes,
    font: object,
    clusters: list[tuple[str, list[tuple[int, float, float]]]],
    rtl: bool,
) -> tuple[list[str], list[int], list[PlacedGlyph]]:
    """Group a run's clusters into words, their glyphs given codes from `codes` (the
    font's); spaces stand outside words. The words' texts (`ShapedRun.words`), the
    number of the glyph after each one's last, and the glyphs."""
    words: list[str] = []
    ends: list[int] = []
    glyphs: list[PlacedGlyph] = []
    texts: list[str] = []  # the texts of the word's clusters so far, in writing order
    code_for = codes.code
    for text, cluster in clusters:
        space = text.isspace()
        if space and texts:
            words.append("".join(reversed(texts) if rtl else texts))
            ends.append(len(glyphs))
            texts = []
        glyphs += cluster_glyphs(code_for, font, text, cluster, rtl)
        if space:
            words.append("")
            ends.append(len(glyphs))
        else:
            texts.append(text)
    if texts:
        words.append("".join(reversed(texts) if rtl else texts))
        ends.append(len(glyphs))
    return words, ends, glyphs
