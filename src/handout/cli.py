"""Command line: `handout [--project DIR] COMMAND ...`; `main(argv) -> int`.

Known problems (a `HandoutError`) print one `error: ...` line and exit 1;
Ctrl-C prints one line and exits 130. Commands find their project folder as
git finds its repository: the current folder or the nearest parent holding a
handout.toml (or --project); `new` and `check` need none.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .build import Outcome, build, document_for
from .catalog import FileStatus, catalog_stats, extract, init_locale, update
from .catalog.messages import INTERFACE_DOMAIN
from .catalog.writing import compile_catalog
from .errors import HandoutError, plural
from .faces import font_chain
from .fonts import read_font_table
from .lint import check_catalog
from .locales import SOURCE_LOCALE
from .manifest import MANIFEST_NAME, merge_manifests, write_manifest
from .newproject import new_project
from .plan import Selection, Status
from .project import Project, TextPart, find_project, load_project, parse_pdf_name
from .readability import reading_grade
from .rules import Level
from .source import read_handout
from .verify import check_pdf, check_pdfua, expected_from

GRADE_LIMIT = 6.0
Command = Callable[..., int]


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; 0 on success, 1 on a known problem (one `error:` line), 130 when
    interrupted."""
    args = _parser().parse_args(argv)
    try:
        if args.needs_project:
            root = args.project.resolve() if args.project else find_project(Path.cwd())
            project = load_project(root)
            try:
                return int(args.command(project, args))
            except HandoutError as error:
                raise error.relative_to(project.root) from None
        return int(args.command(args))
    except HandoutError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(
            "error: interrupted; every file written is whole, the rest unchanged (run the "
            "command again to finish)",
            file=sys.stderr,
        )
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="handout",
        description="Turn English patient handouts into accessible large-print, "
        "plain-language and bilingual PDFs in many languages, through gettext "
        "catalogs.",
    )
    parser.add_argument("--version", action="version", version=f"handout {__version__}")
    parser.add_argument(
        "--project",
        type=Path,
        default=None,
        metavar="DIR",
        help="the project folder holding handout.toml (default: this folder "
        "or the nearest parent folder that has one)",
    )
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    def command(
        name: str, function: Command, help_text: str, needs_project: bool = True
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(command=function, needs_project=needs_project)
        return sub

    def select(sub: argparse.ArgumentParser, *, locales: bool = True) -> None:
        sub.add_argument(
            "--handout",
            action="append",
            default=[],
            metavar="NAME",
            help="only this handout (handouts/NAME.md); repeatable",
        )
        if locales:
            sub.add_argument(
                "--locale",
                action="append",
                default=[],
                metavar="CODE",
                help="only this locale (es, zh_Hans, pt-BR: any case); repeatable",
            )

    sub = command(
        "new",
        _new,
        "create a new project folder, ready to build: settings, an "
        "example handout, a README and a CI workflow",
        needs_project=False,
    )
    sub.add_argument("folder", type=Path, metavar="DIR", help="an empty or new folder")
    select(
        command(
            "extract",
            _extract,
            "write the templates: locales/<handout>.pot from each "
            "English source, locales/interface.pot from the "
            "labels and handout.toml",
        ),
        locales=False,
    )
    sub = command(
        "init",
        _init,
        "create a locale's catalogs (each handout's and the "
        "interface's), filled from translation memory where it can",
    )
    sub.add_argument("locale", help="locale code, e.g. es, zh_Hans, pt_BR")
    select(sub, locales=False)
    select(
        command(
            "update",
            _update,
            "for each locale: create missing catalogs, merge the "
            "templates (changed strings become fuzzy, removed ones "
            "obsolete), fill empty entries from translation memory",
        )
    )
    sub = command(
        "build",
        _build,
        "build the PDFs into output/<handout>/<locale>/ (those "
        "whose inputs changed) and write output/manifest.json",
    )
    select(sub)
    sub.add_argument(
        "--variant",
        action="append",
        default=[],
        help="only this variant (see handout.toml); repeatable",
    )
    sub.add_argument(
        "--strict",
        action="store_true",
        help="fail every selected PDF, built now or up to date, whose catalog is "
        "not reviewed (X-Review-Status) or that would print any message in "
        "English for want of a usable translation",
    )
    sub.add_argument(
        "--no-check",
        dest="check",
        action="store_false",
        help="skip reading each PDF back before writing it (faster)",
    )
    sub.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="build in N processes (default: all cores)",
    )
    sub.add_argument(
        "--force",
        action="store_true",
        help="rebuild every PDF, even those whose inputs did not change",
    )
    sub.add_argument(
        "--shard",
        type=_shard,
        default=(1, 1),
        metavar="K/N",
        help="build only the K-th of N stable parts of the matrix (for CI)",
    )
    sub.add_argument(
        "--min-translated",
        type=float,
        default=0.0,
        metavar="PERCENT",
        help="skip a locale whose catalog has less than PERCENT of its messages "
        "translated, and remove its PDFs from output/ (default 0)",
    )
    sub.add_argument(
        "--verbose", action="store_true", help="show the traceback of an internal error"
    )
    sub = command(
        "stats",
        _stats,
        "show translation progress, entries from translation "
        "memory and review status per locale, and the reading "
        "grade of the plain-language English text",
    )
    select(sub, locales=False)
    sub.add_argument("--json", action="store_true", help="print the table as JSON, for CI")
    select(
        command(
            "lint",
            _lint,
            "check catalogs like a compiler: file:line: level: message "
            "[check]; exit 1 on any error (the build prints such an "
            "entry in English)",
        )
    )
    select(
        command("compile", _compile, "write a .mo file beside each .po, for tools that want them"),
        locales=False,
    )
    sub = command(
        "merge-manifests",
        _merge_manifests,
        "join shard manifests into one "
        "(output/manifest.json by default), "
        "reporting overlaps and gaps",
    )
    sub.add_argument("manifests", nargs="+", type=Path, metavar="MANIFEST")
    sub.add_argument(
        "--output",
        type=Path,
        default=None,
        metavar="FILE",
        help="where to write the merged manifest",
    )
    sub = command(
        "check",
        _check,
        "check built PDFs: PDF/UA-1 (page-validation), links, "
        "required notices and DOI, smallest text size, ink inside "
        "the margins, text read back in reading order (against "
        "the project found above the PDF, if any)",
        needs_project=False,
    )
    sub.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="a PDF or a folder of PDFs"
    )
    return parser


