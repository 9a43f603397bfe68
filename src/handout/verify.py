"""Verify: open a built PDF as a reader would and check what comes back.

Checks run on the bytes about to be written (so a failing PDF never reaches
its final path) and on PDFs already in output/ (`handout check`):

- PDF/UA-1 by the `page-validation` checker;
- every link annotation reached from exactly one Link element, through an
  OBJR that references it, the element holding the link's text, and every
  link of the text present;
- the required notices and the DOI, the smallest text size;
- every passage's text back from pypdf, in reading order;
- no glyph outside the page's text area (PDFium's glyph boxes), so no line is
  wider than its frame;
- (on a stored PDF only, `damaged_objects`) every object read whole, every compressed
  stream decompressed whole.

Text is compared after NFC and whitespace normalisation; a soft hyphen is
dropped (it shows only as a hyphen at a line's end, which reads as nothing);
between two characters of scripts written without spaces (CJK, Thai, Tibetan:
`text.linebreak.written_without_spaces`) and after Ethiopic's wordspace ፡
(`text.linebreak.ends_word_visibly`) a line break adds no space, and inside a
word too long for a line (`LONG_WORD`) one may. (Two spaces between such characters that the
translator wrote are dropped alike in the text expected and in the text read back.)
"""

from __future__ import annotations

import io
import itertools
import logging
import math
import re
import unicodedata
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import page as page_validation
import pypdfium2 as pdfium
from pypdf import PageObject, PdfReader, get_configuration
from pypdf.constants import PageAttributes
from pypdf.errors import DependencyError, PyPdfError
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    ContentStream,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
    create_string_object,
)

from .document import Document
from .errors import abbreviate, plural
from .inline import plain_text, segments
from .text.hyphens import ADDRESS_LIKE, SOFT_HYPHEN, cut_shows_hyphen
from .text.linebreak import ends_word_visibly, written_without_spaces

# pypdf logs what it mends in a damaged file ("EOF marker not found") as warnings, which
# Python prints to stderr, in pypdf's words, when no one set logging up; a damaged PDF
# is reported once, as a check's problem ("cannot be read back as a PDF: ...").
logging.getLogger("pypdf").addHandler(logging.NullHandler())

PDFUA_PROFILE = "ua1"
# The blocks of scripts written without spaces between words (Han, kana, Thai, Lao,
# Khmer, Burmese; not Hangul), their punctuation and signs of the Common script (。, ฿)
# with them: a line break between two of these characters, or of two characters that
# `written_without_spaces` (Tibetan too), reads back as no space.
_CJK = (
    r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u0e00-\u0eff"
    r"\u1000-\u109f\u1780-\u17ff"
)
# Characters: a word this long may be broken across lines (a line of large print holds
# about 30 of the widest letters).
LONG_WORD = 20
INK_TOLERANCE = 1.0  # points a glyph's box may stray past the text area (side bearings)
_IN_CJK_BLOCKS = re.compile(rf"[{_CJK}]")
_SPACE_BETWEEN = re.compile(r"(?<=(.)) (?=(.))")  # a space and the characters around it
# Soft hyphens and the line or page break after them: a word cut at one (`paragraph`'s,
# where a line ends inside a word; a translator's) reads back whole, on one page or two.
_SOFT_HYPHENS = re.compile(SOFT_HYPHEN + r"+\s*")
_BREAK_MARK = "\x00"  # where a line may end inside a word (`_find`); no text holds it


@dataclass(frozen=True)
class Expected:
    """What a PDF must give back to a reader."""

    texts: tuple[str, ...]  # in reading order
    notices: tuple[str, ...]
    doi: str | None
    links: tuple[str, ...]  # every link target the text holds
    smallest_size: float
    text_area: tuple[float, float, float, float]  # left, bottom, right, top


@dataclass(frozen=True)
class CheckReport:
    """The outcome of every check on one PDF."""

    pages: int
    pdfua_failures: tuple[str, ...]
    missing_notices: tuple[str, ...]
    doi_found: bool
    smallest_size: float
    minimum_size: float
    text_problem: str | None
    link_problems: tuple[str, ...] = ()
    ink_problems: tuple[str, ...] = ()
    unreadable: str | None = None

    @property
    def size_ok(self) -> bool:
        return self.smallest_size >= self.minimum_size - 0.01

    def problems(self) -> list[str]:
        """Everything wrong, one sentence each; empty when the PDF passes. A PDF that cannot
        be read back: that alone (the validator fails it too, for the same damage)."""
        if self.unreadable:
            return [self.unreadable]
        found = list(self.pdfua_failures)
        found += [f"notice missing: {abbreviate(notice)!r}" for notice in self.missing_notices]
        if not self.doi_found:
            found.append("DOI missing")
        if not self.size_ok:
            found.append(
                f"text at {self.smallest_size:g} pt, below the {self.minimum_size:g} pt minimum"
            )
        if self.text_problem:
            found.append(self.text_problem)
        return found + list(self.link_problems) + list(self.ink_problems)


