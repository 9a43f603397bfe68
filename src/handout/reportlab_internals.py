"""Every use of ReportLab's internals, in one place.

ReportLab has no public way to add marked content, structure entries on a page,
a ToUnicode map for glyph codes, or pages held back until the page count is
known; handout reaches into these members (all of ReportLab 5.1):

- ``Canvas._code`` and ``PDFTextObject._code``: the content stream being written,
  to add marked-content operators (BDC/EMC) and render modes;
- ``Canvas._formsinuse``: the forms the page being written draws, for a drawing
  written again (`draw_again`);
- ``Canvas._doc``, ``Canvas._startPage``, ``Canvas._setAnnotations``,
  ``Canvas._addAnnotation``, ``Canvas._absRect``: the document being written,
  pages, and link annotations;
- ``PDFPage.__NoDefault__``: the page dictionary's slots, for /StructParents and /Tabs;
- ``ttfonts.makeToUnicodeCMap``: replaced, so glyph codes read as their text and
  unused codes are left out (ReportLab maps them to U+0000, which PDF/UA forbids);
- ``TTFontFace`` and ``TTFont`` attributes: a parsed face is kept in the font cache
  (its ``_pdfScale`` function left out, and made again; its ``glyphToChar`` left out,
  which only ReportLab's own shaping reads) and a font built around it, as
  ``TTFont.__init__`` would; ``TTFontFile._ttf_data``: the font read in place
  (`fonts.FontFile`), and ``TTFontFile.get_table``: its glyf table read glyph by glyph;
- ``pdfmetrics._fonts`` and ``pdfmetrics._dynFaceNames``: ReportLab's registry, out of
  which ``TTFont.unregister`` takes a font's own name but not another name filed under
  it (`unregister_fonts`).

That is why pyproject.toml admits ReportLab only below the next minor release:
a new one may move any of these, and `make test-latest` is how one is let in.
The replacement CMap writer is installed when a PDF is rendered (`install`), not
on import.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfdoc, pdfmetrics, ttfonts
from reportlab.pdfgen.canvas import Canvas

from .errors import FontError
from .fonts import FontBytes, FontFile


class _Face(ttfonts.TTFontFace):  # type: ignore[misc]
    """ReportLab's parsed face, whose subsets read what they need of the font (its
    ``_ttf_data``, `fonts.FontBytes`: the file read in place, or bytes) and take each
    glyph from it: ReportLab's `makeSubset` copies the whole glyf table for every subset
    of every PDF (17 MB for AR PL UMing, two subsets in a Traditional Chinese PDF), and
    the copies left a worker about 17 MB larger after each such PDF."""

    def get_table(self, tag: str) -> Any:
        if tag == "glyf":
            return _TableView(self._ttf_data, *self.get_table_pos(tag))
        return super().get_table(tag)

    def makeSubset(self, subset: list[int]) -> bytes:
        try:
            made: bytes = super().makeSubset(subset)
        finally:
            if isinstance(self._ttf_data, FontFile):
                # What it read was of the version parsed (else, made or failed, an error
                # that says the file changed).
                self._ttf_data.check()
        return made


class _TableView:
    """A table of a font, each slice of it read from the font (`makeSubset` slices the
    glyf table, glyph by glyph, and reads nothing else of it)."""

    def __init__(self, data: FontBytes, start: int, length: int) -> None:
        self._data, self._start, self._length = data, start, length

    def __getitem__(self, part: slice) -> bytes:
        start, stop, _ = part.indices(self._length)
        return self._data[self._start + start : self._start + max(start, stop)]


def parse_face(outlines: FontBytes, subfont: int, path: Path) -> ttfonts.TTFontFace:
    """ReportLab's parsed face of a TrueType font, reading its subsets from `outlines`
    (not from a copy of their bytes), and without its map of each glyph to its
    characters: only ReportLab's own shaping reads it (handout shapes with HarfBuzz), and,
    a list for each glyph, it was most of the time a CJK face took to unpickle from the
    font cache (10 of 16 ms for AR PL UMing)."""
    try:
        face = _Face(io.BytesIO(bytes(outlines)), subfontIndex=subfont)
    except (ttfonts.TTFError, OSError, ValueError, KeyError, IndexError) as error:
        raise FontError(f"not a usable TrueType font: {error}", path) from None
    face._ttf_data = outlines
    del face.glyphToChar
    return face


def face_state(face: ttfonts.TTFontFace) -> dict[str, Any]:
    """A parsed face (`parse_face`) as plain data, for the font cache: all but its scale
    function and the font (``_ttf_data``, which it was parsed from: `restore_face` is
    given it again)."""
    return {
        key: value for key, value in face.__dict__.items() if key not in ("_pdfScale", "_ttf_data")
    }


def restore_face(state: dict[str, Any], outlines: FontBytes) -> ttfonts.TTFontFace:
    """A parsed face from the font cache and the font it was parsed from; its scale
    function made again as ``TTFontFile.extractInfo`` makes it."""
    face = _Face.__new__(_Face)
    face.__dict__.update(state)
    face._ttf_data = outlines
    units = face.unitsPerEm
    face._pdfScale = (lambda x: x) if units == 1000 else (lambda x: x * 1000.0 / units)
    return face


def truetype_font(name: str, face: ttfonts.TTFontFace) -> ttfonts.TTFont:
    """A ReportLab font around a parsed face (what ``TTFont.__init__`` does after parsing)."""
    font = ttfonts.TTFont.__new__(ttfonts.TTFont)
    font.fontName = name
    font.face = face
    font.encoding = ttfonts.TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = True
    return font


def unregister_fonts(fonts: dict[str, ttfonts.TTFont]) -> None:
    """Take each font name of `fonts` out of ReportLab's registry, and its font's face
    (PostScript) name, under which ReportLab filed a synthetic bold as the regular font
    of its face (`faces.ensure_registered`): a font registered again after is its own."""
    for name, font in fonts.items():
        pdfmetrics._fonts.pop(name, None)
        pdfmetrics._dynFaceNames.pop(font.face.name, None)


def append_operators(target: Any, *operators: str) -> None:
    """Add operators to what a canvas or a text object is writing."""
    target._code.extend(operators)


def draw_form(
    canvas: Canvas, name: str, operators: Callable[[], str], box: tuple[float, ...]
) -> None:
    """Draw the form XObject `name` (its bounding box `box`), adding it to the canvas's
    document the first time from `operators()`: drawn again, it costs a name, not its
    operators. Written here: ReportLab makes a form only by switching the canvas from
    its page to the form and back (`beginForm`)."""
    document = canvas._doc
    if not document.hasForm(name):
        form = pdfdoc.PDFFormXObject(*box)
        form.compression = canvas._pageCompression
        # As bytes: ReportLab encodes a form's text with its PDFDocEncoding codec, a
        # character at a time in Python (a page's as UTF-8); the operators are ASCII.
        form.setStreamList(operators().encode("ascii"))
        state = document.inObject  # addForm leaves the page being written
        document.addForm(name, form)
        document.inObject = state
    canvas.doForm(name)


# Per document: how each font's texts shown so far split into subsets (`show_text`).
TextSplits = dict[tuple[str, str], list[tuple[int, str, str]]]
_SPLITS: WeakKeyDictionary[pdfdoc.PDFDocument, TextSplits] = WeakKeyDictionary()


def text_splits(canvas: Canvas) -> TextSplits:
    """How the texts shown so far on the canvas's document split into subsets, for
    `show_text`: asked once per text object, not once per text shown (a weak
    dictionary's lookup makes a weak reference each time, for 330 thousand texts shown
    in the 95 shipped PDFs)."""
    splits = _SPLITS.get(canvas._doc)
    if splits is None:
        splits = _SPLITS[canvas._doc] = {}
    return splits


def show_text(text_object: Any, font: ttfonts.TTFont, text: str, splits: TextSplits) -> None:
    """Show `text` in `font`, the text object's TrueType font (`faces.ensure_registered`'s,
    not looked up by name here): the operators `textOut` writes,
    without what it does first for other kinds of font and text, and without moving
    the object's cursor, which nothing here reads. Written here: a line is shown a few
    glyphs at a time, so this runs for most glyphs drawn, and `textOut`'s other work
    (measuring the text again for its cursor, its checks for other fonts) was a large
    part of its time. A text's subsets, their names and its show operators are found
    once per font and document (`splits`, the document's `text_splits`; a code keeps
    its subset once given one): most texts shown are a glyph or a word shown before."""
    key = (text_object._fontname, text)
    split = splits.get(key)
    if split is None:
        document = text_object._canvas._doc
        split = splits[key] = [
            (subset, font.getSubsetInternalName(subset, document), f"({escapePDF(codes)}) Tj")
            for subset, codes in font.splitString(text, document)
        ]
    operators = []
    for subset, name, shown in split:
        if subset != text_object._curSubset:
            size, leading = fp_str(text_object._fontsize), fp_str(text_object._leading)
            operators.append(f"{name} {size} Tf {leading} TL")
            text_object._curSubset = subset
        operators.append(shown)
    text_object._code.append(" ".join(operators))


def code_position(target: Any) -> int:
    return len(target._code)


@dataclass(frozen=True)
class Drawn:
    """What a drawing wrote on a canvas's page: its operators, and the forms it drew,
    which the page's resources name (`Canvas._formsinuse`)."""

    operators: tuple[str, ...]
    forms: tuple[str, ...]


