"""Unit tests of the text engine's small functions: bidi levels, visual order, line breaks,
glyph codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handout.faces import font_chain
from handout.fonts import read_font_table
from handout.inline import Link
from handout.text.bidi import embedding_levels, visual_order
from handout.text.glyphs import GlyphCodes
from handout.text.linebreak import grapheme_ends, line_ends
from handout.text.paragraph import StyledText, break_lines


@pytest.mark.parametrize("text", ["می\u200cشود", "\u200cabc", "a\u200db", "x\u00ady\u2060z\u200b"])
@pytest.mark.parametrize("rtl", [True, False])
def test_every_character_gets_a_level_joiners_included(text: str, rtl: bool):
    assert len(embedding_levels(text, rtl)) == len(text)


def test_a_joiner_takes_the_level_of_its_neighbour():
    assert embedding_levels("می\u200cشود", True) == [1] * 6
    assert embedding_levels("abc \u0645\u200c\u0646 def", False)[4:7] == [1, 1, 1]


@given(
    st.text(
        st.sampled_from(
            "ab Z19.,:;()[]{}<>-+%$#/\u00e9\u0301\u064e\u0915\u093f\u0e01\u05d0\u05d1"
            "\u0627\u0644\u0661\u06f1\u066a\u060c\u00ab\u00bb\u2329\u232a\u3008\u3009"
        ),
        max_size=30,
    ),
    st.booleans(),
)
def test_the_levels_order_text_as_the_unicode_bidi_algorithm_does(text: str, rtl: bool):
    """The levels, reordered by rule L2, give the display order python-bidi's Rust
    algorithm (unicode-bidi, every rule of UAX #9) gives: brackets paired (rule N0, which
    the Python algorithm the levels come from lacks), and the shortcut for left-to-right
    text. Characters of class BN are left out: they keep their neighbour's level here,
    and unicode-bidi puts them elsewhere; lint refuses the bidi controls."""
    from bidi import get_display

    levels = embedding_levels(text, rtl)
    shown = "".join(text[index] for index in visual_order(levels))
    assert shown == get_display(text, base_dir="R" if rtl else "L")


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


@pytest.mark.parametrize(
    ("text", "language", "pieces"),
    [
        ("is 38.3 °C or", "en", ["is ", "38.3 °C ", "or"]),
        ("98.6 °F, 100 % and 20 €", "en", ["98.6 °F, ", "100 % ", "and ", "20 €"]),
        ("40 mg, 5 mL, 10 IU, 500 µg", "en", ["40 mg, ", "5 mL, ", "10 IU, ", "500 µg"]),
        ("24 lb, 8 oz, 5 cm, 4 h", "en", ["24 lb, ", "8 oz, ", "5 cm, ", "4 h"]),
        ("(18 pt and up)", "en", ["(18 pt ", "and ", "up)"]),
        ("8 a.m. dóó 5 p.m.", "nv", ["8 a.m. ", "dóó ", "5 p.m."]),
        ("at 8 am or 5 PM", "en", ["at ", "8 am ", "or ", "5 PM"]),
        ("خذ ٤٠ mg الآن", "ar", ["خذ ", "٤٠ mg ", "الآن"]),
        ("服用 40 mg，然后", "zh", ["服", "用 ", "40 mg，", "然", "后"]),
        # Parted by Ethiopic's wordspace, as Tigrinya may be written.
        ("ውሰዱ፡200፡mg፡ኣብ፡መዓልቲ", "ti", ["ውሰዱ፡", "200፡mg፡", "ኣብ፡", "መዓልቲ"]),
        # Not a unit: a word, a unit spelt out, one a letter of a word, a number's word.
        ("2 to 3 days", "en", ["2 ", "to ", "3 ", "days"]),
        ("2 milligrams", "en", ["2 ", "milligrams"]),
        ("à 5 l'heure", "fr", ["à ", "5 ", "l'heure"]),
        ("dose mg here", "en", ["dose ", "mg ", "here"]),
        ("5 amoxicillin", "en", ["5 ", "amoxicillin"]),
    ],
)
def test_a_number_is_not_parted_from_the_unit_after_it(text: str, language: str, pieces: list[str]):
    """A line ended at "(38.3" and the next began "°C)" (an outside probe): a number and
    a sign or an abbreviated unit in Latin letters after it are one piece, in any script;
    also parted by Ethiopic's wordspace, after which a Tigrinya line ended "200፡"."""
    assert _pieces(text, language) == pieces


