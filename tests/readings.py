"""Everything the tests read from one built PDF, read once: the text from pypdf, Poppler's
pdftotext and PDFium, the size of every piece of text, the PDF/UA-1 validator's failures,
the layout (lines of each structure element) and, from MuPDF, each line's extent and the
font families of each script. The session reads every PDF of the matrix this way, in as
many processes as there are cores."""

from __future__ import annotations

import math
import re
import statistics
import subprocess
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import page as page_validation
import pymupdf
import pypdfium2 as pdfium
from fontTools.unicodedata import script
from layout_probe import Layout, layout, layout_of
from pypdf import PageObject, PdfReader
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject
from pypdf.generic._font import Font

from handout.text.linebreak import ends_word_visibly, written_without_spaces

# pdftotext marks right-to-left lines with bidi embedding controls; they are not text. Nor
# is a soft hyphen, nor U+FFFE, which PDFium gives back for the hyphen at the end of a line
# it joins to the next (a word broken there: Chrome's viewer leaves it out of copied text).
_CONTROLS = dict.fromkeys(
    map(
        ord,
        "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad\ufffe",
    )
)


def _is_joined_script(character: str) -> bool:
    """Scripts written without spaces between words, where a line break adds no space:
    CJK ideographs and kana, Thai, Lao, Khmer, Burmese, Tibetan (`written_without_spaces`),
    and the punctuation of their blocks."""
    return (
        written_without_spaces(character)
        or "\u2e80" <= character <= "\u9fff"
        or "\uff00" <= character <= "\uffef"
        or "\u0e00" <= character <= "\u0eff"
        or "\u1780" <= character <= "\u17ff"
        or "\u1000" <= character <= "\u109f"
    )


def _joins(before: str, after: str) -> bool:
    """Whether a line break (or a space) between `before` and `after` reads as nothing."""
    return ends_word_visibly(before) or (_is_joined_script(before) and _is_joined_script(after))


def normalise(text: str) -> str:
    """NFC and whitespace runs as one space; no space between two characters of a script
    written without spaces, nor after Ethiopic's wordspace ፡; no bidi controls, no soft
    hyphen, no U+FFFE."""
    folded = " ".join(unicodedata.normalize("NFC", text.translate(_CONTROLS)).split())
    kept = []
    for index, character in enumerate(folded):
        if (
            character == " "
            and 0 < index < len(folded) - 1
            and _joins(folded[index - 1], folded[index + 1])
        ):
            continue
        kept.append(character)
    return "".join(kept)


def line_starts(lines: tuple[str, ...]) -> frozenset[int]:
    """Where each of `lines` starts in `normalise`'s text of them all, one after another
    (`PypdfReading.text` of `PypdfReading.lines`): a line break folds into a space, or
    into nothing between two characters of a script written without spaces and after
    Ethiopic's wordspace."""
    starts, length, last = [], 0, ""
    for line in map(normalise, lines):
        if not line:
            continue
        if last and not _joins(last, line[0]):
            length += 1
        starts.append(length)
        length += len(line)
        last = line[-1]
    return frozenset(starts)


# A marked-content sequence tagged as an artifact, and the operators inside it; the
# operator that opens an /ActualText span.
_ARTIFACT = re.compile(rb"/Artifact\b[^\n]*?BDC.*?EMC", re.S)
_SPAN_OPENING = re.compile(rb"/Span <</ActualText <[0-9A-F]*>>> BDC")


def _text_pages(reader: PdfReader) -> list[PageObject]:
    """The pages of a PDF open in `reader` (which it changes, in memory) with every
    artifact sequence and every /ActualText span's opening taken out of their content.
    This project draws page furniture as outlines inside artifacts: no text, but most of
    what pypdf would parse; and pypdf reads no /ActualText. pypdf reads the same text from
    these pages (a test holds that on a sample,
    `test_pypdf_reads_the_same_text_from_the_text_pages`), in 2.7 s instead of 7 (19
    PDFs)."""
    pages = list(reader.pages)
    for page in pages:
        contents = page.get_contents()
        if contents is not None:
            stripped = DecodedStreamObject()
            stripped.set_data(_SPAN_OPENING.sub(b" ", _ARTIFACT.sub(b" ", contents.get_data())))
            page[NameObject("/Contents")] = stripped  # this copy only, nothing written
    return pages


