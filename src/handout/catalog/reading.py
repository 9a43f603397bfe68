"""Reading a catalog strictly: a file GNU msgfmt would refuse is refused, never half-read.

polib and Babel both read an unterminated string or a stray word without
complaint, silently changing a translation, so every file first passes a
lexical check written here (`check_po_syntax`); then polib reads it with
duplicates refused. An empty file or one without a header (which msgfmt calls
fatal) is refused too.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..cache import code_digest, entry_key, json_entry, keep_json_entry
from ..errors import CatalogError, abbreviate, plural
from ..files import file_sha256, read_input
from ..inline import control_character
from ..locales import plural_forms_problem

# polib is imported by the functions that parse a catalog, not with this module: a build
# reads each catalog's entries from the user cache (`read_catalog`), and a rebuild with
# nothing to do parses none.
if TYPE_CHECKING:
    import polib

    from ..rules.kept import CatalogProblems

REVIEW_HEADER = "X-Review-Status"  # whether a qualified medical translator has reviewed it
UNREVIEWED = "unreviewed"
REVIEWED = "reviewed"
MEMORY_MARK = "memory:"  # a translator comment on an entry filled from translation memory
# The context of the interface catalog's messages (`messages`), by which a catalog's
# translations of a key are looked up in the interface's first (`Translations.get`).
INTERFACE_CONTEXT = "interface"

Key = tuple[str, str | None]  # (msgid, msgctxt)


class EntryState(StrEnum):
    """Where a catalog's entry stands: a usable translation, one to check, or none."""

    TRANSLATED = "translated"
    FUZZY = "fuzzy"
    UNTRANSLATED = "untranslated"  # its msgstr blank (spaces too), as the build reads it


class Printed(StrEnum):
    """What a PDF prints for a message: its translation, or the English because the
    catalog has none, has a fuzzy one, or has one the rule book refuses (lint's error: a
    dose changed)."""

    TRANSLATED = "translated"
    FUZZY = "fuzzy"
    UNTRANSLATED = "untranslated"
    REFUSED = "refused"


# The ways a message is printed in English: a manifest entry counts each.
PRINTED_IN_ENGLISH = (Printed.UNTRANSLATED, Printed.FUZZY, Printed.REFUSED)


