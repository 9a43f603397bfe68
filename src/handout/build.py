"""Build: run the pipeline for every selected handout x locale x variant.

The main process plans: it reads each source and catalog once, refuses bad
input (one line each; the rest go on), and gives every PDF a digest of its
inputs (source, catalog, variant, fonts, code, SOURCE_DATE_EPOCH). A PDF whose
digest and file match the manifest, and that is newer than its source and
catalog (touching a catalog rebuilds its PDFs, as make would), is up to date
and left alone. The others
are built by a pool of worker processes (fonts parsed once per worker),
largest first; each is checked before it is written, atomically. Last, the
manifest is written.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from functools import cache
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from .catalog import (
    REVIEW_HEADER,
    REVIEWED,
    UNREVIEWED,
    Translations,
    read_translations,
)
from .epoch import EPOCH_VARIABLE, InputDates
from .errors import CheckError, FontError, HandoutError
from .faces import FontChain, font_chain
from .fonts import FontTable, read_font_table
from .inline import plain_text
from .locales import SOURCE_LOCALE, parse_locale
from .manifest import MANIFEST_NAME, Entry, read_manifest, write_manifest
from .pdf import render_pdf, write_pdf
from .project import CONFIG_NAME, Project, load_project
from .readability import plain_language_grade
from .source import read_handout
from .translate import Document, translate
from .verify import Expected, check_pdf, expected_from

Report = Callable[[str], None]


@dataclass(frozen=True)
class Selection:
    """Which PDFs to build and how; an empty tuple means all."""

    handouts: tuple[str, ...] = ()
    locales: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    strict: bool = False
    check: bool = True
    min_translated: float = 0.0
    jobs: int = 1
    force: bool = False
    shard: tuple[int, int] = (1, 1)  # (K, N): build the K-th of N stable parts


@dataclass(frozen=True)
class Task:
    """One PDF to build."""

    handout: str
    locale: str
    variant: str
    inputs: str  # digest of everything the PDF is made from
    weight: int  # bigger first, so the pool ends together
    epoch: str  # the PDF's date, seconds since 1970 (see `epoch`)
    newest_input: float  # modification time of its newest input file, like make

    @property
    def key(self) -> tuple[str, str, str]:
        return self.handout, self.locale, self.variant


@dataclass(frozen=True)
class Outcome:
    """What happened to one PDF (or, for a failure before any PDF, one input)."""

    label: str
    path: Path | None
    error: str | None = None
    pages: int = 0
    fallbacks: int = 0
    entry: Entry | None = None
    status: str = "built"  # or "up to date", "skipped"; a failure has an error

    @property
    def ok(self) -> bool:
        return self.error is None


def build(project: Project, selection: Selection, report: Report,
          planned: Callable[[int], None] | None = None) -> list[Outcome]:
    """Build the selection; `report` gets one line per PDF built or failed, `planned`
    the number of PDFs about to be built."""
    outcomes: list[Outcome] = []

    def record(outcome: Outcome) -> None:
        outcomes.append(outcome)
        if outcome.status != "up to date" or not outcome.ok:
            report(_describe(outcome, project))

    tasks = _plan(project, selection, record)
    manifest_path = project.output_dir / MANIFEST_NAME
    try:
        previous = read_manifest(manifest_path)
    except HandoutError as error:
        report(f"warning: {error}; rebuilding everything")
        previous = {}
    entries = {key: entry for key, entry in previous.items()
               if (project.output_dir / entry["path"]).is_file()}
    todo = []
    for task in tasks:
        entry = previous.get(task.key)
        pdf = project.output_dir / entry["path"] if entry else None
        if not selection.force and entry is not None and entry["inputs"] == task.inputs \
                and _mtime(pdf) >= task.newest_input and _file_digest(pdf) == entry["sha256"]:
            record(Outcome(" ".join(task.key), project.output_dir / entry["path"],
                           entry=entry, status="up to date"))
        else:
            todo.append(task)
    if planned is not None:
        planned(len(todo))
    # The grade is the handout's, not the PDF's: measured once here (textstat's first call
    # loads its dictionary, half a second), not in every worker, and while they work.
    grader = ThreadPoolExecutor(max_workers=1)
    grades = grader.submit(_reading_grades, project, {task.handout for task in todo})
    grader.shutdown(wait=False)
    for outcome in _run(project, selection, todo):
        if outcome.entry is not None:
            grade = grades.result().get(outcome.entry["handout"])
            outcome.entry["reading_grade"] = None if grade is None else round(grade, 1)
            entries[_key_of(outcome.entry)] = outcome.entry
        record(outcome)
    if tasks or previous:
        try:
            write_manifest(manifest_path, entries.values())
        except HandoutError as error:
            record(Outcome("manifest", manifest_path, str(error)))
    return outcomes


def _key_of(entry: Entry) -> tuple[str, str, str]:
    return entry["handout"], entry["locale"], entry["variant"]


def _plan(project: Project, selection: Selection, record: Callable[[Outcome], None]
          ) -> list[Task]:
    """Every PDF to consider, with the digest of its inputs; bad input is recorded."""
    try:
        variants = [project.variant(name) for name in selection.variants] or list(project.variants)
        handouts = selection.handouts or project.handout_names()
        requested = _requested_locales(selection.locales, record)
    except HandoutError as error:
        record(Outcome("build", None, str(error)))
        return []
    if not handouts:
        record(Outcome("build", None, f"no handouts in {project.handouts_dir}"))
    dates = InputDates(project.root)
    try:  # one error for a broken font table, not one per PDF
        fonts = read_font_table(project.fonts_dir)
    except HandoutError as error:
        record(Outcome("build", None, str(error)))
        return []
    shared = _digest(_code_digest(), str(selection.check))
    tasks = []
    for name in handouts:
        try:
            source = project.source_path(name)
            read_handout(source)
            source_bytes = source.read_bytes()
        except (HandoutError, OSError) as error:
            record(Outcome(name, None, str(error)))
            continue
        for locale in requested if requested is not None else _all_locales(project, name, record):
            try:
                translations = _translations(project, name, locale)
            except HandoutError as error:
                record(Outcome(f"{name} {locale}", None, str(error)))
                continue
            stats = translations.stats
            if translations.path is not None and \
                    stats.percent_translated < selection.min_translated:
                record(Outcome(f"skipped {name} {locale}: {stats.percent_translated:.0f}% "
                               f"translated, below --min-translated "
                               f"{selection.min_translated:g}", None, status="skipped"))
                continue
            catalog_bytes = translations.path.read_bytes() if translations.path else b""
            newest = max(_mtime(source), _mtime(translations.path),
                         _mtime(project.root / CONFIG_NAME), *map(_mtime, fonts.tables))
            fonts_digest = _fonts_digest(fonts, locale)
            epoch = dates.epoch([source, project.root / CONFIG_NAME,
                                 *([translations.path] if translations.path else [])])
            for variant in variants:
                inputs = _digest(shared, fonts_digest, epoch, source_bytes.hex(),
                                 catalog_bytes.hex(), repr(variant))
                weight = len(catalog_bytes or source_bytes) * (2 if variant.text == "full"
                                                                 else 1)
                tasks.append(Task(name, locale, variant.name, inputs, weight, epoch, newest))
    return [task for task in tasks if _in_shard(task, selection.shard)]


def _reading_grades(project: Project, handouts: set[str]) -> dict[str, float]:
    """The reading grade of each handout that reads (one that does not fails its PDFs, with
    its error, in the workers)."""
    grades = {}
    for name in handouts:
        try:
            grades[name] = plain_language_grade(read_handout(project.source_path(name)))
        except HandoutError:
            continue
    return grades


def _in_shard(task: Task, shard: tuple[int, int]) -> bool:
    number, count = shard
    position = int(hashlib.sha256("/".join(task.key).encode()).hexdigest(), 16) % count
    return position == number - 1


def _run(project: Project, selection: Selection, tasks: list[Task]) -> list[Outcome]:
    """Build the tasks, biggest first, in a pool of processes when there is more than one."""
    tasks = sorted(tasks, key=lambda task: -task.weight)
    jobs = max(1, min(selection.jobs, len(tasks)))
    if jobs == 1:
        return [_build_task(project.root, task, selection) for task in tasks]
    outcomes = []
    # Not forked from this process: the PDF/UA checker runs threads of its own, which a
    # fork would copy half-locked. A fork server that has imported the pipeline (and run
    # nothing) starts workers quickly and safely.
    context = get_context("forkserver")
    context.set_forkserver_preload([__name__])
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = [pool.submit(_build_task, project.root, task, selection) for task in tasks]
        for future in as_completed(futures):
            outcomes.append(future.result())
    return outcomes


@cache
def _cached_project(root: Path) -> Project:
    return load_project(root)


def _build_task(root: Path, task: Task, selection: Selection) -> Outcome:
    """Build one PDF (in a worker process, or in this one)."""
    project = _cached_project(root)
    # A worker's environment is the fork server's, which may predate the build's.
    os.environ[EPOCH_VARIABLE] = task.epoch  # read by ReportLab for the PDF's dates
    variant = project.variant(task.variant)
    path = project.pdf_path(task.handout, task.locale, variant)
    label = " ".join(task.key)
    try:
        handout = read_handout(project.source_path(task.handout))
        translations = _translations(project, task.handout, task.locale)
        chain = font_chain(read_font_table(project.fonts_dir), task.locale)
        document = translate(handout, translations, variant)
        preflight(document, chain)
        if selection.strict and not translations.reviewed:
            raise CheckError(f"--strict: the catalog is not reviewed ({REVIEW_HEADER}: "
                             f"{UNREVIEWED}); set '{REVIEW_HEADER}: {REVIEWED}' once a "
                             "qualified medical translator has checked it", translations.path)
        if selection.strict and document.fallbacks:
            raise CheckError(f"--strict: {len(document.fallbacks)} messages are untranslated "
                             "or fuzzy", translations.path)
        rendered = render_pdf(document, chain)
        checks: dict[str, Any] = {"pdfua": "skipped", "notices": "skipped", "text": "skipped"}
        if selection.check:
            report = check_pdf(rendered.data, expected_from(document))
            found = report.problems()
            if found:
                raise CheckError(f"built PDF fails its checks: {'; '.join(found)}", path)
            checks = {"pdfua": "pass", "notices": "pass", "text": "pass",
                      "smallest_size": round(report.smallest_size, 2)}
        write_pdf(path, rendered.data)
    except HandoutError as error:
        return Outcome(label, path, str(error))
    entry = {
        "handout": task.handout, "locale": task.locale, "variant": task.variant,
        "path": path.relative_to(project.output_dir).as_posix(),
        "bytes": len(rendered.data), "pages": rendered.pages,
        "sha256": hashlib.sha256(rendered.data).hexdigest(), "inputs": task.inputs,
        "translated_percent": round(translations.stats.percent_translated, 1),
        "reviewed": translations.reviewed,
        "checks": checks,
    }
    return Outcome(label, path, pages=rendered.pages, fallbacks=len(document.fallbacks),
                   entry=entry)


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


def _digest(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()


@cache
def _code_digest() -> str:
    """Digest of this package's code: a new version of the tool rebuilds everything."""
    package = Path(__file__).parent
    return _digest(*(path.read_text(encoding="utf-8")
                     for path in sorted(package.glob("*.py"))))


def _fonts_digest(fonts: FontTable, locale: str) -> str:
    """Digest of the font tables and of the files of the faces `locale` uses."""
    faces = [fonts.faces[name] for name in fonts.chain_names(locale)]
    files = [*fonts.tables, *(path for face in faces for path in face.paths)]
    return _digest(*(f"{path.name}:{_stable_file_digest(path)}" for path in files),
                   repr([(face.subfont, face.line_height) for face in faces]))


def _mtime(path: Path | None) -> float:
    try:
        return path.stat().st_mtime if path is not None else 0.0
    except OSError:
        return 0.0


@cache
def _stable_file_digest(path: Path) -> str:
    """The digest of a file that does not change during a build (a font)."""
    return _file_digest(path)


def _file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def _describe(outcome: Outcome, project: Project) -> str:
    if not outcome.ok:
        return f"error: {outcome.error}"
    if outcome.status == "skipped":
        return outcome.label
    where = outcome.path.relative_to(project.root) if outcome.path.is_relative_to(project.root) \
        else outcome.path
    count = outcome.fallbacks
    note = f", {count} message{'' if count == 1 else 's'} printed in English" if count else ""
    return f"built {where} ({outcome.pages} pages{note})"
