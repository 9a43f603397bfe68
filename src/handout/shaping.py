"""Complex scripts: HarfBuzz shaping, the Unicode bidi algorithm, and glyphs that read back.

ReportLab shapes with HarfBuzz but cannot order right-to-left text (its bidi
module, rlbidi, is not on PyPI), and its shaped glyphs extract as private-use
characters. This module does what no library does for ReportLab (so it is
written here): it lays out one paragraph of Arabic, Devanagari or any script
HarfBuzz shapes, and draws it so that text extraction gives back the logical
text exactly.

- python-bidi's implementation of UAX #9 gives each character its embedding
  level; lines are broken in logical order; each line is cut into runs (one
  level, one face, one weight; in a right-to-left paragraph no run crosses a
  space), placed for display by rule L2 and shaped by HarfBuzz in their own
  direction (which mirrors brackets right to left).
- Each glyph is drawn through a code of its own whose ToUnicode entry is its
  share of its cluster's text (one character a code in right-to-left text),
  so a ligature or a reordered vowel sign reads back as the characters it
  stands for; a glyph left without a share is drawn as its outline.
- Runs are written in logical order, each glyph placed where HarfBuzz put it
  and each run started with its own font operator: pypdf begins a new piece
  of text at every font operator and keeps the pieces in the order written,
  and within a piece reads right-to-left glyphs from the right. So a
  right-to-left word is written in pieces in logical order, each piece in
  display order (`_pieces`). Poppler orders text by position instead; each
  word also carries an /ActualText span (reversed for right-to-left words,
  which Poppler turns back), and in a right-to-left line each left-to-right
  stretch carries one (`_spans`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import uharfbuzz as harfbuzz
from bidi import algorithm as bidi
from fontTools.pens.basePen import BasePen
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import FILL_NON_ZERO, Canvas

from .errors import FontError
from .faces import Face, FontChain
from .structure import actual_text, needs_spelling_out

# Code points handed out for glyphs (plane 15, private use), and what each reads as.
SYNTHETIC_TEXT: dict[int, str] = {}
_FIRST_SYNTHETIC = 0xF0000
_codes: dict[tuple[str, int, str], str] = {}
# The blocks pypdf reads right to left, whatever the bidi class of the character.
_PYPDF_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_COMPLEX_SCRIPTS = re.compile("[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f"
                              "\u1780-\u17ff\ufb1d-\ufdff\ufe70-\ufeff]")


def needs_shaping(text: str) -> bool:
    """True for text in a script whose letters change shape or order (Arabic, Devanagari,
    ...), which ReportLab's own paragraphs cannot draw so that it reads back."""
    return bool(_COMPLEX_SCRIPTS.search(text))


def _glyph_code(font: TTFont, glyph: int, text: str) -> str:
    """A character that draws `glyph` of `font` and reads back as `text`."""
    key = (font.fontName, glyph, text)
    code = _codes.get(key)
    if code is None:
        point = _FIRST_SYNTHETIC + len(SYNTHETIC_TEXT)
        face = font.face
        face.charToGlyph[point] = glyph
        face.charWidths[point] = face.hmetrics[glyph][0] * 1000 / face.unitsPerEm
        SYNTHETIC_TEXT[point] = text
        code = _codes[key] = chr(point)
    return code


@cache
def _harfbuzz_font(font_name: str) -> harfbuzz.Font:
    font = pdfmetrics.getFont(font_name)
    return harfbuzz.Font(harfbuzz.Face(harfbuzz.Blob(font.face._ttf_data)))


@dataclass(frozen=True)
class PlacedGlyph:
    """A glyph at its place: a text code, or (code "") its outline."""

    code: str
    glyph: int
    x: float  # points from the run's left edge
    y: float  # points above the baseline


@dataclass(frozen=True)
class ShapedWord:
    """A word's glyphs in writing order and the /ActualText its span reads as ("": in no
    span, as a space)."""

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


