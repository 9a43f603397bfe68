"""PDF: lay a `Document` out on pages with ReportLab, tagged for PDF/UA-1.

Page numbers read "Page N of M", so footers are drawn after the last page is
laid out: the canvas holds each finished page back and draws its footer (an
artifact, not content) at save, then adds the structure tree and metadata.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from .files import write_atomic
from .fonts import FontTable
from .inline import plain_text
from .layout import Typesetter
from .structure import (
    Element,
    Metadata,
    StructureRecorder,
    page_structure_entries,
    write_structure,
)
from .translate import Document

FooterDrawer = Callable[[Canvas, int, int], None]


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int


def render_pdf(document: Document, fonts: FontTable) -> RenderedPdf:
    """Lay `document` out; each block is kept whole on one page when it fits on one.

    Keeping each paragraph and list item on one page means no page number ever
    stands between two halves of a sentence, for readers and for text
    extraction alike; a block taller than a page is the exception and splits.
    """
    variant = document.variant
    width, height = variant.page_size
    margin = variant.margin
    footer_height = variant.footer_size * variant.leading * 2
    frame = Frame(margin, margin + footer_height, width - 2 * margin,
                  height - 2 * margin - footer_height, id="text",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    typesetter = Typesetter(document, fonts.chain(document.locale), frame.height)

    def draw_footer(canvas: Canvas, page: int, pages: int) -> None:
        footer = typesetter.footer(page, pages)
        _, drawn_height = footer.wrap(frame.width, footer_height)
        with recorder.artifact(canvas, "Pagination", "Footer"):
            footer.drawOn(canvas, margin, margin + footer_height - drawn_height)

    title = plain_text(document.title.markdown)
    notices = [notice.translated for notice in document.notices if notice.translated]
    notices += [notice.original for notice in document.notices]
    metadata = Metadata(title=title, lang=document.lang, publisher=document.publisher,
                        rights=" ".join(plain_text(span.markdown) for span in notices),
                        subject=variant.description)
    story = typesetter.story()
    recorder = StructureRecorder(typesetter.root)
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=variant.page_size,
        leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin,
        title=title,
        author=document.publisher,
        subject=variant.description,
        creator="handout",
        lang=document.lang,
        displayDocTitle=True,
        pageTemplates=[PageTemplate(id="page", frames=[frame])],
    )
    template.build(story, canvasmaker=_tagged_canvas(recorder, draw_footer, metadata))
    return RenderedPdf(buffer.getvalue(), template.page)


def write_pdf(path: Path, data: bytes) -> None:
    write_atomic(path, data)


def _tagged_canvas(recorder: StructureRecorder, draw_footer: FooterDrawer,
                   metadata: Metadata) -> type[Canvas]:
    """A canvas class that records structure and holds pages back until the page count
    is known."""

    class TaggedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._structure_recorder = recorder
            self._held_pages: list[dict] = []
            self._current: list[Element] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, number, pages)
                super().showPage()
            write_structure(self._doc, recorder, metadata)
            super().save()

        def _setAnnotations(self, page: pdfdoc.PDFPage) -> None:
            super()._setAnnotations(page)
            page_structure_entries(page, self.getPageNumber() - 1)

        def linkURL(self, url: str, rect, relative: int = 0, thickness: int = 0,
                    color=None, dashArray=None, kind: str = "URI", **kw) -> None:
            # A link inside a paragraph: a Link element under the paragraph's element.
            recorder.link(self, url, self._absRect(rect, relative))

    return TaggedCanvas
