"""Layout: a translated `Document` -> ReportLab flowables and their structure tree.

Text reaches ReportLab only through `markup()`, which escapes every character
and picks a face per run from the locale's font chain; sizes, colours and
fonts come from the variant table, never from a catalog. Everything is left
aligned and ragged right, with no hyphenation and no italics. Each flowable
is tied to an element of the structure tree (H1, H2, P, L > LI > Lbl/LBody,
Sect), in reading order, and marked with its language when that differs
from the document's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib.colors import black
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from .faces import FontChain, is_synthetic_bold
from .inline import plain_text, segments
from .locales import is_right_to_left
from .project import Variant
from .shaping import Line, StyledText, break_lines, draw_line, needs_shaping
from .source import BlockKind, Section
from .structure import Element, Tagged, actual_text, needs_spelling_out, recorder_of
from .translate import SOURCE_LANG, DocBlock, Document, Span

# Languages written without spaces between words: lines may break between characters.
_CHARACTER_WRAP_LANGUAGES = frozenset({"zh", "ja"})
BOX_RULE = 2.0  # points; the key-points box
BULLET = "\u2022"
SYNTHETIC_BOLD_STROKE = 1 / 30  # of the font size: how much a face with no bold is thickened


def markup(span: Span, chain: FontChain, bold: bool = False) -> str:
    """ReportLab paragraph markup for a span: escaped text, one <font> per run of one face."""
    parts = []
    for segment in segments(span.markdown):
        runs = "".join(
            f'<font face="{face.bold if bold or segment.bold else face.regular}">'
            f"{escape(run)}</font>"
            for face, run in chain.runs(segment.text)
        )
        if segment.link:
            runs = f'<a href="{escape(segment.link, {chr(34): "&quot;"})}"><u>{runs}</u></a>'
        parts.append(runs)
    return "".join(parts)


@dataclass
class Typesetter:
    """Builds the flowables of one document and, alongside, its structure tree."""

    document: Document
    chain: FontChain
    frame_height: float  # a block no taller than this is never split across pages
    root: Element = field(default_factory=lambda: Element("Document"))

    @property
    def variant(self) -> Variant:
        return self.document.variant

    def lang_of(self, span: Span) -> str | None:
        """The span's language when it differs from the document's (for /Lang)."""
        return span.lang if span.lang != self.document.lang else None

    def style(self, size: float, span: Span, *, bold: bool = False, centred: bool = False,
              space_before: float = 0.0) -> ParagraphStyle:
        face = self.chain.first
        return ParagraphStyle(
            name=f"{size}-{bold}",
            fontName=face.bold if bold else face.regular,
            fontSize=size,
            leading=size * self.variant.leading,
            alignment=TA_CENTER if centred else TA_LEFT,
            spaceBefore=space_before,
            spaceAfter=self.variant.body_size * self.variant.space_after,
            textColor=black,
            wordWrap="CJK" if span.lang.split("-")[0] in _CHARACTER_WRAP_LANGUAGES else None,
            hyphenationLang="",
            embeddedHyphenation=0,
        )

    def paragraph(self, span: Span, size: float | None = None, *, bold: bool = False,
                  centred: bool = False, space_before: float = 0.0) -> Flowable:
        """A paragraph of one span: ReportLab's own, or for right-to-left languages and
        scripts that need shaping, one laid out by `shaping`."""
        size = size or self.variant.body_size
        style = self.style(size, span, bold=bold, centred=centred, space_before=space_before)
        rtl = is_right_to_left(span.lang)
        if rtl or needs_shaping(span.markdown):
            return ShapedParagraph(styled_text(span, bold), self.chain, style, rtl=rtl)
        return ReportLabParagraph(markup(span, self.chain, bold), style)

    def tagged_paragraph(self, span: Span, parent: Element, *, bold: bool = False) -> Tagged:
        return Tagged(self.paragraph(span, bold=bold), parent.add("P", self.lang_of(span)),
                      self.frame_height)

    def heading(self, span: Span, level: int, parent: Element) -> Tagged:
        space_before = self.variant.body_size * 0.5 if level > 1 else 0.0
        paragraph = self.paragraph(span, self.variant.heading_size(level), bold=True,
                                   space_before=space_before)
        paragraph.keepWithNext = 1
        return Tagged(paragraph, parent.add(f"H{level}", self.lang_of(span)),
                      self.frame_height, outline=(plain_text(span.markdown), level - 1))

    def listing(self, block: DocBlock, parent: Element) -> list[Flowable]:
        size = self.variant.body_size
        list_element = parent.add("L")
        entries: list[Flowable] = []
        for number, span in enumerate(block.spans, start=1):
            item = list_element.add("LI")
            label = f"{number}." if block.ordered else BULLET
            entries.append(ListEntry(label, self.chain.first.regular, size, size * 1.4,
                                     self.paragraph(span), item.add("Lbl"),
                                     item.add("LBody", self.lang_of(span)), self.frame_height,
                                     rtl=is_right_to_left(span.lang)))
        return entries

    def block(self, block: DocBlock, parent: Element) -> list[Flowable]:
        if block.kind is BlockKind.HEADING:
            return [self.heading(block.spans[0], block.level, parent)]
        if block.kind is BlockKind.LIST:
            return self.listing(block, parent)
        return [self.tagged_paragraph(block.spans[0], parent)]

    def story(self) -> list[Flowable]:
        """All flowables in reading order: title, text, notices, citation."""
        document, root = self.document, self.root
        story: list[Flowable] = [self.heading(document.title, 1, root)]
        story += [self.tagged_paragraph(span, root, bold=True) for span in document.draft_notice]
        box: list[Flowable] = []
        box_element: Element | None = None
        for block in document.blocks:
            if block.section is Section.KEY_POINTS:
                box_element = box_element or root.add("Sect")
                box += self.block(block, box_element)
                continue
            if box:
                story += [self.boxed(box), Spacer(1, self.variant.body_size)]
                box = []
            story += self.block(block, root)
        if box:
            story.append(self.boxed(box))
        story += self.end_matter()
        return story

    def end_matter(self) -> list[Flowable]:
        """The notices (translated, then the English original) and the citation."""
        document = self.document
        story: list[Flowable] = []
        spans = notice_spans(document)
        if spans:
            notices = self.root.add("Sect")
            story.append(self.heading(document.about_label, 2, notices))
        for index, span in enumerate(spans):
            if index and is_right_to_left(spans[index - 1].lang) != is_right_to_left(span.lang):
                # Poppler reads a whole page in the direction most of its letters run,
                # which scrambles right-to-left lines on a page where left-to-right text
                # (the English originals) outweighs them: the originals start a page.
                story.append(PageBreak())
            story.append(self.tagged_paragraph(span, notices))
        citation = citation_span(document)
        if citation is not None:
            source = self.root.add("Sect")
            story.append(self.heading(document.source_label, 2, source))
            story.append(self.tagged_paragraph(citation, source))
        return story

    def boxed(self, flowables: list[Flowable]) -> Flowable:
        return Box(flowables, padding=self.variant.body_size * 0.7, rule=BOX_RULE,
                   keep_whole_below=self.frame_height)

    def running_header(self) -> Flowable:
        """The title, at the top of every page after the first."""
        return self.paragraph(self.document.title, self.variant.footer_size, centred=True)

    def footer(self, page: int, pages: int) -> Flowable:
        template = self.document.page_number
        text = template.markdown.replace("{page}", str(page)).replace("{pages}", str(pages))
        span = Span(text, template.lang, template.path, template.line)
        return self.paragraph(span, self.variant.footer_size, centred=True)


class ReportLabParagraph(Paragraph):
    """ReportLab's paragraph, drawn through `ParagraphText`."""

    def beginText(self, x: float, y: float) -> PDFTextObject:
        return ParagraphText(self.canv, x, y)


