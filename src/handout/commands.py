"""What each command of the command line does, given its project and parsed arguments.

Each returns the exit status; known problems are raised as `HandoutError` and
printed by `cli.main` as one line.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shlex
import sys
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from .build import Outcome, build
from .catalog import (
    GRADE_TARGET,
    FileStatus,
    extract,
    init_locale,
    load_translations,
    missing_catalog,
    notice_ids,
    project_stats,
    update,
    wanted_keys,
)
from .errors import HandoutError, plural
from .files import folder_locked
from .fonts import read_font_table
from .locales import SOURCE_LOCALE
from .manifest import MANIFEST_NAME, entry_key, merge_manifests, write_manifest
from .newproject import WORKFLOW, enclosing_repository, new_project
from .plan import Selection, Status
from .project import INTERFACE_DOMAIN, Project, load_project
from .source import checked_source, no_source, read_handout

# The rule book's findings and the messages (with the source's model) are imported by
# `lint`, which uses them, not with the commands: `build`, which plans from the user
# cache, imports this module too.
if TYPE_CHECKING:
    from .check import Manifest
    from .source import Handout


def new_command(args: argparse.Namespace) -> int:
    for path in new_project(args.folder):
        print(f"wrote {path}")
    repository = enclosing_repository(args.folder)
    if repository is not None:
        workflow = args.folder / WORKFLOW
        print(
            f"warning: {workflow}: {args.folder} is inside the git repository {repository}, "
            f"whose workflows GitHub runs only from {repository / '.github' / 'workflows'}: "
            f"move it there and run its steps in {args.folder} (working-directory)",
            file=sys.stderr,
        )
    print(f"next: cd {shlex.quote(str(args.folder))} && handout build")  # as typed in a shell
    return 0


def _handouts(project: Project, args: argparse.Namespace) -> list[str]:
    """The handouts named (each once), else all; a name without a source is an error
    (lint and compile, which read only catalogs, said nothing of one)."""
    names = list(dict.fromkeys(args.handout)) or list(project.handout_names())
    if not names:
        raise HandoutError("no handouts here", project.relative(project.handouts_dir))
    for name in names:
        if not project.source_path(name).is_file():
            raise no_source(project.source_path(name)).relative_to(project.root)
    return names


def _locales(project: Project, args: argparse.Namespace) -> list[str]:
    """The locales named (each once: 'es' and 'ES' are one, as for the build, and lint
    printed each of its findings twice), else every one with a catalog."""
    named = dict.fromkeys(project.resolve_locale(code) for code in args.locale)
    return list(named) or list(project.translated_locales())


def extract_command(project: Project, args: argparse.Namespace) -> int:
    return _print_files(project, extract(project, _handouts(project, args)))


def init_command(project: Project, args: argparse.Namespace) -> int:
    locale = project.resolve_locale(args.locale, "init")
    kin = project.kin_locales(locale) if locale not in project.translated_locales() else []
    if kin:  # made all the same: 'zh_TW' beside 'zh_Hant' may be meant (Taiwan's usage)
        print(
            f"warning: the project has {', '.join(kin)} of this language already: "
            f"'{locale}' is a second translation beside it (delete "
            f"{project.relative(project.locales_dir / locale).as_posix()} if {kin[0]} was meant)",
            file=sys.stderr,
        )
    for path, status in init_locale(project, locale, _handouts(project, args)):
        word = "created" if status is FileStatus.CREATED else "exists"
        print(f"{word} {project.relative(path)}")
    return 0


def update_command(project: Project, args: argparse.Namespace) -> int:
    """Write the templates from the sources (`extract`), then update the locales that
    have catalogs: update alone merged the templates of the last extract, so a sentence
    the writer had changed since stayed as it was ("unchanged"), and lint's advice,
    "run 'handout update'", went round in a circle. A locale named that has no catalogs
    is refused (it made a new, empty locale: 'zh_TW' beside the project's 'zh_Hant'),
    `init` makes one."""
    locales = _locales(project, args)
    have = {folder.name for folder in project.locale_folders()}
    for locale in locales:
        if locale not in have:
            kin = project.kin_locales(locale)
            hint = f" (the project has {', '.join(kin)})" if kin else ""
            raise HandoutError(
                f"locale {locale!r} has no catalogs to update{hint}; "
                f"'handout init {locale}' creates them",
                project.relative(project.locales_dir),
            )
    handouts = _handouts(project, args)
    extracted = _print_files(project, extract(project, handouts))
    return _print_files(project, update(project, locales, handouts)) or extracted


def _print_files(project: Project, done: list[tuple[Path, FileStatus | HandoutError]]) -> int:
    """Print what became of each file, an error as one line; 1 if any failed."""
    failed = 0
    for path, status in done:
        if isinstance(status, HandoutError):
            print(f"error: {status.relative_to(project.root)}", file=sys.stderr)
            failed += 1
        else:
            print(f"{status} {project.relative(path)}")
    return 1 if failed else 0


def build_command(project: Project, args: argparse.Namespace) -> int:
    selection = Selection(
        tuple(args.handout),
        tuple(args.locale),
        tuple(args.variant),
        strict=args.strict,
        check=args.check,
        min_translated=args.min_translated,
        jobs=args.jobs,
        force=args.force,
        shard=args.shard,
    )
    started = time.perf_counter()
    if sys.stdout.isatty() and not os.environ.get("CI"):
        outcomes = _build_with_progress_bar(project, selection, args.verbose)
    else:
        outcomes = build(project, selection, _report, verbose=args.verbose)
    # A build stopped part way (Ctrl-C) has its own line (`cli.main`) and no summary:
    # it said "0 PDFs built" after each PDF it had built was named on its line.
    counts = Counter(outcome.status for outcome in outcomes)
    failed = [outcome.pdfs for outcome in outcomes if outcome.status is Status.FAILED]
    errors = failed.count(0)  # failures of no PDF of their own (an unknown locale)
    also = f", {plural(errors, 'error')}" if errors else ""
    _report(
        f"{plural(counts[Status.BUILT], 'PDF')} built, "
        f"{counts[Status.UP_TO_DATE]} up to date, "
        f"{plural(counts[Status.SKIPPED], 'locale')} skipped, "
        f"{sum(failed)} failed{also} "
        f"({time.perf_counter() - started:.2f} s)"
    )
    return 1 if any(not outcome.ok for outcome in outcomes) else 0


def _report(line: str) -> None:
    """Print one of a build's lines (errors and warnings to stderr). A reader that went away
    (`handout build | head -1`) costs the rest of the lines, not the build: its PDFs are
    what it is for, so it goes on to the end, writes the manifest and exits as it went."""
    to_stderr = line.startswith(("error:", "warning:"))
    try:
        print(line, file=sys.stderr if to_stderr else sys.stdout, flush=True)
    except BrokenPipeError:
        lost = open(os.devnull, "w")  # noqa: SIM115 (kept to the process's end)
        if to_stderr:
            sys.stderr = lost
        else:
            sys.stdout = lost


def _build_with_progress_bar(
    project: Project, selection: Selection, verbose: bool
) -> list[Outcome]:
    """On a terminal: the same lines, above a progress bar (rich)."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        transient=True,
    ) as progress:
        bar = progress.add_task("building PDFs", total=None)

        def report(line: str) -> None:
            if line.startswith(("error:", "warning:")):
                print(line, file=sys.stderr)
            else:
                progress.console.print(line, markup=False, highlight=False)
            if line.startswith(("built", "error:")):
                progress.advance(bar)

        return build(
            project,
            selection,
            report,
            verbose=verbose,
            planned=lambda total: progress.update(bar, total=total),
        )


