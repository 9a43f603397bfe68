"""The inline Markdown a message may hold: bold/emphasis and links, everything else is text.

Translations are untrusted text. They are parsed here into `Segment`s of
plain characters; nothing a catalog holds becomes markup except `**bold**`,
`*emphasis*` (printed bold: large print uses no italics) and links whose
scheme is https, mailto or tel. Raw HTML, an image's Markdown and inline code
(with its backticks) are printed as the characters the translator typed; the
source refuses them, and lint calls them errors (`unsupported_markup`).
"""

from __future__ import annotations

import re
import unicodedata
from contextlib import suppress
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING
from urllib.parse import unquote

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

ALLOWED_LINK_SCHEMES = ("https:", "mailto:", "tel:")


@dataclass(frozen=True)
class Link:
    """A link of a message: its address, and which of the message's links it is (from
    0): two links to one address are two links to a reader, each with its own text."""

    url: str
    number: int


@dataclass(frozen=True)
class Address:
    """A link's address taken apart as a reader types it (`address_of`), for what its
    text shows and what is printed after it."""

    scheme: str  # in lower case: "https", "mailto", "tel"
    host: str  # a web address's host; all of a mail address or a phone number, up to a "/"
    path: str  # from the first "/" after the host on, or ""

    @property
    def written(self) -> str:
        """What follows the scheme (and a web address's "//")."""
        return self.host + self.path


@dataclass(frozen=True)
class Segment:
    text: str
    bold: bool = False
    link: Link | None = None
    address: bool = False  # a link's address printed after its text, which it did not show


