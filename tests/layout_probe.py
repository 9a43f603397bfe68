"""The layout of a built PDF as a typesetter would inspect it: lines of each structure
element on each page, measured with PDFium (glyph bounds, marked-content IDs) and the
structure tree (pypdf), not with the code under test."""

from __future__ import annotations

import ctypes
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject


@dataclass
class Line:
    """One line of one structure element on one page (PDF points, y upwards)."""

    element: int  # the element's object number
    role: str  # /P, /H2, /LBody, /Lbl, ...
    top: float
    bottom: float
    left: float
    right: float
    text: str = ""


@dataclass
class Page:
    number: int
    lines: list[Line] = field(default_factory=list)


@dataclass(frozen=True)
class Layout:
    pages: tuple[Page, ...]
    parents: dict[int, int]  # element -> its parent element
    roles: dict[int, str]

    def elements_on(self, page: Page) -> list[int]:
        """The elements of a page in reading order (top to bottom), each once."""
        seen: dict[int, None] = {}
        for line in sorted(page.lines, key=lambda line: -line.top):
            seen.setdefault(line.element)
        return list(seen)


def _number(reference: object) -> int:
    assert isinstance(reference, IndirectObject)
    return reference.idnum


@cache
def layout(path: Path) -> Layout:
    document = pdfium.PdfDocument(path)
    try:
        return layout_of(PdfReader(path), [(page, page.get_textpage()) for page in document])
    finally:
        document.close()


def layout_of(
    reader: PdfReader, pages: Sequence[tuple[pdfium.PdfPage, pdfium.PdfTextPage]]
) -> Layout:
    """The layout of a PDF open in pypdf (`reader`: its structure tree) and PDFium (each
    page and its text page, which a caller may read the text of too: loading them is
    most of PDFium's cost)."""
    root = reader.trailer["/Root"]["/StructTreeRoot"]
    nums = root["/ParentTree"]["/Nums"]
    by_page: dict[int, list[IndirectObject]] = {}
    for index in range(0, len(nums), 2):
        value = nums[index + 1]
        if isinstance(value.get_object(), ArrayObject):
            by_page[int(nums[index])] = list(value.get_object())
    parents: dict[int, int] = {}
    roles: dict[int, str] = {}

    def walk(node: DictionaryObject, number: int) -> None:
        kids = node.get("/K", [])
        for kid in kids if isinstance(kids, ArrayObject) else [kids]:
            if isinstance(kid, IndirectObject) and kid.get_object().get("/Type") == "/StructElem":
                parents[kid.idnum] = number
                roles[kid.idnum] = str(kid.get_object()["/S"])
                walk(kid.get_object(), kid.idnum)

    walk(root, 0)
    measured = []
    for number, (page, text_page) in enumerate(pages):
        structure_key = int(reader.pages[number]["/StructParents"])
        elements = by_page.get(structure_key, [])
        pieces: dict[tuple[int, int], list[tuple[float, float, float, float]]] = defaultdict(list)
        for left, bottom, right, top, mcid in _text_objects(page.raw):
            if mcid < 0 or mcid >= len(elements) or right - left < 0.01:
                continue
            pieces[(mcid, round(bottom / 4))].append((left, bottom, right, top))
        lines = []
        for (mcid, _), boxes in pieces.items():
            element = _number(elements[mcid])
            left = min(box[0] for box in boxes)
            right = max(box[2] for box in boxes)
            bottom = min(box[1] for box in boxes)
            top = max(box[3] for box in boxes)
            lines.append(Line(element, roles.get(element, "?"), top, bottom, left, right))
        merged = _merge_lines(lines)
        for line in merged:  # read once merged: a piece alone may hold no whole glyph
            bounds = (line.left - 0.5, line.bottom - 0.5, line.right + 0.5, line.top + 0.5)
            line.text = text_page.get_text_bounded(*bounds).strip()
        measured.append(Page(number, merged))
    return Layout(tuple(measured), parents, roles)


def _text_objects(page: object) -> list[tuple[float, float, float, float, int]]:
    """The bounds and marked-content ID of each text object of a page, through PDFium's C
    API (its Python wrappers cost more than the reading: a page holds thousands of
    objects, most of them the outlines of the page furniture). The C functions are bound
    to local names and the four bounds passed by the same references for every object:
    the loop runs once per object."""
    found = []
    left, bottom, right, top = bounds = [ctypes.c_float() for _ in range(4)]
    references = [ctypes.byref(value) for value in bounds]
    get_object, get_type = pdfium_raw.FPDFPage_GetObject, pdfium_raw.FPDFPageObj_GetType
    get_bounds = pdfium_raw.FPDFPageObj_GetBounds
    get_mcid = pdfium_raw.FPDFPageObj_GetMarkedContentID
    text = pdfium_raw.FPDF_PAGEOBJ_TEXT
    for index in range(pdfium_raw.FPDFPage_CountObjects(page)):
        item = get_object(page, index)
        if get_type(item) != text:
            continue
        get_bounds(item, *references)
        found.append((left.value, bottom.value, right.value, top.value, get_mcid(item)))
    return found


def _merge_lines(lines: list[Line]) -> list[Line]:
    """Pieces of one element whose vertical extents overlap are one line."""
    merged: list[Line] = []
    for line in sorted(lines, key=lambda line: (line.element, -line.top)):
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.element == line.element
            and line.top > last.bottom + 0.3 * (last.top - last.bottom)
        ):
            last.top, last.bottom = max(last.top, line.top), min(last.bottom, line.bottom)
            last.left, last.right = min(last.left, line.left), max(last.right, line.right)
            continue
        merged.append(line)
    return merged
