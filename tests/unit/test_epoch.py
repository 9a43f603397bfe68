"""A PDF's date from git: the last commit that touched its inputs, else (a file not
committed, or changed since) its modification time."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from handout.cache import CACHE_VARIABLE
from handout.epoch import EPOCH_VARIABLE, InputDates

COMMITTED = 1577836800  # 2020-01-01T00:00:00Z
MODIFIED = 1600000000
WRITTEN = 1700000000


def _git(folder: Path, *arguments: str, committed: int = COMMITTED) -> None:
    environment = {**os.environ, "GIT_COMMITTER_DATE": f"@{committed} +0000"}
    subprocess.run(
        [
            "git",
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.org",
            "-C",
            str(folder),
            *arguments,
        ],
        check=True,
        env=environment,
    )


@pytest.fixture(autouse=True)
def _dated_by_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No date fixed by the environment, and a user cache of the test's own."""
    monkeypatch.delenv(EPOCH_VARIABLE, raising=False)
    monkeypatch.setenv(CACHE_VARIABLE, str(tmp_path / "cache"))


def _written(folder: Path, *names: str) -> list[Path]:
    """Files of `folder` (made) named `names`, each holding a line of text."""
    folder.mkdir()
    paths = [folder / name for name in names]
    for path in paths:
        path.write_text("text\n", encoding="utf-8")
    return paths


def test_a_file_is_dated_by_its_commit_unless_changed_since(tmp_path: Path):
    """git is asked once for the top folder, whether the clone is shallow and the commit
    the project stands at: a repository without a commit dates every file by its
    modification time, without a word; a committed one by the commit, and a file changed
    since by its modification time."""
    project = tmp_path / "clinic handouts"
    kept, changed = _written(project, "kept.md", "changed.md")
    for path in (kept, changed):
        os.utime(path, (WRITTEN, WRITTEN))
    _git(project, "init", "-q")
    warnings: list[str] = []
    assert InputDates(project, warnings.append).epoch([kept]) == str(WRITTEN)
    _git(project, "add", "-A")
    _git(project, "commit", "-qm", "one")
    changed.write_text("text, changed\n", encoding="utf-8")
    os.utime(changed, (MODIFIED, MODIFIED))
    dates = InputDates(project, warnings.append)
    assert dates.epoch([kept]) == str(COMMITTED)
    assert dates.epoch([changed]) == str(MODIFIED)
    assert warnings == []


def test_a_clone_fetched_whole_is_dated_by_its_whole_log(tmp_path: Path):
    """A shallow clone dates every file by its one commit (and says so); fetched whole at
    the same commit (`git fetch --unshallow`), a file is dated by the last commit that
    touched it, not by the shallow clone's dates kept in the user cache."""
    origin = tmp_path / "origin"
    _, newer = _written(origin, "older.md", "newer.md")
    _git(origin, "init", "-q")
    _git(origin, "add", "-A")
    _git(origin, "commit", "-qm", "one")
    newer.write_text("text, changed\n", encoding="utf-8")
    _git(origin, "commit", "-qam", "two", committed=MODIFIED)
    clone = tmp_path / "clone"
    _git(tmp_path, "clone", "-q", "--depth", "1", origin.as_uri(), str(clone))
    warnings: list[str] = []
    assert InputDates(clone, warnings.append).epoch([clone / "older.md"]) == str(MODIFIED)
    assert len(warnings) == 1 and "shallow" in warnings[0]
    _git(clone, "fetch", "-q", "--unshallow")
    warnings.clear()
    assert InputDates(clone, warnings.append).epoch([clone / "older.md"]) == str(COMMITTED)
    assert warnings == []
