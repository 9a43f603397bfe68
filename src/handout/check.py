"""Check built PDFs from outside a build: against the project they were built in, when it is
found above them, else by the PDF/UA-1 validator alone (`handout check`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .build import document_for
from .errors import HandoutError
from .project import Project, find_project, load_project, parse_pdf_name
from .verify import check_pdf, check_pdfua, expected_from
from .workers import CHECK_PDFS_PER_WORKER, WORKER_DIED, in_workers, worker_count

__all__ = ["FileCheck", "check_file", "check_files"]


def _row(pdfua: str, notices: str = "-", smallest: str = "-", text: str = "-") -> str:
    """A PDF's row of the table, but its name and result: each check's outcome, '-' for
    one not made."""
    return f"{pdfua:<8}  {notices:<7}  {smallest:>8}  {text:<4}"


def _passed(failed: object) -> str:
    return "FAIL" if failed else "pass"


_UNKNOWN_ROW = _row("-")  # the row of a PDF not checked


@dataclass(frozen=True)
class FileCheck:
    """The problems of one PDF (none: it passes) and its row of the table."""

    problems: list[str]
    row: str
    validator_only: bool = False  # outside a project, or not named as a build names PDFs


def check_files(
    paths: list[Path], project_folder: Path | None = None, jobs: int = 1
) -> Iterator[FileCheck]:
    """`check_file` of each path, in order, in up to `jobs` processes (as many as there
    is work for, `workers.worker_count`). A worker that dies costs only the PDF it was
    checking, which fails (`workers.in_workers`)."""
    jobs = worker_count(jobs, len(paths), CHECK_PDFS_PER_WORKER)
    if jobs == 1:
        yield from (check_file(path, project_folder) for path in paths)
        return
    done: dict[int, FileCheck] = {}
    position = 0
    for index, result in in_workers(
        partial(_check_numbered, project_folder),
        list(enumerate(paths)),
        jobs,
        (__name__,),
        lambda numbered: (
            numbered[0],
            FileCheck(
                [f"the worker checking it stopped ({WORKER_DIED})"],
                _UNKNOWN_ROW,
            ),
        ),
    ):
        done[index] = result
        while position in done:  # in the order given
            yield done.pop(position)
            position += 1


def _check_numbered(
    project_folder: Path | None, numbered: list[tuple[int, Path]]
) -> list[tuple[int, FileCheck]]:
    return [(index, check_file(path, project_folder)) for index, path in numbered]


def check_file(path: Path, project_folder: Path | None = None) -> FileCheck:
    """Check one PDF named <handout>.<locale>.<variant>.pdf against the source, catalogs
    and variant of its project (`project_folder`, else the nearest folder above the PDF
    holding handout.toml); a PDF named otherwise, or outside a project, gets the PDF/UA-1
    check alone."""
    try:
        project = _project_of(path, project_folder)
    except HandoutError as error:  # its handout.toml is broken: the PDF cannot be held to it
        if project_folder:
            raise
        return FileCheck([str(error)], _UNKNOWN_ROW)
    return _check(project, path)


def _project_of(pdf: Path, given: Path | None) -> Project | None:
    """The project a PDF was built in: --project, else the nearest folder above the PDF
    that holds handout.toml, else none (the PDF/UA-1 check alone)."""
    if given:
        return load_project(given.resolve())
    try:
        root = find_project(pdf.parent)
    except HandoutError:  # outside a project
        return None
    return load_project(root)


def _check(project: Project | None, path: Path) -> FileCheck:
    try:
        data = path.read_bytes()
    except OSError as error:
        return FileCheck([f"cannot read: {error.strerror}"], _UNKNOWN_ROW)
    name = parse_pdf_name(path)
    if project is None or name is None:
        failures = check_pdfua(data)
        return FileCheck(failures, _row(_passed(failures)), validator_only=True)
    try:
        expected = expected_from(
            document_for(project, name.handout, project.resolve_locale(name.locale), name.variant)
        )
    except HandoutError as error:
        return FileCheck([str(error.relative_to(project.root))], _UNKNOWN_ROW)
    report = check_pdf(data, expected)
    pdfua = _passed(report.pdfua_failures)
    if report.unreadable:  # no text, notices or sizes to read: its text fails
        return FileCheck(report.problems(), _row(pdfua, text="FAIL"))
    return FileCheck(
        report.problems(),
        _row(
            pdfua,
            "ok" if not report.missing_notices and report.doi_found else "MISSING",
            f"{report.smallest_size:.1f} pt",
            "FAIL" if report.text_problem else "ok",
        ),
    )