class ParagraphText(PDFTextObject):
    """The text object of ReportLab's paragraphs, with two things ReportLab has no hook
    for (so they are done here):

    - each line `needs_spelling_out` picks is drawn inside an /ActualText span of
      its text: ReportLab writes each line as text-showing calls, the last of which
      ends the line (T*), and the span is put around the line once it is known;
    - text in the bold of a face with no bold file (`is_synthetic_bold`) is drawn
      with its outlines stroked as well as filled, so that it shows bold.
    """

    def __init__(self, canvas, x: float, y: float):
        super().__init__(canvas, x, y)
        self._line_start = len(self._code)
        self._line_text: list[str] = []
        self._stroked = False

    def _textOut(self, text: str, TStar: int = 0) -> None:
        super()._textOut(text, TStar)
        self._line_text.append(text)
        if not TStar:
            return
        line = "".join(self._line_text).strip()
        if needs_spelling_out(line):
            self._code.insert(self._line_start, actual_text(line))
            self._code.append("EMC")
        self._line_start, self._line_text = len(self._code), []

    def _setFont(self, psfontname: str, size: float) -> None:
        super()._setFont(psfontname, size)
        self._stroke_if_bold(psfontname, size)

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        super().setFont(psfontname, size, leading)
        self._stroke_if_bold(psfontname, size)

    def _stroke_if_bold(self, font_name: str, size: float) -> None:
        # The line width and stroke colour last until the paragraph's restoreState.
        stroked = is_synthetic_bold(font_name)
        if stroked:
            self._code.append(f"2 Tr {size * SYNTHETIC_BOLD_STROKE:.3f} w 0 G")
        elif self._stroked:
            self._code.append("0 Tr")
        self._stroked = stroked


