"""The other flowables of a handout page: list items, boxes, two columns, ruled lines,
pictures."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.colors import black
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from ..faces import ensure_registered
from ..readback import column_break
from ..reportlab_internals import append_operators
from .pagination import BREAKS_OVER, EPSILON, MIN_LINES, SplitsBelow, split_below
from .tags import Element, recorder_of


class ListEntry(SplitsBelow):
    """One list item: its label (a bullet, a number, or a box to tick) in the margin, its
    body indented; in a right-to-left list, the label in the right margin."""

    def __init__(
        self,
        label: str | None,
        font: str,
        size: float,
        indent: float,
        body: Any,
        label_element: Element | None,
        rtl: bool = False,
        checkbox: bool = False,
    ):
        super().__init__()
        self.label, self.font, self.size, self.indent = label, font, size, indent
        self.body, self.label_element = body, label_element
        self.rtl, self.checkbox = rtl, checkbox

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, self.height = self.body.wrap(available_width - self.indent, available_height)
        self.width = available_width
        return self.width, self.height

    def line_count(self) -> int:
        return int(self.body.line_count())

    def split_below(
        self, available_width: float, available_height: float, above: float
    ) -> list[Flowable]:
        """The item splits as its body does (`above`: what a `Group` keeps with it): its
        paragraph, or a bilingual item's translation and then its English stacked; the
        label stays with the first part. Its two columns beside each other do not split:
        they give way to the pair stacked (`SideBySide.split_below`), which may come back
        whole, one part."""
        parts = split_below(self.body, available_width - self.indent, available_height, above)
        return [
            ListEntry(
                self.label if index == 0 else None,
                self.font,
                self.size,
                self.indent,
                part,
                self.label_element if index == 0 else None,
                self.rtl,
                self.checkbox and index == 0,
            )
            for index, part in enumerate(parts)
        ]

    def draw(self) -> None:
        canvas, recorder = self.canv, recorder_of(self.canv)
        # The first line's baseline (a part of a split item has no label to put on it).
        top = self.height - self.body.first_baseline() if self.label or self.checkbox else 0.0
        if self.checkbox:
            side = self.size * 0.8
            stroke = max(1.0, self.size / 14)  # its ink reaches half of it past the path
            left = self.width - side - self.size * 0.2 if self.rtl else stroke / 2
            with recorder.artifact(canvas, "Layout"):
                canvas.setStrokeColor(black)
                canvas.setLineWidth(stroke)
                canvas.rect(left, top - self.size * 0.05, side, side)
        # The label is painted before the body, in either direction, as the structure
        # tree orders them (Lbl, then LBody): right to left it was painted after (for
        # PDFium, which then read a bullet drawn first at the end of the item's first
        # line), and a checker of the paint order against the tags (ORD-001) found each
        # item out of order. PDFium now reads the bullet first either way.
        self._draw_label(top)
        # The body marks its own content (the item's LBody, or the P of each of a
        # bilingual pair's blocks): marked here as well, a link's or an underline's
        # marked content in it opened inside the LBody's, which PDF/UA-1 refuses.
        self.body.drawOn(canvas, 0 if self.rtl else self.indent, 0)

    def _draw_label(self, top: float) -> None:
        """The bullet or number, in the margin on the side the lines start."""
        canvas = self.canv
        if self.label is None or self.label_element is None:  # a box to tick, or a part
            return
        font = ensure_registered(self.font)  # before ReportLab's registry is asked
        x = self.width - font.stringWidth(self.label, self.size) if self.rtl else 0.0
        with recorder_of(canvas).marked(canvas, self.label_element):
            canvas.setFont(self.font, self.size)
            canvas.setFillColor(black)
            canvas.drawString(x, top, self.label)


class Hanging(Flowable):  # type: ignore[misc]
    """A list item's English in a column of its own, its label (the translation's bullet
    or number again) before its first line, in the gutter (`in_gutter`: the English
    column on the right, so its lines keep their width and the PDF its pages) or, the
    English column at the page's left edge, inside it, the text indented as the
    translation is. Without it, an English reader of the column could not tell where an
    item ended and the next began. The label is drawn as glyph outlines in an artifact:
    the item's Lbl already holds it for a reader of the tags, and an extractor reads it
    once."""

    def __init__(self, label: Any | None, indent: float, body: Any, in_gutter: bool):
        super().__init__()
        self.label, self.indent, self.body, self.in_gutter = label, indent, body, in_gutter
        self.inset = 0.0 if in_gutter else indent  # where the text starts

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, self.height = self.body.wrap(available_width - self.inset, available_height)
        if self.label is not None:
            self.label.wrap(self.indent, available_height)
        self.width = available_width
        return self.width, self.height

    def first_baseline(self) -> float:
        return float(self.body.first_baseline())

    def first_lines_height(self, width: float) -> float:
        return float(self.body.first_lines_height(width - self.inset))

    def line_count(self) -> int:
        return int(self.body.line_count())

    def getSpaceBefore(self) -> float:
        return float(self.body.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.body.getSpaceAfter())

    def draw(self) -> None:
        canvas = self.canv
        if self.label is not None:  # on the first line's baseline
            baseline = self.height - self.body.first_baseline()
            with recorder_of(canvas).artifact(canvas, "Layout"):
                self.label.drawOn(
                    canvas,
                    self.inset - self.indent,
                    baseline + self.label.first_baseline() - self.label.height,
                )
        self.body.drawOn(canvas, self.inset, 0)


class Box(SplitsBelow):
    """Flowables drawn inside a ruled box (the rule is an artifact); kept whole, unless
    moving it would leave more than `BREAKS_OVER` of a page empty, when it is split in two
    boxes (`split_below`), or it is taller than a page, when it gives up the box, never
    the content. The first of two parts is open at its foot, the second at its head
    (`open_bottom`, `open_top`), as a box going on over a page is drawn."""

    def __init__(
        self,
        content: Sequence[Any],
        padding: float,
        rule: float,
        frame_height: float,
        space_after: float = 0.0,
        open_top: bool = False,
        open_bottom: bool = False,
    ):
        super().__init__()
        self.content, self.padding, self.rule = list(content), padding, rule
        self.frame_height, self.space_after = frame_height, space_after
        self.open_top, self.open_bottom = open_top, open_bottom
        self._placed: list[tuple[Any, float]] = []

    def inner_width(self, available_width: float) -> float:
        """The width its content is set in, in a box `available_width` wide."""
        return available_width - 2 * self.padding

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        inner_width = self.inner_width(available_width)
        y = self.padding
        self._placed = []
        for index, flowable in enumerate(self.content):
            if index:
                y += max(self.content[index - 1].getSpaceAfter(), flowable.getSpaceBefore())
            _, height = flowable.wrap(inner_width, available_height)
            self._placed.append((flowable, y + height))
            y += height
        self.width, self.height = available_width, y + self.padding
        return self.width, self.height

    def first_lines_height(self, width: float) -> float:
        return float(self.wrap(width, self.frame_height)[1])

    def line_count(self) -> int:
        return _lines_of(self.content)

    def unboxed(self) -> list[Any]:
        """Its content without the box, for a heading no page holds with it (`Group`)."""
        return list(self.content)

    def split_below(
        self, available_width: float, available_height: float, above: float
    ) -> list[Flowable]:
        """Moved whole where it fits a page, unless that, with the `above` points a
        `Group` keeps with it, would leave more than `BREAKS_OVER` of the page empty: then
        in two boxes (`_in_two`). Moved whole, the key points left 42% of page 1 of the
        Burmese plain-language PDF empty, 53% of the bilingual one's."""
        if self.height <= self.frame_height:
            if available_height + above <= self.frame_height * BREAKS_OVER:
                return []
            return self._in_two(available_width, available_height, above)
        first, *rest = self.content
        if first.wrap(available_width, available_height)[1] <= available_height + EPSILON:
            return list(self.content)
        parts = first.split(available_width, available_height)  # what fits here comes first
        return [*parts, *rest] if parts else []

    def _in_two(
        self, available_width: float, available_height: float, above: float
    ) -> list[Flowable]:
        """A box of what fits the room left, its content split by its own rules (a list's,
        a heading kept with what follows it), and one of the rest; [] where either would
        hold fewer than `MIN_LINES` lines."""
        inner_width = available_width - 2 * self.padding
        room = available_height - 2 * self.padding
        here: list[Any] = []
        pending = list(self.content)
        used, was_split = 0.0, False
        while pending:
            flowable = pending[0]
            space = max(here[-1].getSpaceAfter(), flowable.getSpaceBefore()) if here else 0.0
            _, height = flowable.wrap(inner_width, room - used - space)
            if used + space + height <= room + EPSILON:
                here.append(pending.pop(0))
                used += space + height
                continue
            if was_split:  # what a split left over goes on
                break
            # Moved on, the first flowable takes the box with it; a later one, only itself.
            parts = split_below(
                flowable,
                inner_width,
                room - used - space,
                above + self.padding if not here else 0.0,
            )
            if not parts:
                break
            pending[:1] = parts
            was_split = True
        if not here or not pending or min(_lines_of(here), _lines_of(pending)) < MIN_LINES:
            return []
        return [
            Box(here, self.padding, self.rule, self.frame_height, 0.0, self.open_top, True),
            Box(pending, self.padding, self.rule, self.frame_height, self.space_after, True),
        ]

    def getSpaceAfter(self) -> float:
        return self.space_after

    def draw(self) -> None:
        canvas = self.canv
        with recorder_of(canvas).artifact(canvas, "Layout"):
            canvas.setStrokeColor(black)
            canvas.setLineWidth(self.rule)
            left, bottom = self.rule / 2, self.rule / 2
            right, top = self.width - self.rule / 2, self.height - self.rule / 2
            if not (self.open_top or self.open_bottom):
                canvas.rect(left, bottom, right - left, top - bottom)
            else:  # its sides to the open ends, and the rule of a closed end between them
                path = canvas.beginPath()
                if self.open_top and self.open_bottom:  # a middle part: its sides alone
                    for x in (left, right):
                        path.moveTo(x, 0.0)
                        path.lineTo(x, self.height)
                else:
                    end, closed = (self.height, bottom) if self.open_top else (0.0, top)
                    path.moveTo(left, end)
                    path.lineTo(left, closed)
                    path.lineTo(right, closed)
                    path.lineTo(right, end)
                canvas.drawPath(path, stroke=1, fill=0)
        for flowable, bottom_from_top in self._placed:
            flowable.drawOn(canvas, self.padding, self.height - bottom_from_top)


