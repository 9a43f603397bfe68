"""Command line: `handout [--project DIR] COMMAND ...`; `main(argv) -> int`.

Known problems (a `HandoutError`) print one `error: ...` line and exit 1; only
an unexpected failure prints a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from . import __version__
from .build import Selection, build, expected_for
from .catalog import (
    compile_catalog,
    init_catalog,
    read_translations,
    update_catalog,
    write_template,
)
from .errors import HandoutError
from .faces import font_chain
from .fonts import read_font_table
from .lint import ERROR, check_catalog
from .locales import SOURCE_LOCALE, parse_locale
from .manifest import MANIFEST_NAME, merge_manifests, write_manifest
from .newproject import new_project
from .project import Project, find_project, load_project
from .readability import plain_language_grade
from .source import read_handout
from .verify import check_pdf, check_pdfua

GRADE_LIMIT = 6.0


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; 0 on success, 1 on a known problem (one `error:` line), 130 when
    interrupted."""
    args = _parser().parse_args(argv)
    try:
        if args.needs_project:
            root = args.project.resolve() if args.project else find_project(Path.cwd())
            return int(args.command(load_project(root), args))
        return int(args.command(args))
    except HandoutError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted; files already written are whole, the rest are unchanged",
              file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="handout",
        description="Turn English patient handouts into large-print and plain-language PDFs "
                    "in many languages, through gettext catalogs.")
    parser.add_argument("--version", action="version", version=f"handout {__version__}")
    parser.add_argument("--project", type=Path, default=None, metavar="DIR",
                        help="the project folder holding handout.toml (default: this folder "
                             "or the nearest parent folder that has one)")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    def command(name: str, function, help_text: str, needs_project: bool = True
                ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(command=function, needs_project=needs_project)
        return sub

    sub = command("new", _new, "create a new project folder, ready to build: settings, an "
                               "example handout, a README and a CI workflow",
                  needs_project=False)
    sub.add_argument("folder", type=Path, metavar="DIR", help="an empty or new folder")

    def handout_option(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--handout", action="append", default=[], metavar="NAME",
                         help="only this handout (handouts/NAME.md); repeatable")

    sub = command("extract", _extract, "write locales/<handout>.pot from each English source")
    handout_option(sub)
    sub = command("init", _init, "create locales/<locale>/LC_MESSAGES/<handout>.po for a new "
                                  "language")
    sub.add_argument("locale", help="locale code, e.g. es, zh_Hans, pt_BR")
    handout_option(sub)
    sub = command("update", _update, "merge each .pot into its .po files (changed strings "
                                      "become fuzzy, removed ones obsolete)")
    sub.add_argument("--locale", action="append", default=[], help="only this locale; "
                                                                   "repeatable")
    handout_option(sub)
    sub = command("build", _build, "build the PDFs into output/<handout>/<locale>/ (those "
                                    "whose inputs changed) and write output/manifest.json")
    handout_option(sub)
    sub.add_argument("--locale", action="append", default=[], help="only this locale; "
                                                                   "repeatable")
    sub.add_argument("--variant", action="append", default=[], help="only this variant "
                                                                   "(see handout.toml); "
                                                                   "repeatable")
    sub.add_argument("--strict", action="store_true",
                     help="fail a PDF whose catalog is not reviewed (X-Review-Status) or that "
                          "would print any message in English for want of a translation")
    sub.add_argument("--no-check", dest="check", action="store_false",
                     help="skip reading each PDF back before writing it (faster)")
    sub.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                     help="build in N processes (default: all cores)")
    sub.add_argument("--force", action="store_true",
                     help="rebuild every PDF, even those whose inputs did not change")
    sub.add_argument("--shard", type=_shard, default=(1, 1), metavar="K/N",
                     help="build only the K-th of N stable parts of the matrix (for CI)")
    sub.add_argument("--min-translated", type=float, default=0.0, metavar="PERCENT",
                     help="skip a locale whose catalog has less than PERCENT of its messages "
                          "translated (default 0: build every locale, English for the rest)")
    sub = command("stats", _stats, "show translation progress and review status per locale "
                                    "and the reading grade of the plain-language English text")
    handout_option(sub)
    sub.add_argument("--json", action="store_true", help="print the table as JSON, for CI")
    sub = command("lint", _lint, "check catalogs like a compiler: file:line: level: message "
                                  "[check]; exit 1 on any error")
    handout_option(sub)
    sub.add_argument("--locale", action="append", default=[], help="only this locale; "
                                                                   "repeatable")
    sub = command("compile", _compile, "write a .mo file beside each .po, for tools that "
                                        "want them")
    handout_option(sub)
    sub = command("merge-manifests", _merge_manifests, "join shard manifests into one "
                                                        "(output/manifest.json by default)")
    sub.add_argument("manifests", nargs="+", type=Path, metavar="MANIFEST")
    sub.add_argument("--output", type=Path, default=None, metavar="FILE",
                     help="where to write the merged manifest")
    sub = command("check", _check, "check built PDFs: PDF/UA-1 (page-validation), required "
                                    "notices and DOI, smallest text size, text read back in "
                                    "reading order (against the project the PDF was built "
                                    "in, when it is found above the PDF)",
                  needs_project=False)
    sub.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                     help="a PDF or a folder of PDFs")
    return parser


