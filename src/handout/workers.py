"""Worker processes for the build and the check: how many to start, and where from."""

from __future__ import annotations

from multiprocessing import get_context
from multiprocessing.context import ForkServerContext

__all__ = ["TASKS_PER_WORKER", "fork_server", "worker_count"]

# A worker costs about what two PDFs do (its start, its fonts): three PDFs are built as
# soon in one process as in two workers (2.4 s against 2.6 s), six a sixth sooner in two.
TASKS_PER_WORKER = 2


def worker_count(jobs: int, tasks: int) -> int:
    """How many workers `tasks` pieces of work get, at most `jobs`: 1 means none
    (the work is done in this process), as when each would get less than two."""
    return max(1, min(jobs, tasks // TASKS_PER_WORKER))


def fork_server(module: str) -> ForkServerContext:
    """Workers forked from a server that has imported `module` (and run nothing): they
    start quickly, and not from this process, whose threads (the PDF/UA checker runs
    its own) a fork would copy half-locked."""
    context = get_context("forkserver")
    context.set_forkserver_preload([module])
    return context
