"""Writing catalogs: templates from sources, new catalogs, merges, compiled .mo files.

Babel makes the template (its writer knows gettext's notes, flags and
locations); GNU gettext lays out every file written (`msgcat`) and merges a
template into a catalog (`msgmerge --previous`), so files come out as Poedit,
Weblate and msgmerge write them and round trips give no diff. A template is
rewritten only when its messages change, not for a new date or Babel version.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import stat
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import polib
from babel.messages.catalog import Catalog as BabelCatalog
from babel.messages.pofile import write_po

from .. import rules
from ..document import PrintedText
from ..epoch import fixed_epoch
from ..errors import CatalogError
from ..files import write_atomic
from ..inline import plain_text
from ..locales import LocaleInfo, language_of
from ..project import INTERFACE_DOMAIN, Project
from ..rules.kept import CatalogProblems
from ..source import Handout
from .messages import Message, handout_messages, marks_a_notice, project_messages
from .reading import (
    BARE_COMMENT,
    REVIEW_HEADER,
    UNREVIEWED,
    EntryState,
    check_po_syntax,
    entry_state,
    msgstr_line,
    read_catalog,
    read_po,
    read_po_lines,
)

if TYPE_CHECKING:
    from ..faces import FontChain  # ReportLab and the fonts: only for `compile`

# Header lines that say when and by which Babel a template was made, not what it holds.
_VOLATILE_HEADER_LINES = re.compile(
    rb'^"(?:POT-Creation-Date|Generated-By): [^"]*"\n', re.MULTILINE
)


def build_time() -> datetime:
    """Now, or SOURCE_DATE_EPOCH when set, so catalogs can be reproduced (a value that is
    no date is refused, as by the build: past the year 9999 it was a traceback)."""
    epoch = fixed_epoch()
    if epoch is not None:
        return datetime.fromtimestamp(int(epoch), UTC)
    return datetime.now(UTC).replace(microsecond=0)


def run_gettext(tool: str, *args: str, stdin: bytes | None = None) -> bytes:
    """Run a GNU gettext tool and return what it printed; its first complaint is the error."""
    executable = shutil.which(tool)
    if executable is None:
        raise CatalogError(
            f"this command needs GNU gettext's {tool}: install the 'gettext' "
            "package (Debian, Ubuntu, Homebrew)"
        )
    done = subprocess.run([executable, *args], input=stdin, capture_output=True, check=False)
    if done.returncode != 0:
        complaint = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise CatalogError(f"{tool} failed: {complaint[0] if complaint else done.returncode}")
    return done.stdout


def _template(
    name: str, copyright_holder: str, comment: str, messages: tuple[Message, ...]
) -> bytes:
    catalog = BabelCatalog(
        project=name,
        version=None,
        copyright_holder=copyright_holder,
        creation_date=build_time(),
        header_comment=comment,
    )
    for message in messages:
        catalog.add(
            message.id,
            "",
            locations=list(message.locations),
            auto_comments=list(message.notes),
            flags=list(message.flags),
            context=message.context,
        )
    buffer = io.BytesIO()
    write_po(buffer, catalog, sort_output=False, include_previous=True)
    return run_gettext("msgcat", "--output-file=-", "-", stdin=buffer.getvalue())


def _write_if_changed(path: Path, new: bytes) -> bool:
    try:
        old = path.read_bytes()
    except FileNotFoundError:
        old = b""
    if _VOLATILE_HEADER_LINES.sub(b"", old) == _VOLATILE_HEADER_LINES.sub(b"", new):
        return False
    write_atomic(path, new)
    return True


def write_template(handout: Handout, project: Project) -> bool:
    """Write locales/<handout>.pot; False (nothing touched) if only its date or the Babel
    version that made it would change."""
    comment = (
        f"# Translations template for the handout {handout.title.markdown!r}.\n"
        f"# Source: {handout.path.name}. Regenerate with 'handout extract'."
    )
    return _write_if_changed(
        project.template_path(handout.name),
        _template(handout.name, handout.publisher, comment, handout_messages(handout, project)),
    )


def write_interface_template(project: Project) -> bool:
    """Write locales/interface.pot: the labels every handout prints and the project's own
    sentences; False if nothing but its date would change."""
    comment = (
        "# Translations template for what every handout of this project prints:\n"
        "# labels, and the sentences of handout.toml. Regenerate with 'handout "
        "extract'."
    )
    publisher = project.clinic.name if project.clinic else "the clinic"
    return _write_if_changed(
        project.template_path(INTERFACE_DOMAIN),
        _template(INTERFACE_DOMAIN, publisher, comment, project_messages(project)),
    )


def template_of(project: Project, domain: str) -> Path:
    """The path of `domain`'s template; CatalogError when there is none yet."""
    template_path = project.template_path(domain)
    if not template_path.is_file():
        raise CatalogError("no template; run 'handout extract' first", template_path)
    return template_path