def _lines_of(flowables: Sequence[Any]) -> int:
    """The lines of text the flowables set (a picture, ruled lines: none)."""
    return sum(int(getattr(flowable, "line_count", lambda: 0)()) for flowable in flowables)


class SideBySide(SplitsBelow):
    """A translation and its English in two columns, which never split (split, the second
    column's first half would read before the first column's second half: the story
    stacks a pair taller than a page, `Typesetter.story`, and `split` gives the pair
    stacked where it does not fit the room left, a paragraph's or a list item's); the
    translation on the left, or on the right in a right-to-left document, and always
    drawn (so read) first, the English starting a line of its own
    (`readback.column_break`). Left to right, their first lines share a baseline:
    top-aligned, a face with a taller ascent (Lao, Thai, Khmer) set its first line up to
    4 points below the English's, or a shorter one (Devanagari, Bengali) 1 point above.
    Right to left they stay top-aligned (`_drops`)."""

    def __init__(
        self,
        first: Any,
        second: Any,
        gutter: float,
        frame_height: float,
        right_to_left: bool = False,
        stacked: Any | None = None,
    ):
        super().__init__()
        self.first, self.second, self.gutter = first, second, gutter
        self.frame_height, self.right_to_left = frame_height, right_to_left
        self.stacked = stacked  # the two one under the other, or None: kept whole

    def _column(self, available_width: float) -> float:
        return (available_width - self.gutter) / 2

    def _drops(self) -> tuple[float, float]:
        """How far below the pair's top each side starts, once wrapped: the side whose
        first baseline lies higher, by the difference. Not right to left: PDFium reads
        text on one baseline as one line, and took an Arabic block's first line and the
        English's beside it for one right-to-left line, their words interleaved (blocks
        back exactly in the bilingual Arabic, Persian, Pashto and Urdu PDFs: 173 to 154,
        134 to 122, 211 to 192, 207 to 193 of 253)."""
        if self.right_to_left:
            return (0.0, 0.0)
        baselines = [float(side.first_baseline()) for side in (self.first, self.second)]
        return (max(baselines) - baselines[0], max(baselines) - baselines[1])

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        column = self._column(available_width)
        heights = [side.wrap(column, available_height)[1] for side in (self.first, self.second)]
        self.width = available_width
        self.height = max(
            drop + height for drop, height in zip(self._drops(), heights, strict=True)
        )
        return self.width, self.height

    def first_baseline(self) -> float:
        """The pair's, which both columns share."""
        return max(float(side.first_baseline()) for side in (self.first, self.second))

    def line_count(self) -> int:
        """The lines of its longer column: the rows it takes on a page."""
        return max(int(side.line_count()) for side in (self.first, self.second))

    def first_lines_height(self, width: float) -> float:
        column = self._column(width)
        heights = [
            float(side.first_lines_height(column))
            if hasattr(side, "first_lines_height")
            else float(side.wrap(column, self.frame_height)[1])
            for side in (self.first, self.second)
        ]
        return max(drop + height for drop, height in zip(self._drops(), heights, strict=True))

    def split_below(
        self, available_width: float, available_height: float, above: float
    ) -> list[Flowable]:
        """Where the pair does not fit the room left on a page, it moves whole to the next,
        unless it has `stacked` (a paragraph's or a list item's pair) and moving, with the
        `above` points a `Group` keeps with it, would leave more of the page empty than
        that allows (`Stack.roomy`: a fifth): then it is stacked here, the translation
        across the page and its English under it, whole or split as a stacked pair
        splits. Moved whole, a translation of 24 lines in its column left 52% of a page
        empty; a list's first item, with its lead-in, 36% and 39% of page 5 of the
        bilingual Somali and Tagalog PDFs."""
        if self.stacked is None:
            return []
        _, height = self.stacked.wrap(available_width, available_height)
        if height > available_height + EPSILON:
            return list(self.stacked.split_below(available_width, available_height, above))
        return [self.stacked] if self.stacked.roomy(available_height + above) else []

    def getSpaceBefore(self) -> float:
        return max(float(self.first.getSpaceBefore()), float(self.second.getSpaceBefore()))

    def getSpaceAfter(self) -> float:
        return max(float(self.first.getSpaceAfter()), float(self.second.getSpaceAfter()))

    def draw(self) -> None:
        column = self._column(self.width)
        right = column + self.gutter
        drops = dict(zip((id(self.first), id(self.second)), self._drops(), strict=True))
        places = (
            ((self.first, right), (self.second, 0.0))
            if self.right_to_left
            else ((self.first, 0.0), (self.second, right))
        )
        for side, x in places:
            if side is self.second:
                append_operators(self.canv, column_break(self.height))
            _, height = side.wrap(column, self.height)
            side.drawOn(self.canv, x, self.height - drops[id(side)] - height)