def _shard(text: str) -> tuple[int, int]:
    number, _, count = text.partition("/")
    if not (number.isdigit() and count.isdigit() and 1 <= int(number) <= int(count)):
        raise argparse.ArgumentTypeError(f"{text!r} is not K/N with 1 <= K <= N")
    return int(number), int(count)


def _new(args: argparse.Namespace) -> int:
    written = new_project(args.folder)
    for path in written:
        print(f"wrote {path}")
    print(f"next: cd {args.folder} && handout build")
    return 0


def _merge_manifests(project: Project, args: argparse.Namespace) -> int:
    target = args.output or project.output_dir / MANIFEST_NAME
    entries = merge_manifests(args.manifests)
    write_manifest(target, entries)
    print(f"wrote {target} ({len(entries)} PDFs)")
    return 0


def _handouts(project: Project, args: argparse.Namespace) -> list[str]:
    names = args.handout or list(project.handout_names())
    if not names:
        raise HandoutError("no handouts here", project.handouts_dir)
    return names


def _extract(project: Project, args: argparse.Namespace) -> int:
    for name in _handouts(project, args):
        handout = read_handout(project.source_path(name))
        changed = write_template(handout, project)
        path = project.template_path(name).relative_to(project.root)
        print(f"{'wrote' if changed else 'unchanged'} {path}")
    return 0


def _init(project: Project, args: argparse.Namespace) -> int:
    parse_locale(args.locale)
    for name in _handouts(project, args):
        path = init_catalog(project, name, args.locale)
        print(f"created {path.relative_to(project.root)}")
    return 0


def _update(project: Project, args: argparse.Namespace) -> int:
    failed = 0
    for locale in args.locale:
        parse_locale(locale)
    for name in _handouts(project, args):
        for locale in args.locale or project.catalog_locales(name):
            try:
                changed = update_catalog(project, name, locale)
            except HandoutError as error:
                print(f"error: {error}", file=sys.stderr)
                failed += 1
                continue
            path = project.catalog_path(name, locale).relative_to(project.root)
            print(f"{'updated' if changed else 'unchanged'} {path}")
    return 1 if failed else 0


def _build(project: Project, args: argparse.Namespace) -> int:
    selection = Selection(tuple(args.handout), tuple(args.locale), tuple(args.variant),
                          strict=args.strict, check=args.check,
                          min_translated=args.min_translated, jobs=args.jobs,
                          force=args.force, shard=args.shard)

    started = time.perf_counter()
    if sys.stdout.isatty() and not os.environ.get("CI"):
        outcomes = _build_with_progress_bar(project, selection)
    else:
        def report(line: str) -> None:
            print(line, file=sys.stderr if line.startswith("error:") else sys.stdout)

        outcomes = build(project, selection, report)
    counts = Counter(outcome.status if outcome.ok else "failed" for outcome in outcomes)
    print(f"{counts['built']} PDFs built, {counts['up to date']} up to date, "
          f"{counts['skipped']} locales skipped, {counts['failed']} failed "
          f"({time.perf_counter() - started:.2f} s)")
    return 1 if counts["failed"] else 0


def _build_with_progress_bar(project: Project, selection: Selection) -> list:
    """On a terminal: the same lines, above a progress bar (rich)."""
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), transient=True) as progress:
        bar = progress.add_task("building PDFs", total=None)

        def report(line: str) -> None:
            if line.startswith("error:"):
                print(line, file=sys.stderr)  # rich keeps the bar below it
            else:
                progress.console.print(line, markup=False, highlight=False)
            progress.advance(bar)

        return build(project, selection, report,
                     planned=lambda total: progress.update(bar, total=total))


