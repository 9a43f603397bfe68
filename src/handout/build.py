"""Build: run the pipeline for every planned PDF, check each, write each, keep the manifest.

Tasks run in a pool of worker processes (fonts parsed once per worker),
largest first, each checked before it is written, atomically. Any failure of
one PDF, a bug included, is one line naming handout, locale and variant (the
traceback under ``--verbose``); the other PDFs are built, also when a worker
process dies (`_outcomes`), and the manifest is written last, always, listing
what is in output/ (left as it is when it lists that already). A PDF the plan
skips (``--min-translated``) or refuses (``--strict``), whose inputs changed and
whose rebuild fails, or that the project no longer makes (its handout, locale or variant
taken out: `Project.pdf_keys`), is taken out of output/ and of the manifest, so nothing
stale is left looking current. A shard's manifest (``--shard K/N``) lists its part's PDFs
alone, for `handout merge-manifests` to join.
Two builds of one project take turns (a lock on output/), so neither loses the other's
manifest entries; `handout check` of output/ holds the lock to read, so that a build waits
for it and it for a build.
"""

from __future__ import annotations

import hashlib
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from .catalog import Translations, load_translations, notice_ids, wanted_keys
from .catalog.reading import PRINTED_IN_ENGLISH
from .epoch import dated
from .errors import HandoutError, OutputError, PhoneCutError, plural
from .files import check_writable, file_sha256, folder_locked, write_atomic
from .fonts import FontTable, read_font_table
from .locales import SOURCE_LOCALE
from .manifest import (
    MANIFEST_NAME,
    ManifestEntry,
    PdfKey,
    entry_key,
    read_manifest,
    write_manifest,
)
from .plan import (
    Refusal,
    Selection,
    Status,
    Task,
    in_shard,
    is_up_to_date,
    keep_pdf_digest,
    plan,
)
from .project import Project, load_project
from .readability import Grade, forget_english_dictionary, reading_grade
from .source import read_handout
from .workers import (
    BUILD_PDFS_PER_WORKER,
    WORKER_DIED,
    build_worker_modules,
    collect_between_pdfs,
    in_workers,
    start_build_fork_server,
    worker_count,
)

# The document's model, the rule book and what translates a document are imported by the
# functions that make a PDF (`_build`, `_grade`, `document_for`, `describe`), not with the
# build: a rebuild with nothing to do makes none, and the workers' fork server imports
# them for the workers (`workers.build_worker_modules`).
if TYPE_CHECKING:
    from .document import Document, Fallback
    from .source import Handout

# At least this many batches of tasks per worker (`_batches`).
_BATCHES_PER_WORKER = 4

__all__ = ["Outcome", "Selection", "Status", "build"]

Report = Callable[[str], None]


@dataclass(frozen=True)
class Outcome:
    """What happened to one PDF (or, for a failure before any PDF, to one input)."""

    label: str
    status: Status
    path: Path | None = None
    message: str = ""
    pages: int = 0
    fallbacks: tuple[Fallback, ...] = ()
    entry: ManifestEntry | None = None
    details: str = ""  # a traceback, for --verbose
    # The PDFs of this build (its shard's) it stands for: one, or a refused input's (a
    # catalog's: its locale's), or none (a failure of the build as a whole, such as an
    # unknown locale).
    pdfs: int = 1

    @property
    def ok(self) -> bool:
        return self.status is not Status.FAILED


@dataclass
class _Run:
    project: Project
    report: Report
    verbose: bool
    outcomes: list[Outcome] = field(default_factory=list)
    # The lines printed, each once: a catalog line no font can draw fails each of its
    # locale's PDFs with the same message.
    said: set[str] = field(default_factory=set)

    def record(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)
        for line in describe(outcome, self.project, self.verbose):
            if line not in self.said:
                self.said.add(line)
                self.report(line)


def build(
    project: Project,
    selection: Selection,
    report: Report,
    planned: Callable[[int], None] | None = None,
    verbose: bool = False,
) -> list[Outcome]:
    """Build the selection; `report` gets the lines to print, `planned` the number of PDFs
    about to be built. KeyboardInterrupt is re-raised once the manifest is written."""
    run = _Run(project, report, verbose)
    stale: list[PdfKey] = []

    def refused(refusal: Refusal) -> None:
        stale.extend(refusal.stale)
        run.record(
            Outcome(refusal.label, refusal.status, message=refusal.message, pdfs=refusal.pdfs)
        )

    start_build_fork_server(selection.force, selection.jobs, selection.check)
    # The plan reads the font table the PDFs made here use (5 ms of CPU, each face's file
    # opened to see it is a font).
    inputs = _BuildInputs(project)
    tasks = plan(
        project,
        selection,
        refused,
        lambda message: report(f"warning: {message}"),
        lambda: inputs.fonts,
    )
    with folder_locked(
        project.output_dir,
        lambda: report(
            f"waiting for another build, or a check, of {project.relative(project.output_dir)}"
        ),
    ):
        _build_tasks(run, selection, inputs, tasks, stale, planned)
    return run.outcomes


