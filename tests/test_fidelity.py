"""The plain-language text says nothing the source does not: each of its sentences names
the sentences of the full text it comes from (handouts/<handout>.sources.toml), keeps their
hedges and emphasis, and reads at grade 6 or lower. The checks are the tool's own
(`handout.source.fidelity`, through `handout lint` and the build); here they are held to
the shipped handout, to what a review of it found, and to a small bad handout."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest
from conftest import HANDOUT, REPO, run_handout

from handout.newproject import new_project
from handout.source import BlockKind, read_handout

SOURCE = read_handout(REPO / "handouts" / f"{HANDOUT}.md")


def _fidelity():  # the module under test, imported where it is used
    from handout.source import fidelity

    return fidelity


def _plain() -> list[str]:
    return _fidelity().sentences(SOURCE.plain)


def _full() -> list[str]:
    return _fidelity().sentences(SOURCE.full)


def test_the_shipped_handout_has_no_finding():
    """Every plain sentence listed in order, each source a sentence of the full text, the
    hedges and emphasis kept, each word to know defined where the text first uses it, and
    a reading grade of 6 or lower."""
    assert _fidelity().check_fidelity(SOURCE) == []
    assert _fidelity().check_grade(SOURCE) == []


def _changed(tmp_path: Path, old: str, new: str) -> list[str]:
    """The findings for the shipped handout with `old` written `new` in its text and in its
    sources.toml, as `level: message [check]`."""
    for suffix in (".md", ".sources.toml"):
        text = (REPO / "handouts" / f"{HANDOUT}{suffix}").read_text(encoding="utf-8")
        (tmp_path / f"{HANDOUT}{suffix}").write_text(text.replace(old, new), encoding="utf-8")
    handout = read_handout(tmp_path / f"{HANDOUT}.md")
    return [f"{p.level}: {p.message} [{p.check}]" for p in _fidelity().check_fidelity(handout)]


def test_a_dropped_hedge_of_the_shipped_handout_is_an_error(tmp_path: Path):
    found = _changed(tmp_path, "A biopsy may miss them.", "A biopsy misses them.")
    assert found == [
        "error: 'Tiny bits of calcium block small blood vessels in the skin and fat.', 'The "
        "bits of calcium are very small and spread out.', 'A biopsy misses them.' say again "
        "'The diagnosis may be difficult to make because the pieces of calcium are so small "
        "and scattered that they may be missed in a skin biopsy.', which hedges 2 times "
        "('may', 'may'), the sentences saying it again 1: keep each hedge (may, might, can, "
        "could, sometimes, possibly, maybe) [hedge]"
    ], found


def test_a_dropped_emphasis_of_the_shipped_handout_is_a_warning(tmp_path: Path):
    old = "It happens most often in people"
    found = _changed(tmp_path, old, "It happens in people")
    assert found == [
        "warning: 'It happens in people who have serious kidney disease or who take the blood "
        "thinner warfarin.' says again 'Calciphylaxis most commonly occurs in those with "
        "severe kidney disease, or those taking the blood thinner warfarin.' without its "
        "'most commonly' (how often: most commonly, most often, mostly, typically, usually) "
        "[emphasis]"
    ], found


def test_a_word_to_know_the_shipped_text_does_not_define_is_a_warning(tmp_path: Path):
    """The "Words to know" list at the end defined the hard words, but the text used them
    without a word of explanation: "people who are obese", "skin biopsies", "new
    ulcers", a reader at grade 6 stopped at each. Each is now defined at its first use."""
    found = _changed(tmp_path, 'defines = "obese"\n', "")
    assert found == [
        "warning: 'Obese', a word to know, is not defined where the plain-language part "
        "first uses it ('people who are obese (have a lot of extra body fat)'): give the "
        'sentence defines = "Obese", or follow it with a sentence of kind "definition" '
        "[definition]"
    ], found


@pytest.mark.parametrize(
    ("emphasis", "kept"),
    [
        ("most commonly", "most often"),
        ("very important", "very important"),
        ("extreme pain", "very bad pain"),
    ],
)
def test_the_source_emphasis_is_kept(emphasis: str, kept: str):
    full = " ".join(_full())
    plain = " ".join(_plain())
    assert emphasis in full
    assert full.count(emphasis) <= plain.count(kept)


