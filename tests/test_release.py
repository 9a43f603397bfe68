"""Release builds: repeatable, incremental, shardable, strict when asked, with a manifest that
tells the truth."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from contextlib import redirect_stderr
from pathlib import Path

import pytest
from conftest import (
    FEW,
    HANDOUT,
    MATRIX,
    VARIANTS,
    copy_project,
    pdf_file,
    run_handout,
    run_handout_process,
    set_translation,
)

import handout
from handout.build import build
from handout.cache import CACHE_VARIABLE
from handout.cli import main
from handout.files import folder_locked
from handout.plan import Selection, plan
from handout.project import load_project

# Two locales, Latin and right to left, where a test builds a project more than once.
TWO = ("es", "ar")
TWO_PDFS = (1 + len(TWO)) * len(VARIANTS) - 1


def _pdfs(project: Path) -> dict[str, str]:
    output = project / "output"
    return {
        path.relative_to(output).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(output.rglob("*.pdf"))
    }


def _manifest(project: Path) -> dict:
    return json.loads((project / "output" / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture()
def epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def test_builds_without_source_date_epoch_are_identical(
    project: Path, monkeypatch: pytest.MonkeyPatch
):
    """Without SOURCE_DATE_EPOCH the date is the inputs' (their last commit, or their newest
    modification time): two forced builds of the same inputs give the same bytes."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    arguments = ("build", "--force", "--no-check", "--locale", "es", "--locale", "en")
    assert run_handout(project, *arguments).code == 0
    first = _pdfs(project)
    # Into the next whole second, no longer (a PDF's dates are in seconds): a build dated
    # by the clock would write other bytes.
    time.sleep(1.01 - time.time() % 1)
    assert run_handout(project, *arguments).code == 0
    assert _pdfs(project) == first


