"""Read an English handout source: TOML metadata, then Markdown text, into a `Handout`.

The file looks like::

    +++
    title = "Do I Have Calciphylaxis?"
    publisher = "JAMA Dermatology"
    drug_names = ["warfarin"]   (optional: named in the translators' notes)
    [citation]   journal, published (a date), doi, text (the citation line as printed)
    [notices]    one key = "sentence" per required notice
    +++
    # Full text
    ...paragraphs, ## section headings, - lists...
    # Plain language
    ## Key points
    - ...
    ## Words to know
    - **Term**: what it means.

The two level-1 headings split the text into its two parts; which part a PDF
prints is set by the variant table in handout.toml. In the plain-language
part, "Key points" and "Words to know" headings open the boxed key-point list
and the glossary; their headings are interface strings, so one translation
serves every handout.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .errors import SourceError

FRONT_MATTER_FENCE = "+++"
PART_HEADINGS = {"full text": "full", "plain language": "plain"}
_SPACES = re.compile(r"[ \t\r\n]+")
# Markdown the source may not use, by markdown-it token type, as a writer would name it.
_UNSUPPORTED = {
    "image": "an image",
    "html_inline": "raw HTML",
    "html_block": "raw HTML",
    "table_open": "a table",
    "code_block": "a code block",
    "fence": "a code block",
    "blockquote_open": "a block quote",
    "hr": "a horizontal rule",
}


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
    ordered: bool = False


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
    revised: str | None = None  # ISO date of the last revision, printed on every page
    series: str | None = None  # XMP only
    section_editor: str | None = None  # XMP only

    def part(self, name: str) -> tuple[Block, ...]:
        """The blocks of text part `name` ("full" or "plain", a `project.TextPart`)."""
        return {"full": self.full, "plain": self.plain}[str(name)]


def fold_whitespace(text: str) -> str:
    """Runs of spaces, tabs and line breaks as one space; no-break spaces are kept."""
    return _SPACES.sub(" ", text).strip()


# What a DOI looks like (the DOI Handbook, 2.2): "10.", a registrant code of digits
# and dots, "/", a suffix of printable characters.
DOI_PATTERN = re.compile(r"10\.\d{4,9}(?:\.\d+)*/\S+")
METADATA_KEYS = (
    "title",
    "publisher",
    "series",
    "section_editor",
    "drug_names",
    "id",
    "revised",
    "citation",
    "notices",
)
CITATION_KEYS = ("journal", "published", "doi", "text")


def read_handout(path: Path) -> Handout:
    """Parse the source at `path`; raise SourceError naming the file and line on any problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourceError("no such handout source", path) from None
    except UnicodeDecodeError as error:
        raise SourceError(f"not UTF-8 text (byte {error.start})", path) from None
    except OSError as error:
        raise SourceError(f"cannot read: {error.strerror}", path) from None
    lines = text.replace("\r\n", "\n").split("\n")
    header, body_start = _split_front_matter(lines, path)
    metadata = _Metadata(_parse_metadata(header, path), header, path)
    metadata.refuse_unknown(metadata.table, METADATA_KEYS, None)
    parts = _parse_body(lines[body_start - 1 :], body_start, path)
    return Handout(
        name=path.stem,
        path=path,
        title=Text(metadata.string("title"), metadata.line("title")),
        publisher=metadata.string("publisher"),
        full=parts["full"],
        plain=parts["plain"],
        notices=_notices(metadata),
        citation=_citation(metadata),
        drug_names=_drug_names(metadata),
        document_id=metadata.optional_string("id"),
        revised=metadata.optional_date("revised"),
        series=metadata.optional_string("series"),
        section_editor=metadata.optional_string("section_editor"),
    )


def _split_front_matter(lines: list[str], path: Path) -> tuple[list[str], int]:
    """Return the metadata lines and the 1-based line where the Markdown body starts."""
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        raise SourceError(f"must start with a '{FRONT_MATTER_FENCE}' metadata header", path, 1)
    for index in range(1, len(lines)):
        if lines[index].strip() == FRONT_MATTER_FENCE:
            return lines[1:index], index + 2
    raise SourceError(f"metadata header is not closed with '{FRONT_MATTER_FENCE}'", path, 1)


