"""PDF: lay a `Document` out on pages with ReportLab, tagged for PDF/UA-1.

Page numbers read "Page N of M", so page furniture is drawn after the last
page is laid out: the canvas holds each finished page back and, at save,
draws its footer and (from page 2) a running header with the title, both
artifacts, then adds the structure tree and metadata. From page 2 on, the
header and footer are written first in the page's content, so that a text
extractor meets the page's language before anything else on it (pypdf
reads a right-to-left line right only once it has seen right-to-left text).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from .faces import FontChain
from .files import write_atomic
from .inline import plain_text
from .layout import Typesetter, notice_spans
from .structure import (
    Metadata,
    StructureRecorder,
    page_structure_entries,
    write_structure,
)
from .translate import Document

FurnitureDrawer = Callable[[Canvas, int, int], None]


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int


def render_pdf(document: Document, chain: FontChain) -> RenderedPdf:
    """Lay `document` out; each block is kept whole on one page when it fits on one.

    Keeping each paragraph and list item on one page means no page number ever
    stands between two halves of a sentence, for readers and for text
    extraction alike; a block taller than a page is the exception and splits.
    """
    variant = document.variant
    width, height = variant.page_size
    margin = variant.margin
    furniture_height = variant.footer_size * variant.leading * 2
    first_frame = Frame(margin, margin + furniture_height, width - 2 * margin,
                        height - 2 * margin - furniture_height, id="first",
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later_frame = Frame(margin, margin + furniture_height, width - 2 * margin,
                        height - 2 * margin - 2 * furniture_height, id="later",
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    typesetter = Typesetter(document, chain, later_frame.height)

    def draw_furniture(canvas: Canvas, page: int, pages: int) -> None:
        start = len(canvas._code)
        if page > 1:
            header = typesetter.running_header()
            _, drawn_height = header.wrap(first_frame.width, furniture_height)
            with recorder.artifact(canvas, "Pagination", "Header"):
                header.drawOn(canvas, margin, height - margin - drawn_height)
        footer = typesetter.footer(page, pages)
        _, drawn_height = footer.wrap(first_frame.width, furniture_height)
        with recorder.artifact(canvas, "Pagination", "Footer"):
            footer.drawOn(canvas, margin, margin + furniture_height - drawn_height)
        if page > 1:  # header and footer first in the page's content (see above)
            furniture = canvas._code[start:]
            del canvas._code[start:]
            canvas._code[:0] = furniture

    title = plain_text(document.title.markdown)
    metadata = Metadata(title=title, lang=document.lang, publisher=document.publisher,
                        rights=" ".join(plain_text(span.markdown)
                                        for span in notice_spans(document)),
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
        pageTemplates=[PageTemplate(id="first", frames=[first_frame], autoNextPageTemplate="later"),
                       PageTemplate(id="later", frames=[later_frame])],
    )
    canvasmaker = _tagged_canvas(recorder, draw_furniture, metadata, _fingerprint(document))
    template.build(story, canvasmaker=canvasmaker)
    return RenderedPdf(buffer.getvalue(), template.page)


def write_pdf(path: Path, data: bytes) -> None:
    write_atomic(path, data)


def _fingerprint(document: Document) -> str:
    """What makes this PDF what it is, for its /ID: same inputs, same ID; other inputs,
    another ID (the dates come from SOURCE_DATE_EPOCH when it is set)."""
    spans = [document.title, *document.draft_notice,
             *(span for block in document.blocks for span in block.spans),
             *notice_spans(document), document.page_number]
    digest = hashlib.sha256()
    for part in (document.handout, document.locale, repr(document.variant),
                 document.citation.text if document.citation else "", *(span.markdown for span in spans)):
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()


def _tagged_canvas(recorder: StructureRecorder, draw_furniture: FurnitureDrawer,
                   metadata: Metadata, fingerprint: str) -> type[Canvas]:
    """A canvas class that records structure and holds pages back until the page count
    is known."""

    class TaggedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._structure_recorder = recorder
            self._held_pages: list[dict] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                draw_furniture(self, number, pages)
                super().showPage()
            write_structure(self._doc, recorder, metadata)
            self._doc.updateSignature(fingerprint)
            super().save()

        def _setAnnotations(self, page: pdfdoc.PDFPage) -> None:
            super()._setAnnotations(page)
            page_structure_entries(page, self.getPageNumber() - 1)

        def linkURL(self, url: str, rect, relative: int = 0, thickness: int = 0,
                    color=None, dashArray=None, kind: str = "URI", **kw) -> None:
            # A link inside a paragraph: a Link element under the paragraph's element.
            recorder.link(self, url, self._absRect(rect, relative))

    return TaggedCanvas