def drawn(canvas: Canvas, draw: Callable[[], None]) -> Drawn:
    """Call `draw()` on the canvas and return what it wrote on the page, for `draw_again`."""
    operators, forms = len(canvas._code), len(canvas._formsinuse)
    draw()
    return Drawn(tuple(canvas._code[operators:]), tuple(canvas._formsinuse[forms:]))


def draw_again(canvas: Canvas, drawing: Drawn) -> None:
    """Write on the canvas's page what `drawn` found a drawing wrote, as drawing it again
    would: for a drawing that leaves the canvas's state as it found it (a flowable's
    `drawOn`, between ``q`` and ``Q``) and adds nothing to the page but operators and
    forms (no link, no font)."""
    canvas._code.extend(drawing.operators)
    canvas._formsinuse.extend(drawing.forms)


def move_to_front(canvas: Canvas, start: int) -> None:
    """Move what the canvas wrote since `start` to the front of the page's content."""
    moved = canvas._code[start:]
    del canvas._code[start:]
    canvas._code[:0] = moved


def subsets(font: ttfonts.TTFont, codes: str, canvas: Canvas) -> list[int]:
    """The subset of `font` of each code (ReportLab embeds a font as subsets of 256 codes and
    gives codes their subsets as they are first drawn; this gives any code not yet drawn
    its subset now, as drawing would)."""
    found: list[int] = []
    for subset, chunk in font.splitString(codes, canvas._doc):
        found += [subset] * len(chunk)
    return found


