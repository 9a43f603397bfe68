"""Render: lay a `Document` out on pages with ReportLab, tagged for PDF/UA-1.

Page numbers read "Page N of M", so page furniture is drawn after the last
page is laid out: the canvas holds each finished page back and, at save,
draws its footer (page number, document ID, dates) and, from page 2, a running
header with the title, all artifacts, ahead of the page's text; then it adds
the structure tree and the metadata. The text frame stops a blank line above the
footer. Same inputs, same bytes: the /ID comes from the document's content and
the dates from SOURCE_DATE_EPOCH (see `epoch`).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfdoc
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from .. import reportlab_internals
from ..document import Document, Passage, Role
from ..errors import FitError
from ..faces import FontChain, ensure_registered
from ..inline import address_of, plain_text, segments, written_text
from ..layout.pagination import MIN_LINES
from ..layout.story import Typesetter
from ..layout.tags import Element, StructureRecorder, Tagged
from ..project import CONFIG_NAME
from ..readback import FURNITURE_FIRST
from ..text.glyphs import GLYPH_CODES
from ..text.paragraph import phone_numbers
from .structure import write_structure
from .xmp import Metadata, write_metadata


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int


@dataclass(frozen=True)
class _Furniture:
    """The page furniture, set once: the running header and the footer's lines under the
    page number are the same on every page (set again for each, the 64 PDFs of all
    locales broke 1238 furniture paragraphs into lines instead of 562, 0.03 s more).
    Their height makes the frames: from `bottom` up, `first_height` on page 1 and
    `later_height` under the header."""

    setter: Typesetter
    header: Any
    footer: list[Any]
    header_height: float
    footer_height: float
    bottom: float
    first_height: float
    later_height: float


def _furniture(document: Document, chain: FontChain) -> _Furniture:
    variant = document.variant
    width, height = variant.page_size
    measure = width - 2 * variant.margin
    setter = Typesetter(document, chain, measure, height)
    header = setter.running_header()
    footer = setter.footer()
    header_height = _height([header], measure)
    footer_height = _height([setter.page_number(88, 88), *footer], measure)
    gap = variant.body_size * variant.leading  # a blank line between text and furniture
    bottom = variant.margin + footer_height + gap
    first_height = height - variant.margin - bottom
    return _Furniture(
        setter,
        header,
        footer,
        header_height,
        footer_height,
        bottom,
        first_height,
        first_height - header_height - gap,
    )


def _pinned(document: Document, chain: FontChain) -> FontChain:
    return chain.pinned(
        passage.markdown
        for passage in (*document.passages(), *document.footer, document.page_number)
    )


def _by_language(passages: tuple[Passage, ...], first: str) -> tuple[tuple[str, str], ...]:
    """The passages' texts joined by language, as (language, text), `first`'s first."""
    texts: dict[str, list[str]] = {first: []}
    for passage in passages:
        texts.setdefault(passage.lang, []).append(plain_text(passage.markdown))
    return tuple((lang, " ".join(parts)) for lang, parts in texts.items() if parts)


def check_room(document: Document, chain: FontChain) -> None:
    """Refuse (a FitError, named where to fix it) a title too long for the running
    header, sizes that leave a page too little room for the text, or a phone number too
    wide for its line (a PhoneCutError), as `render_pdf` does: for lint, which lays out
    the clinic's box alone (a few lines), and the whole document only where the
    handout's own text dials a phone (set in lists, boxes and columns of their own
    widths, it was left to the build, which refused the PDF after lint said nothing)."""
    furniture = _furniture(document, _pinned(document, chain))
    _check_room(document, furniture.later_height, furniture.header_height)
    setter = furniture.setter
    for block in document.blocks:
        if block.role is Role.CLINIC:
            box = setter.clinic(block, Element("Document"))  # a tree of its own, dropped
            for item in box.content:  # its lines (the picture aside) that dial a phone
                if isinstance(item, Tagged) and phone_numbers(item.inner.styled):
                    item.wrap(box.inner_width(setter.frame_width), furniture.first_height)
                    item.inner.refuse_cut_phone()
    if any(
        _dials_a_phone(passage)
        for block in document.blocks
        if block.role is not Role.CLINIC
        for pair in block.pairs()
        for passage in pair
        if passage is not None
    ):
        render_pdf(document, chain)


def _dials_a_phone(passage: Passage) -> bool:
    """`passage` holds a link that dials a phone (a tel: link)."""
    return any(
        segment.link is not None and address_of(segment.link.url).scheme == "tel"
        for segment in segments(passage.markdown)
    )


def render_pdf(document: Document, chain: FontChain) -> RenderedPdf:
    """Lay `document` out and return the PDF's bytes."""
    reportlab_internals.install(GLYPH_CODES.text_of)
    variant = document.variant
    width, height = variant.page_size
    margin = variant.margin
    chain = _pinned(document, chain)
    set_once = _furniture(document, chain)
    furniture_setter, header, footer = set_once.setter, set_once.header, set_once.footer
    footer_height, header_height = set_once.footer_height, set_once.header_height

    def frame(name: str, height: float) -> Frame:
        return Frame(
            margin,
            set_once.bottom,
            width - 2 * margin,
            height,
            id=name,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    first_frame = frame("first", set_once.first_height)
    later_frame = frame("later", set_once.later_height)
    _check_room(document, later_frame.height, header_height)
    typesetter = Typesetter(document, chain, later_frame.width, later_frame.height)
    story = typesetter.story()
    recorder = StructureRecorder(typesetter.root)
    title = written_text(document.title.markdown)
    metadata = Metadata(
        title=title,
        lang=document.lang,
        publisher=document.publisher,
        rights=_by_language(document.notices, document.lang),
        subject=plain_text(document.subject.markdown),
        title_lang=document.title.lang,
        subject_lang=document.subject.lang,
        document_id=document.document_id,
        revised=document.revised,
        series=document.series,
        section_editor=document.section_editor,
    )

    # The running header and the footer's lines under the page number, as drawn on the
    # first page that has them, by line and height: the same on every page, each was drawn
    # anew (its glyphs listed, named and looked up as a form): 0.6% of the instructions
    # of a build of 7 PDFs.
    drawn_once: dict[tuple[int, float], reportlab_internals.Drawn] = {}

    def draw_same(canvas: Any, line: Any, y: float) -> None:
        key = (id(line), y)
        drawing = drawn_once.get(key)
        if drawing is None:
            drawn_once[key] = reportlab_internals.drawn(
                canvas, lambda: line.drawOn(canvas, margin, y)
            )
        else:
            reportlab_internals.draw_again(canvas, drawing)

    def furniture(canvas: Any, page: int, pages: int) -> None:
        start = reportlab_internals.code_position(canvas)
        if page > 1:
            _, drawn = header.wrap(first_frame.width, header_height)
            with recorder.artifact(canvas, "Pagination", "Header"):
                draw_same(canvas, header, height - margin - drawn)
        y = margin + footer_height
        with recorder.artifact(canvas, "Pagination", "Footer"):
            number = furniture_setter.page_number(page, pages)
            _, drawn = number.wrap(first_frame.width, footer_height)
            y -= drawn
            number.drawOn(canvas, margin, y)
            for line in footer:
                _, drawn = line.wrap(first_frame.width, footer_height)
                y -= drawn
                draw_same(canvas, line, y)
        if FURNITURE_FIRST and page > 1:
            reportlab_internals.move_to_front(canvas, start)

    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=variant.page_size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=title,
        author=document.publisher,
        subject=metadata.subject,
        creator="handout",
        lang=document.lang,
        displayDocTitle=True,
        # A font of the document's own: ReportLab's default, Helvetica, is selected at the
        # top of every page (`BT /F1 12 Tf ... ET`, nothing drawn with it), and the PDF then
        # names a font it does not embed, which PDF/UA-1 (7.21.4.1) asks of every font. An
        # embedded (TrueType) one is selected by nobody until text is drawn in it.
        initialFontName=ensure_registered(chain.first.regular).fontName,
        pageTemplates=[
            PageTemplate(id="first", frames=[first_frame], autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[later_frame]),
        ],
    )
    try:
        template.build(
            story, canvasmaker=_canvas_class(recorder, furniture, metadata, _fingerprint(document))
        )
    except LayoutError:  # what `_check_room` cannot foresee (a bilingual list item that
        # outgrows a page: its columns do not split)
        raise FitError(
            f"[variants.{variant.name}]: a block on page {template.page} is taller than a "
            "page and cannot be split: shorten its text or make the sizes smaller"
        ) from None
    return RenderedPdf(buffer.getvalue(), template.page)