def _shard(text: str) -> tuple[int, int]:
    number, _, count = text.partition("/")
    if not (number.isdigit() and count.isdigit() and 1 <= int(number) <= int(count)):
        raise argparse.ArgumentTypeError(f"{text!r} is not K/N with 1 <= K <= N")
    return int(number), int(count)


def _new(args: argparse.Namespace) -> int:
    for path in new_project(args.folder):
        print(f"wrote {path}")
    print(f"next: cd {args.folder} && handout build")
    return 0


def _handouts(project: Project, args: argparse.Namespace) -> list[str]:
    names = args.handout or list(project.handout_names())
    if not names:
        raise HandoutError("no handouts here", project.relative(project.handouts_dir))
    return names


def _locales(project: Project, args: argparse.Namespace) -> list[str]:
    return [project.resolve_locale(code) for code in args.locale] or list(
        project.translated_locales()
    )


def _extract(project: Project, args: argparse.Namespace) -> int:
    for path, status in extract(project, _handouts(project, args)):
        print(f"{status} {project.relative(path)}")
    return 0


def _init(project: Project, args: argparse.Namespace) -> int:
    locale = project.resolve_locale(args.locale)
    for path, status in init_locale(project, locale, _handouts(project, args)):
        word = "created" if status is FileStatus.CREATED else "exists"
        print(f"{word} {project.relative(path)}")
    return 0


def _update(project: Project, args: argparse.Namespace) -> int:
    failed = 0
    for path, status in update(project, _locales(project, args), _handouts(project, args)):
        if isinstance(status, HandoutError):
            print(f"error: {status.relative_to(project.root)}", file=sys.stderr)
            failed += 1
        else:
            print(f"{status} {project.relative(path)}")
    return 1 if failed else 0


