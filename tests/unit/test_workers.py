"""How many worker processes a build or a check starts."""

from __future__ import annotations

import pytest

from handout.workers import BUILD_PDFS_PER_WORKER, CHECK_PDFS_PER_WORKER, worker_count


@pytest.mark.parametrize("least", [1, 2])
@pytest.mark.parametrize("jobs", [1, 2, 8])
@pytest.mark.parametrize("tasks", [0, 1, 2, 3, 4, 5, 17, 95])
def test_each_worker_gets_its_least_share_or_more_and_jobs_is_the_most(
    least: int, jobs: int, tasks: int
):
    workers = worker_count(jobs, tasks, least)
    assert 1 <= workers <= jobs
    if workers > 1:
        assert tasks >= workers * least
    else:  # one: the work stays in the calling process
        assert jobs == 1 or tasks < 2 * least


def test_two_pdfs_are_built_in_two_workers_and_three_checked_in_one_process():
    assert worker_count(2, 2, BUILD_PDFS_PER_WORKER) == 2
    assert worker_count(2, 1, BUILD_PDFS_PER_WORKER) == 1
    assert worker_count(2, 3, CHECK_PDFS_PER_WORKER) == 1
    assert worker_count(2, 4, CHECK_PDFS_PER_WORKER) == 2


def test_the_command_line_collects_cycles_less_often(tmp_path):
    """`main` (run here, in this process) sets the collector's thresholds."""
    import gc

    from handout.cli import main
    from handout.workers import COLLECTOR_THRESHOLDS

    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        assert main(["new", str(tmp_path / "clinic")]) == 0
        assert gc.get_threshold() == COLLECTOR_THRESHOLDS
    finally:
        gc.set_threshold(*before)


class _Cycle:
    """An object that refers to itself: only the cycle collector frees it."""

    def __init__(self) -> None:
        self.itself = self


def test_between_two_pdfs_cycles_are_freed_unless_the_program_turned_the_collector_off():
    """`collect_between_pdfs`, which the build calls between two PDFs, frees the young
    cycles then (not after the next 100,000 objects); a program that turned the collector
    off keeps it off, and its cycles."""
    import gc
    import weakref

    from handout.workers import collect_between_pdfs

    was_enabled = gc.isenabled()
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            cycle = weakref.ref(_Cycle())
            assert cycle() is not None
            collect_between_pdfs()
            assert (cycle() is None) == enabled
            assert gc.isenabled() == enabled
    finally:
        (gc.enable if was_enabled else gc.disable)()
        gc.collect()


@pytest.mark.parametrize("jobs", [2, 8])
@pytest.mark.parametrize("locales", [1, 3, 11])
@pytest.mark.parametrize("handouts", [1, 10])
def test_a_batch_is_of_one_locale_and_every_worker_gets_several(
    jobs: int, locales: int, handouts: int
):
    """Batches of one locale, several per worker; the source locale's first (its first
    reading grade is slow to measure), then the biggest first."""
    from handout.build import _BATCHES_PER_WORKER, _batches
    from handout.locales import SOURCE_LOCALE
    from handout.plan import Task

    codes = [SOURCE_LOCALE, *(f"l{number}" for number in range(1, locales))]
    tasks = [
        Task(f"h{handout}", code, variant, "", weight, "0", 0.0)
        for handout in range(handouts)
        for number, code in enumerate(codes)
        for variant, weight in (("large-print", 2 + number), ("plain-language", 1))
    ]
    batches = _batches(tasks, jobs)
    assert sorted(task.key for batch in batches for task in batch) == sorted(
        task.key for task in tasks
    )
    assert all(len({task.locale for task in batch}) == 1 for batch in batches)
    assert len(batches) >= min(len(tasks), jobs * _BATCHES_PER_WORKER)
    sources = [batch[0].locale == SOURCE_LOCALE for batch in batches]
    assert sources == sorted(sources, reverse=True)
    weights = [
        sum(task.weight for task in batch) for batch in batches if batch[0].locale != SOURCE_LOCALE
    ]
    assert weights == sorted(weights, reverse=True)