def _stats(project: Project, args: argparse.Namespace) -> int:
    rows = []
    for name in _handouts(project, args):
        handout = read_handout(project.source_path(name))
        grade = plain_language_grade(handout)
        locales = []
        for locale in project.catalog_locales(name):
            if locale == SOURCE_LOCALE:
                continue
            try:
                translations = read_translations(project.catalog_path(name, locale), locale)
            except HandoutError as error:
                locales.append({"locale": locale, "error": str(error)})
                continue
            stats = translations.stats
            locales.append({"locale": locale, "translated": stats.translated,
                            "fuzzy": stats.fuzzy, "untranslated": stats.untranslated,
                            "total": stats.total,
                            "percent_translated": round(stats.percent_translated, 1),
                            "reviewed": translations.reviewed})
        rows.append({"handout": name, "reading_grade": round(grade, 1),
                     "reading_grade_target": GRADE_LIMIT, "locales": locales})
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    for row in rows:
        verdict = "ok" if row["reading_grade"] <= GRADE_LIMIT else \
            f"above the {GRADE_LIMIT:g} target"
        print(f"{row['handout']}: plain-language English reading grade (Flesch-Kincaid) "
              f"{row['reading_grade']:.1f} ({verdict})")
        print(f"  {'locale':<10} {'translated':>10} {'fuzzy':>6} {'untranslated':>12} "
              f"{'%':>6}  review")
        for item in row["locales"]:
            if "error" in item:
                print(f"  {item['locale']:<10} error: {item['error']}")
                continue
            print(f"  {item['locale']:<10} {item['translated']:>10} {item['fuzzy']:>6} "
                  f"{item['untranslated']:>12} {item['percent_translated']:>6.1f}  "
                  f"{'reviewed' if item['reviewed'] else 'NOT REVIEWED'}")
    return 0


def _lint(project: Project, args: argparse.Namespace) -> int:
    fonts = read_font_table(project.fonts_dir)
    for locale in args.locale:
        parse_locale(locale)
    errors = warnings = 0
    for name in _handouts(project, args):
        for locale in args.locale or project.catalog_locales(name):
            path = project.catalog_path(name, locale)
            for finding in check_catalog(path.relative_to(project.root) if path.is_relative_to(
                    project.root) else path, locale, font_chain(fonts, locale), root=project.root):
                print(finding)
                errors += finding.level == ERROR
                warnings += finding.level != ERROR
    print(f"{errors} errors, {warnings} warnings")
    return 1 if errors else 0


def _compile(project: Project, args: argparse.Namespace) -> int:
    for name in _handouts(project, args):
        for locale in project.catalog_locales(name):
            path = compile_catalog(project, name, locale)
            print(f"wrote {path.relative_to(project.root)}")
    return 0


def _check(args: argparse.Namespace) -> int:
    files: list[Path] = []
    for path in args.paths:
        files += sorted(path.rglob("*.pdf")) if path.is_dir() else [path]
    if not files:
        raise HandoutError("no PDFs to check", args.paths[0])
    width = max(len(str(path)) for path in files)
    print(f"{'PDF':<{width}}  {'PDF/UA-1':<8}  {'notices':<7}  {'smallest':>8}  "
          f"{'text':<4}  result")
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
    """Check a PDF named <handout>.<locale>.<variant>.pdf against its source, catalog and
    variant; a PDF named otherwise gets the PDF/UA-1 check alone. Returns the problems
    and the table row."""
    unknown = f"{'-':<8}  {'-':<7}  {'-':>8}  {'-':<4}"
    try:
        data = path.read_bytes()
    except OSError as error:
        return [f"cannot read: {error.strerror}"], unknown
    parts = path.name.split(".")
    if project is None or len(parts) != 4 or parts[3] != "pdf":
        failures = check_pdfua(data)
        return failures, f"{'FAIL' if failures else 'pass':<8}  {'-':<7}  {'-':>8}  {'-':<4}"
    try:
        expected = expected_for(project, *parts[:3])
    except HandoutError as error:
        return [str(error)], unknown
    report = check_pdf(data, expected)
    if report.unreadable:
        return report.problems(), unknown
    notices = "ok" if not report.missing_notices and report.doi_found else "MISSING"
    return report.problems(), (
        f"{'FAIL' if report.pdfua_failures else 'pass':<8}  {notices:<7}  "
        f"{report.smallest_size:>5.1f} pt  {'FAIL' if report.text_problem else 'ok':<4}")
