"""Verify: open a built PDF as a reader would and check what comes back.

Checks run on the bytes about to be written (so a failing PDF never reaches
its final path) and on PDFs already in output/ (`handout check`). Text is
compared after NFC and whitespace normalisation; between two CJK characters a
line break adds no space.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from .inline import plain_text
from .translate import Document

_CJK = r"\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")


@dataclass(frozen=True)
class Expected:
    """What a PDF must give back to a reader."""

    texts: tuple[str, ...]  # in reading order
    notices: tuple[str, ...]
    doi: str
    smallest_size: float


@dataclass(frozen=True)
class PdfFacts:
    text: str  # normalised
    pages: int
    smallest_size: float


def normalise(text: str) -> str:
    """NFC, runs of whitespace as one space, no space between CJK characters."""
    folded = " ".join(unicodedata.normalize("NFC", text).split())
    return _SPACE_BETWEEN_CJK.sub("", folded)


def read_facts(data: bytes) -> PdfFacts:
    """Extract the text and the smallest font size of a PDF with pypdf."""
    reader = PdfReader(io.BytesIO(data))
    sizes: list[float] = []

    def visit(text: str, cm: Sequence[float], tm: Sequence[float], _font: object,
              size: float) -> None:
        if text.strip():
            scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
            sizes.append(size * scale)

    pages = [page.extract_text(visitor_text=visit) for page in reader.pages]
    return PdfFacts(normalise("\n".join(pages)), len(reader.pages), min(sizes, default=0.0))


def problems(data: bytes, expected: Expected) -> list[str]:
    """Everything wrong with the PDF `data`, one sentence each; empty when it passes."""
    try:
        facts = read_facts(data)
    except (PyPdfError, ValueError, KeyError) as error:
        return [f"cannot be read back as a PDF: {error}"]
    found: list[str] = []
    for notice in expected.notices:
        if normalise(notice) not in facts.text:
            found.append(f"notice missing: {_abbreviate(notice)!r}")
    if expected.doi not in facts.text:
        found.append(f"DOI {expected.doi} missing")
    if facts.smallest_size < expected.smallest_size - 0.01:
        found.append(f"text at {facts.smallest_size:g} pt, below the "
                     f"{expected.smallest_size:g} pt minimum")
    found += _reading_order(facts.text, expected.texts)
    return found


def _reading_order(text: str, texts: Iterable[str]) -> list[str]:
    """Each expected text must be found verbatim, after the one before it."""
    position = 0
    for expected in texts:
        wanted = normalise(expected)
        index = text.find(wanted, position)
        if index < 0:
            where = "missing" if wanted not in text else "out of reading order"
            return [f"text {where}: {_abbreviate(expected)!r}"]
        position = index + len(wanted)
    return []


def check_file(path: Path, expected: Expected) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError as error:
        return [f"cannot read: {error.strerror}"]
    return problems(data, expected)


def _abbreviate(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def expected_from(document: Document) -> Expected:
    """What the PDF of `document` must give back, in reading order."""
    texts = [plain_text(document.title.markdown)]
    texts += [plain_text(span.markdown) for block in document.blocks for span in block.spans]
    texts.append(plain_text(document.about_label.markdown))
    notices: list[str] = []
    for notice in document.notices:
        if notice.translated is not None:
            notices.append(plain_text(notice.translated.markdown))
        notices.append(plain_text(notice.original.markdown))
    texts += notices
    texts += [plain_text(document.source_label.markdown), document.citation.text]
    return Expected(tuple(texts), tuple(notices), document.citation.doi,
                    document.variant.smallest_size)