def stats_command(project: Project, args: argparse.Namespace) -> int:
    rows = project_stats(project, _handouts(project, args))
    # A source or catalog that cannot be read is said on stderr, as every command says an
    # error (the table and the JSON on stdout stay whole), is marked in its row, and fails
    # the command (as it fails lint and the build): CI must not take it for progress.
    errors = [
        error
        for row in rows
        for error in (row.error, *(item.error for item in row.locales))
        if error is not None
    ]
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    failed = 1 if errors else 0
    if args.json:
        print(json.dumps([asdict(row) for row in rows], indent=2, ensure_ascii=False))
        return failed
    for row in rows:
        if row.error:
            print(f"{row.handout}: not counted: its source cannot be read")
            continue
        value = row.reading_grade
        verdict = (
            "ok"
            if value is not None and value <= GRADE_TARGET
            else f"above the {GRADE_TARGET:g} target"
        )
        if row.handout == INTERFACE_DOMAIN:
            print(f"{INTERFACE_DOMAIN}: the labels every PDF prints")
        else:
            print(
                f"{row.handout}: plain-language English reading grade (Flesch-Kincaid) "
                f"{value} ({verdict})"
            )
        print(
            f"  {'locale':<10} {'translated':>10} {'fuzzy':>6} {'untranslated':>12} "
            f"{'refused':>7} {'memory':>6} {'%':>6}  review"
        )
        for item in row.locales:
            if item.error:
                why = (
                    "its catalog cannot be read"
                    if project.has_catalog(row.handout, item.locale)
                    else "no catalog for this handout yet"
                )
                print(f"  {item.locale:<10} not counted: {why}")
                continue
            print(
                f"  {item.locale:<10} {item.translated:>10} {item.fuzzy:>6} "
                f"{item.untranslated:>12} {item.refused:>7} {item.from_memory:>6} "
                f"{item.percent_translated:>6.1f}  "
                f"{'reviewed' if item.reviewed else 'NOT REVIEWED'}"
            )
    return failed


