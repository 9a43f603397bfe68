"""Hours of the English's 12-hour clock and how a translation writes them: on the 24-hour
clock, or beside the language's words for a part of the day (CLDR's day periods).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from .model import Entry
from .shared import (
    cldr_unit_name,
    cldr_unit_names,
    date_fields,
    decimal_mark,
    digits_of,
    longest_first,
    time_unit_names,
    unit_before_number,
    unmarked_spellings,
    western_digits,
    whole_number,
    with_arabic_vowels,
    without_arabic_vowels,
)
from .words import (
    COUNTED_BY_HAND,
    HAN_DIGITS,
    HAN_MEASURE,
    KOREAN_TIME_PARTICLES,
    LIANG_AS_TWO,
    UNSPACED,
    as_icu_spells,
    half_past,
    half_toward_the_hour,
    hours_led_to,
    spelled_by_icu,
    spelled_number,
    spelled_numbers,
    spelled_pattern,
    spellings,
)

__all__ = [
    "CLOCK",
    "CLOCK_TIME",
    "EnglishHour",
    "as_12_hour_clock",
    "at_words",
    "clock_mark",
    "forms_of_hour",
    "half_hours_written",
    "hour_after_its_name",
    "hours_not_counts",
    "hours_of_the_day",
    "hours_of_the_english",
    "hours_of_the_other_half",
    "hours_taken",
    "hours_with_a_mark",
    "in_western_hours",
    "is_an_hour_of_the_day",
    "marked_hours",
    "midnights_as_noon",
    "named_in_words",
    "on_the_hour_written",
    "six_hour_clock_hours",
    "spelled_hours",
    "spelled_hours_in_digits",
    "times_as_written",
    "times_written",
]


# An hour on the 12-hour clock ("5 pm", "5:30 p.m.", "9 AM"), which a translation may
# write on the 24-hour one ("17 h", "17:30").
CLOCK = re.compile(r"(?i)(?<![\d.,:])(1[0-2]|0?[1-9])(?=(?::[0-5]\d)?\s?([ap])\.?m\b\.?)")
# Such an hour with its minutes ("8:30 am"), which a translation may write "8.30", "8h30".
CLOCK_TIME = re.compile(r"(?i)(?<![\d.,:])(1[0-2]|0?[1-9]):([0-5]\d)\s?([ap])\.?m\b")
# How a translation writes such a time: the hour, then its minutes after a point, a
# colon or an "h".
_HOUR_AND_MINUTES = r"(?<![\d.,:])(\d{{1,2}})(?:{marks})([0-5]\d)(?![\d]|[.,]\d)"
_TIME_WRITTEN = re.compile(_HOUR_AND_MINUTES.format(marks=r"\s?[.:hH]\s?"))
# So too after a comma, with no space ("4, 00" is a list), in a language whose decimal
# mark is a comma, as its "4,00" is its "4.00" ("a las 4,00").
_TIME_WRITTEN_OR_AFTER_A_COMMA = re.compile(_HOUR_AND_MINUTES.format(marks=r"\s?[.:hH]\s?|,"))
# Chinese, Japanese and Korean's mark of an hour: "8点", "8時", "8시" are 8 o'clock,
# "8時間", "8시간" 8 hours; no span shares it.
_HAN_AND_HANGUL_MARK = "[時时](?![間间])|[点點]|시(?!간)"
# The hour's abbreviation "h" ("20 h", "20h30"), which a translation in any language may
# write, as a span's too ("cada 6 h", every 6 hours).
_H = "h(?![a-z])"
# An hour Chinese and Japanese may write in Han numerals, before the hour's mark of
# `clock_mark` ("八点", "晚上八点", "午後八時"; "八時間" is 8 hours).
_HAN_HOUR = re.compile(f"({HAN_DIGITS})(?=[点點]|[時时](?![間间]))")
# A number a translation may write as an hour of the 12-hour clock with no mark: read as
# one only beside a word for a part of the day ("8 de la mañana", "8 π.μ.", "सुबह 8").
_BARE_HOUR = re.compile(r"(?<![\d.,:])(1[0-2]|0?[1-9])(?!\d|[.,:]\d)")
# A number of up to two digits, as an hour of either clock may be.
_HOUR = re.compile(r"(?<![\d.,:])(\d{1,2})(?!\d|[.,:]\d)")


def times_written(language: str) -> re.Pattern[str]:
    """How a translation in `language` writes an hour and its minutes (`_TIME_WRITTEN`;
    after a comma too where the language's decimal mark is one, CLDR's: "a las 4,00")."""
    if decimal_mark(language) == ",":
        return _TIME_WRITTEN_OR_AFTER_A_COMMA
    return _TIME_WRITTEN


def as_12_hour_clock(english: str) -> str:
    """`english` with each hour it names by its part of the day after "at" or another
    preposition of a time (`_AT_A_PART`: "at 8 in the morning", "at 7:30 o'clock in the
    evening", "after 10 at night", the last of "at 4 and 8 in the evening") as the
    12-hour clock writes it ("8 am", "7:30 pm"), for the checks of `CLOCK` to read: a
    night's hour from 6 to 11 is "pm", one from 12 to 5 "am"; and each hour listed or
    starting a range before one with "am" or "pm" with it (`_HOURS_LISTED_BEFORE_A_HALF`:
    "at 4:00 and 8:00 pm" as "at 4:00 pm and 8:00 pm", "from 9 to 11 am" as "from 9 am to
    11 am", "between 9 and 11 pm"), as English shares it: read as written, "a las 4:00" (4
    in the morning) passed for it, and "a las 16:00" was refused. One later on the clock
    than that hour is of the other half ("from 11 to 1 pm" runs from 11 am, "at 10 and 12
    pm" is 10 am and noon)."""
    on_the_clock = _AT_A_PART.sub(_on_the_clock, english)
    return _HOURS_LISTED_BEFORE_A_HALF.sub(_with_the_half_after, on_the_clock)


# The English's prepositions that only a time follows, before an hour.
_PREPOSITIONS_OF_A_TIME = "at|by|before|after|until|till|from|around"
# What stands between times or hours the English lists: "4:00 and 8:00", "4:00, 8:00 or
# 12:00", "8, 9, and 10 am".
_BETWEEN_LISTED = r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
# An hour of the 12-hour clock with its minutes or none ("8", "4:00").
_LISTED_HOUR = re.compile(r"(?:1[0-2]|0?[1-9])(?::[0-5]\d)?")
# What stands between the hours of a range: "9 to 11", "9-11", "9 until 11".
_BETWEEN_A_RANGE = r"\s*[-\u2013]\s*|\s+(?:to|until|till|through)\s+"
# The prepositions before hours the English lists or a range of them: those of a time,
# and "between" ("between 9 and 11"; not among `_PREPOSITIONS_OF_A_TIME`, as "between 2
# and 3 tablets" counts).
_PREPOSITIONS_OF_HOURS = rf"{_PREPOSITIONS_OF_A_TIME}|between"
# Hours the English lists, or the first of a range, before a last one: each with what
# stands after it.
_HOURS_BEFORE_THE_LAST = rf"(?:{_LISTED_HOUR.pattern}(?:{_BETWEEN_LISTED}|{_BETWEEN_A_RANGE}))+"
# An hour the English names by its part of the day, after "at" or another preposition
# that only a time follows there, or the last of hours listed after one: "at 8 in the
# morning", "at 10 o'clock at night", "by 8 in the morning", "after 10 at night"
# ("antes de las 8 de la noche" for "by 8 in the morning" passed), "at 4 and 8 in the
# evening". Not one without: "Take 2 in the morning" counts tablets, as does "1 at noon
# and 2 in the evening", "up to 2 in the evening", and "between 1 and 2 in the morning".
_AT_A_PART = re.compile(
    rf"(?i)(?<![\w'\u2019])((?:{_PREPOSITIONS_OF_A_TIME})\s+(?:{_HOURS_BEFORE_THE_LAST})?)"
    r"(1[0-2]|0?[1-9])((?::[0-5]\d)?)(?:\s+o['\u2019]clock)?"
    r"\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+night)\b"
)


# Hours, with their minutes or none, the English lists or starts a range with after a
# preposition of a time before one with "am" or "pm" ("at 8 and 10 am", "at 4:00, 8:00
# or 10 pm", "from 9 to 11 am", "between 9 and 11 pm"), the hours before it the group
# "listed", that hour the group "last", its "a" or "p" the group "half".
_HOURS_LISTED_BEFORE_A_HALF = re.compile(
    rf"(?i)(?<![\w'\u2019])(?:{_PREPOSITIONS_OF_HOURS})\s+"
    rf"(?P<listed>{_HOURS_BEFORE_THE_LAST})"
    r"(?=(?P<last>1[0-2]|0?[1-9])(?::[0-5]\d)?\s?(?P<half>[ap])\.?m\b)"
)


def _with_the_half_after(listed: re.Match[str]) -> str:
    """The hours `_HOURS_LISTED_BEFORE_A_HALF` found, each with the "am" or "pm" after
    them, or the other where it is later on the clock than the hour after them (12 the
    first hour of a half): English's ranges and lists run forward, "from 11 to 1 pm" from
    11 am."""
    last, half = int(listed["last"]) % 12, listed["half"].lower()
    other = "p" if half == "a" else "a"

    def with_its_half(hour: re.Match[str]) -> str:
        later = int(hour[0].split(":")[0]) % 12 > last
        return f"{hour[0]} {other if later else half}m"

    hours = _LISTED_HOUR.sub(with_its_half, listed["listed"])
    return listed[0].removesuffix(listed["listed"]) + hours


def _on_the_clock(named: re.Match[str]) -> str:
    """An hour `_AT_A_PART` found, as the 12-hour clock writes it."""
    preposition, hour, minutes, part = named.groups()  # no part: "at night"
    evening = part.lower() != "morning" if part else 6 <= int(hour) <= 11
    return f"{preposition}{hour}{minutes} {'pm' if evening else 'am'}"


def hours_of_the_other_half(entry: Entry, spans: Counter[tuple[str, str]]) -> list[str]:
    """The English's afternoon and evening hours ("6 pm", "7:30 pm") that the translation
    writes as the morning's on the 24-hour clock: with its minutes or an hour's mark
    ("6:00", "7:30", "8 Uhr", "9 h", "8点", each the morning on that clock), and no word
    of the language for the afternoon, evening or night (CLDR's day periods: "de la
    tarde", "p. m.", "مساءً", "下午") beside it, or one for the morning ("上午8点"); or with
    neither, right beside a word for the morning ("8 de la mañana", "8 π.μ."), or past the
    language's name of an hour ("8 heures du matin", "8 giờ sáng"); and the
    English's morning hours it writes with a word for the evening ("晚上8点" for "8 am").
    A 6 without such a word may be a "6 am" of the same English ("8 am and 8 pm" as
    "8 Uhr und 20 Uhr"): so "6 pm" is an error only when the translation has fewer 18s
    and 6s of the evening than the English has "6 pm"s and writes a 6 of the morning, and
    "6 am" the other way round. A word of the evening names a morning hour from further
    before it (`_FAR_BEFORE`: "por la noche a las 8:00" for "8 am"), where an evening
    hour needs one right before it (`_RIGHT_BEFORE`: "la dosis de la noche a las 6:00" is
    6:00 of the morning), or one further before whose period names the hour in one half
    of the day alone ("por la noche a las 8:00" is 20:00, CLDR's night from 20:00 to
    midnight; not 6:00, `NearWords`): of a time the sentence names with both, the error
    is the English printed, the other way the wrong half of the day. A range the English
    writes as a span of hours (`spans`, each its first and last number: "6 to 8 hours")
    is that span, no time, as often as the English writes it (`_hours_at_the_clock`). A
    language CLDR does not know is not read."""
    english = Counter((int(hour), half.lower()) for hour, half in CLOCK.findall(entry.english))
    words = _day_period_words(entry.language) if english else {}
    if not any(period.later for period in words.values()):
        return []
    written = _times_of_day(entry.translation, entry.language, words, "of one half further", spans)
    errors = [
        f"{hour} pm is written as a morning hour (on the 24-hour clock, or beside a word "
        "for the morning), with no word of the language for the evening beside it (dropped "
        "or changed)"
        for hour, half in sorted(english)
        if half == "p"
        and hour < 12
        and written[hour, False]
        and written[hour, True] + written[hour + 12, False] + written[hour + 12, True]
        < english[hour, "p"]
    ]
    if any(half == "a" for _, half in english):
        written = _times_of_day(entry.translation, entry.language, words, "any further", spans)
    return errors + [
        f"{hour} am is written with a word of the language for the afternoon, evening or "
        "night beside it (changed)"
        for hour, half in sorted(english)
        if half == "a"
        and hour < 12
        and written[hour, False] < english[hour, "a"]
        and written[hour, True] > english[hour, "p"]
    ]


# How many characters before a time a word of a day period may end and name it: right
# before ("noche 8:00"; one that begins further, "abends um 8 Uhr", ends there), or past
# a preposition ("por la noche a las 8:00").
_RIGHT_BEFORE = 4
_FAR_BEFORE = 8
NearWords = Literal["any further", "of one half further"]
"""Which words of a day period ending up to `_FAR_BEFORE` characters before a time name
it: any, or, further than `_RIGHT_BEFORE`, only one whose period names the time's hour in
one half of the day alone (`_names_one_half`)."""


def spelled_hours(translation: str, language: str) -> list[tuple[int, int, int]]:
    """Each hour `translation` writes in Han numerals (`_HAN_HOUR`), as where its numerals
    start and end and the hour: the numerals as ICU spells 0 to 24 in the language (2
    written 两 or 兩 too). Not 1 unless a word of a day period stands right before it
    ("下午一点"): "一点" is also "a little", "一時" "for a while". In Korean, each it writes
    in its native numerals (`_korean_native_hours`: "오후 한 시에"); in Ukrainian, in its
    ordinals after its word for "at" (`_ukrainian_ordinal_hours`: "восьмій вечора"); in
    Tagalog, in
    Spanish's (`_tagalog_hours`: "alas-otso"); in Arabic, each in its ordinals
    (`_arabic_ordinal_hours`: "الساعة الثامنة"); in a language with a name of the clock's
    hour after its number, in its words before it (`_hours_by_the_clocks_name`: "ਅੱਠ
    ਵਜੇ", "आठ बजे", "สองทุ่ม", and after one before it, "ساعت هشت"); in a language whose
    word for "at" a time names the clock, each after it (`_hours_in_words_after_at`: "a
    las ocho de la noche", "à vingt et une heures", "lúc tám giờ tối")."""
    if language == "uk":  # its ordinals too, which ICU lacks
        return sorted(
            _hours_in_words_after_at(translation, language) + _ukrainian_ordinal_hours(translation)
        )
    if language in _HOURS_NAMED_AFTER_AT:
        return _hours_in_words_after_at(translation, language)
    if language == "ko":
        return _korean_native_hours(translation)
    if language == "tl":
        return _tagalog_hours(translation)
    if language == "ar":
        return _arabic_ordinal_hours(translation)
    if language in _CLOCKS_NAMES_AFTER or language in _CLOCKS_NAMES_BEFORE:
        return _hours_by_the_clocks_name(translation, language)
    written = list(_HAN_HOUR.finditer(translation.translate(LIANG_AS_TWO)))
    if not written:  # ICU's spellings, made once per language: only where Han numerals are
        return []
    values, words = _han_numbers(language), _day_period_words(language)
    found = []
    for numerals in written:
        hour = values.get(numerals[1])
        before = translation[: numerals.start()].rstrip()
        if hour is not None and (hour != 1 or any(before.endswith(word) for word in words)):
            found.append((numerals.start(), numerals.end(), hour))
    return found


def _hours_in_words_after_at(translation: str, language: str) -> list[tuple[int, int, int]]:
    """Each hour 0 to 24 `translation` writes in the language's words (one or more,
    `spelled_numbers`: "ocho", "vingt et une") right after its word for "at" a time and
    before its name of an hour (`_hours_name`), its words for half past it (`half_past`)
    or a word of a day period, as where its words start and end and the hour: "a las
    ocho de la noche", "à vingt heures" and "lúc tám giờ tối" for "at 8 pm", and "a las
    ocho y media de la noche" for "at 8:30 pm", were refused, the hour read nowhere. Not
    a number another word follows: "à un médecin" (to a doctor), "в два раза" (twice)."""
    hours = _hours_after_at_in_words(language)
    if hours is None:
        return []
    name, half = _hours_name(language), half_past(language)
    found = []
    for hour in hours.pattern.finditer(translation):
        rest = translation[hour.end() :].casefold()
        if (
            (name and name.match(rest))
            or (half and re.match(rf"\s?{half}", rest))
            or _begins_with_day_period(rest, language)
        ):
            found.append((hour.start(1), hour.end(1), spelled_number(hour[1], hours.values)))
    return found


@dataclass(frozen=True)
class _SpelledHours:
    """A pattern of the language's words of the hours after its word for "at" a time (the
    words its first group), and the hour each spelling is (`spelled_numbers`)."""

    pattern: re.Pattern[str]
    values: dict[str, int]


@lru_cache(maxsize=64)
def _hours_after_at_in_words(language: str) -> _SpelledHours | None:
    """`_hours_in_words_after_at`'s pattern of the language; None for a language with no
    word for "at" a time, or none for the hours."""
    after = _after_at_words(language)
    values = {word: hour for word, hour in spelled_numbers(language).items() if hour <= _LAST_HOUR}
    if after is None or not values:
        return None
    pattern = rf"(?i)(?:{after})({spelled_pattern(values)})(?![^\W\d_])"
    return _SpelledHours(re.compile(pattern), values)


def _korean_native_hours(translation: str) -> list[tuple[int, int, int]]:
    """Each hour 1 to 12 `translation` writes in Korean's native numerals before the
    hour's mark (`_KOREAN_NATIVE_HOUR`), as where its numeral starts and ends and the hour:
    the numerals as ICU spells them before a counter ("한", "두", "열두")."""
    values = spelled_by_icu(range(1, 13), "ko", ",%spellout-cardinal-native-attributive")
    return [
        (numeral.start(), numeral.end(), values[numeral[1]])
        for numeral in _KOREAN_NATIVE_HOUR.finditer(translation)
        if numeral[1] in values
    ]


# The hours of the clock as Arabic names them, by the feminine ordinal after "الساعة" (the
# hour): "الساعة الثامنة" is 8 o'clock, 1 "الواحدة" (Ryding, A Reference Grammar of Modern
# Standard Arabic, telling time); 11 and 12 in two words, their ten written either way.
# "في الساعة الثامنة مساءً" for "at 8 pm" was refused, its hour read nowhere.
_ARABIC_ORDINAL_HOURS = {
    "الواحدة": 1,
    "الثانية": 2,
    "الثالثة": 3,
    "الرابعة": 4,
    "الخامسة": 5,
    "السادسة": 6,
    "السابعة": 7,
    "الثامنة": 8,
    "التاسعة": 9,
    "العاشرة": 10,
    "الحادية عشرة": 11,
    "الحادية عشر": 11,
    "الثانية عشرة": 12,
    "الثانية عشر": 12,
}


def _arabic_ordinal_hours(translation: str) -> list[tuple[int, int, int]]:
    """Each hour 1 to 12 `translation` writes in Arabic's ordinals after "الساعة"
    (`_arabic_ordinal_hour`), as where its ordinal starts and ends and the hour."""
    return [
        (found.start(1), found.end(1), _ARABIC_ORDINAL_HOURS[" ".join(ordinal.split())])
        for found in _arabic_ordinal_hour().finditer(translation)
        if (ordinal := without_arabic_vowels(found[1]))
    ]


@cache
def _arabic_ordinal_hour() -> re.Pattern[str]:
    """An hour in Arabic's ordinals (`_ARABIC_ORDINAL_HOURS`) after "الساعة", the ordinal
    the group 1, each written with vowel marks or without, a whole word."""
    ordinals = "|".join(
        r"\s+".join(map(with_arabic_vowels, ordinal.split()))
        for ordinal in sorted(_ARABIC_ORDINAL_HOURS, key=len, reverse=True)
    )
    return re.compile(rf"{with_arabic_vowels('الساعة')}\s+({ordinals})(?![^\W\d_])")


# The hours of the clock as Ukrainian names them after its word for "at" (U+043E, and
# U+043E U+0431 before a vowel), by the ordinal in the locative, feminine as "година" (the
# hour) is: "восьмій" is 8 o'clock, "двадцятій" 20:00, "восьмій вечора" 8 pm, "двадцять
# першій" 21:00 (Pugh and Press, Ukrainian: A Comprehensive Grammar, telling the time), as
# ICU spells none (ICU 78.3 has no Ukrainian ordinals, as `HALF_TOWARD_THE_HOUR`'s by
# hand). "at eight in the evening" so was refused for "at 8 pm", its hour read nowhere.
_UKRAINIAN_ORDINAL_HOURS = {
    word: hour
    for hour, word in enumerate(
        (
            *("першій", "другій", "третій", "четвертій", "пʼятій", "шостій", "сьомій"),
            *("восьмій", "девʼятій", "десятій", "одинадцятій", "дванадцятій", "тринадцятій"),
            *("чотирнадцятій", "пʼятнадцятій", "шістнадцятій", "сімнадцятій", "вісімнадцятій"),
            *("девʼятнадцятій", "двадцятій", "двадцять першій", "двадцять другій"),
            *("двадцять третій", "двадцять четвертій"),
        ),
        1,
    )
}
# Such an hour after that word, the ordinal its group, a whole word.
_UKRAINIAN_ORDINAL_HOUR = re.compile(
    r"(?i)(?<!\w)\u043e\u0431?\s+("
    + longest_first(_UKRAINIAN_ORDINAL_HOURS).replace("\\ ", r"\s+")
    + r")(?![^\W\d_])"
)


def _ukrainian_ordinal_hours(translation: str) -> list[tuple[int, int, int]]:
    """Each hour 1 to 24 `translation` writes in Ukrainian's ordinals after its word for
    "at" (`_UKRAINIAN_ORDINAL_HOUR`), with any apostrophe (`as_icu_spells`: "дев'ятій"), as where
    its ordinal starts and ends and the hour."""
    return [
        (found.start(1), found.end(1), _UKRAINIAN_ORDINAL_HOURS[" ".join(found[1].lower().split())])
        for found in _UKRAINIAN_ORDINAL_HOUR.finditer(as_icu_spells(translation))
    ]


# A word Korean may write as an hour, before the hour's mark 시 and the particles it takes
# (`KOREAN_TIME_PARTICLES`: "한 시에", at 1; "두 시 반", half past 2), the mark no letter
# of a longer word: "두 시간" is 2 hours, "한시적" for a while.
_KOREAN_NATIVE_HOUR = re.compile(
    rf"(?<![^\W\d_])([^\W\d_]+)(?=\s?시(?:{KOREAN_TIME_PARTICLES})?(?![^\W\d_]))"
)


def _tagalog_hours(translation: str) -> list[tuple[int, int, int]]:
    """Each hour 1 to 12 `translation` writes in Spanish's numbers after "alas" or "ala"
    (`_TAGALOG_HOUR`: "alas-otso ng gabi", 8 at night), as where its number starts and
    ends and the hour."""
    return [
        (hour.start(1), hour.end(1), _TAGALOG_HOURS[hour[1].casefold()])
        for hour in _TAGALOG_HOUR.finditer(translation)
    ]


# Tagalog tells the clock's hours in Spanish's numbers, as Tagalog spells them, after
# "alas" ("ala" before "una", 1): Wiktionary, "Appendix:Tagalog numbers" (its numerals
# borrowed from Spanish, "used for telling time"), and the spellings "kwatro", "sais",
# "syete" and "dyes" as aminoapps.com's table of Tagalog numbers writes them.
_TAGALOG_HOURS = {
    **{"una": 1, "dos": 2, "tres": 3, "kuwatro": 4, "kwatro": 4, "singko": 5, "seis": 6},
    **{"sais": 6, "siyete": 7, "syete": 7, "otso": 8, "nuwebe": 9, "diyes": 10, "dyes": 10},
    **{"onse": 11, "dose": 12},
}
_TAGALOG_HOUR = re.compile(rf"(?i)(?<![^\W\d_])alas?[-\s]?({'|'.join(_TAGALOG_HOURS)})(?![^\W\d_])")


def _hours_by_the_clocks_name(translation: str, language: str) -> list[tuple[int, int, int]]:
    """Each hour 1 to 12 `translation` writes in the language's words right before its
    name of the clock's hour after a number (`_CLOCKS_NAMES_AFTER`, and Thai's six-hour
    clock's "ทุ่ม", `_SIX_HOUR_CLOCK`) or right after one before it
    (`_CLOCKS_NAMES_BEFORE`, and the six-hour clock's "ตี"), as where its word starts and
    ends and the hour: "ਰਾਤ ਅੱਠ ਵਜੇ" (at eight at night), "आठ बजे", "สองทุ่ม" (20:00),
    "ساعت هشت شب", "ตีสอง" (2:00). Not letters of another word in a script written with
    spaces, nor one after a name that follows a number, a span's ("هر شش ساعت دو قرص",
    every six hours two tablets)."""
    from ..text.linebreak import written_without_spaces

    hours = _hour_words_by_the_clocks_name(language)
    found = []
    for hour in hours.pattern.finditer(translation):
        group = next(group for group in (1, 2, 3) if hour[group])
        word, start = hour[group], hour.start(group)
        before = translation[: hour.start()].split()[-1:]
        if (
            group == 2
            and before
            and (before[0][-1].isdigit() or before[0].casefold() in hours.values)
        ):
            continue
        if written_without_spaces(word[0]) or not _in_a_word(translation[start - 1 : start]):
            found.append((start, start + len(word), hours.values[word.casefold()]))
    return found


@dataclass(frozen=True)
class _HourWords:
    """A pattern of the language's words of the hours 1 to 12 before its names of the
    clock's hour after a number (the word its first group) or after those before one (its
    second; its third after the six-hour clock's), and the hour each word is."""

    pattern: re.Pattern[str]
    values: dict[str, int]


@lru_cache(maxsize=64)
def _hour_words_by_the_clocks_name(language: str) -> _HourWords:
    """`_hours_by_the_clocks_name`'s pattern of the language: its words of 1 to 12
    (`spellings`), before a name of `_CLOCKS_NAMES_AFTER` or Thai's "ทุ่ม", or after one
    of `_CLOCKS_NAMES_BEFORE` or Thai's "ตี" (`_SIX_HOUR_CLOCK_NAMES_BEFORE`, in a script
    written without spaces: "เวลาตีสอง"), with a space between or none."""
    values = {word: hour for hour in range(1, 13) for word in spellings(str(hour), language)}
    words = longest_first(values) if values else "(?!)"
    after = [*_CLOCKS_NAMES_AFTER.get(language, ()), *_SIX_HOUR_CLOCK_NAMES.get(language, ())]
    before = _CLOCKS_NAMES_BEFORE.get(language, ())
    six_hours_before = _SIX_HOUR_CLOCK_NAMES_BEFORE.get(language, "(?!)({words})")
    written = [
        rf"({words})(?=\s?(?:{longest_first(after) if after else '(?!)'}))",
        rf"(?<!\w)(?:{longest_first(before) if before else '(?!)'})\s?({words})(?![^\W\d_])",
        six_hours_before.format(words=words),
    ]
    return _HourWords(re.compile("|".join(written), re.IGNORECASE), values)


# The name of the six-hour clock's evening hours, after their number, which
# `_CLOCKS_NAMES_AFTER` does not hold as `_SIX_HOUR_CLOCK` reads it ("2 ทุ่ม", 20:00).
_SIX_HOUR_CLOCK_NAMES = {"th": ("ทุ่ม",)}
# The name of the six-hour clock's hours before their number, as a pattern of it before
# the number's words (`{words}`, their group): "ตีสอง", 2:00; not before "ครั้ง" (times),
# as "ตี" is to hit too ("ตีสองครั้ง", hit twice), as `_SIX_HOUR_CLOCK` reads it.
_SIX_HOUR_CLOCK_NAMES_BEFORE = {"th": r"ตี\s?({words})(?!\s?ครั้ง)"}


def spelled_hours_in_digits(translation: str, language: str) -> str:
    """`translation` with each hour it writes in words (`spelled_hours`) in digits
    ("晚上8点", "오후 1 시"), which `clock_mark` reads, and which are no number word."""
    for start, end, hour in reversed(spelled_hours(translation, language)):
        translation = f"{translation[:start]}{hour}{translation[end:]}"
    return translation


@lru_cache(maxsize=256)
def _han_numbers(language: str) -> dict[str, int]:
    """The hours 0 to 24 as the language spells them in Han numerals (ICU's)."""
    return {
        spelling: hour
        for hour in range(25)
        for spelling in spellings(str(hour), language)
        if re.fullmatch(HAN_DIGITS, spelling)
    }


def _times_of_day(
    translation: str,
    language: str,
    words: dict[str, DayPeriod],
    near: NearWords,
    spans: Counter[tuple[str, str]],
) -> Counter[tuple[int, bool]]:
    """Each time `translation` writes with its minutes or an hour's mark (or, with
    neither, right beside a word of a day period: "8 de la mañana"), as its hour and
    whether the word of a day period nearest it, ending before it (`near`) or starting
    after it, in its
    sentence (ICU's) and before another time, names it as one of the afternoon, evening
    or night (`_later`, of the `DayPeriod` `_day_period_words` gives each word): "下午7:30",
    "7:30 de la tarde", "晚上八点" (`spelled_hours`), not "凌晨3点" (3 am); in
    "上午8点和下午8点" the first 8 is the morning's, though 下午 follows it; not "um 8 Uhr.
    Nachts nicht."; one with none beside it listed with one that has one shares it
    (`_shared_in_lists`: "a las 4:00 y 8:00 p. m.")."""
    from icu4py.breakers import SentenceBreaker

    text = " ".join(western_digits(spelled_hours_in_digits(translation, language)).split())
    text = without_arabic_vowels(text)  # as the words of a day period are read too
    written: Counter[tuple[int, bool]] = Counter()
    hours_name = _hours_name(language)
    spans_left = _spans_left(text.casefold(), language, spans)  # each sentence takes its own
    for sentence in SentenceBreaker(text, language) if text else ():
        written += _times_of_day_in(
            sentence.casefold(), language, words, near, hours_name, spans_left
        )
    return written


def _times_of_day_in(
    text: str,
    language: str,
    words: dict[str, DayPeriod],
    near: NearWords,
    hours_name: re.Pattern[str] | None,
    spans_left: Counter[tuple[str, str]],
) -> Counter[tuple[int, bool]]:
    """`_times_of_day` of one sentence, in lower case, its times with an hour's mark
    including those after the language's word for "at" a time (`_hours_at_the_clock`: "a
    las 8 horas", not the end of a range the English writes as a span of hours and no
    sentence before has written as often, `spans_left`, which it takes them from)
    and those before a name of the 24-hour clock's hour
    (`_hours_before_the_24_hour_clocks_name`: Thai "8 นาฬิกา"), and an hour after 12
    with no name nor mark of an hour where its number says it is the 24-hour clock's
    (`_24_hours_with_no_mark`: "desde las 9 hasta las 23.", Chinese "23服用"); and each
    number of the 12-hour clock written with no mark right beside a word of a day period,
    past the language's name of an hour and the minutes after it (`hours_name`: "8 heures
    du soir", "8 giờ 30 tối"), as its hour and whether the word of a day period nearest it,
    not past the times beside it, names it as the afternoon's, evening's or night's."""
    ending = _24_hours_with_no_mark(language)
    # "20:30" is an hour's mark and a time with its minutes: one time, found twice
    found = {
        time.start(): time
        for time in (
            *clock_mark(language).finditer(text),
            *times_written(language).finditer(text),
            *_hours_at_the_clock(text, language, spans_left),
            *_hours_before_the_24_hour_clocks_name(text, language),
            *(ending.finditer(text) if ending else ()),
            *_24_hours_after_at(text, language),
        )
    }
    found |= {
        number.start(): number
        for number, _ in _listed_before_times(text, list(found.values()), language)
    }
    times = [found[start] for start in sorted(found)]
    named: list[bool | None] = []  # each time's: later, or not, or no word beside it
    for index, time in enumerate(times):
        start = max(time.start() - _FAR_BEFORE, times[index - 1].end() if index else 0)
        # the words for half past it are the time's ("à 1 heure et demie de l'après-midi")
        time_end = max(time.end(), _half_past_end(text, time.start(1), time.end(1), language))
        end = min(
            time_end + _BESIDE,
            times[index + 1].start() if index + 1 < len(times) else len(text),
        )
        distances = [
            (_distance(at, word, time.start(), time_end), _later(int(time[1]), period))
            for word, period in words.items()
            # a word right before the time may begin before the window ("abends um 8 Uhr")
            for at in _occurrences(text, word, max(start - len(word), 0), end)
            if not _before_another(text, at + len(word), word, words)
            and not _inside_another_word(text, at, word)
            and (
                near == "any further"
                or time.start() - (at + len(word)) <= _RIGHT_BEFORE  # right before, or after
                or _names_one_half(int(time[1]), period)
            )
        ]
        named.append(_nearest_is_later(distances) if distances else None)
    written = Counter(
        (int(time[1]), bool(later))
        for time, later in zip(times, _shared_in_lists(text, times, named), strict=True)
    )
    bare = _bare_hours(text, found, words, hours_name, language)
    # each hour's word is the one nearest it, not past the times beside it: in "sabah
    # 8'de ve akşam 8'de" (8 am and 8 pm) the evening's word is the second 8's
    bounds = sorted(
        [(time.start(), time.end()) for time in times]
        + [(number.start(), end) for number, end in bare]
    )
    for number, end in bare:
        index = bounds.index((number.start(), end))
        after_last = bounds[index - 1][1] if index else 0
        before_next = bounds[index + 1][0] if index + 1 < len(bounds) else len(text)
        distances = [
            (_distance(at, word, number.start(), end), _later(int(number[1]), period))
            for word, period in words.items()
            for at in _occurrences(
                text,
                word,
                max(number.start() - _BESIDE - len(word), after_last),
                min(end + _BESIDE + len(word), before_next),
            )
            # a word may be written onto the number before it (Khmer "ម៉ោង៨យប់", 8 at night)
            if not (_in_a_word(text[at - 1 : at]) and not text[at - 1 : at].isdigit())
            and _ends_a_word(text, at, word)
            # "8 am Abend": German's "am" is CLDR's "AM" too, and the evening follows
            and not _before_another(text, at + len(word), word, words)
        ]
        # `_beside_a_day_period` found one; none only if it began more than `_BESIDE` off
        written[int(number[1]), _nearest_is_later(distances)] += 1
    return written


def _shared_in_lists(
    text: str, times: list[re.Match[str]], named: list[bool | None]
) -> list[bool | None]:
    """`named` (of each of `times`, in order: whether a word of a day period beside it
    names it as the afternoon's, evening's or night's; None where none stands beside it)
    with a time of none named as the time listed after it, or before it, with only a
    comma or a short word between (`_LISTED`: "a las 4:00 y 8:00 p. m.", "下午4点和8点"),
    as the English's "at 4:00 and 8:00 pm" shares its "pm" (`as_12_hour_clock`). Not
    from a time after 12 on the 24-hour clock: its number names its half of the day, and
    the time listed with it is on that clock too ("8:00-23:00 de la noche", "von 8-23 Uhr
    abends": 8:00 in the morning, which was read as 8 pm)."""
    shared = list(named)
    listed = [
        _LISTED.fullmatch(text, before.end(), after.start()) is not None
        for before, after in itertools.pairwise(times)
    ]
    sharing = [int(time[1]) <= 12 for time in times]
    for index in reversed(range(len(listed))):
        if shared[index] is None and listed[index] and sharing[index + 1]:
            shared[index] = shared[index + 1]
    for index in range(len(listed)):
        if shared[index + 1] is None and listed[index] and sharing[index]:
            shared[index + 1] = shared[index]
    return shared


# What stands between two times listed, or the two of a range: a comma (or the
# enumeration comma, which CLDR's Chinese and Japanese lists write: "4、8点"; not the
# fullwidth comma, which ends a clause there too), a short word ("y", "et", "и", "und",
# "bis", "和", "到", "と", "から", "와"), or both; or a dash or a wave dash ("9-23 Uhr",
# "9〜23時").
_LISTED = re.compile(r"\s*(?:[,\u3001]\s*)?(?:[^\W\d_]{1,3}\s*|[-\u2013~\u301c\uff5e]\s*)?")


def _listed_before_times(
    text: str, times: Iterable[re.Match[str]], language: str
) -> list[tuple[re.Match[str], re.Match[str]]]:
    """Each number of up to 24 `text` (in lower case) writes with no mark listed before
    one of `times` (a time with its minutes or an hour's mark), or starting a range that
    ends with it (`_LISTED`), or before another such number, as the number and the time
    whose mark it shares: the 9 of "von 9 bis 23 Uhr" and the 4 of "um 4 und 20 Uhr" are
    9:00 and 4:00, as English's "from 9 to 11 pm" shares its "pm" (`as_12_hour_clock`);
    read as no hour, they passed for "from 9 to 11 pm" and "at 4 and 8 pm". Not a number
    before the language's word for "at" a time (`at_words`), which counts what is taken
    then: "Nehmen Sie 2 um 20 Uhr", "Prenez 2 à 20 h" (2 at 20:00); but one after a word
    that opens a range of hours whose "to" that word is or holds
    (`_first_of_a_range_of_hours`: the 9 of "de 9 à 23 h" and of "de las 9 a las 23
    horas", which passed for "from 9 to 11 pm"), and one after that word or a name of the
    clock's hour itself, listed before it again (`_listed_after_at`: the 9 of "a las 9 y
    a las 23." and of "um 9 und um 23 Uhr", which passed for "at 9 and 11 pm")."""
    at, counting = at_words(language), _counting_word(language)
    firsts = [
        first
        for first in (_first_of_a_range_of_hours(language), _listed_after_at(language))
        if first is not None
    ]
    starts = {time.start() for time in times}
    listed: list[tuple[re.Match[str], re.Match[str]]] = []
    for time in sorted(times, key=lambda time: time.start(), reverse=True):
        number = _number_listed_before(text, time.start(), at, firsts, counting)
        while number is not None and number.start() not in starts:
            listed.append((number, time))
            starts.add(number.start())
            number = _number_listed_before(text, number.start(), at, firsts, counting)
    return listed


def _number_listed_before(
    text: str,
    start: int,
    at: Container[str],
    firsts: Iterable[re.Pattern[str]],
    counting: re.Pattern[str] | None,
) -> re.Match[str] | None:
    """The number of up to 24 (`_HOUR`) that `text` lists right before `start`
    (`_LISTED`), with no word for "at" a time (`at`) between, nor a word that says the
    number counts (`counting`, `_counting_word`); or the first number of a range of hours,
    or of hours listed after the word for "at" each, that ends at `start` (`firsts`, each
    its number the first group: `_first_of_a_range_of_hours`, `_listed_after_at`); None
    where none."""
    before = _HOUR_BEFORE.search(text, 0, start)
    if before is not None and int(before[1]) <= _LAST_HOUR:
        words = re.findall(r"[^\W\d_]+", text[before.end(1) : start])
        if not any(word in at or (counting and counting.match(word)) for word in words):
            return _HOUR.match(text, before.start())
    first = next((found for first in firsts if (found := first.search(text, 0, start))), None)
    return _HOUR.match(text, first.start(1)) if first else None


@lru_cache(maxsize=256)
def _first_of_a_range_of_hours(language: str) -> re.Pattern[str] | None:
    """A range of hours up to its second number (`_RANGES_OF_HOURS`: a word that opens
    it, its first number, a "to" of the range and a space), ending a text, its first
    number the first group: the 9 of "de 9 à 23 h", of "de las 9 a las 23 horas" and of
    "das 9 até às 23 h", whose "to" is the word for "at" a time or holds it, where
    "Prenez 2 à 20 h" is 2 at 20:00, and whose two words `_LISTED` does not take. In
    Japanese and Korean, a number right before a "to" of the range
    (`_UNSPACED_RANGES_OF_HOURS`): the 9 of "9から23まで", whose "から" `_counting_word`
    takes for a counter. None for a language with no range."""
    if language in _UNSPACED_RANGES_OF_HOURS:
        tos, _ = _UNSPACED_RANGES_OF_HOURS[language]
        return re.compile(rf"(\d{{1,2}})(?:{longest_first(tos)})$")
    opens, tos = _RANGES_OF_HOURS.get(language, ((), ()))
    if not opens:
        return None
    # an opener or a "to" of two words ("de las") may have any space between them
    up_to_the_last = (
        rf"(?<!\w)(?:{longest_first(opens)})\s+(\d{{1,2}})\s+(?:{longest_first(tos)})\s+$"
    )
    return re.compile(up_to_the_last.replace("\\ ", r"\s+"))


@lru_cache(maxsize=256)
def _listed_after_at(language: str) -> re.Pattern[str] | None:
    """A number right after the language's word for "at" a time (`at_words`) or a name of
    the clock's hour before its number (`_CLOCKS_NAMES_BEFORE`), what lists another after
    it (`_LISTED`) and that word again or not, ending a text, the number the first group:
    the 9 of "a las 9 y a las ", "um 9 und ", "à 9 et à ", "الساعة 9 و ", listed before
    the hour after them, whose clock it shares (`_listed_before_times`), and which is the
    24-hour clock's after 12 (`_24_hours_after_at`). None for a language with neither."""
    words = at_words(language) | frozenset(_CLOCKS_NAMES_BEFORE.get(language, ()))
    if not words:
        return None
    again = longest_first(words)
    return re.compile(
        rf"(?:{_after_words(words)})(\d{{1,2}})(?:{_LISTED.pattern})(?:(?:{again})\s)?$"
    )


@lru_cache(maxsize=256)
def _counting_word(language: str) -> re.Pattern[str] | None:
    """A word after a number that says the number counts, matched at the word's start: in
    a language written without spaces (`UNSPACED`) any of more than one letter, which may
    be a counter's ("2錠を8時半に", 2 tablets at 8:30), or a measure word (`HAN_MEASURE`:
    "2片8点", 2 tablets at 8 o'clock, where "9到23点" and "4和20点" list); elsewhere what
    a dose counts (`COUNTED_BY_HAND`), a particle after it or none: Korean "2정 8시에" and
    "2정씩 8시에" (2 tablets at 8), where "4와 8시" lists. None for a language with none."""
    if language in UNSPACED:
        return re.compile(rf"..|{HAN_MEASURE}")
    counted = COUNTED_BY_HAND.get(language)
    return re.compile(f"(?:{counted})") if counted else None


# A number of up to two digits and what `_LISTED` reads after it, ending a text: where a
# number listed before a time stands.
_HOUR_BEFORE = re.compile(rf"{_HOUR.pattern}(?:{_LISTED.pattern})$")


def _half_past_end(text: str, start: int, end: int, language: str) -> int:
    """Where the language's words for half past an hour (`half_past`) end after the number
    from `start` to `end` of `text` (in lower case), if it is an hour of the clock half
    past which they write; else `end`. They follow it right after it ("8 y media de la
    tarde") or its mark in Chinese, Japanese and Korean ("1点半", "1시 반",
    `HALF_PAST_AFTER_THE_MARK`), or past its name of an hour and the minutes after it
    (`_hours_name`: "à 8 heures et demie"). That name is a span's too ("1 hora y media",
    an hour and a half later), so the hour is the clock's only after the language's word
    for "at" a time ("à 13 heures et demie") or before a word of a day period ("1 giờ
    rưỡi chiều"), and never where the name is a span's alone (`_SPANS_HOURS_NAMES`:
    Vietnamese "1 tiếng rưỡi")."""
    pattern = _half_past_after(language)
    found = pattern.match(text, end) if pattern else None
    if found is None:
        return end
    name = found.groupdict().get("name")
    if name is None:
        return found.end()
    if name.split()[0] in _SPANS_HOURS_NAMES.get(language, ()):
        return end
    at = _at_a_time(language)
    if (at and at.match(text, start)) or _begins_with_day_period(text[found.end() :], language):
        return found.end()
    return end


@lru_cache(maxsize=256)
def _half_past_after(language: str) -> re.Pattern[str] | None:
    """What `_half_past_end` reads after an hour's number: the language's name of an hour
    and its minutes, or an abbreviation of an hour (`_hours_abbreviated`: "à 1 h et demie"), if
    written, as the group "name" (the hour's mark in `HALF_PAST_AFTER_THE_MARK`'s
    languages, and no name), and then the words for half past, a space before each or
    none; None in a language handout knows no such words of."""
    words = half_past(language)
    if words is None:
        return None
    if language in HALF_PAST_AFTER_THE_MARK:
        return re.compile(rf"\s?(?:{_HAN_AND_HANGUL_MARK})\s?{words}")
    name = _hours_name(language)
    names = "|".join([_hours_abbreviated(language).pattern, *([name.pattern] if name else [])])
    return re.compile(rf"(?P<name>{names})?\s?(?:{words})")


@lru_cache(maxsize=256)
def _at_a_time(language: str) -> re.Pattern[str] | None:
    """Where the language's word for "at" a time ends (`_after_at_words`), matched there
    with nothing; None for a language with none."""
    after = _after_at_words(language)
    return re.compile(after) if after else None


# How many characters from a time a word of a day period may stand and name it: after a
# time with an hour's mark ("8:00 de la tarde"), and before or after a number with none.
_BESIDE = 16


def _distance(at: int, word: str, start: int, end: int) -> int:
    """How many characters lie between `word`, standing at `at` of a text, and the time
    from `start` to `end` of it, before or after it."""
    return start - (at + len(word)) if at < start else at - end


def _nearest_is_later(distances: list[tuple[int, bool]]) -> bool:
    """Whether the nearest of the words of a day period beside a time, each as its
    distance from the time and whether it names the time as the afternoon's, evening's or
    night's, does; not where none stands beside it."""
    return min(distances)[1] if distances else False


def _bare_hours(
    text: str,
    marked: Container[int],
    words: dict[str, DayPeriod],
    hours_name: re.Pattern[str] | None,
    language: str,
) -> list[tuple[re.Match[str], int]]:
    """Each number of the 12-hour clock `text` (in lower case) writes with no hour's mark
    (`_BARE_HOUR`, not one starting where a time of `marked` does) right beside a word of a
    day period (`_beside_a_day_period`), past the language's name of an hour and the
    minutes after it (`hours_name`: "8 heures du soir"), or past the words for half past
    it (`_half_past_end`: "8 y media de la mañana"; not a dose's "2 y media por la
    mañana"), or before the language's word for "at" a time that the hour follows
    (`_hours_after_at`: "por la mañana a las 6 y media", "morgens um 6"; of the words
    `_periods_before_at` gives), as the number and where it ends together with them. Not
    a number whose only such word is before it and names an hour right before that word
    (`_names_the_hour_before`)."""
    if not words:
        return []
    after_at = {hour.start() for hour in _hours_after_at(text, language)}
    found = []
    for number in _BARE_HOUR.finditer(text):
        start = number.start()
        end = _half_past_end(text, start, number.end(), language)
        if end == number.end():
            end = _past_hours_name(text, end, hours_name)
        if start in marked:
            continue
        # each side of the number alone: the text after it, then the text before it
        after = _beside_a_day_period(text[start:], 0, end - start, words)
        before = _beside_a_day_period(text[:end], start, end, words)
        if (
            after
            or (before and not _names_the_hour_before(text[:start], words, hours_name))
            or (
                start in after_at
                and _beside_a_day_period(
                    text,
                    _where_at_begins(text, start, language),
                    end,
                    _periods_before_at(language),
                )
            )
        ):
            found.append((number, end))
    return found


def _where_at_begins(text: str, start: int, language: str) -> int:
    """Where the language's word for "at" a time (`at_words`) right before the number
    starting at `start` of `text` begins ("a las 6"); `start` where none stands there."""
    return next(
        (
            start - len(word) - 1
            for word in sorted(at_words(language), key=len, reverse=True)
            if text.endswith(f"{word} ", 0, start)
        ),
        start,
    )


@lru_cache(maxsize=256)
def _periods_before_at(language: str) -> tuple[str, ...]:
    """The language's words of a day period (`_day_period_words`) that name the hour after
    its word for "at" a time from before that word ("por la mañana a las 6", "morgens um
    6"): not one that is CLDR's name of a day relative to today too (Spanish "mañana" and
    German "morgen" are "tomorrow": "mañana a las 6" is tomorrow at 6; Spanish's "la
    mañana", `_DAY_PERIODS_BY_HAND`, is the morning)."""
    words = _day_period_words(language)
    if not words:
        return ()
    days = date_fields("day", language).get("relative", {}).values()
    relative = {" ".join(str(day).split()).casefold() for day in days}
    return tuple(word for word in words if word not in relative)


# Marks that end what a number before them is said of: a comma, a semicolon, a stop,
# Arabic's comma and semicolon, the ideographic comma and stop, the fullwidth comma.
_ENDING_MARKS = ",;.!?\u060c\u061b\u3001\u3002\uff0c"


def _names_the_hour_before(
    before: str, words: Iterable[str], hours_name: re.Pattern[str] | None
) -> bool:
    """Whether a word of `words` that ends `before` (the text before a number, in lower
    case) follows an hour right before it, with nothing but spaces between: a number,
    with an hour's mark or letters written onto it or none (not a comma, which ends what
    it is said of: "Tome 2, a las 8"), or one with the language's name of an hour
    (`hours_name`). The word is that hour's, and the number after it a count: the 2 of
    "ساعت ۸ شب ۲ قرص", "a las 8 de la noche 2 tabletas", "à 8 heures du soir 2
    comprimés", "lúc 8 giờ tối 2 viên" (2 tablets at 8 in the evening)."""
    before = before.rstrip()
    name = rf"|{hours_name.pattern}" if hours_name else ""
    hour = re.compile(rf"\d(?:[^\s{_ENDING_MARKS}]*{name})$")
    return any(
        before.endswith(word) and hour.search(before[: -len(word)].rstrip()) is not None
        for word in words
    )


@lru_cache(maxsize=256)
def _hours_name(language: str) -> re.Pattern[str] | None:
    """The language's names of an hour (`time_unit_names`: "heures", "часов", Vietnamese
    "giờ") after an hour's number, one of `_INFLECTED_FROM` letters or more with letters
    after it too (Ukrainian "годині", of CLDR's "година"), and its minutes after them,
    with or without a name of a minute ("8 giờ 30 phút"); and those CLDR lacks
    (`_HOURS_NAMES_BY_HAND`: Haitian Creole "è"). None for a language CLDR does not know,
    where no name of an hour is a word of its own, or where the name comes before its
    number (`unit_before_number`: in "siku 4 saa 10 asubuhi", 4 days at 10 am, "saa 10"
    is the 10's, and the 4 was read as an hour)."""
    if unit_before_number(language):
        return None
    names = time_unit_names(language) or {}
    hours = [name for name, unit in names.items() if unit == "hour" and len(name) > 1]
    hours += _HOURS_NAMES_BY_HAND.get(language, ())
    minutes = [name for name, unit in names.items() if unit == "minute" and len(name) > 1]
    if not hours:
        return None
    minute = rf"(?:\s?(?:{longest_first(minutes)})(?!\w))?" if minutes else ""
    inflected = [name for name in hours if len(name) >= _INFLECTED_FROM]
    stems = rf"(?:{longest_first(inflected)})\w*|" if inflected else ""
    return re.compile(rf"\s?(?:{stems}(?:{longest_first(hours)})(?!\w))(?:\s?[0-5]\d{minute})?")


# Names of an hour after its number that CLDR does not give: Haitian Creole's "è" (of
# French's "heures": "a 8 è diswa", at 8 in the evening), where CLDR's units are English's
# abbreviations ("h").
_HOURS_NAMES_BY_HAND = {"ht": ("è",)}


@lru_cache(maxsize=256)
def _hours_at(language: str) -> re.Pattern[str] | None:
    """An hour a translation writes after the language's word for "at" a time (`at_words`),
    or ending a range of hours (`_after_a_range_of_hours`: "\u0441 9 до 23 часов"), and before
    its name of an hour (`_hours_name`), the hour its first group: "a las 8 horas", "às 20
    horas", "в 8 часов", on the 24-hour clock as "8:00" is. None for a language with no
    such word, or no name of an hour, or whose word for "at" there is a span's "in" or
    "by" too (not in `_HOURS_NAMED_AFTER_AT`: Arabic "في 8 ساعات", in 8 hours, was read
    as 8:00, and "الساعة 20" for "8 pm" beside it refused as a morning hour)."""
    if language not in _HOURS_NAMED_AFTER_AT:
        return None
    hours_name = _hours_name(language)
    after = _after_at_words(language)
    if after is None or hours_name is None:
        return None
    after += _after_a_range_of_hours(language)
    return re.compile(rf"(?:{after})(\d{{1,2}})(?:{hours_name.pattern})")


def _after_a_range_of_hours(language: str) -> str:
    """Lookbehinds, each after a "|", of where the second number of a range of hours
    begins, its first number after the word that opens it and before a "to" of the range
    (`_RANGES_OF_HOURS`), with a space after each: the 23 of "\u0441 9 до 23 часов", which,
    read as no hour, passed for "from 9 to 11 pm", its 9 (listed before it,
    `_listed_before_times`) read nowhere; none after a "to" that is the language's word
    for "at" a time, after which `_hours_at` reads the number already ("de 9 à 23
    heures"), and empty for a language with no range. One lookbehind for each width of
    the first number, as Python's are of one width."""
    opens, tos = _RANGES_OF_HOURS.get(language, ((), ()))
    at = at_words(language)
    return _after_ranges(opens, [to for to in tos if to not in at])


def _after_ranges(opens: Iterable[str], tos: Iterable[str]) -> str:
    """Lookbehinds, each after a "|", of where the second number of a range begins, its
    first number after one of `opens` and before one of `tos`, with a space after each;
    one for each width of the first number, as Python's are of one width."""
    return "".join(
        rf"|(?<=(?<!\w){re.escape(word)} {digits} {re.escape(to)} )"
        for to in tos
        for word in opens
        for digits in (r"\d", r"\d\d")
    )


@lru_cache(maxsize=256)
def _24_hours_with_no_mark(language: str) -> re.Pattern[str] | None:
    """A number from 13 to 24 that a translation writes with no name nor mark of an hour
    and is an hour of the 24-hour clock by its number, the number its first group: the
    second number of a range of hours (`_RANGES_OF_HOURS`) with no word after it, the 23
    of "desde las 9 hasta las 23." and of "das 9 às 23.", as its range's first
    (`_listed_before_times`) is; read as no hour, they passed for "from 9 to 11 pm", the
    9 of the morning. Not one a word follows, which a range of another unit may be ("de 8
    a 14 días"). In Japanese and Korean, one right after the range's "to" and before its
    "until" (`_UNSPACED_RANGES_OF_HOURS`: "9から23まで", "9부터 23까지"), or part of no
    other number and right before the particle of a time (`_PARTICLE_OF_A_TIME`: "9と23に",
    "9와 23에"); in Chinese, one
    that nothing it counts follows (`_chinese_24_hours`: "9到23服用", "9到23吃",
    "23服用"). None for a language with neither."""
    if language == "zh":
        return _chinese_24_hours()
    if language in _UNSPACED_RANGES_OF_HOURS:
        tos, until = _UNSPACED_RANGES_OF_HOURS[language]
        right_after = "|".join(rf"(?<=\d{re.escape(to)})" for to in tos)
        ranged = rf"(?:{right_after})(?=(?:{_AFTER_12}){until})"
        at = rf"{_IN_NO_OTHER_NUMBER}(?=(?:{_AFTER_12}){_PARTICLE_OF_A_TIME[language]})"
        return re.compile(rf"(?:{ranged}|{at})({_AFTER_12})")
    opens, tos = _RANGES_OF_HOURS.get(language, ((), ()))
    if not opens:
        return None
    after = _after_ranges(opens, tos).removeprefix("|")
    return re.compile(rf"(?:{after})({_AFTER_12}){_NO_WORD_AFTER}")


def _24_hours_after_at(text: str, language: str) -> list[re.Match[str]]:
    """Each number from 13 to 24 that `text` (in lower case) writes as an hour right after
    the language's word for "at" a time (`_hours_after_at`: "a las 23.", "um 23.", "a las
    23 con agua") or beside a name of the clock's hour (`_hours_with_the_clocks_name`:
    "الساعة 23", "23 बजे"), or listed after a number that follows that word or a name
    before its number (`_listed_after_at`) with no word after it ("a las 9 y 23.", "um 9
    und 23.", "à 9 et 23.", "الساعة 9 و 23.") or, where a name of an hour after the word
    for "at" names the clock's (`_HOURS_NAMED_AFTER_AT`), before that name (`_hours_name`:
    "a las 9 y 23 horas", "lúc 9 và 23 giờ"), the number its first group: an hour of the
    24-hour clock by its number, as the number listed before it is
    (`_listed_before_times`); read as no hour, "a las 9 y a las 23.", "um 9 und 23.", "às
    9 e 23.", "الساعة 9 و 23.", "9 और 23 बजे" and "à 9 et 23 heures" passed for "at 9 and
    11 pm", their 9 of the morning."""
    listed = _listed_after_at(language)
    named = [*_hours_after_at(text, language), *_hours_with_the_clocks_name(text, language)]
    hours_name = _hours_name(language) if language in _HOURS_NAMED_AFTER_AT else None
    return [hour for hour in named if int(hour[1]) > 12] + [
        hour
        for hour in _24_HOUR.finditer(text)
        if listed
        and listed.search(text, 0, hour.start())
        and (
            not _WORD_AFTER.match(text, hour.end())
            or (hours_name is not None and hours_name.match(text, hour.end()))
        )
    ]


# The numbers from 13 to 24, each an hour of the 24-hour clock alone, and one of them as an
# hour is written, part of no other number.
_AFTER_12 = "1[3-9]|2[0-4]"
_24_HOUR = re.compile(rf"(?<![\d.,:])({_AFTER_12})(?!\d|[.,:]\d)")
# No word after a number: a range of hours written with no name of an hour ends so ("desde
# las 9 hasta las 23."), where one of another unit has its unit ("de 8 a 14 días").
_NO_WORD_AFTER = r"(?!\d|[.,:]\d|\s*[^\W\d_])"


@cache
def _chinese_24_hours() -> re.Pattern[str]:
    """A number from 13 to 24 that a Chinese translation writes with no measure word or
    unit after it, the number its first group: Chinese writes one after each number it
    counts or measures (`HAN_MEASURE`; CLDR's units in either script, `cldr_unit_names`:
    "23片", "9到23天", "23岁", "23公斤", "23 mg"; and `_CHINESE_UNITS_BY_HAND`), after
    the last of numbers listed or ranged ("13、14天", "13到23岁"), and an hour of the
    24-hour clock has its mark after it (`clock_mark`: "23点") or none: "23服用" (take it
    at 23:00), and "9到23服用", "9到23使用" and "9和23服用", which, read as no hour,
    passed for "from 9 to 11 pm" and "at 9 and 11 pm", their 9 (`_listed_before_times`)
    of the morning. Not a number listed before another (`_LISTED`, with one letter at
    most between: "23服用2片", 2 tablets at 23:00, is read), nor one that is part of
    another number or a name: after a digit, a point, a colon or a slash, a Latin letter
    or one and a hyphen ("COVID-19"), "第" (the Nth), or an hour's mark ("9点23分",
    9:23)."""
    units = cldr_unit_names("zh") | cldr_unit_names("zh_Hant") | _CHINESE_UNITS_BY_HAND
    counted = rf"\s?(?:{HAN_MEASURE}|{_HAN_AND_HANGUL_MARK}|{longest_first(units)})"
    listed = r"\s*(?:[,\u3001]\s*)?(?:[^\W\d_]\s*|[-\u2013~\u301c\uff5e]\s*)?\d"
    return re.compile(rf"{_IN_NO_OTHER_NUMBER}({_AFTER_12})(?!\d|[.,:]\d|{counted}|{listed})")


# Lookbehinds of where a number that is part of no other number nor a name begins: not
# after a digit, a point, a colon or a slash, a Latin letter or one and a hyphen
# ("COVID-19"), "第" (the Nth), or an hour's mark ("9点23分", 9:23).
_IN_NO_OTHER_NUMBER = r"(?<![\dA-Za-z.,:/\u7b2c\u70b9\u9ede\u65f6\u6642])(?<![A-Za-z]-)"


# What Chinese writes after a number it counts or measures that neither `HAN_MEASURE` nor
# CLDR's units give, by hand: the day of a month ("号", "號": "9到23号", the 9th to the
# 23rd), a minute ("分": "23分"), insulin's units ("单位", "單位", which `measures` reads).
_CHINESE_UNITS_BY_HAND = frozenset({"号", "號", "分", "单位", "單位"})
# Japanese's and Korean's range of hours with no mark of an hour, as their "to"s right
# before its second number and their "until" after it, by hand ("9から23まで", "9부터
# 23까지"), each of which passed for "from 9 to 11 pm", its 9 of the morning read as no
# hour, as Spanish's "desde las 9 hasta las 23." is not; a number right before a "to" is
# the range's first (`_first_of_a_range_of_hours`: Japanese's "から", which
# `_counting_word` takes for a counter). A count's unit follows its number ("9から23日ま
# で", "9일부터 23일까지"), and so does an hour's mark, which `clock_mark` reads ("9から23
# 時まで"). Chinese's "到" and "至" are one letter, which `_LISTED` takes, and its number
# after them `_chinese_24_hours` reads. Escaped: wave dashes look like the ASCII's (ruff).
_UNSPACED_RANGES_OF_HOURS: dict[str, tuple[tuple[str, ...], str]] = {
    "ja": (("から", "\uff5e", "\u301c"), "まで"),
    "ko": (("부터 ", "부터", "에서 "), "까지"),
}
# Japanese's and Korean's particle of a time, which a number written as an hour takes
# ("23に服用", "23에 복용", at 23:00), by hand, where a number it counts takes a counter
# first ("23錠に", "23일에"): one from 13 to 24 right before it is an hour of the 24-hour
# clock, and "9と23に服用" and "9와 23에 복용", which, read as no hour, passed for "at 9
# and 11 pm", list its 9 (`_listed_before_times`) of the morning. Not Korean's "에서"
# (from), which a range of another unit takes ("13에서 14일", 13 to 14 days).
_PARTICLE_OF_A_TIME = {"ja": "に", "ko": "에(?!서)"}


# The words that open a range of hours, right before its first number, and the range's
# "to"s, by hand. Where a "to" is the language's word for "at" a time (`at_words`), a
# number before it is an hour of the range only after an opener (`_listed_before_times`):
# French "de 9 à 23 h" (from 9:00 to 23:00, where "Prenez 2 à 20 h" is 2 at 20:00),
# Portuguese "das 9 às 23 h" and "da 1 às 3 h" ("de" with the hours' article: "Tome 2 às
# 20 h" is 2 at 20:00), and its "à", the article of 1 ("das 11 à 1 h") and written for
# "às" too ("das 9 à 23 h", which passed for "from 9 to 11 pm"). Where it is not, the
# number after it is an hour of the clock before the name of an hour only after an
# opener (`_after_a_range_of_hours`): Russian "\u0441 9 до 23 часов", Ukrainian "з 9 до 23
# годин" and "із 9" (from 9:00 to 23:00), where a span of 6 to 8 hours is "от 6 до 8
# часов", "від 6 до 8 годин", and a span's word before its number is none of them
# ("каждые 6 часов", "в течение 6 часов"), and Spanish "de 9 a 23 horas" (where "a las"
# is its word for "at"), which passed for "from 9 to 11 pm". French's and Spanish's
# range is a span's too ("agit de 6 à 8 heures", "actúa de 6 a 8 horas", it works for 6
# to 8 hours): the English's span of hours tells it (`_hours_at_the_clock`). With the
# hours' article, a range is the clock's alone: Spanish "de las 9 a las 23 horas" and
# "desde las 9 hasta las 23 horas", Portuguese "das 9 até às 23 h" ("até as", "até à"),
# each of which passed for "from 9 to 11 pm", its 9 read as no hour. A range between two
# hours needs none: its "and" is no word for "at" ("entre 9 et 23 h"). German's "von 9
# bis 23 Uhr" shares its mark (`_listed_before_times`), and "von 9 bis 23." its 23,
# after 12 (`_24_hours_with_no_mark`).
_RANGES_OF_HOURS = {
    "es": (
        ("de", "de las", "de la", "desde las", "desde la"),
        ("a", "a las", "a la", "hasta las", "hasta la"),
    ),
    "de": (("von",), ("bis",)),
    "fr": (("de",), ("à",)),
    "pt": (("das", "da"), ("às", "à", "até às", "até as", "até à")),
    "ru": (("\u0441",), ("до",)),
    "uk": (("з", "із"), ("до",)),
}


@lru_cache(maxsize=256)
def _after_at_words(language: str) -> str | None:
    """A lookbehind of the language's words for "at" a time (`at_words`), each a word of
    its own; None for a language with none."""
    words = at_words(language)
    return _after_words(words) if words else None


@lru_cache(maxsize=256)
def at_words(language: str) -> frozenset[str]:
    """The language's words for "at" a time: CLDR's "at" patterns of a date and time write
    them before the time ("{1} 'às' {0}": Portuguese "às", French "à", Russian "в",
    Vietnamese "lúc"), not one written onto the date's ("{1}の {0}"), and
    `_AT_TIME_BY_HAND`'s."""
    from babel import Locale, UnknownLocaleError

    try:
        patterns = [str(at) for at in Locale.parse(language).datetime_formats_relative.values()]
    except (UnknownLocaleError, ValueError):
        patterns = []
    words = set(_AT_TIME_BY_HAND.get(language, ()))
    for pattern in patterns:
        _, date, before = pattern.partition("{0}")[0].rpartition("{1}")
        written = before.replace("'", "").casefold().split()
        if written and all(map(str.isalpha, written)) and not (date and before[:1] != " "):
            words.add(" ".join(written))
    return frozenset(words)


def _after_words(words: Iterable[str]) -> str:
    """A lookbehind of each of `words`, a word of its own with a space after it: matched,
    with nothing, where the space ends."""
    return "|".join(rf"(?<=(?<!\w){re.escape(word)}\s)" for word in sorted(words))


# The words for "at" a time CLDR's "at" patterns do not give: its Spanish pattern is
# "{1}, {0}", and Spanish writes "a las 8 horas" (8:00), "a la 1 hora" (1:00); Portuguese's
# gives "às", and Portuguese writes 1 o'clock "à 1" ("à 1 e meia da manhã"); Italian's
# gives "alle ore", and Italian writes "alle 8" ("ore" left out: the University of Texas's
# open textbook "Le giornate italiane", "Le ore"); Polish's is "{1}, {0}", and Polish
# writes "o 16" (at 16:00; Słownik języka polskiego PWN, "o": the time at which something
# happens, "o piątej"), "o" being "by" too ("o 2 tabletki więcej", by 2 tablets more),
# which a word after the number tells apart.
_AT_TIME_BY_HAND = {"es": ("a las", "a la"), "pt": ("à",), "it": ("alle",), "pl": ("o",)}


def _past_hours_name(text: str, end: int, hours_name: re.Pattern[str] | None) -> int:
    """Where a number ending at `end` of `text` ends together with the name of an hour and
    the minutes after it (`_hours_name`), if they follow it; else `end`."""
    named = hours_name.match(text, end) if hours_name else None
    return named.end() if named else end


@lru_cache(maxsize=256)
def clock_mark(language: str) -> re.Pattern[str]:
    """A number a translation in `language` writes as an hour with an hour's mark after
    it, the number its first group: "20 h", "20h30", "20:30", "20 Uhr", "20時", "8点",
    "8시", and with the language's own abbreviation of an hour
    (`_abbreviations_of_an_hour`: "20 ч")."""
    marks = rf"{_abbreviations_of_an_hour(language)}|uhr\b|:[0-5]\d|{_HAN_AND_HANGUL_MARK}"
    return re.compile(rf"(?i)(?<![\d.,:])(\d{{1,2}})(?=\s?(?:{marks}))")


def hours_with_a_mark(
    translation: str, language: str, hours: Container[str], spans: Counter[str]
) -> Counter[str]:
    """Each number `translation` writes with an hour's mark (`clock_mark`: "20 h", "20
    Uhr", "20:30") that is one of `hours` (the forms of the English's hours), less, of
    those whose mark is an abbreviation a span takes too (`_hours_abbreviated`: "8 h"), as
    many as the English writes that number as a span of hours (`spans`): "Attendez 8 h"
    for "Wait 8 hours" is that span, and beside "à 20 h" for "at 8 pm" it was read as 8:00,
    a form of 8 pm, and the English's 8 read nowhere."""
    if not hours:  # most entries write no hour: no mark is read
        return Counter()
    abbreviated = _hours_abbreviated(language)
    marked = [
        (whole_number(found[1]), abbreviated.match(translation, found.end()) is not None)
        for found in clock_mark(language).finditer(translation)
        if whole_number(found[1]) in hours
    ]
    as_spans = Counter(number for number, a_spans_mark in marked if a_spans_mark)
    return Counter(number for number, _ in marked) - (as_spans & spans)


@lru_cache(maxsize=256)
def _hours_abbreviated(language: str) -> re.Pattern[str]:
    """An abbreviation of an hour (`_abbreviations_of_an_hour`) with no minutes after it,
    which is a span's too ("cada 6 h", "каждые 6 ч": every 6 hours)."""
    return re.compile(rf"\s?(?:{_abbreviations_of_an_hour(language)})(?!\s?[0-5]\d)")


@lru_cache(maxsize=256)
def _abbreviations_of_an_hour(language: str) -> str:
    """A pattern of the abbreviations of an hour a translation in `language` writes after
    an hour's number: "h" (`_H`), and in a language of `_CLOCKS_ABBREVIATION_IN` its own,
    CLDR's short unit of an hour ("ч", "год"), with or without a stop after it."""
    in_the_list = language in _CLOCKS_ABBREVIATION_IN
    own = cldr_unit_name("duration-hour", language, "short", 1) if in_the_list else None
    return rf"{_H}|{re.escape(own)}(?!\w)" if own else _H


# The languages that write their abbreviation of an hour, CLDR's short unit of an hour
# (ICU and Babel format 1 hour "1 ч" in Russian and Bulgarian, "1 год" in Ukrainian, "1
# ч." in Macedonian), after an hour of the clock as French writes "h": Russian "9-23 ч"
# (from 9:00 to 23:00), Ukrainian "з 9 до 23 год.", Bulgarian "от 9 до 23 ч.", Macedonian
# "од 9 до 23 ч."; read as no mark, their 9 was no hour, and they passed for "from 9 to
# 11 pm". By hand, as where the abbreviation is a span's alone (German "Std.", Hindi
# "घं॰", Thai "ชม") a number before it is no hour; and not the narrow width, whose
# Ukrainian abbreviation of an hour is its abbreviation of a gram too.
_CLOCKS_ABBREVIATION_IN = frozenset({"bg", "mk", "ru", "uk"})


def hours_of_the_day(translation: str, language: str) -> Counter[str]:
    """The numbers `translation` writes as an hour of the day, as written ("2", "14"):
    with an hour's mark that names no span (`clock_mark`: "2 Uhr", "14:00", "2点", not
    "2 h", `_hours_abbreviated`), or beside a word of a day period, past the name of an
    hour ("2 de la tarde", "2 giờ chiều")."""
    marked, _, bare = _marked_and_bare_hours(translation, language, Counter())
    return marked + bare


def marked_hours(translation: str, language: str) -> Counter[str]:
    """The numbers `translation` writes as an hour of the day with an hour's mark that
    names no span (`hours_of_the_day`'s: "2 Uhr", "14:00", "2点"), which count nothing:
    "下午2点服用药片" (take the tablets at 2 pm) passed for "Take 2 tablets"; not one with
    no mark beside a word of a day period, a count too ("早上2片", 2 tablets in the morning)."""
    marked, _, _ = _marked_and_bare_hours(translation, language, Counter())
    return marked


def hours_not_counts(
    translation: str,
    language: str,
    english: Sequence[EnglishHour],
    spans: Counter[tuple[str, str]],
) -> Counter[str]:
    """`hours_of_the_day`, less each number with no hour's mark (beside a word of a day
    period: "por la mañana 2") whose hour of the English's (`english`) the translation
    writes with a mark already ("a las 14:00" for "2 pm"), and that is a form of no
    other hour of the English's: it counts what the English counts ("Tome por la mañana 2
    y media, y 1 a las 14:00" for "Take 2 ½ in the morning and 1 at 2 pm" was refused, its
    2 read as an hour). A number of no hour of the English's beside such a word stays an
    hour ("8 tabletas a las 2 de la tarde" for "2 tablets at 8 pm"). And each number with
    no mark right after the word for "at" a time (`_hours_after_at`, and with its name
    of an hour, `_hours_named_after_at`) or with a name of the clock's hour
    (`_hours_with_the_clocks_name`), where an hour of the English's is written with no
    mark ("8 tabletas a las 2", "a las 2 con agua", "lúc 2 giờ", "في الساعة 2" or "په 2
    بجو" for "2 tablets at 8 o'clock"); where each is written with one, it may be a count
    the word names ("um 2", by 2, in "Erhöhen Sie die Dosis um 20 Uhr um 2." for "by 2 at 8 pm").
    Not the last number of a range the English writes as a span of hours (`spans`, each
    its first and last number: "de 6 à 8 heures" for "6 to 8 hours"), as often as the
    English writes it."""
    marked, after_at, bare = _marked_and_bare_hours(translation, language, spans)
    hours = [hour.forms for hour in english]
    taken = hours_taken(hours, Counter(marked))
    written = [forms for forms, found in zip(hours, taken, strict=True) if found]
    unwritten = [forms for forms, found in zip(hours, taken, strict=True) if not found]
    if unwritten:
        marked += after_at
    counts = {
        number
        for number in bare
        if any(number in forms for forms in written)
        and not any(number in forms for forms in unwritten)
    }
    return marked + Counter(
        {number: times for number, times in bare.items() if number not in counts}
    )


def _marked_and_bare_hours(
    translation: str, language: str, spans: Counter[tuple[str, str]]
) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """The numbers of `hours_of_the_day`, those with an hour's mark (or listed before one,
    `_listed_before_times`: the 9 of "von 9 bis 23 Uhr") and those with none;
    and between them, those with no mark right after the word for "at" a time
    (`_hours_after_at`, `_hours_named_after_at`: not the last of a range the English
    writes as a span of hours, `spans`) or beside a name of the clock's hour
    (`_hours_with_the_clocks_name`)."""
    text = " ".join(digits_of(spelled_hours_in_digits(translation, language)).split()).casefold()
    words = _day_period_words(language)
    hours_name = _hours_name(language)
    marks = list(clock_mark(language).finditer(text))
    abbreviated = _hours_abbreviated(language)
    # a number listed before a mark is an hour with that mark, a span's "h" or "ч" too
    marked = dict(
        [(mark.start(), (mark, mark)) for mark in marks]
        + [
            (number.start(), (number, mark))
            for number, mark in _listed_before_times(text, marks, language)
        ]
    )
    after_at = {
        hour.start(): hour
        for hour in (
            *_hours_after_at(text, language),
            *_hours_named_after_at(text, language, _spans_left(text, language, spans)),
            *_hours_with_the_clocks_name(text, language),
        )
    }
    found = Counter(
        whole_number(number[1])
        for number, mark in marked.values()
        if not abbreviated.match(text, mark.end())
    )
    bare = Counter(
        whole_number(number[1])
        for number, _ in _bare_hours(text, marked | after_at, words, hours_name, language)
    )
    return found, Counter(whole_number(hour[1]) for hour in after_at.values()), bare


def _hours_after_at(text: str, language: str) -> list[re.Match[str]]:
    """Each number of up to 24 that `text` (in lower case) writes right after the
    language's word for "at" a time (`_at_a_time`) with no hour's mark, its hour the first
    group (not one before a percent sign, "o 20%", by 20%): an hour, where no word follows
    it ("Tómelo a las 4.", "8 tabletas a las 2") or the words for half past do ("a las 2
    y media", `_half_past_end`), or, after a word for "at" the hours' article is in
    (`_AT_THE_HOURS`: Spanish "a las", Portuguese "às", Italian "alle"), a word that
    follows an hour there does (`_WORDS_AFTER_AN_HOUR`: "a las 2 con agua", "alle 2 con
    acqua"). Not one another word follows, which may count what the word names: "à 2
    comprimés", "в 4 раза" (4 times), "a las 2 semanas" (at 2 weeks), "a las 2 tomas
    diarias" (to the 2 daily doses)."""
    at = _at_a_time(language)
    if at is None:
        return []
    at_the_hours = _at_the_hours(language)
    after_an_hour = _WORDS_AFTER_AN_HOUR.get(language, ())
    return [
        hour
        for hour in _HOUR.finditer(text)
        if at.match(text, hour.start())
        and int(hour[1]) <= _LAST_HOUR
        and not _PERCENT_AFTER.match(text, hour.end())
        and (
            not (word := _WORD_AFTER.match(text, hour.end()))
            or _half_past_end(text, hour.start(), hour.end(), language) > hour.end()
            or (
                at_the_hours is not None
                and at_the_hours.match(text, hour.start())
                and word[1] in after_an_hour
            )
        )
    ]


def _hours_named_after_at(
    text: str, language: str, spans_left: Counter[tuple[str, str]]
) -> list[re.Match[str]]:
    """Each hour `text` (in lower case) writes right after the language's word for "at" a
    time, or ending a range of hours, and before its name of an hour
    (`_hours_at_the_clock`: "lúc 2 giờ", "в 2 часа", "à 2 heures", the 23 of "з 9 до 23
    годин"; not the end of a range the English writes as a span of hours, `spans_left`), its
    hour the first group, where no word follows: the name is a span's too, and "a las 2
    horas de comer" is 2 hours after eating; or where the name is in a form no span takes
    (`_CLOCKS_FORMS_OF_THE_NAME`: Ukrainian "2 годині з водою", at 2 with water)."""
    clocks_forms = _CLOCKS_FORMS_OF_THE_NAME.get(language, ())
    return [
        hour
        for hour in _hours_at_the_clock(text, language, spans_left)
        if not _WORD_AFTER.match(text, hour.end())
        or text[hour.end(1) : hour.end()].split()[0] in clocks_forms
    ]


def _hours_at_the_clock(
    text: str, language: str, spans_left: Counter[tuple[str, str]]
) -> list[re.Match[str]]:
    """Each hour `_hours_at` reads in `text` (in lower case), but the last number of a
    range the English writes as a span of hours, one word after its first
    (`_FIRST_OF_A_RANGE`), while `spans_left` (each its first and last number, as often as
    the English writes it not yet read) has that span, which it takes from it: "Il agit
    de 6 à 8 heures" for "It works for 6 to 8 hours" is that span, where French "à 8
    heures" is 8:00 and "de 9 à 23 heures" a range of hours; read as 8:00 beside "à 20
    heures" for "at 8 pm", the 8 was no count, and the span's 8 read nowhere. A span
    written more often than the English writes it is the clock's range: "de 8 a 10 horas,
    durante 8 a 10 horas" for "from 8 to 10 pm, for 8 to 10 hours", both read as the
    span, passed, its evening's hours written as the morning's."""
    named = _hours_at(language)
    hours = []
    for hour in named.finditer(text) if named else ():
        first = _FIRST_OF_A_RANGE.search(text, 0, hour.start(1)) if spans_left else None
        span = (whole_number(first[1]), whole_number(hour[1])) if first else None
        if span is not None and spans_left[span] > 0:
            spans_left[span] -= 1
        else:
            hours.append(hour)
    return hours


def _spans_left(
    text: str, language: str, spans: Counter[tuple[str, str]]
) -> Counter[tuple[str, str]]:
    """`spans` (each range the English writes as a span of hours, as its first and last
    number, as often as it writes it) less each range before a name of an hour
    (`_hours_name`) that `text` (in lower case) writes where `_hours_at` reads no hour
    ("durante 8 a 10 horas", "8-10 horas"): that is a span, and a range `_hours_at` reads
    ("de 8 a 10 horas") is one only as often as these leave of the English's, as
    `_hours_at_the_clock` reads them."""
    hours_name, named = _hours_name(language), _hours_at(language)
    if not spans or hours_name is None or named is None:
        return Counter(spans)
    read = {hour.start(1) for hour in named.finditer(text)}
    unread = Counter(
        (whole_number(span[1]), whole_number(span[2]))
        for span in _RANGE_OF_NUMBERS.finditer(text)
        if span.start(2) not in read and hours_name.match(text, span.end())
    )
    return spans - unread


# Two numbers of up to two digits with one word between them ("8 a 10", "6 à 8") or a
# dash or an en dash ("8-10"): a range.
_RANGE_OF_NUMBERS = re.compile(
    r"(?<![\d.,:])(\d{1,2})(?:\s[^\W\d_]+\s|\s?[-\u2013]\s?)(\d{1,2})(?!\d|[.,:]\d)"
)


# A number and one word after it ending a text ("6 à "): where the first number of a
# range stands before its last.
_FIRST_OF_A_RANGE = re.compile(r"(?<![\d.,:])(\d{1,2})\s[^\W\d_]+\s$")


# The forms of a language's name of an hour after the word for "at" a time that name the
# clock's hour alone, by hand: Ukrainian's locative "годині" after "at" (at 2 o'clock; "at
# what time" is "котрій годині" after it: ukrainiangrammar.com, "Telling time: Hours"),
# where a span of 2 hours is "2 години".
_CLOCKS_FORMS_OF_THE_NAME = {"uk": ("годині",)}


def _hours_with_the_clocks_name(text: str, language: str) -> list[re.Match[str]]:
    """Each number of up to 24 that `text` (in lower case) writes with a name of the
    clock's hour that no span takes, the number after the name (`_CLOCKS_NAMES_BEFORE`:
    "في الساعة 2", "saacadda 2") or before it (`_CLOCKS_NAMES_AFTER`: "په 2 بجو", "เวลา
    2 นาฬิกา"), its hour the first group; not one written with its minutes ("الساعة 2:30", which
    `clock_mark` reads) nor a letter right after it (Somali "saacadda 2aad", the 2nd
    hour)."""
    pattern = _clocks_names(language)
    return [
        hour for hour in (pattern.finditer(text) if pattern else ()) if int(hour[1]) <= _LAST_HOUR
    ]


@lru_cache(maxsize=256)
def _clocks_names(language: str) -> re.Pattern[str] | None:
    """What `_hours_with_the_clocks_name` reads: a number after one of the language's
    `_CLOCKS_NAMES_BEFORE` or before one of its `_CLOCKS_NAMES_AFTER`; None for a language
    with neither."""
    before, after = _CLOCKS_NAMES_BEFORE.get(language), _CLOCKS_NAMES_AFTER.get(language)
    number = r"(\d{1,2})(?!\d|[.,:]\d)"
    written = [
        # not a name after a number, which is a span's ("هر 6 ساعت 2 قرص", every 6 hours 2
        # tablets)
        *(
            [rf"(?<!\d\s)(?<!\d)(?<!\w)(?:{longest_first(before)})\s?{number}(?![^\W\d_])"]
            if before
            else []
        ),
        *([rf"(?<![\d.,:]){number}\s?(?:{longest_first(after)})"] if after else []),
    ]
    return re.compile("|".join(written)) if written else None


# Names of the clock's hour that no span takes, which CLDR's units do not give, by hand
# (a span is CLDR's name after its number: "2 ساعة", "2 saacadood", "2 ساعته", "2
# ชั่วโมง"). Written before the number: Arabic "الساعة" (CLDR's "ساعة", an hour, with
# the article: "في الساعة 2", at 2 o'clock; and with the preposition "بـ", at a time,
# written onto it, "بالساعة 2": the French Wiktionary's "بِ"), Somali "saacadda"
# (CLDR's "saacad" with the article "-da": "saacadda 2"); after it: Pashto "بجې",
# o'clock, and its oblique "بجو" after "په" ("په 2 بجو", at 2 o'clock), Thai "นาฬิกา",
# o'clock ("เวลา 2 นาฬิกา"), written onto the word after it, and its six-hour clock's
# "โมง" alone ("8 โมง", `_SIX_HOUR_CLOCK`; "2 ชั่วโมง" is the span); Urdu "بجے" and
# Hindi "बजे", o'clock and at that hour ("8 بجے", "रात 8 बजे"; "घंटे" is the
# span), Punjabi "ਵੱਜੇ" and its common spelling "ਵਜੇ", Gujarati "વાગ્યે" and
# "વાગે" ("બે વાગે", at 2), Nepali "बजे", at that o'clock ("कति बजे", at what
# time; "घण्टा" is the span: BCcampus's open textbook "Nepali", chapter 12,
# pressbooks.bccampus.ca/nepali). Not Bengali "টা"/"টায়", which is the counting
# word too ("২টা ট্যাবলেট", 2 tablets). Before the number too, Polish "o godzinie" and
# "o godz." (at the hour: "o godzinie 16", CLDR's "godzina" in the locative after "o";
# "po godzinie 2 tabletki", after an hour, 2 tablets, is none); Persian "ساعت" (CLDR's
# hour, before the number as the clock's: "ساعت ۸", at 8; "۸ ساعت" is 8 hours), not
# after a number ("هر ۶ ساعت ۲ قرص", every 6 hours, 2 tablets).
_CLOCKS_NAMES_BEFORE = {
    "ar": ("الساعة", "بالساعة"),
    "fa": ("ساعت",),
    "so": ("saacadda",),
    "pl": ("o godzinie", "o godz."),
}
_CLOCKS_NAMES_AFTER = {
    "ps": ("بجې", "بجو"),
    "th": ("นาฬิกา", "โมง"),
    "ur": ("بجے",),
    "hi": ("बजे",),
    "ne": ("बजे",),
    "pa": ("ਵੱਜੇ", "ਵਜੇ"),
    "gu": ("વાગ્યે", "વાગે"),
}
# The names of the clock's hour of `_CLOCKS_NAMES_AFTER` that name the 24-hour clock's
# alone, so that the hour before one is the morning's on that clock as "8:00" is: Thai
# "นาฬิกา" ("8 นาฬิกา" is 8:00, "20 นาฬิกา" 20:00; Wikipedia, "Thai six-hour clock":
# the 24-hour clock of official use), not its six-hour clock's "โมง" ("8 โมง" may be
# either half's 8).
_NAMES_OF_THE_24_HOUR_CLOCK = {"th": ("นาฬิกา",)}


def _hours_before_the_24_hour_clocks_name(text: str, language: str) -> list[re.Match[str]]:
    """Each number of up to two digits that `text` (in lower case) writes before a name of
    the 24-hour clock's hour (`_NAMES_OF_THE_24_HOUR_CLOCK`: "8 นาฬิกา"), its hour the
    first group."""
    names = _NAMES_OF_THE_24_HOUR_CLOCK.get(language)
    if not names:
        return []
    return list(re.finditer(rf"{_HOUR.pattern}\s?(?:{longest_first(names)})", text))


# The languages whose word for "at" a time before a number and a name of an hour names
# an hour of the clock (`_hours_at`), by hand; in others it is a span's "in" or "by"
# too: Arabic "في 2 ساعة" (in 2 hours), Pashto "په 2 ساعتو", German "um 2 Stunden" (by 2
# hours).
_HOURS_NAMED_AFTER_AT = frozenset({"es", "fr", "it", "pt", "ru", "uk", "vi"})


@lru_cache(maxsize=256)
def _at_the_hours(language: str) -> re.Pattern[str] | None:
    """Where the language's words for "at" with the hours' article (`_AT_THE_HOURS`) end,
    matched there with nothing; None for a language with none."""
    words = _AT_THE_HOURS.get(language)
    return re.compile(_after_words(words)) if words else None


# The words for "at" a time with the hours' article in them, by hand: Spanish's,
# Portuguese's and Italian's ("a las 2 con agua", at 2 o'clock, "las horas"; "alle 2",
# "alle ore 2"), where French "à" and Russian "в" count too ("à 2 comprimés", "в 4 раза").
_AT_THE_HOURS = {"es": _AT_TIME_BY_HAND["es"], "pt": ("às",), "it": ("alle", "alle ore")}
# The words that follow an hour there and no count, by hand: conjunctions and
# prepositions ("a las 2 con agua", "às 2 com água", "alle 2 con acqua"), not a noun the
# number counts ("a las 2 tomas diarias", "alle 2 dosi", to the 2 doses), nor "de" or
# "di", which a span takes too ("a las 2 horas de comer"; "a las 2 de la tarde" is read
# beside its day period, `_bare_hours`).
_WORDS_AFTER_AN_HOUR = {
    "es": ("y", "e", "o", "u", "con", "en", "antes", "después", "junto", "para", "cada"),
    "pt": ("e", "ou", "com", "em", "antes", "depois", "junto", "para", "cada"),
    "it": ("e", "ed", "o", "con", "in", "prima", "dopo", "insieme", "per", "ogni"),
}
# Those of them that are "and", which the hour's minutes may follow ("a las 4 y cuarto",
# 4:15; "às 4 e quinze"; "alle 4 e un quarto"): after them the hour is not on the hour,
# but where the word for "at" another time follows ("a las 4 y a las 8",
# `_and_at_another_time`).
_AND_AFTER_AN_HOUR = {"es": ("y", "e"), "pt": ("e",), "it": ("e", "ed")}

# A percent sign after a number (Arabic's too), which no hour takes: Polish "o 20%", by
# 20%.
_PERCENT_AFTER = re.compile(r"\s?[%\u066a]")
# The last hour of the 24-hour clock (midnight written as 24).
_LAST_HOUR = 24
# A word after a number, past any spaces, the word its group.
_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")


@lru_cache(maxsize=256)
def _and_at_another_time(language: str) -> re.Pattern[str] | None:
    """After an hour, the language's "and" (`_AND_AFTER_AN_HOUR`) and its word for "at" a
    time (`at_words`) before another number: "a las 4 y a las 8", "às 4 e às 8", where
    no minutes follow the "and"; None for a language with neither."""
    ands, ats = _AND_AFTER_AN_HOUR.get(language), at_words(language)
    if not ands or not ats:
        return None
    return re.compile(rf"\s+(?:{longest_first(ands)})\s+(?:{longest_first(ats)})\s?\d")


def is_an_hour_of_the_day(text: str, end: int, language: str) -> bool:
    """Whether the number that ends at `end` of `text` (in lower case) is an hour of the
    day, its language's name of an hour after it (`_hours_name`) and then, past any
    minutes, a word of a day period: Vietnamese "8 giờ tối", 8 in the evening, where "6
    giờ" is 6 hours too; French "8 heures du soir"."""
    hours_name = _hours_name(language)
    named = hours_name.match(text, end) if hours_name else None
    if named is None:
        return False
    return _begins_with_day_period(text[named.end() :], language)


def _begins_with_day_period(text: str, language: str) -> bool:
    """Whether `text` (in lower case), past any spaces, begins with a word of a day
    period of the language's (`_day_period_words`: "de la tarde", "chiều")."""
    after = text.lstrip()
    return any(
        after.startswith(word) and _ends_a_word(after, 0, word)
        for word in _day_period_words(language)
    )


def hour_after_its_name(text: str, end: int, language: str) -> bool:
    """Whether the number that ends at `end` of `text` (in lower case), written after its
    language's name of an hour (Swahili "saa 2", 2 hours, and 2 o'clock, 8 in the morning
    of Swahili time), is an hour of the day: its minutes follow it ("saa 2:30"), or a word
    of a day period does ("saa 2 asubuhi")."""
    after = text[end:]
    if re.match(r"[:.]\d", after):
        return True
    return _begins_with_day_period(after, language)


def in_western_hours(translation: str, language: str) -> str:
    """`translation` with each half past an hour it writes by the hour it leads to
    (`_halves_toward_the_hour`: "halb 2") as that time on the clock ("1:30"), each hour
    it writes on Thai's six-hour clock ("2 ทุ่ม") as its 24-hour clock does ("20 นาฬิกา",
    `_six_hour_clock_on_the_24_hour_one`), and each hour it writes on the language's own
    clock
    (`_HOURS_COUNTED_FROM`: Swahili's, whose hours count from 6:00 and 18:00, "saa 2
    asubuhi" is 8 in the morning) as the 12-hour clock writes it beside that word ("saa 8
    asubuhi"; "saa 2 usiku", 8 at night, as "saa 8 usiku"): an
    hour after the language's name of an hour (CLDR's), with or without its minutes, and
    before a word of a day period (CLDR's), where that reading falls in the period's
    hours: "saa 8 asubuhi" (2 pm on Swahili's clock, no morning's hour) is 8:00 as
    written, and "saa 2 usiku" 20:00, not 2:00, which a reader of Swahili's clock reads
    in "saa 8 usiku". The twelfth hour with a word of the morning is 6:00, which ends the
    night ("saa 12 asubuhi", where CLDR's morning begins at 7:00). An hour may be written
    in words (ICU's: "saa mbili asubuhi", 8 am; "saa sita usiku", midnight; "saa kumi na
    mbili", the twelfth, which the numbers check reads as no hour: `spellings` reads no
    spelling of two words), and is then in digits, on whichever clock it is read."""
    translation = _halves_toward_the_hour(translation, language)
    translation = _six_hour_clock_on_the_24_hour_one(translation, language)
    counted_from = _HOURS_COUNTED_FROM.get(language)
    if counted_from is None:
        return translation
    names = [name for name, unit in (time_unit_names(language) or {}).items() if unit == "hour"]
    words = _day_period_words(language)
    spelled = spelled_by_icu(range(1, 13), language)

    def on_the_24_hour_clock(found: re.Match[str]) -> str:
        written = found["hour"].casefold()
        hour = spelled[written] if written in spelled else int(written)
        period = words[found["period"].casefold()]
        ours = [(hour + counted_from) % 12 + half for half in (0, 12)]
        reading = next((at for at in ours if at in period.hours), None)
        if hour == 12 and not period.later:  # "saa 12 asubuhi", at dawn
            reading = counted_from
        if hour > 12 or reading is None:  # as written
            return f"{found['name']}{hour}{found['rest']}"
        # on the 12-hour clock, beside its word: "saa 8 usiku", which is 20:00
        return f"{found['name']}{reading % 12 or 12}{found['rest']}"

    hour = "|".join([r"\d{1,2}", *([longest_first(spelled)] if spelled else [])])
    return re.sub(
        rf"(?i)(?P<name>(?<!\w)(?:{longest_first(names)})\s)(?P<hour>{hour})(?!\w)"
        rf"(?P<rest>(?:[:.][0-5]\d)?\s(?P<period>{longest_first(list(words))})(?!\w))",
        on_the_24_hour_clock,
        translation,
    )


def six_hour_clock_hours(translation: str, language: str) -> dict[str, str]:
    """Each hour `translation` writes on Thai's six-hour clock (`_SIX_HOUR_CLOCK`), as the
    number of its 24-hour clock that `in_western_hours` writes for it ("20") and as written
    ("2 ทุ่ม"), for a message to name what the translator wrote."""
    return {
        str(quarter.number(found) + quarter.added): found[0].strip()
        for quarter in _SIX_HOUR_CLOCK.get(language, ())
        for found in re.finditer(quarter.written, translation)
        if quarter.number(found) in quarter.numbers
    }


def _six_hour_clock_on_the_24_hour_one(translation: str, language: str) -> str:
    """`translation` with each hour it writes on Thai's six-hour clock (`_SIX_HOUR_CLOCK`:
    "2 ทุ่ม", 20:00; "บ่าย 2 โมง", 14:00; "2 โมงเช้า", 8:00) as its 24-hour clock writes
    it, with its name of the clock's hour ("20 นาฬิกา", `_CLOCKS_NAMES_AFTER`), which is
    read as an hour and no count: "8 เม็ด 2 ทุ่ม" for "2 tablets at 8 pm" passed, its 2
    read as the dose, and "2 เม็ด 2 ทุ่ม" was refused, 8 pm read nowhere. Its hours in
    words too (`spelled_hours`: "สองทุ่ม", "บ่ายสองโมง")."""
    quarters = _SIX_HOUR_CLOCK.get(language, ())
    if quarters:
        translation = spelled_hours_in_digits(translation, language)
    for quarter in quarters:
        translation = re.sub(quarter.written, quarter.on_the_24_hour_clock, translation)
    return translation


@dataclass(frozen=True)
class _Quarter:
    """Hours of a quarter of the day as a six-hour clock writes them: around their number
    (`written`, the number its first group), the numbers it is written with, what each
    number adds up to with `added` on the 24-hour clock, and how that clock's hour is
    then written (`as_24_hours`, `{hour}` its number); and the number of the hour written
    with none, where `written` takes none (`unnumbered`: "บ่ายโมง", 1)."""

    written: str
    numbers: range
    added: int
    as_24_hours: str
    unnumbered: int = 0

    def number(self, found: re.Match[str]) -> int:
        """The number of the hour `found` where it is `written`."""
        return int(found[1]) if found[1] else self.unnumbered

    def on_the_24_hour_clock(self, found: re.Match[str]) -> str:
        """The hour `found` where it is `written`, as the 24-hour clock writes it; as it is
        where its number is none of `numbers`."""
        number = self.number(found)
        if number not in self.numbers:
            return found[0]
        return self.as_24_hours.format(hour=number + self.added)


# Thai's six-hour clock (Wikipedia, "Thai six-hour clock"), by hand: "N โมงเช้า" from
# 7:00 ("2 โมงเช้า", 8:00), or as the 12-hour clock counts from 6:00 ("8 โมงเช้า", 8:00);
# "บ่าย N โมง" from 13:00 ("บ่าย 2 โมง", 14:00), and 13:00 with no number, "บ่ายโมง"; "N
# โมงเย็น" from 16:00 to 18:00; "N ทุ่ม" from 19:00 ("2 ทุ่ม", 20:00); "ตี N" from 1:00 to
# 5:00 ("ตี 2", 2:00), not before "ครั้ง" (times: "ตี" is to hit too). Each as the 24-hour
# clock's "นาฬิกา" writes it (`_CLOCKS_NAMES_AFTER`), a morning's hour after 6:00 after the
# morning's word "เช้า", as 8:00 is written as no evening hour ("เช้า 8 นาฬิกา" for "8 pm"
# is refused, and "ตี 2", 2 นาฬิกา, for "2 pm", which passed, its 2 read as written). A
# number before "โมง" alone, which may be an hour of the morning or the afternoon, is read
# as written (`_CLOCKS_NAMES_AFTER`: "8 โมง", 8:00). The hours in words ("สองทุ่ม",
# "ตีสอง") are in digits first (`spelled_hours`).
_SIX_HOUR_CLOCK = {
    "th": tuple(
        _Quarter(written.format(hour=_HOUR.pattern), numbers, added, as_24_hours, unnumbered)
        for written, numbers, added, as_24_hours, unnumbered in (
            (r"บ่าย\s?(?:{hour}\s?)?โมง", range(1, 6), 12, " {hour} นาฬิกา", 1),
            (r"{hour}\s?โมง\s?เย็น", range(4, 7), 12, " {hour} นาฬิกา", 0),
            (r"{hour}\s?โมง\s?เช้า", range(1, 6), 6, " เช้า {hour} นาฬิกา", 0),
            (r"{hour}\s?โมง\s?เช้า", range(6, 12), 0, " เช้า {hour} นาฬิกา", 0),
            (r"{hour}\s?ทุ่ม", range(1, 6), 18, " {hour} นาฬิกา", 0),
            (r"ตี\s?{hour}(?!\s?ครั้ง)", range(1, 6), 0, " {hour} นาฬิกา", 0),
        )
    )
}


def _halves_toward_the_hour(translation: str, language: str) -> str:
    """`translation` with each half past an hour it writes by the hour it leads to
    (`half_toward_the_hour`: German "halb zwei" or "halb 2", Russian "в половине
    второго", 1:30) as the hour before that one and its minutes ("1:30"), which
    `times_written` reads as a time; the first hour's half as 12:30 ("halb eins", half past
    noon or midnight). "halb 2" for "1:30" was refused, its 1 and 30 read nowhere."""
    pattern = half_toward_the_hour(language)
    if pattern is None:
        return translation

    def on_the_clock(found: re.Match[str]) -> str:
        word = as_icu_spells((found["word"] or "").casefold())
        led_to = int(found["digits"]) if found["digits"] else hours_led_to(language)[word]
        return f"{led_to - 1 or 12}:30" if 1 <= led_to <= 24 else found[0]

    return pattern.sub(on_the_clock, translation)


def named_in_words(translation: str, language: str, period: Literal["midnight", "noon"]) -> int:
    """How many times `translation` names midnight or noon in a word of its language
    (`_period_names`: "medianoche", "minuit", "полночь", "真夜中"; "mediodía", "midi"),
    which is the English's "12 am" as "0:00" is, or its "12 pm"."""
    from ..text.linebreak import written_without_spaces

    names = _period_names_pattern(language, period)
    if names is None:
        return 0
    text = " ".join(translation.split()).casefold()
    # one name once: "del mediodía" holds "mediodía"
    return sum(
        1
        for found in names.finditer(text)
        if written_without_spaces(found[0][0])
        or (
            not _in_a_word(text[found.start() - 1 : found.start()])
            and _ends_a_word(text, found.start(), found[0])
        )
    )


def midnights_as_noon(entry: Entry) -> list[str]:
    """The English's "12 am" and "midnight" that the translation writes as noon's 12, more
    often than the English has "12 pm" and "noon": a 12 with an hour's mark or its minutes
    and no word beside it of a day period that names midnight's hour ("a las 12:00", "um
    12 Uhr", "à 12 h", on the 24-hour clock noon), or beside a word of noon or of another
    period ("a las 12 del mediodía", "中午12点"), or noon in its word ("al mediodía",
    `named_in_words`): an error, the time changed, where the 12 was one of the forms of 12
    am. Not "a las 12 de la noche", "午前12時", "晚上12点"."""
    english = Counter((int(hour), half.lower()) for hour, half in CLOCK.findall(entry.english))
    named = Counter(name.lower() for name in _NOON_OR_MIDNIGHT.findall(entry.english))
    midnights = english[12, "a"] + named["midnight"]
    if not midnights:
        return []
    text = " ".join(digits_of(spelled_hours_in_digits(entry.translation, entry.language)).split())
    text = text.casefold()
    periods = _day_period_words(entry.language)
    of_midnight = [word for word, period in periods.items() if {0, 23} & period.hours]
    of_noon = list(_period_names(entry.language, "noon"))
    others = [*(word for word in periods if word not in of_midnight), *of_noon]
    hours_name = _hours_name(entry.language)
    # each noon's word, less those a 12 is written beside ("a las 12 del mediodía": one)
    noons = named_in_words(entry.translation, entry.language, "noon")
    for twelve in _TWELVE.finditer(text):
        marked = _MARK_AND_MINUTES.match(text, twelve.end())
        end = _past_hours_name(text, marked.end() if marked else twelve.end(), hours_name)
        # midnight's, or noon's counted with its word
        if _named_beside(text, twelve.start(), end, [*of_midnight, *of_noon]):
            continue
        if marked or _named_beside(text, twelve.start(), end, others):
            noons += 1
    if noons <= english[12, "p"] + named["noon"] + named["midday"]:
        return []
    return [
        f"{name} is written as 12 with no word of the night beside it, which is noon "
        "(changed): write 0:00 or the word for midnight"
        for name, times in (("12 am", english[12, "a"]), ("midnight", named["midnight"]))
        if times
    ]


def _named_beside(text: str, start: int, end: int, words: list[str]) -> bool:
    """`_beside_a_day_period`, and a word of a script written without spaces right before
    or after, whatever stands before or after it ("请在晚上12点", at 12 at night)."""
    from ..text.linebreak import written_without_spaces

    before, after = text[:start].rstrip(), text[end:].lstrip()
    return _beside_a_day_period(text, start, end, words) or any(
        (written_without_spaces(word[-1]) and before.endswith(word))
        or (written_without_spaces(word[0]) and after.startswith(word))
        for word in words
    )


# Noon and midnight in the English's words.
_NOON_OR_MIDNIGHT = re.compile(r"(?i)\b(noon|midday|midnight)\b")
# A 12 as an hour may be written, and the hour's mark or minutes after it ("12 Uhr",
# "12 h", "12:00", "12.00", "12時", "12点", "12시"; not "12時間", 12 hours).
_TWELVE = re.compile(r"(?<![\d.,:])12(?!\d|[.,]\d{3})")
_MARK_AND_MINUTES = re.compile(rf"\s?(?:[.:h]\s?[0-5]\d|h(?![a-z])|uhr\b|{_HAN_AND_HANGUL_MARK})")


@lru_cache(maxsize=256)
def _period_names(language: str, period: Literal["midnight", "noon"]) -> tuple[str, ...]:
    """The language's names of midnight or noon (CLDR's day periods, every width and
    context, and `_MIDNIGHT_BY_HAND`'s), in lower case: words alone (not an abbreviation,
    Russian "полн.", Vietnamese "tr", `_SHORTEST_PERIOD_NAME`), and none that is a word of
    another period too (Ukrainian's "ночі", of the night, Swahili's "usiku", night); none
    for a language CLDR does not know."""
    from babel import Locale, UnknownLocaleError

    try:
        periods = Locale.parse(language).day_periods
    except (UnknownLocaleError, ValueError):
        return ()
    names = {
        " ".join(str(width[period]).split()).casefold()
        for context in periods.values()
        for width in context.values()
        if period in width
    }
    if period == "midnight":
        names |= set(_MIDNIGHT_BY_HAND.get(language, ()))
    others = _day_period_words(language)
    return tuple(
        sorted(
            name
            for name in names
            if name not in others
            and len(name) >= _SHORTEST_PERIOD_NAME
            and all(_in_a_word(letter) or letter in " -\u200c" for letter in name)
        )
    )


@lru_cache(maxsize=256)
def _period_names_pattern(
    language: str, period: Literal["midnight", "noon"]
) -> re.Pattern[str] | None:
    """The language's names of midnight or noon (`_period_names`), the longest first
    (`longest_first`), for `named_in_words` to find in each translation; None where it
    has none."""
    names = _period_names(language, period)
    return re.compile(longest_first(names)) if names else None


# The fewest letters of a name of noon or midnight read as one: shorter ones are
# abbreviations (Vietnamese "tr", Amharic "ቀ"), which other words hold.
_SHORTEST_PERIOD_NAME = 3


# Words for midnight that CLDR's day periods do not give, by hand: Spanish's "medianoche",
# Arabic's "منتصف الليل", Persian's "نیمه‌شب" (with its ZWNJ, a space or none).
_MIDNIGHT_BY_HAND = {
    "es": ("medianoche",),
    "ar": ("منتصف الليل",),
    "fa": ("نیمه\u200cشب", "نیمه شب", "نیمهشب"),
}


# Where a language counts its clock's hours from other than midnight and noon: Swahili's
# from 6:00 and 18:00 ("saa 1 asubuhi" is 7 am), which CLDR does not give (its Swahili
# times are on the 24-hour clock, "HH:mm"), by hand; each such language has ICU's words
# for its hours (`spelled_by_icu`).
_HOURS_COUNTED_FROM = {"sw": 6}


def _beside_a_day_period(text: str, start: int, end: int, words: Iterable[str]) -> bool:
    """Whether a whole word of `words`, or one inflected (`_INFLECTED_FROM`), stands right
    before or after the hour written from `start` to `end` of `text`, with nothing but
    spaces between: the number is then an hour of that part of the day ("8 de la mañana",
    "सुबह 8", "सकाळी 8", "8 heures du soir"), not a count ("8 mg por la mañana")."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    start = len(before)
    while start and _in_a_word(before[start - 1]):
        start -= 1
    return any(
        (before.endswith(word) and not _in_a_word(before[: -len(word)][-1:]))
        or (len(word) >= _INFLECTED_FROM and before[start:].startswith(word))
        or (after.startswith(word) and _ends_a_word(after, 0, word))
        for word in words
    )


# A word of a day period of this many characters or more, with letters after it, is the
# word inflected: Marathi "सकाळी" (in the morning) of CLDR's "सकाळ", Kannada "ಸಂಜೆಯ" (of
# the evening) of "ಸಂಜೆ", Yiddish "נאָכמיטאָגס" (in the afternoon) of "נאָכמיטאָג". CLDR
# gives each word in one form; the length is by hand, as a shorter one is an
# abbreviation that starts many other words (Marathi's "सं" and "दु", Uyghur's "ك").
_INFLECTED_FROM = 4


def _ends_a_word(text: str, at: int, word: str) -> bool:
    """Whether `word`, standing in `text` at `at`, ends a word there, or may be inflected
    (`_INFLECTED_FROM`)."""
    return len(word) >= _INFLECTED_FROM or not _in_a_word(text[at + len(word) : at + len(word) + 1])


def _inside_another_word(text: str, at: int, word: str) -> bool:
    """Whether `word`, a word of a day period standing in `text` at `at`, is letters of
    another word there: one shorter than `_INFLECTED_FROM`, in a script written with
    spaces, with a letter or a mark right before it ("noc", night, of Polish "północy",
    in the north), or one of a single letter, an abbreviation, with one right after it
    too (the "p" of Polish "po" or "pomarańczowym" is no "p", its narrow "pm"; Persian
    "ب" starts "بخورید"), or a digit right after it: a preposition of one letter written
    onto the number (Amharic "ከ8:00", from 8:00, where "ከ" is its narrow "pm"). A longer
    one may be inflected ("저녁에", "nocą"), as may a Hangul syllable, a word ("밤에", at
    night), a digit may touch any other ("오후7시"), and in a script written without
    spaces anything may ("请下午7点")."""
    from ..text.linebreak import written_without_spaces
    from ..text.scripts import script_of

    if len(word) >= _INFLECTED_FROM or written_without_spaces(word[0]):
        return False
    abbreviation = len(word) == 1 and script_of(word) != "Hang"
    after = text[at + 1 : at + 2]
    if abbreviation and after.isdigit():
        return True
    touching = [text[at - 1 : at]] + ([after] if abbreviation else [])
    return any(_in_a_word(character) and not character.isdigit() for character in touching)


def _in_a_word(character: str) -> bool:
    """Whether `character` (one, or none) is a letter, a digit or a mark: a word goes on."""
    return bool(character) and (
        character.isalnum() or unicodedata.category(character).startswith("M")
    )


def _before_another(text: str, at: int, word: str, words: dict[str, DayPeriod]) -> bool:
    """Whether another of the day's `words` follows `word`, which ends at `at`, after
    spaces alone: German's "am" (CLDR's "AM" too) in "am Abend" is "in the", and the
    evening's word names the time. Not letters of another word (`_inside_another_word`):
    Persian "شب" (night) before "بخورید" (eat), which begins with its narrow "pm"."""
    rest = text[at:]
    after = rest.lstrip()
    return rest[:1].isspace() and any(
        after.startswith(other) and not _inside_another_word(after, 0, other)
        for other in words
        if other != word
    )


def _occurrences(text: str, word: str, start: int, end: int) -> Iterator[int]:
    """Where `word` stands in `text[start:end]`, all of it inside."""
    at = text.find(word, start, end)
    while at >= 0:
        yield at
        at = text.find(word, at + 1, end)


@dataclass(frozen=True)
class DayPeriod:
    """A word of the day's periods: the hours (0 to 23) its periods name (CLDR's rules:
    Chinese's 凌晨, night1, midnight to 5:00; "am" the hours before noon, "pm" those
    after), and whether they are the afternoon's, evening's or night's (or "pm") rather
    than the morning's (or "am")."""

    hours: frozenset[int]
    later: bool