def _build(project: Project, args: argparse.Namespace) -> int:
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
    outcomes: list[Outcome] = []

    def report(line: str) -> None:
        print(
            line,
            file=sys.stderr if line.startswith(("error:", "warning:")) else sys.stdout,
            flush=True,
        )

    try:
        if sys.stdout.isatty() and not os.environ.get("CI"):
            outcomes = _build_with_progress_bar(project, selection, args.verbose)
        else:
            outcomes = build(project, selection, report, verbose=args.verbose)
    finally:
        if outcomes:
            counts = Counter(outcome.status for outcome in outcomes)
            print(
                f"{plural(counts[Status.BUILT], 'PDF')} built, "
                f"{counts[Status.UP_TO_DATE]} up to date, "
                f"{plural(counts[Status.SKIPPED], 'locale')} skipped, "
                f"{counts[Status.FAILED]} failed ({time.perf_counter() - started:.2f} s)"
            )
    return 1 if any(not outcome.ok for outcome in outcomes) else 0


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


def _stats(project: Project, args: argparse.Namespace) -> int:
    rows: list[dict[str, Any]] = []
    for name in _handouts(project, args):
        handout = read_handout(project.source_path(name))
        grade = reading_grade(
            (text.markdown for block in handout.part(TextPart.PLAIN) for text in block.texts),
            SOURCE_LOCALE,
        )
        locales: list[dict[str, Any]] = []
        for locale in project.catalog_locales(name):
            if locale == SOURCE_LOCALE:
                continue
            try:
                catalog = catalog_stats(project, name, locale)
            except HandoutError as error:
                locales.append({"locale": locale, "error": str(error.relative_to(project.root))})
                continue
            stats = catalog.stats
            locales.append(
                {
                    "locale": locale,
                    "translated": stats.translated,
                    "fuzzy": stats.fuzzy,
                    "untranslated": stats.untranslated,
                    "total": stats.total,
                    "from_memory": stats.from_memory,
                    "percent_translated": round(stats.percent_translated, 1),
                    "reviewed": catalog.reviewed,
                }
            )
        rows.append(
            {
                "handout": name,
                "reading_grade": grade.value if grade else None,
                "reading_grade_target": GRADE_LIMIT,
                "locales": locales,
            }
        )
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    for row in rows:
        value = row["reading_grade"]
        verdict = (
            "ok"
            if value is not None and value <= GRADE_LIMIT
            else f"above the {GRADE_LIMIT:g} target"
        )
        print(
            f"{row['handout']}: plain-language English reading grade (Flesch-Kincaid) "
            f"{value:.1f} ({verdict})"
        )
        print(
            f"  {'locale':<10} {'translated':>10} {'fuzzy':>6} {'untranslated':>12} "
            f"{'memory':>6} {'%':>6}  review"
        )
        for item in row["locales"]:
            if "error" in item:
                print(f"  {item['locale']:<10} error: {item['error']}")
                continue
            print(
                f"  {item['locale']:<10} {item['translated']:>10} {item['fuzzy']:>6} "
                f"{item['untranslated']:>12} {item['from_memory']:>6} "
                f"{item['percent_translated']:>6.1f}  "
                f"{'reviewed' if item['reviewed'] else 'NOT REVIEWED'}"
            )
    return 0


def _lint(project: Project, args: argparse.Namespace) -> int:
    fonts = read_font_table(project.fonts_dir)
    errors = warnings = 0
    for locale in _locales(project, args):
        try:
            chain = font_chain(fonts, locale)
        except HandoutError as error:
            print(f"error: {error.relative_to(project.root)}", file=sys.stderr)
            errors += 1
            chain = None
        language = project.locale(locale).language
        for domain in (INTERFACE_DOMAIN, *_handouts(project, args)):
            path = project.catalog_path(domain, locale)
            if not path.is_file():
                continue
            for finding in check_catalog(path, project.relative(path), language, chain):
                print(finding)
                errors += finding.level is Level.ERROR
                warnings += finding.level is Level.WARNING
    print(f"{plural(errors, 'error')}, {plural(warnings, 'warning')}")
    return 1 if errors else 0


