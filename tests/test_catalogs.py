"""Catalogs as translators and GNU gettext see them: templates, new catalogs, merges, the
interface catalog, translation memory."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from babel.messages.plurals import get_plural
from conftest import (
    FEW,
    HANDOUT,
    REPO,
    catalog,
    copy_project,
    normalise,
    pdf_text,
    run_handout,
    set_translation,
    translations,
)

from handout.newproject import new_project

CATALOGS = sorted((REPO / "locales").rglob("*.po")) + sorted((REPO / "locales").glob("*.pot"))
SECOND = "leg-ulcers"  # a second handout sharing the notices and labels


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.relative_to(REPO).as_posix())
def test_msgfmt_accepts_every_catalog(path: Path):
    done = subprocess.run(
        ["msgfmt", "-c", "--check-format", "-o", "/dev/null", str(path)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def test_committed_templates_are_up_to_date(project: Path):
    before = {path: path.read_bytes() for path in (project / "locales").glob("*.pot")}
    result = run_handout(project, "extract")
    assert result.code == 0
    assert result.out.count("unchanged") == 2, result.out
    assert {path: path.read_bytes() for path in before} == before


def test_extract_ignores_a_new_date_or_babel_version(project: Path):
    template = project / "locales" / f"{HANDOUT}.pot"
    text = template.read_text(encoding="utf-8")
    changed = text.replace("Generated-By: Babel ", "Generated-By: Babel 9.9.9 was ")
    changed = changed.replace("POT-Creation-Date: ", "POT-Creation-Date: 1999-01-01 00:00+0000x")
    assert changed != text
    template.write_text(changed, encoding="utf-8")
    assert "unchanged locales/calciphylaxis.pot" in run_handout(project, "extract").out
    assert template.read_text(encoding="utf-8") == changed


def test_update_without_changes_rewrites_nothing(project: Path):
    catalogs = sorted((project / "locales").rglob("*.po"))
    before = {path: path.read_bytes() for path in catalogs}
    result = run_handout(project, "update")
    assert result.code == 0, result.err
    assert {path: path.read_bytes() for path in catalogs} == before


@pytest.mark.parametrize(
    ("layout", "widest"),
    [
        ("--no-wrap", range(400, 2000)),
        ("--width=76", range(70, 77)),
        ("--width=100", range(90, 101)),
    ],
    ids=["long-lines", "wrapped-at-76", "wrapped-at-100"],
)
def test_update_keeps_a_catalog_saved_with_long_lines_as_it_is(
    tmp_path: Path, layout: str, widest: range
):
    """A catalog saved with its strings on one line each (Poedit with "Wrap at" off,
    Weblate's "long lines" format): update, with nothing changed in the source, wrapped
    every string at 79 columns and said "updated", a diff of 450 lines for nothing; and
    update writing it through polib (filling an entry from memory) did the same. So it
    did to a catalog wrapped at another width than gettext's 79 (Poedit's "Wrap at",
    Weblate's po_line_wrap)."""
    project = copy_project(tmp_path / "project", ["es"])
    path = project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"
    subprocess.run(["msgcat", layout, "-o", str(path), str(path)], check=True)
    before = path.read_bytes()
    strings = [line.decode() for line in before.splitlines() if not line.startswith(b"#")]
    assert max(map(len, strings)) in widest  # comments are kept as written
    result = run_handout(project, "update", "--locale", "es")
    assert f"unchanged locales/es/LC_MESSAGES/{HANDOUT}.po" in result.out, result.out
    assert path.read_bytes() == before
    from handout.catalog.reading import read_po
    from handout.catalog.writing import save_catalog

    save_catalog(path, read_po(path), project)
    assert path.read_bytes() == before


def test_template_gives_translators_context(project: Path):
    template = polib.pofile(str(project / "locales" / f"{HANDOUT}.pot"))
    by_id = {(entry.msgid, entry.msgctxt): entry for entry in template}
    notice = by_id[
        (
            "This page may be photocopied noncommercially by physicians and other "
            "health care professionals to share with patients.",
            None,
        )
    ]
    assert "legal notice" in notice.comment
    assert notice.occurrences[0][0] == f"handouts/{HANDOUT}.md"
    contexts = {entry.msgctxt for entry in template}
    assert {"full text", "plain language"} <= contexts
    for entry in template:
        assert entry.comment, entry.msgid
        if "warfarin" in entry.msgid:
            assert "drug names (warfarin" in entry.comment.replace("\n", " ")
    interface = polib.pofile(str(project / "locales" / "interface.pot"))
    page = interface.find("Page {page} of {pages}", msgctxt="interface")
    assert page.flags == ["python-brace-format"]
    assert all(entry.msgctxt == "interface" for entry in interface)


def _replace_in_source(project: Path, old: str, new: str) -> None:
    source = project / "handouts" / f"{HANDOUT}.md"
    text = source.read_text(encoding="utf-8")
    assert text.count(old) == 1
    source.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize("locale", ["es", "zh_Hans"])
def test_changed_sentence_becomes_fuzzy_and_removed_block_obsolete(tmp_path: Path, locale: str):
    # A copy with the locale it reads alone: `update` merges each locale on its own, and
    # the other three of `project` were updated and never read (0.35 s of CPU a case).
    project = copy_project(tmp_path / "project", [locale])
    old_sentence = (
        "Calciphylaxis is a rare disease that results from calcium clotting small "
        "blood vessels of the skin and fat."
    )
    new_sentence = old_sentence.replace("of the skin", "in the skin")
    before = {(e.msgid, e.msgctxt): e for e in catalog(project, locale)}
    _replace_in_source(project, old_sentence, new_sentence)
    _replace_in_source(project, "- iron\n", "")
    assert run_handout(project, "extract").code == 0
    result = run_handout(project, "update")
    assert result.code == 0, result.err
    after = {(e.msgid, e.msgctxt): e for e in catalog(project, locale)}
    changed = after[(new_sentence, "full text")]
    assert changed.fuzzy
    assert changed.previous_msgid == old_sentence
    assert changed.msgstr == before[(old_sentence, "full text")].msgstr
    assert (old_sentence, "full text") not in after or after[(old_sentence, "full text")].obsolete
    removed = after[("iron", "plain language")]
    assert removed.obsolete
    assert removed.msgstr == before[("iron", "plain language")].msgstr
    for key, entry in before.items():
        if (
            key not in {(old_sentence, "full text"), ("iron", "plain language")}
            and not entry.obsolete
        ):
            assert after[key].msgstr == entry.msgstr
            assert after[key].fuzzy == entry.fuzzy, key


def test_init_writes_the_locales_headers(project: Path):
    shutil.rmtree(project / "locales" / "es")
    result = run_handout(project, "init", "es")
    assert result.code == 0, result.err
    for domain in (HANDOUT, "interface"):
        po = catalog(project, "es", domain)
        assert po.metadata["Language"] == "es"
        plural = get_plural("es")  # what the installed Babel says, not a literal
        assert (
            po.metadata["Plural-Forms"]
            == f"nplurals={plural.num_plurals}; plural={plural.plural_expr};"
        )
        assert po.metadata["Language-Team"] == "Spanish"
        assert po.metadata["X-Review-Status"] == "unreviewed"
        assert "charset=utf-8" in po.metadata["Content-Type"].lower()
    assert catalog(project, "es").percent_translated() == 0


def test_a_fresh_catalog_lints_without_error(project: Path):
    shutil.rmtree(project / "locales" / "es")
    assert run_handout(project, "init", "es").code == 0
    result = run_handout(project, "lint", "--locale", "es")
    assert result.code == 0, result.out
    assert "[untranslated]" in result.out
    assert " error" not in result.out.replace("0 errors", "")


def test_init_leaves_an_existing_catalog_alone(project: Path):
    path = project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"
    before = path.read_bytes()
    result = run_handout(project, "init", "es")
    assert result.code == 0
    assert f"exists locales/es/LC_MESSAGES/{HANDOUT}.po" in result.out
    assert path.read_bytes() == before


def test_init_without_a_template_makes_nothing(project: Path):
    """`init de` before `extract` of a handout's template: one line, and no catalog made.
    It made the interface's, leaving a locale whose every build failed."""
    (project / "locales" / f"{HANDOUT}.pot").unlink()
    result = run_handout(project, "init", "de")
    assert (result.code, result.err) == (
        1,
        f"error: locales/{HANDOUT}.pot: no template; run 'handout extract' first\n",
    )
    assert not (project / "locales" / "de").exists()


def _add_second_handout(project: Path) -> None:
    source = (project / "handouts" / f"{HANDOUT}.md").read_text(encoding="utf-8")
    header = source[: source.index("# Full text")]
    header = header.replace('title = "Do I Have Calciphylaxis?"', 'title = "Leg Ulcers"')
    (project / "handouts" / f"{SECOND}.md").write_text(
        header + "# Full text\n\nLeg ulcers are open sores on the legs.\n\n"
        "# Plain language\n\n## Key points\n\n- Leg ulcers are open sores.\n\n"
        "## Words to know\n\n- **Ulcer**: an open sore.\n",
        encoding="utf-8",
    )


def test_lint_names_each_catalog_the_build_refuses_a_handouts_pdfs_for_lacking(project: Path):
    """A handout written after its locales were made, or a locale folder holding only its
    interface catalog: the build refused the handout's PDFs in each locale ("run 'handout
    update'"), and lint, which a clinic runs in CI before it builds, said nothing."""
    _add_second_handout(project)
    (project / "locales" / "hi" / "LC_MESSAGES" / f"{HANDOUT}.po").unlink()  # interface.po only
    built = run_handout(project, "build", "--locale", "hi", "--handout", HANDOUT)
    assert built.code == 1
    assert "3 failed" in built.out
    new = run_handout(project, "lint", "--handout", SECOND)
    interface_only = run_handout(project, "lint", "--handout", HANDOUT, "--locale", "hi")
    for linted, lacking in (
        (new, [(locale, SECOND) for locale in FEW]),
        (interface_only, [("hi", HANDOUT)]),
    ):
        assert linted.code == 1, linted.out
        assert linted.out.count("[no-catalog]") == len(lacking), linted.out
        for locale, name in lacking:
            message = (
                f"locales/{locale}/LC_MESSAGES/{name}.po: no catalog for this handout in locale "
                f"{locale!r} yet: run 'handout update', which makes it in every locale"
            )
            where, said = message.split(": ", 1)
            assert f"{where}:1: error: {said} [no-catalog]" in linted.out.splitlines()
            if name == HANDOUT:  # the build's own line, at the same file
                assert built.err.splitlines() == [f"error: {message}"]
    english = run_handout(project, "lint", "--handout", SECOND, "--locale", "en")
    assert (english.code, english.out.count("[no-catalog]")) == (0, 0)  # the source needs none


def test_stats_names_each_catalog_a_new_handout_lacks(tmp_path: Path):
    """A handout written after its locales were made had a table of no rows in stats, and
    its JSON no locale, exit 0: a CI gate on its progress passed, and the build refused its
    PDFs in each locale. Each locale is now a row not counted, and the build's error line."""
    project = copy_project(tmp_path / "project", ["es"])
    _add_second_handout(project)
    expected = (
        f"error: locales/es/LC_MESSAGES/{SECOND}.po: no catalog for this handout in locale "
        "'es' yet: run 'handout update', which makes it in every locale\n"
    )
    built = run_handout(project, "build", "--handout", SECOND, "--locale", "es")
    assert (built.code, built.err) == (1, expected)
    table = run_handout(project, "stats")
    assert (table.code, table.err) == (1, expected)
    assert re.search(
        rf"^{SECOND}: .*\n.*\n  es +not counted: no catalog for this handout yet\n[a-z]",
        table.out,
        re.M,
    ), table.out
    counted = run_handout(project, "stats", "--json")
    assert (counted.code, counted.err) == (1, expected)
    rows = {row["handout"]: row for row in json.loads(counted.out)}
    assert [(found["locale"], found["error"]) for found in rows[SECOND]["locales"]] == [
        ("es", expected.removeprefix("error: ").strip())
    ]


def test_update_creates_the_catalogs_of_a_new_handout_and_fills_them_from_memory(project: Path):
    _add_second_handout(project)
    assert run_handout(project, "extract").code == 0
    result = run_handout(project, "update")
    assert result.code == 0, result.err
    for locale in FEW:
        second = catalog(project, locale, SECOND)
        first = translations(project, locale)
        for entry in second:
            if entry.msgid.startswith("The JAMA Dermatology Patient Page"):
                assert entry.msgstr == first[(entry.msgid, None)]
                assert not entry.fuzzy  # an exact match, into an unreviewed catalog
                assert "memory: exact match" in entry.tcomment
    assert "[no-catalog]" not in run_handout(project, "lint", "--handout", SECOND).out
    build = run_handout(
        project,
        "build",
        "--no-check",
        "--handout",
        SECOND,
        "--locale",
        "es",
        "--variant",
        "large-print",
    )
    assert build.code == 0, build.err
    from conftest import pdf_file, pdf_text

    text = pdf_text(pdf_file(project, "es", "large-print", SECOND))
    for (msgid, context), msgstr in translations(project, "es").items():
        if context is None and msgid.startswith("This page may be photocopied"):
            assert normalise(msgstr) in text


def test_labels_move_to_the_interface_catalog_without_loss(tmp_path: Path):
    """A project whose handout catalogs still hold the labels (as catalogs made before the
    interface catalog did): update moves each label's translation, and no PDF's text
    changes."""
    project = copy_project(tmp_path / "project", ["fr"])
    labels = {
        (e.msgid, e.msgctxt): (e.msgstr, e.fuzzy)
        for e in catalog(project, "fr", "interface")
        if e.msgstr
    }
    (project / "locales" / "fr" / "LC_MESSAGES" / "interface.po").unlink()
    old = polib.pofile(str(project / "locales" / "fr" / "LC_MESSAGES" / f"{HANDOUT}.po"))
    for entry in [e for e in old if e.obsolete and (e.msgid, e.msgctxt) in labels]:
        old.remove(entry)  # what the move left behind
    for (msgid, context), (msgstr, fuzzy) in labels.items():
        old.insert(
            1,
            polib.POEntry(
                msgid=msgid, msgctxt=context, msgstr=msgstr, flags=["fuzzy"] if fuzzy else []
            ),
        )
    old.save()
    result = run_handout(project, "update", "--locale", "fr")
    assert result.code == 0, result.err
    moved = {
        (e.msgid, e.msgctxt): (e.msgstr, e.fuzzy)
        for e in catalog(project, "fr", "interface")
        if e.msgstr
    }
    assert moved == labels


NEAR_MISSES = [
    # (remembered English, new English): a close match that must never be offered.
    ("Take this medicine with food.", "Do not take this medicine with food."),
    ("Take 2 tablets a day.", "Take 3 tablets a day."),
    ("Stop taking warfarin before the test.", "Stop taking aspirin before the test."),
    ("Take 5 mg each morning.", "Take 5 ml each morning."),
    ("You can drive after the test.", "You cannot drive after the test."),
    # Offered (fuzzy) until the words of contrast were named: each reverses the sentence.
    ("Take two tablets each day.", "Take three tablets each day."),
    ("Take eleven tablets each day.", "Take twelve tablets each day."),
    ("Take twenty tablets each day.", "Take thirty tablets each day."),
    ("Take twenty-one tablets each day.", "Take twenty-two tablets each day."),
    ("Do not eat before surgery.", "Do not eat after surgery."),
    ("This medicine is safe for children.", "This medicine is unsafe for children."),
    ("Increase the dose slowly.", "Decrease the dose slowly."),
    ("Take it in the morning with water.", "Take it in the evening with water."),
    ("Check the skin on your left leg.", "Check the skin on your right leg."),
    ("Change the dressing every week.", "Change the dressing every other week."),
    ("The rash is likely to come back.", "The rash is unlikely to come back."),
    ("Drink more water each day.", "Drink less water each day."),
]


@pytest.mark.parametrize(("remembered", "new"), NEAR_MISSES)
def test_memory_never_offers_a_match_that_differs_in_a_negation_number_drug_unit_or_contrast(
    remembered: str, new: str
):
    from handout.catalog.memory import Remembered, close_match

    memory = {(remembered, None): Remembered(remembered, None, "x", Path("a.po"), True)}
    drugs = frozenset({"warfarin", "aspirin"})
    assert close_match(new, None, memory, drugs) is None


def test_update_withdraws_what_msgmerge_matches_but_memory_would_never_offer(tmp_path: Path):
    """GNU msgmerge fills a new message from a like one (about 0.6 alike, blind to
    meaning): "will not care for you" got the translation of "will care for you", fuzzy,
    one cleared flag from print. Such a match is withdrawn (left untranslated) as memory's
    own rule says; a close and safe one stays offered."""
    project = copy_project(tmp_path / "project", ["es"])
    source = project / "handouts" / f"{HANDOUT}.md"
    added = (
        "- A team of health care workers will not care for you.\n"
        "- Calciphylaxis is not a rare skin disease. It can be very serious.\n"
        "- A team of health care workers will care for you and your family.\n"
    )
    text = source.read_text(encoding="utf-8")
    anchor = "- A team of health care workers will care for you.\n"
    assert anchor in text
    source.write_text(text.replace(anchor, anchor + added), encoding="utf-8")
    assert run_handout(project, "extract").code == 0
    assert run_handout(project, "update", "--locale", "es").code == 0
    catalog = polib.pofile(str(project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"))
    entries = {entry.msgid: entry for entry in catalog}
    for negated in added.splitlines()[:2]:
        entry = entries[negated.removeprefix("- ")]
        assert (entry.msgstr, entry.fuzzy, entry.previous_msgid) == ("", False, None)
    kept = entries["A team of health care workers will care for you and your family."]
    assert kept.fuzzy and kept.msgstr
    assert kept.previous_msgid == "A team of health care workers will care for you."


def test_memory_offers_a_close_match_as_fuzzy_with_its_origin(tmp_path: Path):
    from handout.catalog.memory import CLOSE_MATCH, Remembered, fill

    remembered = "Wound care to prevent infection is very important."
    memory = {
        (remembered, "plain language"): Remembered(
            remembered,
            "plain language",
            "El cuidado de las heridas es muy importante.",
            tmp_path / "other.po",
            True,
        )
    }
    po = polib.POFile()
    po.metadata = {"X-Review-Status": "reviewed"}
    po.append(
        polib.POEntry(
            msgid="Wound care to prevent infections is very important.", msgctxt="plain language"
        )
    )
    assert fill(po, memory, frozenset(), tmp_path) == 1
    (entry,) = po
    assert entry.fuzzy and entry.previous_msgid == remembered
    assert "memory:" in entry.tcomment and "other.po" in entry.tcomment
    assert CLOSE_MATCH >= 0.8


def test_entries_the_source_does_not_have_are_not_counted_but_named(tmp_path: Path):
    """Entries a catalog holds that its source no longer has (the source changed, no
    'handout update' since) are never printed: lint counted an untranslated plural one as
    a message 'not translated yet', stats counted translated ones towards the locale's
    share. Both now count the source's messages; lint names the others once, at the first
    of them (it said line 1, the header)."""
    project = copy_project(tmp_path / "project", ["es"])
    path = project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"
    before = run_handout(project, "stats").out
    first = path.read_text(encoding="utf-8").count("\n") + 4  # its msgstr[0], appended
    with path.open("a", encoding="utf-8") as stream:
        stream.write(
            '\nmsgid "one day"\nmsgid_plural "{n} days"\nmsgstr[0] ""\nmsgstr[1] ""\n'
            '\nmsgid "gone"\nmsgstr "ido"\n'
        )
    assert path.read_text(encoding="utf-8").split("\n")[first - 1] == 'msgstr[0] ""'
    linted = run_handout(project, "lint", "--locale", "es")
    assert linted.code == 0, linted.out
    assert "[untranslated]" not in linted.out
    assert (
        f"locales/es/LC_MESSAGES/{HANDOUT}.po:{first}: warning: 2 entries the source does not "
        "have, never printed (the first here: 'one day'): run 'handout update', which marks "
        "them obsolete [stale]"
    ) in linted.out
    assert run_handout(project, "stats").out == before


def test_a_changed_entry_then_removed_leaves_a_catalog_that_reads(tmp_path: Path):
    """A sentence changed (its entry fuzzy, the old English kept as '#| msgid') and later
    removed: msgmerge keeps it obsolete with its old English as '#~| msgid' lines, which
    msgfmt reads as comments. The lexer refused them, so update wrote a catalog that
    update, lint and every build of the locale then refused."""
    project = copy_project(tmp_path / "project", ["es"])
    old = (
        "Calciphylaxis is a rare disease that results from calcium clotting small "
        "blood vessels of the skin and fat."
    )
    new = old.replace("of the skin", "in the skin")
    _replace_in_source(project, old, new)
    assert run_handout(project, "extract").code == 0
    assert run_handout(project, "update", "--locale", "es").code == 0
    po = project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"
    assert "#| msgid " in po.read_text(encoding="utf-8")
    _replace_in_source(project, new, "")
    assert run_handout(project, "extract").code == 0
    assert run_handout(project, "update", "--locale", "es").code == 0
    kept = po.read_text(encoding="utf-8")
    assert "#~| msgid " in kept
    # Rewritten through polib (as update does when it fills an entry from memory), the
    # old English stays: polib drops '#~|' lines when it reads a catalog.
    from handout.catalog.reading import read_po
    from handout.catalog.writing import save_catalog

    save_catalog(po, read_po(po), project)
    assert po.read_text(encoding="utf-8") == kept
    linted = run_handout(project, "lint", "--locale", "es")
    assert "[syntax]" not in linted.out, linted.out
    built = run_handout(
        project, "build", "--no-check", "--locale", "es", "--variant", "large-print"
    )
    assert built.code == 0, built.err
    assert run_handout(project, "update", "--locale", "es").code == 0


def test_update_keeps_every_translation_it_does_not_offer(tmp_path: Path):
    """What update withdraws from msgmerge's matches stays in the catalog, as an obsolete
    entry of its own English (a translator can take it back): it was emptied, and the
    translation of a sentence the writer had reworded was gone from every file. A fuzzy
    entry already in the catalog (a translator's revision under way, its old English
    '#| msgid' beside it) is the translator's, never withdrawn: it was emptied too."""
    project = copy_project(tmp_path / "project", ["es"])
    old = (
        "Calciphylaxis is a rare disease that results from calcium clotting small "
        "blood vessels of the skin and fat."
    )
    new = old.replace("is a rare", "is not a rare")
    path = project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"
    catalog = polib.pofile(str(path))
    translated = catalog.find(old, msgctxt="full text").msgstr
    catalog.find(old, msgctxt="full text").tcomment = "TC: checked by our pharmacist"
    revised = next(e for e in catalog if e.msgid == "Causes")
    revised.flags.append("fuzzy")
    revised.previous_msgid = "No causes"  # differs by a negation: memory would not offer it
    revised.msgstr = "Causas (REVISADO)"
    catalog.save()
    _replace_in_source(project, old, new)
    assert run_handout(project, "extract").code == 0
    assert run_handout(project, "update", "--locale", "es").code == 0
    after = polib.pofile(str(path))
    assert after.find(new, msgctxt="full text").msgstr == ""  # not offered: a negation
    kept = [e for e in after.obsolete_entries() if e.msgid == old]
    assert [e.msgstr for e in kept] == [translated]
    # The translator's comment stays with the translation it was written for (msgmerge
    # carried it to the new English, where it spoke of a sentence it was not about).
    assert [e.tcomment for e in kept] == ["TC: checked by our pharmacist"]
    assert after.find(new, msgctxt="full text").tcomment == ""
    assert next(e for e in after if e.msgid == "Causes").msgstr == "Causas (REVISADO)"


def test_a_handout_named_interface_is_refused_and_hidden_files_are_no_handouts(tmp_path: Path):
    """handouts/interface.md took over the labels' template: extract replaced
    locales/interface.pot with the handout's, update made every translated label
    obsolete, and every PDF printed its labels in English, with no error. A hidden file
    ('.#calciphylaxis.md', an editor's lock file) was taken for a handout, and its name
    stopped lint and stats at once."""
    project = copy_project(tmp_path / "project", ["es"])
    source = project / "handouts" / f"{HANDOUT}.md"
    template = (project / "locales" / "interface.pot").read_bytes()
    (project / "handouts" / f".#{HANDOUT}.md").write_bytes(source.read_bytes())
    assert run_handout(project, "lint", "--locale", "es").code == 0
    (project / "handouts" / "interface.md").write_bytes(source.read_bytes())
    result = run_handout(project, "extract")
    assert result.code == 1
    assert result.err == (
        "error: handouts/interface.md: 'interface' is the name of the labels' catalog "
        "(locales/interface.pot): give the handout another name\n"
    )
    assert (project / "locales" / "interface.pot").read_bytes() == template


def test_a_broken_source_leaves_the_others_extracted_and_counted(tmp_path: Path):
    """One source that cannot be read stopped extract and stats for every handout."""
    project = copy_project(tmp_path / "project", ["es"])
    source = project / "handouts" / f"{HANDOUT}.md"
    (project / "handouts" / "broken.md").write_text(
        source.read_text(encoding="utf-8") + "\n```\ncode\n```\n", encoding="utf-8"
    )
    template = project / "locales" / f"{HANDOUT}.pot"
    template.unlink()
    extracted = run_handout(project, "extract")
    assert extracted.code == 1
    assert extracted.err.startswith("error: handouts/broken.md:")
    assert template.is_file()
    counted = run_handout(project, "stats")
    assert counted.code == 1
    assert counted.err.startswith("error: handouts/broken.md:")
    assert counted.out.startswith("broken: not counted: its source cannot be read")
    assert f"{HANDOUT}: plain-language English reading grade" in counted.out


def test_stats_names_what_it_cannot_read_on_stderr(tmp_path: Path):
    """stats printed a catalog's or a source's error inside its table on stdout, with
    nothing on stderr (where every other command says it): each is now one `error:` line
    on stderr naming the file and line, its row in the table only says it is not counted,
    and --json stays JSON."""
    project = copy_project(tmp_path / "project", ["es"])
    catalog_path = project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"
    lines = catalog_path.read_text(encoding="utf-8").count("\n")
    with catalog_path.open("a", encoding="utf-8") as catalog_file:
        catalog_file.write('msgid "x"\nmsgstr "y\n')
    source = (project / "handouts" / f"{HANDOUT}.md").read_bytes()
    (project / "handouts" / "latin1.md").write_bytes(source + b"\nCaf\xe9.\n")
    latin1_line = source.count(b"\n") + 2
    expected = (  # in the table's order: the handouts by name, then their locales
        f"error: locales/es/LC_MESSAGES/{HANDOUT}.po:{lines + 2}: syntax error: "
        "'msgstr \"y' is not a keyword followed by a quoted string\n"
        f"error: handouts/latin1.md:{latin1_line}: not UTF-8 text (byte 0xe9): save the "
        "file as UTF-8\n"
    )
    table = run_handout(project, "stats")
    assert (table.code, table.err) == (1, expected)
    assert "error" not in table.out
    assert "latin1: not counted: its source cannot be read\n" in table.out
    assert re.search(r"^  es +not counted: its catalog cannot be read$", table.out, re.M)
    assert re.search(r"^  es +18 ", table.out, re.M)  # the interface catalog, still counted
    counted = run_handout(project, "stats", "--json")
    assert (counted.code, counted.err) == (1, expected)
    rows = {row["handout"]: row for row in json.loads(counted.out)}
    catalog_error, source_error = (line.removeprefix("error: ") for line in expected.splitlines())
    assert rows[HANDOUT]["locales"][0]["error"] == catalog_error
    assert rows["latin1"]["error"] == source_error


def test_a_catalog_rewritten_by_update_changes_only_where_update_changes_it(tmp_path: Path):
    """update saves a catalog through polib when it fills or withdraws an entry: every
    shipped catalog, read and saved so, comes back byte for byte. polib wrapped long
    extracted comments, sorted the header's fields after Plural-Forms, and dropped an
    obsolete entry's '#~|' lines: a diff in 21 of the 64 files for nothing changed."""
    from handout.catalog.reading import read_po
    from handout.catalog.writing import save_catalog

    copy = tmp_path / "copy.po"
    for path in sorted((REPO / "locales").glob("*/LC_MESSAGES/*.po")):
        copy.write_bytes(path.read_bytes())
        save_catalog(copy, read_po(copy), tmp_path)
        assert copy.read_bytes() == path.read_bytes(), path


def test_lint_names_every_line_msgfmt_refuses(tmp_path: Path):
    """A catalog with three broken lines: lint named the first alone, as the build does,
    and a translator mended them one run at a time; msgfmt names each."""
    project = copy_project(tmp_path / "project", ["es"])
    po = project / "locales" / "es" / "LC_MESSAGES" / f"{HANDOUT}.po"
    lines = po.read_text(encoding="utf-8").split("\n")
    strings = [n for n, line in enumerate(lines) if line.startswith('msgstr "') and len(line) > 9]
    broken = strings[2:5]
    for n in broken:
        lines[n] = lines[n][:-1]  # its closing quote lost
    lost = strings[8]  # and a msgstr keyword lost, its translation now a msgid's string
    lines[lost] = lines[lost].removeprefix("msgstr ")
    po.write_text("\n".join(lines), encoding="utf-8")
    linted = run_handout(project, "lint", "--locale", "es")
    assert linted.code == 1
    named = re.findall(rf"{HANDOUT}\.po:(\d+): error: syntax error", linted.out)
    assert [int(n) for n in named] == [n + 1 for n in broken], linted.out
    assert re.search(rf"{HANDOUT}\.po:\d+: error: msgid with no msgstr after it", linted.out)
    msgfmt = subprocess.run(["msgfmt", "-o", "/dev/null", str(po)], capture_output=True, text=True)
    assert f"found {len(broken) + 1} fatal errors" in msgfmt.stderr  # names the line after


def test_update_alone_brings_a_changed_source_to_the_catalogs(tmp_path: Path):
    """A writer changes a sentence and runs `update`, as lint's advice says: update
    merged the template of the last `extract`, said "unchanged", and lint went on
    asking for an update. It writes the templates first."""
    project = copy_project(tmp_path / "project", ["es"])
    old = "Calciphylaxis is a rare disease that results from calcium clotting small"
    new = "Calciphylaxis is an uncommon disease that results from calcium clotting small"
    _replace_in_source(project, old, new)
    updated = run_handout(project, "update", "--locale", "es")
    assert updated.code == 0, updated.err
    assert f"wrote locales/{HANDOUT}.pot" in updated.out
    assert any(entry.msgid.startswith(new) for entry in catalog(project, "es"))
    linted = run_handout(project, "lint", "--locale", "es")
    assert "[missing]" not in linted.out and "[stale]" not in linted.out, linted.out


def test_a_lengthened_sentence_keeps_its_translation_as_fuzzy(tmp_path: Path):
    """A writer adds words to a heading: msgmerge offers the old translation as fuzzy,
    but update withdrew it (under 0.85 alike) into an obsolete entry, out of sight in
    Poedit and Weblate, and the translator began again from nothing."""
    project = copy_project(tmp_path / "project", ["es"])
    old = "## Treatment\n"
    new = "## Treatment and care\n"
    (before,) = [entry for entry in catalog(project, "es") if entry.msgid == old[3:-1]]
    assert before.msgstr and not before.fuzzy
    _replace_in_source(project, old, new)
    assert run_handout(project, "update", "--locale", "es").code == 0
    (after,) = [entry for entry in catalog(project, "es") if entry.msgid == new[3:-1]]
    assert (after.fuzzy, after.previous_msgid) == (True, before.msgid)
    assert after.msgstr == before.msgstr


def test_lint_names_a_locale_whose_script_no_font_has(tmp_path: Path):
    """A locale whose script no font of the project has (Sinhala): every PDF failed,
    on the date handout writes in CLDR's Sinhala month (once the date's label is
    translated), while lint said 0 errors."""
    project = copy_project(tmp_path / "project", ["es"])
    assert run_handout(project, "init", "si").code == 0
    set_translation(project, "si", "Revised {date}", "interface", "{date}", domain="interface")
    linted = run_handout(project, "lint", "--locale", "si")
    assert linted.code == 1
    label = project / "locales" / "si" / "LC_MESSAGES" / "interface.po"
    lines = label.read_text(encoding="utf-8").splitlines()
    at = lines.index('msgid "Revised {date}"') + 2  # its msgstr: the label that writes the date
    assert re.search(
        rf"^locales/si/LC_MESSAGES/interface\.po:{at}: error: .*no font has .*which handout "
        r"writes.*\[glyph\]$",
        linted.out,
        re.M,
    ), linted.out
    built = run_handout(project, "build", "--locale", "si", "--variant", "large-print")
    assert built.code == 1 and "which handout writes" in built.err


def test_a_catalog_of_no_handout_is_a_lint_warning(tmp_path: Path):
    """A handout renamed (or removed) left its catalogs in every locale, and no command
    said so: translators could go on translating a file nothing printed. The handout under
    its new name has no catalog there yet: an error, as the build refuses its PDFs."""
    project = tmp_path / "clinic"
    new_project(project)
    folder = project / "locales" / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    header = (
        'msgid ""\nmsgstr ""\n"Language: es\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    )
    (folder / "wound-care.po").write_text(header, encoding="utf-8")
    # Its template too, which a translation platform reading locales/*.pot kept offering.
    (project / "locales" / "wound-care.pot").write_text(header, encoding="utf-8")
    linted = run_handout(project, "lint", "--locale", "es")
    assert linted.code == 1, linted.out
    assert (
        "locales/es/LC_MESSAGES/wound-care.po:1: warning: the catalog of no handout: "
        "handouts/wound-care.md is not there (renamed or removed?)"
    ) in linted.out
    assert (
        "locales/wound-care.pot:1: warning: the template of no handout: "
        "handouts/wound-care.md is not there (renamed or removed?)"
    ) in linted.out
    assert linted.out.count("[orphan]") == 2
    assert (
        "locales/es/LC_MESSAGES/example.po:1: error: no catalog for this handout in locale 'es' "
        "yet: run 'handout update'"
    ) in linted.out
    assert linted.out.count("[no-catalog]") == 1
    named = run_handout(project, "lint", "--locale", "es", "--handout", "example")
    assert "[orphan]" not in named.out  # some handouts' catalogs: the others are not left over


def test_a_locale_with_no_interface_catalog_is_a_lint_warning(tmp_path: Path):
    """A locale folder holding its handouts' catalogs but no interface.po: every PDF of the
    locale printed its labels ("Page 1 of 2", "Key points") in English, and lint, which a
    clinic runs before it builds, said nothing ("0 errors, 0 warnings")."""
    project = tmp_path / "clinic"
    new_project(project)
    assert run_handout(project, "extract").code == 0
    labels = len(polib.pofile(str(project / "locales" / "interface.pot")))
    folder = project / "locales" / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    shutil.copy(project / "locales" / "example.pot", folder / "example.po")
    linted = run_handout(project, "lint", "--locale", "es")
    assert linted.code == 0, linted.out
    assert (
        f"locales/es/LC_MESSAGES/interface.po:1: warning: no interface catalog in locale 'es': "
        f"its {labels} messages, the labels every PDF prints, are printed in English; run "
        "'handout update', which makes it [no-catalog]"
    ) in linted.out.splitlines(), linted.out
    # `handout stats` showed example's es row at its percentage, and no interface row for
    # es: nothing said that its PDFs print the labels in English, which --strict refuses.
    counted = run_handout(project, "stats", "--json")
    rows = {row["handout"]: row["locales"] for row in json.loads(counted.out)}
    assert counted.code == 0 and rows["interface"] == [
        {
            "locale": "es",
            "translated": 0,
            "fuzzy": 0,
            "untranslated": labels,
            "total": labels,
            "from_memory": 0,
            "percent_translated": 0.0,
            "reviewed": False,
            "error": None,
            "refused": 0,
        }
    ], counted.out
    built = run_handout(
        project, "build", "--no-check", "--locale", "es", "--variant", "plain-language"
    )
    assert built.code == 0, built.err
    assert "Key points" in pdf_text(project / "output/example/es/example.es.plain-language.pdf")
    # A locale of no catalogs at all: its handout's error alone, not a second finding.
    none = run_handout(project, "lint", "--locale", "it")
    assert (none.code, none.out.count("[no-catalog]"), "0 warnings" in none.out) == (1, 1, True)


@pytest.mark.parametrize(("typed", "meant"), [("pt", "pt_BR"), ("zh_TW", "zh_Hant")])
def test_a_locale_typed_as_another_spelling_of_the_projects_is_pointed_to_it(
    tmp_path: Path, typed: str, meant: str
):
    """`--locale pt` in a project translated as pt_BR, or `zh_TW` (as Poedit spells Chinese
    in Taiwan) in one translated as zh_Hant, was told "create it with 'handout init pt'":
    a second translation of a language the project has. The error names the project's,
    and `init`, which makes the locale all the same, warns of it."""
    project = tmp_path / "clinic"
    new_project(project)
    for locale in (meant, "zh_Hans"):  # another script of Chinese is not the one meant
        folder = project / "locales" / locale / "LC_MESSAGES"
        folder.mkdir(parents=True)
        (folder / "example.po").write_text(f'msgid ""\nmsgstr "Language: {locale}\\n"\n')
    built = run_handout(project, "build", "--locale", typed, "--no-check")
    assert built.code == 1
    assert built.err == (
        f"error: locales/{typed}/LC_MESSAGES/example.po: no catalog for locale {typed!r}; the "
        f"project's {meant!r} is of its language: did you mean '--locale {meant}'? ('handout "
        f"init {typed}' starts another translation)\n"
    )
    assert run_handout(project, "extract").code == 0
    made = run_handout(project, "init", typed)
    assert made.code == 0, made.err
    assert made.err == (
        f"warning: the project has {meant} of this language already: {typed!r} is a second "
        f"translation beside it (delete locales/{typed} if {meant} was meant)\n"
    )
