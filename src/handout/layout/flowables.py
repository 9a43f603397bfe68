"""The flowables of a handout page, and the page-breaking rules typesetters use.

Every paragraph is a `TextParagraph` (lines from `text.paragraph`, drawn by
`layout.draw`). Page breaks follow the usual rules of book typesetting:

- a paragraph splits with at least 2 lines on each side (no widow, no orphan);
  one of 3 lines or fewer moves whole;
- a list splits between items, at least 2 items on each side;
- a heading stays with what follows it, and a line that ends in a colon with its
  list (`Group`): together with the first 2 lines, or the first 2 items;
- a boxed block (key points, the unreviewed line, the clinic) moves whole.

Each flowable says how much room it needs to start on a page
(`first_lines_height`). `frame_height` lets a flowable taller than a whole page
break the rules rather than stop the build.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from ..faces import FontChain
from ..text.paragraph import Line, StyledText, break_lines
from .draw import draw_line
from .tags import Element, recorder_of

_EPSILON = 0.01
MIN_LINES = 2  # lines of a paragraph, items of a list, on each side of a page break
# Of the size: room kept at a line's end for a glyph whose ink passes its advance.
OVERHANG = 0.08


class TextParagraph(Flowable):  # type: ignore[misc]
    """A paragraph of one language, broken into lines, aligned left (right in a
    right-to-left paragraph) or centred."""

    def __init__(
        self,
        styled: StyledText,
        chain: FontChain,
        size: float,
        leading: float,
        rtl: bool,
        *,
        centred: bool = False,
        space_before: float = 0.0,
        space_after: float = 0.0,
        color: Color = black,
        frame_height: float = 1e9,
        silent: bool = False,
        lines: list[Line] | None = None,
    ):
        super().__init__()
        self.styled, self.chain, self.size, self.rtl = styled, chain, size, rtl
        self.centred, self.color, self.silent = centred, color, silent
        self.space_before, self.space_after = space_before, space_after
        self.frame_height = frame_height
        faces = [face for face, _ in chain.runs(styled.text)] or [chain.first]
        self.leading = max(leading, max(face.line_height for face in faces) * size)
        self.ascent = max(face.ascent for face in faces) * size
        self.lines = lines
        self.width = 0.0

    def _part(self, lines: list[Line], space_before: float, space_after: float) -> TextParagraph:
        part = TextParagraph(
            self.styled,
            self.chain,
            self.size,
            self.leading,
            self.rtl,
            centred=self.centred,
            space_before=space_before,
            space_after=space_after,
            color=self.color,
            frame_height=self.frame_height,
            silent=self.silent,
            lines=lines,
        )
        part.width = self.width
        return part

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self.lines is None or abs(available_width - self.width) > _EPSILON:
            self.lines = break_lines(
                self.styled, self.chain, self.size, available_width - OVERHANG * self.size, self.rtl
            )
        self.width = available_width
        self.height = self.leading * len(self.lines)
        return self.width, self.height

    def first_lines_height(self, width: float) -> float:
        self.wrap(width, self.frame_height)
        assert self.lines is not None
        lines = len(self.lines) if len(self.lines) < 2 * MIN_LINES else MIN_LINES
        return self.leading * lines

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        assert self.lines is not None
        fit = int((available_height + _EPSILON) // self.leading)
        count = len(self.lines)
        if fit >= count or fit <= 0:
            return []
        if count >= 2 * MIN_LINES:
            fit = min(fit, count - MIN_LINES)
            if fit < MIN_LINES:
                return []
        elif available_height < self.frame_height - _EPSILON:
            return []  # too short to split by the rules: it moves to the next page whole
        return [
            self._part(self.lines[:fit], self.space_before, 0.0),
            self._part(self.lines[fit:], 0.0, self.space_after),
        ]

    def getSpaceBefore(self) -> float:
        return self.space_before

    def getSpaceAfter(self) -> float:
        return self.space_after

    def draw(self) -> None:
        assert self.lines is not None
        canvas = self.canv
        recorder = recorder_of(canvas)
        canvas.setFillColor(self.color)
        for number, line in enumerate(self.lines):
            if self.centred:
                x = (self.width - line.width) / 2
            else:
                x = self.width - line.width if self.rtl else max(0.0, -line.ink_left)
            baseline = self.height - self.ascent - number * self.leading
            draw_line(
                canvas,
                line,
                x,
                baseline,
                lambda url: recorder.link(canvas, url),
                silent=self.silent,
            )
            self._link_annotations(line, x, baseline)
        canvas.setFillColor(black)

    def _link_annotations(self, line: Line, x: float, baseline: float) -> None:
        """Underline each link's text and make it a link annotation."""
        canvas, size = self.canv, self.size
        for url, left, right in line.link_spans():
            canvas.setStrokeColor(self.color)
            canvas.setLineWidth(size / 18)
            with recorder_of(canvas).artifact(canvas, "Layout"):
                canvas.line(x + left, baseline - size * 0.15, x + right, baseline - size * 0.15)
            text = "".join(
                run.text
                for run, link in zip((run for run, _ in line.runs), line.links, strict=True)
                if link == url
            )
            recorder_of(canvas).link_annotation(
                canvas, url, text, (x + left, baseline - size * 0.3, x + right, baseline + size)
            )