def _compile(project: Project, args: argparse.Namespace) -> int:
    for locale in project.translated_locales():
        for domain in (INTERFACE_DOMAIN, *_handouts(project, args)):
            path = project.catalog_path(domain, locale)
            if path.is_file():
                print(f"wrote {project.relative(compile_catalog(path, locale))}")
    return 0


def _merge_manifests(project: Project, args: argparse.Namespace) -> int:
    target = args.output or project.output_dir / MANIFEST_NAME
    entries, warnings = merge_manifests(args.manifests)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    have = {(entry["handout"], entry["locale"], entry["variant"]) for entry in entries}
    for handout in project.handout_names():
        for locale in (SOURCE_LOCALE, *project.catalog_locales(handout)):
            for variant in project.variants:
                key = (handout, locale, variant.name)
                if key not in have and not (variant.bilingual and locale == SOURCE_LOCALE):
                    print(f"warning: no shard built {'/'.join(key)}", file=sys.stderr)
    write_manifest(target, entries)
    print(f"wrote {target} ({plural(len(entries), 'PDF')})")
    return 0


def _check(args: argparse.Namespace) -> int:
    files: list[Path] = []
    for path in args.paths:
        if not path.exists():
            raise HandoutError("no such file or folder", path)
        files += sorted(path.rglob("*.pdf")) if path.is_dir() else [path]
    if not files:
        raise HandoutError("no PDFs to check", args.paths[0])
    width = max(len(str(path)) for path in files)
    print(
        f"{'PDF':<{width}}  {'PDF/UA-1':<8}  {'notices':<7}  {'smallest':>8}  {'text':<4}  result"
    )
    details: list[str] = []
    failed = 0
    for path in files:
        problems, row = _check_one(_project_of(path, args.project), path)
        failed += bool(problems)
        details += [f"error: {path}: {problem}" for problem in problems]
        print(f"{path!s:<{width}}  {row}  {'FAIL' if problems else 'ok'}")
    for line in details:
        print(line, file=sys.stderr)
    print(f"{len(files) - failed} passed, {failed} failed")
    return 1 if failed else 0


def _project_of(pdf: Path, given: Path | None) -> Project | None:
    """The project a PDF was built in: --project, else the nearest folder above the PDF
    that holds handout.toml, else none (the PDF/UA-1 check alone)."""
    try:
        return load_project(given.resolve() if given else find_project(pdf.parent))
    except HandoutError:
        if given:
            raise
        return None


def _check_one(project: Project | None, path: Path) -> tuple[list[str], str]:
    """Check a PDF named <handout>.<locale>.<variant>.pdf against its source, catalogs and
    variant; a PDF named otherwise, or outside a project, gets the PDF/UA-1 check alone.
    Returns the problems and the table row."""
    unknown = f"{'-':<8}  {'-':<7}  {'-':>8}  {'-':<4}"
    try:
        data = path.read_bytes()
    except OSError as error:
        return [f"cannot read: {error.strerror}"], unknown
    name = parse_pdf_name(path)
    if project is None or name is None:
        failures = check_pdfua(data)
        return failures, f"{'FAIL' if failures else 'pass':<8}  {'-':<7}  {'-':>8}  {'-':<4}"
    try:
        expected = expected_from(
            document_for(project, name.handout, project.resolve_locale(name.locale), name.variant)
        )
    except HandoutError as error:
        return [str(error.relative_to(project.root))], unknown
    report = check_pdf(data, expected)
    if report.unreadable:
        return report.problems(), unknown
    notices = "ok" if not report.missing_notices and report.doi_found else "MISSING"
    return report.problems(), (
        f"{'FAIL' if report.pdfua_failures else 'pass':<8}  {notices:<7}  "
        f"{report.smallest_size:>5.1f} pt  {'FAIL' if report.text_problem else 'ok':<4}"
    )
