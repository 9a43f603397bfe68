"""The built PDFs, opened as a reader would open them: every one there, the notices and the
DOI in each, large print large, every page numbered, the reading grade measured."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import (
    _CONFIG,
    BILINGUAL,
    DATA,
    HANDOUT,
    MATRIX,
    TRANSLATED,
    VARIANTS,
    catalog,
    font_sizes,
    normalise,
    pdf_text,
    run_handout,
    translations,
)
from expect import AVAILABILITY, PART
from pypdf import PdfReader

DOI = "10.1001/jamadermatol.2019.0458"
NOTICES = (
    "The JAMA Dermatology Patient Page is a public service of JAMA Dermatology.",
    "The information and recommendations appearing on this page are appropriate in most "
    "instances, but they are not a substitute for medical diagnosis. For specific information "
    "concerning your personal medical condition, JAMA Dermatology suggests that you consult "
    "your physician.",
    "This page may be photocopied noncommercially by physicians and other health care "
    "professionals to share with patients.",
)
SMALLEST = {
    name: min(row["body_size"], row["footer_size"], *row["heading_sizes"])
    for name, row in _CONFIG["variants"].items()
}


def test_notices_are_the_seed_verbatim():
    seed = (DATA / "seed-notices.txt").read_text(encoding="utf-8")
    for notice in NOTICES:
        assert notice in seed


def test_every_locale_and_variant_is_built(built: Path):
    pdfs = sorted(
        p.relative_to(built / "output").as_posix() for p in (built / "output").rglob("*.pdf")
    )
    assert pdfs == sorted(
        f"{HANDOUT}/{locale}/{HANDOUT}.{locale}.{variant}.pdf" for locale, variant in MATRIX
    )
    assert len({locale for locale, _ in MATRIX}) >= 32  # English and 31 translations


def test_english_large_print_holds_every_seed_paragraph_verbatim(pdf_path):
    text = pdf_text(pdf_path("en", "large-print"))
    paragraphs = (DATA / "seed-body.txt").read_text(encoding="utf-8").splitlines()
    assert len(paragraphs) == 5
    for paragraph in paragraphs:
        assert normalise(paragraph) in text


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_every_pdf_holds_english_notices_doi_id_date_and_availability(
    built: Path, pdf_path, locale: str, variant: str
):
    text = pdf_text(pdf_path(locale, variant))
    for notice in NOTICES:
        assert normalise(notice) in text
    assert DOI in text
    assert "DERM-001" in text
    assert "2026" in text  # the revision date, as the locale writes it
    availability = translations(built, locale).get((AVAILABILITY, "interface"), AVAILABILITY)
    assert normalise(availability) in text


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_a_plain_language_pdf_says_its_text_is_not_the_publishers(
    built: Path, pdf_path, locale: str, variant: str
):
    """The notices say "this page" of the publisher's text: a plain-language PDF says,
    before them, that its text is a rewrite the publisher did not write or review
    (in its language, and in English too in a bilingual PDF, where it stood in the
    translation alone: found by a probe); the large print, the publisher's text, does
    not."""
    from handout.catalog.messages import ADAPTED

    line = translations(built, locale).get((ADAPTED.id, "interface"), ADAPTED.id)
    text = pdf_text(pdf_path(locale, variant))
    if PART[variant] == "plain":
        assert normalise(line) in text
        assert text.index(normalise(line)) < text.index(normalise(NOTICES[0]))
    else:
        assert normalise(line) not in text
    if variant in BILINGUAL:  # and in English beside it, with the end matter's headings
        for english in (ADAPTED.id, "About this handout", "Source"):
            assert normalise(english) in text, english


@pytest.mark.parametrize(("locale", "variant"), [m for m in MATRIX if m[0] != "en"])
def test_translated_pdfs_hold_translated_notices(built: Path, pdf_path, locale: str, variant: str):
    text = pdf_text(pdf_path(locale, variant))
    catalog = translations(built, locale)
    for notice in NOTICES:
        translated = catalog[(notice, None)]
        assert translated != notice
        assert normalise(translated) in text


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_smallest_text_meets_the_variant_minimum(pdf_path, locale: str, variant: str):
    sizes = font_sizes(pdf_path(locale, variant))
    assert len(sizes) > 20
    assert min(sizes) >= SMALLEST[variant] - 0.01


def test_large_print_is_18_pt_and_up():
    assert SMALLEST["large-print"] >= 18


@pytest.mark.parametrize("locale", ("en", *TRANSLATED))
def test_large_print_headings_are_larger_than_body(pdf_path, locale: str):
    sizes = font_sizes(pdf_path(locale, "large-print"))
    assert max(sizes) >= 1.3 * min(sizes)


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_title_and_language(built: Path, pdf_path, locale: str, variant: str):
    reader = PdfReader(pdf_path(locale, variant))
    title = "Do I Have Calciphylaxis?"
    if locale != "en":
        title = translations(built, locale)[(title, None)]
    assert reader.metadata.title == title
    assert reader.trailer["/Root"]["/Lang"] == locale.replace("_", "-")


def test_plain_language_reading_grade_is_reported_and_low(built: Path):
    result = run_handout(built, "stats")
    assert result.code == 0
    match = re.search(r"reading grade \(Flesch-Kincaid\) (\d+\.\d)", result.out)
    assert match, result.out
    assert float(match.group(1)) <= 6.0


def test_manifest_grades_each_pdf_by_its_own_language(built: Path):
    entries = json.loads((built / "output" / "manifest.json").read_text())["pdfs"]
    by_key = {(entry["locale"], entry["variant"]): entry for entry in entries}
    english = by_key[("en", "plain-language")]
    assert english["reading_formula"] == "flesch-kincaid"
    assert english["reading_grade"] <= 6.0
    assert by_key[("en", "large-print")]["reading_grade"] > english["reading_grade"]
    assert by_key[("es", "plain-language")]["reading_formula"] == "crawford"
    assert by_key[("ru", "plain-language")]["reading_grade"] is None  # no formula for it
    assert len(entries) == len(MATRIX)
    assert set(VARIANTS) == {variant for _, variant in by_key}


def test_a_build_lets_the_english_dictionary_go_after_its_english_pdfs(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A build in one process, its user cache empty, grades its English PDFs and then lets
    go of textstat's pronouncing dictionary (55 MB, kept to the end before), and the
    Spanish PDF after them is graded by its own formula."""
    from textstat.backend.utils import get_cmudict

    from handout import Selection, build_project

    monkeypatch.setenv("HANDOUT_CACHE_DIR", str(tmp_path / "cache"))
    get_cmudict("en_US")  # loaded, as by an English grade before
    selection = Selection(locales=("en", "es"), variants=("plain-language",), check=False)
    build_project(project, selection, report=lambda line: None)
    misses = get_cmudict.cache_info().misses
    get_cmudict("en_US")
    assert get_cmudict.cache_info().misses == misses + 1  # let go: read again
    entries = json.loads((project / "output" / "manifest.json").read_text())["pdfs"]
    formulas = {entry["locale"]: entry["reading_formula"] for entry in entries}
    assert formulas == {"en": "flesch-kincaid", "es": "crawford"}


