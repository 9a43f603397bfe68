"""The check of a date's month, and the months the English names in a date."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .model import Entry, Level, Problem
from .shared import NUMBER, digits_of, joins_a_word, longest_first, whole_number

__all__ = ["date", "date_months", "english_months", "in_common_era"]


def date_months(english: str) -> set[str]:
    """The number of each month the English names in a date ("December 24", "4 December"):
    its name, wide or abbreviated, capitalised, before a day or a year or after a day (not
    the "May" of "May cause")."""
    if not any(character.isdigit() for character in english):
        return set()
    months, in_a_date = english_months()
    return {months[found[1] or found[2]] for found in in_a_date.finditer(english)}


def in_common_era(text: str, language: str) -> str:
    """`text` with each year of a Japanese era it writes ("令和8年", the 8th year of Reiwa;
    "令和元年", its first; "令和８年") as the Common Era's ("2026年", its digits then
    western ones, `digits_of`), where `language` is Japanese: a year as Japanese dates
    write it, which was read as a number 8 the English lacks, its 2026 dropped, and as a
    span of 8 years. The years 1900 to 2100, as ICU's Japanese calendar (CLDR's eras)
    writes them; a year in which an era ended is either era's ("平成31年" and "令和元年"
    are 2019). Not a year in Han numerals ("令和八年")."""
    if language != "ja" or "年" not in text:
        return text
    years, pattern = _japanese_era_years()
    digits = digits_of(text)
    if not pattern.search(digits):
        return text
    return pattern.sub(lambda found: f"{years[found[0]]}年", digits)


# The years of the Common Era whose years of a Japanese era `in_common_era` reads.
_ERA_YEARS = range(1900, 2101)


@lru_cache(maxsize=1)
def _japanese_era_years() -> tuple[dict[str, int], re.Pattern[str]]:
    """Each year of a Japanese era as ICU writes it ("令和8年"), on the first and the last
    day of a year of `_ERA_YEARS` (at noon, which no time zone moves to another day), and
    that year; and the pattern of them."""
    from datetime import datetime

    from icu4py.messageformat import MessageFormat

    era_year = MessageFormat("{day, date, ::GGGGy}", "ja@calendar=japanese")
    years = {
        era_year.format({"day": datetime(year, month, day, 12)}): year
        for year in _ERA_YEARS
        for month, day in ((1, 1), (12, 31))
    }
    return years, re.compile(longest_first(years))


@lru_cache(maxsize=1)
def english_months() -> tuple[dict[str, str], re.Pattern[str]]:
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
    "2026年11月4日", "4 ноября"; CLDR's names, `_local_months`) or writes another in a
    date of numbers ("04/11/2026", `_numeric_months`): an error, as the numbers check
    sees the same day and year, and the wrong day of a visit was printed. A month the
    translation writes as its number ("04.12.2026", or a 12 elsewhere: "12月") is
    written; a date of numbers' day and year are not its month ("12/04/2026" in French
    is the 12th of April)."""
    english = date_months(entry.english)
    local = _local_months(entry.language) if english else None
    if local is None:
        return
    pattern, month_of = local
    text = digits_of(entry.translation).casefold().translate(_BIDI_MARKS)
    in_numbers = _numeric_months(text, entry.language)
    text = _NUMERIC_DATE.sub(" ", text)
    named = in_numbers | {
        month_of[found[0]]
        for found in pattern.finditer(text)
        if _beside_a_number(text, found.start(), found.end())
        and not joins_a_word(text[found.end() : found.end() + 1])
        and not joins_a_word(text[found.start() - 1 : found.start()] if found.start() else "")
    }
    numbers = {whole_number(number) for number in NUMBER.findall(text)}
    missing = english - named - numbers
    if missing and named - english:
        months, _ = english_months()
        name = {number: name for name, number in reversed(months.items())}
        yield Problem(
            Level.ERROR,
            "date",
            f"the month of {', '.join(name[number] for number in sorted(missing, key=int))} "
            "in a date is written as "
            f"{', '.join(name[number] for number in sorted(named - english, key=int))} (changed)",
        )


# A date written in numbers ("04/12/2026", "04.12.2026", "2026-12-04", "2026. 12. 4."):
# three numbers, the same mark between each two; and the bidi marks Arabic's dates
# carry between them (CLDR's "d\u200f/M\u200f/y"), taken out before it is read.
_NUMERIC_DATE = re.compile(
    r"(?<![\d.,/-])(\d{1,4})([/.-])\s?(\d{1,2})\2\s?(\d{1,4})(?![\d]|[.,/-]\d)"
)
_BIDI_MARKS = str.maketrans("", "", "\u200e\u200f\u061c")


def _numeric_months(text: str, language: str) -> set[str]:
    """The month of each date `text` writes in numbers (`_NUMERIC_DATE`), read in the
    order of the language's short date (`_date_order`: "04/11/2026" is November in
    French, April in English), or as ISO 8601's when it starts with a year of four
    digits; not a date whose month or day cannot be one."""
    order = _date_order(language)
    if order is None:
        return set()
    months = set()
    for found in _NUMERIC_DATE.finditer(text):
        parts = found[1], found[3], found[4]
        day_month_year = "yMd" if len(parts[0]) == 4 else order
        month = int(parts[day_month_year.index("M")])
        if 1 <= month <= 12 and 1 <= int(parts[day_month_year.index("d")]) <= 31:
            months.add(str(month))
    return months


@lru_cache(maxsize=256)
def _date_order(language: str) -> str | None:
    """The order of the day, month and year in the language's short date (CLDR's: "dMy"
    for French's "dd/MM/y", "Mdy" for English's "M/d/yy", "yMd" for Chinese's "y/M/d");
    None for a language CLDR does not know."""
    from babel import UnknownLocaleError
    from babel.dates import get_date_format

    try:
        pattern = get_date_format("short", locale=language).pattern
    except (UnknownLocaleError, ValueError):
        return None
    unquoted = re.sub(r"'[^']*'", "", pattern).replace("L", "M")
    order = "".join(dict.fromkeys(letter for letter in unquoted if letter in "dMy"))
    return order if sorted(order) == sorted("dMy") else None


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
