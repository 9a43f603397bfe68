"""Every block comes back, in reading order, from three extractors: pypdf, Poppler's
pdftotext and PDFium (Chrome's PDF engine)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from conftest import BILINGUAL, MATRIX, RIGHT_TO_LEFT, normalise, reading_of
from expect import assert_in_reading_order, expected_blocks


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_pypdf_gives_every_block_back_in_reading_order(
    built: Path, pdf_path, locale: str, variant: str
):
    assert_in_reading_order(
        reading_of(pdf_path(locale, variant)).pypdf, expected_blocks(built, locale, variant)
    )


# Poppler turns a line back into logical order with its own rule, not UAX #9's
# (TextOutputDev.cc, reorderText): on a page where right-to-left letters are the
# most, it reads each line from its right end, alternately a right-to-left section
# (every character up to a left-to-right letter or a digit) and a left-to-right one
# (from that letter leftwards up to the next right-to-left letter, neutrals
# included), printed as it lies. A neutral that follows a left-to-right stretch
# and precedes a right-to-left word lies left of the stretch, so it lands in the
# left-to-right section and is printed before the stretch, whatever the PDF holds:
# "(calciphylaxis) ایک" comes back "( )calciphylaxis ایک", and the English line
# "Do I Have Calciphylaxis?" on such a page "?Do I Have Calciphylaxis". Right-to-left
# pages are held to every letter, mark, digit and joiner in order; pypdf is held to
# exact text above.
def _without_neutrals(text: str) -> str:
    return (
        "".join(
            character
            for character in text
            if unicodedata.category(character)[0] in "LMN"
            or unicodedata.category(character) == "Cf"
        )
        .replace("\u202a", "")
        .replace("\u202b", "")
        .replace("\u202c", "")
    )


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_pdftotext_gives_every_block_back_in_reading_order(
    built: Path, pdf_path, locale: str, variant: str
):
    """(Poppler reads two columns as it lays them out: in a two-column bilingual PDF every
    block comes back exactly, the translation's column and the English one apart.)"""
    text = reading_of(pdf_path(locale, variant)).pdftotext
    blocks = expected_blocks(built, locale, variant)
    if variant in BILINGUAL:
        fold = _without_neutrals if locale in RIGHT_TO_LEFT else (lambda block: block)
        for block in blocks:
            assert fold(normalise(block)) in fold(text), block
        return
    if locale in RIGHT_TO_LEFT:
        assert_in_reading_order(
            _without_neutrals(text),
            blocks,
            normalise=lambda block: _without_neutrals(normalise(block)),
        )
    else:
        assert_in_reading_order(text, blocks)


# PDFium takes the Arabic marks of a right-to-left word out of their place ("خطيرًا"
# comes back "اًخطير"); every other script must come back exactly.
@pytest.mark.parametrize(
    ("locale", "variant"),
    [(locale, variant) for locale, variant in MATRIX if locale not in RIGHT_TO_LEFT],
)
def test_pdfium_gives_every_block_back_in_reading_order(
    built: Path, pdf_path, locale: str, variant: str
):
    assert_in_reading_order(
        reading_of(pdf_path(locale, variant)).pdfium, expected_blocks(built, locale, variant)
    )
