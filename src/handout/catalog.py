"""Gettext catalogs: messages from a handout, the .pot template, and each locale's .po.

Message ids are the English text; a message is keyed by (id, context) as in
Babel. Babel makes the template and a new catalog's headers (Language,
Plural-Forms from CLDR); GNU gettext lays out every file we write (`msgcat`)
and merges templates into catalogs (`msgmerge --previous`), so files come out
exactly as Poedit, Weblate and msgmerge write them and round trips give no
diff. Reading a catalog goes through `read_translations`, which is strict
where polib and Babel are lenient (an unterminated string or a duplicate
entry is an error naming the line), so a broken file is refused, not half-read.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import polib
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from .errors import CatalogError
from .files import write_atomic
from .locales import parse_locale
from .project import Project
from .source import SECTION_HEADINGS, BlockKind, Handout, Section

PART_CONTEXTS = {"full": "full text", "plain": "plain language"}
INTERFACE_CONTEXT = "interface"
PLACEHOLDER = re.compile(  # {page}, {clinic_phone}: kept as written
    r"\{[A-Za-z_][A-Za-z0-9_]*\}")
# Whether a qualified medical translator has reviewed a catalog: a PO header field.
REVIEW_HEADER = "X-Review-Status"
UNREVIEWED = "unreviewed"
REVIEWED = "reviewed"


@dataclass(frozen=True)
class InterfaceString:
    id: str
    note: str
    flags: tuple[str, ...] = ()


PAGE_NUMBER = InterfaceString(
    "Page {page} of {pages}",
    "page footer; keep {page} and {pages} exactly as they are",
    ("python-brace-format",),
)
SOURCE_LABEL = InterfaceString("Source", "heading above the citation of the original article")
DRAFT_NOTICE = InterfaceString(
    "This translation has not yet been reviewed by a qualified medical translator.",
    "printed on page 1 of a PDF whose catalog is not yet reviewed (X-Review-Status header)",
)
ABOUT_LABEL = InterfaceString("About this handout",
                              "heading above the publisher's notices at the end")
ORIGINALS_LABEL = InterfaceString(
    "Original English text of the notices",
    "label above the publisher's notices in English, printed after their translation")
REVISED = InterfaceString(
    "Revised {date}",
    "page footer: when the English handout was last revised; keep {date} as it is "
    "(the date is written the way your language writes dates)",
    ("python-brace-format",))
DOCUMENT_ID = InterfaceString(
    "Document {id}",
    "page footer: the clinic's number for this handout; keep {id} as it is",
    ("python-brace-format",))
TRANSLATION_REVIEWED = InterfaceString(
    "Translation reviewed {date}",
    "page footer of a reviewed translation: the date of the catalog's last revision; keep "
    "{date} as it is", ("python-brace-format",))
CALL_US = InterfaceString(
    "Questions? Call {phone}",
    "the clinic's box on page 1; keep {phone} as it is (the clinic's phone number)",
    ("python-brace-format",))
AVAILABILITY = InterfaceString(
    "This handout is available in large print and in other languages. Ask us.",
    "printed on page 1 of every PDF: tells the patient that other formats and languages "
    "can be had")
INTERFACE_STRINGS = (
    PAGE_NUMBER,
    InterfaceString(SECTION_HEADINGS[Section.KEY_POINTS],
                    "heading of the boxed list of key points (plain language)"),
    InterfaceString(SECTION_HEADINGS[Section.GLOSSARY],
                    "heading of the list of medical words and their meanings (plain language)"),
    InterfaceString(SECTION_HEADINGS[Section.QUESTIONS],
                    "heading of a list of questions, each with a box to tick, that the patient "
                    "may ask the doctors and nurses"),
    InterfaceString(SECTION_HEADINGS[Section.NOTES],
                    "heading above ruled lines where the patient writes notes"),
    SOURCE_LABEL,
    ABOUT_LABEL,
    ORIGINALS_LABEL,
    DRAFT_NOTICE,
    REVISED,
    DOCUMENT_ID,
    TRANSLATION_REVIEWED,
    CALL_US,
    AVAILABILITY,
)

NOTICE_MARK = "legal notice:"  # how a notice's entry is known in a catalog
NOTICE_NOTE = (f"{NOTICE_MARK} translate faithfully, keep the meaning exact; the English "
               "original is printed beside the translation")
_BLOCK_NOTES = {
    (BlockKind.HEADING, Section.BODY): "section heading",
    (BlockKind.PARAGRAPH, Section.BODY): "paragraph",
    (BlockKind.PARAGRAPH, Section.KEY_POINTS): "paragraph in the key points box",
    (BlockKind.PARAGRAPH, Section.GLOSSARY): "paragraph in 'Words to know'",
    (BlockKind.LIST, Section.BODY): "list item",
    (BlockKind.LIST, Section.KEY_POINTS): "key point (list item in a box)",
    (BlockKind.LIST, Section.GLOSSARY): ("glossary entry: translate the term between ** ** "
                                         "and keep the ** marks, then the meaning"),
    (BlockKind.LIST, Section.QUESTIONS): ("a question the patient may ask the care team "
                                          "(printed with a box to tick)"),
}


@dataclass(frozen=True)
class Message:
    """One entry of the template."""

    id: str
    context: str | None
    locations: tuple[tuple[str, int], ...] = ()
    notes: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class CatalogStats:
    """Counts of a catalog's entries, as polib (and Poedit) count them."""

    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated

    @property
    def percent_translated(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0


@dataclass(frozen=True)
class Translations:
    """The usable translations of one catalog: translated, not fuzzy, keyed by (id, context)."""

    locale: str
    path: Path | None
    strings: dict[tuple[str, str | None], str] = field(default_factory=dict)
    lines: dict[tuple[str, str | None], int] = field(default_factory=dict)
    fuzzy: frozenset[tuple[str, str | None]] = frozenset()
    reviewed: bool = True  # the source language needs no review
    stats: CatalogStats = CatalogStats()

    def get(self, message_id: str, context: str | None) -> str | None:
        return self.strings.get((message_id, context))


def handout_messages(handout: Handout, project: Project) -> tuple[Message, ...]:
    """Every message a handout's PDFs print, in reading order, with notes for the translator."""
    source = handout.path.relative_to(project.root).as_posix() \
        if handout.path.is_relative_to(project.root) else handout.path.name
    messages = [Message(handout.title.markdown, None, ((source, handout.title.line),),
                        ("document title: first line of every PDF and its metadata title",))]
    for part, context in PART_CONTEXTS.items():
        used_by = [variant.name for variant in project.variants if variant.text == part]
        if not used_by:
            continue
        printed_in = f"printed in: {', '.join(used_by)}"
        for block in handout.part(part):
            note = _BLOCK_NOTES.get((block.kind, block.section), block.kind.value)
            for text in block.texts:
                placeholders = PLACEHOLDER.findall(text.markdown)
                keep = (f"keep {' '.join(placeholders)} exactly as written",) \
                    if placeholders else ()
                drugs = [name for name in handout.drug_names
                         if name.lower() in text.markdown.lower()]
                if drugs:
                    keep += (f"drug names ({', '.join(drugs)}): do not translate them; "
                             "write them in your script only where it must",)
                messages.append(Message(text.markdown, context, ((source, text.line),),
                                        (note, printed_in, *keep),
                                        ("python-brace-format",) if placeholders else ()))
    messages += [Message(notice.text.markdown, None, ((source, notice.text.line),),
                         (f"{NOTICE_NOTE} ({notice.key})",)) for notice in handout.notices]
    messages += [Message(ui.id, INTERFACE_CONTEXT, (), (f"interface: {ui.note}",), ui.flags)
                 for ui in INTERFACE_STRINGS]
    return tuple(messages)


def template_catalog(handout: Handout, project: Project, creation_date: datetime) -> Catalog:
    catalog = Catalog(
        project=handout.name,
        version=None,
        copyright_holder=handout.publisher,
        creation_date=creation_date,
        header_comment=(f"# Translations template for the handout {handout.title.markdown!r}.\n"
                        f"# Source: {handout.path.name}. Regenerate with 'handout extract'."),
    )
    for message in handout_messages(handout, project):
        catalog.add(message.id, "", locations=list(message.locations),
                    auto_comments=list(message.notes), flags=list(message.flags),
                    context=message.context)
    return catalog


def render_catalog(catalog: Catalog) -> bytes:
    """The catalog as GNU gettext lays it out."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, sort_output=False, include_previous=True)
    return run_gettext("msgcat", "--output-file=-", "-", stdin=buffer.getvalue())


def run_gettext(tool: str, *args: str, stdin: bytes | None = None) -> bytes:
    """Run a GNU gettext tool and return what it printed; its first complaint is the error."""
    executable = shutil.which(tool)
    if executable is None:
        raise CatalogError(f"this command needs GNU gettext's {tool}: install the 'gettext' "
                           "package (Debian, Ubuntu, Homebrew)")
    done = subprocess.run([executable, *args], input=stdin, capture_output=True, check=False)
    if done.returncode != 0:
        complaint = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise CatalogError(f"{tool} failed: {complaint[0] if complaint else done.returncode}")
    return done.stdout


# Header lines that say when and by which Babel a template was made, not what it holds.
_VOLATILE_HEADER_LINES = re.compile(rb'^"(?:POT-Creation-Date|Generated-By): [^"]*"\n',
                                    re.MULTILINE)


def write_template(handout: Handout, project: Project) -> bool:
    """Write locales/<handout>.pot; return False (and touch nothing) if only its creation date
    or the Babel version that made it would change."""
    path = project.template_path(handout.name)
    new = render_catalog(template_catalog(handout, project, build_time()))
    try:
        old = path.read_bytes()
    except FileNotFoundError:
        old = b""
    if _VOLATILE_HEADER_LINES.sub(b"", old) == _VOLATILE_HEADER_LINES.sub(b"", new):
        return False
    write_atomic(path, new)
    return True


def build_time() -> datetime:
    """Now, or SOURCE_DATE_EPOCH when set, so builds can be reproduced."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    return datetime.now(UTC).replace(microsecond=0)


def read_template(path: Path) -> Catalog:
    check_po_syntax(path)
    with path.open("rb") as file:
        return read_po(file)


def init_catalog(project: Project, handout: str, locale: str) -> Path:
    """Create locales/<locale>/LC_MESSAGES/<handout>.po from the template, headers from Babel."""
    path = project.catalog_path(handout, locale)
    if path.exists():
        raise CatalogError("already exists; use 'handout update' to merge a new template", path)
    template_path = project.template_path(handout)
    if not template_path.is_file():
        raise CatalogError("no template; run 'handout extract' first", template_path)
    parse_locale(locale)
    catalog = read_template(template_path)
    catalog.locale = locale  # Babel keeps the code as written ("tl", not "fil_PH")
    catalog.revision_date = build_time()
    catalog.fuzzy = False
    write_atomic(path, _with_header_field(render_catalog(catalog), REVIEW_HEADER, UNREVIEWED))
    return path


def _with_header_field(po: bytes, name: str, value: str) -> bytes:
    """Add a header field Babel does not know of, after Content-Transfer-Encoding."""
    anchor = b'"Content-Transfer-Encoding: 8bit\\n"\n'
    return po.replace(anchor, anchor + f'"{name}: {value}\\n"\n'.encode(), 1)


def update_catalog(project: Project, handout: str, locale: str) -> bool:
    """Merge the template into one .po with msgmerge; return whether the file changed.

    Changed strings keep their old translation marked fuzzy (with the old
    English as `#| msgid`), removed ones become obsolete (`#~`).
    """
    path = project.catalog_path(handout, locale)
    template_path = project.template_path(handout)
    check_po_syntax(template_path)
    check_po_syntax(path)
    new = run_gettext("msgmerge", "--previous", "--quiet", "--output-file=-", str(path),
                      str(template_path))
    if new == path.read_bytes():
        return False
    write_atomic(path, new)
    return True


def compile_catalog(project: Project, handout: str, locale: str) -> Path:
    """Write <handout>.mo beside the .po (Babel's writer), for tools that read .mo files."""
    path = project.catalog_path(handout, locale)
    check_po_syntax(path)
    with path.open("rb") as file:
        catalog = read_po(file, locale=locale)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    target = path.with_suffix(".mo")
    write_atomic(target, buffer.getvalue())
    return target


# One line of a .po file outside comments: a keyword and a string, or a continued string.
_PO_LINE = re.compile(r'(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?'
                      r'"(?:[^"\\]|\\.)*"')


def check_po_syntax(path: Path) -> None:
    """Refuse a .po/.pot that GNU msgfmt would refuse at the lexical level.

    Written by hand because polib and Babel both read an unterminated string
    or a stray word without complaint, silently changing the translation.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CatalogError("no such catalog", path) from None
    except OSError as error:
        raise CatalogError(f"cannot read: {error.strerror}", path) from None
    if data.startswith(b"\xef\xbb\xbf"):
        raise CatalogError("starts with a byte-order mark, which GNU gettext refuses: save "
                           "it as UTF-8 without BOM", path, 1)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CatalogError("not UTF-8: save the file as UTF-8 and set charset=UTF-8 in its "
                           "header", path, line) from None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("#~"):
            stripped = stripped[2:].strip()
        elif stripped.startswith("#"):
            continue
        if stripped and not _PO_LINE.fullmatch(stripped):
            raise CatalogError(f"syntax error: {_abbreviate(stripped)!r} is not a keyword "
                               "followed by a quoted string", path, number)


def read_translations(path: Path, locale: str) -> Translations:
    """Read one .po strictly and keep its usable translations."""
    check_po_syntax(path)
    try:
        entries = polib.pofile(str(path), check_for_duplicates=True, encoding="utf-8")
    except ValueError as error:  # polib's word for a duplicate entry
        raise CatalogError(f"{error} (remove the duplicate)", path) from None
    except OSError as error:
        match = re.search(r"line (\d+)", str(error))
        raise CatalogError(f"syntax error: {error}", path,
                           int(match.group(1)) if match else None) from None
    strings: dict[tuple[str, str | None], str] = {}
    lines: dict[tuple[str, str | None], int] = {}
    fuzzy: set[tuple[str, str | None]] = set()
    for entry in entries:
        if entry.obsolete or not entry.msgid:
            continue
        control = _CONTROL.search(entry.msgstr)
        if control:
            raise CatalogError(f"the translation of {_abbreviate(entry.msgid)!r} holds the "
                               f"control character U+{ord(control.group()):04X}, which could "
                               "hide or reorder words: remove it", path,
                               msgstr_line(path, entry.linenum))
        if entry.fuzzy:
            fuzzy.add((entry.msgid, entry.msgctxt))
        elif entry.msgstr:
            key = (entry.msgid, entry.msgctxt)
            strings[key] = entry.msgstr
            lines[key] = entry.linenum
    reviewed = entries.metadata.get(REVIEW_HEADER, UNREVIEWED).strip().lower() == REVIEWED
    stats = CatalogStats(len(entries.translated_entries()), len(entries.fuzzy_entries()),
                         len(entries.untranslated_entries()))
    return Translations(locale, path, strings, lines, frozenset(fuzzy), reviewed, stats)


# C0 and C1 controls (but tab and line feed, which fold to spaces) and the bidi
# embeddings, overrides and isolates; marks (U+200E, U+200F) are allowed.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def msgstr_line(path: Path, entry_line: int) -> int:
    """The line of an entry's msgstr (polib gives the entry's first line)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next((number + 1 for number in range(entry_line - 1, len(lines))
                 if lines[number].startswith("msgstr")), entry_line)


def _abbreviate(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