def test_the_drifts_a_review_found_are_gone():
    plain = " ".join(_plain())
    assert (
        "most often in people who have serious kidney disease or who take the blood "
        "thinner warfarin" in plain
    )
    assert "The team includes experts in kidneys, skin, surgery, and pain." in plain
    assert "This may ease pain" in plain and "This can ease pain" not in plain
    assert "It can be hard to find." not in plain
    # Both carry the source's "very important" (the second by "So is").
    assert (
        "Care of your wounds to prevent infection is also very important. So is pain control."
        in plain
    )


def test_questions_to_ask_are_there_and_only_questions():
    questions = [
        block
        for block in SOURCE.plain
        if block.section.value == "questions" and block.kind is BlockKind.LIST
    ]
    (listing,) = questions
    assert len(listing.texts) >= 4
    assert all(text.markdown.endswith("?") for text in listing.texts)


def test_the_drifts_a_second_review_found_are_gone():
    """A key point read alone said "It can be very serious." of a disease the source calls
    "serious, sometimes life-threatening"; "injected" had become "put", "prevent
    infection" "stop infection", "any medications" "medicines"."""
    key_points = " ".join(_plain()[:8])
    assert "It is serious. Sometimes it can cause death." in key_points
    plain = " ".join(_plain())
    assert "It can be very serious." not in plain
    assert "It is sometimes put right into the blood with a needle." in plain
    assert "Care of your wounds to prevent infection is also very important." in plain
    assert "to stop any medicines that could make it worse" in plain


def test_what_the_source_calls_very_important_is_not_under_a_may():
    """Wound care and pain control, which the source calls "also very important", were
    items of "Your care may include:": a hedge the source does not put on them. They
    stand in a sentence of their own; the list under "may" holds what the source hedges."""
    plain = SOURCE.plain
    lists = [
        (intro, block)
        for intro, block in pairwise(plain)
        if block.kind is BlockKind.LIST and intro.texts
    ]
    (items,) = [
        block for intro, block in lists if intro.texts[0].markdown == "Your care may include:"
    ]
    hedged = " ".join(text.markdown for text in items.texts)
    assert "very important" not in hedged and "Pain control" not in hedged


# A clinic's handout (a probe found lint and the build checked nothing of it: a
# nonsense sources.toml, and a plain sentence that dropped "may", gave 0 errors).
_HANDOUT = """\
+++
title = "Fever"
publisher = "Test Clinic"
+++

# Full text

A fever may last 3 days. Fever is most often caused by a virus. Wash your hands.

# Plain language

A fever lasts 3 days. Fever is caused by germs. Wash your hands. Drink water.
"""
_SOURCES = """\
[[sentence]]
plain = "A fever lasts 3 days."
kind = "says"
source = ["A fever may last 3 days."]

[[sentence]]
plain = "Fever is caused by germs."
kind = "says"
source = ["Fever is most often caused by a virus."]

[[sentence]]
plain = "Wash your hands."
kind = "say"
sorce = ["Wash your hands."]

[[sentence]]
plain = "Eat soup."
kind = "says"
source = ["Wash hands."]
"""


def _clinic(tmp_path: Path, sources: str | None, text: str = _HANDOUT) -> Path:
    project = tmp_path / "clinic"
    new_project(project)
    for old in (project / "handouts").iterdir():
        old.unlink()
    (project / "handouts" / "fever.md").write_text(text, encoding="utf-8")
    if sources is not None:
        (project / "handouts" / "fever.sources.toml").write_text(sources, encoding="utf-8")
    return project


def test_lint_names_each_finding_of_a_clinics_sources_at_its_line(tmp_path: Path):
    linted = run_handout(_clinic(tmp_path, _SOURCES), "lint")
    toml, md = "handouts/fever.sources.toml", "handouts/fever.md"
    assert linted.out.splitlines() == [
        f"{md}:12: error: 'Drink water.' is not in fever.sources.toml: add a [[sentence]] "
        "with plain = 'Drink water.' and its sources [sources]",
        f"{md}:12: error: 'A fever lasts 3 days.' says again 'A fever may last 3 days.', "
        "which hedges 1 time ('may'), the sentences saying it again 0: keep each hedge (may, "
        "might, can, could, sometimes, possibly, maybe) [hedge]",
        f"{md}:12: warning: 'Fever is caused by germs.' says again 'Fever is most often "
        "caused by a virus.' without its 'most often' (how often: most commonly, most "
        "often, mostly, typically, usually) [emphasis]",
        f"{toml}:13: error: kind 'say' is not one of says, question, definition (did you "
        "mean 'says'?) [sources]",
        f"{toml}:14: error: unknown key 'sorce' (did you mean 'source'? known: plain, "
        "source, kind, defines) [sources]",
        f"{toml}:17: error: 'Eat soup.' is not a sentence of the plain-language part [sources]",
        f"{toml}:19: error: 'Wash hands.' is not a sentence of the full text (nearest: "
        "'Wash your hands.') [sources]",
        "6 errors, 1 warning",
    ], linted.out
    assert linted.code == 1


