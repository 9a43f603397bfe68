"""Gettext catalogs: templates, catalogs per locale, translation memory, and the
translations one PDF is made from.

- `messages`: what is translated, with notes for the translator;
- `reading`: strict reading of .po files;
- `writing`: templates, new catalogs, merges, .mo files (Babel and GNU gettext);
- `memory`: filling empty entries from the locale's other catalogs, and holding
  msgmerge's fuzzy matches to the same words;
- here: the commands' work over a whole project (`extract`, `init_locale`,
  `update`, `project_stats`) and `Translations`, the view a document is made from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import HandoutError
from ..locales import SOURCE_LOCALE, language_of
from ..project import INTERFACE_DOMAIN, Project
from ..readability import GRADE_TARGET, plain_grade
from ..source import read_handout
from .reading import (
    INTERFACE_CONTEXT,
    Catalog,
    CatalogStats,
    Key,
    Printed,
    Translation,
    read_catalog,
    read_po,
)

if TYPE_CHECKING:
    import polib

    from .. import rules
    from ..rules.kept import CatalogProblems
    from ..source import Handout

# The rule book and the messages (with the source's model their tables are made from) are
# imported by the functions that judge or list messages, not with the package: a build
# plans from catalogs it has in the user cache, and a rebuild with nothing to do judges
# none.

# `writing` and `memory` are imported by the functions that write catalogs (`extract`,
# `init_locale`, `update`), not with the package: a build and lint write none. With
# Babel's catalog classes, which only `writing` and CLDR's plural forms (`locales`) use,
# they were 35 M instructions (about 5 ms) of a build's own process and 18 M of its
# workers' server (callgrind). So is polib, which only `update` uses here.

__all__ = [
    "GRADE_TARGET",
    "CatalogStats",
    "FileStatus",
    "HandoutStats",
    "LocaleStats",
    "Printed",
    "Printing",
    "PrintingJudge",
    "Translation",
    "Translations",
    "coverage",
    "extract",
    "init_locale",
    "load_translations",
    "missing_catalog",
    "notice_ids",
    "project_stats",
    "update",
    "wanted_keys",
]


class FileStatus(StrEnum):
    """What a command did to one file."""

    CREATED = "created"
    UPDATED = "updated"
    WROTE = "wrote"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class Translations:
    """What one locale's catalogs give a handout: its own catalog, and the interface
    catalog for the labels (either may be absent)."""

    locale: str
    handout: Catalog | None
    interface: Catalog | None

    @property
    def is_source(self) -> bool:
        return self.locale == SOURCE_LOCALE

    @property
    def catalogs(self) -> tuple[Catalog, ...]:
        return tuple(c for c in (self.handout, self.interface) if c is not None)

    @property
    def reviewed(self) -> bool:
        """Every catalog it uses says a qualified medical translator has reviewed it."""
        return self.is_source or (bool(self.catalogs) and self.unreviewed is None)

    @property
    def unreviewed(self) -> Catalog | None:
        """The first catalog it uses that does not say it is reviewed."""
        return next((catalog for catalog in self.catalogs if not catalog.reviewed), None)

    def get(self, key: Key) -> Translation | None:
        first, second = (
            (self.interface, self.handout)
            if key[1] == INTERFACE_CONTEXT
            else (self.handout, self.interface)
        )
        for catalog in (first, second):
            if catalog is not None and key in catalog.translations:
                return catalog.translations[key]
        return None

    def is_fuzzy(self, key: Key) -> bool:
        return any(key in catalog.fuzzy for catalog in self.catalogs)

    def fuzzy_entry(self, key: Key) -> tuple[Path, int] | None:
        """The catalog and msgstr line of the fuzzy entry of `key`, if one is fuzzy."""
        return next(
            (
                (catalog.path, catalog.text.fuzzy_lines[key])
                for catalog in self.catalogs
                if key in catalog.fuzzy
            ),
            None,
        )

    def stats(
        self, wanted: frozenset[Key], notices: frozenset[str], labels: frozenset[Key]
    ) -> CatalogStats:
        """The counts of the messages the locale's PDFs of a handout print: the handout
        catalog's against those its source asks for (`wanted_keys`; `notices`: its
        notices' English), and the interface catalog's against the `labels` (the
        interface's `wanted_keys`), every one untranslated where the locale has no
        interface.po (`coverage`); a message a catalog lacks (the source changed since
        `handout update` merged it) prints in English, and is counted untranslated.
        Counting the handout's alone, a locale with every label untranslated passed
        --min-translated 100, its PDFs printing the labels in English."""
        if self.handout is None:  # the source language, which prints no translation
            return CatalogStats()
        handout = coverage(self.handout, wanted, notices)
        return handout + coverage(self.interface, labels, frozenset())  # labels: no notices

    @property
    def path(self) -> Path | None:
        return self.handout.path if self.handout is not None else None


@dataclass(frozen=True)
class Printing:
    """How a PDF prints one message (`PrintingJudge.judge`): the translation found (None
    when untranslated or fuzzy) and the rule book's errors that refuse it."""

    printed: Printed
    found: Translation | None = None
    errors: tuple[rules.Problem, ...] = ()


class PrintingJudge:
    """Judges how one locale's PDFs print each message (`judge`): the one verdict the
    build, `--strict`, `--min-translated`, the manifest and `handout stats` share. The
    rule book's problems it finds are kept in the user cache by `keep`."""

    def __init__(self, translations: Translations) -> None:
        self.translations = translations
        self._language = language_of(translations.locale)
        self._checked: dict[Path, CatalogProblems] = {}

    def judge(self, key: Key, notice: bool) -> Printing:
        """How the message `key` is printed; `notice`: it is a publisher's notice, held
        to the notice's checks too (a refused one fails the PDF instead)."""
        from .. import rules

        found = self.translations.get(key)
        if found is None:
            fuzzy = self.translations.is_fuzzy(key)
            return Printing(Printed.FUZZY if fuzzy else Printed.UNTRANSLATED)
        checked = self._checked.get(found.path)
        if checked is None:
            catalog = next(c for c in self.translations.catalogs if c.path == found.path)
            checked = self._checked[found.path] = catalog.problems
        errors = checked.errors(rules.Entry(key[0], found.text, self._language, notice))
        return Printing(Printed.REFUSED if errors else Printed.TRANSLATED, found, tuple(errors))

    def keep(self) -> None:
        """Keep the problems found in the user cache (`CatalogProblems.keep`)."""
        for checked in self._checked.values():
            checked.keep()


def wanted_keys(project: Project, handout: Handout | None) -> frozenset[Key]:
    """The keys of the messages a catalog should hold (its template's): a handout's, or
    the interface's (None)."""
    from .messages import handout_messages, project_messages

    messages = project_messages(project) if handout is None else handout_messages(handout, project)
    return frozenset((message.id, message.context) for message in messages)


def notice_ids(handout: Handout) -> frozenset[str]:
    """The English of the handout's publisher's notices (each a message of no context)."""
    return frozenset(notice.text.markdown for notice in handout.notices)


def coverage(
    catalog: Catalog | None, wanted: frozenset[Key], notices: frozenset[str]
) -> CatalogStats:
    """How many of the messages `wanted` (its source's; `notices`: the English of its
    notices) the PDFs print from `catalog` translated, and how many in English, fuzzy,
    untranslated or refused by the rule book (`PrintingJudge`): one it lacks is
    untranslated, every one where there is no catalog (a locale without interface.po
    prints each label in English); an entry of no message wanted (the source changed
    since `handout update`) is never printed and not counted."""
    if catalog is None:
        return CatalogStats(untranslated=len(wanted))
    judge = PrintingJudge(Translations(catalog.locale, catalog, None))
    try:
        printed = [judge.judge(key, key[1] is None and key[0] in notices).printed for key in wanted]
    finally:
        judge.keep()
    return CatalogStats(
        printed.count(Printed.TRANSLATED),
        printed.count(Printed.FUZZY),
        printed.count(Printed.UNTRANSLATED),
        len(wanted & catalog.from_memory),
        printed.count(Printed.REFUSED),
    )


def load_translations(project: Project, handout: str, locale: str) -> Translations:
    """The translations for one handout in one locale (none for the source language)."""
    if locale == SOURCE_LOCALE:
        return Translations(locale, None, None)
    absent = missing_catalog(project, handout, locale)
    if absent is not None:
        raise absent
    path = project.catalog_path(handout, locale)
    interface = (
        read_catalog(project.catalog_path(INTERFACE_DOMAIN, locale), locale)
        if project.has_catalog(INTERFACE_DOMAIN, locale)
        else None
    )
    return Translations(locale, read_catalog(path, locale), interface)


def missing_catalog(project: Project, handout: str, locale: str) -> HandoutError | None:
    """The error for which the build refuses the PDFs of `handout` in `locale` when the
    locale has no catalog for it, saying which command makes it (None when there is one,
    or for the source language, which needs none): lint names it too, at the catalog's
    path."""
    if locale == SOURCE_LOCALE or project.has_catalog(handout, locale):
        return None
    # A locale that has catalogs lacks this one when the handout came after it: `init`
    # refuses it until `extract` has written its template, which `update` does first.
    if locale in project.translated_locales():
        advice = (
            f"no catalog for this handout in locale {locale!r} yet: run 'handout update', "
            "which makes it in every locale"
        )
    elif kin := project.kin_locales(locale):
        # 'zh_TW' for the project's 'zh_Hant', 'pt' for its 'pt_BR': `init` would start a
        # second translation of a language the project has.
        advice = (
            f"no catalog for locale {locale!r}; the project's {' and '.join(map(repr, kin))} "
            f"{'is' if len(kin) == 1 else 'are'} of its language: did you mean "
            f"'--locale {kin[0]}'? ('handout init {locale}' starts another translation)"
        )
    else:
        advice = f"no catalog for locale {locale!r}; create it with 'handout init {locale}'"
    return HandoutError(advice, project.relative(project.catalog_path(handout, locale)))


def extract(
    project: Project, handouts: Iterable[str]
) -> list[tuple[Path, FileStatus | HandoutError]]:
    """Write the templates: the interface's and each handout's (a source that cannot be
    read is its template's error; the others are written)."""
    from .writing import write_interface_template, write_template

    done: list[tuple[Path, FileStatus | HandoutError]] = [
        (
            project.template_path(INTERFACE_DOMAIN),
            FileStatus.WROTE if write_interface_template(project) else FileStatus.UNCHANGED,
        )
    ]
    for name in handouts:
        try:
            handout = read_handout(project.source_path(name))
        except HandoutError as error:
            done.append((project.template_path(name), error))
            continue
        done.append(
            (
                project.template_path(name),
                FileStatus.WROTE if write_template(handout, project) else FileStatus.UNCHANGED,
            )
        )
    return done


def init_locale(
    project: Project, code: str, handouts: Iterable[str]
) -> list[tuple[Path, FileStatus]]:
    """Create the catalogs a locale lacks: the interface's and each handout's; none when
    a template is missing (the locale was left half made, its build failing)."""
    from .writing import init_catalog, template_of

    if code == SOURCE_LOCALE:  # the build would never read them
        raise HandoutError(
            f"{code!r} is the source language: its PDFs print the source, with no catalog"
        )
    locale = project.locale(code)
    domains = (INTERFACE_DOMAIN, *handouts)
    for domain in domains:
        if not project.catalog_path(domain, locale.code).exists():
            template_of(project, domain)
    done = []
    for domain in domains:
        path = init_catalog(project, domain, locale)
        if path is not None:
            if domain == INTERFACE_DOMAIN:
                _move_interface_entries(project, locale.code)
            _fill_from_memory(project, domain, locale.code)
        done.append(
            (
                project.catalog_path(domain, locale.code),
                FileStatus.UNCHANGED if path is None else FileStatus.CREATED,
            )
        )
    return done


def update(
    project: Project, locales: Iterable[str], handouts: Iterable[str]
) -> list[tuple[Path, FileStatus | HandoutError]]:
    """For each locale: create the catalogs it lacks (a new handout, the interface), merge
    every template into its catalogs, then fill empty entries from translation memory. A
    locale the project refuses (a folder of a code CLDR does not know) is one error, and
    the others are updated."""
    import polib

    from .writing import merge_catalog

    done: list[tuple[Path, FileStatus | HandoutError]] = []
    handouts = list(handouts)
    for code in locales:
        try:
            created = init_locale(project, code, handouts)
        except HandoutError as error:
            done.append((project.locales_dir / code, error))
            continue
        for path, status in created:
            if status is FileStatus.CREATED:
                done.append((path, status))
        for domain in (INTERFACE_DOMAIN, *handouts):
            path = project.catalog_path(domain, code)
            if any(path == created for created, _ in done):
                continue
            try:
                merged_into = read_po(path) if path.is_file() else polib.POFile()
                changed = merge_catalog(project, domain, code)
                changed = _fill_from_memory(project, domain, code, merged_into) or changed
            except HandoutError as error:
                done.append((path, error))
                continue
            done.append((path, FileStatus.UPDATED if changed else FileStatus.UNCHANGED))
    return done


def _locale_catalogs(project: Project, locale: str) -> list[tuple[Path, polib.POFile]]:
    """The locale's catalogs that can be read (one that cannot is named where it is
    updated itself: read here too, its error was printed twice and stopped the update
    of every other catalog of the locale, whose memory it is part of)."""
    folder = project.locales_dir / locale / "LC_MESSAGES"
    found = []
    for path in sorted(folder.glob("*.po")):
        try:
            found.append((path, read_po(path)))
        except HandoutError:
            continue
    return found


def _move_interface_entries(project: Project, locale: str) -> None:
    """A new interface catalog takes the labels the locale's handout catalogs held (as
    they were: translated or fuzzy), so no translation is lost when they move."""
    from .writing import save_catalog

    path = project.catalog_path(INTERFACE_DOMAIN, locale)
    interface = read_po(path)
    wanted = {(entry.msgid, entry.msgctxt): entry for entry in interface if entry.msgid}
    moved = 0
    for other_path, catalog in _locale_catalogs(project, locale):
        if other_path == path:
            continue
        for entry in catalog:
            target = wanted.get((entry.msgid, entry.msgctxt))
            if target is not None and entry.msgstr and not target.msgstr:
                target.msgstr = entry.msgstr
                if entry.fuzzy:
                    target.flags.append("fuzzy")
                moved += 1
    if moved:
        save_catalog(path, interface, project.root)


def _fill_from_memory(
    project: Project, domain: str, locale: str, merged_into: polib.POFile | None = None
) -> bool:
    """Keep the translations msgmerge moved onto changed sentences as they were (for the
    changes undone), give a sentence changed again the revision under way, withdraw the
    unsafe matches msgmerge made (in entries the catalog lacked before, `merged_into`
    being the catalog before; None: a new catalog, nothing merged), then fill empty
    entries from memory."""
    from .memory import (
        fill,
        follow_revisions,
        keep_replaced_translations,
        remembered,
        withdraw_unsafe_matches,
    )
    from .writing import save_catalog

    path = project.catalog_path(domain, locale)
    catalogs = _locale_catalogs(project, locale)
    catalog = next((po for other, po in catalogs if other == path), None)
    if catalog is None:
        return False
    memory = remembered((other, po) for other, po in catalogs if other != path)
    drug_names = frozenset(
        name.lower()
        for handout in project.handout_names()
        for name in _drug_names(project, handout)
    )
    changed = (
        0
        if merged_into is None
        else keep_replaced_translations(catalog, merged_into)
        + follow_revisions(catalog, merged_into)
        + withdraw_unsafe_matches(catalog, merged_into, drug_names)
    )
    if fill(catalog, memory, drug_names, project.root) or changed:
        save_catalog(path, catalog, project.root)
        return True
    return False


def _drug_names(project: Project, handout: str) -> tuple[str, ...]:
    try:
        return read_handout(project.source_path(handout)).drug_names
    except HandoutError:
        return ()


@dataclass(frozen=True)
class LocaleStats:
    """One locale's progress on one handout, as `handout stats` shows it."""

    locale: str
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    total: int = 0
    from_memory: int = 0
    percent_translated: float = 0.0
    reviewed: bool = False
    error: str | None = None
    refused: int = 0  # translated, but refused by the rule book: printed in English


@dataclass(frozen=True)
class HandoutStats:
    handout: str
    reading_grade: float | None  # of the plain-language English (Flesch-Kincaid)
    reading_grade_target: float
    locales: list[LocaleStats]
    error: str | None = None  # its source cannot be read: no grade, no progress to count


def project_stats(project: Project, handouts: Iterable[str]) -> list[HandoutStats]:
    """Translation progress per handout and locale, and each handout's reading grade; then
    the interface catalogs' (the labels every PDF prints: emptied, every handout's row
    still said 100% while its PDFs printed 13 labels in English)."""
    rows = []
    for name in handouts:
        try:
            handout = read_handout(project.source_path(name))
        except HandoutError as error:  # the other handouts are still counted
            rows.append(
                HandoutStats(name, None, GRADE_TARGET, [], str(error.relative_to(project.root)))
            )
            continue
        grade = plain_grade(handout.plain)
        # Every locale the build makes it in: one lacking its catalog (a handout written
        # after the locale) had no row, and a gate on the table passed it.
        locales = _locale_stats(
            project,
            name,
            wanted_keys(project, handout),
            notice_ids(handout),
            project.translated_locales(),
        )
        rows.append(HandoutStats(name, grade, GRADE_TARGET, locales))
    interface = _locale_stats(
        project,
        INTERFACE_DOMAIN,
        wanted_keys(project, None),
        frozenset(),  # no notices
        # Each locale's: one without interface.po had no row, and its handouts' rows at
        # 100% hid that its PDFs print every label in English (and --strict refuses them).
        project.translated_locales(),
    )
    if interface:
        rows.append(HandoutStats(INTERFACE_DOMAIN, None, GRADE_TARGET, interface))
    return rows


def _locale_stats(
    project: Project,
    domain: str,
    wanted: frozenset[Key],
    notices: frozenset[str],
    locales: Iterable[str],
) -> list[LocaleStats]:
    """The counts of each of `locales`' catalog of `domain` against the messages `wanted`
    (`notices`: the English of the notices among them); one it lacks, or cannot read, is
    its error, but for a lacking interface catalog: every label untranslated."""
    found = []
    for locale in locales:
        catalog: Catalog | None = None
        # A lacking interface.po is not an error (lint's warning): the build prints each
        # label in English, which `coverage` counts.
        if domain != INTERFACE_DOMAIN or project.has_catalog(domain, locale):
            absent = missing_catalog(project, domain, locale)
            if absent is not None:
                found.append(LocaleStats(locale, error=str(absent)))
                continue
            try:
                catalog = read_catalog(project.catalog_path(domain, locale), locale)
            except HandoutError as error:
                found.append(LocaleStats(locale, error=str(error.relative_to(project.root))))
                continue
        stats = coverage(catalog, wanted, notices)
        found.append(
            LocaleStats(
                locale,
                stats.translated,
                stats.fuzzy,
                stats.untranslated,
                stats.total,
                stats.from_memory,
                stats.percent_shown,
                catalog is not None and catalog.reviewed,
                refused=stats.refused,
            )
        )
    return found