def test_a_shallow_clone_says_its_pdfs_are_dated_otherwise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """In a shallow clone git's log holds one commit, which seems to have touched every
    file: each PDF was dated by it (other bytes than a full clone's), without a word."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    origin = copy_project(tmp_path / "origin", ["es"])
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q", str(origin)], check=True)
    subprocess.run([*git, "-C", str(origin), "add", "-A"], check=True)
    subprocess.run([*git, "-C", str(origin), "commit", "-qm", "one"], check=True)
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{origin}", str(clone)], check=True
    )
    arguments = ("build", "--no-check", "--locale", "en", "--variant", "large-print")
    shallow = run_handout(clone, *arguments)
    assert shallow.code == 0, shallow.err
    assert "warning: a shallow git clone (its history cut short): PDFs are not dated" in (
        shallow.out + shallow.err
    )
    full = run_handout(origin, *arguments)
    assert "warning" not in full.out + full.err


def test_a_project_in_a_folder_whose_path_has_a_space_is_dated_by_its_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """git's answer (the top folder, then whether the clone is shallow) was split at
    spaces: in "/tmp/clinic handouts" it could not be read, and each PDF was dated by
    its files' modification times instead of their last commit, other bytes than the
    same commit's build elsewhere, without a word."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    project = copy_project(tmp_path / "clinic handouts é", [])
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-C", str(project)]
    subprocess.run([*git[:-2], "init", "-q", str(project)], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    env = {**os.environ, "GIT_COMMITTER_DATE": "2020-01-01T00:00:00Z"}
    subprocess.run([*git, "commit", "-qm", "one"], check=True, env=env)
    arguments = ("build", "--no-check", "--locale", "en", "--variant", "large-print")
    result = run_handout(project, *arguments)
    assert result.code == 0, result.err
    pdf = pdf_file(project, "en", "large-print").read_bytes()
    assert b"/CreationDate (D:20200101000000" in pdf


def test_a_new_commit_dates_the_pdfs_whose_inputs_it_touched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """git's log is read once for each commit the project stands at and kept in the user
    cache (it took 0.12 s of a rebuild with nothing to do, in a history of 574 commits):
    a new commit is read again, and a damaged entry is read again too."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.setenv(CACHE_VARIABLE, str(tmp_path / "cache"))  # this test's entries alone
    project = copy_project(tmp_path / "project", [])
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-C", str(project)]
    subprocess.run([*git[:-2], "init", "-q", str(project)], check=True)
    subprocess.run([*git, "add", "-A"], check=True)

    def commit(day: str) -> None:
        env = {**os.environ, "GIT_COMMITTER_DATE": f"{day}T00:00:00Z"}
        subprocess.run([*git, "commit", "-qam", day], check=True, env=env)

    def dated() -> bytes:
        result = run_handout(
            project, "build", "--no-check", "--locale", "en", "--variant", "large-print"
        )
        assert result.code == 0, result.err
        found = re.search(
            rb"/CreationDate \(D:(\d{8})", pdf_file(project, "en", "large-print").read_bytes()
        )
        assert found is not None
        return found[1]

    commit("2020-01-01")
    assert dated() == b"20200101"
    settings = project / "handout.toml"
    settings.write_text(settings.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    commit("2021-02-03")
    assert dated() == b"20210203"
    entries = list((tmp_path / "cache" / "commit-times").glob("*"))
    assert len(entries) == 2
    for entry in entries:
        entry.write_bytes(b"{damaged")
    settings.write_text(settings.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    commit("2022-03-04")
    assert dated() == b"20220304"


def test_another_version_of_a_library_rebuilds_the_pdfs(tmp_path: Path, epoch: None):
    """A machine whose Babel was upgraded kept its PDFs "up to date", with month names a
    fresh machine no longer prints: the libraries' versions were no input. Another
    version is shown to the build as pip shows one, by its metadata folder, ahead of
    the installed one on the path."""
    project = copy_project(tmp_path / "project", [])
    arguments = ("build", "--locale", "en", "--variant", "large-print", "--no-check")
    # Built here (warm: 0.5 s less than in a process of its own); the rebuilds in
    # processes of their own, as a machine whose Babel changed starts one.
    assert run_handout(project, *arguments).code == 0
    same = run_handout_process(project, *arguments)
    assert same.out.splitlines()[-1].startswith("0 PDFs built, 1 up to date"), same.out
    other = tmp_path / "other-babel"
    (other / "babel-99.0.dist-info").mkdir(parents=True)
    env = {**os.environ, "PYTHONPATH": str(other)}
    upgraded = run_handout_process(project, *arguments, env=env)
    assert upgraded.code == 0, upgraded.err
    assert upgraded.out.splitlines()[-1].startswith("1 PDF built, 0 up to date"), upgraded.out


def test_second_build_rebuilds_nothing_and_a_touched_catalog_only_its_locale(
    project: Path, epoch: None
):
    # A variant of a language alone and one beside the English, whose inputs are the
    # English's too: what is up to date, or built again, is each PDF's own inputs, and
    # these two show it as the three variants did (14 PDFs built, not 21).
    variants = ("large-print", "bilingual-plain-language")
    chosen = [argument for variant in variants for argument in ("--variant", variant)]
    selection = ("build", "--no-check", "--locale", "es", "--locale", "hi", *chosen)
    assert run_handout(project, *selection).code == 0
    manifest = project / "output" / "manifest.json"
    written = manifest.stat()
    again = run_handout(project, *selection)
    assert again.code == 0
    assert f"0 PDFs built, {2 * len(variants)} up to date" in again.out
    # Nothing changed: the manifest, which holds these entries, is left as it is; gone,
    # it is written again.
    assert (manifest.stat().st_ino, manifest.stat().st_mtime_ns) == (
        written.st_ino,
        written.st_mtime_ns,
    )
    manifest.unlink()
    assert run_handout(project, *selection).code == 0
    assert _manifest(project)["pdfs"]
    po = project / "locales" / "hi" / "LC_MESSAGES" / f"{HANDOUT}.po"
    po.write_text(
        po.read_text(encoding="utf-8").replace(
            '"Language-Team: Hindi\\n"', '"Language-Team: Hindi team\\n"'
        ),
        encoding="utf-8",
    )
    touched = run_handout(project, *selection)
    assert touched.code == 0
    built = re.findall(r"^built output/\S+/(\w+)/\S+\.pdf", touched.out, re.M)
    assert sorted(built) == ["hi"] * len(variants)
    forced = run_handout(project, "build", "--no-check", "--force", "--locale", "es", *chosen)
    assert f"{len(variants)} PDFs built" in forced.out
    later = time.time() + 5  # touched, not changed: rebuilt like make would, same bytes
    es = project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"
    before = _pdfs(project)
    os.utime(es, (later, later))
    touched_only = run_handout(project, *selection)
    assert sorted(re.findall(r"^built output/\S+/(\w+)/\S+\.pdf", touched_only.out, re.M)) == [
        "es"
    ] * len(variants)
    assert _pdfs(project) == before


def test_a_pdf_changed_since_its_build_is_built_again(
    project: Path, epoch: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A rebuild takes each PDF's digest from the user cache, kept by the file's version
    by the build that wrote it, and reads no PDF that has stayed as it was; a PDF written
    over since, with its old size and modification time put back, is built again."""
    selection = ("build", "--no-check", "--locale", "es", "--jobs", "2")  # in workers
    # Their fork server is started now, if not before, with another cache than the one
    # these builds use: a worker is told the build's.
    assert run_handout(project, *selection, "--force").code == 0
    cache = tmp_path / "cache"
    monkeypatch.setenv("HANDOUT_CACHE_DIR", str(cache))

    def built(*force: str) -> list[str]:
        run = run_handout(project, *selection, *force)
        assert run.code == 0, run.err
        return sorted(re.findall(r"^built output/\S+\.(\S+)\.pdf", run.out, re.M))

    assert built("--force") == sorted(VARIANTS)
    entries = sorted((cache / "pdf-digests").iterdir())
    assert len(entries) == len(VARIANTS)  # kept by the build
    planted = b'"' + b"0" * 64 + b'"'  # a sound entry of another digest
    for entry in entries:
        entry.write_bytes(hashlib.sha256(planted).hexdigest().encode() + b"\n" + planted)
    assert built() == sorted(VARIANTS)  # the digests came from the cache, not the files
    assert built() == []
    for entry in sorted((cache / "pdf-digests").iterdir()):
        entry.write_bytes(entry.read_bytes()[:-3] + b'00"')  # a disk fault
    assert built() == []  # each file read and hashed again
    pdf = project / "output" / HANDOUT / "es" / f"{HANDOUT}.es.large-print.pdf"
    data, old = pdf.read_bytes(), pdf.stat()
    pdf.write_bytes(data.replace(b"%%EOF", b"%%EOX"))
    os.utime(pdf, ns=(old.st_atime_ns, old.st_mtime_ns))
    assert built() == ["large-print"]
    assert pdf.read_bytes() == data


def test_two_clean_builds_are_identical_and_shards_build_the_full_set_once(
    tmp_path: Path, epoch: None
):
    """Two clean builds of one project, one in workers (`--jobs 2`) and one in this process
    (`--jobs 1`, the full build the shards are compared with), give the same PDFs and
    manifest; shards build that full set once and merge into its manifest."""
    in_workers = copy_project(tmp_path / "in-workers", TWO)
    assert run_handout(in_workers, "build", "--jobs", "2", "--no-check").code == 0
    full = copy_project(tmp_path / "full", TWO)
    assert run_handout(full, "build", "--jobs", "1", "--no-check").code == 0
    assert len(_pdfs(in_workers)) == TWO_PDFS
    assert _pdfs(in_workers) == _pdfs(full)
    assert _manifest(in_workers) == _manifest(full)
    shards, seen = [], {}
    for number in (1, 2, 3):
        shard = copy_project(tmp_path / f"shard{number}", TWO)
        result = run_handout(shard, "build", "--no-check", "--shard", f"{number}/3")
        assert result.code == 0, result.err
        for name, digest in _pdfs(shard).items():
            assert name not in seen  # no overlap
            seen[name] = digest
        shards.append(shard / "output" / "manifest.json")
    assert seen == _pdfs(full)
    merged = tmp_path / "merged.json"
    result = run_handout(full, "merge-manifests", *map(str, shards), "--output", str(merged))
    assert result.code == 0
    assert "warning" not in result.err
    assert json.loads(merged.read_text(encoding="utf-8")) == _manifest(full)
    left_out = next(shard for shard in shards if json.loads(shard.read_text())["pdfs"])
    rest = [str(shard) for shard in shards if shard != left_out]
    gap = run_handout(full, "merge-manifests", *rest, "--output", str(merged))
    # A missing shard fails the merge (CI stops), its PDFs each named; the rest is written.
    assert gap.code == 1 and "error: no shard built" in gap.err
    assert 0 < len(json.loads(merged.read_text())["pdfs"]) < len(_manifest(full)["pdfs"])
    allowed = run_handout(full, "merge-manifests", *rest, "--output", str(merged), "--allow-gaps")
    assert allowed.code == 0 and "warning: no shard built" in allowed.err
    # A variant taken out of the project after the shards were built: its PDFs are left
    # out of the merged manifest, each named, as a build takes them out of output/.
    config = full / "handout.toml"
    text = config.read_text(encoding="utf-8")
    start = text.index("[variants.bilingual-plain-language]")
    following = text.find("\n[", start + 1)
    config.write_text(text[:start] + (text[following + 1 :] if following > 0 else ""))
    retired = run_handout(full, "merge-manifests", *map(str, shards), "--output", str(merged))
    assert retired.code == 0, retired.err
    assert "bilingual-plain-language.pdf: left out, its handout, locale or variant" in retired.err
    listed = json.loads(merged.read_text(encoding="utf-8"))["pdfs"]
    assert listed and all(entry["variant"] != "bilingual-plain-language" for entry in listed)
    config.write_text(text, encoding="utf-8")
    missing = run_handout(full, "merge-manifests", str(tmp_path / "nothing.json"))
    assert missing.code == 1 and "no such manifest" in missing.err
    no_list = tmp_path / "no-list.json"  # refused, not taken as one with no PDFs
    no_list.write_text('{"format": "handout-manifest/1"}', encoding="utf-8")
    refused = run_handout(full, "merge-manifests", str(no_list), "--output", str(merged))
    assert (refused.code, refused.err) == (
        1,
        f"error: {no_list}: not a handout-manifest/1 manifest: it has no 'pdfs' list\n",
    )
    # A shard's entry with fields of the wrong type was merged and written out as it stood
    # (its printed_in_english too, hand-edited: a count of "x", or a key no build writes).
    mistyped = tmp_path / "mistyped.json"
    first = _manifest(full)["pdfs"][0]
    for wrong in (
        {"bytes": "x", "checks": 5},
        {"printed_in_english": {**first["printed_in_english"], "refused": "x"}},
        {"printed_in_english": {**first["printed_in_english"], "missing": 1}},
        {"printed_in_english": 3},
    ):
        entry = {**first, **wrong}
        mistyped.write_text(json.dumps({"format": "handout-manifest/1", "pdfs": [entry]}))
        refused = run_handout(full, "merge-manifests", str(mistyped), "--output", str(merged))
        assert (refused.code, refused.err) == (
            1,
            f"error: {mistyped}: not a handout-manifest/1 manifest: an entry of 'pdfs' is "
            "not one\n",
        ), wrong
    # An earlier version's entry, without printed_in_english, was refused as not one.
    earlier = {key: value for key, value in first.items() if key != "printed_in_english"}
    mistyped.write_text(json.dumps({"format": "handout-manifest/1", "pdfs": [earlier]}))
    kept = run_handout(
        full, "merge-manifests", str(mistyped), "--output", str(merged), "--allow-gaps"
    )
    assert kept.code == 0 and json.loads(merged.read_text())["pdfs"] == [earlier], kept.err
    # Shards built one after the other into one folder (here the second into the full
    # build's, each PDF up to date): a shard's manifest listed the PDFs of those before it
    # too, and the merge warned of shards overlapping that did not.
    whole = _manifest(full)
    result = run_handout(full, "build", "--no-check", "--shard", "2/3")
    assert result.code == 0, result.err
    second = tmp_path / "second.json"
    shutil.copy(full / "output" / "manifest.json", second)
    assert json.loads(second.read_text(encoding="utf-8")) == json.loads(shards[1].read_text())
    in_turn = map(str, (shards[0], second, shards[2]))
    joined = run_handout(full, "merge-manifests", *in_turn, "--output", str(merged))
    assert (joined.code, joined.err) == (0, "")
    assert json.loads(merged.read_text(encoding="utf-8")) == whole
    twice = run_handout(
        full, "merge-manifests", *map(str, (*shards, second)), "--output", str(merged)
    )
    assert "is in another manifest too (the shards overlap)" in twice.err  # a real overlap


def test_a_merge_of_shard_manifests_waits_for_a_build_of_the_folder(built: Path, tmp_path: Path):
    """merge-manifests wrote output/manifest.json while a build of output/ ran: the build,
    which read the manifest before, then wrote its own over the merged one, and each PDF
    the shards built was gone from it. The merge takes the lock a build holds (as a
    build would, here) and writes once the build is done."""
    project = copy_project(tmp_path / "project", ["es"])
    entries = json.loads((built / "output" / "manifest.json").read_text(encoding="utf-8"))
    shard = tmp_path / "shard.json"
    kept = [entry for entry in entries["pdfs"] if entry["locale"] in ("en", "es")]
    shard.write_text(json.dumps({**entries, "pdfs": kept}), encoding="utf-8")
    output = project / "output"
    with folder_locked(output, lambda: None):
        merging = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "handout",
                "--project",
                str(project),
                "merge-manifests",
                str(shard),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert merging.stderr is not None
        waited = merging.stderr.readline()
        written_meanwhile = (output / "manifest.json").exists()
    out, err = merging.communicate(timeout=60)
    assert (waited, written_meanwhile) == ("waiting for a build, or a check, of output\n", False)
    assert (merging.returncode, out, err) == (0, f"wrote {output / 'manifest.json'} (5 PDFs)\n", "")
    assert _manifest(project)["pdfs"] == kept


def test_manifest_matches_the_files(built: Path):
    entries = _manifest(built)["pdfs"]
    assert len(entries) == len(MATRIX)
    for entry in entries:
        path = built / "output" / entry["path"]
        data = path.read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["bytes"] == len(data)
        assert entry["pages"] >= 1
        # The session's build skips the build's own checks (the tests do them): the
        # manifest says so; a checked build's manifest is in test_clinic.
        assert set(entry["checks"].values()) == {"skipped"}
        assert entry["reviewed"] is (entry["locale"] == "en")
        assert path.name == f"{HANDOUT}.{entry['locale']}.{entry['variant']}.pdf"


def test_strict_fails_an_up_to_date_unreviewed_locale(project: Path):
    assert run_handout(project, "build", "--locale", "es", "--no-check").code == 0
    strict = run_handout(project, "build", "--locale", "es", "--strict")
    assert strict.code == 1
    assert "--strict: the catalog is not reviewed" in strict.err
    assert "up to date" in strict.out
    # Its PDFs are taken out, each with a line, and no empty folder is left.
    for variant in ("large-print", "plain-language", "bilingual-plain-language"):
        path = f"output/{HANDOUT}/es/{HANDOUT}.es.{variant}.pdf"
        assert f"removed {path}: skipped or refused (see above)" in strict.out
    assert not (project / "output" / HANDOUT / "es").exists()


def test_strict_names_the_unreviewed_catalog_at_its_review_line(project: Path):
    """--strict named the handout's catalog, without a line, even when it was the
    interface's catalog that was not reviewed."""
    folder = project / "locales" / "es" / "LC_MESSAGES"
    handout = folder / f"{HANDOUT}.po"
    handout.write_text(
        handout.read_text(encoding="utf-8").replace(
            "X-Review-Status: unreviewed", "X-Review-Status: reviewed"
        ),
        encoding="utf-8",
    )
    interface = folder / "interface.po"
    lines = interface.read_text(encoding="utf-8").split("\n")
    review_line = lines.index('"X-Review-Status: unreviewed\\n"') + 1
    strict = run_handout(project, "build", "--locale", "es", "--strict", "--no-check")
    assert strict.code == 1
    assert strict.err.splitlines() == [
        f"error: locales/es/LC_MESSAGES/interface.po:{review_line}: --strict: the catalog "
        "is not reviewed (X-Review-Status: unreviewed); set 'X-Review-Status: reviewed' "
        "once a qualified medical translator has checked it"
    ]
    # A catalog without the header is named at its header, where the line goes.
    interface.write_text(
        "\n".join(line for line in lines if "X-Review-Status:" not in line), encoding="utf-8"
    )
    strict = run_handout(project, "build", "--locale", "es", "--strict", "--no-check")
    header = next(n for n, line in enumerate(lines, 1) if line == 'msgstr ""')
    assert strict.err.startswith(f"error: locales/es/LC_MESSAGES/interface.po:{header}: ")


def test_strict_names_the_first_message_it_would_print_in_english_and_the_variant(
    project: Path,
):
    """--strict refusing a PDF for English printed in it named the handout's catalog with
    no line and no variant ("locales/es/LC_MESSAGES/calciphylaxis.po: --strict: 1 message
    untranslated, fuzzy or refused by the rule book"), though the message was the
    interface's: the clinic could find it in neither. It names the first refused at its
    line, and the PDF."""
    folder = project / "locales" / "es" / "LC_MESSAGES"
    for catalog in (folder / f"{HANDOUT}.po", folder / "interface.po"):
        catalog.write_text(
            catalog.read_text(encoding="utf-8").replace(
                "X-Review-Status: unreviewed", "X-Review-Status: reviewed"
            ),
            encoding="utf-8",
        )
    set_translation(project, "es", "Revised {date}", "interface", "Actualizado", "interface")
    lines = (folder / "interface.po").read_text(encoding="utf-8").split("\n")
    line = lines.index('msgstr "Actualizado"') + 1
    strict = run_handout(
        project, "build", "--locale", "es", "--variant", "large-print", "--strict", "--no-check"
    )
    assert strict.code == 1
    assert strict.err.startswith(
        f"error: locales/es/LC_MESSAGES/interface.po:{line}: --strict: {HANDOUT} es "
        "large-print: 1 message untranslated, fuzzy or refused by the rule book"
    ), strict.err
    # Left untranslated, it has no line to name: its catalog, the interface's, is named
    # (it was the handout's, which holds no entry of it).
    set_translation(project, "es", "Revised {date}", "interface", "", "interface")
    strict = run_handout(
        project, "build", "--locale", "es", "--variant", "large-print", "--strict", "--no-check"
    )
    assert strict.err.startswith(
        f"error: locales/es/LC_MESSAGES/interface.po: --strict: {HANDOUT} es large-print: "
        "1 message untranslated"
    ), strict.err
    # A fuzzy one has a line, which was not named either: it is, as lint names it.
    set_translation(project, "es", "Revised {date}", "interface", "Revisado", "interface")
    path = folder / "interface.po"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            '#, python-brace-format\nmsgctxt "interface"\nmsgid "Revised {date}"',
            '#, fuzzy, python-brace-format\nmsgctxt "interface"\nmsgid "Revised {date}"',
        ),
        encoding="utf-8",
    )
    lines = path.read_text(encoding="utf-8").split("\n")
    line = lines.index('msgstr "Revisado"') + 1
    assert lines[line - 4] == "#, fuzzy, python-brace-format"
    strict = run_handout(
        project, "build", "--locale", "es", "--variant", "large-print", "--strict", "--no-check"
    )
    assert strict.err.startswith(
        f"error: locales/es/LC_MESSAGES/interface.po:{line}: --strict: {HANDOUT} es "
        "large-print: 1 message untranslated, fuzzy or refused by the rule book, the first "
        "fuzzy here"
    ), strict.err