class ListEntry(Flowable):  # type: ignore[misc]
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
        body_element: Element,
        rtl: bool = False,
        checkbox: bool = False,
    ):
        super().__init__()
        self.label, self.font, self.size, self.indent = label, font, size, indent
        self.body, self.label_element, self.body_element = body, label_element, body_element
        self.rtl, self.checkbox = rtl, checkbox

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, self.height = self.body.wrap(available_width - self.indent, available_height)
        self.width = available_width
        return self.width, self.height

    def draw(self) -> None:
        canvas, recorder = self.canv, recorder_of(self.canv)
        top = self.height - self.size
        if self.checkbox:
            side = self.size * 0.8
            left = self.width - side - self.size * 0.2 if self.rtl else 0.0
            with recorder.artifact(canvas, "Layout"):
                canvas.setStrokeColor(black)
                canvas.setLineWidth(max(1.0, self.size / 14))
                canvas.rect(left, top - self.size * 0.05, side, side)
        elif self.label and self.label_element is not None:
            with recorder.marked(canvas, self.label_element):
                canvas.setFont(self.font, self.size)
                canvas.setFillColor(black)
                if self.rtl:
                    canvas.drawRightString(self.width, top, self.label)
                else:
                    canvas.drawString(0, top, self.label)
        with recorder.marked(canvas, self.body_element):
            self.body.drawOn(canvas, 0 if self.rtl else self.indent, 0)