class ListEntry(Flowable):
    """One list item: its label (Lbl) in the margin, its text (LBody) indented; for a
    right-to-left item, the label in the right margin."""

    def __init__(self, label: str | None, font: str, size: float, indent: float,
                 body: Flowable, label_element: Element, body_element: Element,
                 keep_whole_below: float, rtl: bool = False):
        super().__init__()
        self.label, self.font, self.size, self.indent = label, font, size, indent
        self.body = body
        self.label_element, self.body_element = label_element, body_element
        self.keep_whole_below = keep_whole_below
        self.rtl = rtl

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, self.height = self.body.wrap(available_width - self.indent, available_height)
        self.width = available_width
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if self.height <= self.keep_whole_below:
            return []
        parts = self.body.split(available_width - self.indent, available_height)
        return [ListEntry(self.label if index == 0 else None, self.font, self.size,
                          self.indent, part, self.label_element, self.body_element,
                          self.keep_whole_below, self.rtl)
                for index, part in enumerate(parts)]

    def getSpaceAfter(self) -> float:
        return self.body.getSpaceAfter() * 0.5

    def draw(self) -> None:
        canvas, recorder = self.canv, recorder_of(self.canv)
        if self.label:
            with recorder.marked(canvas, self.label_element):
                canvas.setFont(self.font, self.size)
                canvas.setFillColor(black)
                if self.rtl:
                    canvas.drawRightString(self.width, self.height - self.size, self.label)
                else:
                    canvas.drawString(0, self.height - self.size, self.label)
        with recorder.marked(canvas, self.body_element):
            self.body.drawOn(canvas, 0 if self.rtl else self.indent, 0)


class Box(Flowable):
    """Flowables drawn inside a ruled box; the rule is page furniture (an artifact)."""

    def __init__(self, content: list[Flowable], padding: float, rule: float,
                 keep_whole_below: float):
        super().__init__()
        self.content, self.padding, self.rule = content, padding, rule
        self.keep_whole_below = keep_whole_below
        self._placed: list[tuple[Flowable, float]] = []

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

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        # Kept whole like a paragraph; taller than a page, it gives up the box, never the
        # content.
        if self.height <= self.keep_whole_below:
            return []
        return list(self.content)

    def draw(self) -> None:
        canvas = self.canv
        with recorder_of(canvas).artifact(canvas, "Layout"):
            canvas.setStrokeColor(black)
            canvas.setLineWidth(self.rule)
            canvas.rect(self.rule / 2, self.rule / 2, self.width - self.rule,
                        self.height - self.rule)
        for flowable, bottom_from_top in self._placed:
            flowable.drawOn(canvas, self.padding, self.height - bottom_from_top)


