"""Lint: check a translated catalog like a compiler, one finding per problem.

`check_catalog` reads a .po file and returns findings; it changes nothing.
Each finding names its file, the line of the translation (msgstr), a level and
a check name, and prints as ``file:line: level: message [check]``; each
untranslated entry is one finding of its own. The checks are the build's own
(`rules`), so an error here is what a build prints in English (or refuses, for
a notice); untranslated and fuzzy entries are warnings, a notice included,
since the build prints their English. Entries of no message of the source (it
changed since `handout update`) are never printed: they are counted in one
warning, not as untranslated, and checked all the same (a translator may be
bringing them in). A handout's plain-language part is held to its sources file
(`check_plain_language`, `source.fidelity`): an error there is one for which the build
refuses the handout's plain-language PDFs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from .catalog import Translations
from .catalog.messages import Message, marks_a_notice
from .catalog.reading import (
    EntryState,
    Key,
    control_problem,
    entry_keys,
    entry_state,
    header_line,
    msgstr_line,
    read_po_lines,
    review_problem,
    review_status_problem,
    syntax_errors,
)
from .errors import (
    FitError,
    FontError,
    HandoutError,
    PhoneCutError,
    ReadbackError,
    abbreviate,
    plural,
)
from .faces import FontChain
from .files import file_sha256
from .inline import plain_text
from .locales import SOURCE_LOCALE, LocaleInfo, script_of
from .project import CONFIG_NAME, INTERFACE_DOMAIN, Project
from .rules import (
    Entry,
    Finding,
    Level,
    refuse_unreadable,
    unlinked_addresses,
    unreadable,
)
from .rules.kept import CatalogProblems
from .source import Handout
from .source.fidelity import check_fidelity, check_grade


@dataclass(frozen=True)
class SourceMessages:
    """What a catalog's source asks of it: its messages' keys, and which of them are the
    publisher's notices (the build's own test of a notice; None: the source could not be
    read, and the translator's note on an entry says it)."""

    keys: frozenset[Key] = frozenset()
    notices: frozenset[str] | None = None


def check_catalog(
    file: Path,
    shown_as: Path,
    locale: LocaleInfo,
    chain: FontChain | None,
    source: SourceMessages | None = None,
) -> list[Finding]:
    """Every finding for the catalog `file` (named `shown_as` in findings); a file that
    cannot be read is one error. Without a font chain (its fonts are broken: a build
    error of its own) the glyph check is left out. A message of the source that the
    catalog lacks is printed in English, and counted as untranslated is."""
    source = source or SourceMessages()
    try:
        catalog, lines = read_po_lines(file)
    except HandoutError as error:  # named with the file's other lines msgfmt refuses
        errors = {(error.line or 1, error.message)}
        errors |= {(other.line or 1, other.message) for other in syntax_errors(file)}
        return [
            Finding(shown_as, line, Level.ERROR, message, "syntax")
            for line, message in sorted(errors)
        ]
    findings = _language_header(catalog.metadata.get("Language", ""), lines, shown_as, locale)
    review = review_problem(catalog, lines)
    if review is not None:  # the build refuses the whole catalog
        findings.append(Finding(shown_as, review[1], Level.ERROR, review[0], "review"))
    status = review_status_problem(catalog, lines)
    if status is not None:
        findings.append(Finding(shown_as, status[1], Level.WARNING, status[0], "review-status"))
    stale: list[tuple[int, str]] = []  # (line, English) of the entries the source lacks
    checked = CatalogProblems(file.name, file_sha256(file) or "")
    for entry in catalog:
        if entry.obsolete or not entry.msgid:
            continue
        line = msgstr_line(lines, entry.linenum)
        control = control_problem(entry)
        if control:  # the build refuses the whole catalog
            findings.append(Finding(shown_as, line, Level.ERROR, control, "control"))
            continue
        in_source = not source.keys or (entry.msgid, entry.msgctxt) in source.keys
        if not in_source:
            stale.append((line, entry.msgid))
        if entry.fuzzy:
            findings.append(
                Finding(
                    shown_as,
                    line,
                    Level.WARNING,
                    "fuzzy: the English changed "
                    "or the translation came from memory; check it and remove "
                    "the fuzzy flag",
                    "fuzzy",
                )
            )
            continue
        if entry_state(entry) is EntryState.UNTRANSLATED:
            if in_source:  # at its msgstr, where the translation goes, as every finding
                findings.append(
                    Finding(
                        shown_as,
                        line,
                        Level.WARNING,
                        f"{abbreviate(entry.msgid, 40)!r} is not translated yet (printed in "
                        "English)",
                        "untranslated",
                    )
                )
            continue
        notice = (
            entry.msgid in source.notices
            if source.notices is not None
            else marks_a_notice(entry.comment)
        )
        translated = Entry(entry.msgid, entry.msgstr, locale.language, notice)
        findings += [
            Finding(shown_as, line, problem.level, problem.message, problem.check)
            for problem in checked.problems(translated)
        ]
        reversed_text = unreadable(plain_text(entry.msgstr), locale.code)
        if reversed_text:  # no font needed to say so
            findings.append(Finding(shown_as, line, Level.ERROR, reversed_text, "readback"))
        absent = _glyph_error(entry.msgstr, chain, locale.code)
        if absent:
            findings.append(Finding(shown_as, line, Level.ERROR, absent, "glyph"))
    checked.keep()
    missing = len(source.keys - entry_keys(catalog))
    if missing:
        findings.append(
            Finding(
                shown_as,
                1,
                Level.WARNING,
                f"{plural(missing, 'message')} of the source missing from the catalog (printed "
                "in English): run 'handout update' to add them",
                "missing",
            )
        )
    if stale:  # one warning, at the first of them (at line 1, an editor showed the header)
        line, english = stale[0]
        first = "" if len(stale) == 1 else "the first "
        findings.append(
            Finding(
                shown_as,
                line,
                Level.WARNING,
                f"{plural(len(stale), 'entry', 'entries')} the source does not have, never "
                f"printed ({first}here: {abbreviate(english, 40)!r}): run 'handout update', "
                "which marks them obsolete",
                "stale",
            )
        )
    return findings


