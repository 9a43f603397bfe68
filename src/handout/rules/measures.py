"""Checks of what a number measures: a dose's unit, a span of time, a rate's unit of time,
a temperature's scale."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from fractions import Fraction
from functools import cache, lru_cache

from ..text.scripts import script_of
from ..text.units import ABBREVIATED, MEASURES, SPELT_OUT
from .clock import (
    CLOCK,
    as_12_hour_clock,
    at_words,
    clock_mark,
    forms_of_hour,
    hour_after_its_name,
    hours_of_the_english,
    is_an_hour_of_the_day,
)
from .dates import date_months, english_months, in_common_era
from .model import Entry, Level, Problem
from .shared import (
    MARKS,
    NUMBER,
    ONE_AS_A_PREFIX,
    SPAN_OF_ONE_AFTER,
    TIME_UNIT_NAMES_BY_HAND,
    TIME_UNITS,
    MarkedPattern,
    cldr_unit_name,
    digits_of,
    joins_a_word,
    language_name,
    longest_first,
    names_of_words,
    relative_times,
    time_unit_names,
    unit_before_number,
    whole_number,
    without_arabic_vowels,
)
from .words import (
    COUNTED_BY_HAND,
    LIANG_AS_TWO,
    apostrophes_as_icu,
    combining_marks,
    counts_in_digits,
    fractions_said_in_digits,
    in_another_number,
    spelled_number,
    spelled_numbers,
    spelled_pattern,
    spellings,
    word_pattern,
)

__all__ = [
    "durations",
    "ranges_of_hours",
    "rates",
    "spans_of_hours",
    "spans_of_hours_not_the_englishs",
    "temperature",
    "units",
]


# A number and the unit of measure of a dose, a volume or a weight after it, in Latin
# letters ("40 mg", "2.5 mL", "500 mcg", "2 milligrams"), and of another measure ("5 cm",
# "18 pt"; the lists are `text.units`', which the line breaker keeps on the line of its
# number); `_UNIT_SPELLINGS` folds each unit's
# spellings into one. The unit ends where no Latin letter, digit, apostrophe or hyphen
# follows ("2 grenn", 2 pills, holds no "g"), as a particle of another script may ("4mgを",
# "4mg을": read nowhere, "4mg" for "4 g" passed), where the line breaker's `ENDS` is any
# letter's. Each with "unit(s)" as the IU (True) or not (False): see `_DOSED_IN_UNITS`.
_LATIN_END = r"(?![0-9A-Za-z_\u00c0-\u024f\u1e00-\u1eff'\u2019-])"
_UNITS_IN_LATIN = {
    False: f"{ABBREVIATED}|{SPELT_OUT}|{MEASURES}",
    True: f"{ABBREVIATED}|{SPELT_OUT}|{MEASURES}|units?",
}
_MEASURE = {
    units_read: re.compile(rf"(?i)(\d[\d.,]*)\s?({units}){_LATIN_END}")
    for units_read, units in _UNITS_IN_LATIN.items()
}
_UNIT_SPELLINGS = {
    **dict.fromkeys(("µg", "μg", "ug", "microgram", "micrograms"), "mcg"),
    **dict.fromkeys(("milligram", "milligrams"), "mg"),
    **dict.fromkeys(("gram", "grams"), "g"),
    **dict.fromkeys(("kilogram", "kilograms"), "kg"),
    **dict.fromkeys(("milliliter", "milliliters", "millilitre", "millilitres"), "ml"),
    **dict.fromkeys(("mililiter", "mililiters", "mililitre", "mililitres"), "ml"),
    **dict.fromkeys(("liter", "liters", "litre", "litres"), "l"),
    # insulin's "10 units" are its IU, which the tables name as "यूनिट", "単位", "единиц",
    # where the English names a drug dosed in units (`_DOSED_IN_UNITS`)
    **dict.fromkeys(("unit", "units"), "iu"),
}
# The drugs a patient is told a dose of in units, by hand, where the English's "unit(s)"
# after a number ("Inject 10 units of insulin"), and the translation's in Latin letters,
# are the IU: insulin, whose pens and syringes count units ("U-100", 100 units in a mL,
# https://biologyinsights.com/what-does-u-100-insulin-mean-for-diabetes-management),
# heparin ("5000 units subcutaneous every 8-12 hours", http://medtigo.com/drug/heparin),
# and vitamins A, D (D2 and D3, ergocalciferol and cholecalciferol, "colecalciferol" in
# British English) and E, whose labels count IU
# (http://nextstepnutrition.com/glossary/i-u-international-units/), the vitamin's letter
# in capitals ("vitamin a day" names none). Where the English names none, its "units" are
# another thing's, blood's bags ("2 units of blood") or a hospital's wards ("3 units"),
# which a translation writes with a word of its own ("2 poches de sang", "3 отделения"):
# no unit; so are they beside a drug the list does not name ("10 units of Lantus", a
# brand of insulin), where a dropped one passes.
_DOSED_IN_UNITS = re.compile(
    r"\b(?:(?i:insulins?|heparins?|(?:ergo|ch?ole)calciferol)|(?i:vitamin)[\s-]+[ADE][23]?)\b"
)


def _units_read(entry: Entry) -> bool:
    """Whether "unit(s)" after a number is the IU in `entry`: where its English names a
    drug dosed in units (`_DOSED_IN_UNITS`)."""
    return _DOSED_IN_UNITS.search(entry.english) is not None


def units(entry: Entry) -> Iterator[Problem]:
    """A unit of measure after a number that the translation writes in Latin letters and the
    English has nowhere ("40 g" for "40 mg"): an error, as the numbers check sees the same
    40 and a dose a thousand times the English's went through. One unit's spellings are
    one ("mcg", "µg"; "mL", "ml"; "milligrams", "mg"). A unit in the language's own letters
    or spelt out in its Latin ones (CLDR's names, `_local_units`: "500 граммов" for "500
    mg" in Russian, "3000克" in Chinese, "500 gramos" in Spanish) is read after a number
    the English gives a unit: read everywhere, the abbreviation of Russian's word for a
    year, after a date's year, was a gram; not a word that is another
    (`_NOT_UNITS_BY_HAND`: "ग्रामीण", rural). Where no unit is written
    for another, a unit of the English the translation names nowhere ("Tome 5." for "Take
    5 mg", `_dropped_units`) is an error too, as is one number of the English's left
    without its unit where the translation writes that unit after another ("Tome 5 mg y
    10." for "Take 5 mg and 10 mg", `_units_left_off`). A number the English writes as a
    word is its number (`counts_in_digits`): "Tome 5 mg" for "Take five milligrams" was
    refused, the English read with no unit, and "Tome 5." passed."""
    entry = replace(entry, english=counts_in_digits(entry.english))
    other = _other_units(entry)
    yield from other
    if not other:  # a unit written for another is the one error
        yield from list(_dropped_units(entry)) or _units_left_off(entry)


def _other_units(entry: Entry) -> list[Problem]:
    """The units of `units` written after a number for another of the English's."""
    units_read = _units_read(entry)
    measured: dict[str, set[str]] = {}  # the English's numbers with a unit: digits -> units
    for number, unit in _measures(entry.english, units_read):
        measured.setdefault(_digits(number), set()).add(unit)
    english = set().union(*measured.values())
    translation = digits_of(entry.translation)
    found = [
        Problem(Level.ERROR, "units", _other_unit(unit, english))
        for unit in dict.fromkeys(unit for _, unit in _measures(translation, units_read))
        if unit not in english
    ]
    # the language's names only where the English has a unit to read them for: compiling
    # their pattern was about 1% of a build that checks every translation (none of the
    # shipped handout's English has a unit)
    local = _local_units(entry.language) if measured else None
    if local is None:
        return found
    pattern, canonical = local
    for number, written in dict.fromkeys(pattern.for_text(translation).findall(translation)):
        name = _name_written(written, canonical, entry.language)
        if name is None:
            continue
        expected = measured.get(_digits(number))
        unit = canonical.get(name, "")
        if expected is not None and unit and unit not in expected:
            found.append(Problem(Level.ERROR, "units", _other_unit(f"{name} ({unit})", expected)))
    return found


def _name_written(written: str, canonical: dict[str, str], language: str) -> str | None:
    """The longest of a language's names of a unit (`canonical`: `_local_units`',
    `_unit_names_anywhere`') that `written`, a name as their pattern found it, starts
    with, less an ending ("মিলিগ্রাম-ের"); "" where the pattern's case folding is not
    Python's ("İ"); None where `written` is another word of the language
    (`_NOT_UNITS_BY_HAND`: "ग्रामीण", rural, or it inflected, "ग्रामीणों को"), no unit.
    One function: every reader of a name found asked both, and one had forgotten the
    second."""
    folded = written.casefold()
    if folded.startswith(_NOT_UNITS_BY_HAND.get(language, ())):
        return None
    return max((name for name in canonical if folded.startswith(name)), key=len, default="")


def durations(entry: Entry) -> Iterator[Problem]:
    """A span of time of the English ("6 hours", "2 weeks") the translation does not write,
    where it writes, in digits before CLDR's name of a unit of time (`_local_durations`),
    the same number with another unit ("2 meses" for "2 weeks", "3 semanas" for "3
    days") or, with the same unit, a number the English counts something else with ("Tome
    6 tabletas cada 2 horas" for "Take 2 tablets every 6 hours"): an error, as the numbers
    check sees the English's numbers, and a changed dose or time was printed; so is a span
    it adds, of a number the English has nowhere (`_spans_added`: "2 semanas y 3 días"
    for "2 weeks"; "2 semanas" for "for a week", `_english_spans_in_words`). A number of
    the English written as its word before such a name counts as in digits ("seis
    tabletas cada dos horas", `_spans_in_words`), and one the English writes as a word
    as its number ("for two weeks", `counts_in_digits`). An hour of the day written with the name
    of an hour ("8 giờ tối", `is_an_hour_of_the_day`) is no span, nor is a rate's "a"
    day ("1일 2회", twice a day). A span the translation
    writes otherwise (in a name CLDR does not give) is the numbers check's; a language
    CLDR does not know is read in the names given by hand alone (`time_unit_names`), or
    not at all."""
    # its numbers' words that count in digits ("for two weeks": "for 2 weeks"):
    # "durante dos meses" for "for two weeks" passed
    english_text = counts_in_digits(entry.english)
    english = _english_spans(english_text)
    in_words = Counter(_english_spans_in_words(english_text))
    local = _local_durations(entry.language) if english or in_words else None
    if local is None:
        return
    from ..text.linebreak import written_without_spaces

    _, unit_of = local
    # a letter spelt otherwise than CLDR's is the same letter ("اونیو", CLDR's "اونيو");
    # a year of a Japanese era ("令和8年") is a year of the Common Era's, no span
    digits = _folded(digits_of(in_common_era(entry.translation, entry.language)))
    translated = _spans_in_digits(digits, entry.language, local, abbreviations=unit_of)
    counts = _english_counts(english_text)
    # a name of one letter after a number's word is no unit (the "a" of "de dos a tres
    # días" is no year's), but one of one character in a script written without spaces is
    # a whole name ("三天", 3 days: "休息三天" passed for "Rest for 3 weeks")
    translated += _spans_in_words(
        digits,
        entry.language,
        {
            name: unit
            for name, unit in unit_of.items()
            if len(name) > 1 or written_without_spaces(name)
        },
        (counts - {"1"}) | {number for number, _ in english},
    )
    changed: set[tuple[str, str]] = set()  # the translation's spans an error names
    for (number, unit), times in english.items():
        if translated[number, unit] >= times:
            continue
        instead = [
            (other, other_unit)
            for (other, other_unit), written in translated.items()
            if written > english[other, other_unit]
            and (other == number or (other_unit == unit and other in counts))
        ]
        changed.update(instead)
        if instead:
            written_as = ", ".join(_span(*span) for span in instead)
            yield Problem(
                Level.ERROR,
                "durations",
                f"{_span(number, unit)} of the English is written {written_as} (changed)",
            )
    yield from _spans_added(entry, english + in_words, translated, changed)


def spans_of_hours_not_the_englishs(entry: Entry) -> Counter[str]:
    """The numbers the translation writes in digits before a name of an hour
    (`_spans_in_digits`: "2 ساعة", "2 horas", "2 a 6 horas", "2時間", "à 2 h") more often
    than the English writes them as a span of hours ("2 hours", "2 to 6 hours", "within
    an hour"), each as often: such a number is a span, or the clock's hour after the word
    for "at" a time ("a las 8 horas"), and counts nothing the English counts. Of the names
    of one letter, "h" alone, which is no word of its own: Spanish's "a" of a year is "to"
    too ("1 a las 8"), Ukrainian's one letter of an hour a gram's. Not a span of another
    unit: "8 giờ 30 phút" (30 minutes) is a time's minutes, Russian "1:30 дня" (of the
    day) no span of 30 days. None in a language CLDR does not know and no names were
    given by hand for (`time_unit_names`)."""
    local = _local_durations(entry.language)
    if local is None:
        return Counter()
    english_text = counts_in_digits(entry.english)  # "for two hours" as "for 2 hours"
    english = _english_spans(english_text) + Counter(_english_spans_in_words(english_text))
    digits = _folded(digits_of(entry.translation))
    clock = {form for hour in hours_of_the_english(entry.english) for form in hour.forms}
    translated = _spans_in_digits(digits, entry.language, local, ("h",), clock)
    added = translated - english
    return Counter({number: times for (number, unit), times in added.items() if unit == "hour"})


def _english_spans(english: str) -> Counter[tuple[str, str]]:
    """The spans of time `english` writes in digits ("6 hours", "2-hour", "3 days"), and
    the first number of a range before its unit ("4 to 6 hours"), each as its number and
    unit."""
    ranges = [(first, unit) for first, _, unit in _ENGLISH_RANGE.findall(english)]
    return Counter(
        (_decimal(number), _ENGLISH_TIME_UNITS.get(unit.lower(), unit.lower()))
        for number, unit in [*_ENGLISH_DURATION.findall(english), *ranges]
    )


def spans_of_hours(english: str) -> Counter[str]:
    """The numbers `english` writes in digits as a span of hours ("8 hours", and the first
    number of a range before its unit, "6 to 8 hours"), each as often."""
    return Counter(
        {
            number: times
            for (number, unit), times in _english_spans(english).items()
            if unit == "hour"
        }
    )


def ranges_of_hours(english: str) -> Counter[tuple[str, str]]:
    """The ranges `english` writes as a span of hours, in digits or words ("6 to 8 hours",
    "6-8 hours", "six to eight hours"), each as its first and last number ("6", "8"), as
    often as it writes it."""
    return Counter(
        (whole_number(first), whole_number(last))
        for first, last, unit in _ENGLISH_RANGE.findall(counts_in_digits(english))
        if _ENGLISH_TIME_UNITS.get(unit.lower(), unit.lower()) == "hour"
    )


def _spans_in_digits(
    digits: str,
    language: str,
    local: tuple[MarkedPattern, dict[str, str]],
    abbreviations: Container[str],
    english_hours: Container[str] = (),
) -> Counter[tuple[str, str]]:
    """The spans of time a translation (`digits`: in Western digits, `_folded`) writes in
    digits before the language's name of a unit of time (`local`, `_local_durations`),
    each as its number and unit: not an hour of the day ("8 giờ tối",
    `is_an_hour_of_the_day`), nor a rate's "a" day ("1일 2회", twice a day); and the first
    number of a range, which has the second's unit ("2 a 6 horas", "2-6小时"), but where
    the word between is the language's for "at" a time and the second number an hour
    of the English's (`english_hours`: "Prenez 2 à 20 h" for "Take 2 at 8 pm", 2 at
    20:00, not 2 to 20 hours, which was refused, its 2 no count). A name of
    one letter of a script written with spaces only of `abbreviations` (in lower case),
    and where no number follows it ("cada 2 h")."""
    from ..text.linebreak import written_without_spaces

    pattern, unit_of = local
    text = digits.casefold()
    unit_first = unit_before_number(language)
    candidates = [
        found
        for found in pattern.for_text(text).finditer(text)
        if (
            len(found["name"]) > 1
            or written_without_spaces(found["name"])
            # a Hangul syllable is a word, no abbreviation: "2주 3일", 2 weeks 3 days
            or script_of(found["name"]) == "Hang"
            or (found["name"] in abbreviations and not _NUMBER_NEXT.match(text, found.end()))
        )
        # "8 giờ tối" is 8 in the evening, "saa 2 asubuhi" 8 in the morning: no span
        and not (hour_after_its_name if unit_first else is_an_hour_of_the_day)(
            text, found.end("number"), language
        )
    ]
    # a rate's "a" day is no span either ("1일 2회", twice a day; `_one_per_unit`), where the
    # count after it is no span's number ("1년 2개월", a year and 2 months)
    of_candidates = {found.start("number") for found in candidates}
    rate_one = _one_per_unit(language) if language in _ONE_PER_UNIT else None
    spans = [
        found
        for found in candidates
        if not (
            rate_one
            and (one := rate_one.match(text, found.start()))
            and (count := _DIGIT.search(text, one.end()))
            and count.start() not in of_candidates
        )
    ]
    translated = Counter((_decimal(found["number"]), unit_of[found["name"]]) for found in spans)
    # the first number of a range has the second's unit ("2 a 6 horas", "2-6小时"), not
    # one of a span of its own ("2주 3일": not 2 to 3 days)
    of_spans = {found.start("number") for found in spans}
    translated += Counter(
        (_decimal(first[1]), unit_of[found["name"]])
        for found in spans
        if not unit_first
        and (first := _range_first().search(text, 0, found.start()))
        and first.start(1) not in of_spans
        and not (
            _decimal(found["number"]) in english_hours
            and text[first.end(1) : found.start()].strip() in at_words(language)
        )
    )
    return translated


def _english_spans_in_words(english: str) -> list[tuple[str, str]]:
    """The spans of 1 and of a half the English writes in words ("for a week", "within an
    hour", "half an hour", "a half-hour"), each as a number and a unit, which a span the
    translation adds in digits is held to (`_spans_added`: "durante 2 semanas" for "for a
    week", "2小时" for "half an hour")."""
    return [("1", unit.lower()) for unit in _ENGLISH_SPAN_OF_ONE.findall(english)] + [
        ("0.5", (unit or other).lower()) for unit, other in _ENGLISH_HALF_SPAN.findall(english)
    ]


# A span of 1 in words after a word that says it is one ("for a week", "in an hour"; not
# the "a day" of a rate, "twice a day"), and a half of an hour or a day.
_ENGLISH_SPAN_OF_ONE = re.compile(
    rf"(?i)\b(?:{'|'.join(SPAN_OF_ONE_AFTER)})\s+(?:a|an|one)\s+({'|'.join(TIME_UNITS)})\b"
)
_ENGLISH_HALF_SPAN = re.compile(r"(?i)\bhalf\s+an?\s+(hour|day)\b|\ba\s+half[\s-](hour|day)\b")


def _spans_added(
    entry: Entry,
    english: Counter[tuple[str, str]],
    translated: Counter[tuple[str, str]],
    changed: set[tuple[str, str]],
) -> Iterator[Problem]:
    """A span the translation writes in digits besides the English's (`translated`, as
    `durations` reads it), of a number the English has nowhere: "Tómelo durante 2
    semanas y 3 días" for "Take it for 2 weeks" (a warning of the numbers check alone, a
    longer treatment printed): an error. Not one an error of `durations` names already
    (`changed`), nor one of 1, a rate's "a" or an article ("1日2回", twice a day; "1
    semana", a week), nor a date's month ("12月", `date_months`), an hour of the
    English's clock on the 24-hour one ("20 horas" for "8 pm", `forms_of_hour`; and "de 20 a
    22 horas" for "from 8 to 10 pm", `as_12_hour_clock`), nor one
    as long as a span of the English ("2 semanas (14 días)", `_as_long`). Written for a
    span of the English of its unit that the translation does not write, it is that one
    changed ("3 semanas" for "2 weeks")."""
    english_numbers = {_decimal(number) for number in NUMBER.findall(entry.english)}
    english_numbers |= date_months(entry.english)
    # an hour listed or ranged before one with "pm" is that half's ("from 8 to 10 pm":
    # "de 20 a 22 horas" read 20 as a span the English lacks, 20:00 being no form of 8)
    english_numbers |= {
        form
        for hour, half in CLOCK.findall(as_12_hour_clock(entry.english))
        for form in forms_of_hour(int(hour), half.lower())
    }
    for number, unit in translated - english:
        if (
            (number, unit) in changed
            or number == "1"
            or number in english_numbers
            or any(_as_long((number, unit), span) for span in english)
        ):
            continue
        # of a unit of a span of the English the translation does not write: that one's
        dropped = [span for span in english if span[1] == unit and span not in translated]
        yield Problem(
            Level.ERROR,
            "durations",
            f"{_span(*dropped[0])} of the English is written {_span(number, unit)} (changed)"
            if dropped
            else f"the translation adds a span of {_span(number, unit)} the English does not "
            f"have (the English's: {', '.join(_span(*span) for span in english)})",
        )


def _as_long(span: tuple[str, str], other: tuple[str, str]) -> bool:
    """Whether two spans (a number and a unit of time) are as long as each other: "14 days"
    and "2 weeks", "1 month" and "30 days" or "4 weeks" (`_SECONDS`)."""
    (number, unit), (other_number, other_unit) = span, other
    return any(
        Fraction(number) * length == Fraction(other_number) * other_length
        for length in _SECONDS[unit]
        for other_length in _SECONDS[other_unit]
    )


# The seconds each unit of time may last: a month 28 to 31 days or 4 weeks, a year 365 or
# 366 days, 52 weeks, or 12 such months.
_DAY = 24 * 60 * 60
_MONTHS = tuple(days * _DAY for days in range(28, 32))
_SECONDS: dict[str, tuple[int, ...]] = {
    "second": (1,),
    "minute": (60,),
    "hour": (60 * 60,),
    "day": (_DAY,),
    "week": (7 * _DAY,),
    "month": _MONTHS,
    "year": (365 * _DAY, 366 * _DAY, 52 * 7 * _DAY, *(12 * month for month in _MONTHS)),
}


# A digit: the first of the count after a rate's "a" day ("1일 2회").
_DIGIT = re.compile(r"\d")
# A number after a unit's name of one letter of a script written with spaces, which is
# then no unit: the "a" (Spanish's year) of a range, "de 2 a 3", the "h" (French's hour)
# of a time, "8 h 30"; not so "2年3个月" (2 years 3 months).
_NUMBER_NEXT = re.compile(r"\s?\d")


def _spans_in_words(
    translation: str, language: str, unit_of: dict[str, str], numbers: set[str]
) -> Counter[tuple[str, str]]:
    """Each of `numbers` (whole, up to `SPELLED_UP_TO`) the translation writes in words
    (one or more, `spelled_numbers`: "dix-huit semaines" passed for "18 days") right
    before one of the language's names of a unit of time (`unit_of`),
    or right after it where CLDR writes the unit first (`unit_before_number`: "saa sita"):
    "dos horas", "шесть часов", "两小时", "un mes", as the number and the unit. 1 only
    where the English has a span of 1 (`durations`): its words are the articles too ("una
    hora", an hour). Not the last words of a larger number (`in_another_number`):
    "vingt-deux jours" (22 days) for "6 days" was said to write them "2 days". The
    translation and the names `_folded`, without Arabic's vowel marks, as the numbers
    check reads words (`number_words`): "ثَلَاثَةِ أَسَابِيعَ" (3 weeks) passed for "3
    days"; and with an apostrophe typed in a word as ICU writes it, as the numbers check
    reads it (`apostrophes_as_icu`: "п'ять тижнів" is 5 weeks, no "5 days")."""
    wanted = {int(number) for number in numbers if number.isdigit()} - {0}
    words = {word: value for word, value in spelled_numbers(language).items() if value in wanted}
    if not words:
        return Counter()
    spelled = rf"(?P<word>{spelled_pattern(words)})"
    names = rf"(?P<name>{longest_first(unit_of)})"
    text = apostrophes_as_icu(translation.translate(LIANG_AS_TWO).casefold(), language)
    in_order = (names, spelled) if unit_before_number(language) else (spelled, names)
    return Counter(
        (str(spelled_number(found["word"], words)), unit_of[found["name"]])
        for found in re.finditer(r"\s?".join(in_order), text)
        if not joins_a_word(text[found.start() - 1 : found.start()] if found.start() else "")
        and not joins_a_word(text[found.end() : found.end() + 1])
        and not in_another_number(text, *found.span("word"), language)
    )


# A number and the unit of time after it in the English ("6 hours", "a 24-hour test",
# "30 min"), the unit as CLDR's duration names it (`_ENGLISH_TIME_UNITS` for the short).
_ENGLISH_TIME_UNITS = {"sec": "second", "min": "minute", "hr": "hour"}
_ENGLISH_UNIT_NAMES = "|".join((*TIME_UNITS, *_ENGLISH_TIME_UNITS))
_ENGLISH_DURATION = re.compile(
    rf"(?i)(?<![\d.,:])(\d+(?:[.,]\d+)?)[\s-]?({_ENGLISH_UNIT_NAMES})s?\b"
)
# A range of the English before its unit of time ("4 to 6 hours", "4-6 hours", "2 or 3
# days"), its first and last number and the unit its groups: its first number is a span
# of that unit too.
_ENGLISH_RANGE = re.compile(
    rf"(?i)(?<![\d.,:])(\d+(?:[.,]\d+)?)\s*(?:to|or|-|\u2013)\s*(\d+(?:[.,]\d+)?)"
    rf"[\s-]?({_ENGLISH_UNIT_NAMES})s?\b"
)


@cache
def _range_first() -> re.Pattern[str]:
    """The first number of a range in a translation, right before its second: a dash, a
    tilde or a word of up to three letters and marks between ("2 a 6", "2 bis 6", "2 до
    6", "2到6", Hindi "2 से 6")."""
    letter = rf"(?:[^\W\d_]|{combining_marks()})"
    return re.compile(
        rf"(?<![\d.,])(\d+(?:[.,]\d+)?)\s?(?:[-\u2013~\u301c\uff5e]|{letter}{{1,3}})\s?$"
    )


# A number of the English and the word after it ("2 tablets", "2 to 3 days").
_NUMBER_AND_WORD = re.compile(r"(?<![\d.,:])(\d+(?:[.,]\d+)?)\s+([A-Za-z]+)")


def _english_counts(english: str) -> set[str]:
    """The numbers of `english` that count something other than time ("2 tablets", the 2
    of "2 to 3 days"): a word follows them that is no unit of time, no month (of a date:
    "4 December") and no half of the clock ("8 am")."""
    months, _ = english_months()
    not_counts = {*TIME_UNITS, *_ENGLISH_TIME_UNITS, *(name.lower() for name in months)}
    not_counts |= {f"{unit}s" for unit in (*TIME_UNITS, *_ENGLISH_TIME_UNITS)} | {"am", "pm"}
    return {
        _decimal(number)
        for number, word in _NUMBER_AND_WORD.findall(english)
        if word.lower() not in not_counts
    }


def _decimal(number: str) -> str:
    """A number as the English writes it: its decimal comma a point ("1,5" is 1.5), without
    zeros before a whole number."""
    return whole_number(number.replace(",", "."))


def _span(number: str, unit: str) -> str:
    if number == "0.5":  # the English's "half an hour"
        return f"\u00bd {unit}"
    return f"{number} {unit}" + ("" if number == "1" else "s")


@lru_cache(maxsize=256)
def _local_durations(language: str) -> tuple[MarkedPattern, dict[str, str]] | None:
    """A pattern of a number in digits and one of the language's names of a unit of time
    after it (`time_unit_names`, each `_folded`), or before it where CLDR writes it so
    (`unit_before_number`: Swahili "saa 6"), the longest first, as the groups "number"
    and "name", with the unit each name is; None for a language CLDR does not know. A
    name of one letter ("h", "cada 2 h") is read where no number follows it (`durations`,
    `_NUMBER_NEXT`). A name ends where a letter does not follow, unless its script is
    written without spaces ("2小时", "2到3天"). The language's linker may stand between
    (`_LINKERS`: Tagalog "6 na oras"). The names of its locales of another script too
    (`_scripts_of`: Traditional Chinese's "週", "個月", "小時"; "連續3個月" for "for 3
    days" passed, as only Simplified Chinese's names were read)."""
    names = {
        _folded(name): unit
        for locale in _scripts_of(language)
        for name, unit in (time_unit_names(locale) or {}).items()
    }
    if not names:
        return None
    linker = rf"(?:{_LINKERS[language]}\s)?" if language in _LINKERS else ""
    number = r"(?<![\d.,])(?P<number>\d+(?:[.,]\d+)?)"
    name = rf"(?P<name>{names_of_words(names)})"
    if unit_before_number(language):
        return MarkedPattern(rf"{name}\s?{number}(?![\d]|[.,]\d)"), names
    return MarkedPattern(rf"{number}\s?{linker}{name}"), names


# The word some languages write between a number and what it counts, by hand (CLDR's
# units give none): Tagalog's "na" ("6 na oras", 6 hours), Cebuano's "ka" ("6 ka oras"),
# Hmong's classifier "lub" ("2 lub lim tiam", 2 weeks).
_LINKERS = {"tl": "na", "fil": "na", "ceb": "ka", "hmn": "lub"}


def rates(entry: Entry) -> Iterator[Problem]:
    """A rate of the English ("3 times a day", "2 tablets per week", "once daily", "every day",
    or an interval, "every 8 hours") whose unit of time the translation names nowhere (nor
    writes as a span, "cada 8 h"), naming another that the English does not ("3 veces a la
    semana", "每周3次", "3 lần mỗi tuần", "dwa razy w tygodniu" for "3 times a day"; "cada semana"
    for "every day"; "8 veces al día" for "every 8 hours"): an error, as the numbers are the
    English's, and a seventh of the dose was printed. Read: the language's names of a day, week,
    month and year (`_rate_names`) in the words of the translation (ICU's), as they are,
    inflected or with the language's affixes of a rate (`_unit_of`); a day, a month or a year
    only where no number stands beside it, as one does by a span (`durations`) or in a date
    ("tháng 12", "2026年"), or before it where CLDR's rates write the count after the unit
    (`_count_after_unit`: Korean "주 2회", twice a week); a number beside it is no date's or
    span's where it is the English's rate's count, the English having no date and writing that
    number nowhere else ("cada 2 meses" for "twice a day", `_rate_counts`). An hour or a minute,
    whose names are the clock's too ("8 giờ", "a la hora de dormir"), only as a span after a
    number ("cada 2 horas", "2시간마다") or in CLDR's rate ("por hora"), and where the English names
    neither, nor an hour of the clock. A name of two words is read too (Hmong "lim tiam", a
    week). A fraction written denominator first is read as its numbers, its 分 or 분 no
    minute (`fractions_said_in_digits`: "2分の1" is 1/2). A language CLDR does not know is
    read in the names given by hand alone (`TIME_UNIT_NAMES_BY_HAND`), or not at all. A
    count the English writes as a word is its number (`counts_in_digits`: "two tablets a
    day" is a rate, and "dos tabletas a la semana" for it passed)."""
    english = counts_in_digits(entry.english).lower()
    per = [
        unit or (_RATE_ADVERBS[adverb] if adverb else interval)
        for unit, adverb, interval in _ENGLISH_RATE.findall(english)
    ]
    names = _rate_names(entry.language) if per else None
    if not names:
        return
    from icu4py.breakers import WordBreaker

    # a letter spelt otherwise than CLDR's is the same letter ("میاشت", CLDR's "مياشت"); a
    # fraction written denominator first is its numbers ("2分の1" is 1/2: its 分 no minute)
    slashed = fractions_said_in_digits(entry.translation, entry.language)
    text = _folded(digits_of(slashed).casefold())
    words = [word for word in WordBreaker(text, entry.language) if not word.isspace()]
    # a week's name that is a day's too ("Linggo", Sunday) is the week's where the English
    # names no day of the week
    weekdays = not _english_weekdays().search(english)
    units = [
        names.names.get(f"{word} {words[at + 1]}" if at + 1 < len(words) else "")  # "lim tiam"
        or (
            _unit_of_a_number_word(words, at, names)
            if word in names.numbers
            else _unit_of(word, names, weekdays) or _unit_before_a_count(words, at, names)
        )
        for at, word in enumerate(words)
    ]
    # where a rate's count follows its unit ("주 2회"), a number after the unit is the count
    beside = (-1,) if _count_after_unit(entry.language) else (-1, 1)
    # a number beside a day, a month or a year is a date's or a span's, unless it is the
    # English's rate's count alone, where the English has no date: "cada 2 meses" (every
    # 2 months) for "twice a day" (a date's "tháng 2", February; an age's "2 años" where
    # the English writes its 2: "under 2")
    counts = set() if date_months(entry.english) else _rate_counts(english)
    alone = {
        unit
        for at, unit in enumerate(units)
        if unit in _RATE_UNITS
        # a week is in no date, and a span of weeks the English does not name is no
        # translation of it either ("1週間に2回", "tuần 2 lần"); nor is an adverb of a
        # rate ("monatlich 1 Tablette": the 1 counts tablets)
        and (
            unit == "week"
            or words[at].startswith(names.adverbs)
            or not any(
                number.isdigit() and whole_number(number) not in counts
                for number in _beside(words, at, beside, _LINKERS.get(entry.language))
            )
        )
    }
    # the English's unit as a rate's too ("3 veces por semana, un día sí y otro no"): a
    # gloss; not in a span or a date alone ("3 volte alla settimana per 10 giorni" for "3
    # times a day for 10 days" passed, the 10 days taken for the rate's day); an
    # interval's hour anywhere ("cada hora, de día y de noche" for "every hour")
    intervals = set(per) - set(_RATE_UNITS)
    if set(per) & alone or intervals & set(units):
        return
    # the English's interval written as a span, in any of the names the durations check
    # reads ("cada 8 h, de día y de noche" for "every 8 hours")
    spans = _local_durations(entry.language) if intervals else None
    if spans:
        pattern, unit_of = spans
        if {unit_of[found["name"]] for found in pattern.for_text(text).finditer(text)} & intervals:
            return
    if not _CLOCK_UNITS.search(as_12_hour_clock(english)):
        alone |= {
            unit
            for at, unit in enumerate(units)
            if unit in ("hour", "minute")
            and ((at and words[at - 1].isdigit()) or words[at] in names.counted)
        }
        alone |= {unit for unit, rate in names.rates.items() if rate in text}
    # "today", "weekend", "weekly": a unit the English names anywhere is no change
    for unit in sorted(unit for unit in alone if unit not in english):
        yield Problem(
            Level.ERROR,
            "rates",
            f"a rate per {' and per '.join(dict.fromkeys(per))} of the English is written "
            f"with a {unit}, which the English does not name (changed)",
        )


# A count per a unit of time in the English ("3 times a day", "2 tablets per week",
# "once daily"), or "every" or "each" unit with no count before it ("Take it every
# day"): the unit, or the adverb; or an interval of hours or minutes ("every 8 hours",
# "every 4 to 6 hours"), whose unit a count per day does not name ("8 veces al día" for
# "every 8 hours" passed).
_ENGLISH_RATE = re.compile(
    r"\b(?:(?:once|twice|thrice|times|\d[\d.,]*\s*[a-z]+)\s+(?:a|an|per|each|every)"
    r"|every|each)\s+(day|week|month|year)\b|\b(daily|weekly|monthly|yearly)\b"
    r"|\bevery\s+(?:\d[\d.,]*(?:\s*(?:to|or|-|\u2013)\s*\d[\d.,]*)?\s*)?(hour|minute)s?\b"
)
# The count of such a rate ("2 times a day", "2 tablets daily"), its word in digits.
_ENGLISH_RATE_COUNT = re.compile(
    r"\b(\d+)\s+(?:[a-z]+\s+)?"
    r"(?:(?:a|an|per|each|every)\s+(?:day|week|month|year)|daily|weekly|monthly|yearly)\b"
)


def _rate_counts(english: str) -> set[str]:
    """The counts of the rates of `english` (in lower case) that it writes nowhere else:
    "2" of "twice a day" (`counts_in_digits`) and of "2 times a day", not of "under 2, 2
    times a day" nor of "under 2, twice a day"."""
    english = counts_in_digits(english)
    found = Counter(whole_number(count) for count in _ENGLISH_RATE_COUNT.findall(english))
    written = Counter(whole_number(number) for number in re.findall(r"(?<![\d.,])\d+", english))
    return {count for count in found if written[count] <= found[count]}


def ones_of_a_rate(entry: Entry) -> int:
    """How many of the English's rates per a day, a week, a month or a year ("2 grams a
    day", "twice daily") the translation writes as 1 of that unit before the rate's count,
    as Japanese, Korean and Chinese say "a day" (`_ONE_PER_UNIT`: "1日2グラム", "1일 2회",
    "1天2次"), or before what the count counts, the count left out ("1日錠剤" for "1
    tablet a day", whose tablet's 1 is then dropped): each such 1 is the English's "a", no
    number of its own. Not the 1 of a date
    ("12月1日", "12월 1일") nor of a span or a day's ordinal ("1日間", "1日目"), which no count
    follows."""
    units = _ONE_PER_UNIT.get(entry.language)
    if units is None:
        return 0
    english = Counter(
        unit or _RATE_ADVERBS[adverb]
        for unit, adverb, _ in _ENGLISH_RATE.findall(entry.english.lower())
        if unit or adverb
    )
    written = Counter(
        units[found[1]]
        for found in _one_per_unit(entry.language).finditer(digits_of(entry.translation))
    )
    return sum(min(times, written[unit]) for unit, times in english.items())


@lru_cache(maxsize=16)
def _one_per_unit(language: str) -> re.Pattern[str]:
    """The 1 of a unit a rate's count follows (`ones_of_a_rate`), in a language of
    `_ONE_PER_UNIT`, with the unit's name as its group, before a count or what a dose
    counts (`COUNTED_BY_HAND`), its count left out: in "1日錠剤を服用" for "Take 1 tablet a
    day" the unit's 1 is still the English's "a", and the tablet's 1 was read in it; not
    after a digit or a month's name: "12月1日2時" is a date's day."""
    names = longest_first(_ONE_PER_UNIT[language])
    count = rf"\d|{COUNTED_BY_HAND[language]}"
    return re.compile(
        rf"(?<![\d月월])(?<![月월]\s)1\s?({names})(?=\s?(?:{_RATE_PARTICLES})?\s?(?:{count}))"
    )


# The names of a unit a rate's 1 is written before, by hand, with the unit: Japanese
# "1日2回" (twice a day), "1週間に1回"; Korean "1일 2회"; Chinese "1天2次", "1日3次". Seen in
# translations on 2026-12-06, where "1日2グラム" for "2 grams a day" warned of a 1 the
# English lacks.
_ONE_PER_UNIT = {
    "ja": {
        "日": "day",
        "週間": "week",
        "週": "week",
        "か月": "month",
        "ヶ月": "month",
        "年": "year",
    },
    "ko": {"일": "day", "주": "week", "개월": "month", "년": "year"},
    # Simplified and Traditional: both are "zh"
    "zh": {
        "天": "day",
        "日": "day",
        "周": "week",
        "週": "week",
        "星期": "week",
        "个月": "month",
        "個月": "month",
        "年": "year",
    },
}
# What may stand between such a unit and the rate's count: "に" (in), "あたり", "当たり"
# (per), Korean "에", "당", Chinese "内".
_RATE_PARTICLES = "に|あたり|当たり|につき|에|당|内"


_RATE_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year"}
_RATE_UNITS = ("day", "week", "month", "year")
# What in the English names an hour or a minute, of a span or of the clock ("12 hours
# apart", "8 am", "8:30", "at noon"): a translation's hours are then the English's.
_CLOCK_UNITS = re.compile(
    r"\b(?:hours?|hrs?|minutes?|mins?|o['\u2019]clock|noon|midnight)\b|\d:\d|\d\s?[ap]\.?m\b"
)


@dataclass(frozen=True)
class _RateNames:
    """A language's names of the units of time a rate is per (`_rate_names`): each name with its
    unit; the stems of its inflected forms (a name less its last letter); the prefixes and
    suffixes a rate's unit takes; CLDR's rate of an hour and a minute, less the count ("por
    hora"), each with its unit; the names that are a day of the week's too (Tagalog
    "linggo", a week and Sunday), each with its unit; the endings CLDR's forms of a name
    add to another, letters alone (Russian "месяца" of "месяц", "часов" of "час"); and the
    names that hold their count, a span with no number before it (Arabic's dual "ساعتين", two
    hours); the words of the numbers 1 to 12, common words too (Burmese's); the suffixes of a
    unit a rate's count follows (`_COUNT_SUFFIXES_BY_HAND`); and the names that are a
    number's word too (Vietnamese "năm", 5 and a year), each with its unit; and the stems
    of the adverbs of a rate (`_ADVERB_STEMS_BY_HAND`). All of them `_folded`."""

    names: dict[str, str]
    stems: dict[str, str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    rates: dict[str, str]
    weekday_names: dict[str, str]
    endings: frozenset[str]
    counted: frozenset[str]
    numbers: frozenset[str]
    count_suffixes: tuple[str, ...]
    number_names: dict[str, str]
    adverbs: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.names)


# How many letters an inflection may add to a name, its marks free ("tygodni-u",
# "અઠવાડિયા-માં", "সপ্তাহ-ে"): more make another word ("miesiąc-zki", of a period); and
# how long the name or stem it adds them to must be: a shorter one is the start of other
# words ("mes", "mesa"; Portuguese "ano", "anote").
_ENDING = 2
_SHORTEST_STEM = 4


def _unit_of(word: str, names: _RateNames, weekdays: bool) -> str | None:
    """The unit of time `word` (a translation's, in lower case) names: one of the language's names
    of it (with those a day of the week has too, if `weekdays`), less a prefix or a suffix
    of a rate (Chinese "每週", Korean "매주", "달에"), or inflected: a name or a stem of one with
    up to `_ENDING` letters, and marks, after it ("tygodniu", "અઠવાડિયામાં"; after a name, an
    ending CLDR's forms show: `_an_ending`)."""
    forms = [word, *(word[len(p) :] for p in names.prefixes if word.startswith(p))]
    forms += [form[: -len(s)] for form in forms for s in names.suffixes if form.endswith(s)]
    for form in forms:
        if unit := names.names.get(form) or (weekdays and names.weekday_names.get(form)):
            return unit
    letters = 0
    for end in range(len(word), _SHORTEST_STEM - 1, -1):
        if unit := names.stems.get(word[:end]):
            return unit
        unit = names.names.get(word[:end]) or (weekdays and names.weekday_names.get(word[:end]))
        if unit and _an_ending(word[end:], names.endings):
            return unit
        letters += not unicodedata.category(word[end - 1]).startswith(("M", "C"))
        if letters > _ENDING:
            break
    return None


def _beside(words: list[str], at: int, steps: tuple[int, ...], linker: str | None) -> list[str]:
    """The words `steps` away from `words[at]`, a number before it past the language's
    linker too (`_LINKERS`: Tagalog "6 na araw", 6 days, a span as "6 días" is)."""
    found = [words[at + step] for step in steps if 0 <= at + step < len(words)]
    if linker and at >= 2 and words[at - 1] == linker:
        found.append(words[at - 2])
    return found


def _unit_of_a_number_word(words: list[str], at: int, names: _RateNames) -> str | None:
    """The unit `words[at]`, a word of a number, names too (`_RateNames.number_names`:
    Vietnamese "năm", 5 and a year; Burmese "နှစ်", 2 and a year), where a word a rate's
    unit takes stands before it (the word for 1, "every": "một năm", "mỗi năm", "တစ်နှစ်",
    "2 lần/năm") or after it (Burmese's "every": "နှစ်တိုင်း"); elsewhere it is the number:
    "နှစ်ကြိမ်" (two times) for "twice a day" was refused as a rate per year, and "hai lần
    mỗi năm" (twice a year) passed, "năm" read nowhere."""
    before = words[at - 1] if at else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    if before in names.prefixes or after in names.suffixes:
        return names.number_names.get(words[at])
    return None


def _unit_before_a_count(words: list[str], at: int, names: _RateNames) -> str | None:
    """The unit `words[at]` names with a suffix a rate's unit takes before its count
    (`_COUNT_SUFFIXES_BY_HAND`: Persian "ماهی دو بار", twice a month), where a number or its
    word follows it: elsewhere the word is another ("ماهی", a fish)."""
    after = words[at + 1] if at + 1 < len(words) else ""
    if not (after.isdigit() or after in names.numbers):
        return None
    for suffix in names.count_suffixes:
        if words[at].endswith(suffix) and (unit := names.names.get(words[at][: -len(suffix)])):
            return unit
    return None


def _letters(text: str) -> str:
    """`text` without its marks (Unicode's categories M* and C*)."""
    return "".join(c for c in text if not unicodedata.category(c).startswith(("M", "C")))


def _an_ending(added: str, endings: frozenset[str]) -> bool:
    """Whether `added`, after a name, may be an inflection's ending: one CLDR's forms of the names
    show (`endings`: "месяца" of "месяц"), where they show any; "день-ги" (деньги, money) is
    another word, as CLDR's "день", "дня", "дней" add no "ги". Elsewhere (none shown: Nepali
    "हप्ता-मा", Gujarati "અઠવાડિયા-માં", a postposition CLDR's counts do not take) any
    ending of up to `_ENDING` letters, as `_unit_of` reads."""
    return not endings or not (letters := _letters(added)) or letters in endings


# Affixes of a rate's unit CLDR does not write, by hand: Korean's "every" (매주, 매달)
# and particles (달에, 주마다), whose CLDR rate is "주당" alone; Korean's week of "일주일"
# (주일, after the word for 1), where CLDR's is "주"; Amharic's "per" (በሳምንት, per week),
# where CLDR's rate is abbreviated ("{0}/ሳ"); Vietnamese's "every" (mỗi, hàng, hằng) and
# Burmese's, after the unit (နှစ်တိုင်း, every year), which mark a name that is a number's
# word too as the unit (`_unit_of_a_number_word`); Somali's article after the form of a
# name CLDR's relative dates write ("toddobaadk-ii", the week; "bish-a", the month), which
# its counts and rates ("toddobaad", "toddobaadkiiba") do not; Indonesian's and Malay's
# "se-" (`ONE_AS_A_PREFIX`, a, one: "seminggu", a week; "dua kali seminggu" for "twice a
# day" passed).
_PREFIXES_BY_HAND = {
    "ko": ("매",),
    "am": ("በየ", "በ"),
    "vi": ("mỗi", "hàng", "hằng"),
    **{language: (one,) for language, one in ONE_AS_A_PREFIX.items()},
}
_SUFFIXES_BY_HAND = {"ko": ("마다", "에"), "my": ("တိုင်း",), "so": ("ii", "a")}
# Persian's "-ی" of a rate's unit before its count ("روزی دو بار", "ماهی دو بار": twice a
# day, a month), which CLDR's rates ("{0} در روز") do not write; read only before a count,
# as "ماهی" is a fish too. (A longer name's, "هفته‌ای", `_unit_of` reads as inflected.)
_COUNT_SUFFIXES_BY_HAND = {"fa": ("\u06cc",)}
# Hindi's everyday week "हफ़्ता", where CLDR's is "सप्ताह" alone.
_NAMES_BY_HAND = {"ko": {"주일": "week"}, "hi": {"हफ़्ता": "week"}}
# Weeks CLDR does not name, the name of a day of the week or of its start too: Thai's
# everyday "อาทิตย์" (Sunday; CLDR's week is "สัปดาห์"), Chinese's "星期", which CLDR writes
# only in the days' names ("星期一"; its week is "周", "週").
_WEEKDAY_NAMES_BY_HAND = {"th": {"อาทิตย์": "week"}, "zh": {"星期": "week"}}
# Amharic's article "-u" fuses with the last consonant of a name ("ሰዓት", an hour; "ሰዓቱ", the
# hour; "ሳምንቱ", the week), a form CLDR's counts and relative dates do not write.
_FUSED_ARTICLE = frozenset({"am"})


def _with_fused_article(name: str) -> str:
    """`name` with the article "-u" fused with its last letter, an Ethiopic syllable with no
    vowel (the sixth of each consonant's eight), in the form with "u" (the second); "" for
    a name that does not end in one."""
    last = ord(name[-1])
    if len(name) < 2 or not 0x1200 <= last < 0x1380 or last % 8 != 5:
        return ""
    return name[:-1] + chr(last - 4)


# Adverbs and adjectives of a rate ("daily", "weekly"), by hand: CLDR names units, not
# how often (German "zweimal wöchentlich", twice weekly, for "twice a day" passed).
# Stems, as they take endings ("ежедневно", "ежедневный"; "hebdomadaires"); not a noun's
# ("diario", a diary; "au quotidien", everyday life).
_ADVERB_STEMS_BY_HAND = {
    "pl": {
        "dziennie": "day",
        "codziennie": "day",
        "tygodniow": "week",
        "miesięczn": "month",
        "roczn": "year",
    },
    "ru": {"ежедневн": "day", "еженедельн": "week", "ежемесячн": "month", "ежегодн": "year"},
    "uk": {
        "щодня": "day",
        "щоденн": "day",
        "щотижн": "week",
        "щомісяц": "month",
        "щомісячн": "month",
        "щороку": "year",
        "щорічн": "year",
    },
    "fr": {
        "quotidienne": "day",
        "quotidiennement": "day",
        "hebdomadaire": "week",
        "mensuel": "month",
        "mensuelle": "month",
        "mensuellement": "month",
        "annuel": "year",
        "annuelle": "year",
        "annuellement": "year",
    },
    "es": {
        "diaria": "day",
        "diariamente": "day",
        "semanal": "week",
        "mensual": "month",
        "mensualmente": "month",
        "anual": "year",
        "anualmente": "year",
    },
    "pt": {
        "diária": "day",
        "diariamente": "day",
        "semanal": "week",
        "semanais": "week",
        "mensal": "month",
        "mensais": "month",
        "mensalmente": "month",
        "anual": "year",
        "anuais": "year",
        "anualmente": "year",
    },
    "ar": {
        "يوميا": "day",
        "يوميًا": "day",
        "أسبوعيا": "week",
        "أسبوعيًا": "week",
        "شهريا": "month",
        "شهريًا": "month",
        "سنويا": "year",
        "سنويًا": "year",
    },
    "de": {"täglich": "day", "wöchentlich": "week", "monatlich": "month", "jährlich": "year"},
    # not "ماهانه", "मासिक" (monthly), which name a menstrual period too
    "fa": {"روزانه": "day", "هفتگی": "week", "سالانه": "year"},
    "ur": {"روزانہ": "day", "ماہانہ": "month", "سالانہ": "year"},
    "hi": {
        "रोज़ाना": "day",
        "रोजाना": "day",
        "दैनिक": "day",
        "साप्ताहिक": "week",
        "वार्षिक": "year",
    },
}


@lru_cache(maxsize=256)
def _rate_names(language: str) -> _RateNames:
    """The language's names of a day, a week, a month and a year (and of an hour and a
    minute), each with its unit: CLDR's in words, every plural form ("semana", "semanas"),
    the form CLDR's rate writes (Russian "неделю", `_rate_pattern`), its relative
    dates do (`_relative_names`: Polish "tygodniu", Korean "달") and its relative times do
    (`_relative_times`: Bengali "মাসে", Arabic "ساعتين"), in each script CLDR
    writes the language in (Chinese's "周" and "週"), less what is a word of another
    kind too: a number's word (Vietnamese "năm", 5 and a year), or a day of the week's
    full name (Tagalog "Linggo", Sunday and a week), kept apart with those by hand
    (`_WEEKDAY_NAMES_BY_HAND`). The stems of names of 5
    letters or more (and of adverbs, `_ADVERB_STEMS_BY_HAND`), and the affix all CLDR's
    rates of the units share (Korean "주당", "월당"; Chinese "每週", "每月"), with their
    word for "per" ("प्रति"), the words for 1 (ICU's) and those by hand
    (`_PREFIXES_BY_HAND`); each `_folded`. With the names CLDR does not give, by hand
    (`TIME_UNIT_NAMES_BY_HAND`: Haitian Creole's; Hmong's alone, a language CLDR does not
    know); empty for another language CLDR does not know."""
    from babel import Locale, UnknownLocaleError

    by_hand = {
        name: unit
        for name, unit in TIME_UNIT_NAMES_BY_HAND.get(language, {}).items()
        if unit in (*_RATE_UNITS, "hour", "minute")
    }
    try:
        days = Locale.parse(language).days
    except (UnknownLocaleError, ValueError):  # Hmong's names, by hand, alone
        return _RateNames(
            by_hand, {}, (), (), {}, {}, frozenset(), frozenset(), frozenset(), (), {}, ()
        )
    # a day's full name: its abbreviation (Korean and Japanese "월", "月", Monday) is a
    # month's name too
    weekdays = {
        str(name).casefold() for context in days.values() for name in context["wide"].values()
    }
    numbers = {word for number in range(1, 13) for word in spellings(str(number), language)}
    # Burmese's too, which the numbers check does not read ("နှစ်", 2 and a year)
    words_of_numbers = {
        word for number in range(1, 13) for word in spellings(str(number), language, True)
    }
    found: dict[str, set[str]] = {}
    # the word for 1 before a unit, in a script written without spaces or a compound, is
    # a rate's "a" ("一周两次", "일주일에": twice a week)
    prefixes = {*_PREFIXES_BY_HAND.get(language, ()), *spellings("1", language, True)}
    suffixes: set[str] = set()
    rates = {}
    endings: set[str] = set()
    counted: set[str] = set()
    for locale in _scripts_of(language):
        per_words = {}
        for unit in (*_RATE_UNITS, "hour", "minute"):
            spelt = {
                cldr_unit_name(f"duration-{unit}", locale, "long", count) or ""
                for count in (1, 2, 5, 1.5, 21)
            }
            forms = {name.casefold() for name in spelt if name}
            endings |= {
                _letters(form[len(name) :])
                for name in forms
                for form in forms
                if form != name and form.startswith(name)
            } - {""}
            pattern = _rate_pattern(unit, locale).casefold()
            per = pattern.replace("{0}", " ").split()
            if unit in ("hour", "minute"):
                rate = pattern.replace("{0}", "").strip()
                if word_pattern().search(rate) and len(per) > 1:  # "por hora", not "/h"
                    rates[unit] = rate
            if len(per) == 1:
                per_words[unit] = per[0]
            # CLDR's rate names the unit in the form a rate takes ("{0} в неделю", the
            # accusative of "неделя"): the word of it that starts as one of the unit's
            # names does less its last letter ("недел"), or holds one ("الأسبوع"), not
            # the preposition ("в")
            stems = tuple(name[:-1] for name in spelt if len(name) > 2)
            written = [
                word
                for word in per
                if (stems and word.startswith(stems)) or any(n and n in word for n in spelt)
            ]
            # CLDR's relative times inflect the unit after a number ("{0} মাসে", "{0}
            # ਘੰਟਿਆਂ ਵਿੱਚ": in N months, hours), or write it with its count ("خلال ساعتين",
            # in two hours): the words of them that start as the unit's names do
            times = relative_times(unit, locale)
            in_times = {
                word: count
                for count, pattern in times
                for word in pattern.replace("{0}", " ").split()
                if stems and word.startswith(stems)
            }
            counted |= {word for word, count in in_times.items() if count}
            for name in [*spelt, *written, *in_times, *_relative_names(unit, locale)]:
                found.setdefault(name, set()).add(unit)
            # the rate's word for "per", which may be written as one word with the unit
            # ("प्रतिदिन", per day); not one of a letter or two ("в", "на": "надень")
            prefixes |= {
                word
                for word in per
                if word not in written and len(word) > 2 and word_pattern().fullmatch(word)
            }
        prefix, suffix = _shared_affixes(list(per_words.values()))
        prefixes |= {prefix} - {""}
        suffixes |= {suffix} - {""}
        for word in per_words.values():
            if prefix and suffix == "":
                found.setdefault(word.removeprefix(prefix), set()).update(
                    unit for unit, per_word in per_words.items() if per_word == word
                )
            elif suffix and prefix == "":
                found.setdefault(word.removesuffix(suffix), set()).update(
                    unit for unit, per_word in per_words.items() if per_word == word
                )
    names = {
        name: unit
        for name, (unit, *others) in found.items()
        if not others and name and word_pattern().fullmatch(name)
    }
    number_names = {name: unit for name, unit in names.items() if name in words_of_numbers}
    names = {name: unit for name, unit in names.items() if name not in numbers}
    weekday_names = {name: unit for name, unit in names.items() if name in weekdays}
    weekday_names |= _WEEKDAY_NAMES_BY_HAND.get(language, {})
    names = {name: unit for name, unit in names.items() if name not in weekdays}
    names |= _NAMES_BY_HAND.get(language, {}) | by_hand
    if language in _FUSED_ARTICLE:
        fused = {_with_fused_article(name): unit for name, unit in names.items()}
        names = {fused: unit for fused, unit in fused.items() if fused} | names
    rate_names = {name: unit for name, unit in names.items() if unit in _RATE_UNITS}
    stems_of = {
        name[:-1]: unit
        for name, unit in rate_names.items()
        if len(name) > _SHORTEST_STEM and name[:-1] not in names
    } | _ADVERB_STEMS_BY_HAND.get(language, {})
    suffixes |= set(_SUFFIXES_BY_HAND.get(language, ()))
    return _RateNames(
        {_folded(name): unit for name, unit in names.items()},
        {_folded(stem): unit for stem, unit in stems_of.items()},
        tuple(sorted({_folded(prefix) for prefix in prefixes}, key=len, reverse=True)),
        tuple(sorted({_folded(suffix) for suffix in suffixes}, key=len, reverse=True)),
        {unit: _folded(rate) for unit, rate in rates.items()},
        {_folded(name): unit for name, unit in weekday_names.items()},
        frozenset(endings),
        frozenset(_folded(name) for name in counted if name in names),
        frozenset(_folded(number) for number in words_of_numbers),
        _COUNT_SUFFIXES_BY_HAND.get(language, ()),
        {_folded(name): unit for name, unit in number_names.items()},
        tuple(_folded(stem) for stem in _ADVERB_STEMS_BY_HAND.get(language, {})),
    )


# Spellings of one letter that readers take as the same, folded into one before names are
# compared: Khmer's subscript ដ and ត (coeng DA, coeng TA: CLDR itself writes "សប្ដាហ៍" and
# "សប្តាហ៍"), Arabic's and Persian's yeh and kaf (Pashto "میاشت", CLDR's "مياشت"), and a
# letter with a nukta and without ("हफ़्ते", "हफ्ते"), its precomposed form too.
_SAME_LETTERS = str.maketrans(
    {
        "\u064a": "\u06cc",  # ي -> ی
        "\u0649": "\u06cc",  # ى -> ی
        "\u0643": "\u06a9",  # ك -> ک
        **{
            char: unicodedata.normalize("NFD", char)[0]
            for char in map(chr, range(0x0900, 0x0E00))
            if unicodedata.normalize("NFD", char)[1:2]
            and "NUKTA" in unicodedata.name(unicodedata.normalize("NFD", char)[1])
        },
        **{
            char: None
            for char in map(chr, range(0x0900, 0x0E00))
            if "SIGN NUKTA" in unicodedata.name(char, "")
        },
    }
)


def _folded(text: str) -> str:
    """`text` with each letter of `_SAME_LETTERS` in the one spelling of it, and without
    Arabic's vowel marks (`without_arabic_vowels`), as the numbers check reads words
    (`number_words`): "3 أَسَابِيعَ" (3 weeks) is "3 أسابيع", and CLDR's "أسبوعًا" (a
    week, after 11 to 99) "أسبوع"; read with them, "3 أَسَابِيعَ" passed for "3 days"."""
    folded = text.translate(_SAME_LETTERS).replace("\u17d2\u178a", "\u17d2\u178f")
    return without_arabic_vowels(folded)


@cache
def _english_weekdays() -> re.Pattern[str]:
    """An English name of a day of the week (CLDR's, wide and abbreviated), in lower case."""
    from babel.dates import get_day_names

    names = {
        str(name).casefold()
        for width in ("wide", "abbreviated")
        for name in get_day_names(width, locale="en").values()
    }
    return re.compile(rf"\b(?:{'|'.join(names)})s?\b")


def _scripts_of(language: str) -> list[str]:
    """`language` and its locales of another script CLDR has (Chinese's "zh_Hant",
    Punjabi's "pa_Arab"), not a Latin transliteration: a translation may be in
    either."""
    from babel.localedata import locale_identifiers

    return [
        language,
        *(
            code
            for code in locale_identifiers()
            if code.startswith(f"{language}_")
            and len(code.split("_")) == 2
            and len(script := code.split("_")[1]) == 4
            # a transliteration ("zh_Latn", "hi_Latn"), which CLDR fills with English
            and script != "Latn"
        ),
    ]


# The days, weeks, ... from now CLDR may name (yesterday, today, tomorrow; "anteayer", the
# day before yesterday), as Babel's `get_relative_name` gives them, in the order of CLDR's.
_RELATIVE_OFFSETS = (-1, 0, 1, -2, 2, -3, 3)


def _relative_names(unit: str, locale: str) -> list[str]:
    """The name of `unit` CLDR's relative dates of it share ("w zeszłym tygodniu", "w tym
    tygodniu", "w przyszłym tygodniu": "tygodniu"; "지난달", "이번 달", "다음 달": "달"):
    the longest text all three hold, in a script written with spaces its words that are
    one in one of them at least ("ym tygodniu": not "ym", of "tym" and "zeszłym")."""
    from babel.dates import get_relative_name

    from ..text.linebreak import written_without_spaces

    named = [get_relative_name(unit, offset, locale=locale) for offset in _RELATIVE_OFFSETS]
    relative = [str(text).casefold() for text in named if text]
    if len(relative) < 3:
        return []
    shared = relative[0]
    for text in relative[1:]:
        found = SequenceMatcher(None, shared, text, autojunk=False).find_longest_match()
        shared = shared[found.a : found.a + found.size]
    shared = shared.strip("\u200b ")
    if shared and written_without_spaces(shared[0]):
        # one letter of an alphabet (Khmer's "្") is no name; one Han character is
        return [shared] if len(shared) > 1 or script_of(shared) == "Hani" else []
    return [word for word in shared.split() if any(word in text.split() for text in relative)]


def _common_start(words: list[str]) -> str:
    """The letters all of `words` start with."""
    first, last = min(words), max(words)
    shared = 0
    while shared < len(first) and first[shared] == last[shared]:
        shared += 1
    return first[:shared]


def _shared_affixes(words: list[str]) -> tuple[str, str]:
    """The prefix and the suffix all of `words` share (CLDR's rates of the units: Korean
    "시간당", "일당", "주당", "월당" share "당"), each shorter than the shortest word."""
    if len(words) < 2:
        return "", ""
    prefix = _common_start(words)
    suffix = _common_start([word[::-1] for word in words])[::-1]
    shortest = min(map(len, words))
    return (
        prefix if len(prefix) < shortest else "",
        suffix if len(suffix) < shortest else "",
    )


def _rate_pattern(unit: str, language: str) -> str:
    """CLDR's pattern of a count per `unit` in `language`, the long one ("{0} в неделю",
    "주당 {0}")."""
    from babel.units import format_compound_unit

    per = format_compound_unit(
        1, denominator_unit=f"duration-{unit}", length="long", locale=language
    )
    return str(per).replace("1", "{0}")


@lru_cache(maxsize=256)
def _count_after_unit(language: str) -> bool:
    """Whether CLDR's rates in `language` write the count after the unit, for each unit
    (Korean "주당 {0}", Armenian "շաբաթական {0}"): a number after a unit's name is then a
    rate's count, not a span's ("2주") or a date's. False for a language CLDR does not
    know."""
    from babel import UnknownLocaleError

    try:
        patterns = [_rate_pattern(unit, language) for unit in ("day", "week", "month", "year")]
    except (UnknownLocaleError, ValueError):
        return False
    return not any(pattern.startswith("{0}") for pattern in patterns)


def temperature(entry: Entry) -> Iterator[Problem]:
    """A temperature of the English ("38 °C", "100.4°F", "38 degrees Celsius") the
    translation writes with the other scale's name beside the same number ("38 °F",
    "38华氏度", "38 درجة فهرنهايت"; CLDR's names, `_scale_names`; its number in digits or
    in words, "trente-huit degrés Fahrenheit", `_temperatures`), and not with its own: an
    error, as the numbers check sees the English's 38, and "call at 38 °F" was printed.
    A language CLDR does not know is read in the signs and Latin names alone ("°F", "℉",
    "Fahrenheit")."""
    english = Counter(
        (_decimal(number), (sign or name)[0].lower())
        for number, sign, name in _ENGLISH_TEMPERATURE.findall(
            entry.english.translate(_DEGREE_SIGNS)
        )
    )
    if not english:
        return
    translated = _temperatures(entry.translation, entry.language, {n for n, _ in english})
    for (number, scale), times in english.items():
        other = "f" if scale == "c" else "c"
        if translated[number, scale] < times and translated[number, other] > english[number, other]:
            yield Problem(
                Level.ERROR,
                "temperature",
                f"{number} °{scale.upper()} of the English is written on the other scale, "
                f"{number} °{other.upper()} (changed)",
            )


# The signs of a degree of either scale (U+2103, U+2109), as a degree and a letter; and
# a Cyrillic Es (U+0421) after a degree, as Russian and Ukrainian writers type Celsius's.
_DEGREE_SIGNS = str.maketrans({"\u2103": "°C", "\u2109": "°F"})
_CYRILLIC_CELSIUS = re.compile("°(\\s?)[\u0421\u0441]")
_ENGLISH_TEMPERATURE = re.compile(
    r"(?i)(?<![\d.,])(\d+(?:[.,]\d+)?)\s?(?:°\s?([cf])(?![a-z])|(?:degrees?\s+)?(celsius|fahrenheit)\b)"
)


def _temperatures(
    translation: str, language: str, english: Iterable[str]
) -> Counter[tuple[str, str]]:
    """Each number of `translation` with the name of a scale beside it, as the number and
    "c" or "f": after it (past a degree sign and the language's word for a degree:
    "38 °F", "38 grados Fahrenheit", "38 độ F"), or before it ("섭씨 38도", "攝氏 38 度").
    A number in digits, or in words where it is one of `english`'s whole numbers up to
    `SPELLED_UP_TO` (`spelled_numbers`): "trente-huit degrés Fahrenheit" for "38 °C"
    passed, 38 °F printed, the number read nowhere; not the last words of a larger number
    (`in_another_number`): "vingt-huit degrés Fahrenheit" (28 °F) for "8 °C" was said to
    write "8 °F". Read without Arabic's vowel marks, as the numbers check reads words
    (`number_words`): "ثَمَانِيَةٍ وَثَلَاثِينَ درجة فهرنهايت" (38 °F) passed for "38 °C"; and
    with an apostrophe typed in a word as ICU writes it, as the numbers check reads it
    (`apostrophes_as_icu`: "тридцять дев'ять градусів Фаренгейта" is 39 °F, no "39 °C")."""
    text = _CYRILLIC_CELSIUS.sub("°\\1c", digits_of(translation).translate(_DEGREE_SIGNS))
    text = apostrophes_as_icu(without_arabic_vowels(text), language)
    scales, degrees = _scale_names(language)
    # A name of one or two letters ("c", "ف", Polish "st", Nepali "से") only after a
    # degree's sign or word: alone, it is a word of its own or an abbreviation.
    long_names = [name for name in scales if sum(map(str.isalpha, name)) > 2]
    degree = "|".join(["°", *([longest_first(degrees)] if degrees else [])])
    after, before = longest_first(scales), longest_first(long_names)
    wanted = {int(number) for number in english if number.isdigit()}
    spelled = {word: value for word, value in spelled_numbers(language).items() if value in wanted}
    in_words = rf"|(?<![^\W\d_])(?:{spelled_pattern(spelled)})" if spelled else ""
    number = rf"((?<![\d.,])\d+(?:[.,]\d+)?{in_words})"
    pattern = re.compile(
        rf"(?i){number}\s?(?:(?:{degree})\s?)+({after})"
        + (rf"|{number}\s?({before})|({before})\s?{number}" if before else "")
    )
    found: Counter[tuple[str, str]] = Counter()
    text = text.casefold()
    for match in pattern.finditer(text):
        if joins_a_word(text[match.end() : match.end() + 1]):  # "38 °Ca", "38 gradosc"
            continue
        first, second = (at for at, group in enumerate(match.groups(), 1) if group is not None)
        number_at, name_at = (second, first) if match[first] in scales else (first, second)
        number_of, name = match[number_at], match[name_at]
        if number_of[0].isdigit():
            found[_decimal(number_of), scales[name]] += 1
        elif not in_another_number(text, *match.span(number_at), language):
            found[str(spelled_number(number_of, spelled)), scales[name]] += 1
    return found


@lru_cache(maxsize=256)
def _scale_names(language: str) -> tuple[dict[str, str], frozenset[str]]:
    """The language's names of the two scales (CLDR's, every width and plural form, split
    into words, less the degree's sign before one, without Arabic's vowel marks), each as
    "c" or "f", with "c" and "f" themselves; and its words for a degree, which both
    scales' names share ("grados", "độ", "درجة")."""
    scales = {"c": "c", "f": "f", "celsius": "c", "fahrenheit": "f"}
    named: dict[str, set[str]] = {}
    degrees: set[str] = set()
    for length in ("short", "long", "narrow"):
        for count in (1, 2, 5, 1.5, 21):
            celsius, fahrenheit = (
                cldr_unit_name(f"temperature-{scale}", language, length, count)
                for scale in ("celsius", "fahrenheit")
            )
            if celsius is None or fahrenheit is None:  # a language CLDR does not know
                return scales, frozenset()
            words_c, words_f = (
                {without_arabic_vowels(word.removeprefix("°")) for word in name.split()} - {""}
                for name in (celsius, fahrenheit)
            )
            for words, scale in ((words_c - words_f, "c"), (words_f - words_c, "f")):
                for word in words:
                    named.setdefault(word, set()).add(scale)
            degrees |= words_c & words_f
    # Not a word of both scales, or a degree's (Lao's "ອົງສາ", a degree, is written apart
    # from Celsius's name only).
    scales |= {
        word: scale
        for word, (scale, *others) in named.items()
        if not others and word not in degrees
    }
    return scales, frozenset(degrees)


def _other_unit(unit: str, english: set[str]) -> str:
    return (
        f"the unit {unit} after a number is not the English's "
        f"({', '.join(sorted(english)) or 'none'})"
    )


def _digits(number: str) -> str:
    """A number's digits alone, its marks left out ("2,5" and "2.5"; "1 000" and "1,000")."""
    return "".join(character for character in number if character.isdigit())


# CLDR's units of a dose, with how `_measures` spells each.
_CLDR_UNITS = {
    "mass-milligram": "mg",
    "mass-gram": "g",
    "mass-microgram": "mcg",
    "mass-kilogram": "kg",
    "volume-milliliter": "ml",
    "volume-liter": "l",
}


# Words a name of a unit and an ending spell that are other words, by hand: the gram's
# ("ग्राम", "গ্রাম", a village too) "rural" ("ग्रामीण", "গ্রামীণ"), which "5 ग्रामीण
# क्लीनिकों में 5 मि.ग्रा." (in 5 rural clinics, 5 mg) read as 5 g; each with its endings too
# (`_name_written`).
_NOT_UNITS_BY_HAND = {
    "hi": ("ग्रामीण",),
    "mr": ("ग्रामीण",),
    "ne": ("ग्रामीण",),
    "bn": ("গ্রামীণ",),
}


# Names of a dose's units in everyday use that CLDR's are not, by hand: Arabic's
# abbreviations of the Levant and the Gulf ("ملغ", "ملغم") and of Egypt ("مجم", "جم"),
# where CLDR writes "مغم" and "غ" ("4 ملغ" for "4 g" passed); Khmer's spelling of milli-
# ("មីលីក្រាម"), where CLDR writes "មិល្លីក្រាម"; Arabic's spellings of milligram with
# two lams or a yeh ("ملليغرام", CLDR's "مليغرام"); Hindi's, Nepali's and Marathi's "mg"
# and "mL" in Devanagari ("एमजी") and Urdu's ("ایم جی"), Arabic's "ميلي لتر" and cubic
# centimetre ("سم مكعب", a mL), Nepali's, Bengali's, Gujarati's and Punjabi's
# abbreviations (their points are read as none, `_units_named`: "मि.ग्रा.", "মি.গ্রা.",
# "મિલી"), Lao's "ມລ" (mL, as CLDR's "ມກ" is mg), Pashto's litre with the teh of
# Persian ("ملي لیتر", CLDR's "ملي ليټر"); Amharic's milligram in two words ("ሚሊ ግራም",
# CLDR's "ሚሊግራም", whose "ሚሊ" alone is a millilitre); Somali's milligram with two l's
# ("milligaraam", CLDR's "miligaraam"); Haitian Creole's, Tagalog's and Yoruba's names,
# where CLDR gives "mg" alone or English's "milligram"; Chinese's "公斤" (kg), CLDR's
# name in the traditional script and the everyday one in both, where its simplified
# script's is "千克" (the rule book reads both as "zh": "给2公斤" for "Give 2 kg" was
# refused): a translation naming its unit so is no unit dropped (`_dropped_units`).
_DEVANAGARI_LATIN_UNITS = {"एमजी": "mg", "एमएल": "ml"}
_UNITS_BY_HAND = {
    "km": {"មីលីក្រាម": "mg", "មីលីលីត្រ": "ml"},
    "zh": {"公斤": "kg"},
    "hi": _DEVANAGARI_LATIN_UNITS,
    "mr": _DEVANAGARI_LATIN_UNITS,
    "ne": {**_DEVANAGARI_LATIN_UNITS, "मिग्रा": "mg", "मिली": "ml"},
    "ur": {"ایم جی": "mg", "ایم ایل": "ml"},
    "gu": {"મિગ્રા": "mg", "મિલી": "ml"},
    "pa": {"ਮਿਲੀ": "ml"},
    "lo": {"ມລ": "ml"},
    "am": {"ሚሊ ግራም": "mg"},
    "so": {"milligaraam": "mg"},
    "yo": {
        "miligiramu": "mg",
        "giramu": "g",
        "kilogiramu": "kg",
        "mikirogiramu": "mcg",
        "mililita": "ml",
        "lita": "l",
    },
    "ps": {"ملي لیتر": "ml", "ملي ګرام": "mg"},
    "bn": {"মিগ্রা": "mg", "মিলি": "ml"},
    "ht": {
        "miligram": "mg",
        "mikwogram": "mcg",
        "gram": "g",
        "kilogram": "kg",
        "mililit": "ml",
        "lit": "l",
    },
    "tl": {
        "miligramo": "mg",
        "mikrogramo": "mcg",
        "gramo": "g",
        "kilogramo": "kg",
        "litro": "l",
    },
    "ar": {
        "ملغ": "mg",
        "ملغم": "mg",
        "ملجم": "mg",
        "مجم": "mg",
        "ملليغرام": "mg",
        "ملليجرام": "mg",
        "ميليغرام": "mg",
        "مليجرام": "mg",
        "ملليلتر": "ml",
        "ميلي لتر": "ml",
        "سم مكعب": "ml",
        "جم": "g",
        "جرام": "g",
        "غم": "g",
        "مكغ": "mcg",
        "ميكروجرام": "mcg",
        "كجم": "kg",
        "كلغ": "kg",
        "مل": "ml",
        "ملل": "ml",
    },
}


# Names of the units of a dose CLDR does not give (an international unit, a millimole, a
# milliequivalent: "iu", "mmol", "meq" as `_measures` spells them), by hand, in lower case,
# Latin letters too where the language does not write English's ("UI"): a unit of these in
# a language named here is read as the others are, after a number ("1000 ммоль" for "1000
# IU") and named nowhere (`_dropped_units`); in another, in Latin letters alone, and never
# as dropped. Each abbreviation with its name spelt out ("unidades internacionales",
# "миллиэквивалентов"; a name's ending of up to 2 letters is read, `_unit_names_written`),
# or "10 unidades internacionales" for "10 IU" was refused as a unit dropped; the
# millimole spelt out as CLDR names it within its millimole per litre ("milimoles por
# litro"; the abbreviation there is English's, "mmol/L"); and the word for a unit
# alone where it is how insulin's IU are written ("単位", "单位", "단위"; Russian's
# "ЕД", "единиц"; Polish's "jednostek"; Hindi's "यूनिट", Thai's "ยูนิต", Bengali's
# "ইউনিট"; Spanish's "unidad", Portuguese's "unidade", French's "unité", Arabic's
# "وحدة" with its plural and dual, Vietnamese's "đơn vị", Persian's "واحد", Urdu's
# "یونٹ"), which the English writes as "units" ("Inject 10 units of insulin",
# `_UNIT_SPELLINGS`, `_DOSED_IN_UNITS`): without them "Inyecte 10 unidades de insulina"
# was refused as the IU dropped.
_UNITS_CLDR_DOES_NOT_NAME = {
    "es": {
        "ui": "iu",
        "unidad internacional": "iu",
        "unidades internacionales": "iu",
        "unidad": "iu",
        "mmol": "mmol",
        "milimol": "mmol",
        "meq": "meq",
        "miliequivalente": "meq",
    },
    "pt": {
        "ui": "iu",
        "unidade internacional": "iu",
        "unidades internacionais": "iu",
        "unidade": "iu",
        "mmol": "mmol",
        "milimol": "mmol",
        "meq": "meq",
        "miliequivalente": "meq",
    },
    "fr": {
        "ui": "iu",
        "unité internationale": "iu",
        "unités internationales": "iu",
        "unité": "iu",
        "mmol": "mmol",
        "millimole": "mmol",
        "meq": "meq",
        "milliéquivalent": "meq",
    },
    "ru": {
        "ме": "iu",
        "ед": "iu",
        "единиц": "iu",
        "ммоль": "mmol",
        "миллимоль": "mmol",
        "миллимоля": "mmol",
        "миллимолей": "mmol",
        "мэкв": "meq",
        "миллиэквивалент": "meq",
    },
    "uk": {
        "мо": "iu",
        "од": "iu",
        "одиниц": "iu",
        "ммоль": "mmol",
        "мілімоль": "mmol",
        "мілімоля": "mmol",
        "мілімолі": "mmol",
        "мілімолів": "mmol",
        "мекв": "meq",
        "мілієквівалент": "meq",
    },
    "ar": {
        "وحدة دولية": "iu",
        "وحدات دولية": "iu",
        "وحدة": "iu",
        "وحدات": "iu",
        "وحدتين": "iu",
        "وحدتان": "iu",
        "ملي مول": "mmol",
        "مليمول": "mmol",
        "ملي مكافئ": "meq",
        "مليمكافئ": "meq",
    },
    "zh": {
        "国际单位": "iu",
        "國際單位": "iu",
        "单位": "iu",
        "單位": "iu",
        "毫摩尔": "mmol",
        "毫莫耳": "mmol",
        "毫当量": "meq",
        "毫當量": "meq",
    },
    "ja": {"国際単位": "iu", "単位": "iu", "ミリモル": "mmol", "ミリ当量": "meq"},
    "ko": {"국제단위": "iu", "단위": "iu", "밀리몰": "mmol", "밀리당량": "meq"},
    "vi": {"đơn vị quốc tế": "iu", "đơn vị": "iu", "mmol": "mmol", "meq": "meq"},
    # Polish's abbreviation "j.m." (https://www.ortograf.pl/skroty/skrot-od-jednostka-
    # miedzynarodowa; its "IU" is read in Latin letters), also written "jm" ("1 jm
    # witaminy D", https://pl.411answers.com/a/co-oznacza-iu-na-etykietach-witamin.html),
    # its name spelt out in the cases a number takes, and a unit alone, insulin's ("10
    # jednostek insuliny"); the millimole as CLDR names it within its millimole per
    # litre, as below
    "pl": {
        "j.m.": "iu",
        "jm": "iu",
        "jednostka międzynarodowa": "iu",
        "jednostki międzynarodowe": "iu",
        "jednostek międzynarodowych": "iu",
        "jednostkę międzynarodową": "iu",
        "jednostki międzynarodowej": "iu",
        "jednostka": "iu",
        "jednostki": "iu",
        "jednostek": "iu",
        "jednostkę": "iu",
        "milimol": "mmol",
        "milimola": "mmol",
        "milimole": "mmol",
        "milimoli": "mmol",
    },
    # Hindi's and Thai's IU as health pages write it: the transliteration of "IU" ("600
    # आईयू विटामिन डी", https://www.abplive.com/web-stories/health/how-much-vitamin-d-is-
    # important-for-body-health-2671657; "1 ไอยู", http://www.doohealthy.com/article/
    # disease/medicine/576-health.html), "international unit" transliterated ("400
    # इंटरनेशनल यूनिट", the same abplive page) or translated (Thai "หน่วยสากล" and "I.U.",
    # https://th.wikipedia.org/wiki/หน่วยสากล; Hindi "अंतरराष्ट्रीय इकाई" or
    # "अंतर्राष्ट्रीय इकाई", word for word, which no page found gives for IU but a
    # translator may write), and insulin's "unit" transliterated ("40 से 50 यूनिट इंसुलिन",
    # https://www.herzindagi.com/hindi/health/easy-guide-on-how-to-use-an-insulin-pen-
    # video-21200; "10-20 ยูนิต/วัน", https://siamhealth.net/public_html/Disease/
    # endocrine/DM/insulin_inj.html); Latin "IU" is read in every language; the
    # millimole as CLDR names it within its millimole per litre, as below
    "hi": {
        "आईयू": "iu",
        "इंटरनेशनल यूनिट": "iu",
        "अंतरराष्ट्रीय इकाई": "iu",
        "अंतर्राष्ट्रीय इकाई": "iu",
        "यूनिट": "iu",
        "मिलीमोल": "mmol",
    },
    "th": {
        "ไอยู": "iu",
        "หน่วยสากล": "iu",
        "i.u.": "iu",
        "ยูนิต": "iu",
        "มิลลิโมล": "mmol",
        "มลม.": "mmol",
    },
    # Bengali's IU: "IU" transliterated ("আইইউ ভিটামিন ডি",
    # https://sajalsdietfalsafa.com/?p=4699; "আই ইউ/কেজি" from an insulin's label,
    # https://medicinebangla.com/brand/diasulin-n-sc-injection), insulin's "unit"
    # transliterated ("ইনসুলিন ইউনিট",
    # https://bajajfinservhealth.in/bn/articles/insulin-dose-calculation) and the name
    # word for word ("আন্তর্জাতিক একক", which no page found gives for IU but a translator
    # may write; not "একক" alone, also "single"); the millimole as CLDR names it
    "bn": {
        "আইইউ": "iu",
        "আই ইউ": "iu",
        "আন্তর্জাতিক একক": "iu",
        "ইউনিট": "iu",
        "মিলিমোল": "mmol",
    },
    # Persian's IU: "unit" alone, as health pages write vitamin D's doses ("قرص ویتامین دی
    # 50000 واحد", https://ooma.org/قرص-ویتامین-دی-50000; "ویتامین دی 50,000 واحد", in
    # Persian digits, https://darukade.com/mag/articles/suplement-9/heres-some-vitamin-d-19)
    # and insulin's ("100 واحد انسولین", http://ronaspharma.ir/?p=1128), which also reads
    # the name, "واحد بین‌المللی", as it starts a word (no transliteration of "IU" was
    # found; Latin "IU" is read in every language); the millimole as CLDR names it
    "fa": {"واحد": "iu", "میلی\u200cمول": "mmol"},
    # Urdu's IU: "IU" transliterated ("وٹامن ڈی 5000 آئی یو گولیاں",
    # https://ur.twnews.cz/vitamin-d-5000-iu-do-you-need-extra-dosage) and "unit"
    # transliterated, as the same page glosses "5000 IU (یونٹ)" and insulin's doses are
    # written ("انسولین کی ایک یونٹ", https://www.sugarfreepak.com/عوامل-جو-انسولین-کی-
    # خوراک-کومتاثر-کرتے/; "100 معیاری یونٹس", https://www.tesomedical.com/ur/products/
    # 1182765.html), which also reads "انٹرنیشنل یونٹ" as it starts a word, and not the
    # "یونٹ" inside "کمیونٹی" (community); the millimole as CLDR names it
    "ur": {"آئی یو": "iu", "یونٹ": "iu", "ملی مول": "mmol"},
    # Tagalog's IU: health pages write insulin's in the English's "units" ("kung ilang
    # units ang dapat iturok", https://bulgaronline.com/post/iba-t-ibang-klase-ng-insulin-
    # alamin; http://www.dokbru.endocrine-witch.net/2017/11/), read in Latin letters in
    # every language as "IU" is (`_LATIN_UNIT`; no Tagalog name was found); named here so
    # that the IU is read as dropped, as Spanish's "mmol" is. A prescription's "4 u" for 4
    # units, which both pages warn is misread as 40, is no name of it: "10 u" is refused
    # as the IU dropped
    "tl": {"iu": "iu"},
    # the millimole as CLDR names it within its millimole per litre (each width and
    # plural form; where it has one, in the language's letters), of the shipped languages
    # not above; their international unit and milliequivalent are read in Latin letters
    # alone, CLDR naming neither: their IU is named here nowhere (nor Amharic's, Haitian
    # Creole's and Hmong's, which have no millimole here either) as no source
    # was found for each of its common ways (its name, an abbreviation, "IU"
    # transliterated, insulin's "unit"), and a name listed without the others would
    # refuse those
    **{
        language: dict.fromkeys(names, "mmol")
        for language, names in {
            "gu": ("મિલિમોલ",),
            "hy": ("միլիմոլ", "մմոլ"),
            "km": ("មិល្លីម៉ូល", "ម.ម៉ូល"),
            "lo": ("ມິລິໂມລ",),
            "my": ("မီလီမိုးလ်",),
            "ne": ("मिलिमोल",),
            "pa": ("ਮਿਲੀਮੋਲ", "ਮਿ.ਮੋ."),
            "ps": ("ملي مول",),
            "so": ("milimool",),
            "ti": ("ሚሊሞል",),
        }.items()
    },
}


@lru_cache(maxsize=256)
def _local_units(language: str) -> tuple[MarkedPattern, dict[str, str]] | None:
    """A pattern of a number and one of the language's names of a dose's units (CLDR's:
    every width, and each plural form: "мг", "миллиграмма", "миллиграммов", "gramos", not
    those in Latin letters `_MEASURE` reads, "mg"; of two words too, "ملی گرام", "ሚሊ
    ግራም", mg, where Tigrinya's "ሚሊ" alone is a millilitre; and those by hand,
    `_UNITS_BY_HAND`: Arabic "ملغ", and `_UNITS_CLDR_DOES_NOT_NAME`: "ммоль";
    Devanagari's abbreviation sign as a point, "मि.ग्रा."; `_unit_names`), the longest
    first ("毫克" before "克"), with the unit each name is; None for a language CLDR does
    not know. A name of letters ends where a letter does not follow ("мг", not "мгла";
    "مل", not "ملعقة", a spoon); one in a script written without spaces needs no end
    ("3000克的")."""
    names = {
        name: unit
        for name, unit in (_unit_names(language) or {}).items()
        if not name.isascii() or not _MEASURE[False].fullmatch(f"1 {name}")
    }
    if not names:
        return None
    # A number as the language may group it (Arabic's marks, a space, an apostrophe).
    number = r"\d[\d.,'\u066b\u066c\u00a0\u202f ]*\d|\d"
    pattern = MarkedPattern(rf"(?i)({number})\s?({_unit_names_written(names)})")
    return pattern, names


def _unit_names_written(names: Iterable[str], anywhere: bool = False) -> str:
    """Alternatives of a pattern of `names` of units (`names_of_words`, a `MarkedPattern`'s):
    a name of `_SHORTEST_INFLECTED` letters or more with an ending of up to `_ENDING` letters,
    marks free ("মিলিগ্রামের", of milligrams; "밀리그램을", with a particle: read nowhere,
    "4 মিলিগ্রামের" for "4 g" passed); a shorter one as it is ("мг"). `anywhere`, not
    after a number, each with an ending ("그램을"), one of a script written with spaces
    starting a word, with no letter nor a letter's mark before it (not the "مل" of "عمل",
    work, nor the "ली" of "क्लीनिकों", clinics, after its virama; nor the "यूनिट" of
    "कम्यूनिटी", community: "कम्यूनिटी क्लिनिक में 10 लें।" for "Take 10 IU" passed)."""
    from ..text.linebreak import written_without_spaces

    ending = rf"{MARKS}*(?:[^\W\d_]{MARKS}*){{0,{_ENDING}}}"
    inflected = [name for name in names if len(_letters(name)) >= _SHORTEST_INFLECTED]
    short = [name for name in names if name not in inflected]
    if not anywhere:
        return "|".join(filter(None, [names_of_words(inflected, ending), names_of_words(short)]))
    spaced = [name for name in names if not written_without_spaces(name[0])]
    alternatives = [
        names_of_words([name for name in names if name not in spaced], ending),
        rf"(?<![^\W\d_]|{MARKS})(?:{names_of_words(spaced, ending)})" if spaced else "",
    ]
    return "|".join(filter(None, alternatives))


# The letters of the shortest name of a dose's unit that an ending may follow.
_SHORTEST_INFLECTED = 3


@lru_cache(maxsize=256)
def _unit_names(language: str) -> dict[str, str] | None:
    """The language's names of a dose's units (`_CLDR_UNITS`), each with the unit it is:
    CLDR's, every width and each plural form, in Latin letters too ("miligramos"), and
    Devanagari's abbreviation sign typed as a point, as most do ("मि.ग्रा.", "मि॰ग्रा॰");
    with those by hand (`_UNITS_BY_HAND`, `_UNITS_CLDR_DOES_NOT_NAME`); an Ethiopic one
    also with the last letter a suffix writes ("ሚሊግራሙ" of "ሚሊግራሙን",
    `_ETHIOPIC_SUFFIX_VOWELS`); in lower case. None for a language CLDR does not know."""
    names: dict[str, str] = {}
    for cldr, unit in _CLDR_UNITS.items():
        for length in ("short", "long", "narrow"):
            for count in (1, 2, 5, 1.5, 21):
                name = cldr_unit_name(cldr, language, length, count)
                if name is None:  # a language CLDR does not know
                    return None
                if name:
                    names.setdefault(name, unit)
    names |= {name.replace("\u0970", "."): unit for name, unit in names.items()}
    names |= _UNITS_BY_HAND.get(language, {}) | _UNITS_CLDR_DOES_NOT_NAME.get(language, {})
    return names | {
        f"{name[:-1]}{chr(ord(name[-1]) + vowel)}": unit
        for name, unit in names.items()
        if len(_letters(name)) >= _SHORTEST_INFLECTED and _ethiopic_sixth_order(name[-1])
        for vowel in _ETHIOPIC_SUFFIX_VOWELS
    }


def _ethiopic_sixth_order(letter: str) -> bool:
    """Whether `letter` is an Ethiopic syllable of the sixth order (a consonant with no
    vowel or "ə": the "ም" of "ሚሊግራም"), the sixth of its consonant's row of eight."""
    return (
        _ETHIOPIC_SYLLABLES[0] <= ord(letter) <= _ETHIOPIC_SYLLABLES[1]
        and (ord(letter) - _ETHIOPIC_SYLLABLES[0]) % 8 == 5
    )


# Ethiopic's syllables, in rows of eight from the first: the 1st to 7th orders, and an 8th.
_ETHIOPIC_SYLLABLES = (0x1200, 0x1357)
# A suffix changes a name's last letter of the sixth order: Amharic's and Tigrinya's
# definite "-u" ("ሚሊግራሙን", the milligrams) writes it in the second order, four letters
# before it in its row, and the plural "-och" ("ሚሊግራሞች") in the seventh, one after.
_ETHIOPIC_SUFFIX_VOWELS = (-4, 1)


def _dropped_units(entry: Entry) -> Iterator[Problem]:
    """A unit of a dose of the English ("5 mg", "2 mL"; one CLDR names, `_CLDR_UNITS`) that
    the translation names nowhere (`_units_named`), "Tome 5." for "Take 5 mg": an error, as
    the numbers check sees the same 5 and a dose of no unit was printed. Named anywhere,
    not after its number: a language may write a number in words, the unit before it
    (Swahili "miligramu 5") or one unit for two numbers ("5 o 10 mg"). In a language CLDR
    does not know, the unit is read in Latin letters alone, and the error says so. Not
    "IU", "mmol" nor "mEq", whose names CLDR does not give, but in a language that has them
    by hand (`_UNITS_CLDR_DOES_NOT_NAME`: "UI", "ммоль"), nor a unit
    whose number is followed by an abbreviation of another script than Latin
    (`_ABBREVIATION_AFTER`: "5 मि.लि.", "5 ਮਿ.ਲੀ."), which is a unit, in a spelling
    handout may not know."""
    units_read = _units_read(entry)
    read = {*_CLDR_UNITS.values(), *_UNITS_CLDR_DOES_NOT_NAME.get(entry.language, {}).values()}
    measures = [
        (number, unit) for number, unit in _measures(entry.english, units_read) if unit in read
    ]
    if not measures:  # the translation's units are read only for one of the English's
        return
    named = _units_named(entry.translation, entry.language, units_read)
    translation = digits_of(entry.translation)
    dropped: dict[str, str] = {}
    for number, unit in measures:
        if unit in named:
            continue
        before = rf"(?<![\d.,]){re.escape(number)}"
        if not re.search(before + _abbreviation_after(), translation):
            dropped.setdefault(unit, f"{number} {unit}")
    for unit, measure in dropped.items():
        message = f"the unit of {measure} of the English is not in the translation (dropped)"
        if _unit_names(entry.language) is None:
            message += (
                f": handout cannot read names of units in {language_name(entry.language)}, "
                f"write it as {unit}"
            )
        yield Problem(Level.ERROR, "units", message)


def _units_left_off(entry: Entry) -> list[Problem]:
    """A number the English gives a unit in Latin letters ("10 mg") that the translation
    writes with no unit where it writes that unit after another number, in Latin letters
    or the language's ("Tome 5 mg y 10.", "Примите 5 мг и 10." for "Take 5 mg and 10
    mg"): an error, a dose of no unit. A number followed, in its
    clause, by another with the unit shares it (`_units_after`: "5 y 10 mg"); a language
    that writes the unit before its number ("miligramu 5 na 10") writes none after one."""
    units_read = _units_read(entry)
    english = Counter(
        (_digits(number), unit) for number, unit in _measures(entry.english, units_read)
    )
    if not english:  # no unit to leave off
        return []
    units = {unit for _, unit in english}
    written = _units_after(digits_of(entry.translation), entry.language, units, units_read)
    after_a_number = {unit for _, unit in written if unit}
    with_unit = Counter(written)
    bare = {number for number, unit in written if unit is None}
    return [
        Problem(
            Level.ERROR,
            "units",
            f"the unit of {number} {unit} of the English is not after its number in the "
            "translation (dropped)",
        )
        for (number, unit), count in english.items()
        if unit in after_a_number and number in bare and with_unit[number, unit] < count
    ]


# A number (digits alone, `digits_of`), and what follows it up to the next number.
_NUMBER_AND_AFTER = re.compile(r"(?<![\d.,:])(\d+(?:[.,]\d+)*)(\D*)")
# What ends a clause between two numbers: a number before it shares no unit after it.
_CLAUSE_END = re.compile(r"[.;:!?\n\u3002\uff1b\uff01\uff1f]|\s\(|\)")


def _units_after(
    translation: str, language: str, english: set[str], units_read: bool
) -> list[tuple[str, str | None]]:
    """Each number of `translation` (its digits, `_digits`) with the unit written after it
    (`_measures`' spelling, or the unit of one of the language's names, `_local_units`:
    "5 мг", where it is one of the `english` units: not Russian's year after a date's, a
    gram's abbreviation too, nor a word that is another, `_name_written`: "ग्रामीण",
    rural), or
    after the next number in its clause ("5 y 10 mg", "5-10 mg", "5、10mg", "5 и 10 мг"),
    or None; not a number written as an hour (`clock_mark`); "unit(s)" is the IU where
    `units_read` (`_units_read`)."""
    found = list(_NUMBER_AND_AFTER.finditer(translation))
    local, mark = _local_units(language), clock_mark(language)
    local_names = local[0].for_text(translation) if local else None
    units: list[tuple[str, str | None]] = []
    shared: str | None = None
    for number in reversed(found):
        measure = _MEASURE[units_read].match(translation, number.start())
        named = local_names.match(translation, number.start()) if local_names else None
        if mark.match(translation, number.start()):  # "a las 20 h": an hour, no dose
            shared = None
            continue
        if measure:
            shared = _UNIT_SPELLINGS.get(measure[2].lower(), measure[2].lower())
        elif local and named and (name := _name_written(named[2], local[1], language)) is not None:
            unit = local[1].get(name)
            shared = unit if unit in english else None
        elif _CLAUSE_END.search(number[2]) or len(number[2]) > _JOINING_WORDS:
            shared = None
        units.append((_digits(number[1]), shared))
    return units[::-1]


# How long the words joining two numbers of one unit may be ("y", "oder", "или", "to").
_JOINING_WORDS = 12


@cache
def _abbreviation_after() -> str:
    """A pattern of an abbreviation right after a number, in letters of another script than
    Latin: up to three letters, marks free, then a point or Devanagari's abbreviation sign
    ("मि.लि.", "ሚ.ግ", "মি.লি.")."""
    letter = rf"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]{combining_marks()}*"
    return rf"\s?(?:{letter}){{1,3}}[.\u0970]"


@lru_cache(maxsize=256)
def _unit_names_anywhere(language: str) -> tuple[MarkedPattern, dict[str, str]] | None:
    """A pattern of the language's names of a dose's units (`_unit_names`) anywhere
    (`_unit_names_written`), each `_folded`, without its points (`_POINTS_IN_A_NAME`) and
    with its space or ZWNJ as either or none, with the unit each is; None for a language
    CLDR does not know."""
    names = {
        _POINTS_IN_A_NAME.sub("", _folded(spelt).translate(_HEBREW_MARKS)): unit
        for name, unit in (_unit_names(language) or {}).items()
        for spelt in {
            name,
            *(name.replace(space, other) for space in " \u200c" for other in ("", " ", "\u200c")),
        }
    }
    if not names:
        return None
    return MarkedPattern(_unit_names_written(names, anywhere=True)), names


# A unit in Latin letters with no Latin letter before it ("5mg", "(mg)", "5 g"), with
# "unit(s)" as the IU or not (`_UNITS_IN_LATIN`).
_LATIN_UNIT = {
    units_read: re.compile(rf"(?<![A-Za-z_\u00c0-\u024f\u1e00-\u1eff])({units}){_LATIN_END}")
    for units_read, units in _UNITS_IN_LATIN.items()
}


# A point, a slash, Devanagari's abbreviation sign or Hebrew's gershayim (`_HEBREW_MARKS`)
# between two letters of a script other than Latin, which an abbreviation of a unit is
# written with or without ("मि.ग्रा.", "मि॰ग्रा॰", "मिग्रा"; Amharic "ሚ.ግ", "ሚ/ግ", CLDR's
# "ሚግ"; "מ״ג"); in Latin letters, "mg/kg" is two units.
_POINTS_IN_A_NAME = re.compile(
    r"(?<=[^\W\d_A-Za-z\u00c0-\u024f]|[\u0300-\u036f\u0900-\u0dff\u1200-\u139f])"
    r"[./\u0970\"](?=[^\W\d_A-Za-z\u00c0-\u024f])"
)
# Hebrew's gershayim and geresh of an abbreviation, typed as a quote and an apostrophe as
# often as not ("מ\"ג", CLDR's "מ״ג": mg).
_HEBREW_MARKS = str.maketrans({"\u05f4": '"', "\u05f3": "'"})


def _units_named(translation: str, language: str, units_read: bool) -> set[str]:
    """The units of a dose (as `_measures` spells them) `translation` names anywhere: in
    Latin letters (`_LATIN_UNIT`; full-width and squared ones too, Japanese "㎎"),
    or in one of the language's names (`_unit_names`, `_unit_names_written`), a name's
    points left out (`_POINTS_IN_A_NAME`), its space or ZWNJ written as either or left
    out ("میلی گرم", CLDR's "میلی‌گرم"); not a word that is another (`_name_written`:
    "ग्रामीण", rural, is no gram); "unit(s)" as the IU where `units_read` (`_units_read`)."""
    text = _folded(unicodedata.normalize("NFKC", translation)).casefold()
    named = {_UNIT_SPELLINGS.get(unit, unit) for unit in _LATIN_UNIT[units_read].findall(text)}
    text = text.translate(_HEBREW_MARKS)
    local = _unit_names_anywhere(language)
    if local is None:
        return named
    pattern, names = local
    text = _POINTS_IN_A_NAME.sub("", text)
    for found in pattern.for_text(text).findall(text):
        name = _name_written(found, names, language)
        if name:
            named.add(names[name])
    return named


def _measures(text: str, units_read: bool) -> list[tuple[str, str]]:
    """Each number with a unit of measure after it in `text` (`_MEASURE`; "unit(s)" where
    `units_read`, `_units_read`), the unit as one spelling."""
    return [
        (number, _UNIT_SPELLINGS.get(unit.lower(), unit.lower()))
        for number, unit in _MEASURE[units_read].findall(text)
    ]
