"""Unit tests of the translate stage's small functions."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from handout.translate import composed


@given(st.text(st.characters(exclude_categories=("Cs",))))
def test_text_is_printed_composed_whatever_form_it_was_written_in(text: str):
    if not any("\uf900" <= c <= "\ufaff" or "\U0002f800" <= c <= "\U0002fa1f" for c in text):
        expected = unicodedata.normalize("NFC", text)
        assert composed(text) == composed(unicodedata.normalize("NFD", text)) == expected


def test_a_compatibility_ideograph_is_kept_as_written():
    written = "\uf900 \ufa10 \U0002f800 bê\u0323nh"
    assert composed(written) == "\uf900 \ufa10 \U0002f800 bệnh"
