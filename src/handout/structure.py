"""Tagged PDF: the structure tree, marked content, artifacts, and PDF/UA metadata.

ReportLab draws pages but knows nothing of tagged PDF, so this module adds it
(written here because no library does it for ReportLab): the layout gives
each flowable an `Element` (H1, P, LI, ...) by wrapping it in `Tagged`; while
a page is drawn, `StructureRecorder` brackets what each flowable draws in
``/Role <</MCID n>> BDC ... EMC`` and page furniture in ``/Artifact BDC``;
when the document is saved, `write_structure` turns the recorded tree into
StructTreeRoot, StructElem, ParentTree, MarkInfo and XMP objects.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObjectReference,
    PDFStream,
    PDFString,
)
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable


@dataclass(eq=False)
class Element:
    """A node of the structure tree: a standard role, its language if it differs from the
    document's, and what it holds (child elements, marked content, link annotations)."""

    role: str
    lang: str | None = None
    children: list[Element] = field(default_factory=list)
    marked: list[tuple[int, int]] = field(default_factory=list)  # (page index, MCID)
    annotations: list[tuple[int, PDFDictionary]] = field(default_factory=list)

    def add(self, role: str, lang: str | None = None) -> Element:
        child = Element(role, lang)
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
        self._open: list[Element] = []  # the element being drawn

    def _page(self, canvas: Canvas) -> tuple[int, list[Element]]:
        index = canvas.getPageNumber() - 1
        while len(self.pages) <= index:
            self.pages.append([])
        return index, self.pages[index]

    @contextmanager
    def marked(self, canvas: Canvas, element: Element) -> Iterator[None]:
        index, page = self._page(canvas)
        mcid = len(page)
        page.append(element)
        element.marked.append((index, mcid))
        canvas._code.append(f"/{element.role} <</MCID {mcid}>> BDC")
        self._open.append(element)
        yield
        self._open.pop()
        canvas._code.append("EMC")

    @contextmanager
    def artifact(self, canvas: Canvas, kind: str, subtype: str | None = None) -> Iterator[None]:
        properties = f"/Type /{kind}" + (f" /Subtype /{subtype}" if subtype else "")
        canvas._code.append(f"/Artifact <<{properties}>> BDC")
        yield
        canvas._code.append("EMC")

    def link(self, canvas: Canvas, url: str, rect: tuple[float, ...]) -> None:
        """A URI link annotation over `rect` (page coordinates), under a Link element of
        the element being drawn; its description is the address itself."""
        annotation = PDFDictionary({
            "Type": PDFName("Annot"), "Subtype": PDFName("Link"),
            "Rect": PDFArray(list(rect)), "Border": PDFArray([0, 0, 0]),
            "F": 4, "Contents": PDFString(url),
            "A": PDFDictionary({"S": PDFName("URI"), "URI": PDFString(url)}),
        })
        canvas._addAnnotation(annotation)
        parent = self._open[-1] if self._open else self.root
        parent.add("Link").annotations.append((self._page(canvas)[0], annotation))