def _parse_metadata(header: list[str], path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads("\n".join(header))
    except tomllib.TOMLDecodeError as error:
        line = toml_error_line(error)
        raise SourceError(f"bad metadata: {error}", path, line + 1 if line else 1) from None


def toml_error_line(error: Exception) -> int | None:
    """The 1-based line a TOML (or polib) error message names, if it names one."""
    match = re.search(r"line (\d+)", str(error))
    return int(match.group(1)) if match else None


@dataclass(frozen=True)
class _Metadata:
    """The metadata table with the lines it came from, for messages that name them."""

    table: dict[str, Any]
    header: list[str]
    path: Path

    def line(self, key: str, table: str | None = None) -> int:
        """1-based file line of `key =` (inside [table] if given), or of `[key]`; 1 if none."""
        in_table = table is None
        for index, line in enumerate(self.header):
            stripped = line.strip()
            if stripped.startswith("["):
                if table is None and stripped == f"[{key}]":
                    return index + 2
                in_table = table is not None and stripped == f"[{table}]"
            elif in_table and re.match(rf'"?{re.escape(key)}"?\s*=', stripped):
                return index + 2  # +1 for 1-based, +1 for the opening fence
        return 1

    def fail(self, message: str, key: str, table: str | None = None) -> SourceError:
        return SourceError(message, self.path, self.line(key, table))

    def refuse_unknown(
        self, values: dict[str, Any], known: tuple[str, ...], table: str | None
    ) -> None:
        for key in values:
            if key not in known:
                where = f"[{table}] " if table else ""
                raise self.fail(
                    f"unknown metadata {where}key {key!r} (known: {', '.join(known)})", key, table
                )

    def string(self, key: str, table: str | None = None) -> str:
        value = self.optional_string(key, table)
        if value is None:
            where = f"[{table}] " if table else ""
            raise self.fail(f'metadata {where}needs {key} = "..."', key, table)
        return value

    def optional_string(self, key: str, table: str | None = None) -> str | None:
        values = self.table.get(table, {}) if table else self.table
        if key not in values:
            return None
        value = values[key]
        if not isinstance(value, str) or not value.strip():
            where = f"[{table}] " if table else ""
            raise self.fail(f'metadata {where}{key} must be a non-empty "string"', key, table)
        return fold_whitespace(value)

    def optional_date(self, key: str, table: str | None = None) -> str | None:
        values = self.table.get(table, {}) if table else self.table
        if key not in values:
            return None
        value = values[key]
        if not isinstance(value, date) or isinstance(value, datetime):
            raise self.fail(
                f"metadata {key} must be a date: {key} = YYYY-MM-DD (no quotes)", key, table
            )
        return value.isoformat()


def _notices(metadata: _Metadata) -> tuple[Notice, ...]:
    """The notices the publisher requires on every copy, in the order written (none is fine)."""
    table = metadata.table.get("notices", {})
    if not isinstance(table, dict):
        raise metadata.fail('notices must be a [notices] table of key = "sentence"', "notices")
    return tuple(
        Notice(key, Text(metadata.string(key, "notices"), metadata.line(key, "notices")))
        for key in table
    )


def _drug_names(metadata: _Metadata) -> tuple[str, ...]:
    names = metadata.table.get("drug_names", [])
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise metadata.fail(
            'drug_names must be a list of names: drug_names = ["warfarin"]', "drug_names"
        )
    return tuple(names)


def _citation(metadata: _Metadata) -> Citation | None:
    """The [citation] table, if the handout reprints a published article."""
    table = metadata.table.get("citation")
    if table is None:
        return None
    if not isinstance(table, dict):
        raise metadata.fail("citation must be a [citation] table", "citation")
    metadata.refuse_unknown(table, CITATION_KEYS, "citation")
    text = metadata.string("text", "citation")
    doi = metadata.optional_string("doi", "citation")
    if doi is not None:
        if not DOI_PATTERN.fullmatch(doi):
            raise metadata.fail(
                f"[citation] doi {doi!r} is not a DOI: write it as "
                "10.NNNN/suffix (for example 10.1001/jamadermatol.2019.0458), "
                "or leave doi out",
                "doi",
                "citation",
            )
        if doi not in text:
            raise metadata.fail("[citation] text must contain the DOI", "text", "citation")
    return Citation(
        text=text,
        line=metadata.line("text", "citation"),
        journal=metadata.optional_string("journal", "citation"),
        published=metadata.optional_date("published", "citation"),
        doi=doi,
    )


def _parse_body(lines: list[str], first_line: int, path: Path) -> dict[str, tuple[Block, ...]]:
    # Tables are switched on only to be recognised and refused.
    tokens = MarkdownIt("commonmark").enable("table").parse("\n".join(lines))
    parts: dict[str, list[Block]] = {"full": [], "plain": []}
    reader = _BodyReader(tokens, first_line, path)
    part: str | None = None
    section = Section.BODY
    while (token := reader.next()) is not None:
        line = reader.line(token)
        if token.type == "heading_open" and token.tag == "h1":
            words = reader.inline_text(line).lower()
            if words not in PART_HEADINGS:
                raise SourceError(
                    "a level-1 heading must be '# Full text' or '# Plain language'", path, line
                )
            part, section = PART_HEADINGS[words], Section.BODY
            continue
        if part is None:
            raise SourceError(
                "text must come after a '# Full text' or '# Plain language' heading", path, line
            )
        if token.type == "heading_open":
            text = reader.inline_text(line)
            section = (
                SPECIAL_SECTIONS.get(text.lower(), Section.BODY)
                if part == "plain"
                else Section.BODY
            )
            level = int(token.tag[1])
            texts = () if section is not Section.BODY else (Text(text, line),)
            parts[part].append(Block(BlockKind.HEADING, texts, section, level))
        elif token.type == "paragraph_open":
            if section is Section.NOTES:
                raise SourceError(
                    "the 'Notes' section is printed as ruled lines to write on: leave it empty",
                    path,
                    line,
                )
            parts[part].append(
                Block(BlockKind.PARAGRAPH, (Text(reader.inline_text(line), line),), section)
            )
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            if section is Section.NOTES:
                raise SourceError(
                    "the 'Notes' section is printed as ruled lines to write on: leave it empty",
                    path,
                    line,
                )
            items = reader.list_items()
            if section is Section.GLOSSARY:
                _check_glossary(items, path)
            parts[part].append(
                Block(BlockKind.LIST, items, section, ordered=token.type == "ordered_list_open")
            )
        else:
            kind = _UNSUPPORTED.get(token.type, token.type.removesuffix("_open"))
            raise SourceError(
                f"unsupported Markdown ({kind}); use headings, paragraphs, "
                "lists, **bold** and links",
                path,
                line,
            )
    for name, blocks in parts.items():
        if not any(block.texts for block in blocks):
            heading = next(k for k, v in PART_HEADINGS.items() if v == name)
            raise SourceError(f"the '# {heading.capitalize()}' part is missing or empty", path)
    return {name: tuple(blocks) for name, blocks in parts.items()}


def _check_glossary(items: tuple[Text, ...], path: Path) -> None:
    for item in items:
        if not re.match(r"\*\*[^*]+\*\*:", item.markdown):
            raise SourceError(
                "a 'Words to know' entry must read '**Term**: meaning'", path, item.line
            )


class _BodyReader:
    """Walks markdown-it's token stream block by block, keeping source line numbers."""

    def __init__(self, tokens: list[Token], first_line: int, path: Path):
        self._tokens = tokens
        self._index = 0
        self._first_line = first_line
        self._path = path

    def next(self) -> Token | None:
        if self._index >= len(self._tokens):
            return None
        token = self._tokens[self._index]
        self._index += 1
        return token

    def line(self, token: Token) -> int:
        return self._first_line + (token.map[0] if token.map else 0)

    def inline_text(self, line: int) -> str:
        """Consume `inline` and the closing token; return the inline Markdown, spaces folded.

        An image or raw HTML is refused: a PDF could not show the one as the writer
        meant, and a catalog could not carry the other safely."""
        inline = self.next()
        assert inline is not None and inline.type == "inline"
        self.next()  # heading_close or paragraph_close
        for child in inline.children or []:
            if child.type in _UNSUPPORTED:
                raise SourceError(
                    f"unsupported Markdown ({_UNSUPPORTED[child.type]}); use "
                    "headings, paragraphs, lists, **bold** and links",
                    self._path,
                    line,
                )
        return fold_whitespace(inline.content)

    def list_items(self) -> tuple[Text, ...]:
        """Consume a whole list; each item must be a single paragraph."""
        items: list[Text] = []
        while (token := self.next()) is not None:
            if token.type in ("bullet_list_close", "ordered_list_close"):
                return tuple(items)
            if token.type == "list_item_open":
                paragraph = self.next()
                line = self.line(token)
                if paragraph is None or paragraph.type != "paragraph_open":
                    raise SourceError("each list item must be one line of text", self._path, line)
                items.append(Text(self.inline_text(line), line))
                closing = self.next()
                if closing is None or closing.type != "list_item_close":
                    raise SourceError(
                        "nested lists and multi-paragraph items are not supported", self._path, line
                    )
        raise SourceError("list is not closed", self._path)