@dataclass(frozen=True)
class CatalogStats:
    """Counts of the messages a source asks a catalog for, by how its PDFs print each
    (`catalog.coverage`): translated, or in English as fuzzy, untranslated, or refused by
    the rule book (a translation lint calls an error)."""

    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    from_memory: int = 0  # entries filled by translation memory (translated or fuzzy)
    refused: int = 0

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated + self.refused

    def __add__(self, other: CatalogStats) -> CatalogStats:
        """The counts of both (a handout's catalog and the interface's, which its PDFs
        print together)."""
        return CatalogStats(
            self.translated + other.translated,
            self.fuzzy + other.fuzzy,
            self.untranslated + other.untranslated,
            self.from_memory + other.from_memory,
            self.refused + other.refused,
        )

    @property
    def percent_translated(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0

    @property
    def percent_shown(self) -> float:
        """`percent_translated` as stats, the manifest and the build say it: rounded down
        to a tenth, never up to a share not reached (rounded to the nearest, one message
        of 2,000 untranslated read "100.0", which a clinic takes for done)."""
        return 1000 * self.translated // self.total / 10 if self.total else 100.0


@dataclass(frozen=True)
class Translation:
    """One usable translation and where it stands (the line of its msgstr)."""

    text: str
    path: Path
    line: int


@dataclass(frozen=True)
class CatalogText:
    """What a catalog gives a PDF: its usable translations (translated and not fuzzy), by
    (id, context), and the line of each fuzzy entry's msgstr (where --strict names one)."""

    translations: dict[Key, Translation]
    fuzzy_lines: dict[Key, int]


@dataclass(frozen=True)
class Catalog:
    """One .po file, read: what a plan needs of it, and its text (`text`), read when first
    asked for (`read_catalog`)."""

    locale: str
    path: Path
    digest: str  # SHA-256 of the bytes read: what the plan's inputs hold of the file
    size: int  # bytes read: how much work the catalog's PDFs are
    reviewed: bool
    review_line: int  # of its X-Review-Status header, or where the header goes
    revised: str | None  # PO-Revision-Date, as an ISO date
    states: dict[Key, EntryState]  # of its entries (not obsolete): what it has a place for
    from_memory: frozenset[Key]  # entries filled by translation memory
    read_text: Callable[[], CatalogText] = field(repr=False, compare=False)

    @cached_property
    def text(self) -> CatalogText:
        return self.read_text()

    @cached_property
    def problems(self) -> CatalogProblems:
        """The rule book's problems of its translations, with those kept in the user cache
        (`rules.kept`): one for every PDF of the catalog, so each translation is judged
        once, and the kept ones read once, per build and process."""
        from ..rules.kept import CatalogProblems

        return CatalogProblems(self.path.name, self.digest)

    @property
    def translations(self) -> dict[Key, Translation]:
        return self.text.translations

    @cached_property
    def keys(self) -> frozenset[Key]:
        return frozenset(self.states)

    @cached_property
    def fuzzy(self) -> frozenset[Key]:
        return frozenset(key for key, state in self.states.items() if state is EntryState.FUZZY)


# One line of a .po file outside comments: a keyword and a string, or a continued string.
_PO_LINE = re.compile(
    r"(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?"
    r'"(?:[^"\\]|\\.)*"'
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Strings side by side on one line ('msgstr "a" "b"'): msgfmt joins them, polib cannot
# read them.
_STRINGS_SIDE_BY_SIDE = re.compile(_PO_LINE.pattern + r'(?:\s+"(?:[^"\\]|\\.)*")+')


def control_problem(entry: polib.POEntry) -> str | None:
    """Why a translation holding a control character cannot be read (its catalog is
    refused: the character could hide or reorder words); None when it holds none."""
    for msgstr in (entry.msgstr, *entry.msgstr_plural.values()):
        control = control_character(msgstr)
        if control is not None:
            return f"the translation of {abbreviate(entry.msgid, 40)!r} holds {control}: remove it"
    return None


def check_po_syntax(path: Path) -> str:
    """Refuse a .po/.pot that GNU msgfmt would refuse at the lexical level (its first
    error); return its text."""
    data = _catalog_bytes(path)
    if data.startswith(b"\xef\xbb\xbf"):
        raise CatalogError(
            "starts with a byte-order mark, which GNU gettext refuses: save "
            "it as UTF-8 without BOM",
            path,
            1,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CatalogError(
            "not UTF-8: save the file as UTF-8 and set charset=UTF-8 in its header",
            path,
            data[: error.start].count(b"\n") + 1,
        ) from None
    # Lines end at a line feed only, as for msgfmt: a string may hold U+2028 (Python's
    # `splitlines` ends a line there too, and a correct file was called broken).
    lines = text.split("\n")
    for problem in _line_errors(lines, path):
        raise problem
    _check_entries(lines, path)
    _check_charset(lines, path)
    if not _has_header(lines):
        raise CatalogError(
            'empty, or no header entry (msgid ""): GNU gettext refuses '
            "it; recreate it with 'handout init' or restore it from version "
            "control",
            path,
            1,
        )
    return text


def _has_header(lines: list[str]) -> bool:
    """Whether the file has a header entry, as gettext finds it: a msgid that is empty
    (`msgid ""` with its msgstr next, not a long message's first line, continued on the
    lines after it) and has no msgctxt. A file whose header was deleted passed, for its
    first long msgid; msgfmt refused it, and update failed in msgmerge."""
    for index, line in enumerate(lines):
        if line.strip(_BLANKS) != 'msgid ""':
            continue
        after = next((text for text in lines[index + 1 :] if text.strip(_BLANKS)), "")
        keyword_before = next(
            (text for text in reversed(lines[:index]) if text.strip(_BLANKS).startswith("msg")),
            "",
        )
        if after.strip(_BLANKS).startswith("msgstr") and not keyword_before.strip(
            _BLANKS
        ).startswith("msgctxt"):
            return True
    return False


def syntax_errors(path: Path) -> tuple[CatalogError, ...]:
    """Every line of a UTF-8 catalog that is not a keyword and a string, and the first
    keyword out of its order (a msgid with no msgstr), as GNU msgfmt names them all
    (`check_po_syntax` stops at the first): lint names each, so that a translator mends
    them in one go. Empty for a file that cannot be read as text."""
    try:
        lines = path.read_bytes().decode("utf-8-sig").split("\n")
    except (OSError, UnicodeDecodeError):
        return ()
    found = list(_line_errors(lines, path))
    try:  # and the first keyword out of its order, as msgfmt names it with them
        _check_entries(lines, path)
    except CatalogError as error:
        found.append(error)
    return tuple(found)


def _line_errors(lines: list[str], path: Path) -> Iterator[CatalogError]:
    """The lines, outside comments, that are not a keyword followed by a string; the
    previous msgids (`#|`, `#~|`) are checked so too, as msgfmt and msgmerge check them;
    a comment mark with no space after it ('#,fuzzy'), which gettext reads and polib
    cannot, is named with what to write, and so is a space outside the quotes that
    gettext does not take for one (`_foreign_space`), a carriage return that ends no
    line (polib ends one there), a NUL (gettext cuts a string there), and a continued
    string marked obsolete (#~) where its keyword is not, or the other way round (polib
    joined it to the keyword's string all the same)."""
    keyword_obsolete: bool | None = None  # whether the last keyword's line was marked #~
    for number, line in enumerate(lines, start=1):
        if "\0" in line:
            yield CatalogError(
                "a NUL character (U+0000), where GNU gettext cuts the string: msgmerge and "
                "msgfmt drop what follows it; remove it",
                path,
                number,
            )
            continue
        if "\r" in line.rstrip("\r"):  # a CR before a CRLF's LF ends the line
            yield CatalogError(
                "a carriage return (CR) inside the line, which polib and other tools take "
                "for a line end (pasted into a string, or the file saved with the line ends "
                "of classic Mac OS): delete it, or save the file with LF line ends",
                path,
                number,
            )
            continue
        stripped = line.strip(_BLANKS)
        space = _foreign_space(stripped)
        if space is not None:
            name = unicodedata.name(space, "a control character").lower()
            yield CatalogError(
                f"U+{ord(space):04X} ({name}) outside the quotes, which GNU gettext does "
                "not read as a space (msgfmt refuses the file): delete it, or type a plain "
                "space",
                path,
                number,
            )
            continue
        if _UNSPACED_COMMENT.match(stripped):
            mark = stripped[:2]
            yield CatalogError(
                f"{abbreviate(stripped, 40)!r}: write a space after {mark!r} "
                f"({mark + ' ' + stripped[2:]!r}), as other tools read it",
                path,
                number,
            )
            continue
        if stripped.startswith(("#|", "#~|")):  # a previous msgid, obsolete or not
            content = stripped[3 if stripped.startswith("#~|") else 2 :].strip()
            if content and not _PO_LINE.fullmatch(content):
                yield CatalogError(
                    f"syntax error: {abbreviate(stripped, 40)!r} is not a keyword "
                    "followed by a quoted string",
                    path,
                    number,
                )
            continue
        obsolete = stripped.startswith("#~")
        if obsolete:
            stripped = stripped[2:].strip()  # an obsolete entry: its strings checked too
        elif stripped.startswith("#"):  # a comment
            continue
        if stripped.startswith("msg"):
            keyword_obsolete = obsolete
        elif stripped.startswith('"') and keyword_obsolete not in (None, obsolete):
            yield CatalogError(
                "inconsistent use of #~ (as msgfmt says): this string continues "
                f"{'an obsolete' if keyword_obsolete else 'a live'} entry's line above: mark "
                "every line of an obsolete entry with '#~ ', and no line of a live one",
                path,
                number,
            )
            continue
        if _STRINGS_SIDE_BY_SIDE.fullmatch(stripped):
            yield CatalogError(
                "two strings on one line: GNU gettext joins them, but other tools cannot "
                "read them; put each string on a line of its own",
                path,
                number,
            )
        elif stripped and not _PO_LINE.fullmatch(stripped):
            yield CatalogError(
                f"syntax error: {abbreviate(stripped, 40)!r} is not a keyword "
                "followed by a quoted string",
                path,
                number,
            )
        else:
            escape = _UNREAD_ESCAPE.search(stripped)
            if escape:
                yield CatalogError(_escape_problem(escape.group(1)), path, number)


# What GNU gettext's lexer skips between a line's keyword and strings, and at its ends:
# no other space (Python's `strip` and `\s` take a no-break space, U+2028 or U+3000 too).
_BLANKS = " \t\r\f\v"
# A translator's comment of one bare '#' line, as polib holds it (`_joined_comment`): a
# line of blanks is read as none, so no other comment holds it. polib writes it '#  ',
# which `writing.save_catalog` writes back '#'.
BARE_COMMENT = " "


def _foreign_space(line: str) -> str | None:
    """The first space or invisible character outside a quoted string of `line` (stripped
    of `_BLANKS`; a comment's text aside) that GNU gettext does not take for a space: a
    no-break space, U+3000 (a Chinese or Japanese input method's space), U+2028. msgfmt
    and msgmerge refuse the file there ('syntax error'); None when there is none."""
    if line.startswith("#") and not line.startswith(("#~", "#|")):
        return None
    quoted = escaped = False
    for character in line:
        if escaped:
            escaped = False
        elif quoted:
            escaped, quoted = character == "\\", character != '"'
        elif character == '"':
            quoted = True
        elif character not in _BLANKS and (
            character.isspace() or unicodedata.category(character) == "Cf"
        ):
            return character
    return None


# A comment mark of gettext's with no space after it: '#,fuzzy', '#.note', '#:file:1',
# '#|msgid "x"' (GNU gettext reads them; polib refuses the file).
_UNSPACED_COMMENT = re.compile(r"#[,.:|][^\s]")


# A backslash escape other than those polib reads (\n, \t, \r, \", \\): GNU's \x41, \101,
# \a, \b, \f, \v, which polib leaves as typed (and the PDF printed so), or one GNU
# msgfmt refuses (\u00ed).
_UNREAD_ESCAPE = re.compile(r'(?<!\\)(?:\\\\)*(\\[^nrt"\\])')


def _escape_problem(escape: str) -> str:
    if escape[1] in "xabfv01234567":
        return (
            f"the escape {escape}... is not read by handout (it would be printed as typed): "
            "write the character itself"
        )
    return (
        f"invalid control sequence {escape}, which GNU msgfmt refuses: write the character itself"
    )


_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr)(\[\d+\])?")


def _check_entries(lines: list[str], path: Path) -> None:
    """Refuse what GNU msgfmt refuses in the order of an entry's keywords: [msgctxt]
    msgid [msgid_plural] then msgstr (or msgstr[N] after a plural), a `#|` (previous
    msgid) with no entry after it or a `#| msgctxt` with no `#| msgid` (a fuzzy entry
    cleared by hand), and a comment where gettext takes none: between an entry's msgctxt
    or msgid and its msgstr, or after its `#|` lines (a translator's note typed there;
    polib read it as the entry's, and msgfmt and msgmerge refused the file). polib took
    a msgid without its msgstr as untranslated (the translation the translator deleted
    the keyword of was dropped without a word), and a plural's msgstr[0] without
    msgid_plural as untranslated. The first problem in the file is raised."""
    keywords: list[tuple[str, int]] = []  # (keyword, line), obsolete entries apart
    obsolete_keywords: list[tuple[str, int]] = []
    previous: int | None = None  # the line of a `#|` comment waiting for its entry
    after_previous = False  # a `#|` or `#~|` line read, and no keyword since
    previous_context: int | None = None  # the line of a `#| msgctxt` awaiting its `#| msgid`
    inside = False  # an entry's msgctxt or msgid read, and not yet its msgstr
    problems: list[tuple[str, int]] = []
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        into = keywords
        if stripped.startswith("#~") and not stripped.startswith("#~|"):
            stripped, into = stripped[2:].strip(), obsolete_keywords
        elif stripped.startswith("#"):
            marks_previous = stripped.startswith(("#|", "#~|"))
            if inside or (after_previous and not marks_previous):
                where = (
                    "between an entry's msgid (or msgctxt) and its msgstr"
                    if inside
                    else "after the previous msgid (#|) of an entry"
                )
                problems.append(
                    (
                        f"a comment {where}, which GNU gettext refuses: move it above the "
                        "entry's other comments",
                        number,
                    )
                )
            if stripped.startswith("#|"):
                previous = previous or number
            if marks_previous:  # its old context wants its old English after it
                written = stripped[3 if stripped.startswith("#~|") else 2 :].strip()
                if written.startswith("msgctxt"):
                    previous_context = number
                elif written.startswith("msgid"):
                    previous_context = None
            after_previous = after_previous or marks_previous
            continue
        if not stripped.startswith("msg"):  # a string continued
            continue
        match = _KEYWORD.match(stripped)
        if match:
            keyword = match[1] + ("[N]" if match[2] else "")
            into.append((keyword, number))
            if keyword in ("msgctxt", "msgid"):
                if previous_context is not None:
                    problems.append(
                        (
                            "a previous msgctxt (#| msgctxt) with no previous msgid (#| msgid) "
                            "after it, which GNU gettext refuses: delete it",
                            previous_context,
                        )
                    )
                    previous_context = None
                inside, after_previous = True, False
                if into is keywords:
                    previous = None
            elif keyword.startswith("msgstr"):
                inside = False
    if previous is not None:
        problems.append(("a previous msgid (#|) with no entry after it", previous))
    for found in (keywords, obsolete_keywords):
        problem = _entry_order_problem(found)
        if problem:
            problems.append(problem)
    if problems:
        message, number = min(problems, key=lambda problem: problem[1])
        raise CatalogError(message, path, number)


def _entry_order_problem(keywords: list[tuple[str, int]]) -> tuple[str, int] | None:
    """What is wrong in the order of the keywords of a file's entries, and its line."""
    index = 0
    while index < len(keywords):
        keyword, line = keywords[index]
        if keyword == "msgctxt":
            index += 1
            if index == len(keywords) or keywords[index][0] != "msgid":
                return "msgctxt with no msgid after it", line
            keyword, line = keywords[index]
        if keyword != "msgid":
            return f"{keyword.replace('[N]', '[n]')} with no msgid before it", line
        index += 1
        plural = index < len(keywords) and keywords[index][0] == "msgid_plural"
        index += plural
        wanted = "msgstr[N]" if plural else "msgstr"
        if index == len(keywords) or keywords[index][0] not in ("msgstr", "msgstr[N]"):
            return f"msgid with no {wanted.replace('[N]', '[0]')} after it", line
        if keywords[index][0] != wanted:
            other = "msgstr[n] without msgid_plural" if not plural else "msgstr after msgid_plural"
            return f"{other}: write {wanted.replace('[N]', '[0]')}", keywords[index][1]
        index += 1
        while plural and index < len(keywords) and keywords[index][0] == "msgstr[N]":
            index += 1
    return None


_CHARSET = re.compile(r'charset=([^\s;"\\]*)', re.IGNORECASE)


def header_line(lines: list[str], field: str) -> int | None:
    """The line of a header field ('"Language: es\\n"'), as a finding names it."""
    start = f'"{field}:'
    return next((n for n, text in enumerate(lines, 1) if text.lstrip().startswith(start)), None)


def _check_charset(lines: list[str], path: Path) -> None:
    """The header must say the file is UTF-8, as it is (the checks above): msgfmt reads
    a catalog in the charset its header names, and one labelled ISO-8859-1 compiled to
    a .mo of garbled letters, which lint and the build called fine. A template (.pot)
    may keep xgettext's placeholder, CHARSET."""
    number = header_line(lines, "Content-Type")
    found = _CHARSET.search(lines[number - 1]) if number else None
    if found is None:
        return
    charset = found[1]
    if charset.upper() == "UTF-8" or (path.suffix == ".pot" and charset == "CHARSET"):
        return
    # 'utf8' and 'UTF_8': UTF-8 to GNU gettext, which warns that other tools may not know
    # the name; any other charset makes msgfmt read the UTF-8 letters wrongly.
    why = (
        "a name of UTF-8 that GNU gettext calls not portable (other tools may not read it)"
        if re.sub(r"[-_]", "", charset.upper()) == "UTF8"
        else "but the file is UTF-8 (msgfmt would read every letter outside ASCII wrongly)"
    )
    raise CatalogError(f"the header says charset={charset}, {why}: set charset=UTF-8", path, number)


# An obsolete entry's line: its previous string ('#~| msgid "..."'), or its own.
_OBSOLETE_LINE = re.compile(r'#~(\|)?\s*(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)?\s*"(.*)"')


def _restore_obsolete_previous(catalog: polib.POFile, lines: list[str]) -> None:
    """Give obsolete entries the previous strings polib does not read ('#~| msgid', the
    English a fuzzy entry had when it was removed: polib issue 158), so a catalog
    rewritten through polib keeps them, as msgmerge did. Written here: polib writes them
    but does not read them."""
    import polib

    previous: dict[Key, dict[str, str]] = {}
    before: dict[str, str] = {}  # the '#~|' strings of the entry being read
    own: dict[str, str] = {}  # its own strings, up to its msgstr
    field = ""
    for line in lines:
        match = _OBSOLETE_LINE.fullmatch(line.strip())
        if match is None:
            continue
        strings = before if match[1] else own
        keyword, text = match[2], polib.unescape(match[3])
        if keyword and keyword.startswith("msgstr"):
            if before and "msgid" in own:
                previous[(own["msgid"], own.get("msgctxt"))] = before
            before, own, field = {}, {}, ""
            continue
        if keyword:
            field = keyword
            strings[field] = text
        elif field in strings:  # a string continued on the next line
            strings[field] += text
    for entry in catalog.obsolete_entries():
        found = previous.get((entry.msgid, entry.msgctxt))
        if found:
            entry.previous_msgctxt = found.get("msgctxt")
            entry.previous_msgid = found.get("msgid")
            entry.previous_msgid_plural = found.get("msgid_plural")


def _translator_comment(line: str) -> str | None:
    """The text of a translator's comment line as GNU gettext reads it ('# text', '#',
    '## text', whose text is '# text'), one space after the '#' taken off; None for any
    other line."""
    stripped = line.strip(_BLANKS)
    if not stripped.startswith("#") or stripped[1:2] in (".", ":", ",", "|", "~"):
        return None
    return stripped[1:].removeprefix(" ")


def _joined_comment(lines: list[str]) -> str:
    """A translator's comment of `lines` as polib holds it (one string, its lines joined);
    one bare '#' alone is `BARE_COMMENT`, as its line joined, '', is no comment at all."""
    return BARE_COMMENT if lines == [""] else "\n".join(lines)


def _restore_translator_comments(catalog: polib.POFile, lines: list[str]) -> None:
    """Give the header and each entry their translator's comments as written: polib drops
    a comment's first line when it is a bare '#' (a note 'Revisar con la Dra. Pérez' between
    two), so a note of one '#' too, and reads '## text' as 'text'; a catalog rewritten
    through polib lost them. (A header with no comment is written with none, a bare '#'
    alone as written: `writing.save_catalog`.)"""
    header = []
    for line in lines:
        text = _translator_comment(line)
        if text is None and line.strip(_BLANKS):
            break
        if text is not None:
            header.append(text)
    catalog.header = _joined_comment(header)
    for entry in catalog:
        comments = []
        for line in lines[entry.linenum - 1 :]:  # from the entry's first line to its keyword
            text = _translator_comment(line)
            if text is not None:
                comments.append(text)
            elif line.strip(_BLANKS) and not line.lstrip(_BLANKS).startswith(
                ("#.", "#:", "#,", "#|")
            ):
                break
        entry.tcomment = _joined_comment(comments)


def _catalog_bytes(path: Path) -> bytes:
    return read_input(path, CatalogError, "no such catalog")


def read_po(path: Path) -> polib.POFile:
    """The file as polib reads it, after the strict checks."""
    return read_po_lines(path)[0]


def read_po_lines(path: Path) -> tuple[polib.POFile, list[str]]:
    """`read_po`, and the file's lines, split at line feeds as msgfmt splits them (polib
    reads the file itself: given the text, it would split it at U+2028 too)."""
    import polib

    lines = check_po_syntax(path).split("\n")
    try:
        catalog = polib.pofile(str(path), encoding="utf-8")
    except OSError as error:  # polib's syntax error: "... (line N): what"
        match = re.search(r"\(line (\d+)\)(?:: (.*))?", str(error))
        reason = f": {match[2]}" if match and match[2] else ""
        raise CatalogError(
            f"syntax error{reason}", path, int(match[1]) if match else None
        ) from None
    _restore_obsolete_previous(catalog, lines)
    _restore_translator_comments(catalog, lines)
    plural_forms = catalog.metadata.get("Plural-Forms")
    problem = None if plural_forms is None else plural_forms_problem(plural_forms)
    if path.suffix == ".po" and plural_forms is not None and problem is not None:
        raise CatalogError(
            f"the Plural-Forms header {abbreviate(plural_forms, 40)!r} is not one GNU gettext "
            f"takes ({problem}; msgfmt refuses the file): copy it from a new catalog "
            "('handout init')",
            path,
            header_line(lines, "Plural-Forms") or 1,
        )
    forms = _forms_problem(catalog, plural_forms)
    if forms is not None:
        entry, problem = forms
        raise CatalogError(problem, path, _keyword_line(lines, entry.linenum, "msgid"))
    # Named at the msgid of the second, as msgfmt does; an obsolete entry (#~) counts,
    # as for msgfmt and msgmerge, which refuse the file (a merge can leave one).
    first: dict[Key, tuple[int, bool]] = {}
    for entry in sorted(catalog, key=lambda entry: entry.linenum):
        key = (entry.msgid, entry.msgctxt)
        line = _keyword_line(lines, entry.linenum, "#~ msgid" if entry.obsolete else "msgid")
        if key in first:
            first_line, first_obsolete = first[key]
            raise CatalogError(
                f"the entry {abbreviate(entry.msgid, 40)!r} is here a second time (first at "
                f"line {first_line}{', obsolete' if first_obsolete else ''})"
                f"{', as an obsolete entry (#~)' if entry.obsolete else ''}: remove one",
                path,
                line,
            )
        first[key] = (line, bool(entry.obsolete))
    return catalog, lines


def _forms_problem(
    catalog: polib.POFile, plural_forms: str | None
) -> tuple[polib.POEntry, str] | None:
    """The first translated plural (neither fuzzy nor obsolete) whose forms are not the
    Plural-Forms header's `nplurals`, or that has no such header, and why: msgfmt -c
    refuses the file (a plural copied from a language of other forms; this project's
    sources have none, so it is an entry of no message, never printed)."""
    count = re.search(r"nplurals\s*=\s*(\d+)", plural_forms or "")
    for entry in catalog:
        if entry.obsolete or entry.fuzzy or not any(entry.msgstr_plural.values()):
            continue
        had = plural(len(entry.msgstr_plural), "plural form")
        if count is None:
            return entry, (
                f"the plural {abbreviate(entry.msgid, 40)!r} is translated ({had}), but the "
                "catalog has no Plural-Forms header, which msgfmt refuses: copy it from a new "
                "catalog ('handout init')"
            )
        if len(entry.msgstr_plural) != int(count[1]):
            return entry, (
                f"the plural {abbreviate(entry.msgid, 40)!r} has {had}, but the Plural-Forms "
                f"header says nplurals={count[1]}, which msgfmt refuses: write one msgstr[N] "
                "for each form"
            )
    return None


def read_catalog(path: Path, locale: str) -> Catalog:
    """Read one .po strictly. A catalog read without error is kept in the user cache, by
    its bytes, file name and locale and this tool's code and libraries (polib's version
    among them, `cache.code_digest`), as two entries: what a plan needs of it, and its
    text, read only when asked for (`Catalog.text`). Not by its folder: a copy of the
    project (a CI checkout) changes it, and nothing kept depends on it. A build reads
    every catalog when it plans and again when it makes the PDFs; polib took about 5 ms a
    catalog (planning 220 PDFs took 1.6 s, 0.14 s with the cache), and reading back the
    texts of 1100 catalogs a plan did not use was a fifth of a rebuild of 2400 PDFs with
    nothing changed."""
    data = _catalog_bytes(path)
    digest, size = hashlib.sha256(data).hexdigest(), len(data)
    key = entry_key("catalog", code_digest(), path.name, locale, digest)
    read_whole = False  # parsed from the bytes of `digest`: the file did not change meanwhile

    def parsed() -> Catalog:
        nonlocal read_whole
        catalog = _read_catalog(path, locale, digest, size)
        read_whole = file_sha256(path) == digest
        if read_whole:
            keep_json_entry(_TEXTS, key, _text_dumped(catalog.text))
        return catalog

    def text() -> CatalogText:
        return json_entry(  # kept as made: `_text_of` refuses a file that changed
            _TEXTS,
            key,
            lambda: _text_of(path, locale, digest, size),
            _text_dumped,
            lambda kept: _text_loaded(kept, path),
        )

    return json_entry(
        "catalog-summaries",
        key,
        parsed,
        _summary_dumped,
        lambda kept: _summary_loaded(kept, path, locale, digest, size, text),
        keep=lambda: read_whole,
    )


_TEXTS = "catalogs"  # the user cache's entries of catalogs' texts


def _text_of(path: Path, locale: str, digest: str, size: int) -> CatalogText:
    """The text of the catalog whose bytes had `digest`, read from the file again (its
    entry was gone): a CatalogError if the file has changed since."""
    catalog = _read_catalog(path, locale, digest, size)
    if file_sha256(path) != digest:
        raise CatalogError("the catalog changed while the build read it; build again", path)
    return catalog.text


def _summary_dumped(catalog: Catalog) -> dict[str, Any]:
    return {
        "reviewed": catalog.reviewed,
        "review_line": catalog.review_line,
        "revised": catalog.revised,
        "states": [
            [msgid, context, state, (msgid, context) in catalog.from_memory]
            for (msgid, context), state in sorted(
                catalog.states.items(), key=lambda item: (item[0][0], item[0][1] or "")
            )
        ],
    }


def _summary_loaded(
    data: dict[str, Any],
    path: Path,
    locale: str,
    digest: str,
    size: int,
    text: Callable[[], CatalogText],
) -> Catalog:
    return Catalog(
        locale,
        path,
        digest,
        size,
        bool(data["reviewed"]),
        int(data["review_line"]),
        data["revised"],
        {(msgid, context): EntryState(state) for msgid, context, state, _ in data["states"]},
        frozenset((msgid, context) for msgid, context, _, memory in data["states"] if memory),
        text,
    )


def _text_dumped(text: CatalogText) -> dict[str, Any]:
    return {
        "translations": [
            [msgid, context, translation.text, translation.line]
            for (msgid, context), translation in text.translations.items()
        ],
        "fuzzy": [[msgid, context, line] for (msgid, context), line in text.fuzzy_lines.items()],
    }


def _text_loaded(data: dict[str, Any], path: Path) -> CatalogText:
    return CatalogText(
        {
            (msgid, context): Translation(text, path, line)
            for msgid, context, text, line in data["translations"]
        },
        {(msgid, context): line for msgid, context, line in data["fuzzy"]},
    )


def _read_catalog(path: Path, locale: str, digest: str, size: int) -> Catalog:
    entries, lines = read_po_lines(path)
    translations: dict[Key, Translation] = {}
    fuzzy_lines: dict[Key, int] = {}
    states: dict[Key, EntryState] = {}
    from_memory: set[Key] = set()
    for entry in entries:
        if entry.obsolete or not entry.msgid:
            continue
        control = control_problem(entry)
        if control:
            raise CatalogError(control, path, msgstr_line(lines, entry.linenum))
        key = (entry.msgid, entry.msgctxt)
        states[key] = entry_state(entry)
        if states[key] is EntryState.TRANSLATED:
            translations[key] = Translation(entry.msgstr, path, msgstr_line(lines, entry.linenum))
        elif states[key] is EntryState.FUZZY:
            fuzzy_lines[key] = msgstr_line(lines, entry.linenum)
        if MEMORY_MARK in (entry.tcomment or ""):
            from_memory.add(key)
    review = review_problem(entries, lines)
    if review is not None:
        raise CatalogError(review[0], path, review[1])
    text = CatalogText(translations, fuzzy_lines)
    return Catalog(
        locale,
        path,
        digest,
        size,
        is_reviewed(entries),
        review_line(lines),
        revision_day(entries),
        states,
        frozenset(from_memory),
        lambda: text,
    )


def entry_state(entry: polib.POEntry) -> EntryState:
    """Where an entry stands, as the build reads it: a blank msgstr (spaces too) is no
    translation, nor is a plural's (a source has no plurals: the build prints none)."""
    if entry.fuzzy:
        return EntryState.FUZZY
    return EntryState.TRANSLATED if entry.msgstr.strip() else EntryState.UNTRANSLATED


def entry_keys(entries: polib.POFile) -> frozenset[Key]:
    """The (msgid, msgctxt) of each entry of a file (obsolete ones aside)."""
    return frozenset((entry.msgid, entry.msgctxt) for entry in entries if not entry.obsolete)


def is_reviewed(entries: polib.POFile) -> bool:
    return str(entries.metadata.get(REVIEW_HEADER, UNREVIEWED)).strip().lower() == REVIEWED


def review_line(lines: list[str]) -> int:
    """The line of a catalog's X-Review-Status header; without one, its header's
    msgstr, under which the line goes (line 1 if it has no header)."""
    return header_line(lines, REVIEW_HEADER) or next(
        (number for number, text in enumerate(lines, 1) if text.startswith('msgstr ""')), 1
    )


def revision_day(entries: polib.POFile) -> str | None:
    """The day of the catalog's PO-Revision-Date (ISO 8601), None when it names no day
    (the template's placeholder 'YEAR-MO-DA', or a month 13)."""
    found = _DATE.match(entries.metadata.get("PO-Revision-Date", ""))
    try:
        return date.fromisoformat(found.group()).isoformat() if found else None
    except ValueError:
        return None


def review_problem(entries: polib.POFile, lines: list[str]) -> tuple[str, int] | None:
    """Why a catalog that says it is reviewed cannot say when, and the line to mend: its
    PDFs print the day of the review, and with no day they said nothing of a review
    (neither reviewed nor not yet reviewed), or a month 13; None when it can."""
    if not is_reviewed(entries) or revision_day(entries) is not None:
        return None
    written = entries.metadata.get("PO-Revision-Date", "")
    return (
        f"the catalog says it is reviewed ({REVIEW_HEADER}: {REVIEWED}), but its "
        f"PO-Revision-Date {written!r} is not a date: set it to the day of the review "
        "(YYYY-MM-DD HH:MM+ZONE)",
        header_line(lines, "PO-Revision-Date") or 1,
    )


def review_status_problem(entries: polib.POFile, lines: list[str]) -> tuple[str, int] | None:
    """Why a catalog's review header is read as not reviewed though it says something
    else, and its line: a value other than the two words ("reviewed by Ana Pérez"), or
    the header's name in other letters ('X-Review-status'), which the build does not
    read; its PDFs say on page 1 that the translation is not reviewed. None when it says
    one of the two words, or there is no such header (a new catalog's is unreviewed)."""
    for name, value in entries.metadata.items():
        if name.lower() != REVIEW_HEADER.lower():
            continue
        written = str(value).strip()
        if name == REVIEW_HEADER and written.lower() in (REVIEWED, UNREVIEWED):
            return None
        return (
            f"the header '{name}: {written}' is read as not reviewed (its PDFs say so on "
            f"page 1): write '{REVIEW_HEADER}: {REVIEWED}' once a qualified medical "
            f"translator has checked the catalog, else '{REVIEW_HEADER}: {UNREVIEWED}'",
            header_line(lines, name) or 1,
        )
    return None


def msgstr_line(lines: list[str], entry_line: int) -> int:
    """The line of an entry's msgstr (polib gives the entry's first line)."""
    return _keyword_line(lines, entry_line, "msgstr")


def _keyword_line(lines: list[str], entry_line: int, keyword: str) -> int:
    """The first line from `entry_line` on that starts with `keyword` (indented or not,
    as msgfmt takes it: an indented msgstr was named at the next entry's line)."""
    return next(
        (
            number + 1
            for number in range(entry_line - 1, len(lines))
            if lines[number].lstrip().startswith(keyword)
        ),
        entry_line,
    )
