"""The Markdown text of a source: two parts, of headings, paragraphs and lists."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import SourceError
from ..inline import inline_tokens, markup_problem
from .model import SPECIAL_SECTIONS, Block, BlockKind, Section, Text, fold_whitespace

if TYPE_CHECKING:
    from markdown_it.token import Token

PART_HEADINGS = {"full text": "full", "plain language": "plain"}
# A task list's '[ ]' (GitHub's Markdown), which CommonMark reads as plain characters
# the PDF would print as typed, is refused, as the constructs below and the inline
# Markdown `inline.unsupported_markup` names are.
_TASK_ITEM = re.compile(r"\[[ xX]\]\s")
# Markdown the source may not use, by markdown-it token type, as a writer would name it.
_UNSUPPORTED = {
    "html_block": "raw HTML",
    "table_open": "a table",
    "code_block": "a code block",
    "fence": "a code block",
    "blockquote_open": "a block quote",
    "hr": "a horizontal rule",
}


def parse_body(lines: list[str], first_line: int, path: Path) -> dict[str, tuple[Block, ...]]:
    from markdown_it import MarkdownIt  # see inline._parser

    # Tables are switched on only to be recognised and refused.
    tokens = MarkdownIt("commonmark").enable("table").parse("\n".join(lines))
    parts: dict[str, list[Block]] = {"full": [], "plain": []}
    reader = _BodyReader(tokens, first_line, path)
    part: str | None = None
    part_lines: dict[str, int] = {}  # where each part's heading is (its first, if twice)
    section = Section.BODY
    level_above = 1  # the title's: each part's headings start below it
    while (token := reader.next()) is not None:
        line = reader.line(token)
        if token.type == "heading_open" and token.tag == "h1":
            words = reader.inline_text(line).lower()
            if words not in PART_HEADINGS:
                raise SourceError(
                    "a level-1 heading must be '# Full text' or '# Plain language'", path, line
                )
            part, section, level_above = PART_HEADINGS[words], Section.BODY, 1
            part_lines.setdefault(part, line)
            continue
        if part is None:
            raise SourceError(
                "text must come after a '# Full text' or '# Plain language' heading", path, line
            )
        if token.type == "heading_open":
            text = reader.inline_text(line)
            if not text:
                raise SourceError(
                    "a heading with no text: write its words after the '#' signs", path, line
                )
            section = (
                SPECIAL_SECTIONS.get(text.lower(), Section.BODY)
                if part == "plain"
                else Section.BODY
            )
            level = int(token.tag[1])
            if level > level_above + 1:
                raise SourceError(
                    f"a level-{level} heading ('{'#' * level}') follows a level-{level_above} "
                    f"one: use '{'#' * (level_above + 1)}' (a heading goes at most one level "
                    "below the one before it; screen readers and PDF/UA-1 need each level)",
                    path,
                    line,
                )
            level_above = level
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
            start = int(token.attrs.get("start", 1))  # markdown-it gives it when not 1
            numbered_from = start if token.type == "ordered_list_open" else None
            parts[part].append(Block(BlockKind.LIST, items, section, numbered_from=numbered_from))
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
            heading = f"'# {next(k for k, v in PART_HEADINGS.items() if v == name).capitalize()}'"
            if name in part_lines:
                raise SourceError(f"the {heading} part is empty", path, part_lines[name])
            # Named at the source's last line, after which a writer adds the part: the
            # metadata's closing '+++' when nothing follows it.
            written = [number for number, text in enumerate(lines) if text.strip()]
            raise SourceError(
                f"the {heading} part is missing: a handout has two, '# Full text' (printed "
                "by large print) and '# Plain language' (printed by the plain-language PDFs)",
                path,
                first_line + written[-1] if written else first_line - 1,
            )
    return {name: tuple(blocks) for name, blocks in parts.items()}


def _check_glossary(items: tuple[Text, ...], path: Path) -> None:
    for item in items:
        if not re.match(r"\*\*[^*]+\*\*:", item.markdown):
            raise SourceError(
                "a 'Words to know' entry must read '**Term**: meaning'", path, item.line
            )


def _problem_line(content: str, problem: str, line: int) -> int:
    """The line of a block's Markdown `content` (starting at `line`) where `problem` is: the
    first line from which on every part of the block up to each later line has it (a
    paragraph wrapped over several lines was named at its first)."""
    lines = content.split("\n")
    found = len(lines)
    for count in range(len(lines), 0, -1):
        if markup_problem("\n".join(lines[:count])) != problem:
            break
        found = count
    return line + found - 1


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
        problem = markup_problem(inline.content)
        if problem is not None:
            raise SourceError(problem, self._path, _problem_line(inline.content, problem, line))
        children = inline.children or []
        self._check_links(children, line)
        markdown = fold_whitespace(inline.content)
        links = sum(child.type == "link_open" for child in children)
        if links != sum(token.type == "link_open" for token in inline_tokens(markdown)):
            raise SourceError(
                "a reference link ([text][label] or [label], with the address given apart): "
                "write it as [text](address), which a catalog can carry",
                self._path,
                line,
            )
        return markdown

    def _check_links(self, children: list[Token], line: int) -> None:
        """A link the PDF would print as nothing, one without text, is refused."""
        for link, following in pairwise([*children, None]):
            if link is None or link.type != "link_open":
                continue
            if following is None or following.type == "link_close":
                target = str(link.attrs.get("href", ""))
                raise SourceError(
                    f"a link to '{target}' has no text: write [what the reader sees]({target})",
                    self._path,
                    line,
                )

    def list_items(self) -> tuple[Text, ...]:
        """Consume a whole list; each item must be a single paragraph."""
        items: list[Text] = []
        while (token := self.next()) is not None:
            if token.type in ("bullet_list_close", "ordered_list_close"):
                return tuple(items)
            if token.type == "list_item_open":
                paragraph = self.next()
                line = self.line(token)
                if paragraph is not None and paragraph.type == "list_item_close":
                    # An item with no text: a line holding only "2026." or "-", which
                    # CommonMark takes for a list's mark (a number, a full stop).
                    mark = f"{token.info}{token.markup}"
                    raise SourceError(
                        f"'{mark}' alone on a line starts a list with an empty item: write "
                        f"'{token.info}\\{token.markup}' to print it as text",
                        self._path,
                        line,
                    )
                if paragraph is None or paragraph.type != "paragraph_open":
                    raise SourceError("each list item must be one line of text", self._path, line)
                text = self.inline_text(line)
                if _TASK_ITEM.match(text):
                    raise SourceError(
                        "unsupported Markdown (a task list item, '[ ]'), which would be "
                        "printed as typed",
                        self._path,
                        line,
                    )
                items.append(Text(text, line))
                closing = self.next()
                if closing is None or closing.type != "list_item_close":
                    # Named at the block inside the item (a nested item, a second
                    # paragraph), not at the item holding it.
                    raise SourceError(
                        "nested lists and multi-paragraph items are not supported",
                        self._path,
                        self.line(closing) if closing is not None and closing.map else line,
                    )
        raise SourceError("list is not closed", self._path)