def normalise(text: str) -> str:
    """NFC, runs of whitespace as one space, no soft hyphen (nor a break after one), no
    space between two characters of scripts written without spaces (CJK, Thai, Tibetan)
    nor after Ethiopic's wordspace ፡."""
    folded = " ".join(unicodedata.normalize("NFC", _SOFT_HYPHENS.sub("", text)).split())
    return _SPACE_BETWEEN.sub(
        lambda space: (
            "" if ends_word_visibly(space[1]) or (_joined(space[1]) and _joined(space[2])) else " "
        ),
        folded,
    )


def _joined(character: str) -> bool:
    """Whether a line break next to `character` may read as no space (`normalise`)."""
    return written_without_spaces(character) or _IN_CJK_BLOCKS.match(character) is not None


def expected_from(document: Document) -> Expected:
    """What the PDF of `document` must give back, in reading order."""
    passages = list(document.passages())
    links = tuple(
        dict.fromkeys(
            segment.link.url
            for passage in passages
            for segment in segments(passage.markdown)
            if segment.link
        )
    )
    return Expected(
        tuple(plain_text(passage.markdown) for passage in passages),
        tuple(plain_text(notice.markdown) for notice in document.notices),
        document.doi,
        links,
        document.variant.smallest_size,
        document.variant.text_area,
    )


# What pypdf raises on a file it cannot read (or `check_pdf` reading it); DependencyError:
# one encrypted with AES, which pypdf reads only with `cryptography` (a traceback, it was).
_UNREADABLE = (PyPdfError, DependencyError, ValueError, KeyError, OSError, AttributeError)


def check_pdf(data: bytes, expected: Expected) -> CheckReport:
    """Run every check on the PDF `data`."""
    try:
        reader = PdfReader(io.BytesIO(data))
        sizes: list[float] = []

        def visit(
            text: str, cm: Sequence[float], tm: Sequence[float], _font: object, size: float
        ) -> None:
            if text.strip():
                scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
                sizes.append(size * scale)

        text = normalise("\n".join(p.extract_text(visitor_text=visit) for p in _text_pages(reader)))
        pages = len(reader.pages)
        links = tuple(_link_problems(reader, data, expected.links))
    except _UNREADABLE as error:
        return CheckReport(  # the validator's verdict still shown (`handout check`'s table)
            0,
            tuple(check_pdfua(data)),
            (),
            False,
            0.0,
            expected.smallest_size,
            None,
            unreadable=f"cannot be read back as a PDF: {error}",
        )
    return CheckReport(
        pages=pages,
        pdfua_failures=tuple(check_pdfua(data)),
        missing_notices=tuple(
            notice for notice in expected.notices if _find(text, normalise(notice)) is None
        ),
        doi_found=expected.doi is None or _find(text, expected.doi) is not None,
        smallest_size=min(sizes, default=0.0),
        minimum_size=expected.smallest_size,
        text_problem=_reading_order(text, expected.texts),
        link_problems=links,
        ink_problems=tuple(ink_outside(data, expected.text_area)),
    )


