"""What several checks read a text with: its numbers in Western digits, a DOI, where a
word ends, CLDR's names of a unit, a pattern of names, the longest first, and a pattern
with the class of combining marks in it (`MarkedPattern`); and the language of ICU's
default locale, which decides which languages' number words are read
(`words`) and is part of the key of a catalog's kept problems (`kept`).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from functools import cache, cached_property, lru_cache
from locale import LC_MESSAGES, setlocale
from typing import Any, Literal

from ..text.scripts import WORD_SEPARATORS

__all__ = [
    "DOI",
    "MARKS",
    "NUMBER",
    "ONE_AS_A_PREFIX",
    "SPAN_OF_ONE_AFTER",
    "TIME_UNITS",
    "TIME_UNIT_NAMES_BY_HAND",
    "MarkedPattern",
    "cldr_unit_name",
    "cldr_unit_names",
    "date_fields",
    "decimal_mark",
    "digits_of",
    "icu_default_language",
    "joins_a_word",
    "language_name",
    "longest_first",
    "names_of_words",
    "relative_times",
    "time_unit_names",
    "unit_before_number",
    "western_digits",
    "whole_number",
    "with_arabic_vowels",
    "without_arabic_vowels",
]


DOI = re.compile(r"10\.\d{4,9}/\S+?(?=[\s.,;:)]*(?:\s|$))")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# CLDR's units of time ("duration-hour") a span or a clock's time is counted in.
TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year")
# The English's words before a span of 1 in words that say it is one ("for a week", "in
# one day"; "one day" alone is "some day").
SPAN_OF_ONE_AFTER = ("for", "in", "within", "after", "over", "about")
# The prefix that says one of what it is written onto, by hand: Indonesian's and Malay's
# "se-" ("seminggu", a week; "sehari", a day; "sejam", an hour; "sekali", once), where ICU
# spells 1 "satu".
ONE_AS_A_PREFIX = {"id": "se", "ms": "se"}
# Arabic's decimal and thousands separators, which are its point and comma; a word
# separator drawn as a sign (Ethiopic's wordspace), which is a space.
_AS_READ = str.maketrans("\u066b\u066c" + WORD_SEPARATORS, ".," + " " * len(WORD_SEPARATORS))


# Names of the units of time CLDR does not give, by hand (in lower case), for the
# durations and rates checks: Hmong's (a language CLDR does not know; "lim tiam", a week,
# is two words), Haitian Creole's (CLDR's "ht" is its root's, "w", "week"; not "an", a
# year and "in", nor "è", an hour of the clock, `clock`), forms of Hindi's and Urdu's,
# and Chinese's "星期".
TIME_UNIT_NAMES_BY_HAND = {
    "hmn": {
        "feeb": "minute",
        "teev": "hour",
        "hnub": "day",
        "lim tiam": "week",
        "as thiv": "week",
        "hli": "month",
        "hlis": "month",
        "xyoo": "year",
        "xyoos": "year",
    },
    # Hindi's and Urdu's oblique plurals ("10 दिनों तक", for 10 days), with a nukta and
    # without ("हफ़्तों", "हफ्तों"), which CLDR's units do not write
    "hi": {
        "मिनटों": "minute",
        "घंटों": "hour",
        "दिनों": "day",
        "हफ़्तों": "week",
        "हफ्तों": "week",
        "सप्ताहों": "week",
        "महीनों": "month",
        "सालों": "year",
        "वर्षों": "year",
    },
    "ur": {
        "منٹوں": "minute",
        "گھنٹوں": "hour",
        "دنوں": "day",
        "ہفتوں": "week",
        "مہینوں": "month",
        "سالوں": "year",
    },
    "ht": {
        "segonn": "second",
        "minit": "minute",
        "èdtan": "hour",
        "zèdtan": "hour",
        "jou": "day",
        "semèn": "week",
        "mwa": "month",
        "ane": "year",
        "lane": "year",
    },
    # Chinese's "星期" (a week, with its measure word "个" / "個" or without: "3个星期",
    # CC-CEDICT), which CLDR's units do not write ("周", "週")
    "zh": {"星期": "week", "个星期": "week", "個星期": "week"},
}


def date_fields(unit: str, locale: str) -> dict[str, Any]:
    """CLDR's date fields of a time `unit` in `locale` (its relative times, `relative_times`).
    Read from Babel's locale data: its public `format_timedelta` writes a relative time of
    a whole number alone, and so not the form of a fraction ("через {0} дня", "za {0}
    dnia"); Babel is pinned by the lock, and the unit tests of `rates` and `durations`
    read them."""
    from babel import Locale

    fields: dict[str, Any] = Locale.parse(locale)._data["date_fields"].get(unit, {})
    return fields


def relative_times(unit: str, locale: str) -> list[tuple[bool, str]]:
    """CLDR's patterns of a time `unit`s from now or ago ("{0} মাসে", "خلال ساعتين"), in
    lower case, each with whether it writes its count in the unit's word, having no number
    ("ساعتين", two hours; not "ساعة واحدة", one hour, where the word is the unit's name)."""
    fields = date_fields(unit, locale)
    return [
        (count == "two" and "{0}" not in pattern, str(pattern).casefold())
        for direction in ("future", "past")
        for count, pattern in fields.get(direction, {}).items()
    ]


@lru_cache(maxsize=1024)
def digits_of(translation: str) -> str:
    """`translation` with Western digits, Arabic's separators as a point and a comma, and
    Ethiopic's wordspace as a space: "6፡ሰሙን" is a number and the word after it. Kept, as
    the checks read a translation's digits about eight times each (a translation's
    characters looked up one by one each time: 1.4% of a build that checks every
    translation)."""
    return western_digits(translation).translate(_AS_READ)


def whole_number(number: str) -> str:
    """`number` without the zeros before a whole number ("08" is 8)."""
    return (number.lstrip("0") or "0") if number.isdigit() else number


def western_digits(text: str) -> str:
    """`text` with each digit of any script as the Western one ("٣" is "3")."""
    return text.translate(_WESTERN_DIGITS)


class _WesternDigit(dict[int, str]):
    """A table of `str.translate` giving each character its Western digit, or itself:
    filled as characters are first met (a digit tested character by character in Python
    was a twentieth of a cold `handout stats`, which reads every number of every
    catalog)."""

    def __missing__(self, code: int) -> str:
        character = chr(code)
        found = self[code] = str(unicodedata.digit(character)) if character.isdigit() else character
        return found


_WESTERN_DIGITS = _WesternDigit()


def joins_a_word(character: str) -> bool:
    """Whether `character`, beside a name, makes it part of a word: a letter of a script
    written with spaces ("38 °Ca"); in a script written without them ("38华氏度或", 38 °F
    or) a word may end before any letter, or start after one."""
    from ..text.linebreak import written_without_spaces

    return character.isalpha() and not written_without_spaces(character)


def longest_first(names: Iterable[str]) -> str:
    """Alternatives of a regular expression that match each of `names` as written, the
    longest first, so that a name is not found where a longer one stands ("毫克" before
    "克", "часов" before "час")."""
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


def names_of_words(names: Iterable[str], ending: str = "") -> str:
    """`longest_first`, each name ending where a letter or a combining mark does not follow
    ("мг", not "мгла"; Hindi's "स", a week's, not the "से" of "2 से 3 दिन", 2 to 3 days),
    after `ending` (a pattern of what an inflection may add), unless its script is written
    without spaces ("2小时", "2到3天"): a pattern of a `MarkedPattern` (the class of marks
    its `MARKS`)."""
    from ..text.linebreak import written_without_spaces

    unspaced = [name for name in names if written_without_spaces(name[-1])]
    spaced = [name for name in names if name not in unspaced]
    end = rf"(?![\w'\u2019-]|{MARKS})"
    return "|".join(
        [
            *([f"(?:{longest_first(spaced)}){ending}{end}"] if spaced else []),
            longest_first(unspaced),
        ]
    ).rstrip("|")


# Where a pattern of `MarkedPattern` has the class of combining marks (`words.combining_marks`).
MARKS = "{marks}"
# A class of no character, which stands for the class of marks in a text with no mark.
_NO_CHARACTER = r"[^\s\S]"


class MarkedPattern:
    """A pattern with the class of Unicode's combining marks in it (`MARKS`, each a class of
    one character), compiled with the class only to search a text the class finds a
    character in (`for_text`): in any other, the class matches no character, as a class
    of none does, so the pattern with that one finds the same. The class (its 300 ranges)
    took about 0.6 ms to compile each time it stood in a pattern: 411 times in a first
    build's rule book, 0.23 s of the 0.30 s its 110 patterns with the class took, where
    the texts of 21 of the 30 shipped languages have no mark once read as the checks read
    them (their letters composed, Unicode's NFC; Arabic's vowel marks folded away,
    `without_arabic_vowels`)."""

    def __init__(self, pattern: str) -> None:
        self._pattern = pattern
        self._unmarked = re.compile(pattern.replace(MARKS, _NO_CHARACTER))

    @cached_property
    def _marked(self) -> re.Pattern[str]:
        from .words import combining_marks

        return re.compile(self._pattern.replace(MARKS, combining_marks()))

    def for_text(self, text: str) -> re.Pattern[str]:
        """The pattern compiled to search `text` with: with the class of marks where the
        class finds a character of `text` (where the pattern ignores case, as it does so: it
        takes Greek's iota then, the combining ypogegrammeni's capital and case folding),
        else with a class of none."""
        ignoring_case = bool(self._unmarked.flags & re.IGNORECASE)
        return self._marked if _mark(ignoring_case).search(text) else self._unmarked


@cache
def _mark(ignoring_case: bool) -> re.Pattern[str]:
    """The class of combining marks, as `MarkedPattern` tells a text with one by."""
    from .words import combining_marks

    return re.compile(combining_marks(), re.IGNORECASE if ignoring_case else 0)


@lru_cache(maxsize=256)
def language_name(language: str) -> str:
    """The language's name in English (CLDR's, which names languages it has no locale
    data for too: Samoan, Marshallese), or "this language"."""
    from babel import Locale

    return str(Locale("en").languages.get(language, "this language"))


@lru_cache(maxsize=256)
def decimal_mark(language: str) -> str | None:
    """The language's decimal mark with Latin digits (CLDR's); None for a language CLDR
    does not know."""
    from babel import UnknownLocaleError
    from babel.numbers import get_decimal_symbol

    try:
        return str(get_decimal_symbol(language))
    except (UnknownLocaleError, ValueError):
        return None


@lru_cache(maxsize=1024)
def cldr_unit_name(
    unit: str, language: str, length: Literal["short", "long", "narrow"], count: float
) -> str | None:
    """The language's name of CLDR's `unit` ("duration-day", "mass-milligram") as written
    after `count`, without the number (and the spaces and bidi marks about it), in lower
    case; None for a language CLDR does not know."""
    from babel import UnknownLocaleError
    from babel.units import format_unit

    try:
        written = format_unit(count, unit, length=length, locale=language)
    except (UnknownLocaleError, ValueError):
        return None
    return re.sub(r"[\d.,\s\u00a0\u202f\u200f\u200e]+", " ", str(written)).strip().casefold()


@lru_cache(maxsize=16)
def cldr_unit_names(locale: str) -> frozenset[str]:
    """The names CLDR writes after a number of each of its units of measure in `locale`
    (Chinese "千克", "厘米", "摄氏度", "天"; not a rate's "per" pattern), in every width
    and plural form, without the spaces about them, in lower case; none for a locale CLDR
    does not know."""
    from babel import Locale, UnknownLocaleError

    try:
        units = Locale.parse(locale)._data["unit_patterns"]
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(
        name
        for widths in units.values()
        for forms in widths.values()
        for form, pattern in forms.items()
        if form != "per" and (name := pattern.partition("{0}")[2].strip().casefold())
    )


@lru_cache(maxsize=256)
def time_unit_names(language: str) -> dict[str, str] | None:
    """The language's names of a unit of time (`TIME_UNITS`), each with its unit: CLDR's,
    every width, and each plural form ("час", "часа", "часов"); and the name it writes a
    rate "per" the unit with, where that is one word (Vietnamese "giờ", where its
    duration is "tiếng"), and the word its relative times write right after a number
    ("{0} दिनमा", in N days), in lower case; a second's in the long width alone, as its
    abbreviations are common words (Hindi's "से" is "from": "2 से 3 दिन", 2 to 3 days).
    Not a name of two words, nor one two units share ("m", a minute's and a month's).
    With the names CLDR does not give, by hand (`TIME_UNIT_NAMES_BY_HAND`), and each name
    with a particle written as one word with it (`_PARTICLES_BY_HAND`), and each without
    Arabic's vowel marks too (`unmarked_spellings`: "يومًا" as "يوم" and "يوما"); None for
    a language CLDR does not know and that table has none for."""
    from babel.units import format_compound_unit

    from .words import word_pattern

    by_hand = TIME_UNIT_NAMES_BY_HAND.get(language, {})
    units: dict[str, set[str]] = {}
    long_names: set[str] = set()  # the names a particle is written onto
    for unit in TIME_UNITS:
        lengths: tuple[Literal["short", "long", "narrow"], ...] = (
            ("long",) if unit == "second" else ("short", "long", "narrow")
        )
        for length in lengths:
            spelt = [
                cldr_unit_name(f"duration-{unit}", language, length, count)
                for count in (1, 2, 5, 1.5, 21)
            ]
            if None in spelt:  # a language CLDR does not know
                return dict(by_hand) or None
            if length == "long":
                long_names |= {str(name) for name in spelt}
            rate = format_compound_unit(
                1, denominator_unit=f"duration-{unit}", length=length, locale=language
            )
            for name in [*spelt, re.sub(r"^1\s?/\s?", "", str(rate)).casefold()]:
                if name and word_pattern().fullmatch(name):
                    units.setdefault(name, set()).add(unit)
        # the form CLDR's relative times write the unit in after a number ("{0} দিনের
        # মধ্যে", "{0} दिनमा", "{0} دنوں میں", "በ{0} ቀን ውስጥ": in N days), which its
        # units may not ("24 दिनमा" for "in 24 hours" passed)
        for _, pattern in relative_times(unit, language):
            after = pattern.partition("{0}")[2].split()
            if after and word_pattern().fullmatch(after[0]):
                units.setdefault(after[0], set()).add(unit)
    names = {name: unit for name, (unit, *others) in units.items() if not others} | by_hand
    # the accusative's alif written without the tanween CLDR writes before it ("يومًا",
    # after 11 to 99, as "11 يوما"): folded without marks, CLDR's is "يوم", which the alif
    # after it kept from being read, and "11 أسبوعا" (11 weeks) passed for "11 days"
    # (`unmarked_spellings` gives the folded name too, which the rule book folds it to)
    names = {
        spelling: unit for name, unit in names.items() for spelling in unmarked_spellings(name)
    }
    # a particle written as one word with the name ("6일마다", every 6 days; "2주간", for 2
    # weeks), which left it read nowhere: "6일마다" for "every 6 hours" passed. Onto a
    # name of the long width alone: an abbreviation and a particle spell other words
    # (Turkish "sa", an hour's, and "de": "sade", plain)
    particles = _PARTICLES_BY_HAND.get(language, ())
    return names | {
        name + particle: unit
        for name, unit in names.items()
        if name in long_names
        for particle in particles
    }


# Particles and case endings a language writes as one word with a noun, by hand: Korean's
# of a span or a rate ("마다", every; "간", "동안", for; "에", in; "째", the Nth; "씩",
# each; "와" and "과", and: "2주와 3일", 2 weeks and 3 days, was read as 2 to 3 days);
# Bengali's locative and genitive, which CLDR writes on some units alone ("মাসে",
# "দিনের"; not "দিনে", in days: "24 দিনে" for "in 24 hours" passed); Nepali's
# postpositions ("सम्म", until: "2 दिनसम्म" for "for 2 weeks" passed; "भित्र", within;
# "पछि", after; "देखि", since; "को", of; CLDR writes "मा", in); Turkish's locative,
# ablative and "-lik" in each vowel harmony ("her 4 saatte bir", every 4 hours: "her 4
# günde bir" for it passed; "4 saatten fazla", more than 4 hours; "4 günlük", of 4 days).
_PARTICLES_BY_HAND = {
    "ko": ("마다", "간", "동안", "에", "째", "씩", "와", "과"),
    "bn": ("\u09c7", "\u09c7\u09b0", "\u09af\u09bc", "\u09a4\u09c7"),
    "ne": ("मा", "सम्म", "भित्र", "पछि", "देखि", "को"),
    "tr": ("de", "da", "te", "ta", "den", "dan", "ten", "tan", "lik", "l\u0131k", "luk", "lük"),
}


@lru_cache(maxsize=256)
def unit_before_number(language: str) -> bool:
    """Whether CLDR writes each unit of time before its number in `language` (its long
    durations of an hour, a day, a week and a month: Swahili "saa {0}", "siku {0}"), where
    a number before a unit's name is another's ("siku 4 saa 4 asubuhi", 4 days at 10 in
    the morning, was 4 hours). False for a language CLDR does not know."""
    from babel import UnknownLocaleError
    from babel.units import format_unit

    try:
        written = [
            str(format_unit(4, f"duration-{unit}", length="long", locale=language))
            for unit in ("hour", "day", "week", "month")
        ]
    except (UnknownLocaleError, ValueError):
        return False
    return all(re.sub(r"[\s\u200e\u200f\u061c]", "", text).endswith("4") for text in written)


def icu_default_language() -> str:
    """The language of ICU's default locale, as ICU takes it on POSIX (measured with ICU
    78.3): the process's LC_MESSAGES locale; where that is C or POSIX (Python leaves it
    so), the first of LC_ALL, LC_MESSAGES and LANG that is set, an empty one included
    (ICU's root: digits); C and POSIX are English."""
    name = setlocale(LC_MESSAGES)
    if name in ("C", "POSIX"):
        variables = ("LC_ALL", "LC_MESSAGES", "LANG")
        name = next((os.environ[key] for key in variables if key in os.environ), name)
    language = re.split(r"[_.@]", name, maxsplit=1)[0]
    return "en" if language in ("C", "POSIX") else language.lower()


# Arabic's vowel marks (its short vowels and tanween, shadda, sukun, the superscript alef),
# which a writer may add or leave out and ICU and the rule book's tables write without, with
# the alif that only carries the accusative's tanween ("قرصًا واحدًا", one tablet: واحد), and
# the tatweel, which only stretches a word. Once marks were kept in words, "واحدًا" was no
# 1; it had been, split at its mark.
_ARABIC_MARK = "[\u064b-\u065f\u0670\u0640]"
_ARABIC_VOWELS = re.compile(f"\u064b\u0627|\u0627\u064b|{_ARABIC_MARK}")


def without_arabic_vowels(text: str) -> str:
    """`text` without Arabic's vowel marks and tatweel (`_ARABIC_VOWELS`): "لَا" is "لا"."""
    return _ARABIC_VOWELS.sub("", text)


def unmarked_spellings(word: str) -> set[str]:
    """`word` as written and as written without Arabic's vowel marks: folded
    (`without_arabic_vowels`, as the rule book reads a text: CLDR's "صباحًا" is "صباح", as
    "صباحاً" is) and with the accusative's alif kept, as a writer who leaves out its
    tanween writes it ("صباحا", "يوما")."""
    return {word, without_arabic_vowels(word), re.sub(_ARABIC_MARK, "", word)}


def with_arabic_vowels(word: str) -> str:
    """A pattern of the Arabic `word`, written without vowel marks, as written with them or
    without (`_ARABIC_MARK` after each letter): "السَّاعة" is "الساعة"."""
    return "".join(f"{re.escape(letter)}{_ARABIC_MARK}*" for letter in word)
