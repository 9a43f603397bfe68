"""Worker processes for the build and the check: how many to start, where from, how each
(and the command's own process) is set up, and what is done again when one dies."""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import signal
import sys
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import HandoutError

if TYPE_CHECKING:
    from multiprocessing.context import ForkServerContext

# multiprocessing and concurrent.futures are imported where a pool or its server is
# made: every command imports this module, and most start neither (the imports were
# about 20 ms of the 0.27 s a rebuild of 220 PDFs with nothing to do took).

__all__ = [
    "BUILD_PDFS_PER_WORKER",
    "CHECK_PDFS_PER_WORKER",
    "COLLECTOR_THRESHOLDS",
    "WORKER_DIED",
    "build_worker_modules",
    "collect_between_pdfs",
    "collect_less_often",
    "fork_server",
    "in_workers",
    "start_build_fork_server",
    "start_worker",
    "stop_fork_server",
    "worker_count",
]

# Why a worker process can stop without a word, for the line naming the work it lost.
WORKER_DIED = "killed, or a crash in a library it calls"

Item = TypeVar("Item")
Result = TypeVar("Result")

# Python's cycle collector runs after every 700 allocations (net) by default, and each
# tenth and hundredth run walks the older objects again: a build keeps many (parsed
# fonts, shaping caches), so these runs took about a sixth of a build. Collecting after
# every 100,000: 21 PDFs built in 3.9 s instead of 4.7 (best of three), and the peak
# memory of the whole matrix in one process no higher (measured when this was set; on
# 2026-12-07, each PDF's young cycles collected as the next starts, `collect_between_pdfs`,
# and a locale's shaped runs and fonts let go as the next starts, it was 153 MB without
# the checks and 184 MB with them, the user cache warm).
COLLECTOR_THRESHOLDS = (100_000, 50, 100)


# The fewest PDFs a build's worker is started for. A worker costs little: it is forked
# from a server that imports the drawing while the build plans, or that a build in one
# process would import anyway. Two PDFs in two workers were built sooner than both in one
# process: 0.62 s against 0.77 with the checks (--force), 0.70 s against 0.78 after an
# edited catalog; three, 0.86 s against 1.05; without the checks, 0.46 s against 0.51
# (--force) and the same after an edit. (Once a worker cost about two PDFs, and this
# was 2.)
BUILD_PDFS_PER_WORKER = 1
# The fewest PDFs a checking worker is started for: `handout check` starts no server
# early, so its worker starts and imports the checks while none is checked; three PDFs
# were checked as soon in one process as in two workers (0.60 s against 0.63).
CHECK_PDFS_PER_WORKER = 2


