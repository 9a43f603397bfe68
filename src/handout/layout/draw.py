"""Drawing a line of shaped runs on a canvas, so that every extractor reads it back.

All the text glyphs of a line go in one text object, piece by piece
(`readback.pieces`), each piece opened with its font operator, each word in
its /ActualText span (`readback.line_spans`). Each glyph is reached through
the character spacing of the one before (and raised with the text rise; left
to right, the glyphs between two changes of either are shown by one operator),
so an extractor sees no gap it could take for a space and no jump it could take
for a new line. Glyphs that carry no text are drawn as outlines after, and the
hyphen at a soft hyphen last, in a text object of its own marked as an artifact
(`readback.hyphen_actual_text`). Text in the bold of a face with no bold file is
stroked as well as filled.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from typing import Any

from fontTools.pens.basePen import BasePen
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

from ..faces import ensure_registered, is_synthetic_bold
from ..inline import Link
from ..readback import (
    HYPHEN_READS_AS,
    LEFT_TO_RIGHT_MARK,
    RIGHT_TO_LEFT_MARK,
    ActualTextSpan,
    DrawnWord,
    Piece,
    actual_text,
    carry_cut_word,
    hyphen_actual_text,
    line_spans,
    pieces,
    rest_of_word,
)
from ..reportlab_internals import (
    append_operators,
    draw_form,
    show_text,
    subsets,
    text_splits,
)
from ..text.glyphs import GLYPH_CODES
from ..text.paragraph import Line
from ..text.scripts import script_of
from ..text.shaping import ShapedRun, harfbuzz_font

SYNTHETIC_BOLD_STROKE = 1 / 30  # of the font size: how much a face with no bold is thickened
# The blocks pypdf reads right to left, whatever the bidi class of the character.
_PYPDF_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


# A glyph ready to draw: its run, its word (numbers in the line), its text code ("": drawn
# as its outline), the glyph, its x on the page and its y above the baseline. A plain
# tuple, not a named one: one is made for every glyph drawn, and making a named tuple
# calls its Python `__new__` (with the pieces', then made for every glyph too, about 1.5%
# of the CPU of building the shipped PDFs).
_Placed = tuple[ShapedRun, tuple[int, int], str, int, float, float]
# A glyph drawn as its outline in a form (`_draw_silent`): its font, the glyph, its x and
# y from the line's left edge and baseline, and its size.
_Outlined = tuple[str, int, float, float, float]


LinkMarker = Callable[[Link], AbstractContextManager[None]]
ArtifactMarker = Callable[[], AbstractContextManager[None]]
# Begins, inside a text object, marked content of the words of the language given (None:
# the paragraph's own), which the text object ends, given the text of those words in
# reading order: `StructureRecorder.mark_words`.
LanguageSwitch = Callable[[Any, str | None, str], None]
# Opens the paragraph's marked content again where a link, an artifact or words of another
# language interrupted it, before its own words are drawn (False: its glyph outlines, no
# words): `StructureRecorder.resume`.
Resumer = Callable[[bool], None]


def _nothing_to_resume(words: bool) -> None:
    """Lines drawn outside any element (page furniture) have no marked content to open."""


def draw_line(
    canvas: Canvas,
    line: Line,
    x: float,
    y: float,
    mark_link: LinkMarker | None = None,
    silent: bool = False,
    latin: tuple[str, LanguageSwitch] | None = None,
    drop: float = 0.0,
    joined: bool = False,
    goes_on: bool = False,
    rest: str = "",
    mark_artifact: ArtifactMarker = nullcontext,
    resume: Resumer = _nothing_to_resume,
) -> None:
    """Draw `line` with its left edge at x and its baseline at y; the glyphs of each link
    are drawn inside `mark_link(link)` (the link's own marked content, opened by `resume` as
    the paragraph's is), the hyphen at a soft hyphen inside `mark_artifact()`, the
    paragraph's own words after `resume(True)` and its glyph outlines after `resume(False)`;
    `joined`: a line below it on this page (`readback.hyphen_actual_text`; where this
    line cuts a right-to-left word, its hyphen's advance runs to the line's right end:
    `readback.rest_of_word`); `goes_on`: the line goes on with a right-to-left word
    cut at the end of the line before on this page (`readback.carry_cut_word`); `rest`:
    the rest of the right-to-left word it cuts, where it starts on this line and goes on
    on this page (`readback.rest_of_word`).
    `drop`: how far the line lies below the baseline its text starts on
    (`readback.text_origins`), lowered by the text rise. A `silent` line (page furniture) is
    drawn as glyph outlines, which no extractor reads (pypdf knows no /ActualText to hide
    text with), so a paragraph split across two pages reads back whole, without the page
    number and running header between its halves.
    `latin`: in a paragraph of another script, the language of its Latin-script words
    ("warfarin" in Arabic, "JAMA Dermatology" in Japanese: the source's) and the switch that
    marks them so, for a screen reader to say them in it (PDF/UA-1 7.2), a link's words too:
    in a text object with such words, each stretch of one language is marked content of its
    own (of the link's element, in a link), ended inside the text object."""
    if silent:
        _draw_silent(canvas, line, x, y)
        return
    runs = [run for run, _ in line.runs]
    spans = line_spans(runs, line.joined(), line.text, line.rtl, line.spaced)
    if goes_on:
        carry_cut_word(spans, runs)
    if latin is not None and not line.rtl:
        spans = _apart_at_script_changes(line, spans)
    words: list[DrawnWord] = []  # each word's glyphs that carry text
    outlines: list[_Placed] = []  # glyphs that carry none
    for index, (run, run_x) in enumerate(line.runs):
        origin = x + run_x
        codes, glyphs, xs, ys = run.codes, run.glyphs, run.xs, run.ys
        start = 0  # the word's first glyph's number in the run (`ShapedRun.word_glyphs`)
        for number, end in enumerate(run.word_ends):
            word_key = (index, number)
            with_text: list[_Placed] = []
            for at in range(start, end):  # the glyph's number in the run
                code = codes[at]
                item = (run, word_key, code, glyphs[at], origin + xs[at], ys[at])
                (with_text if code else outlines).append(item)
            if with_text:
                words.append((word_key, run.rtl, spans[index][number], with_text))
            start = end
    right_to_left = line.rtl or bool(_PYPDF_RIGHT_TO_LEFT.search(line.text))
    ordered = pieces(
        words,
        _text_of,
        lambda items: subsets(
            ensure_registered(items[0][0].font_name),
            "".join(code for _, _, code, _, _, _ in items),
            canvas,
        ),
        right_to_left,
        rest_of_word(rest),
    )
    finished: set[object] = set()
    for link, group in _link_groups(line, ordered):
        switches = None
        if latin is not None:
            flags = _latin_pieces(group)
            if any(flags):
                switches = (latin[1], [latin[0] if flag else None for flag in flags])
        with mark_link(link) if link and mark_link else nullcontext():
            if switches is None:  # else each stretch's marked content opens in the text
                resume(True)
            _draw_text(canvas, group, y, drop, finished, right_to_left, switches)
    if outlines:
        resume(False)
    for run, _, _, outlined, glyph_x, glyph_y in outlines:
        _draw_outline(canvas, run.font_name, outlined, glyph_x, y + glyph_y, run.size)
    if line.hyphen is not None:
        hyphen, hyphen_x = line.drawn[-1]
        span_text = hyphen_actual_text(joined, line.cuts_right_to_left)
        pen_end = x + line.width if joined and line.cuts_right_to_left else None
        with mark_artifact():
            _draw_hyphen(canvas, hyphen, x + hyphen_x, y, drop, span_text, pen_end)


def _draw_hyphen(
    canvas: Canvas,
    hyphen: ShapedRun,
    x: float,
    y: float,
    drop: float,
    span_text: str,
    pen_end: float | None,
) -> None:
    """The hyphen at a soft hyphen (in a script that writes none, a glyph of no ink), its
    left edge at x: its glyph reads as a soft hyphen (`readback.HYPHEN_READS_AS`), in an
    /ActualText span of `span_text`; `pen_end`: where its advance ends, if not after its
    glyph (`readback.rest_of_word`)."""
    font = ensure_registered(hyphen.font_name)
    glyphs: list[_Placed] = [
        (
            hyphen,
            (0, 0),
            GLYPH_CODES.code(font, glyph, HYPHEN_READS_AS),
            glyph,
            x + glyph_x,
            glyph_y,
        )
        for code, glyph, glyph_x, glyph_y in zip(
            hyphen.codes, hyphen.glyphs, hyphen.xs, hyphen.ys, strict=True
        )
        if code
    ]
    drawn: list[Piece] = [(glyphs, ("hyphen", span_text), 0)] if glyphs else []
    _draw_text(canvas, drawn, y, drop, set(), False, pen_end=pen_end)


def _link_groups(line: Line, ordered: list[Piece]) -> list[tuple[Link | None, list[Piece]]]:
    """The pieces in stretches of one link (or none), in order. A word partly in a link
    ("doi:" before its link; right to left, the full stop after a linked word, a run of
    its own) is drawn whole inside the link's marked content: split, pypdf (which knows
    no /ActualText) would read a space into it."""
    if not any(line.links):
        return [(None, ordered)] if ordered else []
    links = line.word_links
    groups: list[tuple[Link | None, list[Piece]]] = []
    for piece in ordered:
        items, _, _ = piece
        link = links.get(items[0][1])  # a piece is of one word
        if groups and groups[-1][0] == link:
            groups[-1][1].append(piece)
        else:
            groups.append((link, [piece]))
    return groups


def _apart_at_script_changes(
    line: Line, spans: list[list[ActualTextSpan]]
) -> list[list[ActualTextSpan]]:
    """The spans of a left-to-right line with each word that changes between Latin letters
    and another script's (Korean '와파린(warfarin)을', Amharic 'የJAMA') cut there, for its
    Latin-script part to be marked as words of another language (`_latin_pieces`). Each
    part but the last is drawn in no /ActualText span, its glyphs read as their own
    text: PDFium reads a span's text at its first glyph, and put a space after a part in
    one ('와파린( warfarin) 을'). A word with a part whose glyphs do not read as its text
    in the order drawn (a vowel sign drawn before its consonant) is left whole."""
    joined = list(line.joined())
    last: bool | None = None  # whether the letters before, in the word, are Latin
    for index, (run, _) in enumerate(line.runs):
        if index and not joined[index - 1]:
            last = None
        for number, word in enumerate(run.words):
            letters = [c for c in word if c.isalpha()]
            if not word.strip():
                last = None
            elif letters:
                latin = all(script_of(c) == "Latn" for c in letters)
                if number == 0 and last is not None and latin != last:
                    joined[index - 1] = False
                last = latin
    if joined == list(line.joined()):
        return spans
    runs = [run for run, _ in line.runs]
    parts = line_spans(runs, joined, line.text, line.rtl, line.spaced)
    result = [list(run_spans) for run_spans in spans]
    words: dict[object, list[tuple[int, int]]] = {}  # each word's run-words, in order
    for index, run_spans in enumerate(spans):
        for number, span in enumerate(run_spans):
            words.setdefault(span[0], []).append((index, number))
    for places in words.values():
        keys = list(dict.fromkeys(parts[i][n][0] for i, n in places))
        if len(keys) < 2:
            continue
        heads = [(i, n) for i, n in places if parts[i][n][0] != keys[-1]]
        drawn = "".join(
            GLYPH_CODES.text_of_code(runs[i].codes[at])
            for i, n in heads
            for at in runs[i].word_glyphs(n)
        )
        if drawn != "".join(runs[i].words[n] for i, n in heads):
            continue
        for i, n in places:
            result[i][n] = ((i, n), None) if (i, n) in heads else parts[i][n]
    return result


def _latin_pieces(group: list[Piece]) -> list[bool]:
    """For each piece, whether it is of Latin-script words: its /ActualText span's
    letters are all Latin and make a word (`_of_latin_words`); a piece with none (a
    space, a bracket, vitamin D's letter) when the pieces with such words on both sides
    of it, in drawing order, are. Decided by span, so that a span never crosses a change
    of language."""
    texts: dict[ActualTextSpan, str] = {}  # a span's glyphs may be in several pieces
    for items, span, _ in group:
        if span[1] is None:  # no span: its glyphs' own text
            texts[span] = texts.get(span, "") + "".join(map(_text_of, items))
        else:
            texts[span] = span[1]
    of_span = {span: _of_latin_words(text) for span, text in texts.items()}
    lettered = [of_span[span] for _, span, _ in group]
    # The nearest decided flag after each piece, found in one pass from the end (a
    # search from each piece was quadratic in the group's length).
    after: list[bool] = []
    nearest = False
    for flag in reversed(lettered):
        after.append(nearest)
        if flag is not None:
            nearest = flag
    after.reverse()
    flags = []
    before = False  # the nearest decided flag before
    for flag, following in zip(lettered, after, strict=True):
        if flag is None:
            flags.append(before and following)
        else:
            flags.append(flag)
            before = flag
    return flags


@lru_cache(maxsize=4096)
def _of_latin_words(text: str) -> bool | None:
    """Whether a span's text is of Latin-script words (True), of another script (False),
    or of neither (None): no letters, or Latin letters that make no word of two letters or
    more written without digits, a letter standing as a symbol (vitamin D's, an X-ray's
    X) or a code (the document ID, DERM-001), which has no language of speech and takes
    its neighbours' (PDF/UA-1 7.2 asks for /Lang where the natural language changes).
    Kept once asked: a word is drawn on many lines and in each variant of a locale, and
    reading its letters' scripts each time was two fifths of `_latin_pieces`' time."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    if not all(script_of(c) == "Latn" for c in letters):
        return False
    words = [
        word
        for word in text.split()
        if sum(c.isalpha() for c in word) > 1 and not any(c.isdigit() for c in word)
    ]
    return True if words else None


def _draw_text(
    canvas: Canvas,
    ordered: list[Piece],
    y: float,
    drop: float,
    finished: set[object],
    right_to_left: bool,
    switches: tuple[LanguageSwitch, list[str | None]] | None = None,
    pen_end: float | None = None,
) -> None:
    """One text object, begun at its first glyph, `drop` above the baseline y (its glyphs
    lowered to it by the text rise: `readback.text_origins`), not first at the origin of
    the page's coordinates as ReportLab's `beginText()` is, which pypdf takes for a new
    line. The glyphs in order, each word in its /ActualText span (a span already given in
    an earlier text object reads as nothing here). Right to left, each glyph is shown by
    an operator of its own: shown together, PDFium gave back three Arabic blocks fewer of
    250. `switches`: the language of each piece (None: the paragraph's), each stretch of
    one marked inside the text object and ended in it (a text object of its own changed
    what pypdf reads: "(warfarin)," in Arabic came back apart). `pen_end`: where the last
    glyph's advance ends (its char spacing), if not after it."""
    xs = [x for items, _, _ in ordered for _, _, _, _, x, _ in items]
    text = canvas.beginText(xs[0], y + drop)
    current_span: ActualTextSpan | None = None
    current_piece: object = None
    stroked = False
    char_space, rise = 0.0, 0.0  # a text object starts with both at 0
    codes: list[str] = []  # glyphs shown by one operator: nothing changes between them
    splits = text_splits(canvas)
    font: Any = None  # the piece's font (`ensure_registered`), from its first glyph on

    def show() -> None:
        if codes:
            show_text(text, font, "".join(codes), splits)
            codes.clear()

    widths: dict[str, float] = {}  # the glyph codes' widths in the piece's font and size
    previous_span: ActualTextSpan | None = None
    language: str | None = None
    marking = False  # a stretch of one language is open (with switches)
    position = 0  # the number in the line of the glyph drawn next (its x: `xs`)
    for index, (items, span, piece) in enumerate(ordered):
        if span != current_span or piece != current_piece:
            show()
        if switches:
            wanted = switches[1][index]
            if wanted != language or not marking:
                if current_span and current_span[1] is not None:
                    append_operators(text, "EMC")
                current_span = None
                if marking:
                    append_operators(text, "EMC")
                switches[0](text, wanted, _stretch_text(ordered, switches[1], index))
                language, marking = wanted, True
        if span != current_span:
            if current_span and current_span[1] is not None:
                append_operators(text, "EMC")
            if span[1] is not None:
                already = span[0] in finished
                append_operators(text, actual_text("" if already else span[1]))
                finished.add(span[0])
            current_span = span
        run = items[0][0]  # a piece is of one run
        if piece != current_piece:
            font = ensure_registered(run.font_name)  # before ReportLab's registry is asked
            text.setFont(run.font_name, run.size)
            stroked = _stroke(text, run, stroked)
            current_piece = piece
            widths = _code_widths(run.font_name, run.size)
        # A span's first glyph on its own: shown with the next ones, PDFium put the space
        # after a Gujarati word one word late.
        alone = right_to_left or span != previous_span
        for _, _, code, _, x, glyph_y in items:
            width = widths.get(code)
            if width is None:
                width = widths[code] = font.stringWidth(code, run.size)
            position += 1
            if position < len(xs):
                following = xs[position]
            else:
                following = x + width if pen_end is None else pen_end
            # `round(gap, 3)`, without calling it for a gap that rounds to 0: most glyphs'
            # spacings are within half a thousandth of 0 (83,000 of 91,000 in the bench's
            # 22 PDFs), and `round` to digits takes about 250 ns, a comparison 15. A -0.0
            # it would give is 0.0 here: equal to it, and written as the same "0"
            # (`fp_str`).
            gap = following - x - width
            spacing = 0.0 if -0.0005 < gap < 0.0005 else round(gap, 3)
            rise_wanted = glyph_y - drop
            if spacing != char_space or rise_wanted != rise:
                show()
                if spacing != char_space:  # the text state keeps both: each set when it changes
                    text.setCharSpace(spacing)
                    char_space = spacing
                if rise_wanted != rise:
                    text.setRise(rise_wanted)
                    rise = rise_wanted
            codes.append(code)
            if alone:
                show()
                alone = right_to_left
        previous_span = span
    show()
    if current_span and current_span[1] is not None:
        append_operators(text, "EMC")
    if marking:
        append_operators(text, "EMC")
    if stroked:
        append_operators(text, "0 Tr")
    text.setCharSpace(0)
    text.setRise(0)
    canvas.drawText(text)


def _stretch_text(ordered: list[Piece], languages: list[str | None], start: int) -> str:
    """The text, in reading order, of the stretch of one language that starts at piece
    `start`: each of its /ActualText spans' text once (the invisible directional marks
    that hold a stretch in place for Poppler left out, `readback.RIGHT_TO_LEFT_MARK`),
    each piece in no span read as its glyph."""
    text, seen = "", set()
    index = start
    while index < len(ordered) and languages[index] == languages[start]:
        items, span, _ = ordered[index]
        if span[1] is None:
            text += "".join(map(_text_of, items))
        elif span[0] not in seen:
            seen.add(span[0])
            text += span[1]
        index += 1
    return text.replace(RIGHT_TO_LEFT_MARK, "").replace(LEFT_TO_RIGHT_MARK, "")


@lru_cache(maxsize=256)
def _code_widths(font_name: str, size: float) -> dict[str, float]:
    """The widths of the glyph codes drawn so far in a font at a size (ReportLab's
    `stringWidth`, asked once per code instead of once per glyph drawn)."""
    return {}


def _stroke(text: Any, run: ShapedRun, stroked: bool) -> bool:
    """Stroke the outlines of a face with no bold file as well as filling them."""
    wanted = is_synthetic_bold(run.font_name)
    if wanted:
        append_operators(text, f"2 Tr {run.size * SYNTHETIC_BOLD_STROKE:.3f} w 0 G")
    elif stroked:
        append_operators(text, "0 Tr")
    return wanted


def _text_of(item: _Placed) -> str:
    _, _, code, _, _, _ = item
    return GLYPH_CODES.text_of_code(code)


class _OutlinePen(BasePen):  # type: ignore[misc]
    """Turns a glyph outline into PDF path operators, in font units (to a tenth)."""

    def __init__(self) -> None:
        super().__init__(None)
        self.operators: list[str] = []

    def _add(self, operator: str, *points: tuple[float, float]) -> None:
        numbers = (f"{value:.1f}".removesuffix(".0") for point in points for value in point)
        self.operators.append(" ".join([*numbers, operator]))

    def _moveTo(self, point: tuple[float, float]) -> None:
        self._add("m", point)

    def _lineTo(self, point: tuple[float, float]) -> None:
        self._add("l", point)

    def _curveToOne(
        self, first: tuple[float, float], second: tuple[float, float], third: tuple[float, float]
    ) -> None:
        self._add("c", first, second, third)

    def _closePath(self) -> None:
        self._add("h")


@lru_cache(maxsize=8192)
def _outline(font_name: str, glyph: int) -> str:
    """A glyph's outline as path operators in font units, made once per glyph."""
    pen = _OutlinePen()
    harfbuzz_font(font_name).draw_glyph_with_pen(glyph, pen)
    return " ".join(pen.operators)


def _draw_outline(
    canvas: Canvas, font_name: str, glyph: int, x: float, y: float, size: float
) -> None:
    """Fill a glyph's outline (nonzero rule), scaled from font units and placed at x, y."""
    operators = _outline_operators(font_name, glyph, x, y, size)
    if operators:
        append_operators(canvas, operators)


def _outline_operators(font_name: str, glyph: int, x: float, y: float, size: float) -> str:
    outline = _outline(font_name, glyph)
    if not outline:
        return ""
    scale = fp_str(size / ensure_registered(font_name).face.unitsPerEm)
    return f"q\n{scale} 0 0 {scale} {fp_str(x)} {fp_str(y)} cm\n{outline}\nf\nQ"


def _draw_silent(canvas: Canvas, line: Line, x: float, y: float) -> None:
    """Draw a line of page furniture as its glyphs' outlines, in a form of the PDF's own
    drawn by name: the same line (the running header, the document ID) is on every
    page, and written out each time its outlines made three quarters of a page's
    operators."""
    if not any(run.ink for run, _ in line.runs):
        return
    box = (line.ink_left - 1, line.ink_bottom - 1, line.ink_right + 1, line.ink_top + 1)
    append_operators(canvas, "q", f"1 0 0 1 {fp_str(x)} {fp_str(y)} cm")
    draw_form(
        canvas,
        _form_name(line.runs),
        lambda: "\n".join(
            filter(None, (_outline_operators(*glyph) for glyph in _outlined(line.runs)))
        ),
        box,
    )
    append_operators(canvas, "Q")


def _outlined(runs: tuple[tuple[ShapedRun, float], ...]) -> list[_Outlined]:
    """The glyphs of a line's runs (with each run's x in the line), as `_outline_operators`
    draws them."""
    return [
        (run.font_name, glyph, run_x + glyph_x, glyph_y, run.size)
        for run, run_x in runs
        for glyph, glyph_x, glyph_y in zip(run.glyphs, run.xs, run.ys, strict=True)
    ]


@lru_cache(maxsize=256)
def _form_name(runs: tuple[tuple[ShapedRun, float], ...]) -> str:
    """The name of the form of a line of page furniture: of its glyphs as drawn. Kept by
    the line's runs, which the same line on each page shares: writing out its glyphs'
    numbers (`repr`) to name it was most of the time a line of page furniture took to
    draw, once its form was made."""
    return "Line" + hashlib.sha256(repr(_outlined(runs)).encode()).hexdigest()[:24]
