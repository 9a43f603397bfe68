"""Unit tests of the text engine's small functions: bidi levels, visual order, line breaks,
glyph codes."""

from __future__ import annotations

import pytest

from handout.text.bidi import embedding_levels, visual_order
from handout.text.glyphs import GlyphCodes
from handout.text.linebreak import grapheme_ends, line_ends


@pytest.mark.parametrize("text", ["می\u200cشود", "\u200cabc", "a\u200db", "x\u00ady\u2060z\u200b"])
@pytest.mark.parametrize("rtl", [True, False])
def test_every_character_gets_a_level_joiners_included(text: str, rtl: bool):
    assert len(embedding_levels(text, rtl)) == len(text)


def test_a_joiner_takes_the_level_of_its_neighbour():
    assert embedding_levels("می\u200cشود", True) == [1] * 6
    assert embedding_levels("abc \u0645\u200c\u0646 def", False)[4:7] == [1, 1, 1]


def test_latin_inside_arabic_is_left_to_right():
    levels = embedding_levels("في JAMA هي", True)
    assert levels[3:7] == [2] * 4 and levels[0] == 1


@pytest.mark.parametrize(
    ("levels", "order"),
    [
        ([0, 0, 0], [0, 1, 2]),
        ([1, 1, 1], [2, 1, 0]),
        ([1, 2, 2, 1], [3, 1, 2, 0]),
        ([0, 1, 1, 0], [0, 2, 1, 3]),
    ],
)
def test_visual_order_follows_rule_l2(levels: list[int], order: list[int]):
    assert visual_order(levels) == order


def _pieces(text: str, language: str) -> list[str]:
    ends = line_ends(text, language)
    return [text[start:end] for start, end in zip((0, *ends), ends, strict=False)]


def test_thai_breaks_between_words_by_dictionary():
    pieces = _pieces("แคลซิฟิแล็กซิสเป็นโรคที่พบได้ยาก", "th")
    assert len(pieces) > 4
    assert "".join(pieces) == "แคลซิฟิแล็กซิสเป็นโรคที่พบได้ยาก"
    assert "โรค" in pieces


def test_spaces_zero_width_space_and_soft_hyphen_break_joiners_do_not():
    assert _pieces("one two", "en") == ["one ", "two"]
    assert _pieces("one\u200btwo", "en") == ["one\u200b", "two"]
    assert _pieces("cal\u00adci\u00adum", "en") == ["cal\u00ad", "ci\u00ad", "um"]
    assert _pieces("one\u2060two", "en") == ["one\u2060two"]
    assert _pieces("one\u00a0two", "en") == ["one\u00a0two"]


def test_a_hyphenated_word_is_not_broken_inside():
    assert _pieces("lace-like rash", "en") == ["lace-like ", "rash"]
    assert _pieces("doi:10.1001/x", "en") == ["doi:10.1001/x"]


def test_japanese_follows_kinsoku():
    text = "これは「テスト」です。ャーッと"
    pieces = _pieces(text, "ja")
    assert not any(piece[0] in "、。」ーャッ" for piece in pieces[1:])
    assert not any(piece[-1] == "「" for piece in pieces)


def test_korean_breaks_between_words_only():
    assert _pieces("칼시필락시스는 드문 질환입니다.", "ko") == [
        "칼시필락시스는 ",
        "드문 ",
        "질환입니다.",
    ]


def test_grapheme_clusters_are_never_split():
    assert grapheme_ends("क्षत्रिय") == (3, 7, 8)
    assert grapheme_ends("e\u0301a") == (2, 3)


class _Face:
    def __init__(self) -> None:
        self.charToGlyph: dict[int, int] = {}
        self.charWidths: dict[int, float] = {}
        self.hmetrics = [(500, 0)] * 10
        self.unitsPerEm = 1000


class _Font:
    def __init__(self, name: str) -> None:
        self.fontName = name
        self.face = _Face()


def test_a_glyph_code_is_given_once_and_reads_as_its_text():
    codes = GlyphCodes()
    font = _Font("f")
    first = codes.code(font, 5, "ffi")
    assert codes.code(font, 5, "ffi") == first
    assert codes.code(font, 5, "f") != first
    assert codes.code(_Font("g"), 5, "ffi") != first
    assert codes.text_of(ord(first)) == "ffi"
    assert codes.text_of(ord("a")) == "a"
    assert font.face.charToGlyph[ord(first)] == 5
    assert font.face.charWidths[ord(first)] == 500