def pypdf_text(pages: list[PageObject], visit=None) -> str:
    """pypdf's text of `pages`, one page after another (as `read_pypdf` joins them)."""
    return "\n".join(page.extract_text(visitor_text=visit) for page in pages)


@dataclass(frozen=True)
class PypdfReading:
    """What pypdf alone reads of a PDF (all a test of one changed PDF may need)."""

    text: str  # normalised
    raw: str  # as pypdf gives it, page after page
    lines: tuple[str, ...]  # as pypdf breaks them
    sizes: tuple[float, ...]  # of every visible piece of text (pypdf's visitor), as drawn
    set_sizes: tuple[float, ...]  # of the same pieces, as the text state sets them (Tf)
    page_texts: tuple[str, ...]  # each page's, normalised

    @property
    def pages(self) -> int:
        return len(self.page_texts)


def read_pypdf(path: Path) -> PypdfReading:
    return _read_pypdf(PdfReader(path))


@contextmanager
def _each_font_made_once() -> Iterator[None]:
    """While it lasts, pypdf makes the `Font` of a font dictionary (its /ToUnicode map
    parsed, its widths read) once, where it made it again on every page that names the
    font: every page of these PDFs names every font of its PDF, and making them was a
    fifth of pypdf's reading (2.0 s of 10.2 for the matrix, on one core). The Font is what
    pypdf makes of the dictionary alone, and reading a page changes none of it (but for
    the width of a space it sets on a font that has none, the same on every page), so
    each page's text is what pypdf gives without it (held on a sample by
    `test_pypdf_reads_the_same_text_from_the_text_pages`). For one reader at a time: its
    font dictionaries are the same objects on every page, and the objects are held here
    while their ids key the Fonts."""
    made: dict[int, tuple[DictionaryObject, Font]] = {}
    make = Font.from_font_resource

    def made_once(font: DictionaryObject) -> Font:
        if id(font) not in made:
            made[id(font)] = (font, make(font))
        return made[id(font)][1]

    shipped = Font.__dict__["from_font_resource"]
    Font.from_font_resource = staticmethod(made_once)
    try:
        yield
    finally:
        Font.from_font_resource = shipped


def _read_pypdf(reader: PdfReader) -> PypdfReading:
    sizes: list[float] = []
    set_sizes: list[float] = []

    def visit(text, cm, tm, font, size) -> None:
        if text.strip():
            set_sizes.append(size)
            sizes.append(
                size * math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
            )

    with _each_font_made_once():
        each = [page.extract_text(visitor_text=visit) for page in _text_pages(reader)]
    raw = "\n".join(each)
    return PypdfReading(
        text=normalise(raw),
        raw=raw,
        lines=tuple(line.strip() for line in raw.splitlines() if line.strip()),
        sizes=tuple(sizes),
        set_sizes=tuple(set_sizes),
        page_texts=tuple(map(normalise, each)),
    )


@dataclass(frozen=True)
class Reading:
    pypdf: PypdfReading
    pdftotext: str
    pdftotext_blocks: tuple[str, ...]  # each block Poppler makes, normalised
    pdfium: str
    pdfua_failures: tuple[str, ...]
    layout: Layout
    extents: tuple[tuple[int, float, float, str], ...]  # MuPDF: page, left, right, text
    families: dict[str, frozenset[str]]  # script -> font families that set its letters
    fonts: frozenset[str]
    closest_lines: tuple[float, int, str, str]  # MuPDF: gap in sizes, page, upper, lower
    drawn: tuple[DrawnPage, ...]  # MuPDF: each page's lines as drawn (`drawn_lines`)


@dataclass(frozen=True)
class DrawnPage:
    """A page's width and its lines as MuPDF finds them drawn (`drawn_lines`, their
    /ActualText aside), each line that has a glyph as (baseline, left, text): the median
    of its glyphs' origins (y downwards), the left of its glyph boxes, its characters
    stripped."""

    width: float
    lines: tuple[tuple[float, float, str], ...]

    @classmethod
    def of(cls, width: float, lines: list[list[dict]]) -> DrawnPage:
        return cls(
            width,
            tuple(
                (
                    statistics.median(char["origin"][1] for char in chars),
                    min(char["bbox"][0] for char in chars),
                    "".join(char["c"] for char in chars).strip(),
                )
                for chars in lines
                if chars
            ),
        )