def set_page_structure(page: pdfdoc.PDFPage, index: int) -> None:
    """Give a page its /StructParents key and tab order by structure."""
    page.StructParents = index
    page.Tabs = pdfdoc.PDFName("S")
    page.__NoDefault__ = [*pdfdoc.PDFPage.__NoDefault__, "StructParents", "Tabs"]


def add_annotation(canvas: Canvas, annotation: pdfdoc.PDFDictionary, name: str) -> None:
    """Add an annotation to the current page as the indirect object `name`."""
    canvas._addAnnotation(annotation, name)


def annotation_reference(document: pdfdoc.PDFDocument, name: str) -> pdfdoc.PDFObjectReference:
    """The indirect reference to the annotation added as `name`."""
    return document.refAnnotation(name)


def absolute_rect(canvas: Canvas, rect: tuple[float, ...], relative: int) -> tuple[float, ...]:
    return tuple(canvas._absRect(rect, relative))


def document_of(canvas: Canvas) -> pdfdoc.PDFDocument:
    return canvas._doc


class HeldPagesCanvas(Canvas):  # type: ignore[misc]
    """A canvas that holds each finished page back until the document is saved, then
    calls `finish_page(page_number, page_count)` on each (to draw what needs the page
    count, first in the page's content: pypdf starts a new line where a form is drawn
    after text) and `finish_document()` before writing."""

    _code: list[str]  # ReportLab's: the operators of the page being drawn

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []
        self._page_bookmarks: list[tuple[str, dict[str, Any]]] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._page_bookmarks = []
        self._startPage()

    def bookmarkPage(self, key: str, **kwargs: Any) -> None:
        """Bind the bookmark when its page is written: ReportLab binds it to the page being
        written, which was the first until the document is saved (every bookmark opened
        page 1)."""
        self._page_bookmarks.append((key, kwargs))

    def save(self) -> None:
        """Write the pages and the document, streams compressed but not in ASCII85
        (ReportLab's default: a quarter larger, and slower for every reader to decode)."""
        pages = len(self._held_pages)
        ascii85, rl_config.useA85 = rl_config.useA85, 0
        try:
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                for key, kwargs in self._page_bookmarks:
                    super().bookmarkPage(key, **kwargs)
                body, self._code = self._code, []
                self.finish_page(number, pages)
                self._code += body  # what finish_page draws comes first on the page
                super().showPage()
            self.finish_document()
            super().save()
        finally:
            rl_config.useA85 = ascii85

    def _setAnnotations(self, page: pdfdoc.PDFPage) -> None:
        super()._setAnnotations(page)
        self.page_written(page, self.getPageNumber() - 1)

    def finish_page(self, number: int, count: int) -> None:
        """Draw what a page needs once the page count is known."""

    def finish_document(self) -> None:
        """Add what the document needs before it is written."""

    def page_written(self, page: pdfdoc.PDFPage, index: int) -> None:
        """Called with each page's dictionary as it is written."""


