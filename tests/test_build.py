"""The built PDFs, opened as a reader would open them."""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest
import textstat
from conftest import (
    DATA,
    HANDOUT,
    LOCALES,
    VARIANTS,
    font_sizes,
    normalise,
    pdf_text,
    run_handout,
    translations,
)
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
MATRIX = [(locale, variant) for locale in LOCALES for variant in VARIANTS]


def test_notices_are_the_seed_verbatim():
    seed = (DATA / "seed-notices.txt").read_text(encoding="utf-8")
    for notice in NOTICES:
        assert notice in seed


def test_every_locale_and_variant_is_built(built: Path):
    pdfs = sorted(p.relative_to(built / "output").as_posix()
                  for p in (built / "output").rglob("*.pdf"))
    assert pdfs == sorted(f"{HANDOUT}/{locale}/{HANDOUT}.{locale}.{variant}.pdf"
                          for locale, variant in MATRIX)


def test_english_large_print_holds_every_seed_paragraph_verbatim(pdf_path):
    text = pdf_text(pdf_path("en", "large-print"))
    paragraphs = (DATA / "seed-body.txt").read_text(encoding="utf-8").splitlines()
    assert len(paragraphs) == 5
    for paragraph in paragraphs:
        assert normalise(paragraph) in text


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_every_pdf_holds_english_notices_and_doi(pdf_path, locale: str, variant: str):
    text = pdf_text(pdf_path(locale, variant))
    for notice in NOTICES:
        assert normalise(notice) in text
    assert DOI in text


@pytest.mark.parametrize(("locale", "variant"), [m for m in MATRIX if m[0] != "en"])
def test_translated_pdfs_hold_translated_notices(built: Path, pdf_path, locale: str,
                                                 variant: str):
    text = pdf_text(pdf_path(locale, variant))
    catalog = translations(built, locale)
    for notice in NOTICES:
        translated = catalog[(notice, None)]
        assert translated != notice
        assert normalise(translated) in text


@pytest.mark.parametrize(("locale", "variant"), [m for m in MATRIX if m[0] != "en"])
def test_no_paragraph_is_missing_from_a_translated_pdf(built: Path, pdf_path, locale: str,
                                                       variant: str):
    """Every translated paragraph, heading and item of the variant's text is printed."""
    text = pdf_text(pdf_path(locale, variant))
    context = {"large-print": "full text", "plain-language": "plain language"}[variant]
    expected = [translated for (_, msgctxt), translated in translations(built, locale).items()
                if msgctxt == context]
    assert len(expected) > 5
    for translated in expected:
        assert normalise(translated.replace("**", "")) in text


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_smallest_text_meets_the_variant_minimum(pdf_path, locale: str, variant: str):
    sizes = font_sizes(pdf_path(locale, variant))
    minimum = {"large-print": 18, "plain-language": 14}[variant]
    assert len(sizes) > 20
    assert min(sizes) >= minimum


@pytest.mark.parametrize("locale", LOCALES)
def test_large_print_headings_are_larger_than_body(pdf_path, locale: str):
    sizes = font_sizes(pdf_path(locale, "large-print"))
    assert max(sizes) >= 1.3 * min(sizes)


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_title_language_and_page_numbers(built: Path, pdf_path, locale: str, variant: str):
    reader = PdfReader(pdf_path(locale, variant))
    title = "Do I Have Calciphylaxis?"
    page_label = "Page {page} of {pages}"
    if locale != "en":
        catalog = translations(built, locale)
        title = catalog[(title, None)]
        page_label = catalog[(page_label, "interface")]
    assert reader.metadata.title == title
    assert reader.trailer["/Root"]["/Lang"] == locale.replace("_", "-")
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]
    pages = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        label = page_label.format(page=number, pages=pages)
        assert normalise(label) in normalise(page.extract_text())


def test_plain_language_reading_grade_is_reported_and_low(built: Path):
    result = run_handout(built, "stats")
    assert result.code == 0
    match = re.search(r"reading grade \(Flesch-Kincaid\) (\d+\.\d)", result.out)
    assert match, result.out
    assert float(match.group(1)) <= 6.0


def test_reported_grade_matches_textstat_on_the_pdf_text(built: Path, pdf_path):
    """Cross-check: the grade of the words a reader gets, measured from the PDF itself."""
    reader = PdfReader(pdf_path("en", "plain-language"))
    text = " ".join(page.extract_text() for page in reader.pages)
    body = text.split("About this handout")[0]
    assert textstat.flesch_kincaid_grade(body) <= 6.0


def test_a_word_longer_than_a_line_is_built_and_reads_back(project: Path):
    """A long web address in a translation is broken across two lines; the build's check
    accepts the line break inside it, and every character comes back in order."""
    address = "https://jamanetwork.com/journals/jamadermatology/fullarticle/2733560/calciphylaxis"
    path = project / "locales" / "fr" / "LC_MESSAGES" / f"{HANDOUT}.po"
    catalog = polib.pofile(str(path))
    next(entry for entry in catalog if entry.msgctxt == "full text").msgstr = \
        f"Voir {address} pour plus."
    catalog.save(str(path))
    result = run_handout(project, "build", "--locale", "fr", "--variant", "large-print")
    assert result.code == 0, result.err
    text = pdf_text(project / "output" / HANDOUT / "fr" / f"{HANDOUT}.fr.large-print.pdf")
    assert address not in text  # it did not fit on one line
    assert f"Voir{address}pourplus." in "".join(text.split())