# An artifact's marked content: this pipeline draws page furniture (running header, page
# number) as glyph outlines inside one, so it holds no text, and its paths were three
# quarters of what pypdf parsed to read a page's text back.
_ARTIFACT = re.compile(rb"/Artifact\b[^\n]*?BDC.*?EMC", re.S)
# The operator that opens an /ActualText span (`readback.actual_text`): pypdf reads no
# /ActualText, and its dictionary and string were a fifth of what was left to parse.
_SPAN_OPENING = re.compile(rb"/Span <</ActualText <[0-9A-F]*>>> BDC")
# Glyphs shown one after another, nothing but a span's end or a change of character
# spacing between them (a span's opening is taken out first): the text operators
# ReportLab writes for a line, a few glyphs each, the spacing set for each space whose
# advance HarfBuzz changed (`layout.draw`). Shown by one operator instead
# (`_one_show`), pypdf reads the same text (compared on the 95 PDFs of the shipped
# matrix): spacing moves glyphs within a line, and pypdf finds lines and the spaces
# between words by where its text operators start. Parsing an operator and its string
# was most of what was left; joined across the spacing too, pypdf parses a fifth less.
_STRING = rb"\((?:[^\\()]++|\\.)*+\)"
_NUMBER = rb"-?[0-9.]+"
_SHOW = _STRING + rb" Tj"
_BETWEEN_SHOWS = rb"(?: EMC)?\s*(?:" + _NUMBER + rb" Tc\s+)?"
_SHOWS = re.compile(_SHOW + rb"(?:" + _BETWEEN_SHOWS + _SHOW + rb")+(?: EMC)?\s*", re.S)
_SHOWN = re.compile(_STRING, re.S)
# The operators, with their operands, that pypdf's text extraction does nothing with (it
# reads the text operators, q, Q, cm and Do: `pypdf._text_extraction`), as ReportLab and
# `layout.draw` write them: colours, a line's width, the text rise, the render mode, the
# paths of glyphs drawn as outlines, and the tags of marked content (an MCID's dictionary)
# with their ends; and the cm that ReportLab writes to place a flowable where it stands
# (`1 0 0 1 0 0 cm`), which leaves pypdf's matrix as it is: a cm stands outside text
# objects, where pypdf holds no text to hand on, and a text object starts pypdf's record
# of where its text starts anew. Taken out once the shows are joined (they part shows),
# pypdf reads the same text and sizes (compared on the 95 PDFs of the shipped matrix); they
# were a fifth of the operators and a third of the operands it parsed. A string is matched
# first and kept whole (ReportLab escapes each parenthesis in one), so that nothing is
# taken out of a string that holds such words.
_STRING_OR_IGNORED = re.compile(
    rb"("
    + _STRING
    + rb")|(?<!\S)(?:/\w+ <<[^<>()]*>> BDC|EMC|(?:"
    + _NUMBER
    + rb"\s+)*+(?:rg|RG|G|w|Ts|Tr|[mlchf])|1 0 0 1 0 0 cm)(?!\S)",
    re.S,
)
# A string of plain bytes and three-digit octal escapes, as ReportLab writes a show's glyph
# codes (`_unescaped`), from a parenthesis that no backslash escapes.
_OCTAL_ESCAPED = re.compile(rb"(?<!\\)\((?:\\[0-3][0-7][0-7]|[^\\()])*+\)")


def _text_pages(reader: PdfReader) -> list[PageObject]:
    """The pages of `reader` as pypdf needs them to read their text (`text_content`: their
    artifacts and the openings of their /ActualText spans taken out, glyphs shown one
    after another joined into one show, across changes of character spacing, the
    operators pypdf's text extraction does nothing with taken out, and the octal escapes
    of glyph codes written as bytes, and parsed already, `content_operations`; in this
    reader's memory only, the structure tree and the annotations stay). pypdf reads the
    same text from them (compared on all 95 PDFs of the shipped matrix), in less than half
    the time. When
    every page uses the same fonts, as ReportLab writes them, the pages are read as one,
    the first holding the content of all: pypdf reads each font's ToUnicode map again
    for every page it reads, and gives back the same text and the same sizes either way
    (compared on the 95 PDFs)."""
    pages = list(reader.pages)
    texts = []
    for page in pages:
        contents = page.get_contents()
        data = b"" if contents is None else contents.get_data()
        texts.append(text_content(data))
    if len({repr(_fonts_of(page)) for page in pages}) == 1:
        pages, texts = pages[:1], [b"\n".join(texts)]
    for page, text in zip(pages, texts, strict=True):
        page[NameObject(PageAttributes.CONTENTS)] = _parsed(text, reader)  # in this reader only
    return pages


def _parsed(content: bytes, reader: PdfReader) -> StreamObject:
    """The content `content` of a page of `reader` as pypdf's text extraction reads it:
    parsed already (`content_operations`) when it is all in the forms `_TOKEN` knows,
    else as bytes, which pypdf parses itself."""
    parsed = content_operations(content)
    if parsed is None:
        stream = DecodedStreamObject()
        stream.set_data(content)
        return stream
    stream = ContentStream(None, reader, "bytes")  # "bytes": as pypdf reads a page's text
    stream.operations = parsed
    return stream


