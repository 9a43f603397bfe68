"""Release builds: repeatable, incremental, shardable, with a manifest that tells the truth."""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from pathlib import Path

import pytest
from conftest import HANDOUT, LOCALES, VARIANTS, copy_project, run_handout

ALL = len(LOCALES) * len(VARIANTS)


def _pdfs(project: Path) -> dict[str, str]:
    output = project / "output"
    return {path.relative_to(output).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(output.rglob("*.pdf"))}


def _manifest(project: Path) -> dict:
    return json.loads((project / "output" / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture()
def epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def test_two_clean_builds_are_identical(tmp_path: Path, epoch: None):
    first = copy_project(tmp_path / "one")
    second = copy_project(tmp_path / "two")
    assert run_handout(first, "build", "--jobs", "2", "--no-check").code == 0
    assert run_handout(second, "build", "--jobs", "1", "--no-check").code == 0
    assert len(_pdfs(first)) == ALL
    assert _pdfs(first) == _pdfs(second)
    assert _manifest(first) == _manifest(second)


def test_second_build_rebuilds_nothing_and_a_touched_catalog_only_its_locale(project: Path,
                                                                             epoch: None):
    assert run_handout(project, "build", "--no-check").code == 0
    again = run_handout(project, "build", "--no-check")
    assert again.code == 0
    assert f"0 PDFs built, {ALL} up to date" in again.out
    catalog = project / "locales" / "fr" / "LC_MESSAGES" / f"{HANDOUT}.po"
    catalog.write_text(catalog.read_text(encoding="utf-8").replace(
        '"Language-Team: French\\n"', '"Language-Team: French team\\n"'), encoding="utf-8")
    touched = run_handout(project, "build", "--no-check")
    assert touched.code == 0
    built = re.findall(r"^built output/\S+/(\w+)/\S+\.pdf", touched.out, re.M)
    assert sorted(built) == ["fr", "fr"]
    assert f"2 PDFs built, {ALL - 2} up to date" in touched.out
    forced = run_handout(project, "build", "--no-check", "--force", "--locale", "es")
    assert "2 PDFs built" in forced.out
    later = time.time() + 5  # touched, not changed: rebuilt like make would, same bytes
    es = project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"
    before = _pdfs(project)
    os.utime(es, (later, later))
    touched_only = run_handout(project, "build", "--no-check")
    assert sorted(re.findall(r"^built output/\S+/(\w+)/\S+\.pdf", touched_only.out,
                             re.M)) == ["es", "es"]
    assert _pdfs(project) == before


def test_shards_build_the_full_set_once_and_merge_into_the_full_manifest(tmp_path: Path,
                                                                         epoch: None):
    full = copy_project(tmp_path / "full")
    assert run_handout(full, "build", "--no-check").code == 0
    shards, seen = [], {}
    for number in (1, 2, 3):
        shard = copy_project(tmp_path / f"shard{number}")
        result = run_handout(shard, "build", "--no-check", "--shard", f"{number}/3")
        assert result.code == 0, result.err
        for name, digest in _pdfs(shard).items():
            assert name not in seen  # no overlap
            seen[name] = digest
        shards.append(shard / "output" / "manifest.json")
    assert seen == _pdfs(full)
    merged = tmp_path / "merged.json"
    assert run_handout(full, "merge-manifests", *map(str, shards), "--output",
                       str(merged)).code == 0
    assert json.loads(merged.read_text(encoding="utf-8")) == _manifest(full)


def test_manifest_matches_the_files(built: Path):
    entries = _manifest(built)["pdfs"]
    assert len(entries) == ALL
    for entry in entries:
        path = built / "output" / entry["path"]
        data = path.read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["bytes"] == len(data)
        assert entry["pages"] >= 1
        assert entry["checks"]["pdfua"] == "pass"
        assert entry["reviewed"] is (entry["locale"] == "en")
        assert entry["reading_grade"] <= 6.0
        assert path.name == f"{HANDOUT}.{entry['locale']}.{entry['variant']}.pdf"


def test_bad_shard_is_refused(project: Path):
    result = run_handout_quiet(project, "build", "--shard", "4/3")
    assert result != 0


def run_handout_quiet(project: Path, *args: str) -> int:
    try:
        return run_handout(project, *args).code
    except SystemExit as exit_:
        return int(exit_.code or 0)


def test_epoch_sets_the_dates(tmp_path: Path, epoch: None):
    project = copy_project(tmp_path / "dated")
    assert run_handout(project, "build", "--no-check", "--locale", "en").code == 0
    data = (project / "output" / HANDOUT / "en" / f"{HANDOUT}.en.large-print.pdf").read_bytes()
    assert b"D:20231114" in data  # 1700000000 is 2023-11-14
    assert os.environ["SOURCE_DATE_EPOCH"] == "1700000000"