def lint_command(project: Project, args: argparse.Namespace) -> int:
    from .catalog.messages import handout_messages, project_messages
    from .faces import font_chain  # ReportLab and the fonts: only for the commands using them
    from .lint import (
        SourceMessages,
        check_catalog,
        check_fit,
        check_plain_language,
        check_source,
        orphan_catalogs,
        orphan_templates,
    )
    from .rules import Finding, Level

    fonts = read_font_table(project.fonts_dir)
    errors = warnings = 0
    printed: set[str] = set()

    def report(problem: Finding | HandoutError) -> None:
        """Print a finding, or an error that stops a check, once, however many locales or
        handouts find it (a title left in English in each locale, a date label of every
        handout, a font of several locales' chains): each was printed and counted again."""
        nonlocal errors, warnings
        line = (
            str(problem)
            if isinstance(problem, Finding)
            else f"error: {problem.relative_to(project.root)}"
        )
        if line in printed:
            return
        printed.add(line)
        if isinstance(problem, Finding):
            print(line)
            errors += problem.level is Level.ERROR
            warnings += problem.level is Level.WARNING
        else:
            print(line, file=sys.stderr)
            errors += 1

    for unused in fonts.unused_chains([SOURCE_LOCALE, *project.translated_locales()]):
        table = project.relative(unused.path or project.fonts_dir / "fonts.toml")
        report(Finding(table, unused.line or 1, Level.WARNING, unused.message, "chain"))
    sources = {INTERFACE_DOMAIN: SourceMessages(wanted_keys(project, None), frozenset())}
    try:
        english = font_chain(fonts, SOURCE_LOCALE)
    except HandoutError:  # named below, for each locale that uses those fonts
        english = None
    written = list(project_messages(project))
    handouts: dict[str, Handout] = {}
    for name in _handouts(project, args):
        try:
            handouts[name] = handout = read_handout(project.source_path(name))
        except HandoutError as error:  # its catalogs are still checked, against no source
            report(error)
            sources[name] = SourceMessages()
            continue
        sources[name] = SourceMessages(wanted_keys(project, handout), notice_ids(handout))
        written += handout_messages(handout, project)
        for finding in check_plain_language(handout, project):
            report(finding)
        if english is not None:  # the English PDFs' title, which no catalog translates
            for finding in check_fit(
                project, handout, load_translations(project, name, SOURCE_LOCALE), english
            ):
                report(finding)
    for finding in check_source(written, english):
        report(finding)
    with_pdfs = {  # the locales some PDF is built in
        locale
        for locale in project.translated_locales()
        if any(project.has_catalog(name, locale) for name in project.handout_names())
    }
    for locale in _locales(project, args):
        try:
            chain = font_chain(fonts, locale)
        except HandoutError as error:
            report(error)
            chain = None
        info = project.locale(locale)
        for domain in (INTERFACE_DOMAIN, *_handouts(project, args)):
            path = project.catalog_path(domain, locale)
            shown_as = project.relative(path)
            absent = missing_catalog(project, domain, locale) if domain in handouts else None
            if absent is not None:  # the build refuses the handout's PDFs in the locale
                report(Finding(shown_as, 1, Level.ERROR, absent.message, "no-catalog"))
                continue
            # A locale with no handout's catalog (none at all, or an orphan's) has no PDF to
            # print labels in: its handouts' errors alone.
            translates_labels = domain == INTERFACE_DOMAIN and locale in with_pdfs
            if translates_labels and not project.has_catalog(domain, locale):
                # Every PDF of the locale prints its labels in English, as it does an
                # untranslated entry's: a warning, as that entry's is (lint said nothing).
                labels = plural(len(sources[INTERFACE_DOMAIN].keys), "message")
                message = (
                    f"no interface catalog in locale {locale!r}: its {labels}, the labels every "
                    "PDF prints, are printed in English; run 'handout update', which makes it"
                )
                report(Finding(shown_as, 1, Level.WARNING, message, "no-catalog"))
                continue
            if not project.has_catalog(domain, locale):  # a source it cannot read: named above
                continue
            found = check_catalog(path, shown_as, info, chain, sources[domain])
            if domain in handouts and chain is not None:
                try:
                    translations = load_translations(project, domain, locale)
                except HandoutError:  # a catalog it cannot read: named above
                    translations = None
                if translations is not None:
                    found += check_fit(project, handouts[domain], translations, chain)
            for finding in found:
                report(finding)
        if not args.handout:  # every handout's catalogs: one of none is left over
            for finding in orphan_catalogs(project, locale):
                report(finding)
    if not args.handout:  # and so is a template
        for finding in orphan_templates(project):
            report(finding)
    print(f"{plural(errors, 'error')}, {plural(warnings, 'warning')}")
    return 1 if errors else 0