def test_min_translated_leaves_no_stale_pdf_or_manifest_entry(project: Path):
    assert run_handout(project, "build", "--locale", "es", "--no-check").code == 0
    path = project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"
    import polib

    po = polib.pofile(str(path))
    for entry in po[: len(po) // 2]:
        entry.msgstr = ""
    po.save(str(path))
    result = run_handout(
        project, "build", "--locale", "es", "--locale", "hi", "--min-translated", "80", "--no-check"
    )
    assert result.code == 0, result.err
    assert re.search(
        r"^skipped calciphylaxis es: \d+ of \d+ messages translated \(\d+\.\d%\), "
        r"below --min-translated 80$",
        result.out,
        re.M,
    )
    assert not (project / "output" / HANDOUT / "es").exists()
    assert f"removed output/{HANDOUT}/es/{HANDOUT}.es.large-print.pdf" in result.out
    assert all(entry["locale"] != "es" for entry in _manifest(project)["pdfs"])
    assert pdf_file(project, "hi", "large-print").is_file()


def test_a_handout_or_locale_taken_out_of_the_project_leaves_no_pdf_behind(project: Path):
    """A clinic retires a handout or a language: its PDFs stayed in output/ and the
    manifest, looking current, and `handout check output` failed them with advice to
    create the catalogs again."""
    source = project / "handouts" / f"{HANDOUT}.md"
    (project / "handouts" / "retired.md").write_text(source.read_text(encoding="utf-8"))
    catalogs = project / "locales" / "es" / "LC_MESSAGES"
    shutil.copy(catalogs / f"{HANDOUT}.po", catalogs / "retired.po")
    built = ("build", "--variant", "large-print", "--no-check")
    assert run_handout(project, *built, "--handout", "retired", "--locale", "es").code == 0
    assert run_handout(project, *built, "--handout", HANDOUT).code == 0
    shutil.rmtree(project / "locales" / "ar")
    (project / "handouts" / "retired.md").unlink()
    (catalogs / "retired.po").unlink()
    result = run_handout(project, *built)
    assert result.code == 0, result.err
    gone = [f"output/{HANDOUT}/ar/{HANDOUT}.ar.large-print.pdf"]
    gone.append("output/retired/es/retired.es.large-print.pdf")
    for path in gone:
        assert f"removed {path}: its handout, locale or variant is no longer in the project" in (
            result.out
        )
        assert not (project / path).exists()
    assert not (project / "output" / "retired").exists()
    listed = {(entry["handout"], entry["locale"]) for entry in _manifest(project)["pdfs"]}
    assert listed == {(HANDOUT, locale) for locale in ("en", *FEW) if locale != "ar"}
    checked = run_handout(project, "check", str(project / "output"))
    assert checked.code == 0, checked.out


def test_a_source_that_no_longer_reads_leaves_no_pdf_of_it_behind(project: Path):
    """A catalog that no longer reads took its locale's PDFs out of output/ (built from an
    earlier catalog, they would look current); a source that no longer reads left all of
    its handout's."""
    built = ("build", "--locale", "es", "--variant", "large-print", "--no-check")
    assert run_handout(project, *built).code == 0
    source = project / "handouts" / f"{HANDOUT}.md"
    source.write_text(
        source.read_text(encoding="utf-8").replace("## Causes\n", "## Causes <b>now</b>\n", 1),
        encoding="utf-8",
    )
    result = run_handout(project, *built)
    assert result.code == 1
    path = f"output/{HANDOUT}/es/{HANDOUT}.es.large-print.pdf"
    assert f"removed {path}: skipped or refused (see above)" in result.out, result.out
    assert not (project / path).exists()
    assert _manifest(project)["pdfs"] == []


def test_a_broken_source_fails_in_each_shard_only_that_shards_pdfs(tmp_path: Path):
    """A source that does not read fails, in a shard build, that shard's PDFs of it: each
    shard counted all of the handout's PDFs (those a build takes out of output/), and the
    shards' summaries together said each PDF failed three times."""
    project = copy_project(tmp_path, TWO)
    loaded = load_project(project)
    planned = [
        len(plan(loaded, Selection(shard=(number, 3)), lambda _: None, lambda _: None))
        for number in (1, 2, 3)
    ]
    assert sum(planned) == TWO_PDFS
    (project / "handouts" / f"{HANDOUT}.md").write_text("no header\n", encoding="utf-8")
    failed = []
    for number in (1, 2, 3):
        result = run_handout(project, "build", "--no-check", "--shard", f"{number}/3")
        assert result.code == 1
        found = re.search(r"(\d+) failed", result.out)
        assert found, result.out
        failed.append(int(found[1]))
    assert failed == planned


def test_a_strict_shard_build_fails_only_the_pdfs_of_its_shard(tmp_path: Path):
    """--strict in a shard build refuses, of the PDFs that would print English, its own
    shard's only: each shard refused them all, and one that builds none of them failed."""
    project = copy_project(tmp_path, ("es",))
    for catalog in (project / "locales" / "es" / "LC_MESSAGES").glob("*.po"):
        text = catalog.read_text(encoding="utf-8")
        catalog.write_text(text.replace("X-Review-Status: unreviewed", "X-Review-Status: reviewed"))
    set_translation(project, "es", "Do I Have Calciphylaxis?", None, "")
    loaded = load_project(project)

    def quiet(_: str) -> None:
        pass

    def refused(shard: tuple[int, int]) -> set[str]:
        selection = Selection(locales=("es",), strict=True, check=False, shard=shard)
        return {outcome.label for outcome in build(loaded, selection, quiet) if not outcome.ok}

    every = refused((1, 1))
    assert len(every) == 3  # the title is in every variant
    shards = []
    for number in (1, 2, 3):
        mine = plan(loaded, Selection(locales=("es",), shard=(number, 3)), quiet, quiet)
        shards.append(refused((number, 3)))
        assert shards[-1] == every & {task.label for task in mine}
    assert set().union(*shards) == every


def test_bad_shard_is_refused(project: Path):
    with pytest.raises(SystemExit):
        run_handout(project, "build", "--shard", "4/3")


@pytest.mark.parametrize("jobs", ["0", "-1", "1.5"])
def test_a_number_of_processes_below_one_is_refused(project: Path, jobs: str):
    """`--jobs 0` and `--jobs -1` were taken, and the build ran in one process."""
    with pytest.raises(SystemExit) as refused:
        run_handout(project, "build", "--jobs", jobs)
    assert refused.value.code == 2


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--jobs", "²", "'²' is not a number of processes (1 or more)"),
        ("--shard", "²/3", "'²/3' is not K/N with 1 <= K <= N"),
    ],
)
def test_a_superscript_digit_is_refused_as_any_other_bad_number(
    project: Path, option: str, value: str, said: str
):
    """'²' is a digit to Python's str.isdigit but no number to int(): `--jobs ²` was
    refused as "invalid _processes value: '²'", naming a function of the code rather than
    what the option takes."""
    err = io.StringIO()
    with redirect_stderr(err), pytest.raises(SystemExit) as refused:
        main(["--project", str(project), "build", option, value])
    assert refused.value.code == 2
    assert err.getvalue().splitlines()[-1] == f"handout build: error: argument {option}: {said}"


