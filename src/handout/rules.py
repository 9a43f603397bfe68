"""The rule book: what a translation must keep of its English, one small check each.

`handout lint` reports every finding; the build uses the same checks, so what
lint calls an error never reaches a PDF: the entry is printed in English
(and named in the build's output with its file and line), or, for a notice,
the PDF fails. Each check is a function of the English, the translation and
what kind of entry it is, as in Babel's ``babel.messages.checkers``.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from locale import LC_MESSAGES, setlocale
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .catalog.messages import PLACEHOLDER
from .errors import ReadbackError, abbreviate
from .inline import (
    inline_tokens,
    plain_text,
    segments,
    stray_mark,
    unclosed_emphasis,
    unsupported_markup,
    written_text,
)
from .text.scripts import COLONS, script_of
from .text.units import ABBREVIATED, ENDS, SPELT_OUT

if TYPE_CHECKING:
    from .document import PrintedText

_DOI = re.compile(r"10\.\d{4,9}/\S+?(?=[\s.,;:)]*(?:\s|$))")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A thousand or more as English writes it, its groups of three digits set apart by
# commas, and its decimal part after a point ("1,000", "12,500", "1,234.56").
_THOUSANDS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?(?![\d]|[.,]\d)")
# Digits a translation may write such a number with: its groups set apart by a space
# (French, Polish, Russian: often a no-break, narrow no-break or thin space), an
# apostrophe (Swiss German) or a mark ("10.000"), the same one between each two, or not
# at all ("1000", as Spanish writes four digits); then its decimal part after a comma
# or a point ("1 234,56", "1.234,56", "1'234.56"). By hand, not Babel's parse_decimal:
# that reads one locale's marks, and a catalog is a language's, not a region's ("de"
# refuses the Swiss "1'234.56" and reads "1,234.56" as 1.23456; "fa" refuses Persian's
# own separators; "es" refuses "1 234,56").
_GROUPED = re.compile(
    r"(?<![\d.,])(\d{1,3}([ '\u00a0\u2009\u202f\u2019.,])\d{3}(?:\2\d{3})*|\d{4,})"
    r"(?:[.,](\d+))?(?![\d]|[.,]\d)"
)
# A number and the unit of measure of a dose, a volume or a weight after it, in Latin
# letters ("40 mg", "2.5 mL", "500 mcg", "2 milligrams"; the list is `text.units`', which
# the line breaker keeps on the line of its number); `_UNIT_SPELLINGS` folds each unit's
# spellings into one.
_MEASURE = re.compile(rf"(?i)(\d[\d.,]*)\s?({ABBREVIATED}|{SPELT_OUT}){ENDS}")
_UNIT_SPELLINGS = {
    **dict.fromkeys(("µg", "μg", "ug", "microgram", "micrograms"), "mcg"),
    **dict.fromkeys(("milligram", "milligrams"), "mg"),
    **dict.fromkeys(("gram", "grams"), "g"),
    **dict.fromkeys(("kilogram", "kilograms"), "kg"),
    **dict.fromkeys(("milliliter", "milliliters", "millilitre", "millilitres"), "ml"),
    **dict.fromkeys(("mililiter", "mililiters", "mililitre", "mililitres"), "ml"),
    **dict.fromkeys(("liter", "liters", "litre", "litres"), "l"),
}
# An hour on the 12-hour clock ("5 pm", "5:30 p.m.", "9 AM"), which a translation may
# write on the 24-hour one ("17 h", "17:30").
_CLOCK = re.compile(r"(?i)(?<![\d.,:])(1[0-2]|0?[1-9])(?=(?::[0-5]\d)?\s?([ap])\.?m\b\.?)")
# Such an hour with its minutes ("8:30 am"), which a translation may write "8.30", "8h30".
_CLOCK_TIME = re.compile(r"(?i)(?<![\d.,:])(1[0-2]|0?[1-9]):([0-5]\d)\s?([ap])\.?m\b")
# How a translation writes such a time: the hour, then its minutes after a point, a
# colon or an "h".
_TIME_WRITTEN = re.compile(r"(?<![\d.,:])(\d{1,2})\s?[.:hH]\s?([0-5]\d)(?![\d]|[.,]\d)")
# A number a translation writes as an hour: "20 h", "20h30", "20:30", "20 Uhr", "20時";
# "8点", "8時", "8시" are 8 o'clock, "8時間", "8시간" 8 hours.
_CLOCK_MARK = re.compile(
    r"(?i)(?<![\d.,:])(\d{1,2})(?=\s?(?:h(?![a-z])|uhr\b|:[0-5]\d|[時时](?![間间])|[点點]|시(?!간)))"
)
# A number a translation may write as an hour of the 12-hour clock with no mark: read as
# one only beside a word for a part of the day ("8 de la mañana", "8 π.μ.", "सुबह 8").
_BARE_HOUR = re.compile(r"(?<![\d.,:])(1[0-2]|0?[1-9])(?!\d|[.,:]\d)")
# The Buddhist era's years are the Common Era's and 543.
_BUDDHIST_ERA = 543
# Words of the English that a translation may write as numbers, which are then no number
# the English lacks: noon and midnight ("12:00", "0:00"), and a month's name in a date
# ("12" in "2026年12月24日" for "December 24, 2026": `_date_months`).
_NAMED_NUMBERS = {
    "noon": frozenset({"12"}),
    "midday": frozenset({"12"}),
    "midnight": frozenset({"0", "12", "24"}),
}
_NAMED = re.compile(rf"(?i)\b({'|'.join(_NAMED_NUMBERS)})\b")
# A number of four digits or more the English writes with no groups ("10000",
# "1234.5"), which a translation may group ("10 000", "10.000", "1 234,5").
_UNGROUPED = re.compile(r"(?<![\d.,])\d{4,}(?:\.\d+)?(?![\d]|[.,]\d)")
# Arabic's decimal and thousands separators, which are its point and comma.
_ARABIC_SEPARATORS = str.maketrans("\u066b\u066c", ".,")
# A web or mail address as text: "https://...", "www....", "name@host.org".
_ADDRESS = re.compile(r"(?i)\bhttps?://\S+|\bwww\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# An HTML entity, which Markdown prints as the character it names (&amp; as &).
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);")
# A backslash (not itself escaped) before ASCII punctuation, which Markdown prints
# without the backslash (CommonMark's escapes); but before a star or an underscore
# ('\\*' prints a star on purpose, not bold) or a backslash ('\\\\' prints one).
_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*(\\[!-)+-/:-@\[\]^`{-~])")
# Invisible characters a reviewer should know of; joiners are listed per script below.
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\u202a-\u202e\u2066-\u2069\ufeff]")
# Format characters that belong to a language's spelling, not junk: ZWNJ in Persian,
# Urdu and Pashto, ZWJ and ZWNJ in the Indic scripts, ZWSP as a word break in the
# scripts written without spaces.
_ORTHOGRAPHIC_JOINERS = {
    "fa": "\u200c",
    "ur": "\u200c",
    "ps": "\u200c",
    "ku": "\u200c",
    "hi": "\u200c\u200d",
    "mr": "\u200c\u200d",
    "ne": "\u200c\u200d",
    "bn": "\u200c\u200d",
    "pa": "\u200c\u200d",
    "gu": "\u200c\u200d",
    "ta": "\u200c\u200d",
    "te": "\u200c\u200d",
    "kn": "\u200c\u200d",
    "ml": "\u200c\u200d",
    "si": "\u200c\u200d",
    "or": "\u200c\u200d",
    "th": "\u200b",
    "lo": "\u200b",
    "km": "\u200b",
    "my": "\u200b\u200c",
}
# What ends a sentence as well as Unicode's Sentence_Terminal characters and full stops
# (`_ends_sentence`): a colon, in any script, and a semicolon, which end a lead-in or a
# clause; the Armenian question mark (U+055E) and the Greek one (U+037E, a semicolon in
# NFC, typed by Greek keyboards), which the English's '?' becomes.
_ENDS_AS_WELL = frozenset(COLONS + ";\u055e\u037e")
# The Tibetan shads (U+0F0D to U+0F12), which end a sentence of Tibetan and Dzongkha as a
# full stop does, and a clause, a heading or an item too: Unicode leaves them out of
# Sentence_Terminal (so ICU does not know them). A translation ending in one agrees with
# an English ending either way ("Taking medicine", "སྨན་བཟའ་བ།").
_ENDS_EITHER_WAY = frozenset("\u0f0d\u0f0e\u0f0f\u0f10\u0f11\u0f12")
# Scripts written with no sentence-final mark (a space ends a sentence in Thai and Lao).
_NO_SENTENCE_MARK = frozenset({"th", "lo"})
# How short a translation may be, as a share of the English, before it looks cut:
# a Chinese character or a Hangul syllable says as much as several Latin letters.
_SHORTEST = {"zh": 0.1, "ja": 0.1, "ko": 0.15}
_SHORTEST_OTHERWISE = 0.25


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    level: Level
    check: str
    message: str


@dataclass(frozen=True)
class Finding:
    """A problem at its place: the file (relative to the project, as printed) and its
    1-based line; printed as lint prints it."""

    path: Path
    line: int
    level: Level
    message: str
    check: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.level}: {self.message} [{self.check}]"


@dataclass(frozen=True)
class Entry:
    """A translated entry as the checks see it."""

    english: str
    translation: str
    language: str  # BCP 47 primary subtag
    notice: bool  # a publisher's notice: must not be lost or altered


Check = Callable[[Entry], Iterator[Problem]]


def links(entry: Entry) -> Iterator[Problem]:
    source = [target for target, _ in _links(entry.english)]
    translated = _links(entry.translation)
    targets = [target for target, _ in translated]
    for target in source:
        if target not in targets:
            check = "link-target" if len(translated) >= len(source) else "link-dropped"
            yield Problem(Level.ERROR, check, f"the link to {target} is missing or changed")
    for target, text in translated:
        if target not in source:
            if len(translated) > len(source):  # else a changed target, named above
                yield Problem(
                    Level.ERROR,
                    "link-added",
                    f"a link to {target}, which the English does not have",
                )
        elif not text.strip():
            yield Problem(
                Level.ERROR,
                "link-empty",
                f"the link to {target} has no text: it would be printed as nothing",
            )


def addresses(entry: Entry) -> Iterator[Problem]:
    """A web or mail address the translation prints (not as a link) that the English
    does not have: "Causas https://example.com" sent a reader somewhere the writer never
    named, where a link to it is refused (`link-added`)."""
    english = entry.english.casefold()
    for address in _ADDRESS.findall(plain_text(entry.translation)):
        bare = address.rstrip(".,;:!?)\u00bb\u201d\u2019").casefold()
        if bare.removeprefix("https://").removeprefix("http://") not in english:
            yield Problem(
                Level.ERROR,
                "address-added",
                f"the address {abbreviate(bare, 40)!r}, which the English does not have",
            )


def unlinked_addresses(markdown: str) -> list[str]:
    """The web and mail addresses `markdown` prints as text, not as a link ("read more at
    https://example.org"): the PDF shows them, but a reader of it cannot open them."""
    return [
        address.rstrip(".,;:!?)\u00bb\u201d\u2019")
        for segment in segments(markdown)
        if segment.link is None
        for address in _ADDRESS.findall(segment.text)
    ]


def placeholders(entry: Entry) -> Iterator[Problem]:
    wanted = PLACEHOLDER.findall(entry.english)
    same = sorted(wanted) == sorted(PLACEHOLDER.findall(entry.translation))
    # Other braces too: "{{page}}" holds {page}, and was printed "{1}".
    if not same or _braces(entry.translation) != _braces(entry.english):
        keep = (
            f"keep {' '.join(wanted)} as is, and no other braces"
            if wanted
            else "it has none: write no braces"
        )
        yield Problem(
            Level.ERROR, "placeholder", f"placeholders or braces differ from the English: {keep}"
        )


def dois(entry: Entry) -> Iterator[Problem]:
    for doi in _DOI.findall(entry.english):
        if doi not in entry.translation:
            yield Problem(Level.ERROR, "doi", f"the DOI {doi} must be kept exactly")


def emphasis(entry: Entry) -> Iterator[Problem]:
    if unclosed_emphasis(entry.translation) > unclosed_emphasis(entry.english):
        yield Problem(
            Level.ERROR,
            "markup-unclosed",
            "a ** or * mark is not closed: it would be printed as it is",
        )
    elif _emphasis(entry.english) != _emphasis(entry.translation):
        yield Problem(Level.WARNING, "markup", "bold/emphasis marks (**) differ from the English")


def unsupported(entry: Entry) -> Iterator[Problem]:
    kind = unsupported_markup(entry.translation)
    if kind and kind != unsupported_markup(entry.english):
        yield Problem(
            Level.ERROR,
            "markup-unsupported",
            f"Markdown a handout does not use ({kind}): it would be printed as typed; "
            "use **bold** and [links](https://...) only",
        )


def numbers(entry: Entry) -> Iterator[Problem]:
    """A number of the English missing from the translation, dropped or changed ("4 mg"
    for "40 mg"): an error, as a wrong dose or day is wrong medical advice. One the
    translation adds (a dose the English does not give: "Nehmen Sie 200 mg." for "Take
    it.") is a warning. How a language writes a number is the same number
    (`_numbers_written`); an hour of the English's 12-hour clock may be written on the
    24-hour one ("17 h" for "5 pm", each such hour, not any 5 of the English), and a
    number written as an hour ("20 h") stands for an hour only, not for a dose of 20."""
    hours = {
        f"{int(hour)} {half.lower()}m": _hours(int(hour), half.lower())
        for hour, half in _CLOCK.findall(entry.english)
    }
    english_text = _CLOCK.sub(" ", entry.english).replace(",", ".")
    english = [_whole(number) for number in _NUMBER.findall(english_text)]
    named = [_NAMED_NUMBERS[name.lower()] for name in _NAMED.findall(entry.english)]
    translated, as_hours = _numbers_written(
        entry, set(_NUMBER.findall(english_text)), hours, frozenset().union(*named)
    )
    # Each of the English's numbers takes one of the translation's: "5 mL ... 5 mL again"
    # as "5 mL ... 50 mL" has the 5 once, and the 50 was only a number the English lacks.
    unmatched = Counter(translated) - as_hours
    in_dois = _DOI.findall(entry.english)
    words = _number_words(entry.translation, entry.language)
    # A number written as a word takes one of them, as a number in digits does; the word
    # for 1 ("un", "une", "ein") translates the English's articles too, so it stands for
    # the English's 1 only beyond them ("Tome tabletas con un vaso" for "Take 1 tablet
    # with a glass" dropped the 1).
    spelled = Counter({"1": _articles(entry)})
    errors: list[str] = []
    for number in english:
        if any(number in doi for doi in in_dois):
            continue
        if unmatched[number]:
            unmatched[number] -= 1
            continue
        if (year := _buddhist_year(number, entry.language)) and unmatched[year]:
            unmatched[year] -= 1
            continue
        if sum(words[word] for word in _spelled(number, entry.language)) > spelled[number]:
            spelled[number] += 1
            continue
        errors.append(_not_in_translation(number, entry.language))
    errors += [
        f"the hour of {time} is not in the translation (dropped or changed)"
        for time, written in hours.items()
        if not written & set(translated)
    ]
    errors += _hours_of_the_other_half(entry)
    years = [_buddhist_year(number, entry.language) for number in english]
    known = set(english).union(
        *hours.values(), *named, _date_months(entry.english), filter(None, years)
    )
    warnings = [
        f"the number {number} is not in the English"
        for number in dict.fromkeys(translated)
        if number not in known and not any(number in doi for doi in in_dois)
    ]
    warnings += [
        f"{grouped} reads as a decimal number where {mark!r} is the decimal mark, as in "
        "this language: group its thousands as the language does"
        for grouped, mark in _read_as_decimals(entry)
    ]
    yield from (Problem(Level.ERROR, "numbers", message) for message in errors)
    yield from (Problem(Level.WARNING, "numbers", message) for message in warnings)


def _buddhist_year(number: str, language: str) -> str | None:
    """The year of the Buddhist era, which Thai dates use ("พ.ศ. ๒๕๖๙"), that a Thai
    translation may write for a number the English writes as a year: four digits, 1900 to
    2100 (2026 is 2569); None for any other number, or in any other language, where 2569
    for 2026 is a wrong year."""
    if language != "th" or not number.isdigit() or not 1900 <= int(number) <= 2100:
        return None
    return str(int(number) + _BUDDHIST_ERA)


def _not_in_translation(number: str, language: str) -> str:
    """The error of a number of the English the translation lacks. In a language ICU has
    no number words for, a number it would read as a word in another is not read as one
    (Hawaiian's word for 2): the sentence says how to write it, where "dropped or changed"
    told a translator who wrote it right of a mistake."""
    if _may_be_spelled(number) and not _has_number_words(language):
        return (
            f"the number {number} is not in the translation in digits, and handout cannot "
            f"read number words in {_language_name(language)}: write it as {number}"
        )
    return f"the number {number} is not in the translation (dropped or changed)"


@lru_cache(maxsize=256)
def _language_name(language: str) -> str:
    """The language's name in English (CLDR's, which names languages it has no locale
    data for too: Samoan, Marshallese), or "this language"."""
    from babel import Locale

    return str(Locale("en").languages.get(language, "this language"))


def _date_months(english: str) -> set[str]:
    """The number of each month the English names in a date ("December 24", "4 December"):
    its name, wide or abbreviated, capitalised, before a day or a year or after a day (not
    the "May" of "May cause")."""
    if not any(character.isdigit() for character in english):
        return set()
    months, in_a_date = _english_months()
    return {months[found[1] or found[2]] for found in in_a_date.finditer(english)}


@lru_cache(maxsize=1)
def _english_months() -> tuple[dict[str, str], re.Pattern[str]]:
    """Each English month's name, wide and abbreviated (CLDR's), and its number; and the
    pattern of such a name before a number or after one."""
    from babel.dates import get_month_names

    months = {
        str(name): str(number)
        for width in ("wide", "abbreviated")
        for number, name in get_month_names(width, locale="en").items()
    }
    names = "|".join(months)
    return months, re.compile(rf"\b({names})\.?\s+\d|\d\s+({names})\b")


def date(entry: Entry) -> Iterator[Problem]:
    """A month the English names in a date ("4 December 2026") that the translation does
    not write, where it names another month beside a number ("4 de noviembre de 2026",
    "2026年11月4日", "4 ноября"; CLDR's names, `_local_months`): an error, as the numbers
    check sees the same day and year, and the wrong day of a visit was printed. A month
    the translation writes as its number ("04.12.2026") is written."""
    english = _date_months(entry.english)
    local = _local_months(entry.language) if english else None
    if local is None:
        return
    pattern, month_of = local
    text = _digits_of(entry.translation).casefold()
    named = {
        month_of[found[0]]
        for found in pattern.finditer(text)
        if _beside_a_number(text, found.start(), found.end())
        and not _joins_a_word(text[found.end() : found.end() + 1])
        and not _joins_a_word(text[found.start() - 1 : found.start()] if found.start() else "")
    }
    numbers = {_whole(number) for number in _NUMBER.findall(text)}
    missing = english - named - numbers
    if missing and named - english:
        months, _ = _english_months()
        name = {number: name for name, number in reversed(months.items())}
        yield Problem(
            Level.ERROR,
            "date",
            f"the month of {', '.join(name[number] for number in sorted(missing, key=int))} "
            "in a date is written as "
            f"{', '.join(name[number] for number in sorted(named - english, key=int))} (changed)",
        )


def _beside_a_number(text: str, start: int, end: int) -> bool:
    """Whether a digit stands within a few characters of `text[start:end]` ("4 de
    noviembre", "ngày 4 tháng 11", "11月4日"), as in a date."""
    return any(character.isdigit() for character in text[max(start - 5, 0) : end + 5])


@lru_cache(maxsize=256)
def _local_months(language: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """A pattern of the language's names of the months (CLDR's: as in a date and alone,
    wide and abbreviated: "декабря", "декабрь", "дек."), the longest first, with the
    number of each; None for a language CLDR does not know. Not a name of one letter
    (Burmese's abbreviation of December is "this"), nor one two months share. A name
    that starts or ends with a digit ("12月", "tháng 12") is not part of a number."""
    from babel import Locale, UnknownLocaleError

    try:
        months = Locale.parse(language).months
    except (UnknownLocaleError, ValueError):
        return None
    named: dict[str, set[str]] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in months[context][width].items():
                written = " ".join(str(name).split()).casefold()
                if sum(map(str.isalpha, written)) > 1 or any(map(str.isdigit, written)):
                    named.setdefault(written, set()).add(str(number))
    month_of = {name: number for name, (number, *others) in named.items() if not others}
    if not month_of:
        return None
    alternatives = "|".join(
        ("(?<!\\d)" if name[0].isdigit() else "")
        + re.escape(name)
        + ("(?!\\d)" if name[-1].isdigit() else "")
        for name in sorted(month_of, key=len, reverse=True)
    )
    return re.compile(alternatives), month_of


def _hours_of_the_other_half(entry: Entry) -> list[str]:
    """The English's afternoon and evening hours ("6 pm", "7:30 pm") that the translation
    writes as the morning's on the 24-hour clock: with its minutes or an hour's mark
    ("6:00", "7:30", "8 Uhr", "9 h", "8点", each the morning on that clock), and no word
    of the language for the afternoon, evening or night (CLDR's day periods: "de la
    tarde", "p. m.", "مساءً", "下午") beside it, or one for the morning ("上午8点"); or with
    neither, right beside a word for the morning ("8 de la mañana", "8 π.μ."); and the
    English's morning hours it writes with a word for the evening ("晚上8点" for "8 am").
    A 6 without such a word may be a "6 am" of the same English ("8 am and 8 pm" as
    "8 Uhr und 20 Uhr"): so "6 pm" is an error only when the translation has fewer 18s
    and 6s of the evening than the English has "6 pm"s and writes a 6 of the morning, and
    "6 am" the other way round. A language CLDR does not know is not read."""
    english = Counter((int(hour), half.lower()) for hour, half in _CLOCK.findall(entry.english))
    words = _day_period_words(entry.language) if english else {}
    if not any(words.values()):
        return []
    written = _times_of_day(entry.translation, entry.language, words)
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
    return errors + [
        f"{hour} am is written with a word of the language for the afternoon, evening or "
        "night beside it (changed)"
        for hour, half in sorted(english)
        if half == "a"
        and hour < 12
        and written[hour, False] < english[hour, "a"]
        and written[hour, True] > english[hour, "p"]
    ]


def _times_of_day(
    translation: str, language: str, words: dict[str, bool]
) -> Counter[tuple[int, bool]]:
    """Each time `translation` writes with its minutes or an hour's mark (or, with
    neither, right beside a word of a day period: "8 de la mañana"), as its hour and
    whether the word of a day period nearest it, right before or after it, in its
    sentence (ICU's) and before another time, is one of the afternoon, evening or night
    (`words`, as `_day_period_words` gives them): "下午7:30", "7:30 de la tarde"; in
    "上午8点和下午8点" the first 8 is the morning's, though 下午 follows it; not "la dosis de
    la noche a las 6:00", nor "um 8 Uhr. Nachts nicht."."""
    from icu4py.breakers import SentenceBreaker

    text = " ".join(_western_digits(translation).split())
    written: Counter[tuple[int, bool]] = Counter()
    for sentence in SentenceBreaker(text, language) if text else ():
        written += _times_of_day_in(sentence.casefold(), words)
    return written


def _times_of_day_in(text: str, words: dict[str, bool]) -> Counter[tuple[int, bool]]:
    """`_times_of_day` of one sentence, in lower case; and each number of the 12-hour
    clock written with no mark right beside a word of a day period, as its hour and
    whether a word of the afternoon, evening or night stands near it."""
    # "20:30" is an hour's mark and a time with its minutes: one time, found twice
    found = {
        time.start(): time for time in (*_CLOCK_MARK.finditer(text), *_TIME_WRITTEN.finditer(text))
    }
    times = [found[start] for start in sorted(found)]
    written: Counter[tuple[int, bool]] = Counter()
    for index, time in enumerate(times):
        start = max(time.start() - 4, times[index - 1].end() if index else 0)
        end = min(
            time.end() + 16, times[index + 1].start() if index + 1 < len(times) else len(text)
        )
        distances = [
            (
                time.start() - (at + len(word)) if at < time.start() else at - time.end(),
                evening,
            )
            for word, evening in words.items()
            # a word right before the time may begin before the window ("abends um 8 Uhr")
            for at in _occurrences(text, word, max(start - len(word), 0), end)
            if not _before_another(text, at + len(word), word, words)
        ]
        written[int(time[1]), min(distances)[1] if distances else False] += 1
    for number in _BARE_HOUR.finditer(text):
        if number.start() not in found and _beside_a_day_period(text, number, words):
            # "8 am Abend": German's "am" is CLDR's "AM" too, and the evening follows
            window = text[max(number.start() - 16, 0) : number.end() + 16]
            evening = any(_stands_in(window, word) for word, later in words.items() if later)
            written[int(number[1]), evening] += 1
    return written


def _beside_a_day_period(text: str, number: re.Match[str], words: dict[str, bool]) -> bool:
    """Whether a whole word of `words` stands right before or after `number` in `text`,
    with nothing but spaces between: the number is then an hour of that part of the day
    ("8 de la mañana", "सुबह 8"), not a count ("8 mg por la mañana")."""
    before = text[: number.start()].rstrip()
    after = text[number.end() :].lstrip()
    return any(
        (before.endswith(word) and not _in_a_word(before[: -len(word)][-1:]))
        or (after.startswith(word) and not _in_a_word(after[len(word) :][:1]))
        for word in words
    )


def _stands_in(text: str, word: str) -> bool:
    """Whether `word` stands in `text` as a whole word (Uyghur's "ك", its "pm", is a
    letter of many words)."""
    at = text.find(word)
    while at >= 0:
        if not _in_a_word(text[at - 1 : at]) and not _in_a_word(
            text[at + len(word) : at + len(word) + 1]
        ):
            return True
        at = text.find(word, at + 1)
    return False


def _in_a_word(character: str) -> bool:
    """Whether `character` (one, or none) is a letter, a digit or a mark: a word goes on."""
    return bool(character) and (
        character.isalnum() or unicodedata.category(character).startswith("M")
    )


def _before_another(text: str, at: int, word: str, words: dict[str, bool]) -> bool:
    """Whether another of the day's `words` follows `word`, which ends at `at`, after
    spaces alone: German's "am" (CLDR's "AM" too) in "am Abend" is "in the", and the
    evening's word names the time."""
    rest = text[at:]
    return rest[:1].isspace() and any(
        rest.lstrip().startswith(other) for other in words if other != word
    )


def _occurrences(text: str, word: str, start: int, end: int) -> Iterator[int]:
    """Where `word` stands in `text[start:end]`, all of it inside."""
    at = text.find(word, start, end)
    while at >= 0:
        yield at
        at = text.find(word, at + 1, end)


@lru_cache(maxsize=256)
def _day_period_words(language: str) -> dict[str, bool]:
    """The language's words for the day's periods (CLDR's, every width and context), in
    lower case, each with whether it is of the afternoon, evening or night (or "pm")
    rather than the morning ("am"); none for a language CLDR does not know. A word of
    both is the morning's: French's night1, after midnight, is "du matin"."""
    from babel import Locale, UnknownLocaleError

    try:
        periods = Locale.parse(language).day_periods
    except (UnknownLocaleError, ValueError):
        return {}
    later = ("pm", "afternoon1", "afternoon2", "evening1", "evening2", "night1", "night2")
    earlier = ("am", "morning1", "morning2")
    named = [
        (" ".join(str(name).split()).casefold(), period)
        for context in periods.values()
        for width in context.values()
        for period, name in width.items()
    ]
    morning = {name for name, period in named if period in earlier}
    return {name: True for name, period in named if period in later and name not in morning} | {
        name: False for name in morning
    }


def _read_as_decimals(entry: Entry) -> list[tuple[str, str]]:
    """A thousand or more of the English that the translation groups with its language's
    decimal mark ("1,000" in Vietnamese, "1.000" in Chinese), which its reader may take
    for 1; with the mark (CLDR's, through Babel)."""
    mark = _decimal_mark(entry.language)
    english = _thousands(entry.english)
    if mark is None or not english:
        return []
    translation = _digits_of(entry.translation)
    return [
        (found[0], mark)
        for found in _GROUPED.finditer(translation)
        if found[2] == mark and found[3] is None and _ungrouped(found) in english
    ]


@lru_cache(maxsize=256)
def _decimal_mark(language: str) -> str | None:
    """The language's decimal mark with Latin digits (CLDR's); None for a language CLDR
    does not know."""
    from babel import UnknownLocaleError
    from babel.numbers import get_decimal_symbol

    try:
        return str(get_decimal_symbol(language))
    except (UnknownLocaleError, ValueError):
        return None


def units(entry: Entry) -> Iterator[Problem]:
    """A unit of measure after a number that the translation writes in Latin letters and the
    English has nowhere ("40 g" for "40 mg"): an error, as the numbers check sees the same
    40 and a dose a thousand times the English's went through. One unit's spellings are
    one ("mcg", "µg"; "mL", "ml"; "milligrams", "mg"). A unit in the language's own letters
    (CLDR's names, `_local_units`: "500 граммов" for "500 mg" in Russian, "3000克" in
    Chinese) is read after a number the English gives a unit: read everywhere, the
    abbreviation of Russian's word for a year, after a date's year, was a gram."""
    measured: dict[str, set[str]] = {}  # the English's numbers with a unit: digits -> units
    for number, unit in _measures(entry.english):
        measured.setdefault(_digits(number), set()).add(unit)
    english = set().union(*measured.values())
    translation = _western_digits(entry.translation)
    for unit in dict.fromkeys(unit for _, unit in _measures(translation)):
        if unit not in english:
            yield Problem(Level.ERROR, "units", _other_unit(unit, english))
    local = _local_units(entry.language)
    if not measured or local is None:
        return
    pattern, canonical = local
    for number, written in dict.fromkeys(pattern.findall(translation)):
        expected = measured.get(_digits(number))
        unit = canonical[written.casefold()]
        if expected is not None and unit not in expected:
            yield Problem(Level.ERROR, "units", _other_unit(f"{written} ({unit})", expected))


def durations(entry: Entry) -> Iterator[Problem]:
    """A span of time of the English ("6 hours", "2 weeks") the translation does not write,
    where it writes, in digits before CLDR's name of a unit of time (`_local_durations`),
    the same number with another unit ("2 meses" for "2 weeks", "3 semanas" for "3
    days") or, with the same unit, a number the English counts something else with ("Tome
    6 tabletas cada 2 horas" for "Take 2 tablets every 6 hours"): an error, as the numbers
    check sees the English's numbers, and a changed dose or time was printed. A number of
    the English written as its word before such a name counts as in digits ("seis
    tabletas cada dos horas", `_spans_in_words`). A span the translation writes otherwise
    (in a name CLDR does not give) is the numbers check's; a language CLDR does not know
    is not read."""
    english = Counter(
        (_decimal(number), _ENGLISH_TIME_UNITS.get(unit.lower(), unit.lower()))
        for number, unit in _ENGLISH_DURATION.findall(entry.english)
    )
    local = _local_durations(entry.language) if english else None
    if local is None:
        return
    pattern, unit_of = local
    translated = Counter(
        (_decimal(number), unit_of[name])
        for number, name in pattern.findall(_digits_of(entry.translation).casefold())
    )
    counts = _english_counts(entry.english)
    translated += _spans_in_words(
        entry.translation, entry.language, unit_of, counts | {number for number, _ in english}
    )
    for (number, unit), times in english.items():
        if translated[number, unit] >= times:
            continue
        instead = [
            _span(other, other_unit)
            for (other, other_unit), written in translated.items()
            if written > english[other, other_unit]
            and (other == number or (other_unit == unit and other in counts))
        ]
        if instead:
            yield Problem(
                Level.ERROR,
                "durations",
                f"{_span(number, unit)} of the English is written {', '.join(instead)} (changed)",
            )


def _spans_in_words(
    translation: str, language: str, unit_of: dict[str, str], numbers: set[str]
) -> Counter[tuple[str, str]]:
    """Each of `numbers` (whole, 2 to `_SPELLED_UP_TO`) the translation writes as its word
    (`_spelled`) right before one of the language's names of a unit of time (`unit_of`):
    "dos horas", "шесть часов", "两小时", as the number and the unit. Not 1, whose words
    are the articles too ("una hora", an hour)."""
    words = {
        word: number
        for number in numbers
        if number.isdigit() and 2 <= int(number) <= _SPELLED_UP_TO
        for word in _spelled(number, language)
    }
    if not words:
        return Counter()
    spelled = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    names = "|".join(re.escape(name) for name in sorted(unit_of, key=len, reverse=True))
    text = translation.translate(_LIANG_AS_TWO).casefold()
    return Counter(
        (words[found[1]], unit_of[found[2]])
        for found in re.finditer(rf"({spelled})\s?({names})", text)
        if not _joins_a_word(text[found.start() - 1 : found.start()] if found.start() else "")
        and not _joins_a_word(text[found.end() : found.end() + 1])
    )


# A number and the unit of time after it in the English ("6 hours", "a 24-hour test",
# "30 min"), the unit as CLDR's duration names it (`_ENGLISH_TIME_UNITS` for the short).
_TIME_UNITS = ("minute", "hour", "day", "week", "month", "year")
_ENGLISH_TIME_UNITS = {"min": "minute", "hr": "hour"}
_ENGLISH_UNIT_NAMES = "|".join((*_TIME_UNITS, *_ENGLISH_TIME_UNITS))
_ENGLISH_DURATION = re.compile(
    rf"(?i)(?<![\d.,:])(\d+(?:[.,]\d+)?)[\s-]?({_ENGLISH_UNIT_NAMES})s?\b"
)
# A number of the English and the word after it ("2 tablets", "2 to 3 days").
_NUMBER_AND_WORD = re.compile(r"(?<![\d.,:])(\d+(?:[.,]\d+)?)\s+([A-Za-z]+)")


def _english_counts(english: str) -> set[str]:
    """The numbers of `english` that count something other than time ("2 tablets", the 2
    of "2 to 3 days"): a word follows them that is no unit of time, no month (of a date:
    "4 December") and no half of the clock ("8 am")."""
    months, _ = _english_months()
    not_counts = {*_TIME_UNITS, *_ENGLISH_TIME_UNITS, *(name.lower() for name in months)}
    not_counts |= {f"{unit}s" for unit in (*_TIME_UNITS, *_ENGLISH_TIME_UNITS)} | {"am", "pm"}
    return {
        _decimal(number)
        for number, word in _NUMBER_AND_WORD.findall(english)
        if word.lower() not in not_counts
    }


def _decimal(number: str) -> str:
    """A number as the English writes it: its decimal comma a point ("1,5" is 1.5), without
    zeros before a whole number."""
    return _whole(number.replace(",", "."))


def _span(number: str, unit: str) -> str:
    return f"{number} {unit}" + ("" if number == "1" else "s")


@lru_cache(maxsize=256)
def _local_durations(language: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """A pattern of a number in digits and one of the language's names of a unit of time
    after it (CLDR's: every width, and each plural form: "час", "часа", "часов"), the
    longest first, with the unit each name is; None for a language CLDR does not know.
    Not a name of one character in a script written with spaces (Spanish "a", a year, is
    the "a" of "de 2 a 3"; Russian's for a year, U+0433, follows a date's year), nor one
    of two words, nor one two units share. A name ends where a letter does not follow, unless
    its script is written without spaces ("2小时", "2到3天")."""
    from .text.linebreak import written_without_spaces

    units: dict[str, set[str]] = {}
    for unit in _TIME_UNITS:
        for length in ("short", "long", "narrow"):
            for count in (1, 2, 5, 1.5, 21):
                name = _cldr_unit_name(f"duration-{unit}", language, length, count)
                if name is None:  # a language CLDR does not know
                    return None
                if _word().fullmatch(name) and (len(name) > 1 or written_without_spaces(name)):
                    units.setdefault(name, set()).add(unit)
    names = {name: unit for name, (unit, *others) in units.items() if not others}
    if not names:
        return None
    alternatives = "|".join(
        re.escape(name) + ("" if written_without_spaces(name[-1]) else r"(?![\w'\u2019-])")
        for name in sorted(names, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\d.,])(\d+(?:[.,]\d+)?)\s?({alternatives})"), names


def temperature(entry: Entry) -> Iterator[Problem]:
    """A temperature of the English ("38 °C", "100.4°F", "38 degrees Celsius") the
    translation writes with the other scale's name beside the same number ("38 °F",
    "38华氏度", "38 درجة فهرنهايت"; CLDR's names, `_scale_names`), and not with its own: an
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
    translated = _temperatures(entry.translation, entry.language)
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


def _temperatures(translation: str, language: str) -> Counter[tuple[str, str]]:
    """Each number of `translation` with the name of a scale beside it, as the number and
    "c" or "f": after it (past a degree sign and the language's word for a degree:
    "38 °F", "38 grados Fahrenheit", "38 độ F"), or before it ("섭씨 38도", "攝氏 38 度")."""
    text = _CYRILLIC_CELSIUS.sub("°\\1c", _digits_of(translation).translate(_DEGREE_SIGNS))
    scales, degrees = _scale_names(language)
    # A name of one or two letters ("c", "ف", Polish "st", Nepali "से") only after a
    # degree's sign or word: alone, it is a word of its own or an abbreviation.
    long_names = [name for name in scales if sum(map(str.isalpha, name)) > 2]
    degree = "|".join(["°", *(re.escape(word) for word in sorted(degrees, key=len, reverse=True))])
    after = "|".join(re.escape(name) for name in sorted(scales, key=len, reverse=True))
    before = "|".join(re.escape(name) for name in sorted(long_names, key=len, reverse=True))
    number = r"(?<![\d.,])(\d+(?:[.,]\d+)?)"
    pattern = re.compile(
        rf"(?i){number}\s?(?:(?:{degree})\s?)+({after})"
        + (rf"|{number}\s?({before})|({before})\s?{number}" if before else "")
    )
    found: Counter[tuple[str, str]] = Counter()
    text = text.casefold()
    for match in pattern.finditer(text):
        if _joins_a_word(text[match.end() : match.end() + 1]):  # "38 °Ca", "38 gradosc"
            continue
        groups = [group for group in match.groups() if group is not None]
        number_of, name = (groups[1], groups[0]) if not groups[0][0].isdigit() else groups
        found[_decimal(number_of), scales[name]] += 1
    return found


def _joins_a_word(character: str) -> bool:
    """Whether `character`, beside a name, makes it part of a word: a letter of a script
    written with spaces ("38 °Ca"); in a script written without them ("38华氏度或", 38 °F
    or) a word may end before any letter, or start after one."""
    from .text.linebreak import written_without_spaces

    return character.isalpha() and not written_without_spaces(character)


@lru_cache(maxsize=256)
def _scale_names(language: str) -> tuple[dict[str, str], frozenset[str]]:
    """The language's names of the two scales (CLDR's, every width and plural form, split
    into words, less the degree's sign before one), each as "c" or "f", with "c" and "f"
    themselves; and its words for a degree, which both scales' names share ("grados",
    "độ", "درجة")."""
    scales = {"c": "c", "f": "f", "celsius": "c", "fahrenheit": "f"}
    named: dict[str, set[str]] = {}
    degrees: set[str] = set()
    for length in ("short", "long", "narrow"):
        for count in (1, 2, 5, 1.5, 21):
            celsius, fahrenheit = (
                _cldr_unit_name(f"temperature-{scale}", language, length, count)
                for scale in ("celsius", "fahrenheit")
            )
            if celsius is None or fahrenheit is None:  # a language CLDR does not know
                return scales, frozenset()
            words_c = {word.removeprefix("°") for word in celsius.split()} - {""}
            words_f = {word.removeprefix("°") for word in fahrenheit.split()} - {""}
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


# CLDR's units of a dose, with how `_units` spells each.
_CLDR_UNITS = {
    "mass-milligram": "mg",
    "mass-gram": "g",
    "mass-microgram": "mcg",
    "mass-kilogram": "kg",
    "volume-milliliter": "ml",
    "volume-liter": "l",
}


@lru_cache(maxsize=256)
def _local_units(language: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """A pattern of a number and one of the language's names of a dose's units (CLDR's:
    every width, and each plural form: "мг", "миллиграмма", "миллиграммов"), the longest
    first ("毫克" before "克"), with the unit each name is; None for a language CLDR does
    not know. A name of letters ends where a letter does not follow ("мг", not "мгла");
    one in a script written without spaces needs no end ("3000克的")."""
    from .text.linebreak import written_without_spaces

    names: dict[str, str] = {}
    for cldr, unit in _CLDR_UNITS.items():
        for length in ("short", "long", "narrow"):
            for count in (1, 2, 5, 1.5, 21):
                name = _cldr_unit_name(cldr, language, length, count)
                if name is None:  # a language CLDR does not know
                    return None
                if name and " " not in name and not name.isascii():
                    names.setdefault(name, unit)
    if not names:
        return None
    ordered = sorted(names, key=len, reverse=True)
    alternatives = "|".join(
        re.escape(name) + ("" if written_without_spaces(name[-1]) else r"(?![\w'\u2019-])")
        for name in ordered
    )
    # A number as the language may group it (Arabic's marks, a space, an apostrophe).
    number = r"\d[\d.,'\u066b\u066c\u00a0\u202f ]*\d|\d"
    pattern = re.compile(rf"(?i)({number})\s?({alternatives})")
    return pattern, names


def _measures(text: str) -> list[tuple[str, str]]:
    """Each number with a unit of measure after it in `text` (`_MEASURE`), the unit as one
    spelling."""
    return [
        (number, _UNIT_SPELLINGS.get(unit.lower(), unit.lower()))
        for number, unit in _MEASURE.findall(text)
    ]


@lru_cache(maxsize=1024)
def _cldr_unit_name(
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


def _numbers_written(
    entry: Entry,
    english_numbers: set[str],
    hours: dict[str, frozenset[str]],
    named_hours: frozenset[str],
) -> tuple[list[str], Counter[str]]:
    """The numbers of the translation as the English writes them, and those of them it
    writes as hours of the English ("20 h", "20:30", "20 Uhr"; `named_hours`: those of
    noon and midnight, "12:00"). The same number, written
    the language's way: its own digits; a comma and a point between digits are one mark
    ("2,5" is "2.5", "1.000" is "1,000"), as are Arabic's separators; a number of four
    digits or more may be grouped by a space, an apostrophe or a mark, or not at all
    ("1 000", "1'000", "10.000", "1000"), its decimal part after a comma or a point
    ("1 234,56", "1.234,56", "1'234.56" for "1,234.56"); zeros before a whole number
    ("08") are no part of it; a time's minutes may follow its hour after a point or an
    "h" ("8.30", "8h30" for "8:30 am"), and an hour on the hour may have them ("8:00" for
    "8 am"); and a date is its day, month and year in any
    order ("04.12.2026")."""
    thousands = _thousands(entry.english)
    translation = _digits_of(entry.translation)
    if thousands:
        translation = _GROUPED.sub(
            lambda found: thousands.get(_ungrouped(found), found[0]), translation
        )
    hour_forms = set().union(*hours.values(), named_hours)
    as_hours = Counter(
        _whole(found) for found in _CLOCK_MARK.findall(translation) if _whole(found) in hour_forms
    )
    times = [
        (_hours(int(hour), half.lower()), minutes)
        for hour, minutes, half in _CLOCK_TIME.findall(entry.english)
    ]
    translation = _TIME_WRITTEN.sub(
        lambda found: (
            f"{found[1]} {found[2]}"
            if any(_whole(found[1]) in forms and found[2] == minutes for forms, minutes in times)
            else found[1]  # "8:00" for "8 am": the hour, on the hour
            if found[2] == "00" and _whole(found[1]) in hour_forms
            else found[0]
        ),
        translation,
    )
    translated = [
        _whole(part)
        for number in _NUMBER.findall(translation.replace(",", "."))
        for part in (
            number.split(".")
            if number.count(".") > 1 and number not in english_numbers
            else [number]
        )
    ]
    return translated, as_hours


def _thousands(english: str) -> dict[str, str]:
    """Each number of a thousand or more of the English, without its groups ("1000" for
    "1,000"), and as `numbers` reads it ("1.000", its comma a point)."""
    grouped = {
        written.replace(",", ""): written.replace(",", ".")
        for written in _THOUSANDS.findall(english)
    }
    return grouped | {written: written for written in _UNGROUPED.findall(english)}


def _digits_of(translation: str) -> str:
    """`translation` with Western digits, Arabic's separators as a point and a comma."""
    return _western_digits(translation).translate(_ARABIC_SEPARATORS)


# The end of a clause: its punctuation, after any closing quotes, brackets or Markdown
# emphasis, or the end of the text.
_CLAUSE_END = (
    r"(?=[\s*_\"'\u2019\u201d\u00bb)\]]*"
    r"(?:[.,;:!?\u2026\u3002\u3001\uff0c\uff1b\uff1a\uff01\uff1f،؛؟।]|$))"
)
# The punctuation that ends a clause (`_clauses`), in any script: a point, a comma or a
# colon between two digits is part of a number or a time ("2.5", "1,000", "8:30").
_CLAUSE_MARK = re.compile(
    r"[;!?\u2026\u3002\u3001\uff0c\uff1b\uff1a\uff01\uff1f،؛؟।]|(?<!\d)[.,:]|[.,:](?!\d)"
)
# Scripts written without spaces whose words ICU's dictionaries find (Thai, Lao, Khmer,
# Burmese); not Han and kana, whose numerals `_HAN_NUMERALS` reads by the measure word
# after them, as ICU's word breaker splits "二十五" (25) into 二 and 十五.
_HAN_SCRIPTS = frozenset({"Hani", "Hira", "Kana", "Bopo"})
# Languages whose word for 1 follows the noun it counts, and so may end a clause (Arabic
# "أكثر من خزعة واحدة.", more than one biopsy, in a shipped catalog): WALS's feature 89A,
# "Noun-Numeral", of those ICU has number words for.
_ONE_AFTER_ITS_NOUN = frozenset({"ar", "he", "sw", "yo", "zu", "xh", "ha", "ig", "eu"})
# The English's indefinite articles, which a language may translate with its word for 1.
_ARTICLE = re.compile(r"(?i)\b(?:a|an)\b")
# An article that says "per" in a rate ("twice a day", "1 tablet a day", "30 minutes a
# week"): only after a count (once, twice, N times, a number and what it counts), as "for
# a day" and "within a week" are spans, which the word for 1 does translate ("durante
# una semana"). Its unit of time is CLDR's ("duration-day").
_RATE = re.compile(
    r"(?i)\b(?:once|twice|thrice|times|\d[\d.,]*\s*\w+(?:\s+of\s+\w+)?)\s+(?:a|an)\s+"
    r"(day|week|month|year|hour|minute)\b"
)
# ICU's spellout rule sets of a number's forms: the default, each gender, each gender in
# each grammatical case (Russian "одну таблетку", "по одной таблетке"; Polish "jedną";
# Lithuanian "vieną": the nominative alone made these correct translations errors), and
# Korean's native numbers (하나, 둘; before a counter 한, 두: "두 알", 2 tablets). A rule
# set a language lacks gives its default spelling.
_GENDERS = ("masculine", "feminine", "neuter")
_CASES = ("genitive", "dative", "accusative", "instrumental", "locative", "prepositional")
_FORMS = (
    "",
    *(f",%spellout-cardinal-{gender}" for gender in _GENDERS),
    *(f",%spellout-cardinal-{gender}-{case}" for gender in _GENDERS for case in _CASES),
    ",%spellout-cardinal-native",
    ",%spellout-cardinal-native-attributive",
)
_SPELLED_UP_TO = 100  # numbers a translator may write as a word
# Han numerals, which Chinese and Japanese write with no space around them ("服用二十片"):
# a run of them is one word, the number it spells ("二十", not 二 and 十, so that "二十片"
# is no 2), when a measure word or a unit follows it, as one follows a count or a dose: a
# numeral is also a letter of other words ("一定", certainly; "十分", enough; "两者",
# both), and a dose the translation dropped went through where one of them stood. By
# hand: ICU's word breaker splits "二十五" into 二 and 十五, and takes "两次" and "十天"
# each for one word; the measure words are those of counts, doses and times. After 第 it
# is an ordinal ("第二片", the second tablet). The first number of a range takes the
# measure of the second ("两到三天", 2 to 3 days).
_HAN_DIGITS = "[〇零一二两兩三四五六七八九十百千万萬亿億]+"
_HAN_MEASURE = (
    "(?:[片粒颗顆次回天日周週个個克升錠杯滴岁歳才年月包支瓶剂劑种種位名人条條张張袋倍度秒时時"
    "%\uff05A-Za-z]|毫|微|小[时時]|分[钟鐘]|星期)"
)
_HAN_NUMERALS = re.compile(
    # the first of a range ("两到三天", 2 to 3 days) has its measure after the second
    f"(?<!第){_HAN_DIGITS}(?=(?:[到至或~\uff5e、-]{_HAN_DIGITS})?{_HAN_MEASURE})"
)
# 两 (兩 in the traditional script), how Chinese writes 2 before a measure word ("两片"
# for 2 tablets): ICU spells 2 "二".
_LIANG_AS_TWO = str.maketrans("两兩", "二二")


def _number_words(text: str, language: str) -> Counter[str]:
    """The words of `text` a number written as a word may be (`numbers`), in lower case:
    its words, less its words for 1 that end a clause, and its Han numerals."""
    words = Counter(_words(text.casefold(), language))
    words -= _ones_at_clause_ends(text, language)
    words.update(_HAN_NUMERALS.findall(text.translate(_LIANG_AS_TWO)))
    return words


def _ones_at_clause_ends(text: str, language: str) -> Counter[str]:
    """The words for 1 of `text` (a translation) that end a clause: a number word is
    followed by what it counts, and one before a clause's punctuation or the text's end
    is another word spelled so, German's separable verbs' particle ("Nehmen Sie ... zwei
    Tabletten ein.", which stood for the English's 1, so that a changed dose was printed),
    or a pronoun.
    None in a language whose word for 1 follows its noun (`_ONE_AFTER_ITS_NOUN`)."""
    if language in _ONE_AFTER_ITS_NOUN:
        return Counter()
    ones = _spelled("1", language)
    return Counter(
        last
        for run in _clause_end_word().findall(text.casefold())
        if (last := _words(run, language)[-1]) in ones
    )


def _articles(entry: Entry) -> int:
    """How many of the translation's words for 1 the English's articles may stand for
    (`_articles_in`). Where the translation has as many clauses as the English
    (`_clauses`), each clause's articles stand only for words for 1 of the translation's
    clause in its place: "Si tiene fiebre, tome una tableta." for "If you have a fever,
    take 1 tablet." was an error, the article of "a fever", which Spanish does not write,
    taking the "una" of the 1 tablet. Clauses the translation does not keep (one clause
    for two, or three for two) leave them the whole text's."""
    english, translation = _clauses(entry.english), _clauses(entry.translation)
    if len(english) != len(translation):
        return _articles_in(entry.english, entry.translation, entry.language)
    ones = _spelled("1", entry.language)
    return sum(
        min(
            _articles_in(english_clause, clause, entry.language),
            sum(_number_words(clause, entry.language)[one] for one in ones),
        )
        for english_clause, clause in zip(english, translation, strict=True)
    )


def _clauses(text: str) -> list[str]:
    """The clauses of `text`, split at the punctuation that ends one (`_CLAUSE_MARK`), each
    holding a letter or a digit."""
    parts = _CLAUSE_MARK.split(text)
    return [part for part in parts if any(character.isalnum() for character in part)]


def _articles_in(english: str, translation: str, language: str) -> int:
    """How many of the words for 1 of `translation` the articles of `english` may stand
    for. Not a rate's, which most languages translate with their word for "per" ("al día", "par
    jour", "в день"): it took the word that stood for the English's 1, and "Tome una
    tableta dos veces al día" for "Take 1 tablet twice a day" was an error. Unless the
    translation writes the word for 1 before the unit's name (Vietnamese "hai lần một
    ngày"), where the rate's article does take it, and a dropped 1 is still found; in a
    language CLDR has no name of the unit for, the article takes one, as before."""
    words = " ".join(_words(translation.casefold(), language))
    ones = _spelled("1", language)
    in_rates = [
        unit
        for unit in _RATE.findall(english)
        if (name := _unit_name(unit.lower(), language))
        and not any(f"{one} {name}" in f" {words} " for one in ones)
    ]
    return len(_ARTICLE.findall(english)) - len(in_rates)


@lru_cache(maxsize=256)
def _unit_name(unit: str, language: str) -> str | None:
    """The language's name of one of a unit of time ("ngày", a day in Vietnamese), in lower
    case, as its words; None for a language CLDR does not know."""
    name = _cldr_unit_name(f"duration-{unit}", language, "long", 1)
    if name is None:
        return None
    return " ".join(_words(name, language)) or None


# Arabic's vowel marks, which a writer may add or leave out (ICU spells without them), with
# the alif that only carries the accusative's tanween ("قرصًا واحدًا", one tablet: واحد).
# Once marks were kept in words, "واحدًا" was no 1; it had been, split at its mark.
_ARABIC_VOWELS = re.compile("\u064b\u0627|\u0627\u064b|[\u064b-\u065f\u0670]")


@cache
def _word() -> re.Pattern[str]:
    """A run of letters and the combining marks on them (Unicode's categories M*): Python's
    \\w takes no mark for a letter, and split Hindi "दो" (2) at its vowel sign, so that
    it was no word. Made once asked: finding the marks takes a few hundredths of a second,
    which a lint without a number word need not spend. They are all in the first two
    planes and the variation selectors' supplement."""
    codes = [*range(0x20000), *range(0xE0100, 0xE01F0)]
    marks = "".join(
        re.escape(chr(code)) for code in codes if unicodedata.category(chr(code))[0] == "M"
    )
    return re.compile(f"(?:[^\\W\\d_]|[{marks}])+")


@cache
def _clause_end_word() -> re.Pattern[str]:
    """A run of letters and marks (`_word`) that ends a clause (`_CLAUSE_END`)."""
    return re.compile(f"{_word().pattern}{_CLAUSE_END}")


def _words(text: str, language: str) -> list[str]:
    """The words of `text`: runs of letters and marks (`_word`), and in a script written
    without spaces (Thai "รับประทานยาหนึ่งเม็ด", one run) the words ICU's dictionary finds
    in a run ("หนึ่ง", 1), which are not the letters of another word ("สามารถ", can, is no
    สาม, 3)."""
    # ICU's breakers only when a translation's words are read, as `_icu_spellings` does.
    from icu4py.breakers import WordBreaker

    from .text.linebreak import written_without_spaces

    return [
        word
        for run in _word().findall(_ARABIC_VOWELS.sub("", text))
        for word in (
            WordBreaker(run, language)
            if written_without_spaces(run[0]) and script_of(run[0]) not in _HAN_SCRIPTS
            else (run,)
        )
    ]


@lru_cache(maxsize=4096)
def _spelled(number: str, language: str) -> frozenset[str]:
    """A whole number as the language spells it, in each of its forms (ICU's spellout
    rule sets: "uno", "un" and "una" for 1 in Spanish, "dos" for 2, Korean's "두"), in
    lower case; none for a larger number, a fraction, or a spelling of two words. A
    language ICU has no number words for (`_has_number_words`) is read in English's,
    which are the same number too. Only these forms are the number: a translation that
    declines it otherwise ("zweier") is still an error, which prints its English."""
    if not _may_be_spelled(number):
        return frozenset()
    spelling = language if _has_number_words(language) else "en"
    return frozenset(
        word.casefold()
        for word in _icu_spellings(int(number), spelling, _FORMS)
        if _word().fullmatch(word)
    )


def _may_be_spelled(number: str) -> bool:
    """Whether a number of the English may be written as a word: a whole one, up to
    `_SPELLED_UP_TO`."""
    return number.isdigit() and int(number) <= _SPELLED_UP_TO


# A language ICU never has data for: ISO 639 keeps qaa to qtz for local use.
_NO_LANGUAGE = "qaa"


# Languages whose number words are read as none ICU has (write the digits), though ICU
# has them: they are common words too, which would stand for a dropped dose. Measured in
# the shipped catalogs: Burmese သုံး (3) is "use" and လေး (4) "little", 9 times, none a
# number; Khmer's dictionary finds មួយ (1) in ជាមួយ (with) and មួយចំនួន (some), and not in
# មួយដុំ (one piece). Read as words once a mark was no longer taken for the end of a word.
_WORDS_NOT_NUMBERS = frozenset({"my", "km"})


@lru_cache(maxsize=256)
def _has_number_words(language: str) -> bool:
    """Whether ICU has number words of the language's own. It spells a language it has
    none for as one it never has data for (`_NO_LANGUAGE`): as its default locale, which
    it takes from the process's environment (measured with ICU 78.3: Hawaiian, Navajo,
    Somali and Tagalog in English under LANG=C.UTF-8, in German under
    LC_ALL=de_DE.UTF-8, in digits under LANG=haw_US.UTF-8), so that which words were
    read, and so what was printed, was the machine's. The default locale's own language
    spells so too, and has words. Not Burmese and Khmer (`_WORDS_NOT_NUMBERS`)."""
    if language in _WORDS_NOT_NUMBERS:
        return False
    probe = range(1, 11)
    own = [_icu_spellings(number, language, ("",))[0] for number in probe]
    unknown = [_icu_spellings(number, _NO_LANGUAGE, ("",))[0] for number in probe]
    return any(_word().fullmatch(word) for word in own) and (
        own != unknown or language == _icu_default_language()
    )


def _icu_spellings(number: int, language: str, forms: Iterable[str]) -> list[str]:
    """`number` as ICU spells it in `language`, in each of `forms` (spellout rule sets,
    `_FORMS`)."""
    from icu4py.messageformat import MessageFormat  # only when a number is written so

    # A rule set the language lacks gives its default spelling. No space in the pattern:
    # with one, ICU took no rule set at all.
    return [
        MessageFormat(f"{{n,spellout{rules}}}", language).format({"n": number}) for rules in forms
    ]


def _icu_default_language() -> str:
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


def unchanged(entry: Entry) -> Iterator[Problem]:
    """A translation that is its English, a sentence of it (five words or more): English
    pasted in, printed under the document's language and read so by a screen reader.
    An error, so that it is printed as the English it is and tagged so (and --strict
    refuses it); a notice so is a warning (its PDF would fail)."""
    if entry.translation.strip() != entry.english.strip():
        return
    if len(re.findall(r"[^\W\d_]{2,}", written_text(entry.english))) < 5:
        return
    yield Problem(
        Level.WARNING if entry.notice else Level.ERROR,
        "unchanged",
        "the translation is the English itself: translate it, or leave it empty (the "
        "English is then printed as English)",
    )


def visible(entry: Entry) -> Iterator[Problem]:
    if _shows_nothing(entry.translation) and not _shows_nothing(entry.english):
        yield Problem(
            Level.ERROR,
            "invisible-only",
            "the translation prints nothing a reader can see (only spaces or invisible "
            "characters): write the translation, or leave it empty to print the English",
        )


def stray_marks(entry: Entry) -> Iterator[Problem]:
    """A combining mark with no letter under it ("\u0300Ìgbésẹ̀", "kiko \u0304."): the
    letter it was typed on was deleted, and the PDF would print the accent alone, on a
    dotted circle in some fonts, in a word missing a letter. An error, so that the entry
    is printed in English (`inline.stray_mark`)."""
    stray = stray_mark(entry.translation)
    if stray is not None:
        yield Problem(
            Level.ERROR, "stray-mark", f"{stray}: put it back on its letter, or remove it"
        )


def length(entry: Entry) -> Iterator[Problem]:
    # As written: a link's address (in its Markdown, or printed after its text) is not
    # counted; it hid a notice cut down to its link.
    ratio = len(written_text(entry.translation)) / max(len(written_text(entry.english)), 1)
    low = _SHORTEST.get(entry.language, _SHORTEST_OTHERWISE)
    if ratio < low and entry.notice:
        yield Problem(
            Level.ERROR,
            "notice-emptied",
            f"the notice is {ratio:.2g} times the length of the English: it looks cut",
        )
    elif ratio < low or ratio > 3:
        yield Problem(
            Level.WARNING,
            "length",
            f"the translation is {ratio:.2g} times the length of the English",
        )


def newlines(entry: Entry) -> Iterator[Problem]:
    english, translation = entry.english, entry.translation
    if english.startswith("\n") != translation.startswith("\n") or english.endswith(
        "\n"
    ) != translation.endswith("\n"):
        yield Problem(
            Level.ERROR,
            "newline",
            "a line break begins or ends the translation but not the English, or the other "
            "way round (GNU msgfmt -c refuses it)",
        )


def whitespace(entry: Entry) -> Iterator[Problem]:
    if (entry.english != entry.english.strip()) != (entry.translation != entry.translation.strip()):
        yield Problem(
            Level.WARNING, "whitespace", "leading or trailing spaces differ from the English"
        )


def punctuation(entry: Entry) -> Iterator[Problem]:
    if entry.language in _NO_SENTENCE_MARK:
        return
    if entry.translation.rstrip()[-1:] in _ENDS_EITHER_WAY:
        return
    if _ends_a_sentence(entry.english) != _ends_a_sentence(entry.translation):
        yield Problem(
            Level.WARNING, "punctuation", "the ending punctuation differs from the English"
        )


def _ends_a_sentence(text: str) -> bool:
    """Whether `text` ends a sentence, after its closing quotes, brackets and Markdown
    emphasis ('"Call us."' as '«Llámenos».', '**Call 911.**'): what closes after the full
    stop or before it does not decide it."""
    stripped = text.rstrip()
    while stripped and (
        stripped[-1] in "*_\"'" or unicodedata.category(stripped[-1]) in ("Pf", "Pe")
    ):
        stripped = stripped[:-1].rstrip()
    return bool(stripped) and _ends_sentence(stripped[-1])


@lru_cache(maxsize=1024)
def _ends_sentence(character: str) -> bool:
    """Whether `character` ends a sentence as '.' does: it is one of Unicode's
    Sentence_Terminal characters ('!', '?', '。', '।', '።', the Canadian syllabics full
    stop U+166E, ...) or full stops, after which ICU's sentence breaker starts the next
    sentence (icu4py gives no character's properties, so ICU is asked so), or one of
    `_ENDS_AS_WELL`."""
    if character in _ENDS_AS_WELL:
        return True
    from icu4py.breakers import SentenceBreaker  # only for a text's last character

    text = f"x{character} Y"
    return next(iter(SentenceBreaker(text, "und")), text) == f"x{character} "


def entities(entry: Entry) -> Iterator[Problem]:
    found = sorted(
        entity
        for entity in set(_ENTITY.findall(entry.translation)) - set(_ENTITY.findall(entry.english))
        if plain_text(entity) != entity  # one Markdown knows
    )
    if found:
        shown = ", ".join(f"{entity} as {plain_text(entity)!r}" for entity in found)
        yield Problem(
            Level.WARNING,
            "entity",
            f"Markdown prints {shown}: write the character itself if that is not what you mean",
        )


def escapes(entry: Entry) -> Iterator[Problem]:
    found = sorted(set(_ESCAPE.findall(entry.translation)) - set(_ESCAPE.findall(entry.english)))
    if found:
        shown = ", ".join(f"{escape} as {escape[1]!r}" for escape in found)
        yield Problem(
            Level.WARNING,
            "escape",
            f"Markdown prints {shown}, without the backslash: write the character alone, "
            "or two backslashes to print one",
        )


def invisible(entry: Entry) -> Iterator[Problem]:
    allowed = _ORTHOGRAPHIC_JOINERS.get(entry.language, "")
    found = {match for match in _INVISIBLE.findall(entry.translation) if match not in allowed}
    if found:
        codes = ", ".join(f"U+{ord(character):04X}" for character in sorted(found))
        yield Problem(Level.WARNING, "invisible", f"holds invisible characters ({codes})")


CHECKS: tuple[Check, ...] = (
    links,
    addresses,
    placeholders,
    dois,
    emphasis,
    unsupported,
    unchanged,
    visible,
    stray_marks,
    numbers,
    units,
    durations,
    temperature,
    date,
    length,
    newlines,
    whitespace,
    punctuation,
    entities,
    escapes,
    invisible,
)


def problems(entry: Entry) -> list[Problem]:
    """Every problem of one translated entry, errors first."""
    return list(_problems(entry))


@lru_cache(maxsize=8192)
def _problems(entry: Entry) -> tuple[Problem, ...]:
    """Kept once found: a build checks each translation for each PDF that prints it (both
    variants, and bilingual), and the checks parse its Markdown several times."""
    found = [problem for check in CHECKS for problem in check(entry)]
    return tuple(sorted(found, key=lambda problem: problem.level is not Level.ERROR))


def errors(entry: Entry) -> list[Problem]:
    """The problems that keep a translation out of a PDF."""
    return [problem for problem in problems(entry) if problem.level is Level.ERROR]


def refusal(errors: Iterable[Problem]) -> str:
    """The errors that keep an entry out of a PDF, for the one line that names the entry
    (the build's, compile's): each with its check, as lint gives them a line each. The
    line named the first alone: of a dose of 2 and an interval of 6 both written as words,
    the 2."""
    return "; ".join(f"{problem.message} [{problem.check}]" for problem in errors)


def missing_glyphs(text: str, missing: Callable[[str], list[str]]) -> str | None:
    """A sentence naming the characters of `text` no face has (`missing` is the chain's)."""
    absent = missing(plain_text(text))
    if not absent:
        return None
    return ", ".join(f"U+{ord(character):04X} {character!r}" for character in absent)


def read_back_reversed(text: str) -> list[str]:
    """The right-to-left letters of `text` beyond U+FFFF (Adlam, Hanifi Rohingya, Mende
    Kikakui, Old Hungarian, Yezidi...), in order, each once. pypdf, which the build's
    check reads PDFs with, takes text as right to left only in its blocks below U+FFFF
    (Hebrew to N'Ko, and the presentation forms): with Noto's faces, every such script
    came back from pypdf each word back to front, from pdftotext line by line back to
    front, and not at all from PDFium, and each PDF failed its check; every script below
    U+FFFF came back right from pypdf, and so did Medefaidrin, left to right beyond it."""
    return [
        character
        for character in dict.fromkeys(text)
        if ord(character) > 0xFFFF and unicodedata.bidirectional(character) in ("R", "AL")
    ]


def unreadable(text: str, locale: str, written: str = "") -> str | None:
    """A sentence saying that `text` (plain text, as printed) holds letters the build's
    check cannot read back (see `read_back_reversed`), naming the script and the first of
    them; `written`: where the text came from, when no catalog line says it. The same
    sentence in lint and build."""
    letters = read_back_reversed(text)
    if not letters:
        return None
    from fontTools.unicodedata import script_name  # fontTools: only for such a letter

    from .text.scripts import script_of

    first = letters[0]
    name = script_name(script_of(first)).replace("_", " ")
    more = "…" if len(letters) > 1 else ""
    return (
        f"locale {locale}: {name} text (U+{ord(first):04X} {first!r}{more}{written}) is read "
        "back out of order by pypdf and Poppler and not at all by PDFium, so its PDFs would "
        "fail their check: not supported (right-to-left letters beyond U+FFFF)"
    )


def refuse_unreadable(texts: Iterable[PrintedText], locale: str) -> None:
    """Refuse a PDF whose text holds letters its check cannot read back, before anything is
    drawn or a font looked for, naming the file and line it came from, as
    `FontChain.preflight` does. A text someone wrote is named first, then what handout
    writes itself (a date as CLDR spells it), by the text."""
    for text, path, line, written in sorted(texts, key=lambda found: found.written):
        note = f" in {abbreviate(text, 40)!r}, which handout writes" if written else ""
        sentence = unreadable(text, locale, note)
        if sentence:
            raise ReadbackError(sentence, path, line)


def _links(markdown: str) -> list[tuple[str, str]]:
    """Each link's target and its text."""
    found: list[tuple[str, str]] = []
    inside: list[str] | None = None
    for token in inline_tokens(markdown):
        if token.type == "link_open":
            found.append((str(token.attrs.get("href")), ""))
            inside = []
        elif token.type == "link_close" and inside is not None:
            found[-1] = (found[-1][0], "".join(inside))
            inside = None
        elif inside is not None:
            inside.append(token.content)
    return found


def _shows_nothing(markdown: str) -> bool:
    """Whether `markdown` prints no visible character: spaces, format characters (a
    zero-width space, a soft hyphen, a word joiner) or nothing."""
    return all(
        character.isspace() or unicodedata.category(character) == "Cf"
        for character in plain_text(markdown)
    )


def _braces(text: str) -> int:
    """How many braces `text` holds besides its placeholders'."""
    left = PLACEHOLDER.sub("", text)
    return left.count("{") + left.count("}")


def _emphasis(markdown: str) -> int:
    tokens = inline_tokens(markdown)
    return sum(1 for token in tokens if token.type in ("strong_open", "em_open"))


def _ungrouped(grouped: re.Match[str]) -> str:
    """A number `_GROUPED` found, as the English writes it with no groups ("1234.56" for
    "1 234,56")."""
    whole, _, decimals = grouped.groups()
    return re.sub(r"\D", "", whole) + (f".{decimals}" if decimals else "")


def _whole(number: str) -> str:
    """`number` without the zeros before a whole number ("08" is 8)."""
    return (number.lstrip("0") or "0") if number.isdigit() else number


def _hours(hour: int, half: str) -> frozenset[str]:
    """How a translation may write `hour` of the 12-hour clock's `half` ('a' or 'p'): as it
    is, or on the 24-hour clock (midnight as 0 or 24)."""
    if half == "a":
        return frozenset({str(hour), "0", "24"} if hour == 12 else {str(hour)})
    return frozenset({str(hour)} if hour == 12 else {str(hour), str(hour + 12)})


def _western_digits(text: str) -> str:
    return "".join(
        str(unicodedata.digit(character)) if character.isdigit() else character
        for character in text
    )