def test_a_locale_built_again_after_its_fonts_were_let_go_is_the_same_bytes(project: Path):
    """A process lets go of the fonts as it moves on to another locale (`faces.let_go_of_fonts`,
    `forget_harfbuzz_fonts`, as `build._one_after_another` does); a locale built again
    after another, in the same process, draws the same bytes, each of its fonts
    registered again, for what it shapes anew and for what the caches kept alike: the
    English runs of its bilingual PDFs, shaped in its first build, are all that sets
    Atkinson Hyperlegible's bold in the Arabic PDFs (ReportLab's registry,
    asked for it by name, knew no font let go: a KeyError from the subsets of a line)."""
    from handout import Selection, build_project
    from handout.faces import ensure_registered, font_chain, let_go_of_fonts
    from handout.fonts import read_font_table
    from handout.text.shaping import forget_harfbuzz_fonts

    def built(locale: str) -> dict[str, bytes]:
        """The locale's PDFs, built in this process after the fonts were let go."""
        let_go_of_fonts()
        forget_harfbuzz_fonts()
        folder = project / "output" / HANDOUT / locale
        shutil.rmtree(folder, ignore_errors=True)  # a PDF that fails is then missing
        build_project(project, Selection(locales=(locale,), check=False), report=lambda _: None)
        return {pdf.name: pdf.read_bytes() for pdf in sorted(folder.glob("*.pdf"))}

    latin = font_chain(read_font_table(project / "fonts"), "en").first
    first = built("ar")
    before = ensure_registered(latin.bold)
    assert len(built("es")) == len(VARIANTS)
    assert built("ar") == first
    assert len(first) == len(VARIANTS)
    assert ensure_registered(latin.bold) is not before  # registered again


def test_a_word_longer_than_a_line_is_built_and_reads_back(project: Path):
    """A long web address in a translation is broken between its characters; the build's
    check accepts the break inside it, and every character comes back in order. (Without
    its scheme: an address the English does not have, written out, is refused by the
    rule book, `address-added`.)"""
    from conftest import set_translation

    address = "jamanetwork.com/journals/jamadermatology/fullarticle/2733560/calciphylaxis"
    set_translation(project, "es", None, "full text", f"Vea {address} para más.")
    result = run_handout(project, "build", "--locale", "es", "--variant", "large-print")
    assert result.code == 0, result.err
    text = pdf_text(project / "output" / HANDOUT / "es" / f"{HANDOUT}.es.large-print.pdf")
    assert f"Vea{address}paramás." in "".join(text.split())


def test_a_long_word_broken_in_a_heading_and_whole_after_it_is_built(project: Path):
    """A word wider than a heading's line but not than the body's: the build's check took
    the heading's text for the paragraph's, and the paragraph for out of reading order.
    The heading's line ends at a soft hyphen put there (`text.paragraph`), so both read
    back whole, the heading first."""
    from conftest import set_translation

    word = "Nierenersatztherapiebehandlungszentrumsverwaltungsstelle"
    set_translation(project, "es", "Who gets it?", "plain language", word)
    paragraph = next(
        entry.msgid for entry in catalog(project, "es") if entry.msgid.startswith("It happens")
    )
    set_translation(project, "es", paragraph, "plain language", f"{word} es un riesgo.")
    result = run_handout(project, "build", "--locale", "es", "--variant", "plain-language")
    assert result.code == 0, result.err
    text = pdf_text(project / "output" / HANDOUT / "es" / f"{HANDOUT}.es.plain-language.pdf")
    assert f"{word} {word} es un riesgo." in text, text