def test_a_number_in_another_scripts_digits_is_the_same_number(project: Path):
    """`--shard 1/1` and `--jobs 1` in Arabic-Indic digits (as an Arabic keyboard types
    them) were refused ("is not K/N with 1 <= K <= N"), where `--min-translated 80` in them
    was taken as 80: every number on the command line is read in any script's decimal
    digits, as Python's int() and float() read them. A superscript digit is still refused
    (above), and so is a shard past the count, in any digits."""
    result = run_handout(
        project, "build", "--no-check", "--locale", "es", "--variant", "large-print",
        "--jobs", "١", "--shard", "١/١",
    )  # fmt: skip
    assert (result.code, result.err) == (0, ""), result.out + result.err
    assert pdf_file(project, "es", "large-print").exists()
    err = io.StringIO()
    with redirect_stderr(err), pytest.raises(SystemExit) as refused:
        main(["--project", str(project), "build", "--shard", "٤/٣"])
    assert refused.value.code == 2
    said = "handout build: error: argument --shard: '٤/٣' is not K/N with 1 <= K <= N"
    assert err.getvalue().splitlines()[-1] == said


@pytest.mark.parametrize("percent", ["101", "-5", "nan", "most"])
def test_a_threshold_that_is_no_percentage_is_refused(project: Path, percent: str):
    """`--min-translated 101` skipped every locale, even one translated in full."""
    with pytest.raises(SystemExit) as refused:
        run_handout(project, "build", "--min-translated", percent)
    assert refused.value.code == 2