@cache
def _parser() -> MarkdownIt:
    """markdown-it, imported when a message is first parsed: a build whose PDFs are all
    up to date parses none (the import was a tenth of such a build)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


@lru_cache(maxsize=8192)
def inline_tokens(markdown: str) -> tuple[Token, ...]:
    """markdown-it's tokens of inline Markdown (CommonMark), not to be changed: they are
    kept, as a message is parsed for its segments and by several of the rule book's
    checks, for each PDF that prints it (markdown-it is pure Python: parsing was a
    twentieth of a build)."""
    return tuple(_parser().parseInline(markdown)[0].children or [])


@cache
def segments(markdown: str) -> tuple[Segment, ...]:
    """Split inline Markdown into styled runs of literal text. A link whose text does
    not show its address ("call [the nurse line](tel:+16515550199)") is followed, inside
    the link, by the address in brackets (`printed_address`): on paper a link cannot be
    followed, and the number was printed nowhere."""
    tokens = inline_tokens(markdown)
    result: list[Segment] = []
    bold_depth = 0
    link: Link | None = None
    link_start = 0  # the link's first segment
    count = 0  # the links printed as links so far
    for token in tokens:
        if token.type in ("strong_open", "em_open"):
            bold_depth += 1
        elif token.type in ("strong_close", "em_close"):
            bold_depth -= 1
        elif token.type == "link_open":
            href = str(token.attrs.get("href", ""))
            if href.lower().startswith(ALLOWED_LINK_SCHEMES):
                link, count = Link(href, count), count + 1
                link_start = len(result)
        elif token.type == "link_close":
            if link is not None:
                shown = "".join(segment.text for segment in result[link_start:])
                address = address_of(link.url)
                if not shows_address(shown, address):
                    printed = _bracketed(shown, printed_address(address))
                    result.append(Segment(printed, False, link, address=True))
            link = None
        elif token.type in ("softbreak", "hardbreak"):
            result.append(Segment(" ", bold_depth > 0, link))
        elif token.type == "image":
            # An image is never drawn: its Markdown stays visible as typed.
            result.append(
                Segment(f"![{token.content}]({token.attrs.get('src', '')})", bold_depth > 0, link)
            )
        elif token.type == "code_inline":
            result.append(
                Segment(f"{token.markup}{token.content}{token.markup}", bold_depth > 0, link)
            )
        else:  # text, html_inline: literal characters
            result.append(Segment(token.content, bold_depth > 0, link))
    return tuple(_apart(_merge(result)))


def _apart(parts: list[Segment]) -> list[Segment]:
    """`parts` with a space (counted with the address) between a printed address and a
    word straight after it, as after "[the desk](tel:...)[the nurse](tel:...)": the
    bracket is handout's, not the writer's, and without the space it and the next word
    were one word to a reader and to pypdf, whose read-back check then failed the PDF."""
    result: list[Segment] = []
    for part in parts:
        last = result[-1] if result else None
        if last and last.address and last.text.endswith(")") and part.text[:1].isalnum():
            result.append(Segment(" ", address=True))
        result.append(part)
    return result


def address_of(url: str) -> Address:
    """A link's address `url` as a reader types it: markdown-it gives it encoded for the
    web ("https://xn--mnchen-3ya.example/informaci%C3%B3n"), which the PDF's link keeps
    and paper need not show."""
    scheme, _, rest = url.partition(":")
    host, slash, path = rest.removeprefix("//").partition("/")
    with suppress(UnicodeError):  # a name punycode does not decode stays as it is
        host = ".".join(
            label.encode("ascii").decode("idna") if label.lower().startswith("xn--") else label
            for label in host.split(".")
        )
    unquoted = unquote(f"{slash}{path}")
    if any(unicodedata.category(character)[0] in "CZ" for character in unquoted):
        unquoted = f"{slash}{path}"  # an escaped space or control stays escaped
    return Address(scheme.lower(), host, unquoted)


def shows_address(text: str, address: Address) -> bool:
    """Whether a link's text shows a reader where it leads: a phone's last seven digits,
    a mail address, or a web address's host or its path of more than one part (a DOI's
    "10.1001/jamadermatol...", not "calciphylaxis" of ".../calciphylaxis")."""
    folded = text.casefold()
    if address.scheme == "tel":
        number = ascii_digits(address.written.split(";")[0])
        return number[-7:] in ascii_digits(text)
    if address.scheme == "mailto":
        return address.written.split("?")[0].casefold() in folded
    path = address.path.removeprefix("/").rstrip("/").casefold()
    return address.host.casefold().removeprefix("www.") in folded or (
        "/" in path and path in folded
    )


# Chinese and Japanese text (Han, kana, their punctuation and full-width forms): after
# it, an address is put in full-width brackets (U+FF08, U+FF09) with no space before
# them; a space and ASCII brackets there were read by pypdf and PDFium with a space after
# the closing bracket too, before the next word, where the text has none.
_FULL_WIDTH = re.compile(
    "[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]"
)


def ascii_digits(text: str) -> str:
    """The digits of `text` as ASCII digits, the others left out: a phone written in
    Devanagari, Arabic-Indic or full-width digits is the same number (and dials it)."""
    return "".join(
        str(unicodedata.decimal(c)) for c in text if unicodedata.decimal(c, None) is not None
    )


def _bracketed(text: str, address: str) -> str:
    """The address as printed after a link's `text` (after its trailing space, if it has
    one: a second made a gap twice a word space). After right-to-left text, a
    left-to-right mark starts the address: without it, the bidi algorithm set the plus of
    "+16515550199" and an extension at the far end ("(16515550199+)")."""
    if _FULL_WIDTH.fullmatch(text.rstrip()[-1:]):
        return f"\uff08{address}\uff09"
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        address = "\u200e" + address
    return f"{'' if text.endswith(' ') else ' '}({address})"


def printed_address(address: Address) -> str:
    """A link's address as printed after its text: a web address without its scheme, a
    mail address, a phone number as written (with its extension)."""
    if address.scheme == "tel":
        number, _, parameters = address.written.partition(";")
        extension = re.search(r"(?:^|;)ext=([^;]+)", parameters)
        return f"{number} ext. {extension[1]}" if extension else number
    if address.scheme == "mailto":
        return address.written.split("?")[0]
    return address.written.rstrip("/")


# Inline Markdown a handout does not use, as a writer would name it: markdown-it's token
# types, and other flavours' marks, which CommonMark prints as typed.
_UNSUPPORTED_TOKENS = {"image": "an image", "code_inline": "inline code", "html_inline": "raw HTML"}
_OTHER_FLAVOURS = (
    (re.compile(r"(?<!\\)~~"), "strikethrough, '~~'"),
    (re.compile(r"(?<!\\)\[\^[^\]]*\]"), "a footnote, '[^...]'"),
)
# A block's Markdown at the start of a line: a message is one block's text, printed
# as typed ('# Causas' printed "# Causas").
_BLOCK_MARKS = (
    (re.compile(r"(?m)^ {0,3}#{1,6}(?:[ \t]|$)"), "a heading, '#'"),
    (re.compile(r"(?m)^ {0,3}>"), "a block quote, '>'"),
    (re.compile(r"(?m)^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$"), "a rule, '---'"),
    (re.compile(r"(?m)^ {0,3}[-*+][ \t]"), "a list item, '- '"),
)
# A link's Markdown that made no link, as printed: a bracket closed before an opening
# one ('[site](https://a.org/x and more.', '[outer [inner](..)](..)'), or a space between
# the two ('[site] (https://...)').
_UNMADE_LINK = re.compile(r"\]\(|\]\s+\((?:https?|mailto|tel):")


def unsupported_markup(markdown: str) -> str | None:
    """The first inline Markdown of `markdown` a handout does not print as meant (an
    image, inline code or raw HTML, printed as typed; another flavour's strikethrough
    or footnote, which CommonMark prints as typed too; a block's mark at the start of a
    line; a link's Markdown that made no link), named as a writer would name it; None
    when there is none."""
    for token in inline_tokens(markdown):
        if token.type in _UNSUPPORTED_TOKENS:
            return _UNSUPPORTED_TOKENS[token.type]
    for pattern, kind in (*_OTHER_FLAVOURS, *_BLOCK_MARKS):
        if pattern.search(markdown):
            return kind
    if _UNMADE_LINK.search(plain_text(markdown)):
        return "a link's Markdown that makes no link, '[...](...)' printed as typed"
    return None


def markup_problem(markdown: str) -> str | None:
    """Why inline Markdown a writer or a clinic wrote would not print as meant (Markdown
    a handout does not use, a link printed as plain text, a * left open), as a sentence;
    None when it prints as meant. A translation is held to the same by the rule book."""
    kind = unsupported_markup(markdown)
    if kind is not None:
        return (
            f"unsupported Markdown ({kind}), which would be printed as typed; use "
            "headings, paragraphs, lists, **bold** and links"
        )
    unlinked = unprinted_link(markdown)
    if unlinked is not None:
        return unlinked
    if unclosed_emphasis(markdown):
        return "a ** or * mark is not closed: it would be printed as it is"
    return None


def unprinted_link(markdown: str) -> str | None:
    """A sentence naming the first link of `markdown` a PDF prints as plain text, its
    scheme not https, mailto or tel (`http:`, a relative path); None when there is none."""
    for token in inline_tokens(markdown):
        href = str(token.attrs.get("href", ""))
        if token.type == "link_open" and not href.lower().startswith(ALLOWED_LINK_SCHEMES):
            schemes = ", ".join(ALLOWED_LINK_SCHEMES)
            return f"a link to '{href}': only links starting {schemes} are printed as links"
    return None


def unclosed_emphasis(markdown: str) -> int:
    """How many * marks of `markdown` were meant to open or close emphasis and do not (and
    so would be printed): those printed as text, but a run with a space or the end on
    both sides ("5 * 3"), which CommonMark never takes for emphasis: a translator wrote
    it to be printed, as an escaped one (\\*)."""
    tokens = inline_tokens(markdown)
    printed = sum(token.content.count("*") for token in tokens if token.type == "text")
    literal = sum(len(run) for run in _LONE_STARS.findall(markdown))
    literal += len(_ESCAPED_STAR.findall(markdown))
    return max(printed - literal, 0)


# A run of * with a space (or the start or end) on both sides: neither left- nor
# right-flanking, so CommonMark prints it as it is.
_LONE_STARS = re.compile(r"(?:(?<=\s)|^)\*+(?=\s|$)")
_ESCAPED_STAR = re.compile(r"(?<!\\)(?:\\\\)*\\\*")  # \* after an even number of \


def plain_text(markdown: str) -> str:
    """The characters a reader sees for inline Markdown `markdown`."""
    return "".join(segment.text for segment in segments(markdown))


def written_text(markdown: str) -> str:
    """`plain_text` without the addresses printed after links' texts: the words the writer
    or translator wrote, whose length, reading grade or title a check asks for."""
    return "".join(segment.text for segment in segments(markdown) if not segment.address)


# C0 and C1 controls (but tab and line feed, which fold to spaces), the bidi
# embeddings, overrides and isolates (the layout sets each paragraph's direction itself;
# the marks U+200E and U+200F are allowed), and the replacement character, which
# Markdown prints for an entity naming a control or no character at all ('&#x7;').
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffd]")


def control_character(markdown: str) -> str | None:
    """The first control character `markdown` holds, as typed or as printed (an entity,
    '&#x202E;', prints as the character it names), described with what it would do, for
    a message; None when it holds none."""
    # Only an entity or a backslash escape prints a character not typed: without either,
    # markdown-it need not be loaded (a rebuild with nothing to do checks handout.toml).
    printed = plain_text(markdown) if "&" in markdown or "\\" in markdown else ""
    found = _CONTROL.search(markdown) or _CONTROL.search(printed)
    if found is None:
        return None
    if found.group() == "\ufffd":
        return (
            "the replacement character U+FFFD, which prints as a box (an entity naming no "
            "character, or damaged text)"
        )
    return f"the control character U+{ord(found.group()):04X}, which could hide or reorder words"


# A combining mark (Unicode's categories Mn, Mc and Me) sits on the character before
# it: a letter, another mark, a joiner (ZWJ and ZWNJ in the Indic scripts), a digit or a
# symbol in some scripts. At the start of a text, or after a space, a line break or
# punctuation, it has nothing to sit on: a letter under it was deleted, and it prints
# alone (on a dotted circle in some fonts). Variation selectors are Mn too, but choose a
# form of the character before them ('#' U+FE0F U+20E3 is a keycap), and print nothing.
# Two bases are chosen, not left: a no-break space, on which the Unicode Standard shows a
# mark alone (7.9, "Combining Marks": a text naming an accent), and the punctuation an
# enclosing mark (Me) encloses ('#' U+20E3, a keycap without its variation selector).
_MARK_CATEGORIES = frozenset({"Mn", "Mc", "Me"})
_NO_BREAK_SPACE = "\u00a0"
_VARIATION_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")


def stray_mark(markdown: str) -> str | None:
    """The first combining mark `markdown` holds, as typed or as printed (an entity names
    one), with no letter to sit on (`_with_nothing_under`), described with where it
    stands, for a message; None when it holds none."""
    # Only an entity prints a character not typed; text in ASCII (most settings, most
    # English) holds no mark, and is not read character by character.
    printed = plain_text(markdown) if "&" in markdown else ""
    for text in (markdown, printed):
        if text.isascii():
            continue
        before = ""
        for character in text:
            if unicodedata.category(character) in _MARK_CATEGORIES and not (
                _VARIATION_SELECTORS.match(character)
            ):
                where = _with_nothing_under(before, unicodedata.category(character))
                if where is not None:
                    name = unicodedata.name(character, "").lower()
                    return (
                        f"the combining mark U+{ord(character):04X} ({name}) {where}, with no "
                        "letter under it (it prints alone, on a dotted circle in some fonts)"
                    )
            before = character
    return None


def _with_nothing_under(before: str, category: str) -> str | None:
    """Where a mark of `category` after `before` (a character, or '' at the start) stands
    when it has nothing to sit on: at the start, after a space (not a no-break space) or a
    line break, or after punctuation (which an enclosing mark encloses); None when it has."""
    if not before:
        return "at the start"
    if before in "\n\r\u2028\u2029":
        return "after a line break"
    if before.isspace() and before != _NO_BREAK_SPACE:
        return "after a space"
    if unicodedata.category(before).startswith("P") and category != "Me":
        return f"after {before!r}"
    return None


def character_problem(markdown: str) -> str | None:
    """A character an English text (a source's, or handout.toml's) is refused for,
    described for a message: a control character (`control_character`) or a combining
    mark with no letter under it (`stray_mark`); None when it holds none. A translation's
    stray mark is the rule book's instead (`rules.text.stray_marks`): its entry is printed in
    English, where the English has no other text to print in its place."""
    return control_character(markdown) or stray_mark(markdown)


def _merge(parts: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for part in parts:
        if not part.text:
            continue
        last = merged[-1] if merged else None
        if last and (last.bold, last.link, last.address) == (part.bold, part.link, part.address):
            merged[-1] = Segment(last.text + part.text, part.bold, part.link, part.address)
        else:
            merged.append(part)
    return merged