def _build_tasks(
    run: _Run,
    selection: Selection,
    inputs: _BuildInputs,
    tasks: list[Task],
    stale: list[PdfKey],
    planned: Callable[[int], None] | None,
) -> None:
    """Build the planned tasks not up to date in the manifest, take the `stale` PDFs out,
    and write the manifest (also when stopped part way)."""
    project, report = run.project, run.report
    manifest_path = project.output_dir / MANIFEST_NAME
    try:
        previous: dict[PdfKey, ManifestEntry] | None = read_manifest(manifest_path)
    except HandoutError as error:
        report(f"warning: {error.relative_to(project.root)}; rebuilding everything")
        previous = None
    entries = {
        key: entry
        for key, entry in (previous or {}).items()
        if (project.output_dir / entry["path"]).is_file()
    }
    todo: list[Task] = []
    made: set[PdfKey] = set()
    writable = True  # output/ can hold files: a manifest too
    try:  # from the first PDF taken out: a stop after it (Ctrl-C) writes a manifest too
        _remove(entries, stale, run, "skipped or refused (see above)")
        try:
            made_here = set(project.pdf_keys())
        except HandoutError:  # a name the project refuses (the plan named it): nothing retired
            made_here = set(entries)
        _remove(
            entries,
            [key for key in entries if key not in made_here],
            run,
            "its handout, locale or variant is no longer in the project",
        )
        for task in tasks:
            entry = entries.get(task.key)
            if (
                not selection.force
                and entry is not None
                and is_up_to_date(
                    task, project.output_dir / entry["path"], entry["inputs"], entry["sha256"]
                )
            ):
                run.outcomes.append(
                    Outcome(
                        task.label,
                        Status.UP_TO_DATE,
                        project.output_dir / entry["path"],
                        entry=entry,
                    )
                )
            else:
                todo.append(task)
        if todo:
            try:
                check_writable(project.output_dir)
            except OutputError as error:  # its line alone, not the manifest's too
                writable = False
                run.record(
                    Outcome(
                        "output",
                        Status.FAILED,
                        message=str(error.relative_to(project.root)),
                        pdfs=len(todo),
                    )
                )
                return
        if planned is not None:
            planned(len(todo))
        for outcome in _outcomes(inputs, selection, todo):
            if outcome.entry is not None:
                made.add(entry_key(outcome.entry))
                entries[entry_key(outcome.entry)] = outcome.entry
            run.record(outcome)
        outdated = [  # a failed rebuild of a PDF whose inputs changed (not one --force
            task.key  # redid), or that the manifest does not list
            for task in todo
            if task.key not in made
            and (task.key not in entries or entries[task.key]["inputs"] != task.inputs)
        ]
        _remove(entries, outdated, run, "built from earlier inputs")
    finally:  # also on Ctrl-C, and for a shard with nothing to build: always a manifest
        _drop_replaced(entries, [task.key for task in todo if task.key not in made], run)
        # A shard's manifest lists its own part's PDFs: built one after the other into one
        # folder, a shard's listed those of the shards before it too, which
        # merge-manifests took for shards overlapping. Theirs stay in output/, unlisted.
        listed = {key: entry for key, entry in entries.items() if in_shard(key, selection.shard)}
        try:  # a manifest that lists them all already is left as it is
            if writable and (listed != previous or not manifest_path.is_file()):
                write_manifest(manifest_path, listed.values())
        except HandoutError as error:
            run.record(
                Outcome(
                    "manifest", Status.FAILED, message=str(error.relative_to(project.root)), pdfs=0
                )
            )