def test_a_selection_named_twice_is_built_once(project: Path):
    """A locale given twice (`es` and `ES` are one) or a variant given twice built the same
    PDF twice, in two processes writing one file."""
    result = run_handout(
        project,
        *("build", "--no-check", "--locale", "es", "--locale", "ES"),
        *("--variant", "large-print", "--variant", "large-print"),
    )
    assert result.code == 0, result.err
    assert result.out.count("built output/") == 1, result.out


@pytest.mark.parametrize("command", ["lint", "compile", "stats", "update", "build"])
def test_a_handout_with_no_source_is_an_error(project: Path, command: str):
    """`lint` and `compile`, which read only catalogs, said nothing of a misspelt
    `--handout` and succeeded; and none said which handout was meant, as a misspelt
    locale is told."""
    result = run_handout(project, command, "--handout", "calciphylaxsis")
    assert (result.code, result.err) == (
        1,
        "error: handouts/calciphylaxsis.md: no such handout source "
        "(did you mean 'calciphylaxis'?)\n",
    )
    unlike = run_handout(project, command, "--handout", "burns")
    assert unlike.err == "error: handouts/burns.md: no such handout source\n"


def test_a_misspelt_variant_is_named_with_the_one_meant_at_its_table(project: Path):
    """`--variant large-prin` was "handout.toml: unknown variant" with no guess and no
    line; it names the variant meant, at the line of its table."""
    result = run_handout(project, "build", "--locale", "es", "--variant", "large-prin")
    table = (project / "handout.toml").read_text(encoding="utf-8").split("\n")
    line = table.index("[variants.large-print]") + 1
    assert result.code == 1
    assert result.err == (
        f"error: handout.toml:{line}: unknown variant 'large-prin' (did you mean "
        "'large-print'? known: large-print, plain-language, bilingual-plain-language)\n"
    )


