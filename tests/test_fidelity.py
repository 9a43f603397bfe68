"""The plain-language text says nothing the source does not: each of its sentences names
the sentences of the full text it comes from (handouts/<handout>.sources.toml), keeps their
hedges and emphasis, and reads at grade 6 or lower."""

from __future__ import annotations

import re
import tomllib
from itertools import pairwise

import pytest
import textstat
from conftest import HANDOUT, REPO

from handout.inline import plain_text
from handout.source import BlockKind, Section, read_handout

SOURCE = read_handout(REPO / "handouts" / f"{HANDOUT}.md")
SOURCES = tomllib.loads((REPO / "handouts" / f"{HANDOUT}.sources.toml").read_text())
MAPPING = SOURCES["sentence"]
HEDGES = re.compile(r"\b(may|can|sometimes|maybe|possibly|could)\b", re.I)


def _sentences(part) -> list[str]:
    found = []
    for block in part:
        if block.kind is BlockKind.HEADING:
            continue
        for text in block.texts:
            found += [s for s in re.split(r"(?<=[.?!])\s+", plain_text(text.markdown)) if s]
    return found


def test_every_plain_sentence_names_its_source():
    assert [entry["plain"] for entry in MAPPING] == _sentences(SOURCE.plain)


def test_every_named_source_is_a_sentence_of_the_full_text():
    full = set(_sentences(SOURCE.full))
    for entry in MAPPING:
        assert entry["source"], entry["plain"]
        for sentence in entry["source"]:
            assert sentence in full, sentence
        assert entry["kind"] in ("says", "question", "definition")
        if "defines" in entry:  # a word of the source, which the sentence says
            assert _uses(entry["plain"], entry["defines"]), entry
            assert any(_uses(sentence, entry["defines"]) for sentence in entry["source"]), entry


def _uses(sentence: str, word: str) -> bool:
    """Whether the sentence uses the word, or its plural ("biopsies" of "Biopsy")."""
    stem = rf"{word[:-1]}(?:y|ies)" if word.endswith("y") else rf"{word}s?"
    return re.search(rf"\b{stem}\b", sentence, re.IGNORECASE) is not None


def test_every_word_to_know_is_defined_where_the_text_first_uses_it():
    """The "Words to know" list at the end defined the hard words, but the text used them
    without a word of explanation: "people who are obese", "skin biopsies", "new
    ulcers", a reader at grade 6 stopped at each. Each is now defined at its first use."""
    (glossary,) = [
        block
        for block in SOURCE.plain
        if block.section is Section.GLOSSARY and block.kind is BlockKind.LIST
    ]
    words = [re.match(r"\*\*(.+?)\*\*", text.markdown)[1] for text in glossary.texts]
    assert len(words) >= 10
    for word in words:
        if word.lower() in SOURCES["known"]:
            continue
        first = next(n for n, entry in enumerate(MAPPING) if _uses(entry["plain"], word))
        defined = [MAPPING[first].get("defines", "").lower() == word.lower()]
        defined.append(MAPPING[first]["kind"] == "definition")
        defined.append(first + 1 < len(MAPPING) and MAPPING[first + 1]["kind"] == "definition")
        assert any(defined), (word, MAPPING[first]["plain"])


def test_a_hedged_source_stays_hedged():
    """Each source sentence with "may" is said again, somewhere, with a hedge."""
    for sentence in _sentences(SOURCE.full):
        if not re.search(r"\bmay\b", sentence):
            continue
        said = [
            entry["plain"]
            for entry in MAPPING
            if sentence in entry["source"] and entry["kind"] == "says"
        ]
        assert any(HEDGES.search(plain) for plain in said), sentence


@pytest.mark.parametrize(
    ("emphasis", "kept"),
    [
        ("most commonly", "most often"),
        ("very important", "very important"),
        ("extreme pain", "very bad pain"),
    ],
)
def test_the_source_emphasis_is_kept(emphasis: str, kept: str):
    full = " ".join(_sentences(SOURCE.full))
    plain = " ".join(_sentences(SOURCE.plain))
    assert emphasis in full
    assert full.count(emphasis) <= plain.count(kept)


def test_the_drifts_a_review_found_are_gone():
    plain = " ".join(_sentences(SOURCE.plain))
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


def test_plain_language_reads_at_grade_six_or_lower():
    sentences = [s if s.endswith((".", "?", ":")) else s + "." for s in _sentences(SOURCE.plain)]
    assert textstat.flesch_kincaid_grade(" ".join(sentences)) <= 6.0


def test_the_drifts_a_second_review_found_are_gone():
    """A key point read alone said "It can be very serious." of a disease the source calls
    "serious, sometimes life-threatening"; "injected" had become "put", "prevent
    infection" "stop infection", "any medications" "medicines"."""
    key_points = " ".join(_sentences(SOURCE.plain)[:8])
    assert "It is serious. Sometimes it can cause death." in key_points
    plain = " ".join(_sentences(SOURCE.plain))
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
