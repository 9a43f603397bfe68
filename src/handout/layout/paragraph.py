"""A paragraph on the page: lines from `text.paragraph`, spaced by their ink, drawn by
`layout.draw`, split by the widow and orphan rules (`pagination`)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import partial
from itertools import pairwise
from pathlib import Path

from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

from ..errors import PhoneCutError
from ..faces import FontChain
from ..readback import carried_text, text_origins
from ..text.paragraph import Line, StyledText, break_lines
from ..text.shaping import InkBox
from .draw import draw_line
from .pagination import BREAKS_OVER, EPSILON, MIN_LINES
from .tags import recorder_of

# Of the size: room kept at a line's end for a glyph whose ink passes its advance.
OVERHANG = 0.08
# Of the size: the least room between the ink of a line and the ink of the line below it,
# down and across.
CLEARANCE = 0.1
# Of the size: the farthest apart Poppler's pdftotext takes two lines for lines of one
# block (its maxLineSpacingDelta). Lines farther apart are each a block of their own, which
# it may read in another order than they stand in (beside a column: `layout.story`).
POPPLER_BLOCK_SPACING = 1.5
# Of the size: how far below the baseline a link's underline lies, and how thick it is.
UNDERLINE_DROP = 0.15
UNDERLINE_WIDTH = 1 / 18


def least_line_spacing(upper: Iterable[InkBox], lower: Iterable[InkBox], clearance: float) -> float:
    """The least distance between two baselines at which no ink of the lower line comes
    within `clearance` of ink of the upper one, down or across: a tall mark counts only
    against the ink under it (Arabic, Thai or Lao marks, set far above and below their
    letters, seldom meet the marks of the next line, so their lines need not all be as
    far apart as the font's tallest stack would need). -inf when no ink of one line lies
    under ink of the other. Written here: layout libraries space lines by the font's
    ascent and descent, not by the glyphs a line holds."""
    deepest_first = sorted(upper, key=lambda box: box.bottom)
    tallest_first = sorted(lower, key=lambda box: -box.top)
    if not tallest_first:
        return -math.inf
    reach = -math.inf
    for above in deepest_first:
        if tallest_first[0].top - above.bottom <= reach:
            break  # no pair left can reach further
        for below in tallest_first:
            if below.top - above.bottom <= reach:
                break
            if below.left < above.right + clearance and above.left < below.right + clearance:
                reach = below.top - above.bottom
                break  # the tallest under this glyph: the others reach less far
    return reach + clearance


class TextParagraph(Flowable):  # type: ignore[misc]
    """A paragraph of one language, broken into lines, aligned left (right in a
    right-to-left paragraph, or `flush_right`: English by a right-to-left list's label)
    or centred."""

    def __init__(
        self,
        styled: StyledText,
        chain: FontChain,
        size: float,
        leading: float,
        rtl: bool,
        *,
        centred: bool = False,
        flush_right: bool = False,
        space_before: float = 0.0,
        space_after: float = 0.0,
        color: Color = black,
        frame_height: float = 1e9,
        silent: bool = False,
        lines: list[Line] | None = None,
        latin_lang: str | None = None,
        written_at: tuple[Path | None, int | None] = (None, None),
    ):
        super().__init__()
        self.styled, self.chain, self.size, self.rtl = styled, chain, size, rtl
        self.centred, self.flush_right = centred, flush_right
        self.color, self.silent = color, silent
        self.space_before, self.space_after = space_before, space_after
        self.frame_height = frame_height
        faces = [face for face, _ in chain.runs(styled.text)] or [chain.first]
        self.least_leading = max(leading, max(face.line_height for face in faces) * size)
        self.leading = self.least_leading  # more where the ink of two lines would meet
        self.ascent = max(face.ascent for face in faces) * size
        self.lines = lines
        self.width = 0.0
        # In a language not written in Latin letters, the language of its Latin-script
        # words (the source's: drug and brand names), which are tagged so.
        self.latin_lang = latin_lang
        # The file and line its text is written at (a source's, a catalog's), which an
        # error about it names.
        self.written_at = written_at

    def _part(self, lines: list[Line], space_before: float, space_after: float) -> TextParagraph:
        part = TextParagraph(
            self.styled,
            self.chain,
            self.size,
            self.least_leading,
            self.rtl,
            centred=self.centred,
            flush_right=self.flush_right,
            space_before=space_before,
            space_after=space_after,
            color=self.color,
            frame_height=self.frame_height,
            silent=self.silent,
            lines=lines,
            latin_lang=self.latin_lang,
            written_at=self.written_at,
        )
        part.width, part.leading = self.width, self.leading
        return part

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self.lines is None or abs(available_width - self.width) > EPSILON:
            self.lines = self._break(available_width)
            self.width = available_width
            self.leading = self._spacing(self.lines)
        self.height = self._height(self.lines)
        return self.width, self.height

    def _spacing(self, lines: list[Line]) -> float:
        """The paragraph's line spacing: its least, or more, the same for every line,
        where the ink of two of its lines would come too near."""
        clearance = CLEARANCE * self.size
        spacing = self.least_leading
        for upper, lower in pairwise(lines):
            if self._depth(upper) + lower.ink_top + clearance > spacing:  # else none meet
                spacing = max(
                    spacing,
                    least_line_spacing(self._ink(upper), self._ink(lower), clearance),
                )
        return spacing

    @property
    def read_as_one_block(self) -> bool:
        """Whether Poppler takes the lines, once wrapped, for lines of one block: there is
        one, or they stand nearer than `POPPLER_BLOCK_SPACING` (by more than the rounding
        of the PDF's numbers: Poppler still joins lines exactly that far apart)."""
        assert self.lines is not None
        return len(self.lines) < 2 or self.leading < POPPLER_BLOCK_SPACING * self.size - EPSILON

    def _height(self, lines: list[Line]) -> float:
        """A line spacing per line, or more where the ink of the last line reaches further
        below its baseline, or the ink of the first line rises above, than the spacing
        leaves room for."""
        if not lines:
            return 0.0
        return max(
            self.leading * len(lines),
            self._top(lines[0]) + self.leading * (len(lines) - 1) + self._depth(lines[-1]),
        )

    def _top(self, line: Line) -> float:
        """How far above its baseline the first line needs room: the faces' ascent, or more
        where its ink rises higher (a Devanagari vowel sign, a Khmer mark over a tall
        letter)."""
        return max(self.ascent, line.ink_top)

    def _depth(self, line: Line) -> float:
        """How far the line's ink, its links' underlines included, reaches below its
        baseline."""
        return max(-line.ink_bottom, self._underline_depth if any(line.links) else 0.0)

    @property
    def _underline_depth(self) -> float:
        """How far a link's underline reaches below the baseline."""
        return (UNDERLINE_DROP + UNDERLINE_WIDTH / 2) * self.size

    def _x(self, line: Line) -> float:
        """Where the line starts, from the paragraph's left edge."""
        if self.centred:
            return (self.width - line.width) / 2
        if self.rtl or self.flush_right:
            return self.width - max(line.width, line.ink_right)
        return max(0.0, -line.ink_left)

    def _ink(self, line: Line) -> Iterable[InkBox]:
        """The line's ink and its links' underlines, from the paragraph's left edge and the
        line's baseline."""
        x = self._x(line)
        for box in line.ink():
            yield InkBox(x + box.left, x + box.right, box.bottom, box.top)
        low = -self._underline_depth
        for _, left, right in line.link_spans():
            yield InkBox(x + left, x + right, low, low + UNDERLINE_WIDTH * self.size)

    def _break(self, width: float) -> list[Line]:
        """Lines whose ink, not only their advance, stays within `width` (a glyph may
        reach past its advance: a tail, an overhanging mark)."""
        measure = width - OVERHANG * self.size
        for _ in range(4):
            lines = break_lines(self.styled, self.chain, self.size, measure, self.rtl)
            excess = max((line.ink_width - width for line in lines), default=0.0)
            if excess <= 0:
                break
            measure -= excess + 0.5
        return lines

    def first_baseline(self) -> float:
        """How far below its top the first line's baseline lies, once wrapped (a list
        item's label sits on it)."""
        return self._top(self.lines[0]) if self.lines else self.size

    def line_count(self) -> int:
        """How many lines it sets, once wrapped (`pagination.Stack`'s rule of lines)."""
        assert self.lines is not None
        return len(self.lines)

    def first_lines_height(self, width: float) -> float:
        self.wrap(width, self.frame_height)
        assert self.lines is not None
        lines = len(self.lines) if len(self.lines) < 2 * MIN_LINES else MIN_LINES
        return self._height(self.lines[:lines])

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        assert self.lines is not None
        fit = int((available_height + EPSILON) // self.leading)
        while fit > 0 and self._height(self.lines[:fit]) > available_height + EPSILON:
            fit -= 1
        count = len(self.lines)
        if fit >= count or fit <= 0:
            return []
        fewest = 1  # lines left on this page
        if count >= 2 * MIN_LINES:
            fit = min(fit, count - MIN_LINES)
            if fit < MIN_LINES:
                return []
            fewest = MIN_LINES
        elif available_height < self.frame_height - EPSILON:
            return []  # too short to split by the rules: it moves to the next page whole
        # Not after a line that ends inside a word (at a soft hyphen): no extractor joins a
        # page's last line to the next page's first, and the word read back as two
        # ("electro\xad" / "encefalografía"). A line earlier, where the rules allow; else,
        # where that leaves little of the page empty, on the next page (the rest of a
        # paragraph split a line earlier, its first lines cut, comes here: a page's foot).
        uncut = next(
            (end for end in range(fit, fewest - 1, -1) if self.lines[end - 1].hyphen is None),
            None,
        )
        if uncut is not None:
            fit = uncut
        elif available_height <= BREAKS_OVER * self.frame_height:
            return []
        return [
            self._part(self.lines[:fit], self.space_before, 0.0),
            self._part(self.lines[fit:], 0.0, self.space_after),
        ]

    def getSpaceBefore(self) -> float:
        return self.space_before

    def getSpaceAfter(self) -> float:
        return self.space_after

    def refuse_cut_phone(self) -> None:
        """Refuse (a PhoneCutError) the lines, once wrapped, if one ends inside a phone
        number where no space parts it."""
        assert self.lines is not None
        cut = next((line.cut_phone for line in self.lines if line.cut_phone), None)
        if cut is not None:
            raise PhoneCutError(
                f"the phone number {cut!r} is wider than its line ({self.width:.0f} points at "
                f"{self.size:g} pt) and was cut where no space parts it, which a patient "
                "dialling from the paper reads as two numbers: write it with spaces where a "
                "line may end ('+1 555 010 0199'), or make the variant's body_size smaller",
                cut,
                *self.written_at,
            )

    def draw(self) -> None:
        assert self.lines is not None
        # Refused when drawn, not when broken: a trial layout (two columns) may cut it, and
        # the one drawn not.
        self.refuse_cut_phone()
        canvas = self.canv
        recorder = recorder_of(canvas)
        canvas.setFillColor(self.color)
        top = self._top(self.lines[0]) if self.lines else 0.0
        origins = text_origins([line.hyphen is not None for line in self.lines])
        goes_on = _goes_on_cut_words(self.lines)
        rests = _rests_of_cut_words(self.lines, goes_on)
        for number, line in enumerate(self.lines):
            x = self._x(line)
            baseline = self.height - top - number * self.leading
            draw_line(
                canvas,
                line,
                x,
                baseline,
                lambda link: recorder.link(canvas, link, self.styled.link_text(link)),
                silent=self.silent,
                latin=(self.latin_lang, partial(recorder.mark_words, canvas))
                if self.latin_lang
                else None,
                drop=(number - origins[number]) * self.leading,
                joined=number + 1 < len(self.lines),
                goes_on=goes_on[number],
                rest=rests[number],
                mark_artifact=partial(recorder.artifact, canvas, "Layout"),
                resume=partial(recorder.resume, canvas),
            )
            if not self.silent:  # page furniture is an artifact: it holds no link
                self._link_annotations(line, x, baseline)
        canvas.setFillColor(black)

    def _link_annotations(self, line: Line, x: float, baseline: float) -> None:
        """Underline each link's text, and make what its Link element holds (its text and
        the rest of a word it is part of: "doi:") a link annotation, described by the
        link's whole text (a link broken across lines has an annotation on each: each
        described by its line's piece, a keyboard's user met 'hylaxis/resources/')."""
        canvas, size = self.canv, self.size
        for _, left, right in line.link_spans():
            canvas.setStrokeColor(self.color)
            canvas.setLineWidth(size * UNDERLINE_WIDTH)
            low = baseline - size * UNDERLINE_DROP
            with recorder_of(canvas).artifact(canvas, "Layout"):
                canvas.line(x + left, low, x + right, low)
        for link, left, right in line.link_areas():
            recorder_of(canvas).link_annotation(
                canvas,
                link,
                self.styled.link_text(link),
                (x + left, baseline - size * 0.3, x + right, baseline + size),
            )


def _goes_on_cut_words(lines: Sequence[Line]) -> list[bool]:
    """For each line of one part of a paragraph (on one page), whether it goes on with a
    right-to-left word the line above it cuts at its end."""
    return [number > 0 and lines[number - 1].cuts_right_to_left for number in range(len(lines))]


def _rests_of_cut_words(lines: Sequence[Line], goes_on: Sequence[bool]) -> list[str]:
    """For each line of one part of a paragraph (on one page), the rest of the
    right-to-left word it cuts at its end, on the lines below it (`readback.rest_of_word`):
    the words the next line goes on with, and, where that line holds only the word and
    cuts it too, the rest after it; "" for a line that cuts none, or that holds only a
    word it goes on with (`goes_on`, `_goes_on_cut_words`: the word's first line holds
    all of it)."""
    rests = [""] * len(lines)
    after = ""  # the rest the line below carries on to the lines after it
    for number in reversed(range(len(lines) - 1)):
        line, below = lines[number], lines[number + 1]
        rest = ""
        if line.cuts_right_to_left:
            rest = carried_text([run for run, _ in below.runs])
            if below.cuts_right_to_left and " " not in below.text:
                rest += after
        after = rest
        rests[number] = "" if goes_on[number] and " " not in line.text else rest
    return rests