def init_catalog(project: Project, domain: str, locale: LocaleInfo) -> Path | None:
    """Create locales/<locale>/LC_MESSAGES/<domain>.po from its template, with the locale's
    headers, unless it exists (None then). Its translations start from the locale's other
    catalogs (`fill_missing`: the interface labels a handout catalog once held)."""
    path = project.catalog_path(domain, locale.code)
    if path.exists():
        return None
    template_path = template_of(project, domain)
    catalog = read_po(template_path)
    catalog.header = catalog.header.replace("Translations template", f"{locale.name} translations")
    stamp = build_time().strftime("%Y-%m-%d %H:%M+0000")
    catalog.metadata.update(
        {
            "PO-Revision-Date": stamp,
            "Last-Translator": "",
            "Language-Team": locale.name,
            "Language": locale.code,
            "Plural-Forms": locale.plural_forms,
            REVIEW_HEADER: UNREVIEWED,
            # As msgmerge writes it: the template's "utf-8" came back changed from the
            # first update, as did comments polib had wrapped (`save_catalog`).
            "Content-Type": "text/plain; charset=UTF-8",
        }
    )
    # Language after Language-Team, where msgmerge puts it (the template has none).
    language = catalog.metadata.pop("Language")
    fields = {}
    for key, value in catalog.metadata.items():
        fields[key] = value
        if key == "Language-Team":
            fields["Language"] = language
    fields.setdefault("Language", language)  # a template with no Language-Team
    catalog.metadata = fields
    catalog.metadata_is_fuzzy = False
    save_catalog(path, catalog, project.root)
    return path


def merge_catalog(project: Project, domain: str, locale: str) -> bool:
    """Merge the template into one .po with msgmerge; return whether the file changed.

    Changed strings keep their old translation marked fuzzy (with the old English
    as `#| msgid`), removed ones become obsolete (`#~`)."""
    path = project.catalog_path(domain, locale)
    template_path = project.template_path(domain)
    check_po_syntax(template_path)
    check_po_syntax(path)
    old = path.read_bytes()
    new = _line_ends_as(
        old,
        run_gettext(
            "msgmerge",
            "--previous",
            "--quiet",
            *_wrapping_of(old),
            "--output-file=-",
            str(path),
            str(template_path),
        ),
    )
    if new == old:
        return False
    write_atomic(catalog_file(path, project.root), new)
    return True


def catalog_file(path: Path, root: Path) -> Path:
    """The file to write for the catalog at `path`: a link's target, written through, the
    link kept (replaced by a file, a locale sharing another's catalog no longer saw the
    translator's edits of it), if it is in the project (`root`), the only folder handout
    writes in; a CatalogError for a link leading out of it, and for a read-only file
    (`_refuse_read_only`)."""
    if not path.is_symlink():
        _refuse_read_only(path)
        return path
    target = path.resolve()
    if target.is_relative_to(root.resolve()):
        _refuse_read_only(target)
        return target
    raise CatalogError(
        f"a link to {target}, outside the project, which handout does not write: update "
        "that catalog in its own project, or put the file itself here",
        path,
    )