def compile_command(project: Project, args: argparse.Namespace) -> int:
    from .catalog.writing import compile_catalog  # see the note in `catalog`'s imports
    from .faces import font_chain  # ReportLab and the fonts: only for the commands using them

    fonts = read_font_table(project.fonts_dir)
    failed = 0
    handouts = []
    for name in _handouts(project, args):
        try:  # a source the build refuses (not UTF-8, unparsable) gets no PDF in any locale
            checked_source(project.source_path(name))
        except HandoutError as error:  # the other handouts are still compiled
            refused = [
                project.catalog_path(name, locale)
                for locale in project.translated_locales()
                if project.has_catalog(name, locale)
            ]
            _refuse_catalogs(project, error, refused)
            failed += 1
            continue
        handouts.append(name)
    for locale in project.translated_locales():
        catalogs = [
            project.catalog_path(domain, locale)
            for domain in (INTERFACE_DOMAIN, *handouts)
            if project.has_catalog(domain, locale)
        ]
        try:  # a locale the build does not know, or has no usable face for, gets no PDF
            project.locale(locale)
            chain = font_chain(fonts, locale)
        except HandoutError as error:  # the other locales are still compiled
            _refuse_catalogs(project, error, catalogs)
            failed += 1
            continue
        for catalog in catalogs:
            try:
                compiled = compile_catalog(catalog, locale, chain)
            except HandoutError as error:  # the other catalogs are still compiled
                _refuse_catalogs(project, error, [catalog])
                failed += 1
                continue
            for line, problem in compiled.left_out:
                print(
                    f"warning: {project.relative(catalog)}:{line}: left out of the .mo, "
                    f"as the build prints it in English: {problem} (see handout lint)",
                    file=sys.stderr,
                )
            print(f"wrote {project.relative(compiled.path)}")
    return 1 if failed else 0


def _refuse_catalogs(project: Project, error: HandoutError, catalogs: list[Path]) -> None:
    """Print why the build refuses the PDFs of `catalogs`, and remove the .mo each has from
    before: it holds what no PDF is now made from."""
    print(f"error: {error.relative_to(project.root)}", file=sys.stderr)
    for catalog in catalogs:
        earlier = catalog.with_suffix(".mo")
        if earlier.exists():
            earlier.unlink()
            print(f"removed {project.relative(earlier)}: its catalog is refused")