def worker_count(jobs: int, tasks: int, least: int) -> int:
    """How many workers `tasks` pieces of work get, at most `jobs`, each at least `least`
    of them: 1 means none (the work is done in this process)."""
    return max(1, min(jobs, tasks // least))


# What each worker imported by itself, each worker again, before its first PDF (in `-X
# importtime`): markdown-it and fontTools' Unicode data, which the pipeline imports when
# it first parses a message and asks a character's script (about 20 ms and 1.5 ms);
# Babel, which the layout asks a language's likely script (`locales.script_of`) and
# which the pipeline's modules no longer import with them (about 6 ms);
# the pool's worker loop; and the `handout` command's script, which multiprocessing runs
# again as a worker's main module (with runpy, which imports pkgutil to run it): its
# `handout.cli` and argparse (about 6 ms).
_EVERY_WORKER = (
    "markdown_it",
    "fontTools.unicodedata",
    "babel.core",
    "concurrent.futures.process",
    "pkgutil",
    "handout.cli",
)


def build_worker_modules(check: bool) -> tuple[str, ...]:
    """What a build's worker imports from its fork server: the build and the drawing
    (ReportLab, HarfBuzz), and the checks (pypdf, PDFium, the PDF/UA checker) when the
    build checks its PDFs. The build's own process imports none of the drawing and
    checking modules until it makes a PDF itself, so a build whose PDFs are all up to
    date never loads them. With them, what every worker would import by itself, so that
    it is imported once, in the server, not again in each worker (`_EVERY_WORKER`)."""
    return (
        "handout.build",
        # What the build imports where it makes a PDF, not with itself (see its imports):
        # each worker translates documents, from the handouts it parses, held to the rule
        # book's problems its catalogs keep.
        "handout.translate",
        "handout.source.body",
        "handout.source.metadata",
        "handout.rules.kept",
        "handout.faces",
        "handout.pdf.render",
        *(("handout.verify",) if check else ()),
        *_EVERY_WORKER,
    )


def fork_server(*modules: str) -> ForkServerContext:
    """Workers forked from a server that has imported `modules` (and run nothing), which
    is started now if it is not running: they start quickly, and not from this process,
    whose threads (the PDF/UA checker runs its own) a fork would copy half-locked. A
    server that cannot start is a HandoutError."""
    from multiprocessing import forkserver, get_context

    context = get_context("forkserver")
    context.set_forkserver_preload(list(modules))
    _short_socket_folder()
    try:
        forkserver.ensure_running()
    except OSError as error:
        raise HandoutError(
            f"the worker processes could not start: {error} (--jobs 1 works without them)"
        ) from None
    return context


# The server listens on a Unix socket that multiprocessing makes in a folder of its own in
# the temporary folder: TEMP/pymp-XXXXXXXX/listener-XXXXXXXX. Python refuses a socket path
# of 108 bytes or more (Linux's limit, its final NUL included): a TMPDIR of 76 characters
# or more stopped every build in workers with a traceback ("AF_UNIX path too long").
_SOCKET_PATH_LIMIT = 108
_SOCKET_NAME = len("/pymp-XXXXXXXX/listener-XXXXXXXX")
# Where the socket's folder goes then, as newer Pythons do themselves (CPython gh-132124): the
# system's temporary folders, which POSIX makes writable by all (the first that is).
_SHORT_TEMPORARY_FOLDERS = ("/tmp", "/var/tmp", "/usr/tmp")


def _short_socket_folder() -> None:
    """Have multiprocessing make its folder, where the server's socket goes, in a short
    temporary folder when the user's (TMPDIR) is too long a path for the socket.
    multiprocessing makes the folder once per process, in `tempfile`'s folder of the
    moment: that is set here while it is made, and put back (every other temporary file
    stays in TMPDIR). When none of them can be written, the server cannot start."""
    import tempfile
    from multiprocessing import util

    if len(os.fsencode(tempfile.gettempdir())) + _SOCKET_NAME < _SOCKET_PATH_LIMIT:
        return
    chosen = tempfile.tempdir
    try:
        for folder in _SHORT_TEMPORARY_FOLDERS:
            tempfile.tempdir = folder
            with contextlib.suppress(OSError):  # not there, or not writable
                util.get_temp_dir()
                return
    finally:
        tempfile.tempdir = chosen


def start_build_fork_server(force: bool, jobs: int, check: bool) -> None:
    """When a build will make every PDF (`force`) in workers (`jobs` above one), start
    their fork server now, importing `build_worker_modules(check)`, while this process
    goes on: it plans meanwhile (the imports took a third of a second before the first
    PDF could start). The command line calls it before it imports the pipeline, `build`
    again (a second call does nothing); a pool made later uses the server."""
    if not force or jobs <= 1:
        return
    with contextlib.suppress(HandoutError):  # said by the build, if it has work for workers
        fork_server(*build_worker_modules(check))


def stop_fork_server() -> None:
    """Stop the workers' fork server and multiprocessing's resource tracker, if this
    process started them, and wait for both to end: the command line does as it ends.
    Each would end by itself once this process had, the server only after its imports:
    a build refused at once (a bad SOURCE_DATE_EPOCH) left the server it had started
    early importing ReportLab after `handout` exited, and it printed a traceback into the
    finished command's output when the project folder was removed meanwhile (a CI job's
    cleanup). The server is killed (it holds nothing to save, and its imports may have a
    second to go); the tracker is asked to end, as it first removes any semaphore a pool
    left; then the server's folder is removed."""
    if "multiprocessing.forkserver" not in sys.modules:  # no server was started
        return
    from multiprocessing import forkserver, process, resource_tracker

    # Both are stopped as multiprocessing's own tests stop them: it has no public way.
    server: Any = forkserver._forkserver
    if server._forkserver_pid is not None:
        os.kill(server._forkserver_pid, signal.SIGKILL)
    server._stop()  # waits for it, and removes its socket
    tracker: Any = resource_tracker._resource_tracker
    tracker._stop()
    # The folder of the server's socket (pymp-*, in TMPDIR), which multiprocessing removes
    # at an exit the command line skips (os._exit): every command that started workers
    # left one behind.
    current: Any = process.current_process()
    folder = current._config.get("tempdir")
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


def collect_less_often() -> None:
    """Set this process's cycle collector to `COLLECTOR_THRESHOLDS` (the command line does,
    for its own process; a program using handout as a library keeps its own settings)."""
    gc.set_threshold(*COLLECTOR_THRESHOLDS)


def collect_between_pdfs() -> None:
    """Collect the youngest objects' cycles between two PDFs built in one process (where
    the collector is on). At that moment the PDF before's own objects are gone or
    garbage, and what is young and alive is what the caches kept of it: collected
    within a PDF (after its 100,000th object, `COLLECTOR_THRESHOLDS`), the collector
    walked its pages, lines and glyphs still alive. The matrix built in one process (95
    PDFs, --jobs 1, a loaded machine) spent 1.3 to 2.0 s of its 23 to 33 s of CPU in
    the collector, 1.1 to 1.3 s so (about 5 ms less a PDF), and its peak memory fell
    from 353 to 315 MB: each PDF's garbage is freed as the next starts. Still so once a
    shaped run's glyphs were kept in a few tuples (3c61135), its collections walking a
    fifth fewer objects: left out, the matrix's peak rose from 173 to 189 MB (--no-check,
    warm) for 0.7% fewer instructions (callgrind, shard 1/8). Not after a process's
    last PDF: in a build of one PDF that collection walked the modules imported to
    draw it (65,000 objects, 10 ms of its 0.28 s) and freed nothing of use."""
    if gc.isenabled():
        gc.collect(0)


def start_worker(environment: Mapping[str, str]) -> None:
    """Set up a worker process: the environment and the collector as in the command's
    process, and Ctrl-C left to the main process, which stops the work cleanly. A worker
    is forked from a server that keeps the environment of when it started, which a
    program using handout as a library may have changed since (the user cache's folder,
    `HANDOUT_CACHE_DIR`, above all)."""
    os.environ.clear()
    os.environ.update(environment)
    collect_less_often()
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def in_workers(
    work: Callable[[list[Item]], list[Result]],
    items: list[Item],
    jobs: int,
    modules: Sequence[str],
    stopped: Callable[[Item], Result],
    batches: Callable[[list[Item]], list[list[Item]]] | None = None,
) -> Iterator[Result]:
    """`work` on every item, in a pool of `jobs` workers forked from a server that has
    imported `modules` (`work` must be picklable), the items given out in `batches`
    (default: one at a time); the results as they come.

    A worker that dies (killed, or a crash in a library it calls) breaks its pool and
    all the work the pool had not finished. That work is done again one item at a time,
    in a pool of one worker, up to the item its worker dies on again: that item's result
    is `stopped(item)`, and the rest go back to a pool of `jobs`. So only the item that
    kills its worker is lost."""
    while items:
        given = batches(items) if batches else [[item] for item in items]
        unfinished = yield from _pooled(work, given, jobs, modules)
        if not unfinished:
            return
        unfinished = yield from _pooled(work, [[item] for item in unfinished], 1, modules)
        if unfinished:  # one worker works in order: it died on the first left
            yield stopped(unfinished[0])
        items = unfinished[1:]


def _pooled(
    work: Callable[[list[Item]], list[Result]],
    batches: list[list[Item]],
    jobs: int,
    modules: Sequence[str],
) -> Generator[Result, None, list[Item]]:
    """`work` on the batches in a pool of `jobs` workers; returns the items of the batches
    left unfinished when a worker died, in the batches' order."""
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=fork_server(*modules),
        initializer=start_worker,
        initargs=(dict(os.environ),),
    ) as pool:
        futures = {pool.submit(work, batch): index for index, batch in enumerate(batches)}
        unfinished: set[int] = set()
        try:
            for future in as_completed(futures):
                try:
                    yield from future.result()
                except BrokenProcessPool:
                    unfinished.add(futures[future])
        except BaseException:  # Ctrl-C: no more work is started
            for future in futures:
                future.cancel()
            raise
    return [item for index in sorted(unfinished) for item in batches[index]]
