"""PDF: lay a `Document` out on pages with ReportLab and write it atomically.

Page numbers read "Page N of M", so the footers are drawn after the last page
is laid out: the canvas keeps each finished page and draws its footer at save.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from .files import write_atomic
from .fonts import FontTable
from .inline import plain_text
from .layout import Typesetter
from .translate import Document

FooterDrawer = Callable[[Canvas, int, int], None]


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int


def render_pdf(document: Document, fonts: FontTable) -> RenderedPdf:
    """Lay `document` out; blocks are kept whole on a page when they fit on one.

    Keeping each paragraph and list on one page means no page number ever
    stands between two halves of a sentence, for readers and for text
    extraction alike; a block taller than a page is the exception and splits.
    """
    try:
        return _render(document, fonts, allow_splitting=False)
    except LayoutError:
        return _render(document, fonts, allow_splitting=True)


def _render(document: Document, fonts: FontTable, allow_splitting: bool) -> RenderedPdf:
    variant = document.variant
    typesetter = Typesetter(document, fonts.chain(document.locale))
    width, height = variant.page_size
    margin = variant.margin
    footer_height = variant.footer_size * variant.leading * 2
    frame = Frame(margin, margin + footer_height, width - 2 * margin,
                  height - 2 * margin - footer_height, id="text",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def draw_footer(canvas: Canvas, page: int, pages: int) -> None:
        footer = typesetter.footer(page, pages)
        _, footer_drawn_height = footer.wrap(frame.width, footer_height)
        footer.drawOn(canvas, margin, margin + footer_height - footer_drawn_height)

    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=variant.page_size,
        leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin,
        title=plain_text(document.title.markdown),
        author=document.publisher,
        subject=variant.description,
        creator="handout",
        lang=document.lang,
        displayDocTitle=True,
        allowSplitting=int(allow_splitting),
        pageTemplates=[PageTemplate(id="page", frames=[frame])],
    )
    template.build(typesetter.story(frame.width), canvasmaker=_footer_canvas(draw_footer))
    return RenderedPdf(buffer.getvalue(), template.page)


def write_pdf(path: Path, data: bytes) -> None:
    write_atomic(path, data)


def _footer_canvas(draw_footer: FooterDrawer) -> type[Canvas]:
    """A canvas class that holds pages back until the page count is known."""

    class FooterCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, number, pages)
                super().showPage()
            super().save()

    return FooterCanvas