def poppler_text(path: Path) -> str:
    """Poppler's pdftotext's text of a PDF, normalised."""
    return normalise(poppler_raw_text(path))


def pdfium_text(path: Path) -> str:
    """PDFium's text of a PDF, one page after another, normalised."""
    return normalise(pdfium_raw_text(path))


def pypdf_raw_text(path: Path) -> str:
    """pypdf's text of a PDF as it gives it, page after page (its pages whole: not
    `_text_pages`)."""
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


# Between two blocks pdftotext leaves an empty line (and a form feed between two pages).
_BLOCK_BREAK = re.compile(r"\n[\s\f]*\n|\f")


def poppler_raw_text(path: Path) -> str:
    """Poppler's pdftotext's text of a PDF as it gives it."""
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdfium_raw_text(path: Path) -> str:
    """PDFium's text of a PDF as it gives it, one page after another."""
    document = pdfium.PdfDocument(path)
    try:
        return _pdfium_joined(page.get_textpage() for page in document)
    finally:
        document.close()


def _pdfium_joined(text_pages: Iterable[pdfium.PdfTextPage]) -> str:
    """The text of each of PDFium's `text_pages`, one page after another."""
    return "\n".join(text_page.get_text_range() for text_page in text_pages)


# The three extractors' texts as each gives it, for a test to compare.
RAW_READERS = (pypdf_raw_text, poppler_raw_text, pdfium_raw_text)


def drawn_lines(page: pymupdf.Page) -> list[list[dict]]:
    """The characters of each line MuPDF finds on `page`, as its glyphs are drawn: their
    /ActualText aside (what the page shows, not what a reader gets)."""
    return _lines_of(page.get_text("rawdict", flags=pymupdf.TEXT_IGNORE_ACTUALTEXT)["blocks"])


def _lines_of(blocks: list[dict]) -> list[list[dict]]:
    """The characters of each line of MuPDF's "rawdict" `blocks`."""
    return [
        [char for span in line["spans"] for char in span["chars"]]
        for block in blocks
        for line in block.get("lines", [])
    ]


def drawn_line(path: Path, character: str) -> str:
    """The characters of the glyphs on the baseline of the first glyph of `character`
    (on the first page that has one), left to right as drawn: MuPDF's glyphs read as
    they are, their /ActualText aside. For what a reader sees, where the text a reader
    gets is right whatever the page shows."""
    with pymupdf.open(path) as document:
        for page in document:
            chars = [char for line in drawn_lines(page) for char in line]
            baselines = [round(char["origin"][1]) for char in chars if char["c"] == character]
            if baselines:
                line = [char for char in chars if round(char["origin"][1]) == baselines[0]]
                return "".join(char["c"] for char in sorted(line, key=lambda c: c["origin"][0]))
    raise AssertionError(f"no glyph of {character!r} in {path}")


def read(path: Path) -> Reading:
    """Every part of a `Reading` of a PDF, read now: the same parts as `PartsRead`'s, with
    each library opening the PDF once (pypdf for its text and the structure tree, PDFium
    for its text and the layout, MuPDF for the extents, fonts, closest lines and lines
    drawn)."""
    reader = PdfReader(path)
    pypdf = _read_pypdf(reader)
    document = pdfium.PdfDocument(path)
    try:
        pages = [(page, page.get_textpage()) for page in document]
        pdfium_raw = _pdfium_joined(text_page for _, text_page in pages)
        probed = layout_of(reader, pages)
    finally:
        document.close()
    with pymupdf.open(path) as opened:
        mupdf = _MuPDFReading.of(opened, closest=True, drawn=True)
    poppler = poppler_raw_text(path)
    return Reading(
        pypdf=pypdf,
        pdftotext=normalise(poppler),
        pdftotext_blocks=_blocks(poppler),
        pdfium=normalise(pdfium_raw),
        pdfua_failures=_pdfua_failures(path),
        layout=probed,
        extents=mupdf.extents,
        families=mupdf.families,
        fonts=mupdf.fonts,
        closest_lines=mupdf.closest_lines,
        drawn=mupdf.drawn,
    )