class ShapedParagraph(Flowable):
    """A paragraph laid out line by line by `shaping`: HarfBuzz-shaped, in bidi order,
    right aligned when its language is written right to left, links underlined and
    clickable as in ReportLab's paragraphs."""

    def __init__(self, styled: StyledText, chain: FontChain, style: ParagraphStyle,
                 rtl: bool, lines: list[Line] | None = None):
        super().__init__()
        self.styled, self.chain, self.style, self.rtl = styled, chain, style, rtl
        self.lines = lines
        self.keepWithNext = 0
        floor = max((face.line_height for face, _ in chain.runs(styled.text)), default=0.0)
        self.leading = max(style.leading, floor * style.fontSize)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self.lines is None or available_width != self.width:
            self.lines = break_lines(self.styled, self.chain, self.style.fontSize,
                                     available_width, self.rtl)
        self.width = available_width
        self.height = self.leading * len(self.lines)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        assert self.lines is not None
        fit = int(available_height // self.leading)
        if fit <= 0 or fit >= len(self.lines):
            return []
        return [ShapedParagraph(self.styled, self.chain, self.style, self.rtl, lines)
                for lines in (self.lines[:fit], self.lines[fit:])]

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter

    def draw(self) -> None:
        assert self.lines is not None
        for number, line in enumerate(self.lines):
            if self.style.alignment == TA_CENTER:
                x = (self.width - line.width) / 2
            else:
                x = self.width - line.width if self.rtl else 0.0
            baseline = self.height - self.style.fontSize - number * self.leading
            draw_line(self.canv, line, x, baseline)
            self.draw_links(line, x, baseline)

    def draw_links(self, line: Line, x: float, baseline: float) -> None:
        """Underline each link's text, as ReportLab's paragraphs do, and make it a link
        annotation (the canvas adds it to the structure tree)."""
        size = self.style.fontSize
        for url, left, right in line.link_spans():
            self.canv.setStrokeColor(black)
            self.canv.setLineWidth(size / 18)
            self.canv.line(x + left, baseline - size * 0.15, x + right, baseline - size * 0.15)
            self.canv.linkURL(url, (x + left, baseline - size * 0.3, x + right,
                                    baseline + size), relative=1)


def styled_text(span: Span, bold: bool) -> StyledText:
    """The characters a span shows, each with its weight and link."""
    text, weights, links = "", [], []
    for segment in segments(span.markdown):
        text += segment.text
        weights += [bold or segment.bold] * len(segment.text)
        links += [segment.link] * len(segment.text)
    return StyledText(text, tuple(weights), tuple(links))


def notice_spans(document: Document) -> list[Span]:
    """The notices in reading order: the translations, then the English originals
    together (one language after the other reads better aloud, and keeps a
    right-to-left text from following left-to-right text)."""
    translated = [notice.translated for notice in document.notices if notice.translated]
    return translated + [notice.original for notice in document.notices]


def citation_span(document: Document) -> Span | None:
    """The citation line as printed, its DOI a link to doi.org."""
    citation = document.citation
    if citation is None:
        return None
    if citation.doi is None:
        return Span(_escape_markdown(citation.text), SOURCE_LANG, None, citation.line)
    before, _, after = citation.text.partition(citation.doi)
    linked = f"{_escape_markdown(before)}[{_escape_markdown(citation.doi)}]" \
             f"({citation.doi_url}){_escape_markdown(after)}"
    return Span(linked, SOURCE_LANG, None, citation.line)


def _escape_markdown(text: str) -> str:
    return "".join(f"\\{c}" if c in "\\`*_{}[]()<>#+!|" else c for c in text)