# The tokens of a page's content as `text_content` leaves it (ReportLab writes them so),
# each after any whitespace: a number (of fewer than 20 bytes: pypdf reads a number's first
# 20 at once, and a longer one another way) or a name, a string (of plain bytes and the
# escapes ReportLab writes: \n, \r, \t, \b, \f, a parenthesis, a backslash, three octal
# digits), an operator that pypdf's text extraction reads (`text_content`), or, to leave
# a content to pypdf's own parser, any other byte. A number or a name ends at whitespace
# and an operator at whitespace or the end, where pypdf ends them too.
_NUMBER_TOKEN = rb"(?=[-.0-9]{1,19}+[ \t\n\r])-?(?:[0-9]++\.?+[0-9]*+|\.[0-9]++)"
_NAME_TOKEN = rb"/[A-Za-z0-9_.+\-]{1,127}+"
_STRING_TOKEN = rb"\(((?:[^\\()]++|\\[nrtbf()\\]|\\[0-3][0-7][0-7])*+)\)"  # `_bytes_of`
_TOKEN = re.compile(
    rb"[ \t\n\r]*+(?:"
    rb"((?:" + _NUMBER_TOKEN + rb"|" + _NAME_TOKEN + rb")(?=[ \t\n\r]))"
    rb"|" + _STRING_TOKEN + rb"|(BT|ET|T[cwzLfrsdDmj*]|q|Q|cm)(?=[ \t\n\r]|\Z)"
    rb"|(.))",
    re.S,
)
_ESCAPE = re.compile(rb"\\(?:([0-3][0-7][0-7])|(.))", re.S)
_ESCAPED = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def content_operations(content: bytes) -> list[tuple[list[PdfObject], bytes]] | None:
    """The operations of `content` (each operator with its operands) as pypdf's
    `ContentStream` parses them to read a page's text (strings as bytes): the same
    objects, in the same order; None for a content not all in the forms of `_TOKEN`, or
    with more tokens than pypdf parses (it fails such a content). pypdf's parser reads a
    byte at a time, and took longer than its text extraction: 2.1 s for the contents of the
    95 PDFs of the shipped matrix, against 0.7 s here. A number or a name made once is
    used again: pypdf's text extraction reads them, and changes none."""
    tokens = _TOKEN.findall(content)
    if len(tokens) > get_configuration().stream_parsing_work_maximum_count:
        return None
    parsed: list[tuple[list[PdfObject], bytes]] = []
    operands: list[PdfObject] = []
    made: dict[bytes, PdfObject] = {}
    for atom, string, operator, other in tokens:
        if operator:
            parsed.append((operands, operator))
            operands = []
        elif atom:
            if atom not in made:
                made[atom] = _atom(atom)
            operands.append(made[atom])
        elif other:
            return None
        else:  # a string
            operands.append(ByteStringObject(_bytes_of(string)))
    return parsed  # operands after the last operator are dropped, as pypdf drops them


def _atom(token: bytes) -> PdfObject:
    """A name or a number of `_TOKEN`, as pypdf makes it."""
    if token[:1] == b"/":
        return NameObject(token.decode())
    return FloatObject(token) if b"." in token else NumberObject(token)


def _bytes_of(string: bytes) -> bytes:
    """The bytes of a string of `_STRING_TOKEN` (what its parentheses hold), as pypdf
    reads them."""
    return _ESCAPE.sub(_escaped, string) if b"\\" in string else string


def _escaped(escape: re.Match[bytes]) -> bytes:
    """The byte an escape of `_TOKEN`'s string stands for."""
    octal, character = escape.groups()
    return bytes((int(octal, 8),)) if octal else _ESCAPED.get(character, character)


def text_content(content: bytes) -> bytes:
    """A page's content as pypdf needs it to read the page's text (`_text_pages`)."""
    joined = _SHOWS.sub(_one_show, _SPAN_OPENING.sub(b" ", _ARTIFACT.sub(b" ", content)))
    return _OCTAL_ESCAPED.sub(_unescaped, _STRING_OR_IGNORED.sub(rb"\1", joined))


def _unescaped(string: re.Match[bytes]) -> bytes:
    """A string of `_OCTAL_ESCAPED` with its bytes as they are, each escape but those of a
    backslash, a parenthesis and a line break made the byte it stands for: pypdf, which
    reads a string a byte at a time, gets the same bytes, and an escape took it six times
    as long as a byte (0.88 µs against 0.14)."""
    text = string[0][1:-1].decode("unicode_escape").encode("latin-1")
    for byte, escape in _KEPT_ESCAPES:
        text = text.replace(byte, escape)
    return b"(" + text + b")"


