"""What a handout source is: its metadata and its text as blocks (the parsed form)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

_SPACES = re.compile(r"[ \t\r\n]+")
# A backslash at a line's end (one not itself escaped): Markdown's hard line break.
_HARD_BREAK = re.compile(r"(?<!\\)((?:\\\\)*)\\\n")


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST = "list"


class Section(StrEnum):
    """Which part of a document a block belongs to; the layout draws each differently.

    The source's text has the body and the special sections (key points, glossary,
    questions, notes); a document adds what it prints around them: the front (title,
    unreviewed line, clinic, availability), the notices and the source."""

    FRONT = "front"
    BODY = "body"
    KEY_POINTS = "key-points"
    GLOSSARY = "glossary"
    QUESTIONS = "questions"
    NOTES = "notes"
    NOTICES = "notices"
    SOURCE = "source"
    ORIGINALS = "originals"  # the English originals of translated notices, last


# The headings (as the source spells them, any case) that open a special section.
SPECIAL_SECTIONS = {
    "key points": Section.KEY_POINTS,
    "words to know": Section.GLOSSARY,
    "questions to ask": Section.QUESTIONS,
    "notes": Section.NOTES,
}
# Interface strings printed as headings of the special sections.
SECTION_HEADINGS = {
    Section.KEY_POINTS: "Key points",
    Section.GLOSSARY: "Words to know",
    Section.QUESTIONS: "Questions to ask your care team",
    Section.NOTES: "Notes",
}


@dataclass(frozen=True)
class Text:
    """One translatable piece of text: inline Markdown and where it stands in the source."""

    markdown: str
    line: int


@dataclass(frozen=True)
class Block:
    """A heading, a paragraph or a list (one Text per item).

    A heading of a special section has no Text of its own: its words are the
    interface string SECTION_HEADINGS[section].
    """

    kind: BlockKind
    texts: tuple[Text, ...]
    section: Section = Section.BODY
    level: int = 0
    numbered_from: int | None = None  # lists: the first item's number; None: bulleted


@dataclass(frozen=True)
class Notice:
    key: str
    text: Text


@dataclass(frozen=True)
class Citation:
    """The published article a handout reprints: printed as written, its DOI (if any) a link."""

    text: str
    line: int
    journal: str | None = None
    published: str | None = None  # ISO date
    doi: str | None = None

    @property
    def doi_url(self) -> str | None:
        return f"https://doi.org/{self.doi}" if self.doi else None


@dataclass(frozen=True)
class Handout:
    """An English handout as its writer wrote it."""

    name: str
    path: Path
    title: Text
    publisher: str
    full: tuple[Block, ...]
    plain: tuple[Block, ...]
    notices: tuple[Notice, ...] = ()
    citation: Citation | None = None
    drug_names: tuple[str, ...] = ()  # named in the translators' notes
    document_id: str | None = None  # the clinic's own number for it, printed on every page
    document_id_line: int | None = None  # where it is written, for an error about it
    revised: str | None = None  # ISO date of the last revision, printed on every page
    series: str | None = None  # XMP only
    section_editor: str | None = None  # XMP only

    def part(self, name: str) -> tuple[Block, ...]:
        """The blocks of text part `name` ("full" or "plain", a `project.TextPart`)."""
        return {"full": self.full, "plain": self.plain}[str(name)]


def fold_whitespace(text: str) -> str:
    """Runs of spaces, tabs and line breaks as one space; no-break spaces are kept. A
    backslash at a line's end (one not itself escaped) is Markdown's hard line break, a
    line break too: folded as it stands, the backslash would be printed."""
    return _SPACES.sub(" ", _HARD_BREAK.sub(r"\1 ", text)).strip()
