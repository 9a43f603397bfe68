"""Writing the structure tree: StructTreeRoot, the elements, ParentTree, MarkInfo.

The tree recorded while drawing (`layout.tags`) becomes PDF objects when the
document is saved. A Link element holds the marked content of its text and an
OBJR whose /Obj is the indirect reference of the link annotation on its page,
which in turn names its element through /StructParent (ISO 32000-1 14.7.4.3,
PDF/UA-1 7.18.5). A Figure carries /Alt and its bounding box, a list how its items
are labelled (/ListNumbering).
"""

from __future__ import annotations

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObjectReference,
    PDFString,
)

from ..layout.tags import Element, StructureRecorder
from ..reportlab_internals import annotation_reference


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


def write_structure(document: pdfdoc.PDFDocument, recorder: StructureRecorder) -> None:
    """Add the structure tree and MarkInfo to the document's catalog."""
    page_count = len(document.Pages.pages)
    page_refs = [PDFObjectReference(f"Page{index + 1}") for index in range(page_count)]
    elements = list(recorder.root.walk())
    refs = {
        id(element): PDFObjectReference(f"StructElem{number}")
        for number, element in enumerate(elements)
    }
    parents = {id(child): element for element in elements for child in element.children}
    firsts: dict[int, tuple[int, int] | None] = {}
    for element in reversed(elements):  # children before their parents
        firsts[id(element)] = min(
            [*element.marked, *(m for c in element.children if (m := firsts[id(c)]))],
            default=None,
        )
    tree_root = PDFDictionary({"Type": PDFName("StructTreeRoot")})
    document.Reference(tree_root, "StructTreeRoot")
    numbers: list[object] = []
    for index, marked in enumerate(recorder.pages):
        numbers += [index, PDFArray([refs[id(element)] for element in marked])]
    next_key = page_count
    for element in elements:
        parent = parents.get(id(element))
        entry = PDFDictionary(
            {
                "Type": PDFName("StructElem"),
                "S": PDFName(element.role),
                "P": refs[id(parent)] if parent else PDFObjectReference("StructTreeRoot"),
            }
        )
        kids: list[object] = [
            refs[id(kid)]
            if isinstance(kid, Element)
            else PDFDictionary({"Type": PDFName("MCR"), "Pg": page_refs[kid[0]], "MCID": kid[1]})
            for kid in _in_reading_order(element, firsts)
        ]
        for page, name, annotation in element.annotations:
            annotation["StructParent"] = next_key
            numbers += [next_key, refs[id(element)]]
            next_key += 1
            kids.append(
                PDFDictionary(
                    {
                        "Type": PDFName("OBJR"),
                        "Pg": page_refs[page],
                        "Obj": annotation_reference(document, name),
                    }
                )
            )
        if element.marked:
            entry["Pg"] = page_refs[element.marked[0][0]]
        entry["K"] = PDFArray(kids)
        if element.lang:
            entry["Lang"] = PDFString(element.lang)
        if element.alt is not None:
            entry["Alt"] = PDFString(element.alt)
        if element.actual_text is not None:
            entry["ActualText"] = PDFString(element.actual_text)
        if element.bbox is not None:
            entry["A"] = PDFDictionary(
                {"O": PDFName("Layout"), "BBox": PDFArray([round(v, 2) for v in element.bbox])}
            )
        if element.numbering is not None:
            entry["A"] = PDFDictionary(
                {"O": PDFName("List"), "ListNumbering": PDFName(element.numbering)}
            )
        document.Reference(entry, refs[id(element)].name)
    tree_root["K"] = PDFArray([refs[id(recorder.root)]])
    tree_root["ParentTree"] = PDFDictionary({"Nums": PDFArray(numbers)})
    tree_root["ParentTreeNextKey"] = next_key
    document.Catalog.StructTreeRoot = PDFObjectReference("StructTreeRoot")
    document.Catalog.MarkInfo = PDFDictionary({"Marked": "true"})