# What stays escaped in a string (`_unescaped`): the backslash first, as the others
# bring one.
_KEPT_ESCAPES = ((b"\\", b"\\\\"), (b"(", b"\\("), (b")", b"\\)"), (b"\r", b"\\r"), (b"\n", b"\\n"))


def _one_show(shows: re.Match[bytes]) -> bytes:
    """The strings of `shows` joined into one show, except after a string that ends in an
    octal escape of fewer than three digits (which ReportLab never writes, but another
    writer may) when the next starts with a digit: joined, the digit would join the
    escape."""
    strings = [string[1:-1] for string in _SHOWN.findall(shows[0])]
    joined = [strings[0]]
    for before, string in itertools.pairwise(strings):
        joined.append(b") Tj (" if string[:1].isdigit() and _ends_short_escape(before) else b"")
        joined.append(string)
    return b"(" + b"".join(joined) + b") Tj "


def _ends_short_escape(string: bytes) -> bool:
    digits = len(string) - len(string.rstrip(b"01234567"))
    stem = string[: len(string) - digits]
    return 0 < digits < 3 and (len(stem) - len(stem.rstrip(b"\\"))) % 2 == 1


def _fonts_of(page: PageObject) -> object:
    resources = page.get(PageAttributes.RESOURCES)
    return None if resources is None else resources.get_object().get("/Font")


def check_pdfua(data: bytes) -> list[str]:
    """PDF/UA-1 failures found by the page-validation checker, as 'RULE-ID: message'."""
    try:
        validation = page_validation.validate_pdf_bytes(data, profile=PDFUA_PROFILE)
    except (page_validation.ParseError, page_validation.PageError) as error:
        return [f"not a PDF the checker can read: {error}"]
    return [f"{failure.rule_id}: {failure.message}" for failure in validation.failures]


def damaged_objects(data: bytes) -> list[str]:
    """One sentence naming the first stream object of the PDF `data` that cannot be read, or
    whose stream, compressed with FlateDecode, does not decompress whole, and how many such
    there are; none when every one reads whole, or when pypdf cannot open the file
    (`check_pdf` fails it). pypdf, Poppler and PDFium each mend a broken stream in their own way
    (pypdf decompresses what it can, with a log line): bytes of a page's running footer
    written over after the build passed every other check, as pypdf read the text back,
    while PDFium drew the footer cut short. A stream's zlib data ends with the Adler-32
    checksum of all it holds, so a change anywhere in it is found. `handout check` only:
    the build checks bytes ReportLab has just compressed."""
    try:
        reader = PdfReader(io.BytesIO(data))
    except _UNREADABLE:
        return []
    if reader.is_encrypted:  # its streams are zlib data once decrypted (handout encrypts none)
        return []
    starts = sorted(
        (offset, number, generation)
        for generation, numbers in reader.xref.items()
        for number, offset in numbers.items()
    )
    ends = [offset for offset, _, _ in starts[1:]] + [len(data)]
    found = []
    for (start, number, generation), end in zip(starts, ends, strict=True):
        # Only a stream object holds the keyword: the others (nine tenths of the objects,
        # most of them the structure tree's) are left to pypdf and the validator, which
        # read what they need; parsed here too, they took three quarters of the time
        # (14.7 ms a PDF of the shipped matrix, against 3.4 ms without them).
        if b"stream" not in data[start:end]:
            continue
        reference = IndirectObject(number, generation, reader)
        try:
            value = reference.get_object()
        except _UNREADABLE as error:
            found.append(f"object {reference.idnum} cannot be read ({error})")
            continue
        if isinstance(value, StreamObject):
            # pypdf's `get_data` decodes (and mends); `_data` keeps the bytes as stored.
            problem = _inflate_problem(value.get("/Filter"), value._data)
            if problem:
                found.append(f"the compressed stream of object {reference.idnum} {problem}")
    if not found:
        return []
    more = f", and {plural(len(found) - 1, 'more object')}" if len(found) > 1 else ""
    return [f"damaged: {found[0]}{more}"]