def test_a_line_narrower_than_a_number_and_its_unit_is_cut_at_the_space():
    """The two still break where no line holds them: after the space between them, not
    inside the unit; and every character is kept."""
    chain = font_chain(read_font_table(Path(__file__).parents[2] / "fonts"), "en")

    def styled(text: str) -> StyledText:
        return StyledText(text, (False,) * len(text), (None,) * len(text), "en")

    text = "Fever: (38.3 °C)"
    (whole,) = break_lines(styled("(38.3 °C)"), chain, 18, 1000, False)
    lines = break_lines(styled(text), chain, 18, whole.ink_width - 1, False)
    assert [line.text for line in lines] == ["Fever:", "(38.3", "°C)"]  # spaces not drawn


@pytest.mark.parametrize("language", ["bo", "dz"])
def test_tibetan_breaks_after_a_tsheg_or_a_shad_only(language: str):
    """Tibetan and Dzongkha write no space between words: a line may end after each tsheg
    (U+0F0B), which ends a syllable, or after a shad (U+0F0D) and its space; never before
    either, nor inside a syllable. ICU gives these breaks; they were dropped, and a
    sentence wider than a line was cut between two letters ('...བྱས་མེ' / 'ད།') or
    before a tsheg (a line began '་ལྡན')."""
    text = "ཡིག་སྒྱུར་འདི་ད་དུང་སྨན་བཅོས་ཡིག་སྒྱུར་བ་ཚད་ལྡན་ཞིག་གིས་ཞིབ་བཤེར་བྱས་མེད། ཁྱེད་ཀྱི་རྨ་ཁ།"
    pieces = _pieces(text, language)
    assert "".join(pieces) == text
    assert pieces[:3] == ["ཡིག་", "སྒྱུར་", "འདི་"]
    assert "མེད། " in pieces
    assert all(piece[-1] in "\u0f0b\u0f0d " for piece in pieces)
    assert not any(piece[0] in "\u0f0b\u0f0d" for piece in pieces)


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


def test_breaks_count_a_character_beyond_u_ffff_as_one():
    """ICU gives offsets in UTF-16 units; the breaks are Python indices."""
    assert line_ends("a \U00020bb7野家 b", "ja") == (2, 3, 4, 6, 7)
    assert grapheme_ends("\U0001e903\U0001e92d a") == (1, 2, 3, 4)


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


def test_a_word_starts_right_of_every_glyph_origin_of_the_word_before():
    """A mark whose origin lies past its word's end (a Burmese dot below, a Navajo acute)
    moves the space after it right, and the next word only as far as the space cannot
    take; words whose glyph origins stay inside them do not move."""
    from handout.text.shaping import _words_after_their_marks

    text = "ab c"
    inside = [(1, 0, 0.0, 0.0), (2, 1, 5.0, 0.0), (3, 2, 9.0, 0.0), (4, 3, 12.0, 0.0)]
    assert _words_after_their_marks(inside, text, 17.0) == (inside, 17.0)
    past = [(1, 0, 0.0, 0.0), (2, 1, 10.0, 0.0), (3, 2, 9.0, 0.0), (4, 3, 12.0, 0.0)]
    moved, width = _words_after_their_marks(past, text, 17.0)
    assert [x for _, _, x, _ in moved] == pytest.approx([0.0, 10.0, 10.01, 12.0])
    assert width == pytest.approx(17.0)
    beyond = [(1, 0, 0.0, 0.0), (2, 1, 12.5, 0.0), (3, 2, 9.0, 0.0), (4, 3, 12.0, 0.0)]
    moved, width = _words_after_their_marks(beyond, text, 17.0)
    assert [x for _, _, x, _ in moved] == pytest.approx([0.0, 12.5, 12.51, 12.52])
    assert width == pytest.approx(17.52)


@pytest.mark.parametrize(
    ("markdown", "printed"),
    [
        # A phone number in Devanagari or Arabic-Indic digits shows the number.
        ("[६५१-५५५-०१९९](tel:+16515550199)", "६५१-५५५-०१९९"),
        ("[٦٥١-٥٥٥-٠١٩٩](tel:+16515550199)", "٦٥١-٥٥٥-٠١٩٩"),
        # A space at the end of the link's text is the space before the address.
        ("See [the nurse line ](tel:+16515550199).", "See the nurse line (+16515550199)."),
        # An address is printed as a reader types it, not as markdown-it encodes it for
        # the link (punycode, percent escapes); a text that shows the host shows it.
        ("[münchen.example](https://münchen.example/info)", "münchen.example"),
        ("See [x](https://example.org/información).", "See x (example.org/información)."),
        # A word straight after the address (two links with nothing between them) is
        # kept a space from the bracket, which the writer did not type.
        (
            "Call [the desk](tel:+15555550100)[the nurse](tel:+15555550111).",
            "Call the desk (+15555550100) the nurse (+15555550111).",
        ),
    ],
)
def test_a_link_prints_its_address_once_and_with_one_space(markdown: str, printed: str):
    from handout.inline import plain_text

    assert plain_text(markdown) == printed