def merge_manifests_command(project: Project, args: argparse.Namespace) -> int:
    target = args.output or project.output_dir / MANIFEST_NAME
    # A build of the folder reads its manifest before it builds and writes it after: the
    # merge waits for it, as another build would, or the build wrote over what it merged
    # (and reads the shards then: one may be the manifest the build was writing).
    waiting = f"waiting for a build, or a check, of {project.relative(target.parent)}"
    with folder_locked(target.parent, partial(_say, waiting)):
        return _merge_manifests(project, args, target)


def _merge_manifests(project: Project, args: argparse.Namespace, target: Path) -> int:
    entries, warnings = merge_manifests(args.manifests)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    made = dict.fromkeys(project.pdf_keys())  # in order, and each looked up at once
    for entry in entries:  # a shard built before its handout, locale or variant was taken out
        if entry_key(entry) not in made:
            print(
                f"warning: {entry['path']}: left out, its handout, locale or variant is no "
                "longer in the project",
                file=sys.stderr,
            )
    entries = [entry for entry in entries if entry_key(entry) in made]
    have = {entry_key(entry) for entry in entries}
    level = "warning" if args.allow_gaps else "error"
    gaps = 0
    for key in made:
        if key not in have:
            print(f"{level}: no shard built {'/'.join(key)}", file=sys.stderr)
            gaps += 1
    write_manifest(target, entries)  # also with gaps: the PDFs the shards did build
    print(f"wrote {target} ({plural(len(entries), 'PDF')})")
    return 1 if gaps and not args.allow_gaps else 0


def check_command(args: argparse.Namespace) -> int:
    # pypdf and the PDF/UA checker: only for this command
    from .check import manifest_of

    for path in args.paths:
        if not path.exists():
            raise HandoutError("no such file or folder", path)
    manifests = {path: manifest_of(path, args.project) for path in args.paths}
    with contextlib.ExitStack() as held:
        # A build of the folder writes its PDFs, then its manifest: while it runs, the
        # PDFs are not those the manifest lists. The check reads them once it is done.
        for folder, shown in sorted(
            {(found.path.parent, found.shown.parent) for found in manifests.values() if found}
        ):
            waiting = f"waiting for the build writing {shown} to finish"
            held.enter_context(folder_locked(folder, partial(_say, waiting), "read"))
        return _check_paths(args, manifests)


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def _check_paths(args: argparse.Namespace, manifests: Mapping[Path, Manifest | None]) -> int:
    from .check import Listed, check_files, listed_pdfs

    files: list[Path] = []
    listed: dict[Path, Listed] = {}
    for path, manifest in manifests.items():
        in_manifest = listed_pdfs(path, manifest) if manifest else {}
        listed.update(in_manifest)
        if path.is_dir():  # a PDF its manifest lists but that is not there gets a row too
            files += sorted({*path.rglob("*.pdf"), *in_manifest})
        else:
            files.append(path)
    if not files:
        raise HandoutError("no PDFs to check", args.paths[0])
    if args.project:  # every PDF is held to it: a broken one is one line, before the table
        root = args.project.resolve()
        try:
            load_project(root)
        except HandoutError as error:
            raise error.relative_to(root) from None
    width = max(len(str(path)) for path in files)
    print(
        f"{'PDF':<{width}}  {'PDF/UA-1':<8}  {'notices':<7}  {'smallest':>8}  {'text':<4}  result"
    )
    details: list[str] = []
    failed = validator_only = 0
    for path, result in zip(
        files, check_files(files, args.project, args.jobs, listed), strict=True
    ):
        failed += bool(result.problems)
        validator_only += result.validator_only
        details += [f"error: {path}: {problem}" for problem in result.problems]
        print(f"{path!s:<{width}}  {result.row}  {'FAIL' if result.problems else 'ok'}")
    for line in details:
        print(line, file=sys.stderr)
    alone = (
        f"; {validator_only} of them checked for PDF/UA-1 alone (outside a project, or not "
        "named HANDOUT.LOCALE.VARIANT.pdf: no source to hold the text, notices and sizes to)"
        if validator_only
        else ""
    )
    print(f"{len(files) - failed} passed, {failed} failed{alone}")
    return 1 if failed else 0
