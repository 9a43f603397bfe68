"""The document one PDF prints: every block in reading order, each passage in its language.

`Document.blocks` is the reading order itself (title, the unreviewed-translation
line, the clinic's box, the availability statement, the handout's text, the
notices and their English originals, the source), so layout, the PDF's /ID,
the font preflight and the checks all walk the same sequence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .catalog.reading import Printed
from .inline import plain_text
from .project import Variant
from .rules.model import Problem
from .source import Section

if TYPE_CHECKING:
    from .catalog.reading import Translation


@dataclass(frozen=True)
class Passage:
    """A piece of text in one language (BCP 47 tag), as inline Markdown, and where it came
    from (a catalog line, or the English source's line)."""

    markdown: str
    lang: str
    path: Path | None = None
    line: int | None = None


class PrintedText(NamedTuple):
    """A passage's text as printed, with the file and line it came from, for the checks
    made before anything is drawn. `written`: text handout writes itself (a date as CLDR
    spells it), named by the text; its file and line, when it has them, are those of the
    label that made handout write it in the language (a date's, in interface.po)."""

    text: str
    path: Path | None
    line: int | None
    written: bool


class Role(StrEnum):
    """What a block is, which says how it is drawn and tagged."""

    TITLE = "title"  # H1
    DRAFT_NOTICE = "draft-notice"  # the unreviewed-translation line: set apart in a box
    CLINIC = "clinic"  # the clinic's box: name, phone, address, hours, website, logo
    AVAILABILITY = "availability"  # other formats and languages can be had
    HEADING = "heading"  # H2, H3...
    PARAGRAPH = "paragraph"
    LIST = "list"  # one passage per item
    NOTES = "notes"  # ruled lines to write on (an artifact)
    NOTICE = "notice"  # a publisher's notice
    LABEL = "label"  # a short label in the end matter ("Original English text of ...")
    CITATION = "citation"


@dataclass(frozen=True)
class Figure:
    """An image and its alternative text."""

    path: Path
    alt: Passage


@dataclass(frozen=True)
class Block:
    """One block of the reading order.

    `english` holds the English of each passage beside its translation, in a
    bilingual document (empty otherwise, and for passages already in English).
    """

    role: Role
    section: Section
    passages: tuple[Passage, ...]
    level: int = 0  # headings: 1 is the title
    numbered_from: int | None = None  # lists: the first item's number; None: bulleted
    english: tuple[Passage | None, ...] = ()
    figure: Figure | None = None

    def pairs(self) -> Iterator[tuple[Passage, Passage | None]]:
        """Each passage with its English (None when there is none to add)."""
        english = self.english or (None,) * len(self.passages)
        yield from zip(self.passages, english, strict=True)


@dataclass(frozen=True)
class Fallback:
    """A message printed in English because the catalog had no usable translation:
    `printed` says which way (untranslated, fuzzy, refused by the rule book), and
    `errors` are the rule book's that refused it (none otherwise), as the build names
    them (`rules.refusal`); `refused` is the translation they refused, where it stands
    (None for a message untranslated or fuzzy)."""

    message_id: str
    context: str | None
    errors: tuple[Problem, ...]
    refused: Translation | None
    printed: Printed


@dataclass(frozen=True)
class Document:
    """Everything one PDF prints, already in its language."""

    handout: str
    locale: str
    lang: str  # BCP 47
    rtl: bool
    variant: Variant
    publisher: str
    title: Passage
    blocks: tuple[Block, ...]  # the reading order
    footer: tuple[Passage, ...]  # page furniture under the page number: document ID, dates
    page_number: Passage  # "Page {page} of {pages}"
    subject: Passage  # the XMP description
    doi: str | None
    notices: tuple[Passage, ...]  # every notice as printed (translations, then originals)
    fallbacks: tuple[Fallback, ...]
    document_id: str | None = None
    revised: str | None = None
    series: str | None = None
    section_editor: str | None = None
    # What a writer typed that handout prints inside text of its own (the document ID, in
    # the footer's line), named at its own file and line where its letters have no font.
    typed: tuple[PrintedText, ...] = ()

    def passages(self) -> Iterator[Passage]:
        """Every passage a reader sees, in reading order (each translation before its
        English)."""
        for block in self.blocks:
            for passage, english in block.pairs():
                yield passage
                if english is not None:
                    yield english

    def printed_texts(self) -> Iterator[PrintedText]:
        """Each passage's text as printed, with the file and line it came from, for the
        font check: what handout writes itself is the footer (its dates) and any passage
        of no file; what a writer typed into it (`typed`) comes first, at its own line."""
        yield from self.typed
        for passage in self.all_passages():
            written = passage.path is None or any(passage is line for line in self.footer)
            yield PrintedText(plain_text(passage.markdown), passage.path, passage.line, written)

    def all_passages(self) -> Iterator[Passage]:
        """Every passage the PDF holds: those a reader sees, a figure's alternative text,
        the page furniture, the description."""
        yield from self.passages()
        yield from (block.figure.alt for block in self.blocks if block.figure is not None)
        yield from (*self.footer, self.page_number, self.subject)
