"""Verify: open a built PDF as a reader would and check what comes back.

Checks run on the bytes about to be written (so a failing PDF never reaches
its final path) and on PDFs already in output/ (`handout check`): PDF/UA-1 by
the `page-validation` checker, the required notices and the DOI, the
smallest text size, and every block's text back from pypdf in reading order.
Text is compared after NFC and whitespace normalisation; between two CJK
characters a line break adds no space, and inside a word too long for a line
(`LONG_WORD`) one may.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import page as page_validation
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from .inline import plain_text
from .layout import citation_span, notice_spans
from .translate import Document

PDFUA_PROFILE = "ua1"
_CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"  # Han, kana; not Hangul
# Characters: a word this long may be broken across lines (a line of large print holds
# about 30 of the widest letters).
LONG_WORD = 20
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")


@dataclass(frozen=True)
class Expected:
    """What a PDF must give back to a reader."""

    texts: tuple[str, ...]  # in reading order
    notices: tuple[str, ...]
    doi: str | None
    smallest_size: float


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
    unreadable: str | None = None

    @property
    def size_ok(self) -> bool:
        return self.smallest_size >= self.minimum_size - 0.01

    def problems(self) -> list[str]:
        """Everything wrong, one sentence each; empty when the PDF passes."""
        if self.unreadable:
            return [self.unreadable]
        found = list(self.pdfua_failures)
        found += [f"notice missing: {_abbreviate(notice)!r}" for notice in self.missing_notices]
        if not self.doi_found:
            found.append("DOI missing")
        if not self.size_ok:
            found.append(f"text at {self.smallest_size:g} pt, below the "
                         f"{self.minimum_size:g} pt minimum")
        if self.text_problem:
            found.append(self.text_problem)
        return found


def normalise(text: str) -> str:
    """NFC, runs of whitespace as one space, no space between CJK characters."""
    folded = " ".join(unicodedata.normalize("NFC", text).split())
    return _SPACE_BETWEEN_CJK.sub("", folded)


def check_pdf(data: bytes, expected: Expected) -> CheckReport:
    """Run every check on the PDF `data`."""
    try:
        reader = PdfReader(io.BytesIO(data))
        sizes: list[float] = []

        def visit(text: str, cm: Sequence[float], tm: Sequence[float], _font: object,
                  size: float) -> None:
            if text.strip():
                scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
                sizes.append(size * scale)

        text = normalise("\n".join(p.extract_text(visitor_text=visit) for p in reader.pages))
        pages = len(reader.pages)
    except (PyPdfError, ValueError, KeyError, OSError) as error:
        return CheckReport(0, (), (), False, 0.0, expected.smallest_size, None,
                           unreadable=f"cannot be read back as a PDF: {error}")
    return CheckReport(
        pages=pages,
        pdfua_failures=tuple(check_pdfua(data)),
        missing_notices=tuple(notice for notice in expected.notices
                              if _find(text, normalise(notice)) is None),
        doi_found=expected.doi is None or _find(text, expected.doi) is not None,
        smallest_size=min(sizes, default=0.0),
        minimum_size=expected.smallest_size,
        text_problem=_reading_order(text, expected.texts),
    )


def check_pdfua(data: bytes) -> list[str]:
    """PDF/UA-1 failures found by the page-validation checker, as 'RULE-ID: message'."""
    try:
        validation = page_validation.validate_pdf_bytes(data, profile=PDFUA_PROFILE)
    except (page_validation.ParseError, page_validation.PageError) as error:
        return [f"not a PDF the checker can read: {error}"]
    return [f"{failure.rule_id}: {failure.message}" for failure in validation.failures]


def _reading_order(text: str, texts: Sequence[str]) -> str | None:
    """Each expected text must come back verbatim, after the one before it."""
    position = 0
    for expected in texts:
        wanted = normalise(expected)
        found = _find(text, wanted, position)
        if found is None:
            where = "missing" if _find(text, wanted) is None else "out of reading order"
            return f"text {where}: {_abbreviate(expected)!r}"
        position = found[1]
    return None


def _find(text: str, wanted: str, start: int = 0) -> tuple[int, int] | None:
    """Where `wanted` is in `text` from `start` (its start and end), or None. A word too
    long for a line (a long web address) is broken across two lines and reads back
    with a line break inside it: in a word of LONG_WORD characters or more, one space
    may stand between two characters."""
    index = text.find(wanted, start)
    if index >= 0:
        return index, index + len(wanted)
    words = re.split("( )", wanted)
    if all(len(word) < LONG_WORD for word in words):
        return None
    pattern = "".join(" ?".join(map(re.escape, word)) if len(word) >= LONG_WORD
                      else re.escape(word) for word in words)
    match = re.compile(pattern).search(text, start)
    return match.span() if match else None


def expected_from(document: Document) -> Expected:
    """What the PDF of `document` must give back, in reading order."""
    texts = [plain_text(document.title.markdown)]
    texts += [plain_text(span.markdown) for span in document.draft_notice]
    texts += [plain_text(span.markdown) for block in document.blocks for span in block.spans]
    notices = [plain_text(span.markdown) for span in notice_spans(document)]
    if notices:
        texts.append(plain_text(document.about_label.markdown))
    texts += notices
    citation = citation_span(document)
    if citation is not None:
        texts += [plain_text(document.source_label.markdown), plain_text(citation.markdown)]
    doi = document.citation.doi if document.citation else None
    return Expected(tuple(texts), tuple(notices), doi,
                    document.variant.smallest_size)


def _abbreviate(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