def _names_one_half(hour: int, period: DayPeriod) -> bool:
    """Whether `period` names `hour` (8, or 20) in one half of the day alone: Spanish's
    "noche" (20:00 to midnight) 8 as 20:00, not 6 (neither 6:00 nor 18:00)."""
    return (hour % 12 in period.hours) != (hour % 12 + 12 in period.hours)


def _later(hour: int, period: DayPeriod) -> bool:
    """Whether `hour`, as written (8, or 20 on the 24-hour clock), beside a word of
    `period` is of the afternoon, evening or night: where the period names one of its
    halves' hours and not the other's, that one ("凌晨3点" is 3 am; Marathi's night, 21:00
    to 4:00, makes "2" the morning's and "9" the evening's); where it names both or
    neither, as its period is ("10 Uhr nachts", CLDR's night from midnight to 5:00, is
    22:00)."""
    morning, evening = hour % 12 in period.hours, hour % 12 + 12 in period.hours
    return evening if morning != evening else period.later


@lru_cache(maxsize=256)
def _day_period_words(language: str) -> dict[str, DayPeriod]:
    """The language's words for the day's periods (CLDR's, every width and context, and
    those CLDR lacks, `_DAY_PERIODS_BY_HAND`), in lower case and without Arabic's vowel
    marks too (`unmarked_spellings`: "صباحًا", "صباح", "صباحا"; `_times_of_day` reads a text
    without them, where "صباحاً", its tanween after the alif, was read as no word), each
    as its `DayPeriod`; none for a language CLDR does not know. Not noon's and
    midnight's, which name no hour of the 12-hour clock's halves. A word of several
    periods names the hours of each, and is the morning's if one of them is (French's "du
    matin", morning1 and night1, midnight to noon)."""
    from babel import Locale, UnknownLocaleError

    try:
        periods = Locale.parse(language).day_periods
        rules = Locale.parse(_RULES_OF.get(language, language)).day_period_rules
    except (UnknownLocaleError, ValueError):
        return {}
    later = ("pm", "afternoon1", "afternoon2", "evening1", "evening2", "night1", "night2")
    earlier = ("am", "morning1", "morning2")
    hours_of = {"am": set(range(12)), "pm": set(range(12, 24))}
    for context in rules.values():
        for period, spans in context.items():
            for span in spans:
                if "from" in span and "before" in span:
                    hours_of.setdefault(period, set()).update(
                        _hours_between(span["from"], span["before"])
                    )
    hours: dict[str, set[int]] = {}
    morning: set[str] = set()
    cldr_names = [
        (str(name), period)
        for context in periods.values()
        for width in context.values()
        for period, name in width.items()
    ]
    for name, period in [*cldr_names, *_DAY_PERIODS_BY_HAND.get(language, {}).items()]:
        if period in later or period in earlier:
            for word in unmarked_spellings(" ".join(name.split()).casefold()):
                hours.setdefault(word, set()).update(hours_of.get(period, ()))
                if period in earlier:
                    morning.add(word)
    return {word: DayPeriod(frozenset(named), word not in morning) for word, named in hours.items()}