class NotesLines(SplitsBelow):
    """Ruled lines to write on (page furniture: an artifact); kept together, unless moving
    them would leave more than `BREAKS_OVER` of a page empty (`split_below`)."""

    def __init__(self, count: int, spacing: float, frame_height: float):
        super().__init__()
        self.count, self.spacing, self.frame_height = count, spacing, frame_height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, self.count * self.spacing
        return self.width, self.height

    def first_lines_height(self, width: float) -> float:
        return self.count * self.spacing

    def split_below(
        self, available_width: float, available_height: float, above: float
    ) -> list[Flowable]:
        """As many lines as fit, and the rest on the next page, at least `MIN_LINES` on
        each side, where moving them, with the `above` points their heading takes, would
        leave more than `BREAKS_OVER` of the page empty: moved whole with "Notes", they
        left a third of a page empty in 9 plain-language PDFs."""
        fit = min(int((available_height + EPSILON) // self.spacing), self.count - MIN_LINES)
        if available_height + above <= self.frame_height * BREAKS_OVER or fit < MIN_LINES:
            return []
        return [
            NotesLines(fit, self.spacing, self.frame_height),
            NotesLines(self.count - fit, self.spacing, self.frame_height),
        ]

    def draw(self) -> None:
        canvas = self.canv
        with recorder_of(canvas).artifact(canvas, "Layout"):
            canvas.setStrokeColor(black)
            canvas.setLineWidth(0.75)
            for number in range(self.count):
                y = number * self.spacing
                canvas.line(0, y, self.width, y)


class Picture(Flowable):  # type: ignore[misc]
    """An image at a given height, drawn as a Figure element with its alternative text, at
    the left of the width it is given, or at its right (`flush_right`)."""

    def __init__(self, path: Path, height: float, element: Element, flush_right: bool = False):
        super().__init__()
        self.path, self.element, self.flush_right = path, element, flush_right
        self.image = ImageReader(str(path))
        image_width, image_height = self.image.getSize()
        self.height = height
        self.image_width = height * image_width / image_height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.drawn_width = min(self.image_width, available_width)
        self.width = available_width if self.flush_right else self.drawn_width
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        left = self.width - self.drawn_width
        with recorder_of(canvas).marked(canvas, self.element):
            canvas.drawImage(
                self.image,
                left,
                0,
                self.drawn_width,
                self.height,
                preserveAspectRatio=True,
                mask="auto",
            )
        x0, bottom = canvas.absolutePosition(left, 0)
        x1, top = canvas.absolutePosition(self.width, self.height)
        self.element.bbox = (x0, bottom, x1, top)
