"""Writing the structure tree: StructTreeRoot, the elements, ParentTree, MarkInfo.

The tree recorded while drawing (`layout.tags`) becomes PDF objects when the
document is saved. A Link element holds the marked content of its text (in Spans
where its words change language) and an OBJR whose /Obj is the indirect reference
of the link annotation on its page, which in turn names its element through
/StructParent (ISO 32000-1 14.7.4.3, PDF/UA-1 7.18.5). A Figure carries /Alt and its
bounding box, a list how its items are labelled (/ListNumbering).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObject,
    PDFObjectReference,
    PDFString,
)

from ..layout.tags import Element, StructureRecorder
from ..readback import LEFT_TO_RIGHT_MARK, RIGHT_TO_LEFT_MARK
from ..reportlab_internals import annotation_reference
from ..text.linebreak import SOFT_HYPHEN

# What a Span's words may hold, or lack, where its element's /ActualText does not: a soft
# hyphen, and the invisible directional marks that hold a stretch in place for Poppler
# (`readback.RIGHT_TO_LEFT_MARK`), which a Span's words are given without (a link's
# printed address, '(\u200eexample.org/b)', in a right-to-left paragraph).
_INVISIBLE = SOFT_HYPHEN + LEFT_TO_RIGHT_MARK + RIGHT_TO_LEFT_MARK


def _in_reading_order(
    element: Element, firsts: dict[int, tuple[int, int] | None]
) -> list[Element | tuple[int, int]]:
    """An element's kids: its children in their order, and its marked content (page,
    MCID) put among them where it was drawn, before the first child drawn after it (a
    paragraph's text and its links: the links came first, and were read so)."""
    marked = list(element.marked)
    kids: list[Element | tuple[int, int]] = []
    for child in element.children:
        first = firsts[id(child)]
        while marked and first is not None and marked[0] < first:
            kids.append(marked.pop(0))
        kids.append(child)
    return kids + marked


def _first_marks(elements: list[Element]) -> dict[int, tuple[int, int] | None]:
    """Each element's first marked content (page, MCID), its children's included."""
    firsts: dict[int, tuple[int, int] | None] = {}
    for element in reversed(elements):  # children before their parents
        firsts[id(element)] = min(
            [*element.marked, *(m for c in element.children if (m := firsts[id(c)]))],
            default=None,
        )
    return firsts


def _split_at_languages_and_links(
    element: Element, firsts: dict[int, tuple[int, int] | None], recorder: StructureRecorder
) -> None:
    """Give an element that holds Spans of another language (a drug's English name) only
    Spans: its own content between them, with its links, is held by Spans of its own
    language, so that a reader meets each stretch of one language in turn (a reading-order
    check took an element's own content for read before its children's, and the English
    names' for out of place).

    An element's /ActualText (right to left, `readback.element_actual_text`) is split at
    its Spans of another language and at its Links too (`_stands_apart`): it stands for
    all it holds (ISO 32000-1 14.9.4), so a reader taking it never met the Spans and read
    their English words in the element's language (PDF/UA-1 7.2), and never met a link,
    whose Link element read its words backwards (their spans reversed for Poppler). Each
    Span and Link reads its words' text, and each of the others its stretch of the
    element's: in order they read it as before. Text drawn in no marked content of its
    own (the space between two Spans) is read with the Span before it, content with no
    text of its own (the full stop a Span's words end with) is held by it. Left whole if
    a Span's or a Link's words are not found in the text, in order."""
    if not any(_stands_apart(element, child) for child in element.children):
        return
    # Stretches in reading order: what each holds, and its Span of another language or
    # Link (`_stands_apart`).
    stretches: list[tuple[list[Element | tuple[int, int]], Element | None]] = []
    for kid in _in_reading_order(element, firsts):
        if isinstance(kid, Element) and _stands_apart(element, kid):
            stretches.append(([], kid))
        elif stretches and stretches[-1][1] is None:
            stretches[-1][0].append(kid)
        else:
            stretches.append(([kid], None))
    held: list[tuple[list[Element | tuple[int, int]], Element | None, str | None]] = []
    if element.actual_text is None:
        held = [(kids, span, None) for kids, span in stretches]
    else:
        texts = _texts_of_stretches(element.actual_text, [span for _, span in stretches])
        if texts is None:
            return
        for (kids, span), words in zip(stretches, texts, strict=True):
            if not words and span is None:
                if held:
                    held[-1][0].extend(kids)
                else:  # the first stretch: held by the Span after it
                    stretches[1][0][:0] = kids
                continue
            held.append((kids, span, words))
    element.actual_text, element.marked, element.children = None, [], []
    for kids, span, read in held:
        holder = span or Element("Span")
        holder.actual_text = read
        element.children.append(holder)
        for kid in kids:
            if isinstance(kid, Element):
                holder.children.append(kid)
            else:
                holder.marked.append(kid)
                recorder.pages[kid[0]][kid[1]] = holder
        holder.marked.sort()


def _texts_of_stretches(text: str, spans: list[Element | None]) -> list[str] | None:
    """`text` cut into the stretches read in order: each Span's or Link's words (its
    /ActualText, found in `text` after the stretch before) and the text between them
    (None: its words not found)."""
    starts, position = [], 0
    for number, span in enumerate(spans):
        if span is None:
            starts.append(position)
            continue
        found = _find_words(text, span.actual_text or "", position)
        if found is None:
            return None
        starts.append(found[0] if number else 0)
        position = found[1]
    ends = [*starts[1:], len(text)]
    return [text[start:end] for start, end in zip(starts, ends, strict=True)]


def _find_words(text: str, words: str, position: int) -> tuple[int, int] | None:
    """Where (start, end) `words` are first found in `text` from `position`, whatever
    invisible characters (`_INVISIBLE`) either holds; None if not found, or empty."""
    letters = [re.escape(character) for character in words if character not in _INVISIBLE]
    if not letters:
        return None
    found = re.compile(f"[{_INVISIBLE}]*".join(letters)).search(text, position)
    return None if found is None else (found.start(), found.end())


def _of_another_language(element: Element) -> bool:
    return element.role == "Span" and element.lang is not None


def _stands_apart(element: Element, child: Element) -> bool:
    """Whether a reader must meet `child` as an element of its own, apart from the
    stretches of `element`'s own text around it: a Span of another language, and a Link
    in an element whose text is its /ActualText."""
    return _of_another_language(child) or (child.role == "Link" and element.actual_text is not None)


class _MarkedContent(NamedTuple):
    """An element's kid: marked content, by page index and MCID."""

    page: int
    mcid: int


class _AnnotationKid(NamedTuple):
    """An element's kid: the link annotation named `annotation` in the document, on a page."""

    page: int
    annotation: str


# An element's kid: a child element (its name in the document), marked content, or an
# annotation.
_Kid = str | _MarkedContent | _AnnotationKid


class _ElementEntry(PDFObject):  # type: ignore[misc]
    """A structure element's dictionary, written as bytes by `format`, as ReportLab's
    `PDFDictionary` writes it (`_dictionary`). Built of ReportLab's objects, each
    element's keys, values and marked-content references went through its generic
    `format` one by one (a call, type checks and a name made for each): 2,700 of the
    4,800 calls of `format` a PDF of the shipped handout made."""

    def __init__(self, element: Element, parent: str, kids: list[_Kid]) -> None:
        self.element, self.parent, self.kids = element, parent, kids

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        numbers = document.idToObjectNumberAndVersion  # filled in by the time it is written

        def reference(name: str) -> bytes:
            return b"%d %d R" % numbers[name]

        def page(index: int) -> bytes:
            return reference(f"Page{index + 1}")

        def string(text: str) -> bytes:
            formatted: bytes = PDFString(text).format(document)
            return formatted

        element = self.element
        entries = []  # by their keys' order, as ReportLab sorts them
        attributes = _attributes(element)
        if attributes is not None:
            entries.append(b"/A " + attributes)
        if element.actual_text is not None:
            entries.append(b"/ActualText " + string(element.actual_text))
        if element.alt is not None:
            entries.append(b"/Alt " + string(element.alt))
        kids = []
        for kid in self.kids:
            if isinstance(kid, str):
                kids.append(reference(kid))
            elif isinstance(kid, _MarkedContent):
                kids.append(
                    _dictionary([b"/MCID %d" % kid.mcid, b"/Pg " + page(kid.page), b"/Type /MCR"])
                )
            else:
                kids.append(
                    _dictionary(
                        [
                            b"/Obj " + reference(kid.annotation),
                            b"/Pg " + page(kid.page),
                            b"/Type /OBJR",
                        ]
                    )
                )
        entries.append(b"/K " + _array(kids))
        if element.lang:
            entries.append(b"/Lang " + string(element.lang))
        entries.append(b"/P " + reference(self.parent))
        if element.marked:
            entries.append(b"/Pg " + page(element.marked[0][0]))
        entries.append(b"/S " + _name(element.role))
        entries.append(b"/Type /StructElem")
        return _dictionary(entries)


def _attributes(element: Element) -> bytes | None:
    """An element's attributes (/A): a list's numbering, else a Figure's bounding box."""
    if element.numbering is not None:
        return _dictionary([b"/ListNumbering " + _name(element.numbering), b"/O /List"])
    if element.bbox is not None:
        box = _array([fp_str(round(value, 2)).encode("ascii") for value in element.bbox])
        return _dictionary([b"/BBox " + box, b"/O /Layout"])
    return None


def _name(name: str) -> bytes:
    written: bytes = PDFName(name).encode("ascii")  # its escapes leave it ASCII
    return written


def _dictionary(entries: list[bytes]) -> bytes:
    """Entries (b"/Key value", in their keys' sorted order) as ReportLab's `PDFDictionary`
    writes them with `rl_config.pdfMultiLine` off, its default: a line break before every
    sixth."""
    for index in reversed(range(6, len(entries), 6)):
        entries.insert(index, b"\n ")
    return b"<<\n" + b" ".join(entries) + b"\n>>"


def _array(items: list[bytes]) -> bytes:
    """Items as ReportLab's `PDFArray` writes them (`_dictionary`): a line break before
    every tenth."""
    for index in reversed(range(10, len(items), 10)):
        items.insert(index, b"\n ")
    return b"[ " + b" ".join(items) + b" ]"


def write_structure(document: pdfdoc.PDFDocument, recorder: StructureRecorder) -> None:
    """Add the structure tree and MarkInfo to the document's catalog."""
    page_count = len(document.Pages.pages)
    firsts = _first_marks(list(recorder.root.walk()))
    for element in list(recorder.root.walk()):
        _split_at_languages_and_links(element, firsts, recorder)
    elements = list(recorder.root.walk())
    firsts = _first_marks(elements)
    refs = {
        id(element): PDFObjectReference(f"StructElem{number}")
        for number, element in enumerate(elements)
    }
    parents = {id(child): element for element in elements for child in element.children}
    tree_root = PDFDictionary({"Type": PDFName("StructTreeRoot")})
    document.Reference(tree_root, "StructTreeRoot")
    numbers: list[object] = []
    for index, marked in enumerate(recorder.pages):
        numbers += [index, PDFArray([refs[id(element)] for element in marked])]
    next_key = page_count
    for element in elements:
        parent = parents.get(id(element))
        kids: list[_Kid] = [
            refs[id(kid)].name if isinstance(kid, Element) else _MarkedContent(*kid)
            for kid in _in_reading_order(element, firsts)
        ]
        for page, name, annotation in element.annotations:
            annotation["StructParent"] = next_key
            numbers += [next_key, refs[id(element)]]
            next_key += 1
            kids.append(_AnnotationKid(page, annotation_reference(document, name).name))
        parent_name = refs[id(parent)].name if parent else "StructTreeRoot"
        document.Reference(_ElementEntry(element, parent_name, kids), refs[id(element)].name)
    tree_root["K"] = PDFArray([refs[id(recorder.root)]])
    tree_root["ParentTree"] = PDFDictionary({"Nums": PDFArray(numbers)})
    tree_root["ParentTreeNextKey"] = next_key
    document.Catalog.StructTreeRoot = PDFObjectReference("StructTreeRoot")
    document.Catalog.MarkInfo = PDFDictionary({"Marked": "true"})