# Words for a part of the day that translators write and CLDR's day periods (Babel 2.19's
# data) do not give, each with the CLDR period whose hours it names (by the language's
# rules, or `_RULES_OF`'s). Seen in translations on 2026-12-06, where a time of the evening
# went through for the English's "8 am", since no word of the language stood beside it.
_DAY_PERIODS_BY_HAND: dict[str, dict[str, str]] = {
    # CLDR's "mañana" with its article, the morning (RAE's Diccionario de la lengua
    # española, "mañana": a noun, the time from dawn to noon; an adverb, tomorrow):
    # "por la mañana a las 6" (`_periods_before_at`)
    "es": {"la mañana": "morning1"},
    # CLDR's "sáng", "chiều", "tối" with "buổi" (a part of the day) before them, as
    # Vietnamese writes them after an hour ("8 giờ buổi tối"); "ban đêm", at night
    "vi": {
        "buổi sáng": "morning1",
        "buổi chiều": "afternoon1",
        "buổi tối": "evening1",
        "ban đêm": "night1",
    },
    # CLDR's words with the postposition "को" (at) or "में" (in) before the hour:
    # "रात को 8 बजे", 8 at night
    "hi": {
        "सुबह को": "morning1",
        "दोपहर को": "afternoon1",
        "शाम को": "evening1",
        "रात को": "night1",
        "रात में": "night1",
    },
    # the everyday forms of CLDR's "রাত্রি" (night) and "বিকাল" (afternoon), and the
    # night's locative ("রাতে", at night), which is too short to be read as inflected
    # (`_INFLECTED_FROM`)
    "bn": {"রাত": "night1", "রাতে": "night1", "বিকেল": "afternoon2"},
    # CLDR's Haitian Creole has "AM" and "PM" alone: its words after an hour, as French's
    # "du matin", "de l'après-midi", "du soir", "de nuit" ("8 è diswa", 8 in the evening)
    "ht": {
        "maten": "morning1",
        "dimaten": "morning1",
        "nan maten": "morning1",
        "apremidi": "afternoon1",
        "aprèmidi": "afternoon1",
        "nan apremidi": "afternoon1",
        "nan aprèmidi": "afternoon1",
        "diswa": "evening1",
        "aswè": "evening1",
        "nan aswè": "evening1",
        "lannwit": "night1",
        "nan lannwit": "night1",
    },
    # CLDR's Cebuano has "AM" and "PM" alone: its words, as Filipino's "ng umaga", "ng
    # hapon", "ng gabi" ("alas-8 sa gabii", 8 at night), alone and after "sa" (in the)
    "ceb": {
        "kaadlawon": "morning1",
        "sa kaadlawon": "morning1",
        "buntag": "morning2",
        "sa buntag": "morning2",
        "hapon": "afternoon1",
        "sa hapon": "afternoon1",
        "gabii": "night1",
        "sa gabii": "night1",
    },
}
# Where CLDR gives a language no rules of its day periods, the language whose rules give
# the hours of its words by hand (`_DAY_PERIODS_BY_HAND`): Haitian Creole's periods are
# French's (its words are French's), Cebuano's Filipino's.
_RULES_OF = {"ht": "fr", "ceb": "fil"}


