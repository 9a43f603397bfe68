"""A paragraph on the page: lines from `text.paragraph`, drawn by `layout.draw`, split by
the widow and orphan rules (`pagination`)."""

from __future__ import annotations

from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

from ..faces import FontChain
from ..text.paragraph import Line, StyledText, break_lines
from .draw import draw_line
from .pagination import EPSILON, MIN_LINES
from .tags import recorder_of

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
        if self.lines is None or abs(available_width - self.width) > EPSILON:
            self.lines = self._break(available_width)
        self.width = available_width
        self.height = self.leading * len(self.lines)
        return self.width, self.height

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

    def first_lines_height(self, width: float) -> float:
        self.wrap(width, self.frame_height)
        assert self.lines is not None
        lines = len(self.lines) if len(self.lines) < 2 * MIN_LINES else MIN_LINES
        return self.leading * lines

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        assert self.lines is not None
        fit = int((available_height + EPSILON) // self.leading)
        count = len(self.lines)
        if fit >= count or fit <= 0:
            return []
        if count >= 2 * MIN_LINES:
            fit = min(fit, count - MIN_LINES)
            if fit < MIN_LINES:
                return []
        elif available_height < self.frame_height - EPSILON:
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
                x = (
                    self.width - max(line.width, line.ink_right)
                    if self.rtl
                    else max(0.0, -line.ink_left)
                )
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