class Stack(Flowable):  # type: ignore[misc]
    """Flowables one above the other with a gap between them; splits between them."""

    def __init__(
        self,
        items: Sequence[Any],
        gap: float,
        space_before: float = 0.0,
        space_after: float = 0.0,
        frame_height: float = 1e9,
        min_items: int = 1,
    ):
        super().__init__()
        self.items, self.gap = list(items), gap
        self.space_before, self.space_after = space_before, space_after
        self.frame_height, self.min_items = frame_height, min_items
        self._heights: list[float] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._heights = [item.wrap(available_width, available_height)[1] for item in self.items]
        self.width = available_width
        self.height = sum(self._heights) + self.gap * max(len(self.items) - 1, 0)
        return self.width, self.height

    def first_lines_height(self, width: float) -> float:
        self.wrap(width, self.frame_height)
        count = len(self.items) if len(self.items) < 2 * self.min_items else self.min_items
        return sum(self._heights[:count]) + self.gap * (count - 1)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        used, fit = 0.0, 0
        for height in self._heights:
            if used + height > available_height + _EPSILON:
                break
            used += height + self.gap
            fit += 1
        count = len(self.items)
        fresh = available_height >= self.frame_height - _EPSILON
        if count >= 2 * self.min_items:
            fit = min(fit, count - self.min_items)
        if fit > 0 and (fit >= self.min_items or fresh) and (count >= 2 * self.min_items or fresh):
            return [
                Stack(
                    self.items[:fit],
                    self.gap,
                    self.space_before,
                    0.0,
                    self.frame_height,
                    self.min_items,
                ),
                Stack(
                    self.items[fit:],
                    self.gap,
                    0.0,
                    self.space_after,
                    self.frame_height,
                    self.min_items,
                ),
            ]
        if fresh:  # taller than a page even alone: split inside the first item
            parts = self.items[0].split(available_width, available_height)
            if parts:
                return [
                    *parts,
                    Stack(
                        self.items[1:],
                        self.gap,
                        0.0,
                        self.space_after,
                        self.frame_height,
                        self.min_items,
                    ),
                ]
        return []

    def getSpaceBefore(self) -> float:
        return self.space_before

    def getSpaceAfter(self) -> float:
        return self.space_after

    def draw(self) -> None:
        y = self.height
        for item, height in zip(self.items, self._heights, strict=True):
            y -= height
            item.drawOn(self.canv, 0, y)
            y -= self.gap


class Group(Flowable):  # type: ignore[misc]
    """A heading (or a lead-in line) kept with the start of what follows it."""

    def __init__(self, first: Any, rest: Any, frame_height: float):
        super().__init__()
        self.first, self.rest, self.frame_height = first, rest, frame_height

    def _gap(self) -> float:
        return max(float(self.first.getSpaceAfter()), float(self.rest.getSpaceBefore()))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, self.first_height = self.first.wrap(available_width, available_height)
        _, rest_height = self.rest.wrap(available_width, available_height)
        self.width = available_width
        self.height = self.first_height + self._gap() + rest_height
        return self.width, self.height

    def first_lines_height(self, width: float) -> float:
        self.wrap(width, self.frame_height)
        return float(self.first_height + self._gap() + self.rest.first_lines_height(width))

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        room = available_height - self.first_height - self._gap()
        fresh = available_height >= self.frame_height - _EPSILON
        if self.first_lines_height(available_width) <= available_height + _EPSILON:
            parts = self.rest.split(available_width, room)
            if parts:
                return [self.first, *parts]
        return [self.first, self.rest] if fresh else []

    def getSpaceBefore(self) -> float:
        return float(self.first.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.rest.getSpaceAfter())

    def draw(self) -> None:
        _, rest_height = self.rest.wrap(self.width, self.height)
        self.first.drawOn(self.canv, 0, rest_height + self._gap())
        self.rest.drawOn(self.canv, 0, 0)


class Box(Flowable):  # type: ignore[misc]
    """Flowables drawn inside a ruled box (the rule is an artifact); kept whole unless it
    is taller than a page, when it gives up the box, never the content."""

    def __init__(
        self,
        content: Sequence[Any],
        padding: float,
        rule: float,
        frame_height: float,
        space_after: float = 0.0,
    ):
        super().__init__()
        self.content, self.padding, self.rule = list(content), padding, rule
        self.frame_height, self.space_after = frame_height, space_after
        self._placed: list[tuple[Any, float]] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        inner_width = available_width - 2 * self.padding
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

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if self.height <= self.frame_height:
            return []
        return list(self.content)

    def getSpaceAfter(self) -> float:
        return self.space_after

    def draw(self) -> None:
        canvas = self.canv
        with recorder_of(canvas).artifact(canvas, "Layout"):
            canvas.setStrokeColor(black)
            canvas.setLineWidth(self.rule)
            canvas.rect(
                self.rule / 2, self.rule / 2, self.width - self.rule, self.height - self.rule
            )
        for flowable, bottom_from_top in self._placed:
            flowable.drawOn(canvas, self.padding, self.height - bottom_from_top)


