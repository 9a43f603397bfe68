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
from enum import StrEnum
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .errors import SourceError

FRONT_MATTER_FENCE = "+++"
PART_HEADINGS = {"full text": "full", "plain language": "plain"}
_SPACES = re.compile(r"[ \t\r\n]+")


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST = "list"


class Section(StrEnum):
    """Which part of a text a block belongs to; the layout draws each differently."""

    BODY = "body"
    KEY_POINTS = "key-points"
    GLOSSARY = "glossary"


SPECIAL_SECTIONS = {"key points": Section.KEY_POINTS, "words to know": Section.GLOSSARY}
# Interface strings that stand as headings of the special sections.
SECTION_HEADINGS = {Section.KEY_POINTS: "Key points", Section.GLOSSARY: "Words to know"}


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
    journal: str
    published: str
    doi: str
    text: str
    line: int

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}"


@dataclass(frozen=True)
class Handout:
    """An English handout as its writer wrote it."""

    name: str
    path: Path
    title: Text
    publisher: str
    full: tuple[Block, ...]
    plain: tuple[Block, ...]
    notices: tuple[Notice, ...]
    citation: Citation
    drug_names: tuple[str, ...] = ()  # named in the translators' notes

    def part(self, name: str) -> tuple[Block, ...]:
        """The blocks of text part `name` ("full" or "plain")."""
        return {"full": self.full, "plain": self.plain}[name]


def fold_whitespace(text: str) -> str:
    """Runs of spaces, tabs and line breaks as one space; no-break spaces are kept."""
    return _SPACES.sub(" ", text).strip()


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
    metadata = _parse_metadata(header, path)
    parts = _parse_body(lines[body_start - 1 :], body_start, path)
    return Handout(
        name=path.stem,
        path=path,
        title=Text(_required_str(metadata, "title", header, path), _key_line(header, "title")),
        publisher=_required_str(metadata, "publisher", header, path),
        full=parts["full"],
        plain=parts["plain"],
        notices=_notices(metadata, header, path),
        citation=_citation(metadata, header, path),
        drug_names=_drug_names(metadata, header, path),
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
        match = re.search(r"line (\d+)", str(error))
        line = int(match.group(1)) + 1 if match else 1
        raise SourceError(f"bad metadata: {error}", path, line) from None


def _key_line(header: list[str], key: str, table: str | None = None) -> int:
    """1-based file line of `key =` (inside [table] if given); 1 if not found."""
    in_table = table is None
    for index, line in enumerate(header):
        stripped = line.strip()
        if stripped.startswith("["):
            in_table = table is not None and stripped == f"[{table}]"
        elif in_table and re.match(rf'"?{re.escape(key)}"?\s*=', stripped):
            return index + 2  # +1 for 1-based, +1 for the opening fence
    return 1


def _required_str(table: dict[str, Any], key: str, header: list[str], path: Path,
                  table_name: str | None = None) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        where = f"[{table_name}] " if table_name else ""
        raise SourceError(f"metadata {where}needs {key} = \"...\"", path,
                          _key_line(header, key, table_name))
    return fold_whitespace(value)


def _notices(metadata: dict[str, Any], header: list[str], path: Path) -> tuple[Notice, ...]:
    table = metadata.get("notices")
    if not isinstance(table, dict) or not table:
        raise SourceError("metadata needs a [notices] table with the required notices", path, 1)
    return tuple(
        Notice(key, Text(_required_str(table, key, header, path, "notices"),
                         _key_line(header, key, "notices")))
        for key in table
    )


def _drug_names(metadata: dict[str, Any], header: list[str], path: Path) -> tuple[str, ...]:
    names = metadata.get("drug_names", [])
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise SourceError('drug_names must be a list of names: drug_names = ["warfarin"]',
                          path, _key_line(header, "drug_names"))
    return tuple(names)


def _citation(metadata: dict[str, Any], header: list[str], path: Path) -> Citation:
    table = metadata.get("citation")
    if not isinstance(table, dict):
        raise SourceError("metadata needs a [citation] table (journal, published, doi, text)",
                          path, 1)
    published = table.get("published")
    if not hasattr(published, "isoformat"):
        raise SourceError("[citation] needs published = YYYY-MM-DD", path,
                          _key_line(header, "published", "citation"))
    fields = {key: _required_str(table, key, header, path, "citation")
              for key in ("journal", "doi", "text")}
    if fields["doi"] not in fields["text"]:
        raise SourceError("[citation] text must contain the DOI", path,
                          _key_line(header, "text", "citation"))
    return Citation(published=published.isoformat(), line=_key_line(header, "text", "citation"),
                    **fields)


def _parse_body(lines: list[str], first_line: int, path: Path) -> dict[str, tuple[Block, ...]]:
    tokens = MarkdownIt("commonmark").parse("\n".join(lines))
    parts: dict[str, list[Block]] = {"full": [], "plain": []}
    reader = _BodyReader(tokens, first_line, path)
    part: str | None = None
    section = Section.BODY
    while (token := reader.next()) is not None:
        line = reader.line(token)
        if token.type == "heading_open" and token.tag == "h1":
            words = reader.inline_text().lower()
            if words not in PART_HEADINGS:
                raise SourceError("a level-1 heading must be '# Full text' or '# Plain language'",
                                  path, line)
            part, section = PART_HEADINGS[words], Section.BODY
            continue
        if part is None:
            raise SourceError("text must come after a '# Full text' or '# Plain language' "
                              "heading", path, line)
        if token.type == "heading_open":
            text = reader.inline_text()
            section = SPECIAL_SECTIONS.get(text.lower(), Section.BODY) if part == "plain" \
                else Section.BODY
            level = int(token.tag[1])
            texts = () if section is not Section.BODY else (Text(text, line),)
            parts[part].append(Block(BlockKind.HEADING, texts, section, level))
        elif token.type == "paragraph_open":
            parts[part].append(Block(BlockKind.PARAGRAPH, (Text(reader.inline_text(), line),),
                                     section))
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            items = reader.list_items()
            if section is Section.GLOSSARY:
                _check_glossary(items, path)
            parts[part].append(Block(BlockKind.LIST, items, section,
                                     ordered=token.type == "ordered_list_open"))
        else:
            raise SourceError(f"unsupported Markdown ({token.type.removesuffix('_open')}); "
                              "use headings, paragraphs and lists", path, line)
    for name, blocks in parts.items():
        if not any(block.texts for block in blocks):
            heading = next(k for k, v in PART_HEADINGS.items() if v == name)
            raise SourceError(f"the '# {heading.capitalize()}' part is missing or empty", path)
    return {name: tuple(blocks) for name, blocks in parts.items()}


def _check_glossary(items: tuple[Text, ...], path: Path) -> None:
    for item in items:
        if not re.match(r"\*\*[^*]+\*\*:", item.markdown):
            raise SourceError("a 'Words to know' entry must read '**Term**: meaning'",
                              path, item.line)


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

    def inline_text(self) -> str:
        """Consume `inline` and the closing token; return the inline Markdown, spaces folded."""
        inline = self.next()
        assert inline is not None and inline.type == "inline"
        self.next()  # heading_close or paragraph_close
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
                items.append(Text(self.inline_text(), line))
                closing = self.next()
                if closing is None or closing.type != "list_item_close":
                    raise SourceError("nested lists and multi-paragraph items are not supported",
                                      self._path, line)
        raise SourceError("list is not closed", self._path)