def test_epoch_sets_the_dates(tmp_path: Path, epoch: None):
    project = copy_project(tmp_path / "dated", ())
    assert run_handout(project, "build", "--no-check", "--locale", "en").code == 0
    data = pdf_file(project, "en", "large-print").read_bytes()
    assert b"D:20231114" in data  # 1700000000 is 2023-11-14


@pytest.mark.parametrize("value", ["yesterday", "1.7e9", "99999999999999", "\u0663\u0664\u0665"])
@pytest.mark.parametrize("command", [("build", "--no-check", "--locale", "es"), ("init", "fr")])
def test_a_source_date_epoch_that_is_no_date_is_refused(
    project: Path, monkeypatch: pytest.MonkeyPatch, value: str, command: tuple[str, ...]
):
    """SOURCE_DATE_EPOCH that is not a whole number of seconds up to the year 9999 is one
    line and nothing built or written, as the convention asks: it was ignored without a
    word (the PDFs dated otherwise), and one too large failed every PDF as an internal
    error. extract and init (which date the files they write) ended in a traceback on one
    too large, and took Arabic-Indic digits for a date."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    result = run_handout(project, *command)
    assert result.code == 1
    assert result.err == (
        f"error: SOURCE_DATE_EPOCH={value!r} is not a date: it takes the whole number of "
        "seconds since 1970-01-01 UTC (as 'git log -1 --format=%ct' gives it), up to the "
        "year 9999\n"
    )
    assert not (project / "output" / HANDOUT).exists()
    assert not (project / "locales" / "fr").exists()


def test_builds_in_one_process_date_each_pdf_by_its_own_inputs(
    project: Path, monkeypatch: pytest.MonkeyPatch
):
    """A build made in the calling process (here one locale, `--jobs 1`) sets
    SOURCE_DATE_EPOCH for ReportLab only while it draws: a program that builds twice
    dates the second build's PDFs by their inputs, not by the first build's date."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    arguments = ("build", "--force", "--no-check", "--locale", "en", "--jobs", "1")
    assert run_handout(project, *arguments).code == 0
    assert "SOURCE_DATE_EPOCH" not in os.environ
    later = 1893456000  # 2030-01-01, after every input's own date
    os.utime(project / "handouts" / f"{HANDOUT}.md", (later, later))
    assert run_handout(project, *arguments).code == 0
    assert b"D:20300101" in pdf_file(project, "en", "large-print").read_bytes()