@lru_cache(maxsize=65536)
def shape_run(text: str, font_name: str, size: float, rtl: bool) -> ShapedRun:
    """Shape `text` with HarfBuzz and give each glyph a code that reads back right."""
    font = pdfmetrics.getFont(font_name)
    scale = size / font.face.unitsPerEm
    buffer = harfbuzz.Buffer()
    buffer.add_str(text)
    buffer.direction = "rtl" if rtl else "ltr"
    buffer.guess_segment_properties()
    harfbuzz.shape(_harfbuzz_font(font_name), buffer, {"kern": True, "liga": True})
    pen = 0.0
    glyphs: list[tuple[int, int, float, float]] = []  # glyph, cluster, x, y
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        if info.codepoint == 0:
            raise FontError(f"{font_name} has no glyph for {text[info.cluster]!r} "
                            f"(U+{ord(text[info.cluster]):04X})")
        glyphs.append((info.codepoint, info.cluster, pen + position.x_offset * scale,
                       position.y_offset * scale))
        pen += position.x_advance * scale
    starts = sorted({cluster for _, cluster, _, _ in glyphs})
    ends = [*starts[1:], len(text)]
    cluster_text = {start: text[start:end] for start, end in zip(starts, ends, strict=True)}
    by_cluster: dict[int, list[tuple[int, int, float, float]]] = {}
    for glyph in glyphs:
        by_cluster.setdefault(glyph[1], []).append(glyph)
    units = [(cluster_text[start], by_cluster[start])
             for start in dict.fromkeys(cluster for _, cluster, _, _ in glyphs)]
    return ShapedRun(text, font_name, size, pen, rtl, tuple(_words(font, units, rtl, size)))


def _unit_glyphs(font: TTFont, text: str, glyphs: list[tuple[int, int, float, float]],
                 rtl: bool, size: float) -> list[PlacedGlyph]:
    """The glyphs of one cluster in writing order, each with its share of the text.

    Right-to-left text reads back reversed, one code at a time, so each character
    of a right-to-left cluster gets a code of its own, written last character first.
    """
    if rtl and len(glyphs) == len(text) > 1:
        # A letter and its marks, a glyph each.
        return [PlacedGlyph(_glyph_code(font, glyph, character), glyph, x, y)
                for character, (glyph, _, x, y) in reversed(list(zip(text, glyphs,
                                                                     strict=True)))]
    if rtl and len(text) > 1:
        # Fewer or more glyphs than characters (a lam-alef ligature, two marks drawn as
        # one): invisible space glyphs at the cluster's place read as the characters
        # after the first, the last glyph as the first; the other glyphs are outlines.
        *others, (glyph, _, x, y) = glyphs
        carrier = font.face.charToGlyph[ord(" ")]
        return [*(PlacedGlyph(_glyph_code(font, carrier, character), carrier, x, y)
                  for character in reversed(text[1:])),
                *(PlacedGlyph("", other, other_x, other_y)
                  for other, _, other_x, other_y in others),
                PlacedGlyph(_glyph_code(font, glyph, text[0]), glyph, x, y)]
    return [PlacedGlyph(_glyph_code(font, glyph, share) if share else "", glyph, x, y)
            for share, (glyph, _, x, y) in zip(_shares(text, len(glyphs)), glyphs,
                                               strict=True)]


def _shares(text: str, glyph_count: int) -> list[str]:
    """Share a cluster's characters out over its glyphs in writing order, one character a
    glyph (the last glyph takes the rest); glyphs left without a share get "" (drawn
    as outlines)."""
    shares = [*text[: glyph_count - 1], text[glyph_count - 1:]]
    return shares + [""] * (glyph_count - len(shares))


def _words(font: TTFont, units: list[tuple[str, list]], rtl: bool, size: float
           ) -> Iterator[ShapedWord]:
    """Group a run's glyphs into words; spaces stand outside words."""
    word_units: list[tuple[str, list[PlacedGlyph]]] = []
    for text, glyphs in units:
        placed = _unit_glyphs(font, text, glyphs, rtl, size)
        if text.isspace():
            yield from _word(word_units, rtl)
            word_units = []
            yield ShapedWord("", tuple(placed))
        else:
            word_units.append((text, placed))
    yield from _word(word_units, rtl)


def _word(units: list[tuple[str, list[PlacedGlyph]]], rtl: bool) -> Iterator[ShapedWord]:
    """One word, with the text its /ActualText span reads as: Poppler reads a span left
    to right and then puts right-to-left words back in logical order by reversing
    them, so a right-to-left word's span holds its text reversed (not mirrored:
    Poppler does not mirror brackets back)."""
    if not units:
        return
    logical = "".join(text for text, _ in (reversed(units) if rtl else units))
    yield ShapedWord(logical[::-1] if rtl else logical,
                     tuple(glyph for _, glyphs in units for glyph in glyphs))