class SideBySide(Flowable):  # type: ignore[misc]
    """A translation and its English in two columns, split together; the translation on
    the left, or on the right in a right-to-left document, and always drawn (so read)
    first."""

    def __init__(
        self,
        first: Any,
        second: Any,
        gutter: float,
        frame_height: float,
        right_to_left: bool = False,
    ):
        super().__init__()
        self.first, self.second, self.gutter = first, second, gutter
        self.frame_height, self.right_to_left = frame_height, right_to_left

    def _column(self, available_width: float) -> float:
        return (available_width - self.gutter) / 2

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        column = self._column(available_width)
        heights = [side.wrap(column, available_height)[1] for side in (self.first, self.second)]
        self.width, self.height = available_width, max(heights)
        return self.width, self.height

    def first_lines_height(self, width: float) -> float:
        column = self._column(width)
        return max(
            float(side.first_lines_height(column))
            if hasattr(side, "first_lines_height")
            else float(side.wrap(column, self.frame_height)[1])
            for side in (self.first, self.second)
        )

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        column = self._column(available_width)
        parts = []
        for side in (self.first, self.second):
            _, height = side.wrap(column, available_height)
            parts.append(
                [side]
                if height <= available_height + _EPSILON
                else side.split(column, available_height)
            )
        if not all(parts):
            return []
        (first, *first_rest), (second, *second_rest) = parts
        head = SideBySide(first, second, self.gutter, self.frame_height, self.right_to_left)
        if not first_rest and not second_rest:
            return [head]
        return [
            head,
            SideBySide(
                first_rest[0] if first_rest else _Nothing(),
                second_rest[0] if second_rest else _Nothing(),
                self.gutter,
                self.frame_height,
                self.right_to_left,
            ),
        ]

    def getSpaceBefore(self) -> float:
        return max(float(self.first.getSpaceBefore()), float(self.second.getSpaceBefore()))

    def getSpaceAfter(self) -> float:
        return max(float(self.first.getSpaceAfter()), float(self.second.getSpaceAfter()))

    def draw(self) -> None:
        column = self._column(self.width)
        right = column + self.gutter
        places = (
            ((self.first, right), (self.second, 0.0))
            if self.right_to_left
            else ((self.first, 0.0), (self.second, right))
        )
        for side, x in places:
            _, height = side.wrap(column, self.height)
            side.drawOn(self.canv, x, self.height - height)


class _Nothing(Flowable):  # type: ignore[misc]
    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, 0.0

    def draw(self) -> None:
        pass


class NotesLines(Flowable):  # type: ignore[misc]
    """Ruled lines to write on (page furniture: an artifact)."""

    def __init__(self, count: int, spacing: float):
        super().__init__()
        self.count, self.spacing = count, spacing

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, self.count * self.spacing
        return self.width, self.height

    def first_lines_height(self, width: float) -> float:
        return self.count * self.spacing

    def draw(self) -> None:
        canvas = self.canv
        with recorder_of(canvas).artifact(canvas, "Layout"):
            canvas.setStrokeColor(black)
            canvas.setLineWidth(0.75)
            for number in range(self.count):
                y = number * self.spacing
                canvas.line(0, y, self.width, y)


class Picture(Flowable):  # type: ignore[misc]
    """An image at a given height, drawn as a Figure element with its alternative text."""

    def __init__(self, path: Path, height: float, element: Element):
        super().__init__()
        self.path, self.element = path, element
        self.image = ImageReader(str(path))
        image_width, image_height = self.image.getSize()
        self.height = height
        self.image_width = height * image_width / image_height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = min(self.image_width, available_width)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        with recorder_of(canvas).marked(canvas, self.element):
            canvas.drawImage(
                self.image, 0, 0, self.width, self.height, preserveAspectRatio=True, mask="auto"
            )
        left, bottom = canvas.absolutePosition(0, 0)
        right, top = canvas.absolutePosition(self.width, self.height)
        self.element.bbox = (left, bottom, right, top)