def orphan_catalogs(project: Project, locale: str) -> list[Finding]:
    """A warning for each catalog of `locale` that no handout has (its source renamed or
    removed), which no command read or named: nothing of it is printed."""
    folder = project.catalog_path(INTERFACE_DOMAIN, locale).parent
    return _orphans(
        project,
        folder.glob("*.po"),
        "catalog",
        "so none of it is printed; delete it (after 'handout update', which fills a renamed "
        "handout's catalog from it)",
    )


def orphan_templates(project: Project) -> list[Finding]:
    """A warning for each template (locales/*.pot) that no handout has: `extract` writes
    one for each source and takes none away, and a translation platform reading the
    templates (Weblate's components) would go on offering a renamed handout's old text."""
    return _orphans(
        project,
        project.locales_dir.glob("*.pot"),
        "template",
        "so nothing of it is printed, but translators may be given it; delete it",
    )


def _orphans(project: Project, paths: Iterable[Path], what: str, advice: str) -> list[Finding]:
    kept = {INTERFACE_DOMAIN, *project.handout_names()}
    sources = project.relative(project.handouts_dir)
    return [
        Finding(
            project.relative(path),
            1,
            Level.WARNING,
            f"the {what} of no handout: {sources.as_posix()}/{path.stem}.md is not there "
            f"(renamed or removed?), {advice}",
            "orphan",
        )
        for path in sorted(paths)
        if path.stem not in kept
    ]


def _glyph_error(text: str, chain: FontChain | None, locale: str) -> str | None:
    """Lint's [glyph] error for `text` (Markdown): the build's sentence for the characters
    no face of `chain` has (`FontChain.lacking`); None when every character has a face (or
    no chain)."""
    missing = chain.missing(plain_text(text)) if chain else []
    return chain.lacking(missing, locale) if chain and missing else None


def check_source(messages: Iterable[Message], chain: FontChain | None) -> list[Finding]:
    """The findings of each message of a source (or of handout.toml), at its line: an
    error for text the extractors cannot read back or that no face of `chain` (the English
    PDFs'; None when it cannot be had) has, which the build refuses, and of which lint
    said nothing; a warning for a web or mail address printed as text, not as a link,
    which a reader of the PDF cannot open (CommonMark links it written '<...>')."""
    found = []
    for message in messages:
        if not message.locations:
            continue
        path, line = Path(message.locations[0][0]), message.locations[0][1]
        reversed_text = unreadable(plain_text(message.id), SOURCE_LOCALE)
        if reversed_text:
            found.append(Finding(path, line, Level.ERROR, reversed_text, "readback"))
        absent = _glyph_error(message.id, chain, SOURCE_LOCALE)
        if absent:
            found.append(Finding(path, line, Level.ERROR, absent, "glyph"))
        for address in unlinked_addresses(message.id):
            linked = address if "@" in address or "://" in address else f"https://{address}"
            found.append(
                Finding(
                    path,
                    line,
                    Level.WARNING,
                    f"{address!r} is printed as text, not as a link: write it '<{linked}>' "
                    "for a reader of the PDF to open it",
                    "address-unlinked",
                )
            )
    return found


def check_plain_language(handout: Handout, project: Project) -> list[Finding]:
    """The findings of the handout's plain-language part against its sources file and of
    its reading grade (`source.fidelity`): an error there is one the build refuses the
    handout's plain-language PDFs for."""
    return [
        replace(found, path=project.relative(found.path))
        for found in [*check_fidelity(handout), *check_grade(handout)]
    ]