def _inflate_problem(filters: object, stored: bytes) -> str | None:
    """What is wrong with a stream's stored bytes when its first filter is FlateDecode (zlib
    data), decompressed a megabyte at a time (a stream that grows a thousandfold costs no
    more memory); None when they decompress whole, or are not zlib data."""
    first = filters[0] if isinstance(filters, ArrayObject) and filters else filters
    if first not in ("/FlateDecode", "/Fl"):
        return None
    inflater = zlib.decompressobj()
    pending = stored
    try:
        while not inflater.eof:
            produced = inflater.decompress(pending, 1 << 20)
            pending = inflater.unconsumed_tail
            if not produced and not pending:  # all read, nothing more comes: no end
                return "ends short"
    except zlib.error as error:
        return f"does not decompress ({error})"
    return None


def ink_outside(data: bytes, area: tuple[float, float, float, float]) -> Iterator[str]:
    """A sentence for each page with a glyph outside the text area (PDFium's glyph
    boxes, in points from the page's lower left corner). A page is first measured by
    the boxes PDFium joins a line's glyphs into (a few calls, not one a glyph): only a
    page where one of those reaches out is measured glyph by glyph."""
    document = pdfium.PdfDocument(data)
    try:
        for number, page in enumerate(document, start=1):
            text_page = page.get_textpage()
            lines = (text_page.get_rect(index) for index in range(text_page.count_rects()))
            if not any(_outside(box, area) > INK_TOLERANCE for box in lines):
                continue
            worst = None
            for index in range(text_page.count_chars()):
                box = text_page.get_charbox(index)
                if box[2] <= box[0]:
                    continue  # a space or a mark with no ink
                outside = _outside(box, area)
                if outside > INK_TOLERANCE and (worst is None or outside > worst[0]):
                    worst = (outside, text_page.get_text_range(index, 1))
            if worst is not None:
                yield (
                    f"page {number}: the glyph {worst[1]!r} lies {worst[0]:.1f} pt outside "
                    "the text area"
                )
    finally:
        document.close()


def _outside(
    box: tuple[float, float, float, float], area: tuple[float, float, float, float]
) -> float:
    """How far the box (left, bottom, right, top) reaches out of the area (below zero:
    how far inside it stays)."""
    left, bottom, right, top = area
    box_left, box_bottom, box_right, box_top = box
    return max(left - box_left, box_right - right, bottom - box_bottom, box_top - top)


def _link_problems(reader: PdfReader, data: bytes, targets: Sequence[str]) -> Iterator[str]:
    """Each link annotation must be reached from one Link element through an OBJR that
    references it (not a copy), and that element must hold marked content (the link's
    text: `_holds_marked_content`); each link of the text must have an annotation. The
    elements are read by `_PlainObjects` (`data` is the file `reader` reads)."""
    root = reader.trailer["/Root"].get_object()
    tree = root.get("/StructTreeRoot") if isinstance(root, DictionaryObject) else None
    objrs: dict[int, list[DictionaryObject]] = {}
    if tree is not None:
        for element in _elements(tree.get_object(), _PlainObjects(reader, data)):
            kids = element.get("/K", [])
            for kid in kids if isinstance(kids, ArrayObject) else [kids]:
                if isinstance(kid, DictionaryObject) and kid.get("/Type") == "/OBJR":
                    reference = kid.raw_get("/Obj")
                    if isinstance(reference, IndirectObject):
                        objrs.setdefault(reference.idnum, []).append(element)
    found: set[str] = set()
    for page in reader.pages:
        for annotation in page.get("/Annots", []) or []:
            if not isinstance(annotation, IndirectObject):
                yield "a link annotation is not an indirect object"
                continue
            target = annotation.get_object()
            if not isinstance(target, DictionaryObject) or target.get("/Subtype") != "/Link":
                continue
            action = target.get("/A")
            found.add(str(action.get("/URI", "")) if isinstance(action, DictionaryObject) else "")
            holders = objrs.get(annotation.idnum, [])
            if len(holders) != 1 or holders[0].get("/S") != "/Link":
                yield f"the link annotation {annotation.idnum} is not held by one Link element"
            elif not _holds_marked_content(holders[0]):
                yield f"the Link element of annotation {annotation.idnum} holds no text"
            if "/StructParent" not in target or not target.get("/Contents"):
                yield f"the link annotation {annotation.idnum} has no /StructParent or /Contents"
    for link in targets:
        if link not in found:
            yield f"link missing: {link}"