def _refuse_read_only(target: Path) -> None:
    """A CatalogError for a catalog whose owner may not write it (locked by version
    control, as Perforce leaves a file not checked out, or by its translator): a new
    file renamed into its place replaced it all the same, read-only still, its changes
    in no changelist. The owner's write bit is asked too: root may write any file."""
    try:
        mode = target.stat().st_mode
    except OSError:  # a new catalog, or none can be (`write_atomic` says why)
        return
    if mode & stat.S_IWUSR and os.access(target, os.W_OK):
        return
    raise CatalogError(
        "read-only, and handout does not write over a read-only catalog: make it writable "
        "(chmod u+w; under Perforce, 'p4 edit' it) and update again",
        target,
    )


# A string of a catalog's line ('msgid "..."', '"..."', '#~ msgstr "..."', '#| "..."'):
# its keyword, if any, and what is between its quotes.
_STRING_LINE = re.compile(r'(?:#[~|]+\s*)*(msg\w+(?:\[\d+\])?\s+)?"((?:[^"\\]|\\.)*)"\s*')
_WRAP_WIDTH = 79  # GNU gettext's columns


def _wrapping_of(old: bytes) -> tuple[str, ...]:
    """The option that lays a catalog out as `old`, the file as its translator's editor
    saved it, is laid out: `--no-wrap` for one whose strings each stand on one line, some
    beyond gettext's 79 columns (Poedit with "Wrap at" off, Weblate's "long lines"), none
    continued but after a line break; `--width=N` for one wrapped at other columns than
    gettext's (Poedit's "Wrap at", Weblate's po_line_wrap); else none (gettext's
    wrapping). Laid out otherwise, every long string of such a catalog changed in a
    merge that changed nothing.

    A wrapped catalog's width is read off its lines as gettext fills them: a line is at
    most as wide as the width (unless it is one word, which no width breaks), and the
    first word of the line after one ended for width did not fit on it. The width is at
    least the widest line (`widest`) and at most `narrowest`, and any width between lays
    the strings out as they are: gettext's 79 where it is one, else `widest`. Where the
    lines cannot tell (a catalog of few long strings), it is gettext's."""
    long_lines = wrapped = False
    widest, narrowest = 0, sys.maxsize
    ended_for_width: tuple[str, str] | None = None  # the last line and its string's text
    for line in old.decode("utf-8", "replace").split("\n"):
        line = line.rstrip("\r")
        found = _STRING_LINE.fullmatch(line.strip())
        if found is None:
            ended_for_width = None
            continue
        text = found[2]
        if found[1] is None and ended_for_width is not None:  # continued in mid-line
            wrapped = True
            before, ended = ended_for_width
            word = _first_word(ended, text)
            if word is not None:
                narrowest = min(narrowest, _columns(before) + _columns(word) - 1)
        if _breaks_inside(text):  # not one word, which no width breaks
            widest = max(widest, _columns(line))
        ended_for_width = (line, text) if text and not text.endswith("\\n") else None
        long_lines = long_lines or _columns(line) > _WRAP_WIDTH
    if wrapped:
        if not 0 < widest <= narrowest or widest <= _WRAP_WIDTH <= narrowest:
            return ()  # gettext's, or no width fills the lines so (edited by hand)
        return (f"--width={widest}",)
    return ("--no-wrap",) if long_lines else ()


def _wide(character: str) -> bool:
    return unicodedata.east_asian_width(character) in "WF"


def _breaks_inside(text: str) -> bool:
    """Whether gettext may end a line inside a string line's `text`: at a space but its
    last, or by a wide character (Chinese). A line where it may not is one word, wider
    than the width where the word is."""
    inside = text.rstrip(" ")
    return " " in inside or any(map(_wide, inside))


def _first_word(ended: str, text: str) -> str | None:
    """The first word of a string line's `text`, with the space after it, where the line
    before it `ended` at a space and the word is of letters and digits alone: a line
    gettext may end after that space, and after nothing in the word. None where another
    rule of line breaking may have ended the line (a quote, an escape, a wide letter)."""
    word, space, _ = text.partition(" ")
    if not ended.endswith(" ") or not space or not word.isalnum() or any(map(_wide, word)):
        return None
    return word + space


