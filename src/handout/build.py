"""Build: run the pipeline for every selected handout x locale x variant.

Each PDF is built on its own: a broken catalog, a missing glyph or a failed
check stops that PDF (or that locale) and is reported, and the rest go on.
A PDF is written only after it passed its checks, atomically.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .catalog import (
    REVIEW_HEADER,
    REVIEWED,
    UNREVIEWED,
    Translations,
    read_translations,
)
from .errors import CheckError, FontError, HandoutError
from .fonts import FontChain, load_font_table
from .inline import plain_text
from .locales import SOURCE_LOCALE, parse_locale
from .pdf import render_pdf, write_pdf
from .project import Project, Variant
from .source import Handout, read_handout
from .translate import Document, translate
from .verify import Expected, check_pdf, expected_from

Report = Callable[[str], None]


@dataclass(frozen=True)
class Selection:
    """Which PDFs to build; an empty tuple means all."""

    handouts: tuple[str, ...] = ()
    locales: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    strict: bool = False
    check: bool = True
    min_translated: float = 0.0


@dataclass(frozen=True)
class Outcome:
    """What happened to one PDF (or, for a failure before any PDF, one input)."""

    label: str
    path: Path | None
    error: str | None = None
    pages: int = 0
    fallbacks: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None


def build(project: Project, selection: Selection, report: Report) -> list[Outcome]:
    outcomes: list[Outcome] = []

    def record(outcome: Outcome) -> None:
        outcomes.append(outcome)
        report(_describe(outcome, project))

    try:
        variants = [project.variant(name) for name in selection.variants] or list(project.variants)
        fonts = load_font_table(project.fonts_dir)
        handouts = selection.handouts or project.handout_names()
        requested = _requested_locales(selection.locales, record)
    except HandoutError as error:
        record(Outcome("build", None, str(error)))
        return outcomes
    if not handouts:
        record(Outcome("build", None, f"no handouts in {project.handouts_dir}"))
    for name in handouts:
        try:
            handout = read_handout(project.source_path(name))
        except HandoutError as error:
            record(Outcome(name, None, str(error)))
            continue
        for locale in requested if requested is not None else _all_locales(project, name, record):
            try:
                translations = _translations(project, name, locale)
            except HandoutError as error:
                record(Outcome(f"{name} {locale}", None, str(error)))
                continue
            if translations.path is not None and selection.min_translated:
                stats = translations.stats
                if stats.percent_translated < selection.min_translated:
                    report(f"skipped {name} {locale}: {stats.percent_translated:.0f}% "
                           f"translated, below --min-translated {selection.min_translated:g}")
                    continue
            for variant in variants:
                record(_build_pdf(project, handout, translations, variant,
                                  fonts.chain(locale), selection))
    return outcomes


def _requested_locales(codes: Sequence[str], record: Callable[[Outcome], None]
                       ) -> list[str] | None:
    """Valid requested locales (bad ones are reported); None means every catalog's."""
    if not codes:
        return None
    valid = []
    for code in codes:
        try:
            parse_locale(code)
            valid.append(code)
        except HandoutError as error:
            record(Outcome(f"locale {code!r}", None, str(error)))
    return valid


def _all_locales(project: Project, handout: str, record: Callable[[Outcome], None]) -> list[str]:
    locales = [SOURCE_LOCALE]
    for folder in project.locale_folders():
        try:
            parse_locale(folder.name)
        except HandoutError as error:
            record(Outcome(f"locale folder {folder.name!r}", None, f"{folder}: {error}"))
            continue
        if folder.name != SOURCE_LOCALE and (folder / "LC_MESSAGES" / f"{handout}.po").is_file():
            locales.append(folder.name)
    return locales


def _translations(project: Project, handout: str, locale: str) -> Translations:
    if locale == SOURCE_LOCALE:
        return Translations(locale, None)
    path = project.catalog_path(handout, locale)
    if not path.is_file():
        raise HandoutError(f"no catalog for locale {locale!r}; create it with "
                           f"'handout init {locale}'", path)
    return read_translations(path, locale)


def _build_pdf(project: Project, handout: Handout, translations: Translations, variant: Variant,
               chain: FontChain, selection: Selection) -> Outcome:
    path = project.pdf_path(handout.name, translations.locale, variant)
    label = f"{handout.name} {translations.locale} {variant.name}"
    try:
        document = translate(handout, translations, variant)
        preflight(document, chain)
        if selection.strict and not translations.reviewed:
            raise CheckError(f"--strict: the catalog is not reviewed ({REVIEW_HEADER}: "
                             f"{UNREVIEWED}); set '{REVIEW_HEADER}: {REVIEWED}' once a "
                             "qualified medical translator has checked it", translations.path)
        if selection.strict and document.fallbacks:
            raise CheckError(f"--strict: {len(document.fallbacks)} messages are untranslated "
                             "or fuzzy", translations.path)
        rendered = render_pdf(document, load_font_table(project.fonts_dir))
        if selection.check:
            found = check_pdf(rendered.data, expected_from(document)).problems()
            if found:
                raise CheckError(f"built PDF fails its checks: {'; '.join(found)}", path)
        write_pdf(path, rendered.data)
    except HandoutError as error:
        return Outcome(label, path, str(error))
    return Outcome(label, path, pages=rendered.pages, fallbacks=len(document.fallbacks))


def expected_for(project: Project, handout_name: str, locale: str, variant_name: str
                 ) -> Expected:
    """What the PDF built for (handout, locale, variant) must give back, from today's
    source and catalog (so `handout check` can read any built PDF back)."""
    parse_locale(locale)
    handout = read_handout(project.source_path(handout_name))
    translations = _translations(project, handout_name, locale)
    return expected_from(translate(handout, translations, project.variant(variant_name)))


def preflight(document: Document, chain: FontChain) -> None:
    """Refuse a document with a character no font in the chain can draw."""
    spans = [document.title, document.about_label, document.source_label, document.page_number,
             *document.draft_notice]
    spans += [span for block in document.blocks for span in block.spans]
    spans += [notice.translated for notice in document.notices if notice.translated]
    for span in spans:
        missing = chain.missing(plain_text(span.markdown))
        if missing:
            codes = ", ".join(f"U+{ord(character):04X} {character!r}" for character in missing)
            raise FontError(f"locale {document.locale}: no font has {codes}; add a font to "
                            "fonts/fonts.toml or fix the text", span.path, span.line)


def _describe(outcome: Outcome, project: Project) -> str:
    if not outcome.ok:
        return f"error: {outcome.error}"
    assert outcome.path is not None
    where = outcome.path.relative_to(project.root) if outcome.path.is_relative_to(project.root) \
        else outcome.path
    count = outcome.fallbacks
    note = f", {count} message{'' if count == 1 else 's'} printed in English" if count else ""
    return f"built {where} ({outcome.pages} pages{note})"
