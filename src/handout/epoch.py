"""The date a PDF carries: the same for the same inputs, so builds can be reproduced.

``SOURCE_DATE_EPOCH`` when it is set (the reproducible-builds convention);
else the time of the last git commit that touched the PDF's inputs (its
source, its catalog, handout.toml), as ``git log`` gives it, in one call for
the whole build, kept in the user cache by the commit the project stands at;
else, for inputs git does not track, their newest modification time. Two
builds of unchanged inputs therefore date their PDFs alike, with or without
make.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .cache import json_entry
from .errors import HandoutError

EPOCH_VARIABLE = "SOURCE_DATE_EPOCH"


_UNDATED = (
    "PDFs are not dated by the commits that touched their inputs, so their bytes differ "
    f"from a full clone's (set {EPOCH_VARIABLE} to fix the date)"
)

# The last second a PDF date can hold (its year has four digits): 9999-12-31 23:59:59.
_LATEST = 253402300799


class InputDates:
    """Commit times of the files under a project folder, read from git once; or the date
    SOURCE_DATE_EPOCH gives, which is refused (HandoutError) when it is not one."""

    def __init__(self, root: Path, warn: Callable[[str], None]):
        self._fixed = fixed_epoch()
        self._committed = {} if self._fixed else _commit_times(root, warn)
        # Each input's resolved path, as the commit times name it (tasks share inputs: the
        # source, handout.toml).
        self._resolved: dict[Path, str] = {}

    def epoch(self, inputs: Iterable[Path]) -> str:
        """SOURCE_DATE_EPOCH, or the newest date of `inputs` (seconds since 1970)."""
        if self._fixed:
            return self._fixed
        newest = 0
        for path in inputs:
            committed = None
            if self._committed:
                if path not in self._resolved:
                    self._resolved[path] = str(path.resolve())
                committed = self._committed.get(self._resolved[path])
            if committed is None:
                try:
                    committed = int(path.stat().st_mtime)
                except OSError:
                    continue
            newest = max(newest, committed)
        return str(newest)


def fixed_epoch() -> str | None:
    """SOURCE_DATE_EPOCH, when it is set (and not empty). A value that is not a whole
    number of seconds since 1970 up to the year 9999 is refused, as the convention asks:
    it was ignored without a word (and the build dated its PDFs otherwise), or, too large,
    failed every PDF as an internal error."""
    value = os.environ.get(EPOCH_VARIABLE, "").strip()
    if not value:
        return None
    if not (value.isascii() and value.isdigit()) or int(value) > _LATEST:
        raise HandoutError(
            f"{EPOCH_VARIABLE}={value!r} is not a date: it takes the whole number of seconds "
            "since 1970-01-01 UTC (as 'git log -1 --format=%ct' gives it), up to the year 9999"
        )
    return value


@contextmanager
def dated(epoch: str) -> Iterator[None]:
    """SOURCE_DATE_EPOCH set to `epoch` (where ReportLab reads a PDF's dates) while the
    block runs, and put back as it was after: a program that builds in its own process
    keeps its environment, and its next build dates PDFs by their own inputs."""
    previous = os.environ.get(EPOCH_VARIABLE)
    os.environ[EPOCH_VARIABLE] = epoch
    try:
        yield
    finally:
        if previous is None:
            del os.environ[EPOCH_VARIABLE]
        else:
            os.environ[EPOCH_VARIABLE] = previous


def _commit_times(root: Path, warn: Callable[[str], None]) -> dict[str, int]:
    """Each tracked, unmodified file under `root` (its resolved path, a string: the user
    cache's entry is read back without making a Path of each, 1.5 ms of CPU for this
    repository's 411 files) with the time of the last commit that
    touched it (newest first in git's log, so the first time a file is named counts).
    `warn` is told when git holds the project but cannot date it: in a shallow clone
    every file seems last touched by the one commit there, and a repository git refuses
    to read (owned by another user) leaves the files' modification times; both give
    other bytes than a full clone, which was silent."""
    git = shutil.which("git")
    if git is None:
        return {}

    def run(*arguments: str) -> str:  # file names as they are, not quoted ('\303\251')
        return subprocess.run(
            [git, "-c", "core.quotepath=false", "-C", str(root), *arguments],
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    try:
        # The top folder, whether the clone is shallow and the commit it stands at, a line
        # each (a folder's name may hold spaces: "/srv/clinic handouts"), from one git
        # process, where two were started (each about 1.5 ms of CPU and 2.5 ms of a
        # build's start). A repository without a commit fails quietly: no date from git.
        top, shallow, head = run(
            "rev-parse",
            "--show-toplevel",
            "--is-shallow-repository",
            "-q",
            "--verify",
            "HEAD^{commit}",
        ).splitlines()
        times = _logged_times(root, top, head, shallow, run)
        changed = run("status", "--porcelain", "-z", "--untracked-files=no", "--", ".")
    except subprocess.CalledProcessError as error:
        said = (error.stderr or "").strip().splitlines()
        if said and "not a git repository" not in said[0]:
            warn(f"git cannot read this project ({said[0]}): {_UNDATED}")
        return {}
    except (OSError, ValueError):
        return {}
    if shallow == "true":
        warn(f"a shallow git clone (its history cut short): {_UNDATED}; fetch it all")
    modified = {str(Path(top, entry[3:]).resolve()) for entry in changed.split("\0") if entry}
    return {path: time for path, time in times.items() if path not in modified}


def _logged_times(
    root: Path, top: str, head: str, shallow: str, run: Callable[..., str]
) -> dict[str, int]:
    """Each file git's log names under `root`, with the time of the last commit that
    touched it, as the commit `head` has them: kept in the user cache by that commit (the
    log of the whole history took 0.12 s of a rebuild with nothing to do, at 574
    commits, and grows with them) and by whether the clone is `shallow` (git's "true" or
    "false"): a clone fetched whole at the same commit (`git fetch --unshallow`) has a log
    of its own, where the shallow clone's dates were kept and read back."""

    def read() -> dict[str, int]:
        log = run("log", "--format=%x00%ct", "--name-only", "--no-renames", "--", ".")
        newest: dict[str, int] = {}
        for commit in log.split("\0")[1:]:
            lines = commit.strip().splitlines()
            if not lines or not lines[0].isdigit():
                continue
            for name in lines[1:]:
                newest.setdefault(name, int(lines[0]))
        # Each name resolved once, not once for each commit naming it (0.13 s of CPU for
        # the 6,000 names of this repository's log, at 1,194 commits, against 0.01 s),
        # in the log's order: where two names are one file, the newer counts still.
        times: dict[str, int] = {}
        for name, time in newest.items():
            times.setdefault(str(Path(top, name).resolve()), time)
        return times

    key = hashlib.sha256(f"{root.resolve()}\0{top}\0{head}\0{shallow}".encode()).hexdigest()
    return json_entry(
        "commit-times",
        key,
        read,
        lambda times: [[path, time] for path, time in times.items()],
        lambda stored: {path: int(time) for path, time in stored},
    )
