"""The structure tree's elements, written as bytes by `pdf.structure`, are written as
ReportLab writes the same dictionary."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObjectReference,
    PDFString,
)

from handout.layout.tags import Element
from handout.pdf.structure import _AnnotationKid, _ElementEntry, _Kid, _MarkedContent


def _document() -> pdfdoc.PDFDocument:
    """A document with the objects the elements below refer to."""
    document = pdfdoc.PDFDocument()
    for name in ["Page1", "Page2", "Parent", "Child", "Annot.1"]:
        document.Reference(PDFDictionary({}), name)
    return document


def _reportlab_entry(element: Element, kids: list[_Kid]) -> PDFDictionary:
    """The element's dictionary made of ReportLab's objects, as handout once made it."""

    def page(index: int) -> PDFObjectReference:
        return PDFObjectReference(f"Page{index + 1}")

    made = []
    for kid in kids:
        if isinstance(kid, str):
            made.append(PDFObjectReference(kid))
        elif isinstance(kid, _MarkedContent):
            made.append(
                PDFDictionary({"Type": PDFName("MCR"), "Pg": page(kid.page), "MCID": kid.mcid})
            )
        else:
            made.append(
                PDFDictionary(
                    {
                        "Type": PDFName("OBJR"),
                        "Pg": page(kid.page),
                        "Obj": PDFObjectReference(kid.annotation),
                    }
                )
            )
    entry = PDFDictionary(
        {
            "Type": PDFName("StructElem"),
            "S": PDFName(element.role),
            "P": PDFObjectReference("Parent"),
            "K": PDFArray(made),
        }
    )
    if element.marked:
        entry["Pg"] = page(element.marked[0][0])
    for key, text in [("Lang", element.lang), ("Alt", element.alt)]:
        if text is not None:
            entry[key] = PDFString(text)
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
    return entry


@pytest.mark.parametrize(
    "element",
    [
        Element("Document"),
        Element("P", marked=[(1, 0)]),
        Element(
            "Figure",
            lang="en",
            alt="A river (under a hill) \\ é",
            marked=[(0, 3), (1, 0)],
            bbox=(72.004, 100.5, 300.0, 412.126),
            actual_text="كلسي‌فيلاكسي",
        ),
        Element("L", numbering="Disc", lang="zh-Hant"),
        Element("Span", lang="en", actual_text="warfarin"),
    ],
    ids=lambda element: element.role,
)
@pytest.mark.parametrize("kid_count", [0, 1, 11, 25])
def test_an_element_is_written_as_reportlab_writes_it(element: Element, kid_count: int) -> None:
    kinds: list[_Kid] = ["Child", _MarkedContent(1, 7), _AnnotationKid(0, "Annot.1")]
    kids = [kinds[number % 3] for number in range(kid_count)]
    document = _document()
    written = _ElementEntry(element, "Parent", kids).format(document)
    expected = pdfdoc.format(_reportlab_entry(element, kids), document)
    assert written == expected