def test_a_plain_sentence_listed_out_of_order_is_named(tmp_path: Path):
    text = _HANDOUT.replace("Fever is caused by germs.", "Fever is most often caused by germs.")
    text = text.replace("A fever lasts 3 days.", "A fever may last 3 days.")
    sources = """\
[[sentence]]
plain = "Fever is most often caused by germs."
kind = "says"
source = ["Fever is most often caused by a virus."]

[[sentence]]
plain = "A fever may last 3 days."
kind = "says"
source = ["A fever may last 3 days."]
"""
    text = text.replace(" Wash your hands. Drink water.", "")
    linted = run_handout(_clinic(tmp_path, sources, text), "lint")
    assert linted.out.splitlines() == [
        "handouts/fever.sources.toml:7: error: 'A fever may last 3 days.' is listed out of "
        "order: it is the plain-language part's sentence 1, the sentences are listed in "
        "the order they are written [sources]",
        "1 error, 0 warnings",
    ], linted.out


def test_a_sources_file_that_is_not_toml_is_an_error_at_its_line(tmp_path: Path):
    linted = run_handout(_clinic(tmp_path, '[[sentence]]\nplain = "A fever\n'), "lint")
    assert linted.out.startswith("handouts/fever.sources.toml:2: error: not valid TOML: "), (
        linted.out
    )
    assert linted.code == 1


def test_a_plain_part_without_sources_is_a_warning(tmp_path: Path):
    linted = run_handout(_clinic(tmp_path, None), "lint")
    assert linted.out.splitlines() == [
        "handouts/fever.md:10: warning: the plain-language part names no sources: write "
        "fever.sources.toml beside it, listing for each of its sentences the sentences of the "
        "full text it says again, for lint to check that it says nothing they do not [sources]",
        "0 errors, 1 warning",
    ], linted.out
    assert linted.code == 0


def test_a_plain_part_above_grade_six_is_a_warning(tmp_path: Path):
    long = (
        "Calciphylaxis predominantly manifests in individuals experiencing "
        "considerable renal insufficiency."
    )
    text = f"+++\ntitle = 'X'\npublisher = 'Y'\n+++\n\n# Full text\n\n{long}\n\n"
    text += f"# Plain language\n\n{long}\n"
    sources = f'[[sentence]]\nplain = "{long}"\nkind = "says"\nsource = ["{long}"]\n'
    linted = run_handout(_clinic(tmp_path, sources, text), "lint")
    (line, summary) = linted.out.splitlines()
    assert re.fullmatch(
        r"handouts/fever\.md:10: warning: the plain-language part reads at grade [\d.]+ "
        r"\(Flesch-Kincaid\), above the target of 6: shorter sentences and words lower it "
        r"\[grade\]",
        line,
    ), linted.out
    assert summary == "0 errors, 1 warning"


def test_the_build_refuses_the_plain_pdfs_lint_has_an_error_for(tmp_path: Path):
    """What lint calls an error never reaches a PDF: the plain-language PDFs of the
    handout are refused, naming the first finding and how many more there are."""
    project = _clinic(tmp_path, _SOURCES)
    built = run_handout(project, "build", "--variant", "plain-language", "--no-check")
    assert built.code == 1
    assert built.err == (
        "error: handouts/fever.md:12: 'Drink water.' is not in fever.sources.toml: add a "
        "[[sentence]] with plain = 'Drink water.' and its sources (and 5 more errors: see "
        "handout lint); its plain-language PDFs are not built\n"
    ), built.err
    assert not list((project / "output").rglob("*.pdf"))