def install(text_of: Callable[[int], str]) -> None:
    """Replace ReportLab's ToUnicode CMap writer: each code reads as `text_of(code point)`
    and codes no glyph uses are left out."""

    def to_unicode_cmap(_fontname: str, subset: list[int]) -> str:
        pairs = [(code, text_of(value)) for code, value in enumerate(subset) if value]
        # At most 100 pairs a block, and the registry and ordering of a ToUnicode CMap
        # (Adobe, UCS), as the CMap specification (Adobe TN 5411, 5099) wants: ReportLab
        # wrote up to 255 a block, and the font's name for both.
        blocks = [pairs[start : start + 100] for start in range(0, len(pairs), 100)]
        return "\n".join(
            [
                "/CIDInit /ProcSet findresource begin",
                "12 dict begin",
                "begincmap",
                "/CIDSystemInfo",
                "<< /Registry (Adobe)",
                "/Ordering (UCS)",
                "/Supplement 0",
                ">> def",
                "/CMapName /Adobe-Identity-UCS def",
                "/CMapType 2 def",
                "1 begincodespacerange",
                f"<00> <{len(subset) - 1:02X}>",
                "endcodespacerange",
                *(
                    line
                    for block in blocks
                    for line in (
                        f"{len(block)} beginbfchar",
                        *(
                            f"<{code:02X}> <{text.encode('utf-16-be').hex().upper()}>"
                            for code, text in block
                        ),
                        "endbfchar",
                    )
                ),
                "endcmap",
                "CMapName currentdict /CMap defineresource pop",
                "end",
                "end",
            ]
        )

    ttfonts.makeToUnicodeCMap = to_unicode_cmap