def _remove(
    entries: dict[PdfKey, ManifestEntry], keys: list[PdfKey], run: _Run, reason: str
) -> None:
    """Take the PDFs of `keys` out of output/ and the manifest, one line each saying so
    and why (a PDF skipped or refused, or whose rebuild failed: kept, it would look
    current; one written as the build stopped: `_drop_replaced`), and the folders left
    empty. A PDF the manifest does not list is taken out
    of output/ too, where it is (the manifest deleted, or lost with a CI cache)."""
    for key in keys:
        entry = entries.get(key)
        path = _pdf_file(run.project, key, entry)
        if entry is None and not path.is_file():
            continue
        try:
            path.unlink(missing_ok=True)
        except OSError:  # it stays listed: the entry is still true of the file
            continue
        entries.pop(key, None)
        run.report(f"removed {run.project.relative(path)}: {reason}")
        for folder in (path.parent, path.parent.parent):  # the locale's, the handout's
            try:
                if folder == run.project.output_dir or any(folder.iterdir()):
                    break
                folder.rmdir()
            except OSError:  # not ours to tidy, or tidied by another
                break


def _pdf_file(project: Project, key: PdfKey, entry: ManifestEntry | None) -> Path:
    """Where the PDF of `key` is: as its manifest entry says, else where a build writes it."""
    return project.pdf_path(*key) if entry is None else project.output_dir / entry["path"]


def _drop_replaced(
    entries: dict[PdfKey, ManifestEntry], unreported: list[PdfKey], run: _Run
) -> None:
    """Take out of output/ and the manifest, one line each (`_remove`), the PDFs a worker
    wrote without its report reaching the build (stopped part way: the new PDF written,
    the process ended before it said so): the manifest named the old PDF's digest and
    inputs for the new file, and a PDF it did not list stayed, whole, unlisted. The next
    build makes them again."""
    replaced = [
        key
        for key in unreported
        if (entry := entries.get(key)) is None
        or file_sha256(_pdf_file(run.project, key, entry)) != entry["sha256"]
    ]
    _remove(
        entries,
        replaced,
        run,
        "written as the build stopped, not recorded; the next build makes it again",
    )


def _outcomes(inputs: _BuildInputs, selection: Selection, tasks: list[Task]) -> Iterator[Outcome]:
    """Build the tasks in batches (`_batches`), in a pool of processes when there is work
    enough for one (`workers.worker_count`), else here, one batch after the other. A
    worker that dies costs only the PDF it was building (`workers.in_workers`)."""
    tasks = sorted(tasks, key=lambda task: -task.weight)
    jobs = worker_count(selection.jobs, len(tasks), BUILD_PDFS_PER_WORKER)
    if jobs == 1:
        yield from _one_after_another(
            inputs, selection, [task for batch in _batches(tasks, jobs) for task in batch]
        )
        return
    yield from in_workers(
        partial(_build_batch, inputs.project.root, selection),
        tasks,
        jobs,
        build_worker_modules(selection.check),
        lambda task: Outcome(
            task.label,
            Status.FAILED,
            message=f"{task.label}: the worker building it stopped ({WORKER_DIED})",
        ),
        lambda tasks: _batches(tasks, jobs),
    )


