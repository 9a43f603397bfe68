"""The check of a date's month, and the months the English names in a date."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .model import Entry, Level, Problem
from .shared import NUMBER, digits_of, joins_a_word, whole_number

__all__ = ["date", "date_months", "english_months"]


def date_months(english: str) -> set[str]:
    """The number of each month the English names in a date ("December 24", "4 December"):
    its name, wide or abbreviated, capitalised, before a day or a year or after a day (not
    the "May" of "May cause")."""
    if not any(character.isdigit() for character in english):
        return set()
    months, in_a_date = english_months()
    return {months[found[1] or found[2]] for found in in_a_date.finditer(english)}


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
    "2026年11月4日", "4 ноября"; CLDR's names, `_local_months`): an error, as the numbers
    check sees the same day and year, and the wrong day of a visit was printed. A month
    the translation writes as its number ("04.12.2026") is written."""
    english = date_months(entry.english)
    local = _local_months(entry.language) if english else None
    if local is None:
        return
    pattern, month_of = local
    text = digits_of(entry.translation).casefold()
    named = {
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
