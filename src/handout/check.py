"""Check built PDFs from outside a build: against the project they were built in, when it is
found above them, else by the PDF/UA-1 validator alone (`handout check`); and, in or below a
folder of a project holding a build's manifest.json, against the manifest: each PDF it lists
is there, with the bytes the build wrote."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from .build import document_for
from .errors import HandoutError
from .manifest import MANIFEST_NAME, read_manifest
from .project import OUTPUT_NAME, Project, find_project, load_project, parse_pdf_name
from .verify import check_pdf, check_pdfua, damaged_objects, expected_from
from .workers import CHECK_PDFS_PER_WORKER, WORKER_DIED, in_workers, worker_count

__all__ = [
    "FileCheck",
    "Listed",
    "Manifest",
    "check_file",
    "check_files",
    "listed_pdfs",
    "manifest_of",
]


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


@dataclass(frozen=True)
class Listed:
    """What a build's manifest says of a PDF, which `check_file` holds the file to."""

    manifest: Path  # as the user named it, for messages
    sha256: str


@dataclass(frozen=True)
class Manifest:
    """A build's manifest.json that PDFs are held to."""

    path: Path  # resolved
    shown: Path  # as the user would name it, for messages


def manifest_of(path: Path, project_folder: Path | None = None) -> Manifest | None:
    """The manifest `path` (a PDF, or a folder of them) is held to: the manifest.json of the
    folder given, else of the nearest folder above `path` inside its project, the project's
    own folder excepted (`handout check output/calciphylaxis/es/x.pdf` is held to
    output/manifest.json, as `handout check output` is), and for the project's folder
    (`handout check .`) its build's, output/manifest.json; none when there is none, or
    `path` is outside a project (`project_folder`, else one found above it): there a
    manifest.json may be another tool's, and its PDFs are checked as any others. It is
    shown below the folder given, or relative to the current folder when `path` is
    relative."""
    start = path.resolve()
    try:
        root = (
            project_folder.resolve()
            if project_folder
            else find_project(start if start.is_dir() else start.parent)
        )
    except HandoutError:
        return None
    given = [start] if start.is_dir() else []
    above = [folder for folder in start.parents if folder.is_relative_to(root) and folder != root]
    for folder in (*given, *above):
        manifest = folder / MANIFEST_NAME
        if manifest.exists():
            if folder == start:
                return Manifest(manifest, path / MANIFEST_NAME)
            shown = manifest if path.is_absolute() else Path(os.path.relpath(manifest))
            return Manifest(manifest, shown)
    built = root / OUTPUT_NAME / MANIFEST_NAME
    if start == root and built.exists():  # `handout check .`: the project's own build
        return Manifest(built, path / OUTPUT_NAME / MANIFEST_NAME)
    return None


def listed_pdfs(path: Path, manifest: Manifest) -> dict[Path, Listed]:
    """The PDFs `manifest` lists at `path` (a PDF) or under it (a folder), by their paths
    as `path` names them. A manifest that cannot be read is an error
    (`manifest.read_manifest`): the PDFs could not be held to it."""
    held = path.resolve()
    listed = {}
    for entry in read_manifest(manifest.path).values():
        pdf = manifest.path.parent / entry["path"]
        if pdf.is_relative_to(held):
            listed[path / pdf.relative_to(held)] = Listed(manifest.shown, entry["sha256"])
    return listed


def check_files(
    paths: list[Path],
    project_folder: Path | None = None,
    jobs: int = 1,
    listed: Mapping[Path, Listed] | None = None,
) -> Iterator[FileCheck]:
    """`check_file` of each path, in order, in up to `jobs` processes (as many as there
    is work for, `workers.worker_count`), each PDF held to what `listed` says of it. A
    worker that dies costs only the PDF it was checking, which fails
    (`workers.in_workers`)."""
    work = [(path, (listed or {}).get(path)) for path in paths]
    jobs = worker_count(jobs, len(paths), CHECK_PDFS_PER_WORKER)
    if jobs == 1:
        yield from (check_file(path, project_folder, entry) for path, entry in work)
        return
    done: dict[int, FileCheck] = {}
    position = 0
    for index, result in in_workers(
        partial(_check_numbered, project_folder),
        list(enumerate(work)),
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
    project_folder: Path | None, numbered: list[tuple[int, tuple[Path, Listed | None]]]
) -> list[tuple[int, FileCheck]]:
    return [(index, check_file(path, project_folder, listed)) for index, (path, listed) in numbered]


def check_file(
    path: Path, project_folder: Path | None = None, listed: Listed | None = None
) -> FileCheck:
    """Check one PDF named <handout>.<locale>.<variant>.pdf against the source, catalogs
    and variant of its project (`project_folder`, else the nearest folder above the PDF
    holding handout.toml); a PDF named otherwise, or outside a project, gets the PDF/UA-1
    check alone. A PDF a manifest lists (`listed`) must be there, with the bytes the build
    wrote."""
    try:
        project = _project_of(path, project_folder)
    except HandoutError as error:  # its handout.toml is broken: the PDF cannot be held to it
        if project_folder:
            raise
        return FileCheck([str(error)], _UNKNOWN_ROW)
    try:
        data = path.read_bytes()
    except OSError as error:
        if listed is not None and isinstance(error, FileNotFoundError):
            # Lost after the build (a shard's artifact copied without it): the manifest,
            # published with the PDFs, would list a PDF that is not there.
            return FileCheck([f"missing, though {listed.manifest} lists it"], _UNKNOWN_ROW)
        return FileCheck([f"cannot read: {error.strerror}"], _UNKNOWN_ROW)
    result = _check(project, path, data)
    if listed is None or hashlib.sha256(data).hexdigest() == listed.sha256:
        return result
    # Damage the other checks may not see (bytes of a compressed stream written over,
    # which each reader mends in its own way), or another file put in the PDF's place:
    # not what the build wrote, and what the manifest published with it describes.
    changed = f"changed since it was built: its SHA-256 is not the one {listed.manifest} lists"
    return replace(result, problems=[changed, *result.problems])


def _project_of(pdf: Path, given: Path | None) -> Project | None:
    """The project a PDF was built in: --project, else the nearest folder above the PDF
    that holds handout.toml, else none (the PDF/UA-1 check alone). A handout.toml found
    that cannot be read is named in its project, as each other problem of a PDF is."""
    if given:
        return load_project(given.resolve())
    try:
        root = find_project(pdf.parent)
    except HandoutError:  # outside a project
        return None
    try:
        return load_project(root)
    except HandoutError as error:
        raise error.relative_to(root) from None


def _check(project: Project | None, path: Path, data: bytes) -> FileCheck:
    name = parse_pdf_name(path)
    if project is None or name is None:
        failures = check_pdfua(data)
        return FileCheck(
            [*damaged_objects(data), *failures], _row(_passed(failures)), validator_only=True
        )
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
        [*damaged_objects(data), *report.problems()],
        _row(
            pdfua,
            "ok" if not report.missing_notices and report.doi_found else "MISSING",
            f"{report.smallest_size:.1f} pt",
            "FAIL" if report.text_problem else "ok",
        ),
    )