def _batches(tasks: list[Task], jobs: int) -> list[list[Task]]:
    """The tasks in batches for the workers, the source locale's first, then the biggest
    first: each batch is of one locale (a worker then shapes a word once for both sizes
    and every handout: 22 PDFs built in a tenth less time), and at most a
    `_BATCHES_PER_WORKER`th of a worker's share, so the workers still end together. The
    source locale's batches come first because the first English reading grade a
    machine measures loads textstat's pronouncing dictionary (0.8 s): left to the end,
    as the smallest batch, it held one worker while the other stood idle."""
    size = max(1, len(tasks) // (jobs * _BATCHES_PER_WORKER))
    by_locale: dict[str, list[Task]] = {}
    for task in tasks:
        by_locale.setdefault(task.locale, []).append(task)
    batches = [
        group[start : start + size]
        for group in by_locale.values()
        for start in range(0, len(group), size)
    ]
    return sorted(
        batches,
        key=lambda batch: (batch[0].locale != SOURCE_LOCALE, -sum(task.weight for task in batch)),
    )


def _build_batch(root: Path, selection: Selection, batch: list[Task]) -> list[Outcome]:
    """Build a batch of tasks in a worker, one after the other."""
    return list(_one_after_another(root, selection, batch))


def _one_after_another(
    source: _BuildInputs | Path, selection: Selection, tasks: list[Task]
) -> Iterator[Outcome]:
    """Build the tasks in this process, one after the other (`_build_task`), the young
    cycles collected between two PDFs (`workers.collect_between_pdfs`): not after the
    last, which a process that builds one PDF would pay for and not gain from. The
    English reading grades' dictionary is let go once the last PDF of the source locale
    is built (`forget_english_dictionary`): a locale's PDFs come together (`_batches`),
    so that no later one of these grades English. The fonts are let go as the next locale
    starts, and made again if it draws with them: ReportLab's (`faces.let_go_of_fonts`),
    but for those of the source locale's PDFs, which most bilingual PDFs set their
    English in, kept as the shaping caches keep the source's runs (let go as well, they
    were parsed again for each locale: 106 faces parsed for the 95 shipped PDFs, 45 so,
    31 with none let go), and HarfBuzz's copies of the font files
    (`forget_harfbuzz_fonts`)."""
    last_in_english = max(
        (number for number, task in enumerate(tasks) if task.locale == SOURCE_LOCALE),
        default=None,
    )
    kept_fonts: frozenset[str] = frozenset()
    for number, task in enumerate(tasks):
        if number:
            collect_between_pdfs()
        yield _build_task(source, task, selection)
        if number == last_in_english:
            forget_english_dictionary()
            from .faces import registered_fonts  # see workers.build_worker_modules

            kept_fonts = registered_fonts()
        if number + 1 < len(tasks) and tasks[number + 1].locale != task.locale:
            from .faces import let_go_of_fonts
            from .text.shaping import forget_harfbuzz_fonts

            let_go_of_fonts(kept_fonts)
            forget_harfbuzz_fonts()


class _BuildInputs:
    """What the PDFs of one build read, each read once for all of them: the project, its
    font table, each handout's source and each locale's catalogs, and the share of a
    handout's messages each locale prints translated."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._sources: dict[str, Handout] = {}
        self._translations: dict[tuple[str, str], Translations] = {}
        self._wanted: dict[str, frozenset[tuple[str, str | None]]] = {}
        self._percent: dict[tuple[str, str], float] = {}

    @cached_property
    def fonts(self) -> FontTable:
        return read_font_table(self.project.fonts_dir)

    def translations(self, handout: str, locale: str) -> Translations:
        key = (handout, locale)
        if key not in self._translations:
            self._translations[key] = load_translations(self.project, handout, locale)
        return self._translations[key]

    def source(self, handout: str) -> Handout:
        if handout not in self._sources:
            self._sources[handout] = read_handout(self.project.source_path(handout))
        return self._sources[handout]

    @cached_property
    def labels(self) -> frozenset[tuple[str, str | None]]:
        """The (msgid, msgctxt) of each message of the interface catalogs, which every PDF
        prints (`wanted_keys`)."""
        return wanted_keys(self.project, None)

    def wanted(self, handout: str) -> frozenset[tuple[str, str | None]]:
        """The (msgid, msgctxt) of each message the handout's catalogs should hold
        (`wanted_keys`), for every PDF of the handout."""
        if handout not in self._wanted:
            self._wanted[handout] = wanted_keys(self.project, self.source(handout))
        return self._wanted[handout]

    def translated_percent(self, handout: str, locale: str) -> float:
        """The share of the handout's messages its PDFs in `locale` print translated (the
        handout catalog's `stats`, which judges every message by the rule book): one for
        all the locale's variants."""
        key = (handout, locale)
        if key not in self._percent:
            translations = self.translations(handout, locale)
            stats = translations.stats(
                self.wanted(handout), notice_ids(self.source(handout)), self.labels
            )
            self._percent[key] = stats.percent_shown
        return self._percent[key]

    def document(self, handout: str, locale: str, variant: str) -> Document:
        return document_for(
            self.project,
            handout,
            locale,
            variant,
            self.translations(handout, locale),
            self.source(handout),
        )


@cache
def _worker_inputs(root: Path) -> _BuildInputs:
    """A worker process serves one build: it reads the project once."""
    return _BuildInputs(load_project(root))


def _build_task(source: _BuildInputs | Path, task: Task, selection: Selection) -> Outcome:
    """Build one PDF, in this process (`source`: the build's inputs) or in a worker
    (`source`: the project's root); every failure is an Outcome."""
    root = source.project.root if isinstance(source, _BuildInputs) else source
    try:
        inputs = source if isinstance(source, _BuildInputs) else _worker_inputs(source)
        return _build(inputs, task, selection)
    except HandoutError as error:
        where = "" if error.path else f"{task.label}: "  # a file's name says the PDF's inputs
        return Outcome(task.label, Status.FAILED, message=where + str(error.relative_to(root)))
    except Exception as error:  # a bug: one line here, the traceback under --verbose
        return Outcome(
            task.label,
            Status.FAILED,
            message=f"{task.label}: internal error: {type(error).__name__}: {error} "
            "(a bug: --verbose shows where; please report it)",
            details=traceback.format_exc(),
        )


def _build(inputs: _BuildInputs, task: Task, selection: Selection) -> Outcome:
    from .faces import font_chain  # see workers.build_worker_modules
    from .pdf.render import render_pdf
    from .rules import refuse_unreadable

    project = inputs.project
    variant = project.variant(task.variant)
    path = project.pdf_path(task.handout, task.locale, variant)
    translations = inputs.translations(task.handout, task.locale)
    document = inputs.document(task.handout, task.locale, variant.name)
    refuse_unreadable(document.printed_texts(), task.locale)  # before any font is looked for
    chain = font_chain(inputs.fonts, task.locale)
    chain.preflight(document.printed_texts(), task.locale)
    try:
        with dated(task.epoch):
            rendered = render_pdf(document, chain)
    except PhoneCutError as error:  # the clinic's, named at its line, where it is fixed
        raise project.phone_cut_at_setting(error, variant.name) from None
    checks: dict[str, str | float] = dict.fromkeys(
        ("pdfua", "notices", "text", "links", "ink"), "skipped"
    )
    if selection.check:
        from .verify import check_pdf, expected_from

        report = check_pdf(rendered.data, expected_from(document))
        found = report.problems()
        if found:
            raise OutputError(
                f"built PDF fails its checks: {'; '.join(found)}", project.relative(path)
            )
        checks = {**dict.fromkeys(checks, "pass"), "smallest_size": round(report.smallest_size, 2)}
    write_atomic(path, rendered.data, durable=False)  # its digest is in the manifest
    sha256 = hashlib.sha256(rendered.data).hexdigest()
    keep_pdf_digest(path, sha256)
    grade = _grade(document, project.locale(task.locale).language)
    entry: ManifestEntry = {
        "handout": task.handout,
        "locale": task.locale,
        "variant": task.variant,
        "path": path.relative_to(project.output_dir).as_posix(),
        "bytes": len(rendered.data),
        "pages": rendered.pages,
        "sha256": sha256,
        "inputs": task.inputs,
        "translated_percent": inputs.translated_percent(task.handout, task.locale),
        "reviewed": translations.reviewed,
        "reading_grade": grade.value if grade else None,
        "reading_formula": grade.formula if grade else None,
        "checks": checks,  # type: ignore[typeddict-item]
        "printed_in_english": {
            printed.value: sum(fallback.printed is printed for fallback in document.fallbacks)
            for printed in PRINTED_IN_ENGLISH
        },
    }
    return Outcome(
        task.label,
        Status.BUILT,
        path,
        pages=rendered.pages,
        fallbacks=document.fallbacks,
        entry=entry,
    )


def _grade(document: Document, language: str) -> Grade | None:
    """The reading grade of the document's own text (its notices and citation left out),
    where its language has a formula; from the user cache, most builds."""
    from .source import Section

    body = [
        passage.markdown
        for block in document.blocks
        for passage in block.passages
        if block.section not in (Section.NOTICES, Section.SOURCE)
    ]
    return reading_grade(body, language)


def document_for(
    project: Project,
    handout: str,
    locale: str,
    variant: str,
    translations: Translations | None = None,
    source: Handout | None = None,
) -> Document:
    """The document a PDF prints, from today's source, catalogs and settings (those
    given, else read now)."""
    from .translate import translate

    translations = translations or load_translations(project, handout, locale)
    return translate(
        source or read_handout(project.source_path(handout)),
        translations,
        project.variant(variant),
        project,
        project.locale(locale),
    )


def describe(outcome: Outcome, project: Project, verbose: bool = False) -> list[str]:
    """The lines a build prints for one outcome."""
    if outcome.status is Status.UP_TO_DATE:
        return []
    if outcome.status is Status.FAILED:
        lines = [f"error: {outcome.message}"]
        return lines + ([outcome.details.rstrip()] if verbose and outcome.details else [])
    if outcome.status is Status.SKIPPED:
        return [f"skipped {outcome.label}"]
    assert outcome.path is not None
    from .rules import refusal

    count = len(outcome.fallbacks)
    note = f", {plural(count, 'message')} printed in English" if count else ""
    lines = [f"built {project.relative(outcome.path)} ({plural(outcome.pages, 'page')}{note})"]
    for fallback in outcome.fallbacks:
        if fallback.refused is not None:  # refused by the rules
            lines.append(
                f"warning: {project.relative(fallback.refused.path)}:{fallback.refused.line}: "
                f"printed in English: {refusal(fallback.errors)}"
            )
    return lines
