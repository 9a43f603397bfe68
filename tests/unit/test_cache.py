"""The user cache: keys name the versions of the tools an entry is made with; entries
not used for a while are removed."""

from __future__ import annotations

import json
import os
import time
from dataclasses import replace
from importlib.metadata import version
from pathlib import Path

import pytest

from handout import cache
from handout.cache import KEPT_DAYS, read_entry, tool_version, write_entry
from handout.rules import Entry
from handout.rules.kept import CatalogProblems

DAY = 86400


@pytest.mark.parametrize("tool", ["babel", "fonttools", "polib", "reportlab", "textstat"])
def test_a_tools_version_is_the_installed_distributions(tool: str):
    """Read from the tool's module where it has the attribute, the version is the one
    installed, as importlib.metadata gives it."""
    assert tool_version(tool) == f"{tool}-{version(tool)}"


def _aged(path: Path, days: float) -> None:
    then = time.time() - days * DAY
    os.utime(path, (then, then))


def test_entries_not_used_for_a_while_are_removed_when_one_of_their_kind_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Writing an entry removes those of its kind not read or written for KEPT_DAYS (and
    a stopped write's leftover); one read since, though written long ago, stays, and so
    do the other kinds' and the recent ones. A folder is pruned at most once a day."""
    monkeypatch.setenv(cache.CACHE_VARIABLE, str(tmp_path))
    write_entry("catalogs", "old", ".json", b"1")
    write_entry("catalogs", "used", ".json", b"2")
    write_entry("catalogs", "recent", ".json", b"3")
    write_entry("grades", "old", ".json", b"4")
    folder = tmp_path / "catalogs"
    leftover = folder / ".new.json.abc.tmp"
    leftover.write_bytes(b"half")
    for path in (folder / "old.json", folder / "used.json", leftover, tmp_path / "grades/old.json"):
        _aged(path, KEPT_DAYS + 1)
    _aged(folder / "recent.json", KEPT_DAYS - 1)
    _aged(tmp_path / ".catalogs.pruned", 2)  # when the first write here pruned the folder
    assert read_entry("catalogs", "used", ".json") == b"2"  # in use: marked so
    monkeypatch.setattr(cache, "_pruned_folders", set())  # as in a new process
    write_entry("catalogs", "new", ".json", b"5")
    assert sorted(path.name for path in folder.iterdir()) == [
        "new.json",
        "recent.json",
        "used.json",
    ]
    assert (tmp_path / "grades/old.json").exists()  # no grade was written
    assert read_entry("catalogs", "recent", ".json") == b"3"
    _aged(folder / "recent.json", KEPT_DAYS + 1)
    monkeypatch.setattr(cache, "_pruned_folders", set())
    write_entry("catalogs", "newer", ".json", b"6")
    assert (folder / "recent.json").exists()  # pruned today already
    _aged(tmp_path / ".catalogs.pruned", 1.1)
    monkeypatch.setattr(cache, "_pruned_folders", set())
    write_entry("catalogs", "newest", ".json", b"7")
    assert not (folder / "recent.json").exists()


def test_a_file_written_keeps_its_mode_and_a_new_one_follows_the_umask(tmp_path: Path):
    """Files are written beside their place and renamed into it: a team's group-writable
    catalog (0664) became 0644, and every new file 0644 whatever the umask (002 on a
    shared project folder)."""
    from handout.files import write_atomic

    catalog = tmp_path / "es.po"
    catalog.write_text("old", encoding="utf-8")
    catalog.chmod(0o664)
    write_atomic(catalog, b"new")
    assert (catalog.read_bytes(), catalog.stat().st_mode & 0o777) == (b"new", 0o664)
    previous = os.umask(0o002)
    try:
        write_atomic(tmp_path / "new.pdf", b"%PDF")
    finally:
        os.umask(previous)
    assert (tmp_path / "new.pdf").stat().st_mode & 0o777 == 0o664


def test_a_catalogs_problems_are_kept_by_what_each_was_found_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The rule book's problems of a catalog's entries are read back from the user cache
    (a kept message is the one given), each by its English, translation, language and
    whether it is a notice, so an edited translation is checked anew; a damaged entry,
    or one not of their shape, is found again."""
    monkeypatch.setenv(cache.CACHE_VARIABLE, str(tmp_path))
    dose = Entry("Take 2 tablets.", "Tome 3 tabletas.", "es", notice=False)
    first = CatalogProblems("calciphylaxis.po", "digest")
    found = first.errors(dose)
    assert [problem.check for problem in found] == ["numbers"]
    first.keep()
    [path] = (tmp_path / "problems").iterdir()
    kept = json.loads(read_entry("problems", path.stem, ".json") or b"")
    for problems_of_entry in kept.values():
        problems_of_entry[0][2] = "as kept"
    write_entry("problems", path.stem, ".json", json.dumps(kept).encode())
    again = CatalogProblems("calciphylaxis.po", "digest")
    assert [problem.message for problem in again.errors(dose)] == ["as kept"]
    assert again.errors(replace(dose, translation="Tome 2 tabletas.")) == []
    assert again.errors(replace(dose, language="pt")) == found
    assert again.errors(replace(dose, notice=True)) == found
    path.write_bytes(path.read_bytes()[:-3])  # damaged: its digest no longer matches
    assert CatalogProblems("calciphylaxis.po", "digest").errors(dose) == found
    assert not path.exists()
    write_entry("problems", path.stem, ".json", b'{"key": [["error", 1]]}')
    assert CatalogProblems("calciphylaxis.po", "digest").errors(dose) == found
