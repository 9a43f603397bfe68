"""The layout of a built PDF as a typesetter would inspect it: lines of each structure
element on each page, measured with PDFium (glyph bounds, marked-content IDs) and the
structure tree (pypdf), not with the code under test."""

from __future__ import annotations

import ctypes
from collections import defaultdict
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
    reader = PdfReader(path)
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
    pages = []
    document = pdfium.PdfDocument(path)
    try:
        for number, page in enumerate(document):
            structure_key = int(reader.pages[number]["/StructParents"])
            elements = by_page.get(structure_key, [])
            text_page = page.get_textpage()
            pieces: dict[tuple[int, int], list[tuple[float, float, float, float]]] = defaultdict(
                list
            )
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
            pages.append(Page(number, merged))
    finally:
        document.close()
    return Layout(tuple(pages), parents, roles)


def _text_objects(page: object) -> list[tuple[float, float, float, float, int]]:
    """The bounds and marked-content ID of each text object of a page, through PDFium's C
    API (its Python wrappers cost more than the reading: a page holds thousands of
    objects, most of them the outlines of the page furniture)."""
    found = []
    bounds = [ctypes.c_float() for _ in range(4)]
    for index in range(pdfium_raw.FPDFPage_CountObjects(page)):
        item = pdfium_raw.FPDFPage_GetObject(page, index)
        if pdfium_raw.FPDFPageObj_GetType(item) != pdfium_raw.FPDF_PAGEOBJ_TEXT:
            continue
        pdfium_raw.FPDFPageObj_GetBounds(item, *(ctypes.byref(value) for value in bounds))
        left, bottom, right, top = (value.value for value in bounds)
        found.append((left, bottom, right, top, pdfium_raw.FPDFPageObj_GetMarkedContentID(item)))
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
