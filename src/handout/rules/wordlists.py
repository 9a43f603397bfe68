"""Patterns of a language's words from a table written by hand (`negation`, `hedge`):
whole words, words by their beginnings or endings, and texts anywhere in a script written
without spaces, each bounded by a letter or a combining mark, which Python's \\w does not
take (a pattern of Hindi's "नहीं" ended at its vowel sign). A pattern is written with the
placeholder of the class of marks (`shared.MARKS`), which a `shared.MarkedPattern` of it
fills in only for a text with a mark: the class is large. And
what the checks find: fewer such words in a translation than in its English (`fewer`),
counted in it as each check's table is written (`counted`, `counter_of`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from ..inline import written_text
from .model import Entry
from .shared import MARKS, MarkedPattern, longest_first, without_arabic_vowels

__all__ = [
    "anywhere",
    "beginnings",
    "counted",
    "counter_of",
    "endings",
    "fewer",
    "words",
]

# A letter or a combining mark, and a place after or before none: a `MarkedPattern` fills
# in the class of marks.
_LETTER = f"(?:[^\\W\\d_]|{MARKS})"
_NOT_AFTER_A_LETTER = f"(?<![^\\W\\d_])(?<!{MARKS})"
_NOT_BEFORE_A_LETTER = f"(?![^\\W\\d_])(?!{MARKS})"


def words(texts: str, onto: str = "", not_before: str = "", not_after: str = "") -> str:
    """A pattern of the words `texts` (`_alternatives`), each a whole word, or written onto
    one of the letters `onto` (Arabic's "و", and: "ولم"), and not before one of the whole
    words `not_before` (Haitian Creole's "san", without, is blood before "an", the), nor
    right after the one whole word `not_after` (Polish's "bywa", it happens at times, is
    no hedge in "nie bywa", it is not: a look behind takes one length)."""
    before = f"[{onto}]?" if onto else ""
    after = f"(?!\\s+(?:{_alternatives(not_before)}){_NOT_BEFORE_A_LETTER})" if not_before else ""
    not_right_after = f"(?<!{_NOT_AFTER_A_LETTER}{re.escape(not_after)}\\s)" if not_after else ""
    return (
        f"{not_right_after}{_NOT_AFTER_A_LETTER}{before}(?:{_alternatives(texts)})"
        f"{_NOT_BEFORE_A_LETTER}{after}"
    )


def beginnings(texts: str, but: str = "", onto: str = "", but_words: str = "") -> str:
    """A pattern of a word that begins with one of `texts` (the word itself too), and not
    with one of `but`, nor is one of the whole words `but_words` (Russian's "него", him,
    begins as "не", not, does), or written onto one of the letters `onto` (as `words`)."""
    other = f"(?!{_alternatives(but)})" if but else ""
    other_word = f"(?!(?:{_alternatives(but_words)}){_NOT_BEFORE_A_LETTER})" if but_words else ""
    before = f"[{onto}]?" if onto else ""
    return f"{_NOT_AFTER_A_LETTER}{before}{other}{other_word}(?:{_alternatives(texts)}){_LETTER}*"


def endings(texts: str, but_words: str = "") -> str:
    """A pattern of a word that ends with one of `texts` (the word itself too), and is not
    one of the whole words `but_words` (Bengali's "বেদনা", pain, ends as "না", not, does)."""
    other_word = f"(?!(?:{_alternatives(but_words)}){_NOT_BEFORE_A_LETTER})" if but_words else ""
    return (
        f"{_NOT_AFTER_A_LETTER}{other_word}{_LETTER}*?(?:{_alternatives(texts)})"
        f"{_NOT_BEFORE_A_LETTER}"
    )


def anywhere(texts: str) -> str:
    """A pattern of `texts` wherever they stand, in a script written without spaces."""
    return _alternatives(texts)


def counted(pattern: MarkedPattern | None, text: str) -> int | None:
    """How many words of a language's table (`pattern`, a `MarkedPattern` of them) `text` says,
    each where it stands, in Unicode's NFC, case folded, and without Arabic's vowel marks,
    which a translator may write or not ("لَا", "قَدْ"): the tables are written without
    them; None where the table reads no language (`pattern` None)."""
    if pattern is None:
        return None
    read = without_arabic_vowels(unicodedata.normalize("NFC", text).casefold())
    return len(pattern.for_text(read).findall(read))


def counter_of(table: Callable[[], dict[str, str]]) -> Callable[[str, str], int | None]:
    """How many words of `table`'s pattern for a language (BCP 47's primary subtag) a
    translation says (`counted`), as `fewer` asks: each language's pattern made when first
    asked (a `MarkedPattern`), the table when first asked for one; None for a language it does
    not read (`hedge`, `limits`)."""

    @cache
    def pattern(language: str) -> MarkedPattern | None:
        said = table().get(language)
        return None if said is None else MarkedPattern(said)

    def in_translation(translation: str, language: str) -> int | None:
        return counted(pattern(language), translation)

    return in_translation


def fewer(
    entry: Entry,
    in_english: Callable[[str], list[str]],
    in_translation: Callable[[str, str], int | None],
) -> tuple[list[str], int] | None:
    """The words `in_english` finds in the English and how many `in_translation` finds in
    the translation (of the language; None where it reads none), in the words each
    writes (not a link's address, which the translation keeps as the English writes it),
    where the translation has fewer; None where it has as many or more, is its English
    (the unchanged check's), or is of a language not read."""
    if entry.translation.strip() == entry.english.strip():
        return None
    english = in_english(written_text(entry.english))
    if not english:
        return None
    translated = in_translation(written_text(entry.translation), entry.language)
    if translated is None or translated >= len(english):
        return None
    return english, translated


def _alternatives(texts: str) -> str:
    """`texts` (separated by spaces; "_" a space within one: "tal_vez") as alternatives
    of a pattern, in Unicode's NFC, the longest first."""
    return longest_first(
        unicodedata.normalize("NFC", text.replace("_", " ")) for text in texts.split()
    )
