"""Every block comes back, in reading order, from three extractors: pypdf, Poppler's
pdftotext and PDFium (Chrome's PDF engine)."""

from __future__ import annotations

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


# Poppler turns a right-to-left line back into logical order with its own rule,
# not UAX #9's (TextOutputDev.cc, reorderText): it takes ".,:" for digits and
# sets the spaces beside them with them, so on a right-to-left page it can print
# no line where a full stop, colon or Latin word is followed by a space and then
# an Arabic word: "نادر. وقد" comes back "نادر .وقد" from any PDF. Right-to-left
# text is held to every character in order, spaces aside; pypdf is held to exact
# text above.
def _without_spaces(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_pdftotext_gives_every_block_back_in_reading_order(
    built: Path, pdf_path, locale: str, variant: str
):
    """(Poppler reads two columns as it lays them out: in a two-column bilingual PDF every
    block comes back exactly, the translation's column and the English one apart.)"""
    text = reading_of(pdf_path(locale, variant)).pdftotext
    blocks = expected_blocks(built, locale, variant)
    if variant in BILINGUAL:
        fold = _without_spaces if locale in RIGHT_TO_LEFT else (lambda block: block)
        for block in blocks:
            assert fold(normalise(block)) in fold(text), block
        return
    if locale in RIGHT_TO_LEFT:
        assert_in_reading_order(
            _without_spaces(text), blocks, normalise=lambda block: _without_spaces(normalise(block))
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
