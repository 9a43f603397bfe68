"""Where a line may end: the Unicode line breaking rules (UAX #14) by ICU, for every script.

ICU (through icu4py) knows the rules and has dictionaries for the scripts that
put no space between words (Thai, Lao, Khmer, Burmese), and its "strict"
setting keeps the Japanese and Chinese rules of kinsoku (no line starts with
、。」ー or a small kana, none ends with an opening bracket). So: a zero-width space is a break,
a word joiner and a no-break space are not, a soft hyphen is a break shown as
a hyphen. Of the breaks UAX #14 allows, only those an extractor reads back
as the text was written are taken: after a space (or a zero-width space, or a
soft hyphen), and next to a character of a script written without spaces (Thai,
Lao, Khmer, Burmese, Chinese, Japanese, Tibetan: `written_without_spaces`), so a
Tibetan line ends after a tsheg or a shad, and after a word separator drawn as a sign
(Ethiopic's wordspace ፡, `ends_word_visibly`); a word with a hyphen or a slash is not
broken inside, or extraction would add a space to it ("kulay- ubeng"). Korean is
broken between words (at spaces), as Korean print usually is. A number is not parted
from the unit after it ("38.3 °C", "40 mg", "5 mL", "100 %"), as typesetters keep them,
in every script, without the writer typing a no-break space: the space between them is
no break when the unit is a sign or an abbreviated unit in Latin letters
(`units.starts_with_unit`, the list the rule book checks doses with), and so is
Ethiopic's wordspace between them. A piece of text
with no break in it that is wider than a line is cut between grapheme clusters
(`grapheme_ends`), never inside one. ICU's break after the ຫ of a Lao onset typed as two
letters (ຫນ for ໜ), which its dictionary does not always know, is not taken.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from icu4py.breakers import CharacterBreaker, LineBreaker
from icu4py.locale import Locale

# re-exported: `paragraph`, `readback` and `pdf.structure` import it from here
from .hyphens import SOFT_HYPHEN as SOFT_HYPHEN
from .scripts import WORD_SEPARATORS, script_of
from .units import starts_with_unit

_BREAKS_AS_SPACE = frozenset("\u200b" + SOFT_HYPHEN)  # zero-width space, soft hyphen
# Scripts written without spaces between words (ISO 15924), as UAX #14 has them: those of
# its classes SA (Thai, Lao, Khmer, Burmese, which ICU breaks by dictionary; Tai Le, New
# Tai Lue, Tai Tham, Tai Viet, Ahom) and ID (Han, kana, Bopomofo, Yi, Tangut, Nushu,
# Khitan), and Tibetan, whose syllables a tsheg (U+0F0B, class BA) ends, with no space
# between words (Dzongkha too). Hangul is not one: Korean is broken at its spaces.
_NO_SPACE_SCRIPTS = frozenset(
    {
        *("Thai", "Laoo", "Khmr", "Mymr", "Tale", "Talu", "Lana", "Tavt", "Ahom"),
        *("Hani", "Hira", "Kana", "Bopo", "Yiii", "Tang", "Nshu", "Kits"),
        "Tibt",
    }
)
# Lao writes a sonorant after ຫ (U+0EAB) for one sound, the two letters the onset of one
# syllable: ຫນ, ຫມ, ຫລ are the ligatures ໜ, ໝ, ຫຼ as many keyboards type them. ICU's
# dictionary knows some words so typed and breaks others after the ຫ ("ໂຮງຫ|ມໍ",
# hospital; "ຂະຫ|ນາດ", size), which would leave a letter alone at a line's end.
_LAO_HO_SUNG = "\u0eab"
_LAO_SONORANTS = frozenset("\u0e87\u0e8d\u0e99\u0ea1\u0ea3\u0ea5\u0ea7")  # ງຍນມຣລວ
# Languages whose line breaking follows kinsoku: ICU's "strict" rules for them.
_STRICT = frozenset({"ja", "zh"})


@lru_cache(maxsize=256)
def _locale(language: str) -> Locale:
    return Locale(f"{language}@lb=strict" if language in _STRICT else language)


@lru_cache(maxsize=16384)
def line_ends(text: str, language: str) -> tuple[int, ...]:
    """Each position after which a line may end (the last is len(text)), for text in
    `language` (a BCP 47 primary subtag such as "th"; ICU picks the dictionary)."""
    if not text:
        return ()
    ends = _indices(text, (end for _, end in LineBreaker(text, _locale(language)).segments()))
    return tuple(
        end
        for end in ends
        if end == len(text) or (_reads_back(text, end) and not _parts_lao_onset(text, end))
    )


def _reads_back(text: str, end: int) -> bool:
    """Whether a line may end at `end` without an extractor reading a space into a word,
    nor parting a number from its unit."""
    before, after = text[end - 1], text[end]
    if before.isspace() or ends_word_visibly(before):
        return not (end >= 2 and text[end - 2].isdecimal() and starts_with_unit(text[end:]))
    if before in _BREAKS_AS_SPACE:
        return True
    return written_without_spaces(before) or written_without_spaces(after)


def _parts_lao_onset(text: str, end: int) -> bool:
    """Whether `end` falls between ຫ and the sonorant it is one sound with."""
    return text[end - 1] == _LAO_HO_SUNG and text[end] in _LAO_SONORANTS


def ends_word_visibly(character: str) -> bool:
    """Whether `character` is a word separator drawn as a sign (Ethiopic's wordspace ፡),
    after which a line may end and a line break reads as no space (`verify.normalise`)."""
    return character in WORD_SEPARATORS


def written_without_spaces(character: str) -> bool:
    """Whether `character` is of a script written without spaces between words, where a
    line may end between two letters (or after a tsheg) and a line break reads as no
    space: the build's check reads the PDF back so (`verify.normalise`)."""
    return script_of(character) in _NO_SPACE_SCRIPTS


@lru_cache(maxsize=1024)
def starts_no_line(character: str) -> bool:
    """Whether UAX #14 lets no line start with `character`, not even after a space: closing
    punctuation, in every script (a question mark, a full stop, a comma, a closing
    bracket or quote, "؟", "。"), which must stay with the text before it."""
    return all(end != 2 for _, end in LineBreaker("a " + character, _locale("und")).segments())


@lru_cache(maxsize=16384)
def grapheme_ends(text: str) -> tuple[int, ...]:
    """Each position after a grapheme cluster (a letter with its marks, a conjunct)."""
    if not text:
        return ()
    return tuple(
        _indices(text, (end for _, end in CharacterBreaker(text, _locale("und")).segments()))
    )


def _indices(text: str, offsets: Iterable[int]) -> Iterable[int]:
    """ICU's offsets into `text` as Python's indices: ICU counts UTF-16 code units, two for
    a character beyond U+FFFF (a CJK Extension B ideograph of a Japanese or Cantonese
    name, Adlam, Osage), so past one its offsets ran ahead of the characters."""
    if max(text) <= "\uffff":  # the usual text: the same numbers
        return offsets
    index_of = {}
    units = 0
    for index, character in enumerate(text, start=1):
        units += 2 if character > "\uffff" else 1
        index_of[units] = index
    return (index_of[offset] for offset in offsets)