def _holds_marked_content(element: DictionaryObject) -> bool:
    """Whether an element holds marked content, its own or its Spans' (a link's words of
    another language, or its words between them, are Spans of the Link)."""
    kids = element.get("/K", [])
    for kid in kids if isinstance(kids, ArrayObject) else [kids]:
        kid = kid.get_object() if isinstance(kid, IndirectObject) else kid
        if isinstance(kid, int) or (isinstance(kid, DictionaryObject) and "/MCID" in kid):
            return True
        if (
            isinstance(kid, DictionaryObject)
            and kid.get("/S") == "/Span"
            and _holds_marked_content(kid)
        ):
            return True
    return False


def _elements(node: DictionaryObject, objects: _PlainObjects) -> Iterator[DictionaryObject]:
    kids = node.get("/K", [])
    for kid in kids if isinstance(kids, ArrayObject) else [kids]:
        kid = objects.resolved(kid) if isinstance(kid, IndirectObject) else kid
        if isinstance(kid, DictionaryObject) and kid.get("/Type") == "/StructElem":
            yield kid
            yield from _elements(kid, objects)


# An object that is a dictionary as ReportLab writes the structure tree's elements
# (`pdf.structure`): names, numbers and strings (`_NAME_TOKEN`, `_NUMBER_TOKEN`,
# `_STRING_TOKEN`), references, and arrays and dictionaries of them, each token but a
# bracket followed by whitespace, and `endobj` after it. pypdf reads an object a byte at a
# time: the structure tree's elements (173 a PDF of the shipped matrix) took it 11 ms a
# PDF, a tenth of the build's check; here, 4.5 ms.
_OBJECT_HEADER = re.compile(rb"([0-9]{1,9}) ([0-9]{1,5}) obj[ \t\n\r]++(?=<<)")
_OBJECT_TOKEN = re.compile(
    rb"[ \t\n\r]*+(?:(<<|\[)|(>>|\])"
    rb"|((?:[0-9]{1,9} [0-9]{1,5} R|" + _NUMBER_TOKEN + rb"|" + _NAME_TOKEN + rb")(?=[ \t\n\r]))"
    rb"|" + _STRING_TOKEN + rb"|.)",
    re.S,
)
_OBJECT_END = re.compile(rb"[ \t\n\r]*+endobj")
_CLOSING = {b"<<": b">>", b"[": b"]"}


class _PlainObjects:
    """The objects of a PDF's structure tree, as pypdf reads them: parsed here
    (`_parsed`) and kept in the reader's cache, for pypdf to give them again, when stored
    plain, as ReportLab writes them, and in the forms `_OBJECT_TOKEN` knows; else read by
    pypdf (an object read already, of an object stream, free, of an encrypted file, or
    in any other form)."""

    def __init__(self, reader: PdfReader, data: bytes) -> None:
        self.reader = reader
        self.data = data  # the file `reader` reads
        # A name, a number or a reference made once is used again (it is most often
        # /Type, /StructElem, an MCID, a page): the link check changes none.
        self.made: dict[bytes, PdfObject] = {}

    def resolved(self, reference: IndirectObject) -> PdfObject | None:
        """The object `reference` stands for (None: pypdf finds none)."""
        offset = self._plain_offset(reference)
        parsed = None if offset is None else self._parsed(offset, reference)
        if parsed is None:
            return reference.get_object()
        self.reader.cache_indirect_object(reference.generation, reference.idnum, parsed)
        return parsed

    def _plain_offset(self, reference: IndirectObject) -> int | None:
        """Where the file stores the object `reference` stands for, if it is stored plain
        and not read yet; else None. The reader's tables are pypdf's own attributes, which
        a version of pypdf without them leaves to pypdf's reading, as slow and the same."""
        reader = self.reader
        try:
            numbers = reader.xref.get(reference.generation, {})
            if (
                (reference.generation, reference.idnum) in reader.resolved_objects
                or reader.is_encrypted
                or reference.idnum in reader.xref_objStm
                or reader.xref_free_entry.get(reference.generation, {}).get(reference.idnum)
            ):
                return None
        except AttributeError:
            return None
        offset: int | None = numbers.get(reference.idnum)
        return offset

    def _parsed(self, offset: int, reference: IndirectObject) -> PdfObject | None:
        """The dictionary `reference` stored at `offset`, made of the objects pypdf makes
        for it; None when it is not all in the forms of `_OBJECT_TOKEN`, when it holds a
        key twice (pypdf keeps the first given, or a later one) or more items than pypdf
        reads (it fails such an object)."""
        header = _OBJECT_HEADER.match(self.data, offset)
        if header is None or (int(header[1]), int(header[2])) != (
            reference.idnum,
            reference.generation,
        ):
            return None
        configuration = get_configuration()
        limit = min(
            configuration.array_maximum_element_count,
            configuration.dictionary_maximum_element_count,
        )
        made = self.made
        open_: list[tuple[bytes, list[PdfObject]]] = []  # the arrays and dictionaries begun
        for token in _OBJECT_TOKEN.finditer(self.data, header.end()):
            opening, closing, atom, string = token.groups()
            value: PdfObject | None
            if opening:
                open_.append((opening, []))
                continue
            if atom:
                value = made.get(atom)
                if value is None:
                    value = made[atom] = self._atom(atom)
            elif closing:
                if not open_ or _CLOSING[open_[-1][0]] != closing:
                    return None
                kind, items = open_.pop()
                if len(items) > limit:
                    return None
                value = ArrayObject(items) if kind == b"[" else _dictionary(items)
                if value is None:
                    return None
            elif string is not None:
                value = create_string_object(_bytes_of(string))
            else:
                return None
            if not open_:
                return value if _OBJECT_END.match(self.data, token.end()) else None
            open_[-1][1].append(value)
        return None

    def _atom(self, token: bytes) -> PdfObject:
        """A reference, a name or a number of `_OBJECT_TOKEN`, as pypdf makes it."""
        if token.endswith(b" R"):
            idnum, generation, _ = token.split(b" ")
            return IndirectObject(int(idnum), int(generation), self.reader)
        return _atom(token)