def _hours_between(start: int, before: int) -> list[int]:
    """The hours (0 to 23) that start from `start` and before `before`, seconds after
    midnight as CLDR's rules give them, across midnight where `before` is not after
    `start` (21:00 to 4:00)."""
    seconds = [hour * 3600 for hour in range(24)]
    if start < before:
        return [at // 3600 for at in seconds if start <= at < before]
    return [at // 3600 for at in seconds if at >= start or at < before]


def half_hours_written(entry: Entry) -> int:
    """How many of the English's times half past an hour ("8:30 am"; "at 1:30", with no
    "am" or "pm", `times_as_written`) the translation writes as that hour, on either
    clock (`forms_of_hour`; the latter as written), with the language's words for half
    past after it, past its name of an hour (`_half_past_end`: "a las 8 y media", "à 20
    heures et demie"), or after its mark in Chinese, Japanese and Korean ("下午1点半",
    "午後一時半", `spelled_hours`; "1시 반에": not after a span's "1小时", "1시간", an hour
    and a half): each stands for its time's 30, as "8:30" does. Each such hour of the
    translation stands for one time."""
    times = _times_with_minutes(entry.english, "30")
    # the language's words (and CLDR's name of an hour) are read only for such a time
    if not times or _half_past_after(entry.language) is None:
        return 0
    text = " ".join(digits_of(spelled_hours_in_digits(entry.translation, entry.language)).split())
    text = text.casefold()
    written = Counter(
        whole_number(hour[1])
        for hour in _HOUR.finditer(text)
        if _half_past_end(text, hour.start(), hour.end(), entry.language) > hour.end()
    )
    return sum(hours_taken(times, written))


def on_the_hour_written(entry: Entry) -> int:
    """How many of the English's times on the hour with their minutes ("4:00 pm"; "at
    4:00", with no "am" or "pm", `times_as_written`) the translation writes as that hour,
    on either clock (`forms_of_hour`; the latter as written), with an hour's mark and no
    minutes (`clock_mark`: "um 16 Uhr", "4시에", "네 시에", `spelled_hours`; "h" and
    "ч" only after the language's word for "at" a time, "à 16 h", "в 4 ч", as "toutes
    les 4 h" is every 4 hours, `_hours_abbreviated`), or with its name after that word
    (`_hours_at`: "в 4 часа"), or with neither after that word and no word after it
    (`_hours_after_at`: "a las 4.", "às 16") or a word that follows an hour there but
    "and" (`_AND_AFTER_AN_HOUR`: "a las 4 con agua"; not "a las 4 y cuarto", but "a las 4
    y a las 8", `_and_at_another_time`): each stands for its time's 00, as "16:00" does
    ("4시에" for "at 4:00" was refused, its 0 read nowhere), as does one with a name of
    the clock's hour and no number after it (`_hours_with_the_clocks_name`: "في الساعة
    4", "په 4 بجو"; not "الساعة 4 و30 دقيقة", 4:30). Each such hour of the translation
    stands for one time."""
    times = _times_with_minutes(entry.english, "00")
    if not times:
        return 0
    text = " ".join(digits_of(spelled_hours_in_digits(entry.translation, entry.language)).split())
    text = text.casefold()
    at, abbreviated = _at_a_time(entry.language), _hours_abbreviated(entry.language)
    written = Counter(
        whole_number(mark[1])
        for mark in clock_mark(entry.language).finditer(text)
        if not _MINUTES_AFTER.match(text, mark.end())
        and (not abbreviated.match(text, mark.end()) or (at and at.match(text, mark.start())))
    )
    # its name after the word for "at" a time, and no minutes after it: "в 4 часа"
    named = _hours_at(entry.language)
    written.update(
        whole_number(hour[1])
        for hour in (named.finditer(text) if named else ())
        if not any(map(str.isdigit, text[hour.end(1) : hour.end()]))
        and not _MINUTES_AFTER.match(text, hour.end())
    )
    # a name of the clock's hour, and no number after it: "في الساعة 4", "เวลา 4 นาฬิกา"
    written.update(
        whole_number(hour[1])
        for hour in _hours_with_the_clocks_name(text, entry.language)
        if not _NUMBER_AFTER.match(text, hour.end())
    )
    # neither, and no word after it, or one that follows an hour but "and": "a las 4.",
    # "a las 4 con agua", "a las 4 y a las 8" (not "a las 4 y media", "a las 4 y cuarto")
    and_at = _and_at_another_time(entry.language)
    written.update(
        whole_number(hour[1])
        for hour in _hours_after_at(text, entry.language)
        if not (word := _WORD_AFTER.match(text, hour.end()))
        or (
            (
                word[1] not in _AND_AFTER_AN_HOUR.get(entry.language, ())
                or (and_at is not None and and_at.match(text, hour.end()) is not None)
            )
            and _half_past_end(text, hour.start(), hour.end(), entry.language) == hour.end()
        )
    )
    return sum(hours_taken(times, written))


# A number after an hour (and its name), past one word at most: its minutes ("الساعة 4
# و30 دقيقة", "เวลา 4 นาฬิกา 30 นาที", "saacadda 4 iyo 30 daqiiqo", 4:30).
_NUMBER_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s*)?\d")


def _times_with_minutes(english: str, minutes: str) -> list[frozenset[str]]:
    """The English's times with `minutes` ("30"), each as the forms a translation may write
    its hour in: one of the 12-hour clock ("8:30 pm", `forms_of_hour`), and one with no
    "am" or "pm" as written (`times_as_written`: "at 13:30")."""
    return [
        forms_of_hour(int(hour), half.lower())
        for hour, written, half in CLOCK_TIME.findall(english)
        if written == minutes
    ] + [frozenset({hour}) for hour, written in times_as_written(english) if written == minutes]


def hours_taken(hours: Sequence[frozenset[str]], written: Counter[str]) -> list[bool]:
    """Whether each of `hours` (each the forms of an hour, `forms_of_hour`) takes an hour
    of `written`, one each, counted down in `written`: those with fewer forms first, "8
    am" an 8 before "8 pm" an 8 or a 20 ("8 Uhr und 20 Uhr" for "8 am and 8 pm")."""
    taken = [False] * len(hours)
    for index in sorted(range(len(hours)), key=lambda index: len(hours[index])):
        if form := next((form for form in sorted(hours[index]) if written[form]), None):
            written[form] -= 1
            taken[index] = True
    return taken


@dataclass(frozen=True)
class EnglishHour:
    """An hour of the day the English writes: as the English writes it ("8 pm", "8:30",
    "4 o'clock"), and the forms a translation may write its hour in (`forms_of_hour`; one
    with no "am" or "pm" as written)."""

    written: str
    forms: frozenset[str]


def hours_of_the_english(english: str) -> list[EnglishHour]:
    """The English's hours of the day: those of the 12-hour clock (`CLOCK`: "8 pm"), and
    those it writes with no "am" or "pm" (`times_as_written`: "at 8:30", "at 8 o'clock"),
    each of which a translation writes as an hour, not as a count ("Tome 8 tabletas a
    las 2:30" for "Take 2 tablets at 8:30" swaps the dose and the hour)."""
    return [
        EnglishHour(f"{int(hour)} {half.lower()}m", forms_of_hour(int(hour), half.lower()))
        for hour, half in CLOCK.findall(english)
    ] + [
        EnglishHour(f"{hour}:{minutes}" if minutes else f"{hour} o'clock", frozenset({hour}))
        for hour, minutes in times_as_written(english)
    ]


# An hour's minutes after it ("16:30", "16.30", "16h30").
_MINUTES_AFTER = re.compile(r"\s?[.:hH]\s?[0-5]\d")


@lru_cache(maxsize=256)
def times_as_written(english: str) -> tuple[tuple[str, str], ...]:
    """The English's times with no "am" or "pm", each as its hour ("8", as the numbers
    check reads it) and its minutes ("" for none): one with its minutes after a preposition
    of a time, and each listed after it (`_TIMES_AS_WRITTEN`: "at 1:30", "until 13:00",
    "at 4:00 and 8:00"; not a ratio, "1:30"), an hour before "o'clock" (`_O_CLOCK`: "at 4
    o'clock"); not one listed before one with "am" or "pm", which shares it (`english` as
    `as_12_hour_clock` writes it: "at 4:00 pm and 8:00 pm"). "a la 1 y
    media" or "1시 반에" for "at 1:30" was refused, its 30 read nowhere, "네 시에" for "at 4
    o'clock", its 4, and "a las 4 y a las 8" for "at 4:00 and 8:00", its second 0. Kept:
    read for each language's translation of an English, several times each."""
    listed = [
        time
        for times in _TIMES_AS_WRITTEN.finditer(english)
        for time in _TIME_WITH_ITS_MINUTES.findall(times[0])
    ]
    return (
        *((whole_number(hour), minutes) for hour, minutes in listed),
        *((whole_number(hour), "") for hour in _O_CLOCK.findall(english)),
    )


# A time the English writes with its minutes and no "am" or "pm" ("1:30", "13:30").
_A_TIME_AS_WRITTEN = r"(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]|\s?[ap]\.?m\b)"
# Such times after a preposition of a time, each listed after the first ("at 1:30",
# "until 13:30", "at 4:00 and 8:00"; not a ratio, "1:30").
_TIMES_AS_WRITTEN = re.compile(
    rf"(?i)(?<![\w'\u2019])(?:{_PREPOSITIONS_OF_A_TIME})\s+{_A_TIME_AS_WRITTEN}"
    rf"(?:{_BETWEEN_LISTED}{_A_TIME_AS_WRITTEN})*"
)
# Each time of them, its hour and minutes its groups.
_TIME_WITH_ITS_MINUTES = re.compile(r"(?<![\d.,:])([01]?\d|2[0-3]):([0-5]\d)")
# An hour the English writes before "o'clock", the hour its group ("at 4 o'clock"; one
# with a part of the day, "at 4 o'clock in the afternoon", `as_12_hour_clock` writes
# "4 pm" first).
_O_CLOCK = re.compile(r"(?i)(?<![\d.,:])(1[0-2]|0?[1-9])\s+o['\u2019]clock\b")
# The names of an hour CLDR gives that are a span's alone, never the clock's, by hand:
# Vietnamese "tiếng" ("1 tiếng rưỡi", an hour and a half), where "giờ" is both.
_SPANS_HOURS_NAMES = {"vi": ("tiếng",)}
# The languages that write half past an hour after the hour's mark (`_HAN_AND_HANGUL_MARK`:
# "1点半", "1時半", "1시 반"), where their names of an hour are a span's ("1小时半", "1시간
# 반", an hour and a half).
HALF_PAST_AFTER_THE_MARK = frozenset({"zh", "ja", "ko"})


def forms_of_hour(hour: int, half: str) -> frozenset[str]:
    """How a translation may write `hour` of the 12-hour clock's `half` ('a' or 'p'): as it
    is, or on the 24-hour clock (midnight as 0 or 24)."""
    if half == "a":
        return frozenset({str(hour), "0", "24"} if hour == 12 else {str(hour)})
    return frozenset({str(hour)} if hour == 12 else {str(hour), str(hour + 12)})