class PartsRead:
    """The parts of a `Reading` of one PDF, each read when first asked for: a test of a
    PDF of its own (not the session's) reads only what it checks (the whole reading cost
    a quarter of a second a PDF)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @cached_property
    def pypdf(self) -> PypdfReading:
        return read_pypdf(self.path)

    @cached_property
    def _poppler(self) -> str:
        return poppler_raw_text(self.path)

    @cached_property
    def pdftotext(self) -> str:
        return normalise(self._poppler)

    @cached_property
    def pdftotext_blocks(self) -> tuple[str, ...]:
        return _blocks(self._poppler)

    @cached_property
    def pdfium(self) -> str:
        return pdfium_text(self.path)

    @cached_property
    def pdfua_failures(self) -> tuple[str, ...]:
        return _pdfua_failures(self.path)

    @cached_property
    def layout(self) -> Layout:
        return layout(self.path)

    @cached_property
    def _mupdf(self) -> _MuPDFReading:
        with pymupdf.open(self.path) as document:
            return _MuPDFReading.of(document, closest=False, drawn=False)

    @cached_property
    def extents(self) -> tuple[tuple[int, float, float, str], ...]:
        return self._mupdf.extents

    @cached_property
    def families(self) -> dict[str, frozenset[str]]:
        return self._mupdf.families

    @cached_property
    def fonts(self) -> frozenset[str]:
        return self._mupdf.fonts

    @cached_property
    def closest_lines(self) -> tuple[float, int, str, str]:
        with pymupdf.open(self.path) as document:
            return _MuPDFReading.of(document, closest=True, drawn=False).closest_lines

    @cached_property
    def drawn(self) -> tuple[DrawnPage, ...]:
        with pymupdf.open(self.path) as document:
            return _MuPDFReading.of(document, closest=False, drawn=True).drawn


def _blocks(poppler: str) -> tuple[str, ...]:
    """Each block of pdftotext's text (`poppler_raw_text`), normalised."""
    return tuple(normalise(block) for block in _BLOCK_BREAK.split(poppler))


def _pdfua_failures(path: Path) -> tuple[str, ...]:
    """The rules of PDF/UA-1 the validator finds broken in a PDF, one per failure."""
    validation = page_validation.validate_pdf(str(path), profile="ua1")
    return tuple(failure.rule_id for failure in validation.failures)


# The script of a letter (fontTools's, looked up once per letter: a PDF holds thousands).
_script = cache(script)

# The closest lines of a PDF before any page is measured (and where none are measured).
_NOT_MEASURED = (1.0, -1, "", "")


@dataclass(frozen=True)
class _MuPDFReading:
    """What MuPDF reads of a PDF: `Reading.extents`, `families`, `fonts` and, if asked
    for, `closest_lines` (else `_NOT_MEASURED`) and `drawn` (else no page), each page
    loaded and run once for them all (`_rawdict_of`)."""

    extents: tuple[tuple[int, float, float, str], ...]
    families: dict[str, frozenset[str]]
    fonts: frozenset[str]
    closest_lines: tuple[float, int, str, str]
    drawn: tuple[DrawnPage, ...]

    @classmethod
    def of(cls, document: pymupdf.Document, closest: bool, drawn: bool) -> _MuPDFReading:
        extents: list[tuple[int, float, float, str]] = []
        families: dict[str, set[str]] = {}
        fonts: set[str] = set()
        closest_lines = _NOT_MEASURED
        pages_drawn: list[DrawnPage] = []
        for number, page in enumerate(document):
            fonts |= {font[3] for font in page.get_fonts()}
            rawdict = _rawdict_of(page)
            _read_lines(number, rawdict(pymupdf.TEXTFLAGS_RAWDICT), extents, families)
            if closest:
                accurate = rawdict(pymupdf.TEXT_ACCURATE_BBOXES)
                closest_lines = _closest_lines(number, accurate, closest_lines)
            if drawn:
                lines = _lines_of(rawdict(pymupdf.TEXT_IGNORE_ACTUALTEXT))
                pages_drawn.append(DrawnPage.of(page.rect.width, lines))
        return cls(
            tuple(extents),
            {key: frozenset(value) for key, value in families.items()},
            frozenset(fonts),
            closest_lines,
            tuple(pages_drawn),
        )