@dataclass(frozen=True)
class Line:
    text: str
    rtl: bool  # the paragraph's direction
    runs: tuple[tuple[ShapedRun, float], ...]  # in logical order, each with its x
    width: float
    links: tuple[str | None, ...]  # each run's link target, if it is in a link

    def link_spans(self) -> list[tuple[str, float, float]]:
        """Each link on the line with the left and right x of its text (a link whose runs
        are not side by side, in mixed directions, gets one span per piece)."""
        placed = sorted((x, x + run.width, link) for (run, x), link in
                        zip(self.runs, self.links, strict=True) if link)
        spans: list[tuple[str, float, float]] = []
        for left, right, link in placed:
            if spans and spans[-1][0] == link and abs(spans[-1][2] - left) < 0.01:
                spans[-1] = (link, spans[-1][1], right)
            else:
                spans.append((link, left, right))
        return spans


@dataclass(frozen=True)
class StyledText:
    """Plain text with a bold flag and a link target per character."""

    text: str
    bold: tuple[bool, ...]
    links: tuple[str | None, ...]  # the link target of each character, if any


def embedding_levels(text: str, rtl_paragraph: bool) -> list[int]:
    """The bidi embedding level of each character (UAX #9, python-bidi)."""
    storage = bidi.get_empty_storage()
    storage["base_level"] = 1 if rtl_paragraph else 0
    storage["base_dir"] = "R" if rtl_paragraph else "L"
    bidi.get_embedding_levels(text, storage, False, False)
    bidi.explicit_embed_and_overrides(storage, False)
    bidi.resolve_weak_types(storage, False)
    bidi.resolve_neutral_types(storage, False)
    bidi.resolve_implicit_levels(storage, False)
    return [character["level"] for character in storage["chars"]]


def break_lines(styled: StyledText, chain: FontChain, size: float, width: float,
                rtl_paragraph: bool) -> list[Line]:
    """Break a paragraph into lines no wider than `width` (a longer word stands alone)."""
    levels = embedding_levels(styled.text, rtl_paragraph)
    faces = _faces(styled, chain)
    lines: list[Line] = []
    start = 0
    while start < len(styled.text):
        end = _line_end(styled, faces, levels, start, size, width, rtl_paragraph)
        lines.append(_line(styled, faces, levels, start, end, size, rtl_paragraph))
        start = end
        while start < len(styled.text) and styled.text[start] == " ":
            start += 1
    return lines


def _faces(styled: StyledText, chain: FontChain) -> list[Face]:
    faces: list[Face] = []
    for face, run in chain.runs(styled.text):
        faces += [face] * len(run)
    return faces


def _line_end(styled: StyledText, faces: list[Face], levels: list[int], start: int,
              size: float, width: float, rtl_paragraph: bool) -> int:
    """The end of the longest run of whole words from `start` that fits in `width`.

    Measured word by word (each word shaped once, and cached), not line by line:
    kerning across a space is too small to matter for where a line breaks.
    """
    best = None
    used = 0.0
    for match in re.finditer(r"( *)([^ ]+)", styled.text[start:]):  # no-break spaces hold
        word_start, end = start + match.start(2), start + match.end()
        used += _width(styled, faces, levels, start + match.start(1), word_start, size)
        used += _width(styled, faces, levels, word_start, end, size)
        if best is not None and used > width:
            return best
        best = end
    return best if best is not None else len(styled.text)


def _width(styled: StyledText, faces: list[Face], levels: list[int], start: int, end: int,
           size: float) -> float:
    """The width of characters start..end, shaped in runs of one face and weight."""
    width = 0.0
    run_start = start
    for index in range(start + 1, end + 1):
        if index == end or (faces[index], styled.bold[index], levels[index]) != \
                (faces[run_start], styled.bold[run_start], levels[run_start]):
            face = faces[run_start]
            width += shape_run(styled.text[run_start:index],
                               face.bold if styled.bold[run_start] else face.regular, size,
                               levels[run_start] % 2 == 1).width
            run_start = index
    return width