def actual_text(text: str) -> str:
    """The operator that opens a marked-content span whose text is `text` (/ActualText);
    the span ends with ``EMC``."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


def needs_spelling_out(line: str) -> bool:
    """True for a line made only of one-character words ("y a :"), which is drawn inside an
    /ActualText span of its text: Poppler guesses word spaces from the gaps between
    glyphs and, on such a line, takes the even gaps for letter spacing ("ya:")."""
    words = line.split()
    return len(words) > 1 and all(len(word) == 1 for word in words)


def recorder_of(canvas: Canvas) -> StructureRecorder:
    return canvas._structure_recorder  # set by the canvas class in pdf.py


class Tagged(Flowable):
    """A flowable whose drawing is marked content of `element`, split or not.

    It is kept whole (moved to the next page rather than split) unless it is
    taller than `keep_whole_below`, the height of a page's text frame.
    """

    def __init__(self, inner: Flowable, element: Element, keep_whole_below: float,
                 outline: tuple[str, int] | None = None):
        super().__init__()
        self.inner = inner
        self.element = element
        self.keep_whole_below = keep_whole_below
        self.outline = outline  # (title, level) for the document outline
        self.keepWithNext = getattr(inner, "keepWithNext", 0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(available_width, available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if self.height <= self.keep_whole_below:
            return []
        parts = self.inner.split(available_width, available_height)
        return [Tagged(part, self.element, self.keep_whole_below,
                       self.outline if i == 0 else None) for i, part in enumerate(parts)]

    def getSpaceBefore(self) -> float:
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.inner.getSpaceAfter()

    def draw(self) -> None:
        canvas = self.canv
        if self.outline:
            title, level = self.outline
            key = f"heading{len(recorder_of(canvas).outline)}"
            recorder_of(canvas).outline.append(key)
            canvas.bookmarkHorizontal(key, 0, self.height)
            canvas.addOutlineEntry(title, key, level, closed=False)
        with recorder_of(canvas).marked(canvas, self.element):
            self.inner.drawOn(canvas, 0, 0)


@dataclass(frozen=True)
class Metadata:
    """What the XMP packet says about the document."""

    title: str
    lang: str
    publisher: str
    rights: str
    subject: str


def page_structure_entries(page: pdfdoc.PDFPage, index: int) -> None:
    """Give a page its /StructParents key and tab order by structure."""
    page.StructParents = index
    page.Tabs = PDFName("S")
    page.__NoDefault__ = [*pdfdoc.PDFPage.__NoDefault__, "StructParents", "Tabs"]


def write_structure(document: pdfdoc.PDFDocument, recorder: StructureRecorder,
                    metadata: Metadata) -> None:
    """Add the structure tree, MarkInfo and XMP metadata to the document's catalog."""
    page_count = len(document.Pages.pages)
    page_refs = [PDFObjectReference(f"Page{index + 1}") for index in range(page_count)]
    refs: dict[int, PDFObjectReference] = {}
    for number, element in enumerate(recorder.root.walk()):
        refs[id(element)] = PDFObjectReference(f"StructElem{number}")

    tree_root = PDFDictionary({"Type": PDFName("StructTreeRoot")})
    document.Reference(tree_root, "StructTreeRoot")
    parents = {id(child): element for element in recorder.root.walk()
               for child in element.children}
    annotation_keys: list[tuple[int, Element]] = []
    for element in recorder.root.walk():
        parent = parents.get(id(element))
        parent_ref = refs[id(parent)] if parent else PDFObjectReference("StructTreeRoot")
        document.Reference(_element_dictionary(element, parent_ref, refs, page_refs,
                                               annotation_keys, page_count),
                           refs[id(element)].name)
    numbers: list[object] = []
    for index, elements in enumerate(recorder.pages):
        numbers += [index, PDFArray([refs[id(element)] for element in elements])]
    for key, element in annotation_keys:
        numbers += [key, refs[id(element)]]
    tree_root["K"] = PDFArray([refs[id(recorder.root)]])
    tree_root["ParentTree"] = PDFDictionary({"Nums": PDFArray(numbers)})
    tree_root["ParentTreeNextKey"] = page_count + len(annotation_keys)

    catalog = document.Catalog
    catalog.StructTreeRoot = PDFObjectReference("StructTreeRoot")
    catalog.MarkInfo = PDFDictionary({"Marked": "true"})
    xmp = PDFStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
                    _xmp(metadata).encode("utf-8"))
    document.Reference(xmp, "XMPMetadata")
    catalog.Metadata = PDFObjectReference("XMPMetadata")


def _element_dictionary(element: Element, parent: PDFObjectReference,
                        refs: dict[int, PDFObjectReference], page_refs: list[PDFObjectReference],
                        annotation_keys: list[tuple[int, Element]], page_count: int
                        ) -> PDFDictionary:
    entry = PDFDictionary({"Type": PDFName("StructElem"), "S": PDFName(element.role),
                           "P": parent})
    kids: list[object] = [refs[id(child)] for child in element.children]
    for page, mcid in element.marked:
        kids.append(PDFDictionary({"Type": PDFName("MCR"), "Pg": page_refs[page], "MCID": mcid}))
    for page, annotation in element.annotations:
        key = page_count + len(annotation_keys)
        annotation_keys.append((key, element))
        annotation["StructParent"] = key
        kids.append(PDFDictionary({"Type": PDFName("OBJR"), "Pg": page_refs[page],
                                   "Obj": annotation}))
    if element.marked:
        entry["Pg"] = page_refs[element.marked[0][0]]
    entry["K"] = PDFArray(kids)
    if element.lang:
        entry["Lang"] = PDFString(element.lang)
    return entry


def _xmp(metadata: Metadata) -> str:
    def alt(text: str) -> str:
        return (f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li>'
                f'<rdf:li xml:lang="{escape(metadata.lang)}">{escape(text)}</rdf:li></rdf:Alt>')

    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/"
 xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:title>{alt(metadata.title)}</dc:title>
<dc:description>{alt(metadata.subject)}</dc:description>
<dc:language><rdf:Bag><rdf:li>{escape(metadata.lang)}</rdf:li></rdf:Bag></dc:language>
<dc:creator><rdf:Seq><rdf:li>{escape(metadata.publisher)}</rdf:li></rdf:Seq></dc:creator>
<dc:publisher><rdf:Bag><rdf:li>{escape(metadata.publisher)}</rdf:li></rdf:Bag></dc:publisher>
<dc:rights>{alt(metadata.rights)}</dc:rights>
<xmpRights:UsageTerms>{alt(metadata.rights)}</xmpRights:UsageTerms>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