def test_the_command_ends_with_all_it_printed_and_no_warning(
    project: Path, monkeypatch: pytest.MonkeyPatch
):
    """`python -m handout` ends its process without Python's teardown (`cli.entrypoint`):
    what a command prints still reaches a pipe whole (buffered, as it is unless
    PYTHONUNBUFFERED is set), and a build in workers leaves no warning behind it (of a
    pool's semaphores left to clean up)."""
    monkeypatch.delenv("PYTHONUNBUFFERED", raising=False)
    built = run_handout_process(project, "build", "--no-check", "--locale", "es", "--jobs", "2")
    assert (built.code, built.err) == (0, "")
    assert built.out.splitlines()[-1].startswith(f"{len(VARIANTS)} PDFs built, ")
    in_process = run_handout(project, "stats")
    as_a_user = run_handout_process(project, "stats")
    assert as_a_user == in_process and in_process.out


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
def test_output_that_cannot_be_written_is_one_line(project: Path, unbuffered: bool):
    """The command's output going to a full disk (here /dev/full) ends in one `error:`
    line and exit 1, not in a traceback or a success: whether it fails as the command
    ends (buffered) or as it prints (PYTHONUNBUFFERED, as CI systems often set it)."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if unbuffered:
        environment["PYTHONUNBUFFERED"] = "1"
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "handout", "--project", str(project), "stats"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
        )
    assert done.returncode == 1
    assert done.stderr == (
        "error: the output could not be written: [Errno 28] No space left on device\n"
    )


def test_a_closed_output_is_no_traceback(project: Path):
    """`handout stats >&-`: Python gives a closed stream as None; what is printed is lost,
    as in a pipe whose reader went away, and the command does its work."""
    command = f"{shlex.quote(sys.executable)} -m handout --project {shlex.quote(str(project))}"
    done = subprocess.run(
        ["sh", "-c", f"{command} stats >&-"], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stderr) == (0, "")


def test_a_reader_that_goes_away_costs_the_lines_not_the_build(tmp_path: Path):
    """`handout build | head -1`: the reader of the lines goes away after the first; the
    build goes on to the end, lists every PDF in the manifest and exits as the build
    went (it stopped part way and exited 0, leaving PDFs the manifest did not list)."""
    project = copy_project(tmp_path / "project", ["es"])  # five PDFs: four after the first
    building = subprocess.Popen(
        [sys.executable, "-m", "handout", "--project", str(project), "build", "--no-check"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert building.stdout is not None and building.stderr is not None
    assert building.stdout.readline().startswith("built ")
    building.stdout.close()
    assert (building.wait(timeout=120), building.stderr.read()) == (0, "")
    listed = {entry["path"] for entry in _manifest(project)["pdfs"]}
    assert listed == set(_pdfs(project)) and len(listed) == 2 * len(VARIANTS) - 1


def test_two_builds_of_one_project_at_once_both_reach_the_manifest(project: Path):
    """Two builds started together (two locales, say, from two terminals or CI steps):
    the second waits for the first, so the manifest lists the PDFs of both. Each read
    the manifest, built, and wrote back what it had read plus its own: the last lost the
    other's entries."""
    # Each draws in its own process (`--jobs 1`): workers, which would cost each build a
    # fork server and two interpreters importing the drawing, play no part in the race.
    command = [sys.executable, "-m", "handout", "--project", str(project), "build", "--no-check"]
    command += ["--jobs", "1"]
    builds = [
        subprocess.Popen(
            [*command, "--locale", locale],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for locale in TWO
    ]
    for building in builds:
        out, err = building.communicate(timeout=120)
        assert building.returncode == 0, out + err
    listed = {entry["path"] for entry in _manifest(project)["pdfs"]}
    assert listed == set(_pdfs(project)) and len(listed) == len(TWO) * len(VARIANTS)


def _printed_by(script: str) -> list[str]:
    """The lines a Python process of its own prints running `script` (what it imports is
    then what the script's imports and calls load, not what this test process holds)."""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return done.stdout.splitlines()


def test_the_command_line_imports_no_stage_before_it_starts_workers():
    """`handout` parses its arguments and may start a build's fork server before it
    imports the pipeline (the server then imports the drawing meanwhile): importing the
    command line loads no stage of the pipeline and none of the libraries they use."""
    script = (
        "import sys\n"
        "import handout.cli\n"
        "print(sorted(m for m in sys.modules if m.startswith('handout')))\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'babel', 'polib', "
        "'markdown_it', 'reportlab', 'uharfbuzz', 'fontTools', 'pypdf', 'page'}))\n"
    )
    printed = _printed_by(script)
    assert printed == [
        "['handout', 'handout.cli', 'handout.errors', 'handout.workers']",
        "[]",
    ]


def test_checking_a_pdf_loads_nothing_that_lays_text_out():
    """`handout check` reads PDFs: it imports the check's hyphen rules (`text.hyphens`)
    without the line breaker that draws them, nor ReportLab or HarfBuzz (48 ms of the
    210 its imports took)."""
    script = (
        "import sys\n"
        "import handout.check\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'uharfbuzz'}))\n"
        "print(sorted(set(sys.modules) & {'handout.text.paragraph', 'handout.faces'}))\n"
    )
    printed = _printed_by(script)
    assert printed == ["[]", "[]"]


def test_the_package_exports_what_it_names():
    """`handout.Selection` is imported when first asked for, and is the plan's."""
    for name in handout.__all__:
        assert getattr(handout, name) is not None
    assert handout.Selection is Selection
    with pytest.raises(AttributeError, match="no attribute 'Builder'"):
        handout.Builder  # noqa: B018 (the lookup is the test)


def test_an_up_to_date_build_loads_nothing_that_draws_or_checks(project: Path):
    """A rebuild with nothing to do (the common one) imports neither ReportLab, HarfBuzz,
    fontTools, pypdf, PDFium, the PDF/UA checker (`page`) nor markdown-it (which checking
    handout.toml's texts for control characters loaded, 20 ms), nor the rule book's checks
    (their problems are kept; the pipeline's modules imported them all, about 20 ms, in
    the build's process and in its workers' server), nor what writes catalogs, nor Babel
    (whose global table it unpickled for CLDR's language aliases alone), polib (which
    reads no catalog it has in the user cache) or difflib (for names not known), nor the
    rule book at all, the source's parser and model, the document's or what translates
    one (it parses, translates and judges nothing): measured in a process of its own."""
    # One PDF to be up to date: the three of a locale took 0.25 s more to build.
    build = ["--project", str(project), "build", "--no-check", "--locale", "es"]
    build += ["--variant", "large-print"]
    assert run_handout(project, *build[2:]).code == 0
    heavy = {"reportlab", "uharfbuzz", "fontTools", "pypdf", "pypdfium2", "page", "markdown_it"}
    heavy |= {"babel", "polib", "difflib"}
    unused = {f"handout.rules.{name}" for name in ("clock", "measures", "numbers", "words")}
    unused |= {"handout.catalog.writing", "handout.catalog.memory", "handout.catalog.messages"}
    unused |= {"handout.rules", "handout.source.model", "handout.source.body"}
    unused |= {"handout.source.fidelity", "handout.document", "handout.translate"}
    script = (
        "import sys\n"
        "from handout.cli import main\n"
        f"code = main({build!r})\n"
        f"print(code, sorted({{m.split('.')[0] for m in sys.modules}} & {heavy!r}))\n"
        f"print(sorted(set(sys.modules) & {unused!r}))\n"
    )
    printed = _printed_by(script)
    assert any("0 PDFs built" in line for line in printed)
    assert printed[-2:] == ["0 []", "[]"]


def test_a_build_whose_font_cache_is_full_reads_no_font_with_fonttools(project: Path):
    """What a build needs of a face before it draws (its coverage, height and kind of
    outlines) comes from the font cache once a build has read it: the next imports
    neither fontTools' font reader nor the pens that convert CFF outlines (12 ms of each
    process that draws), measured in a process of its own."""
    build = ["--project", str(project), "build", "--force", "--no-check", "--locale", "es"]
    build += ["--variant", "large-print", "--jobs", "1"]
    assert run_handout(project, *build[2:]).code == 0  # fills the font cache
    readers = ("fontTools.ttLib", "fontTools.pens.cu2quPen", "fontTools.pens.ttGlyphPen")
    script = (
        "import sys\n"
        "from handout.cli import main\n"
        f"code = main({build!r})\n"
        f"print(code, sorted(set(sys.modules) & {set(readers)!r}))\n"
    )
    printed = _printed_by(script)
    assert any("1 PDF built" in line for line in printed)
    assert printed[-1] == "0 []"