def _line(styled: StyledText, faces: list[Face], levels: list[int], start: int, end: int,
          size: float, rtl_paragraph: bool) -> Line:
    """Shape the characters start..end as one line: runs in logical order, placed for
    display."""
    pieces: list[tuple[int, int]] = []
    run_start = start
    for index in range(start + 1, end + 1):
        if index == end or _kind(styled, faces, levels, index, rtl_paragraph) != \
                _kind(styled, faces, levels, run_start, rtl_paragraph):
            pieces.append((run_start, index))
            run_start = index
    runs = []
    for piece_start, piece_end in pieces:
        face = faces[piece_start]
        runs.append(shape_run(styled.text[piece_start:piece_end],
                              face.bold if styled.bold[piece_start] else face.regular, size,
                              rtl=levels[piece_start] % 2 == 1))
    placed: dict[int, float] = {}
    x = 0.0
    for index in _visual_order([levels[piece_start] for piece_start, _ in pieces]):
        placed[index] = x
        x += runs[index].width
    return Line(styled.text[start:end], rtl_paragraph,
                tuple((run, placed[index]) for index, run in enumerate(runs)), x,
                tuple(styled.links[piece_start] for piece_start, _ in pieces))


def _kind(styled: StyledText, faces: list[Face], levels: list[int], index: int,
          rtl_paragraph: bool) -> tuple:
    """What a run shares: level, face, weight, link; in a right-to-left paragraph each
    space is a run of its own (so each word is one too)."""
    alone = rtl_paragraph and styled.text[index] == " "
    return (levels[index], faces[index], styled.bold[index], styled.links[index],
            index if alone else None)