def _check_room(document: Document, room: float, header_height: float) -> None:
    """Refuse a page whose header and footer leave too little room for the text: less
    than 2 lines of the title and 2 of the body (the least a page break leaves), which
    ReportLab met with a LayoutError. A title too long for the running header is the
    translation's fault, else the variant's sizes are."""
    variant = document.variant
    needed = MIN_LINES * (variant.heading_sizes[0] + variant.body_size) * variant.leading
    if room >= needed:
        return
    left = f"{max(room, 0):.0f} points of a page for the text, which needs {needed:.0f}"
    if header_height > MIN_LINES * variant.footer_size * variant.leading:
        title = document.title
        raise FitError(
            f"the title, repeated at the top of every page, leaves {left}: shorten it",
            title.path,
            title.line,
        )
    raise FitError(
        f"[variants.{variant.name}]: at these sizes the header and footer leave {left}: make the "
        "sizes or the margin smaller",
        Path(CONFIG_NAME),
        variant.line,
    )


def _height(flowables: list[Any], width: float) -> float:
    return float(sum(flowable.wrap(width, 1e6)[1] for flowable in flowables))


def _fingerprint(document: Document) -> str:
    """What makes this PDF what it is, for its /ID: same inputs, same ID; other inputs,
    another ID."""
    digest = hashlib.sha256()
    parts = (
        document.handout,
        document.locale,
        repr(document.variant),
        document.publisher,
        *(passage.markdown for passage in document.passages()),
        *(passage.markdown for passage in document.footer),
        document.page_number.markdown,
        document.subject.markdown,
    )
    for part in parts:
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()


def _canvas_class(
    recorder: StructureRecorder, furniture: Any, metadata: Metadata, fingerprint: str
) -> type:
    """A canvas class that records structure and holds pages back until the page count
    is known."""

    class TaggedCanvas(reportlab_internals.HeldPagesCanvas):
        structure_recorder = recorder

        def finish_page(self, number: int, count: int) -> None:
            furniture(self, number, count)

        def finish_document(self) -> None:
            # A reader opens the PDF with its bookmarks shown: a page's headings, one
            # click (or keystroke) from each, for a reader who moves by them.
            self.showOutline()
            document = reportlab_internals.document_of(self)
            write_structure(document, recorder)
            write_metadata(document, metadata)
            document.updateSignature(fingerprint)

        def page_written(self, page: pdfdoc.PDFPage, index: int) -> None:
            reportlab_internals.set_page_structure(page, index)

        def linkURL(self, *args: Any, **kwargs: Any) -> None:
            raise AssertionError("links are made by layout.tags, not by ReportLab")

    return TaggedCanvas
