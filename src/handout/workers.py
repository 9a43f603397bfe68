"""Worker processes for the build and the check: how many to start, where from, and how
each (and the command's own process) is set up."""

from __future__ import annotations

import gc
import signal
from multiprocessing import forkserver, get_context
from multiprocessing.context import ForkServerContext

__all__ = [
    "COLLECTOR_THRESHOLDS",
    "TASKS_PER_WORKER",
    "collect_less_often",
    "fork_server",
    "start_fork_server",
    "start_worker",
    "worker_count",
]

# Python's cycle collector runs after every 700 allocations (net) by default, and each
# tenth and hundredth run walks the older objects again: a build keeps many (parsed
# fonts, shaping caches), so these runs took about a sixth of a build. Collecting after
# every 100,000: 21 PDFs built in 3.9 s instead of 4.7 (best of three), the same peak
# memory for the whole matrix (690 MB in one process).
COLLECTOR_THRESHOLDS = (100_000, 50, 100)

# A worker costs about what two PDFs do (its start, its fonts): three PDFs are built as
# soon in one process as in two workers (2.4 s against 2.6 s), six a sixth sooner in two.
TASKS_PER_WORKER = 2


def worker_count(jobs: int, tasks: int) -> int:
    """How many workers `tasks` pieces of work get, at most `jobs`: 1 means none
    (the work is done in this process), as when each would get less than two."""
    return max(1, min(jobs, tasks // TASKS_PER_WORKER))


def fork_server(*modules: str) -> ForkServerContext:
    """Workers forked from a server that has imported `modules` (and run nothing): they
    start quickly, and not from this process, whose threads (the PDF/UA checker runs
    its own) a fork would copy half-locked."""
    context = get_context("forkserver")
    context.set_forkserver_preload(list(modules))
    return context


def start_fork_server(*modules: str) -> None:
    """Start the fork server now, importing `modules`, while this process goes on (a
    build plans its work meanwhile: the imports took a third of a second before the
    first PDF could start). A pool made later with `fork_server(*modules)` uses it."""
    fork_server(*modules)
    forkserver.ensure_running()


def collect_less_often() -> None:
    """Set this process's cycle collector to `COLLECTOR_THRESHOLDS` (the command line does,
    for its own process; a program using handout as a library keeps its own settings)."""
    gc.set_threshold(*COLLECTOR_THRESHOLDS)


def start_worker() -> None:
    """Set up a worker process: the collector as in the command's process, and Ctrl-C left
    to the main process, which stops the work cleanly."""
    collect_less_often()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