def test_a_phone_number_is_one_left_to_right_unit_in_right_to_left_text():
    """As between U+2066 and U+2069: its spaces are left to right, and the text around
    it sees one neutral (the Arabic full stop after it stays right to left)."""
    text = "اتصل +1 555 0100."
    start, end = text.index("+"), text.index(".")
    levels = embedding_levels(text, True, [(start, end)])
    assert levels[start:end] == [2] * (end - start)
    assert embedding_levels(text, True)[start:end] != [2] * (end - start)  # without it
    assert levels[:start] == embedding_levels(text, True)[:start]
    assert levels[end] == 1


def test_a_phone_number_is_not_broken_across_lines():
    """A line too narrow for "+1 555 0100 ext. 23" and the words after it breaks before
    the number, not inside it: a patient dials from the paper."""
    text = "Call the clinic at +1 555 0100 ext. 23 today."
    start, end = text.index("+"), text.index(" today")
    phone = Link("tel:+15550100;ext=23", 0)
    chain = font_chain(read_font_table(Path(__file__).parents[2] / "fonts"), "en")

    def whole(links: tuple[Link | None, ...], width: float) -> bool:
        """Whether one line holds the whole number."""
        styled = StyledText(text, (False,) * len(text), links, "en")
        return any(
            text[start:end] in line.text for line in break_lines(styled, chain, 18, width, False)
        )

    plain = (None,) * len(text)
    linked = tuple(phone if start <= index < end else None for index in range(len(text)))
    alone = StyledText(text[start:end], (False,) * (end - start), (None,) * (end - start), "en")
    (line,) = break_lines(alone, chain, 18, 1000, False)
    broken = [  # widths the number fits in, at which it would be broken
        width for width in range(int(line.ink_width) + 10, 400, 5) if not whole(plain, width)
    ]
    assert broken
    for width in broken:
        assert whole(linked, width), width


@pytest.mark.parametrize(
    ("text", "language", "locale"),
    [
        ("Kwaļo̧k ļōmņak", "mh", "vi"),  # Noto Sans: ļ ņ with a cedilla, as o̧ has
        ("Ałkʼidą́ą́ʼ hólǫ́", "nv", "vi"),  # Noto Sans: the ogonek under the middle of ą
        ("झ ५ ८ ९", "ne", "ne"),  # Noto Sans Devanagari: Nepali's letter and digit forms
    ],
)
def test_text_is_drawn_in_its_languages_own_letter_forms(text: str, language: str, locale: str):
    """HarfBuzz was told no language: it drew every language in the font's default
    forms (Latvian's comma under Marshallese ļ, Hindi's forms in Nepali; found by a
    probe). A language without forms of its own is drawn as before."""
    table = read_font_table(Path(__file__).parents[2] / "fonts")
    chain = font_chain(table, locale).pinned([text])

    def glyphs(language: str) -> list[int]:
        styled = StyledText(text, (False,) * len(text), (None,) * len(text), language)
        (line,) = break_lines(styled, chain, 18, 1000, False)
        return [glyph for run, _ in line.runs for glyph in run.glyphs]

    assert glyphs(language) != glyphs("en")
    assert glyphs("en") == glyphs("hi")


@pytest.mark.parametrize(
    ("word", "closing", "language"),
    [
        ("Leberfunktionsstörungserkrankungen", "?", "de"),
        ("Calciphylaxis", "?)", "en"),
        ("Kalziphylaxie", "».", "de"),
        ("الكالسيفيلاكسيس", "؟", "ar"),
    ],
)
def test_no_line_starts_with_closing_punctuation(word: str, closing: str, language: str):
    """A word just as wide as its line, then its question mark: the line was cut between
    the two, and the mark stood alone on the next line (a bilingual column holds about 30
    characters). The cut now comes earlier, in the word, and the mark goes with its
    word's end; every character is kept."""
    chain = font_chain(read_font_table(Path(__file__).parents[2] / "fonts"), language)
    rtl = language == "ar"

    def styled(text: str) -> StyledText:
        return StyledText(text, (False,) * len(text), (None,) * len(text), language)

    (alone,) = break_lines(styled(word), chain, 14, 1000, rtl)
    lines = break_lines(styled(word + closing), chain, 14, alone.width + 0.01, rtl)
    assert len(lines) == 2, [line.text for line in lines]
    assert not lines[1].text.startswith(closing[0]), [line.text for line in lines]
    assert "".join(line.text for line in lines).replace("\u00ad", "") == word + closing
    assert all(line.ink_width <= alone.width + 0.01 for line in lines)