def _visual_order(levels: list[int]) -> list[int]:
    """Rule L2: reverse every sequence of runs at each level down to the lowest odd one."""
    order = list(range(len(levels)))
    if not levels:
        return order
    lowest_odd = min(level for level in levels if level % 2 == 1) if any(
        level % 2 for level in levels) else None
    if lowest_odd is None:
        return order
    for level in range(max(levels), lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                end = index
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return order


ActualTextSpan = tuple[object, str | None]  # (which span, its /ActualText; None: no span)


def _spans(line: Line) -> list[list[ActualTextSpan]]:
    """The /ActualText span of each word of each run of a line (glyphs sharing a span
    key are drawn in one span; spaces are in none).

    A line made of one-character words (`needs_spelling_out`) is one span.
    """
    runs = [run for run, _ in line.runs]
    if line.rtl:
        return _right_to_left_spans(runs)
    if needs_spelling_out(line.text) and not any(run.rtl for run in runs):
        return [[("line", line.text)] * len(run.words) for run in runs]
    return _left_to_right_spans(runs)


def _word_spans(runs: list[ShapedRun]) -> list[list[ActualTextSpan]]:
    return [[((index, number), word.text or None) for number, word in enumerate(run.words)]
            for index, run in enumerate(runs)]


def _left_to_right_spans(runs: list[ShapedRun]) -> list[list[ActualTextSpan]]:
    """Each word is a span, also when it is drawn in several runs (a bold term and its
    colon): PDFium reads a span's text at its first glyph and puts a space before
    the next span it finds apart from it."""
    spans = _word_spans(runs)
    word: list[tuple[int, int]] = []

    def end_word() -> None:
        text = "".join(runs[index].words[number].text for index, number in word)
        for index, number in word:
            spans[index][number] = (word[0], text)
        word.clear()

    for index, run in enumerate(runs):
        for number, piece in enumerate(run.words):
            if piece.text and not run.rtl:
                word.append((index, number))
            else:
                end_word()
    end_word()
    return spans


def _right_to_left_spans(runs: list[ShapedRun]) -> list[list[ActualTextSpan]]:
    """Each right-to-left word is a span; each left-to-right stretch (a Latin name, a
    number) is one span, in logical order, holding the neutral characters and spaces
    that follow it up to the next right-to-left letter ("JAMA Dermatology."), whose
    own glyphs, drawn at the stretch's far end, get an empty span: Poppler sets the
    characters of a span out in order across the span's first to last glyph, and
    prints a left-to-right stretch as it lies."""
    spans = _word_spans(runs)
    start = 0
    while start < len(runs):
        if runs[start].rtl:
            start += 1
            continue
        stretch_end = start
        while stretch_end < len(runs) and not runs[stretch_end].rtl:
            stretch_end += 1
        end = stretch_end
        while end < len(runs) and not _has_right_to_left_letter(runs[end].text):
            end += 1
        while runs[end - 1].text.isspace():
            end -= 1
        stretch = "".join(run.text for run in runs[start:end])
        for index in range(start, end):
            inside = index < stretch_end
            spans[index] = [((start, None) if inside else (index, None),
                             stretch if inside else "")] * len(runs[index].words)
        start = end
    return spans


def _has_right_to_left_letter(text: str) -> bool:
    return any(unicodedata.bidirectional(character) in ("R", "AL") for character in text)


@dataclass(frozen=True)
class _Placed:
    """A glyph ready to draw: its run, word (and the word's numbers in the line), the
    word's /ActualText span, and its x on the page."""

    run: ShapedRun
    word_key: tuple[int, int]
    span: ActualTextSpan
    glyph: PlacedGlyph
    x: float


def draw_line(canvas: Canvas, line: Line, x: float, y: float) -> None:
    """Draw a line with its left edge at x and baseline at y.

    All its text glyphs go in one text object, piece by piece (`_pieces`), each
    piece opened with its font operator. Each glyph is reached through the
    character spacing of the one before (and raised with the text rise), so
    extraction sees no gap it could take for a space and no jump it could
    take for a new line. Each word is an /ActualText span, or the whole line is
    one when it is made of one-character words (`needs_spelling_out`). Glyphs
    that carry no text are drawn as outlines after.
    """
    spans = _spans(line)
    placed = [_Placed(run, (index, number), spans[index][number], glyph, x + run_x + glyph.x)
              for index, (run, run_x) in enumerate(line.runs)
              for number, word in enumerate(run.words) for glyph in word.glyphs]
    texts = _pieces([item for item in placed if item.glyph.code], canvas,
                    line.rtl or bool(_PYPDF_RIGHT_TO_LEFT.search(line.text)))
    text = canvas.beginText()
    if texts:
        text.setTextOrigin(texts[0][0].x, y)
    current_span: ActualTextSpan | None = None
    current_piece: object = None
    for index, (item, span, piece) in enumerate(texts):
        if span != current_span:
            if current_span and current_span[1] is not None:
                text._code.append("EMC")
            if span[1] is not None:
                text._code.append(actual_text(span[1]))
            current_span = span
        if piece != current_piece:
            text.setFont(item.run.font_name, item.run.size)
            current_piece = piece
        width = pdfmetrics.getFont(item.run.font_name).stringWidth(item.glyph.code,
                                                                   item.run.size)
        following = texts[index + 1][0].x if index + 1 < len(texts) else item.x + width
        text.setCharSpace(following - item.x - width)
        text.setRise(item.glyph.y)
        text.textOut(item.glyph.code)
    if current_span and current_span[1] is not None:
        text._code.append("EMC")
    text.setCharSpace(0)
    text.setRise(0)
    canvas.drawText(text)
    for item in placed:
        if not item.glyph.code:
            _draw_outline(canvas, item.run.font_name, item.glyph.glyph, item.x,
                          y + item.glyph.y, item.run.size)


def _pieces(texts: list[_Placed], canvas: Canvas, cut_neutrals: bool
            ) -> list[tuple[_Placed, ActualTextSpan, object]]:
    """The glyphs in writing order, each with its /ActualText span and the piece it is
    written in (a font operator opens each piece; a run is one piece, unless it is
    cut as follows).

    pypdf reads the glyphs between two font operators as one piece, and a piece
    that starts right to left in reverse; it takes a character that is not in a
    right-to-left script («, [, a digit) for left to right. ReportLab changes
    font between two glyphs that fall in different subsets of the font (it
    embeds a font as subsets of 256 codes). So a right-to-left word is written as
    pieces in logical order: each run of its letters and marks within one
    subset, in display order, in an /ActualText span of its own; each other
    character alone, in no span. In a line that holds characters of the blocks
    pypdf reads right to left, a left-to-right run's characters other than letters
    (Arabic-Indic digits, punctuation, a sign such as U+0606) are pieces of their
    own too, or pypdf, reading right to left, would reverse them.
    """
    result: list[tuple[_Placed, ActualTextSpan, object]] = []
    start = 0
    while start < len(texts):
        end = start + 1
        while end < len(texts) and texts[end].word_key == texts[start].word_key:
            end += 1
        word, start = texts[start:end], end
        run_number = word[0].word_key[0]
        if not word[0].run.rtl:
            result += [(item, item.span, (item.word_key, index)
                        if cut_neutrals and not _is_left_to_right_letter(_text_of(item))
                        else run_number)
                       for index, item in enumerate(word)]
            continue
        codes = "".join(item.glyph.code for item in word)
        kinds = [("letters", subset) if _is_right_to_left_letter_or_mark(_text_of_code(code))
                 else ("other", index)
                 for index, (code, subset) in enumerate(
                     zip(codes, _subsets(word[0].run.font_name, codes, canvas), strict=True))]
        pieces: list[list[_Placed]] = []
        for index, item in enumerate(word):
            if index == 0 or kinds[index] != kinds[index - 1]:
                pieces.append([])
            pieces[-1].append(item)
        key, word_text = word[0].span
        for number, piece in enumerate(reversed(pieces)):
            letters = _is_right_to_left_letter_or_mark(_text_of(piece[0]))
            piece_text = "".join(_text_of(item) for item in piece)
            span = ((key, number),
                    (piece_text if letters else None) if word_text else word_text)
            result += [(item, span, (item.word_key, number)) for item in piece]
    return result


def _text_of(item: _Placed) -> str:
    return _text_of_code(item.glyph.code)


def _text_of_code(code: str) -> str:
    """What a glyph code reads as."""
    return SYNTHETIC_TEXT.get(ord(code), code)


def _is_left_to_right_letter(text: str) -> bool:
    return all(unicodedata.bidirectional(character) in ("L", "NSM") for character in text)


def _is_right_to_left_letter_or_mark(character: str) -> bool:
    """A right-to-left letter or a mark (which pypdf reads right to left)."""
    return unicodedata.bidirectional(character) in ("R", "AL", "NSM")


def _subsets(font_name: str, codes: str, canvas: Canvas) -> list[int]:
    """The subset of each code (ReportLab gives codes their subsets as they are first
    drawn; this gives any code not yet drawn its subset now, as drawing would)."""
    subsets: list[int] = []
    for subset, chunk in pdfmetrics.getFont(font_name).splitString(codes, canvas._doc):
        subsets += [subset] * len(chunk)
    return subsets


class _OutlinePen(BasePen):
    """Turns a glyph outline (font units) into a ReportLab path (points)."""

    def __init__(self, path, x: float, y: float, scale: float):
        super().__init__(None)
        self.path, self.x, self.y, self.scale = path, x, y, scale

    def _point(self, point: tuple[float, float]) -> tuple[float, float]:
        return self.x + point[0] * self.scale, self.y + point[1] * self.scale

    def _moveTo(self, point) -> None:
        self.path.moveTo(*self._point(point))

    def _lineTo(self, point) -> None:
        self.path.lineTo(*self._point(point))

    def _curveToOne(self, first, second, third) -> None:
        self.path.curveTo(*self._point(first), *self._point(second), *self._point(third))

    def _closePath(self) -> None:
        self.path.close()


def _draw_outline(canvas: Canvas, font_name: str, glyph: int, x: float, y: float,
                  size: float) -> None:
    path = canvas.beginPath()
    scale = size / pdfmetrics.getFont(font_name).face.unitsPerEm
    _harfbuzz_font(font_name).draw_glyph_with_pen(glyph, _OutlinePen(path, x, y, scale))
    canvas.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


# ReportLab writes a ToUnicode CMap for each font subset. Replaced so that a
# glyph code handed out above reads as its cluster's text, and so that unused
# codes are left out: ReportLab maps them to U+0000, which PDF/UA forbids.
def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    pairs = [(code, SYNTHETIC_TEXT.get(value, chr(value)))
             for code, value in enumerate(subset) if value]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(pairs)} beginbfchar",
        *(f"<{code:02X}> <{_utf16_hex(text)}>" for code, text in pairs),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


ttfonts.makeToUnicodeCMap = _to_unicode_cmap