def _dictionary(items: list[PdfObject]) -> DictionaryObject | None:
    """The dictionary of `items`, keys and values in turn; None if a key is not a name or
    is given twice."""
    keys, values = items[::2], items[1::2]
    if (
        len(keys) != len(values)
        or not all(isinstance(key, NameObject) for key in keys)
        or len(set(keys)) != len(keys)
    ):
        return None
    dictionary = DictionaryObject()
    dictionary.update(zip(keys, values, strict=True))
    return dictionary


def _reading_order(text: str, texts: Sequence[str]) -> str | None:
    """Each expected text must come back verbatim, after the one before it."""
    position = 0
    for expected in texts:
        # A word broken at a soft hyphen across two pages reads back with a line break
        # there (on one page, whole: `readback.text_origins`): marked here.
        wanted = normalise(expected.replace(SOFT_HYPHEN, _BREAK_MARK))
        found = _find(text, wanted, position)
        if found is None:
            where = "missing" if _find(text, wanted) is None else "out of reading order"
            return f"text {where}: {abbreviate(expected)!r}"
        position = found[1]
    return None


def _word_pattern(word: str) -> str:
    """A word of `_find`'s `wanted` as a pattern: a soft hyphen's mark may read back as a
    break, and a long word may break between two characters where the line breaker cuts
    a word with no mark (in a word written as an address, a number, letters of a script
    not in its table of hyphens); not between two letters it cuts at a soft hyphen
    (`cut_shows_hyphen`), which reads back whole."""
    long = len(word.replace(_BREAK_MARK, "")) >= LONG_WORD
    address = ADDRESS_LIKE.search(word) is not None
    pattern = []
    for piece in word.split(_BREAK_MARK):
        if not long:
            pattern.append(re.escape(piece))
            continue
        joined = re.escape(piece[:1])
        for before, after in itertools.pairwise(piece):
            whole = not address and cut_shows_hyphen(before, after)
            joined += ("" if whole else " ?") + re.escape(after)
        pattern.append(joined)
    return " ?".join(pattern)


def _find(text: str, wanted: str, start: int = 0) -> tuple[int, int] | None:
    """Where `wanted` first is in `text` from `start` (its start and end), or None. A
    word too long for a line (a long web address) is broken across two lines and reads
    back with a line break inside it: in a word of LONG_WORD characters or more, one
    space may stand between two characters; where `wanted` holds `_BREAK_MARK` (a soft
    hyphen, where a line may end), the break of a word broken across two pages."""
    words = re.split("( )", wanted)
    if _BREAK_MARK not in wanted and all(len(word) < LONG_WORD for word in words):
        index = text.find(wanted, start)
        return None if index < 0 else (index, index + len(wanted))
    # The pattern, not the text whole first: the same text reads back broken in a block
    # whose line is narrower than its long word (a heading's, a list item's) and whole
    # in a later one (a paragraph's); the pattern matches both and finds the first,
    # where the whole text, found further on, put the blocks between out of order.
    pattern = "".join(map(_word_pattern, words))
    match = re.compile(pattern).search(text, start)
    return match.span() if match else None