def check_fit(
    project: Project, handout: Handout, translations: Translations, chain: FontChain
) -> list[Finding]:
    """An error for each variant made in the locale (English too: a bilingual one is not)
    whose page has no room for the text once the locale's title is the running header
    (or whose sizes leave none) or whose lines cut a phone number (the clinic's box's, at
    its setting; a tel: link's of the handout's text, at its catalog's or source's line),
    and for text handout writes itself that no font of the
    locale has (a date's month in a script with no font) or that cannot be read back
    (`rules.unreadable`), named at the date's label: the build refuses those PDFs
    (`pdf.render.check_room`, `FontChain.preflight`), and lint, which laid out no page,
    said nothing ("0 errors", and every PDF of the locale failed). It lays out the
    clinic's box, and the whole document only where the handout's text dials a phone."""
    from .pdf.render import check_room  # ReportLab's layout: only where lint needs it
    from .translate import translate

    found: list[Finding] = []
    for variant in project.variants:
        if not variant.is_made_in(translations.locale):  # as the build plans its PDFs
            continue
        try:
            document = translate(
                handout, translations, variant, project, project.locale(translations.locale)
            )
        except HandoutError:  # refused as a whole (a notice cut short): named by its check
            return found
        # What no catalog's or source's check reads: handout's own text, handout.toml's (the
        # clinic's name and address are printed as typed, in every language) and the
        # source's typed into it (the document ID).
        written = [
            found
            for found in document.printed_texts()
            if found.written or found.path == project.config_path or found in document.typed
        ]
        try:
            refuse_unreadable(written, translations.locale)
            chain.preflight(written, translations.locale)
        except (ReadbackError, FontError) as error:  # named once: the same text in every variant
            # At the date label that wrote it, else at the handout's catalog or source.
            path = error.path or translations.path or handout.path
            check = "readback" if isinstance(error, ReadbackError) else "glyph"
            finding = Finding(
                project.relative(path), error.line or 1, Level.ERROR, error.message, check
            )
            return [*found, finding]
        try:
            check_room(document, chain)
        except FitError as error:
            named = (  # the clinic's phone at its setting, as the build names it
                project.phone_cut_at_setting(error, variant.name)
                if isinstance(error, PhoneCutError)
                else error
            )
            path = project.relative(named.path) if named.path else Path(CONFIG_NAME)
            found.append(Finding(path, named.line or 1, Level.ERROR, named.message, "fit"))
        except FontError:  # a character no font has, in the title: named by `glyph`
            continue
    return found


def _language_header(
    header: str, lines: list[str], shown_as: Path, locale: LocaleInfo
) -> list[Finding]:
    """A warning when the catalog's Language header names another language than its
    folder's, another script of it, or another country where both name one: a catalog
    copied from another language, whose PDFs would be tagged for screen readers in the
    folder's, Simplified Chinese copied into Traditional's folder ('zh_CN' in zh_Hant/),
    set in the other script's faces, or European Portuguese into Brazilian's ('pt_PT' in
    pt_BR/), whose readers it would give other words. (An empty header, or a region
    where the folder names none, 'es_MX' in es/, is no finding.)"""
    written = header.strip()
    primary = re.split(r"[_\-@.]", written, maxsplit=1)[0].lower()
    if not primary:
        return []
    copied = "language"
    if primary == locale.language:
        tag = written.split(".")[0].split("@")[0]
        # A bare language ('zh') names no script: only a region or a script does.
        script = script_of(tag) if re.search(r"[_-]", tag) else None
        folder_script = locale.script or script_of(locale.code)
        country, folder_country = _country(tag), _country(locale.code)
        if country and folder_country and country != folder_country:
            what, copied = f"for '{locale.code}', readers in another country", "country's catalog"
        elif script is None or folder_script is None or script == folder_script:
            return []
        else:
            what = f"for '{locale.code}' ({folder_script} script), the script its PDFs are set in"
    else:
        what = f"for '{locale.language}', the language its PDFs are tagged in for screen readers"
    return [
        Finding(
            shown_as,
            header_line(lines, "Language") or 1,
            Level.WARNING,
            f"the header says 'Language: {written}', but the catalog is in a folder {what}: "
            f"copied from another {copied}? Correct the header, or move the file",
            "language-header",
        )
    ]


def _country(tag: str) -> str | None:
    """The country a locale code names ('pt_BR', 'pt-br': 'BR'), None when it names none
    (or a region of several, 'es_419')."""
    return next(
        (part.upper() for part in re.split(r"[_-]", tag)[1:] if re.fullmatch(r"[A-Za-z]{2}", part)),
        None,
    )
