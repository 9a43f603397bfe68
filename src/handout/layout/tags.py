"""Tags while drawing: structure elements, marked content, artifacts and link annotations.

ReportLab draws pages but knows nothing of tagged PDF (so it is done here): the
layout gives each flowable an `Element` (H1, P, LI, ...) by wrapping it in
`Tagged`; while a page is drawn, `StructureRecorder` brackets what each draws in
``/Role <</MCID n>> BDC ... EMC`` and page furniture in ``/Artifact BDC``. A link
inside a paragraph interrupts the paragraph's marked content with its own, under
a Link element that also holds the link annotation (ISO 32000-1 14.7.4.3, PDF/UA-1
7.18.5); `pdf.structure` writes the recorded tree into the PDF. Interrupted (by a
link, an artifact, words of another language), an element's marked content is opened
again only before more of its content is drawn (`StructureRecorder.resume`): opened at
once, it often held nothing, the paragraph ending or an underline coming next.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from ..inline import Link
from ..reportlab_internals import absolute_rect, add_annotation, append_operators

# How a list's items are labelled, as a screen reader announces it (ISO 32000-1 14.8.5.5):
# numbers, bullets, or no label (a question's box to tick).
ListNumbering = Literal["Decimal", "Disc", "None"]


@dataclass(eq=False)
class Element:
    """A node of the structure tree: a standard role, its language if it differs from the
    document's, its alternative text (a Figure) or its text in reading order (right to
    left: `readback.element_actual_text`), and what it holds (child elements, marked
    content, link annotations)."""

    role: str
    lang: str | None = None
    alt: str | None = None
    children: list[Element] = field(default_factory=list)
    marked: list[tuple[int, int]] = field(default_factory=list)  # (page index, MCID)
    # (page index, the annotation's name in the document, the annotation)
    annotations: list[tuple[int, str, PDFDictionary]] = field(default_factory=list)
    bbox: tuple[float, float, float, float] | None = None  # a Figure's, on its page
    actual_text: str | None = None  # its text, where its content reads otherwise
    numbering: ListNumbering | None = None  # an L's

    def add(self, role: str, lang: str | None = None, alt: str | None = None) -> Element:
        child = Element(role, lang, alt)
        self.children.append(child)
        return child

    def walk(self) -> Iterator[Element]:
        yield self
        for child in self.children:
            yield from child.walk()


class StructureRecorder:
    """Hands out MCIDs page by page and remembers which element each belongs to."""

    def __init__(self, root: Element):
        self.root = root
        self.pages: list[list[Element]] = []  # per page: MCID -> element
        self.outline: list[str] = []  # bookmark keys, numbered in order for repeatable output
        self._open: list[Element] = []  # the elements being drawn, innermost last
        # Those of them whose marked content is not open in the content stream now.
        self._interrupted: set[Element] = set()
        self._links: dict[tuple[int, Link], Element] = {}
        # Whose marked content of words was begun last (not of glyph outlines: `resume`).
        self._last_begun: Element | None = None

    def _page(self, canvas: Canvas) -> tuple[int, list[Element]]:
        index = canvas.getPageNumber() - 1
        while len(self.pages) <= index:
            self.pages.append([])
        return index, self.pages[index]

    def _begin(self, canvas: Canvas, element: Element, target: Any = None) -> None:
        """Open marked content of `element`, on the canvas or in a text object `target`."""
        index, page = self._page(canvas)
        mcid = len(page)
        page.append(element)
        element.marked.append((index, mcid))
        self._last_begun = element
        append_operators(target or canvas, f"/{element.role} <</MCID {mcid}>> BDC")

    def _interrupt(self, target: Any) -> None:
        """End the marked content of the element being drawn, if open, on the canvas or
        in a text object `target`, for other marked content to follow."""
        if self._open and self._open[-1] not in self._interrupted:
            append_operators(target, "EMC")
            self._interrupted.add(self._open[-1])

    def resume(self, canvas: Canvas, words: bool = True) -> None:
        """Before more of the element being drawn is drawn: open its marked content again
        if a link, an artifact or words of another language interrupted it. Not `words`:
        what follows is glyph outlines, which carry no text (the left part of Bengali's
        ো), and words that go on after them are still the last words begun (`mark_words`):
        drawn at the end of a line, they cut 'JAMA' / 'Dermatology' into two Spans."""
        if self._open and self._open[-1] in self._interrupted:
            self._interrupted.discard(self._open[-1])
            last_words = self._last_begun
            self._begin(canvas, self._open[-1])
            if not words:
                self._last_begun = last_words

    def mark_words(self, canvas: Canvas, target: Any, lang: str | None, text: str) -> None:
        """Inside a text object `target`, begin marked content of the words that follow
        (`text`, in reading order): words of `lang`, under a Span element of the element
        being drawn with that /Lang (PDF/UA-1 7.2: a drug's English name in Arabic), or
        (None) the element's own words. The caller ends it (EMC) before the text object
        ends, and the element's marked content is interrupted on the canvas, before the
        text object: marked content and a text object nest, one wholly inside the other
        (ISO 32000-1 14.6.1). In an element whose text is its /ActualText (right to
        left), the Span keeps its words' text, for `pdf.structure` to split the
        element's /ActualText at them. Words that go on from the last marked content
        begun, a Span of `lang` of this element (the next line of a word or a name cut
        across lines), go on in that Span: a Span a line, a reader heard the two halves of
        'Leberfunktionsstoerungs-erkrankungen' as two words."""
        self._interrupt(canvas)
        element = self._open[-1]
        if lang:
            last = self._last_begun
            if last is not None and last.lang == lang and element.children[-1:] == [last]:
                span = last
                if span.actual_text is not None:
                    span.actual_text += text
            else:
                span = element.add("Span", lang)
                if element.actual_text is not None:
                    span.actual_text = text
            self._begin(canvas, span, target)
        else:
            self._begin(canvas, element, target)

    @contextmanager
    def marked(self, canvas: Canvas, element: Element, at_once: bool = True) -> Iterator[None]:
        """What is drawn inside is marked content of `element`; not `at_once`, opened only
        where what is drawn asks for it (`resume`, `mark_words`: a paragraph's lines)."""
        self._open.append(element)
        if at_once:
            self._begin(canvas, element)
        else:
            self._interrupted.add(element)
        yield
        self._open.pop()
        if element in self._interrupted:
            self._interrupted.discard(element)
        else:
            append_operators(canvas, "EMC")

    def _link_element(self, link: Link, text: str) -> Element:
        """The Link element of `link` in the element being drawn: one for each link of
        its text, whether drawn on one line or several. In an element whose text is its
        /ActualText (right to left), it keeps the link's `text` (in reading order), for
        `pdf.structure` to split the element's /ActualText at it."""
        parent = self._open[-1] if self._open else self.root
        key = (id(parent), link)
        if key not in self._links:
            element = self._links[key] = parent.add("Link")
            if parent.actual_text is not None:
                element.actual_text = text
        return self._links[key]

    @contextmanager
    def link(self, canvas: Canvas, link: Link, text: str) -> Iterator[None]:
        """What is drawn inside is the text of a link of the element being drawn (`text`:
        the link's whole text): the element's marked content is interrupted, the link's
        opened under its Link element where its words are drawn (`resume`, `mark_words`:
        a Span of English in the link)."""
        element = self._link_element(link, text)
        self._interrupt(canvas)
        with self.marked(canvas, element, at_once=False):
            yield

    def link_annotation(
        self, canvas: Canvas, link: Link, text: str, rect: tuple[float, ...], relative: int = 1
    ) -> None:
        """A URI link annotation over `rect`, held by the Link element of `link` in the
        element being drawn; its description is the link's text."""
        element = self._link_element(link, text)
        annotation = PDFDictionary(
            {
                "Type": PDFName("Annot"),
                "Subtype": PDFName("Link"),
                "Rect": PDFArray(list(absolute_rect(canvas, rect, relative))),
                "Border": PDFArray([0, 0, 0]),
                "F": 4,
                "Contents": PDFString(text),
                "A": PDFDictionary({"S": PDFName("URI"), "URI": PDFString(link.url)}),
            }
        )
        name = f"Link{sum(len(e.annotations) for e in self.root.walk()) + 1}"
        add_annotation(canvas, annotation, name)
        element.annotations.append((self._page(canvas)[0], name, annotation))

    @contextmanager
    def artifact(self, canvas: Canvas, kind: str, subtype: str | None = None) -> Iterator[None]:
        """What is drawn inside is page furniture, not content."""
        properties = f"/Type /{kind}" + (f" /Subtype /{subtype}" if subtype else "")
        self._interrupt(canvas)
        append_operators(canvas, f"/Artifact <<{properties}>> BDC")
        yield
        append_operators(canvas, "EMC")


def recorder_of(canvas: Canvas) -> StructureRecorder:
    recorder: StructureRecorder = canvas.structure_recorder  # set by pdf.render's canvas
    return recorder


class Tagged(Flowable):  # type: ignore[misc]
    """A flowable whose drawing is marked content of `element`, split or not: a
    `TextParagraph`, whose lines open it where they draw its own words."""

    def __init__(self, inner: Any, element: Element, outline: tuple[str, int] | None = None):
        super().__init__()
        self.inner = inner
        self.element = element
        self.outline = outline  # (title, level) for the document outline
        self.keepWithNext = getattr(inner, "keepWithNext", 0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(available_width, available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts = self.inner.split(available_width, available_height)
        return [
            Tagged(part, self.element, self.outline if index == 0 else None)
            for index, part in enumerate(parts)
        ]

    def getSpaceBefore(self) -> float:
        return float(self.inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.inner.getSpaceAfter())

    def first_lines_height(self, width: float) -> float:
        """How much room it needs to start on a page (see `layout.flowables`)."""
        return float(self.inner.first_lines_height(width))

    def first_baseline(self) -> float:
        return float(self.inner.first_baseline())

    def line_count(self) -> int:
        return int(self.inner.line_count())

    def draw(self) -> None:
        canvas = self.canv
        recorder = recorder_of(canvas)
        if self.outline:
            title, level = self.outline
            key = f"heading{len(recorder.outline)}"
            recorder.outline.append(key)
            canvas.bookmarkHorizontal(key, 0, self.height)
            canvas.addOutlineEntry(title, key, level, closed=False)
        with recorder.marked(canvas, self.element, at_once=False):
            self.inner.drawOn(canvas, 0, 0)
