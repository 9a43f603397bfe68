"""The check of a limit kept: a translation that says "more than", "at least" or "up to" a
number fewer times than its English.

"You may need more than two biopsies." translated "Puede necesitar dos biopsias." says
two, where the English says a count beyond it; "Take up to 4 tablets a day" as "Tome 4
tabletas al día" turns a most into a dose. The numbers check finds the two and the 4
kept. The English's limits are `_ENGLISH_LIMIT`'s ("more than", "less than", "fewer
than", "at least", "at most", "up to"; "no more than" is its "more than"), each before a
number, in digits or words, or "a" or "an" ("more than a week"): "up to you" and "more
than usual" are none. A translation's are read with a table of each language's words
for them (`_table`); a language it has none for is not read. A word of a limit that is
another word too (Spanish "hasta" and Russian "до", until; "más", more, of "más
información") is counted wherever it stands, which may let a dropped limit pass but never
warns of a kept one.

A warning, as a dropped hedge is (`hedge`), for a translator to look at, and the PDF is
still printed: a limit is said in more ways than a table holds (Russian "не одна
биопсия", not one biopsy, for "more than one biopsy"; Japanese "何回か", a few times).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..errors import plural
from .model import Entry, Level, Problem
from .wordlists import anywhere, counter_of, fewer, words

__all__ = ["limits"]


def limits(entry: Entry) -> Iterator[Problem]:
    """A translation with fewer limits of a number than its English, in the words each
    writes (not a link's address): a warning. Not one that is its English (the unchanged
    check's), nor in a language the table does not read (`fewer`)."""
    found = fewer(entry, _english_limit().findall, _in_translation)
    if found is None:
        return
    english, translated = found
    yield Problem(
        Level.WARNING,
        "limit",
        f"the English has {plural(len(english), 'limit')} of a number ({', '.join(english)}), "
        f"the translation {translated}: a limit dropped states the number as exact; keep "
        "each one",
    )


@cache
def _english_limit() -> re.Pattern[str]:
    """A limit of the English before a number (`_ENGLISH_LIMIT`), in digits or in words
    (`english_number_words`), or "a" or "an"; the limit's words are what it finds."""
    from .words import english_number_words

    numbers = "|".join(sorted(english_number_words(), key=len, reverse=True))
    return re.compile(rf"(?i)\b({_ENGLISH_LIMIT})\s+(?=\d|(?:an?|{numbers})\b)")


# The English's limits of a number, each a word or two.
_ENGLISH_LIMIT = r"(?:more|less|fewer)\s+than|at\s+(?:least|most)|up\s+to"


@cache
def _table() -> dict[str, str]:
    """Each language's pattern of its words of a limit, made when first asked."""
    # Each language's words for "more" and "less" (of "more than", "less than"), for "at
    # least" and "at most" (or their "least" and "most") and for "up to", as each shipped
    # translation of "more than one biopsy" of these languages writes its limit ("más de
    # una", "plus d'une", "mais de uma", "не одна", "більше ніж", "więcej niż", "أكثر
    # من", "不止", "不只"). A language not listed is not read.
    return {
        "es": words("más menos mínimo máximo hasta"),  # "al menos", "como máximo"
        "pt": words("mais menos mínimo máximo até"),  # "pelo menos", "no máximo"
        "fr": words("plus moins minimum maximum jusqu"),  # "au moins", "jusqu'à"
        "de": words("mehr weniger mindestens höchstens maximal bis über unter"),
        "it": words("più meno almeno minimo massimo fino"),
        # "не один" (not one) is "more than one"; "до" (up to) is "until" too
        "ru": words(
            "больше более меньше менее минимум максимум хотя_бы до свыше "
            "не_один не_одна не_одну не_одно"
        ),
        "uk": words(
            "більше більш менше менш щонайменше щонайбільше принаймні мінімум максимум до "
            "понад не_один не_одна не_одну не_одне"
        ),
        "pl": words("więcej mniej najmniej najwyżej minimum maksimum maksymalnie do ponad"),
        # "أكثر من" (more than), "أقل من" (less than), "على الأقل" (at least), "حتى" and "ما
        # يصل إلى" (up to), "لا يزيد عن" (no more than), with "و" (and) before it
        "ar": words("أكثر أقل الأقل الأكثر حتى يصل يزيد", onto="و"),
        "zh": anywhere(
            "不止 不只 超过 超過 多于 多於 以上 至少 最少 最多 以下 少于 少於 不到 "
            "高达 高達 多达 多達"
        ),
    }


# How many limits a translation says in a language, each where it stands; None for a
# language the table does not read.
_in_translation = counter_of(_table)
