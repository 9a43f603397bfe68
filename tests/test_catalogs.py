"""Catalogs as translators and GNU gettext see them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from conftest import HANDOUT, REPO, run_handout

CATALOGS = sorted((REPO / "locales").rglob("*.po")) + sorted((REPO / "locales").glob("*.pot"))


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.relative_to(REPO).as_posix())
def test_msgfmt_accepts_every_catalog(path: Path):
    done = subprocess.run(["msgfmt", "-c", "--check-format", "-o", "/dev/null", str(path)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_committed_template_is_up_to_date(project: Path):
    before = (project / "locales" / f"{HANDOUT}.pot").read_bytes()
    result = run_handout(project, "extract")
    assert result.code == 0
    assert "unchanged" in result.out
    assert (project / "locales" / f"{HANDOUT}.pot").read_bytes() == before


def test_update_without_changes_rewrites_nothing(project: Path):
    catalogs = sorted((project / "locales").rglob("*.po"))
    before = {path: path.read_bytes() for path in catalogs}
    result = run_handout(project, "update")
    assert result.code == 0, result.err
    assert {path: path.read_bytes() for path in catalogs} == before


def test_template_gives_translators_context(project: Path):
    template = polib.pofile(str(project / "locales" / f"{HANDOUT}.pot"))
    by_id = {(entry.msgid, entry.msgctxt): entry for entry in template}
    notice = by_id[("This page may be photocopied noncommercially by physicians and other "
                    "health care professionals to share with patients.", None)]
    assert "legal notice" in notice.comment
    assert notice.occurrences[0][0] == f"handouts/{HANDOUT}.md"
    assert by_id[("Page {page} of {pages}", "interface")].flags == ["python-brace-format"]
    # The same heading text in the two texts is two messages, one per variant's register.
    contexts = {entry.msgctxt for entry in template}
    assert {"full text", "plain language", "interface"} <= contexts
    for entry in template:
        assert entry.comment, entry.msgid
        if "warfarin" in entry.msgid:
            assert "drug names (warfarin" in entry.comment.replace("\n", " ")


def _replace_in_source(project: Path, old: str, new: str) -> None:
    source = project / "handouts" / f"{HANDOUT}.md"
    text = source.read_text(encoding="utf-8")
    assert text.count(old) == 1
    source.write_text(text.replace(old, new), encoding="utf-8")


def _entries(project: Path, locale: str) -> dict[tuple[str, str | None], polib.POEntry]:
    catalog = polib.pofile(str(project / "locales" / locale / "LC_MESSAGES" / f"{HANDOUT}.po"))
    return {(e.msgid, e.msgctxt): e for e in catalog}


@pytest.mark.parametrize("locale", ["es", "zh_Hans"])
def test_changed_sentence_becomes_fuzzy_and_removed_block_obsolete(project: Path, locale: str):
    old_sentence = ("Calciphylaxis is a rare disease that results from calcium clotting small "
                    "blood vessels of the skin and fat.")
    new_sentence = old_sentence.replace("of the skin", "in the skin")
    before = _entries(project, locale)
    _replace_in_source(project, old_sentence, new_sentence)
    _replace_in_source(project, "- iron\n", "")
    assert run_handout(project, "extract").code == 0
    result = run_handout(project, "update")
    assert result.code == 0, result.err
    after = _entries(project, locale)

    changed = after[(new_sentence, "full text")]
    assert changed.fuzzy
    assert changed.previous_msgid == old_sentence
    assert changed.msgstr == before[(old_sentence, "full text")].msgstr
    assert (old_sentence, "full text") not in after

    removed = after[("iron", "plain language")]
    assert removed.obsolete
    assert removed.msgstr == before[("iron", "plain language")].msgstr

    untouched = {key: entry.msgstr for key, entry in before.items()
                 if key not in {(old_sentence, "full text"), ("iron", "plain language")}}
    assert untouched
    for key, msgstr in untouched.items():
        assert after[key].msgstr == msgstr
        assert not after[key].fuzzy, key


def test_init_writes_babel_headers(project: Path):
    shutil.rmtree(project / "locales" / "es")
    result = run_handout(project, "init", "es")
    assert result.code == 0, result.err
    catalog = polib.pofile(str(project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"))
    assert catalog.metadata["Language"] == "es"
    assert catalog.metadata["Plural-Forms"].startswith("nplurals=2;")
    assert "charset=utf-8" in catalog.metadata["Content-Type"].lower()
    assert len(catalog) > 50
    assert catalog.percent_translated() == 0


def test_init_refuses_to_overwrite_a_catalog(project: Path):
    before = (project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po").read_bytes()
    result = run_handout(project, "init", "es")
    assert result.code == 1
    assert "already exists" in result.err
    assert (project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po").read_bytes() == before


def test_untranslated_block_prints_in_english_and_strict_fails(project: Path):
    path = project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"
    catalog = polib.pofile(str(path))
    english = "Causes"
    catalog.find(english, msgctxt="full text").msgstr = ""
    catalog.save(str(path))
    result = run_handout(project, "build", "--locale", "es", "--variant", "large-print")
    assert result.code == 0, result.err
    assert "1 message printed in English" in result.out
    from conftest import pdf_text
    pdf = project / "output" / HANDOUT / "es" / f"{HANDOUT}.es.large-print.pdf"
    assert english in pdf_text(pdf)
    pdf.unlink()
    strict = run_handout(project, "build", "--locale", "es", "--strict")
    assert strict.code == 1
    assert "--strict" in strict.err
    assert not pdf.exists()
