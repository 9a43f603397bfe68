"""Line spacing from the ink: a paragraph's lines are as far apart as the variant asks, or
further where the glyphs of two lines would come nearer than the clearance."""

from __future__ import annotations

import math
from itertools import pairwise
from pathlib import Path

import pytest

from handout.faces import font_chain
from handout.fonts import read_font_table
from handout.layout.paragraph import CLEARANCE, TextParagraph, least_line_spacing
from handout.text.paragraph import StyledText
from handout.text.shaping import InkBox

FONTS = Path(__file__).parents[2] / "fonts"


def test_ink_counts_only_against_the_ink_under_it():
    upper = [InkBox(0, 10, -4, 8), InkBox(20, 30, -1, 8)]  # a deep glyph, then a shallow one
    above_the_shallow_one = [InkBox(21, 29, 0, 9)]
    assert least_line_spacing(upper, above_the_shallow_one, 1.0) == pytest.approx(1 + 9 + 1)
    above_both = [InkBox(5, 25, 0, 9)]
    assert least_line_spacing(upper, above_both, 1.0) == pytest.approx(4 + 9 + 1)
    # Boxes closer across than the clearance count as one above the other.
    beside_the_deep_one = [InkBox(10.5, 12, 0, 9)]
    assert least_line_spacing(upper, beside_the_deep_one, 1.0) == pytest.approx(4 + 9 + 1)
    assert least_line_spacing(upper, [], 1.0) == -math.inf


# The tallest stacks of each script the shipped fonts set: tone marks over tall
# consonants and vowels under them, subscript consonants, stacked Arabic marks.
TALL_TEXTS = {
    "th": "ปู่ ญี่ปุ่น ฎีกา ฐู ฟื้นฟู ปั้น ผู้ป่วย ป่ี " * 12,
    "lo": "ປູ່ ຟື້ນ ຜູ້ປ່ວຍ ປີ້ ຍູ້ ປັ້ນ ຢູ່ " * 12,
    "km": "ស្ត្រី ក្រុម ស្ព្រ ឃ្លាំង ថ្ងៃ ព្រឹក្ស ញ៉ាំ " * 12,
    "ar": "لِلْمُتَّقِينَ شُدَّ يُؤْلِمُ جِلْدٌ مَّا إِلَّا " * 12,
    "my": "ကြွေ့ ဂြိုဟ် ကျွန်ုပ် ပြည့် ချွေး ညှိ " * 12,
    "hi": "क्षत्रिय द्वितीय स्थिति हृदय कृपया ट्रेन " * 12,
}


@pytest.mark.parametrize("locale", sorted(TALL_TEXTS))
def test_lines_keep_their_ink_apart_at_any_leading(locale: str):
    """Set solid (leading 1.0), each line still keeps the clearance from the ink of the
    line above it, compared glyph by glyph, and no more than it."""
    text = TALL_TEXTS[locale].strip()
    size = 14.0
    styled = StyledText(text, (False,) * len(text), (None,) * len(text), locale)
    chain = font_chain(read_font_table(FONTS), locale)
    paragraph = TextParagraph(styled, chain, size, size * 1.0, locale == "ar")
    paragraph.wrap(300, 1e9)
    assert paragraph.lines is not None and len(paragraph.lines) > 3
    inks = [list(paragraph._ink(line)) for line in paragraph.lines]
    closest = math.inf
    for upper, lower in pairwise(inks):
        for above in upper:
            for below in lower:
                if below.left < above.right + CLEARANCE * size and above.left < (
                    below.right + CLEARANCE * size
                ):
                    closest = min(closest, paragraph.leading + above.bottom - below.top)
    assert closest >= CLEARANCE * size - 1e-6
    # The spacing is the least the ink allows, or the face's own floor (Burmese).
    assert closest == pytest.approx(CLEARANCE * size) or (
        paragraph.leading == paragraph.least_leading
    )
    assert paragraph.leading > size  # the ink of these scripts needs more than solid


def test_a_split_paragraph_keeps_its_spacing():
    text = TALL_TEXTS["th"].strip()
    styled = StyledText(text, (False,) * len(text), (None,) * len(text), "th")
    paragraph = TextParagraph(
        styled, font_chain(read_font_table(FONTS), "th"), 14.0, 14.0, False, frame_height=200
    )
    paragraph.wrap(300, 1e9)
    first, rest = paragraph.split(300, 3 * paragraph.leading)
    assert first.wrap(300, 1e9)[1] <= 3 * paragraph.leading
    assert first.leading == rest.leading == paragraph.leading