def _rawdict_of(page: pymupdf.Page) -> Callable[[int], list[dict]]:
    """The blocks of `page` that `page.get_text("rawdict", flags=...)` gives, for the flags
    given, each from one display list of the page: MuPDF runs the page's content once
    for them all, where `get_text` ran it again for each (MuPDF's two readings of the 95
    PDFs' 660 pages took 1.8 s of a core to run the pages, 1.2 s so; the blocks are the
    same, compared on all of them)."""
    listed = page.get_displaylist()

    def blocks(flags: int) -> list[dict]:
        # As `get_text` makes its text page from the page, and reads it within the page's
        # crop box; `get_textpage` of a display list gives MuPDF's text page unwrapped.
        text_page = pymupdf.TextPage(listed.get_textpage(flags))
        return text_page.extractRAWDICT(cb=page.cropbox)["blocks"]

    return blocks


def _read_lines(
    number: int,
    blocks: list[dict],
    extents: list[tuple[int, float, float, str]],
    families: dict[str, set[str]],
) -> None:
    """Add the extent of each line of the `blocks` of a page (number `number`, MuPDF's
    "rawdict") to `extents`, and the font family of each letter to `families`, under the
    letter's script."""
    for block in blocks:
        for line in block.get("lines", []):
            chars = [char for span in line["spans"] for char in span["chars"] if char["c"].strip()]
            if chars:
                extents.append(
                    (
                        number,
                        min(c["bbox"][0] for c in chars),
                        max(c["bbox"][2] for c in chars),
                        "".join(c["c"] for c in chars),
                    )
                )
            for span in line["spans"]:
                # A PostScript name: Family-Style, or FamilyStyle.
                family = span["font"].split("-")[0]
                for suffix in ("Bold", "Regular"):
                    family = family.removesuffix(suffix)
                for letter in {char["c"] for char in span["chars"] if char["c"].isalpha()}:
                    families.setdefault(_script(letter), set()).add(family)


def _closest_lines(
    number: int, blocks: list[dict], closest: tuple[float, int, str, str]
) -> tuple[float, int, str, str]:
    """`closest`, or nearer on the page of `blocks` (number `number`): how near the ink
    of a line comes to the ink of a line below it, in font sizes (the larger of the two
    glyphs'), and where: MuPDF's glyph boxes computed from the outlines (its "rawdict"
    with TEXT_ACCURATE_BBOXES), not the font's ascent and descent, and not the code's
    own HarfBuzz boxes. Glyphs belong to the line of their origin, give or take 0.7 of
    their size (marks sit above or below their letter's origin; lines are 1.4 sizes apart
    or more); only glyphs one above the other count, and none further apart than a size
    (then the gap given is 1.0)."""
    glyphs = sorted(
        (char["origin"][1], char["bbox"], char["c"], span["size"])
        for block in blocks
        for line in block.get("lines", [])
        for span in line["spans"]
        for char in span["chars"]
        if char["c"].strip()
        and char["bbox"][2] - char["bbox"][0] > 0.01
        and char["bbox"][3] - char["bbox"][1] > 0.01
    )
    lines: list[list[tuple[float, tuple[float, ...], str, float]]] = []
    for glyph in glyphs:
        if not lines or glyph[0] - lines[-1][-1][0] > 0.7 * glyph[3]:
            lines.append([])
        lines[-1].append(glyph)
    largest = max((glyph[3] for glyph in glyphs), default=1.0)
    for index, upper in enumerate(lines):
        deepest_first = sorted(upper, key=lambda glyph: -glyph[1][3])
        for lower in lines[index + 1 : index + 4]:
            highest = min(glyph[1][1] for glyph in lower)
            for _, above, above_text, above_size in deepest_first:
                if (highest - above[3]) / largest >= closest[0]:
                    break  # no glyph left in this line can come nearer
                for _, below, below_text, below_size in lower:
                    if below[0] < above[2] and above[0] < below[2]:  # one above the other
                        gap = (below[1] - above[3]) / max(above_size, below_size)
                        if gap < closest[0]:
                            closest = (gap, number, above_text, below_text)
    return closest
