"""Layout: a translated `Document` -> ReportLab flowables, typography from its variant.

Text reaches ReportLab only through `markup()`, which escapes every character
and picks a face per run from the locale's font chain; sizes, colours and
fonts come from the variant table, never from a catalog. Everything is left
aligned and ragged right, with no hyphenation and no italics.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.colors import black, white
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph, Spacer, Table

from .fonts import FontChain
from .inline import segments
from .source import BlockKind, Section
from .translate import DocBlock, Document, Span

# Languages written without spaces between words: lines may break between characters.
_CHARACTER_WRAP_LANGUAGES = frozenset({"zh", "ja"})
BOX_RULE = 2.0  # points; the key-points box


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


@dataclass(frozen=True)
class Typesetter:
    """Builds the flowables of one document."""

    document: Document
    chain: FontChain

    @property
    def variant(self):
        return self.document.variant

    def style(self, size: float, span: Span, *, bold: bool = False,
              centred: bool = False) -> ParagraphStyle:
        face = self.chain.first
        return ParagraphStyle(
            name=f"{size}-{bold}",
            fontName=face.bold if bold else face.regular,
            fontSize=size,
            leading=size * self.variant.leading,
            alignment=TA_CENTER if centred else TA_LEFT,
            spaceAfter=self.variant.body_size * self.variant.space_after,
            textColor=black,
            backColor=None,
            wordWrap="CJK" if span.lang.split("-")[0] in _CHARACTER_WRAP_LANGUAGES else None,
            hyphenationLang="",
            embeddedHyphenation=0,
            allowWidows=0,
            allowOrphans=0,
        )

    def paragraph(self, span: Span, size: float | None = None, *, bold: bool = False,
                  centred: bool = False) -> Paragraph:
        size = size or self.variant.body_size
        return Paragraph(markup(span, self.chain, bold),
                         self.style(size, span, bold=bold, centred=centred))

    def heading(self, span: Span, level: int) -> Paragraph:
        heading = self.paragraph(span, self.variant.heading_size(level), bold=True)
        if level > 1:
            heading.style.spaceBefore = self.variant.body_size * 0.5
        heading.keepWithNext = True
        return heading

    def listing(self, block: DocBlock) -> ListFlowable:
        size = self.variant.body_size
        items = [ListItem(self.paragraph(span)) for span in block.spans]
        return ListFlowable(
            items,
            bulletType="1" if block.ordered else "bullet",
            start=None if block.ordered else "\u2022",
            bulletFontName=self.chain.first.regular,
            bulletFontSize=size,
            leftIndent=size * 1.4,
            bulletColor=black,
        )

    def block(self, block: DocBlock) -> Flowable:
        if block.kind is BlockKind.HEADING:
            return self.heading(block.spans[0], block.level)
        if block.kind is BlockKind.LIST:
            return self.listing(block)
        return self.paragraph(block.spans[0])

    def boxed(self, flowables: list[Flowable], width: float) -> Table:
        padding = self.variant.body_size * 0.7
        return Table([[flowables]], colWidths=[width], style=[
            ("BOX", (0, 0), (-1, -1), BOX_RULE, black),
            ("BACKGROUND", (0, 0), (-1, -1), white),
            ("LEFTPADDING", (0, 0), (-1, -1), padding),
            ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ("TOPPADDING", (0, 0), (-1, -1), padding),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ])

    def story(self, frame_width: float) -> list[Flowable]:
        """All flowables in reading order: title, text, notices, citation."""
        document = self.document
        story: list[Flowable] = [self.heading(document.title, 1)]
        box: list[Flowable] = []
        for block in document.blocks:
            if block.section is Section.KEY_POINTS:
                box.append(self.block(block))
                continue
            if box:
                story += [self.boxed(box, frame_width), Spacer(1, self.variant.body_size)]
                box = []
            story.append(self.block(block))
        if box:
            story.append(self.boxed(box, frame_width))
        story.append(self.heading(document.about_label, 2))
        for notice in document.notices:
            if notice.translated is not None:
                story.append(self.paragraph(notice.translated))
            story.append(self.paragraph(notice.original))
        story.append(self.heading(document.source_label, 2))
        story.append(self.paragraph(citation_span(document)))
        return story

    def footer(self, page: int, pages: int) -> Paragraph:
        template = self.document.page_number
        text = template.markdown.replace("{page}", str(page)).replace("{pages}", str(pages))
        span = Span(text, template.lang, template.path, template.line)
        return self.paragraph(span, self.variant.footer_size, centred=True)


def citation_span(document: Document) -> Span:
    """The citation line as printed, its DOI a link to doi.org."""
    citation = document.citation
    before, _, after = citation.text.partition(citation.doi)
    linked = f"{_escape_markdown(before)}[{_escape_markdown(citation.doi)}]" \
             f"({citation.doi_url}){_escape_markdown(after)}"
    return Span(linked, "en", None, citation.line)


def _escape_markdown(text: str) -> str:
    return "".join(f"\\{c}" if c in "\\`*_{}[]()<>#+!|" else c for c in text)