def _columns(line: str) -> int:
    """How many columns gettext gives a line: two for each wide character (Chinese), none
    for a mark set on a letter (Bengali's vowel signs) or a format character (ZWNJ)."""
    return sum(
        2 if _wide(character) else 0 if unicodedata.category(character) in _NO_COLUMNS else 1
        for character in line
    )


_NO_COLUMNS = ("Mn", "Me", "Cf")  # gettext's (libunistring's uc_width) zero-width categories


def _line_ends_as(old: bytes, new: bytes) -> bytes:
    """`new` with the line ends `old` has: a catalog saved with CRLF (on Windows) came
    out of msgmerge with CRLF in its comments and LF everywhere else."""
    new = new.replace(b"\r\n", b"\n")
    return new.replace(b"\n", b"\r\n") if b"\r\n" in old else new


_NO_WRAP = 1_000_000  # columns: wider than any line


def save_catalog(path: Path, catalog: polib.POFile, root: Path) -> None:
    """Write a catalog changed in memory (through a link, `catalog_file`; `root` is the
    project's folder), laid out by msgcat as the file was (`_wrapping_of`), with no change the
    translator did not make: polib wraps nothing (it wrapped comments at 78 columns,
    which msgcat keeps as given, so an extracted comment the template holds on one line
    came back on two), keeps the header's fields in their order (it sorted those
    after Plural-Forms: 'X-Review-Status' moved below 'Generated-By'), and writes no
    comment above a header that has none (it wrote a bare '#'), and keeps a comment of
    one bare '#' that a translator wrote (`BARE_COMMENT`: read as '', it wrote none)."""
    catalog.wrapwidth = _NO_WRAP
    catalog.ordered_metadata = lambda: list(catalog.metadata.items())
    text = catalog.__unicode__()
    if not catalog.header:  # polib writes a '#' line for no comment at all
        text = text.removeprefix("#\n")
    text = re.sub(rf"(?m)^# {re.escape(BARE_COMMENT)}$", "#", text)
    target = catalog_file(path, root)
    old = target.read_bytes() if target.exists() else b""
    laid_out = run_gettext(
        "msgcat", *_wrapping_of(old), "--output-file=-", "-", stdin=text.encode("utf-8")
    )
    write_atomic(target, _line_ends_as(old, laid_out))


@dataclass(frozen=True)
class Compiled:
    """A .mo written beside its .po, and the translations left out of it."""

    path: Path
    left_out: tuple[tuple[int, str], ...]  # (line of the msgstr, what lint says of it)


def compile_catalog(path: Path, locale: str, chain: FontChain) -> Compiled:
    """Write the .mo beside a .po, for tools that read .mo files: a catalog the build
    refuses is refused (a CatalogError), and so is one with a translation the build
    cannot print in `chain`, the locale's faces (a ReadbackError or FontError, as the
    build refuses its PDFs); the .mo holds its translated entries (neither fuzzy nor
    blank), but those the rule book calls errors (a dose changed), which the build prints
    in English: a tool reading the .mo shows the English too. polib writes it: Babel's
    reader stopped at a Language header it could not parse ('es_'), which the build does
    not read."""
    checked = CatalogProblems(path.name, read_catalog(path, locale).digest)  # the build's reading
    catalog, lines = read_po_lines(path)
    left_out = []
    printed = []
    for entry in list(catalog):
        if entry_state(entry) is not EntryState.TRANSLATED:
            catalog.remove(entry)
            continue
        line = msgstr_line(lines, entry.linenum)
        notice = marks_a_notice(entry.comment)
        errors = checked.errors(rules.Entry(entry.msgid, entry.msgstr, language_of(locale), notice))
        if errors:
            catalog.remove(entry)
            left_out.append((line, rules.refusal(errors)))
        else:
            printed.append(PrintedText(plain_text(entry.msgstr), path, line, written=False))
    checked.keep()
    # The build's checks of a PDF's text before it draws, in its order.
    rules.refuse_unreadable(printed, locale)
    chain.preflight(printed, locale)
    target = path.with_suffix(".mo")
    write_atomic(target, catalog.to_binary())
    return Compiled(target, tuple(left_out))
