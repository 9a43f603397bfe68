"""The check of a translation's numbers: each of the English's kept, however the language
writes it (its digits, marks and groups, a year of the Buddhist era or of a Japanese
one, a word), and none added.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from fractions import Fraction
from functools import lru_cache

from .clock import (
    CLOCK,
    CLOCK_TIME,
    EnglishHour,
    as_12_hour_clock,
    forms_of_hour,
    half_hours_written,
    hours_not_counts,
    hours_of_the_day,
    hours_of_the_english,
    hours_of_the_other_half,
    hours_taken,
    hours_with_a_mark,
    in_western_hours,
    marked_hours,
    midnights_as_noon,
    named_in_words,
    on_the_hour_written,
    six_hour_clock_hours,
    spelled_hours,
    spelled_hours_in_digits,
    times_as_written,
    times_written,
)
from .dates import date_months, in_common_era
from .measures import (
    ones_of_a_rate,
    ranges_of_hours,
    spans_of_hours,
    spans_of_hours_not_the_englishs,
)
from .model import Entry, Level, Problem
from .shared import (
    DOI,
    NUMBER,
    TIME_UNITS,
    MarkedPattern,
    decimal_mark,
    digits_of,
    language_name,
    names_of_words,
    time_unit_names,
    whole_number,
)
from .words import (
    AND_A_HALF_AFTER_WRITTEN,
    AND_A_HALF_BEFORE_WRITTEN,
    BEFORE_AND_A_HALF,
    HALF_AFTER_ITS_NOUN,
    HAN_DIGITS,
    SPELLED_UP_TO,
    UNSPACED,
    and_a_half_after,
    apostrophes_as_icu,
    arabic_duals,
    articles,
    counts_in_digits,
    counts_of_times,
    english_number_words,
    fractions_said_in_digits,
    halved_dose,
    halves,
    has_number_words,
    may_be_spelled,
    may_write_two_or_more,
    mixed_numbers_in_digits,
    number_words,
    one_listed_with_another,
    spans_of_one,
    spelled_numbers,
    spellings,
    words_beyond,
    written_beyond_the_words,
)

__all__ = ["numbers"]


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
# The Buddhist era's years are the Common Era's and 543.
_BUDDHIST_ERA = 543
# Words of the English that a translation may write as numbers, which are then no number
# the English lacks: noon and midnight ("12:00", "0:00"), and a month's name in a date
# ("12" in "2026年12月24日" for "December 24, 2026": `date_months`).
_NAMED_NUMBERS = {
    "noon": frozenset({"12"}),
    "midday": frozenset({"12"}),
    "midnight": frozenset({"0", "12", "24"}),
}
_NAMED = re.compile(rf"(?i)\b({'|'.join(_NAMED_NUMBERS)})\b")
# "24/7", at all hours of every day: a translation may write its hours alone, the
# days of the week they imply left out ("las 24 horas", "24 घंटे"); its 24 is needed.
_ALL_THE_TIME = re.compile(r"(?<![\d.,/\u2044])24\s?/\s?7(?![\d/\u2044]|[.,]\d)")
# An hour and its minutes the English writes after a colon ("10:00"), the hour its group:
# with `CLOCK`'s hours gone, each a time of `times_as_written` or one not read as a time.
_TIME_UNREAD = re.compile(r"(?<![\d.,:])(\d{1,2}):[0-5]\d(?![\d:])")
# A number the English writes with a decimal part of zeros alone ("4.00"; not "1,000",
# grouped), its whole number its group, which a translation may write alone ("4 mg").
_WHOLE_WITH_ZEROS = re.compile(r"(?<![\d.,])(\d+)\.0+(?![\d]|[.,]\d)")
# A number of four digits or more the English writes with no groups ("10000",
# "1234.5"), which a translation may group ("10 000", "10.000", "1 234,5").
_UNGROUPED = re.compile(r"(?<![\d.,])\d{4,}(?:\.\d+)?(?![\d]|[.,]\d)")


def numbers(entry: Entry) -> Iterator[Problem]:
    """A number of the English missing from the translation, dropped or changed ("4 mg"
    for "40 mg"): an error, as a wrong dose or day is wrong medical advice. One the
    translation adds (a dose the English does not give: "Nehmen Sie 200 mg." for "Take
    it."; or a word of one, "tres" in "dos o tres tabletas" for "2 tablets",
    `_words_not_in_english`) is a warning, as is one of the English's written more often
    than the English writes it (an extra "2回"). How a language writes a number is the same number
    (`_numbers_written`); an hour of the English's 12-hour clock may be written on the
    24-hour one ("17 h" for "5 pm", each such hour, not any 5 of the English), and a
    number written as an hour ("20 h") stands for an hour only, not for a dose of 20; an
    hour written in Han numerals or Korean's native ones ("八点", "한 시", `spelled_hours`)
    stands for the English's hour (or one it writes with no "am" or "pm", "at 4 o'clock",
    `times_as_written`), and
    half past an hour in words for the English's time's 30 ("a las 8 y media" for "8:30
    am", `half_hours_written`); the 7 of "24/7" may be left out ("las 24 horas",
    `_ALL_THE_TIME`); "N times" may be the words a language says it with, no number's word
    among them ("дважды в день" for "2 times a day", "วันละครั้ง" for "once a day",
    `counts_of_times`), and a span of 1 one word or a unit's singular ("seminggu", "в течение
    недели" for "1 week", `spans_of_one`).
    Each hour of the English (`hours_of_the_english`: "8 pm", and one it writes with no
    "am" or "pm", "at 8:30", "at 8 o'clock") takes a number of its own, as a count does
    (`_hours_not_kept`), and is no count; where the English writes hours, a number the
    translation writes as an hour of the day ("2 Uhr", "2 de la tarde", "a las 2",
    `hours_not_counts`; not one the English writes after a colon and not as a time, the
    10 of "from 8:00 to 10:00" (`_TIME_UNREAD`), nor one with no mark whose hour it writes
    with one, "por la mañana 2" beside "a las 14:00" for "2 pm") stands for no count
    ("Tome 8 tabletas a las 2:30" for "Take 2 tablets at 8:30" swaps them), as does one
    before a name of an hour where the English writes no such span
    (`spans_of_hours_not_the_englishs`: "8 أقراص في 2 ساعة", in 2 hours), and noon or
    midnight written as another hour is an error (`_named_hours_changed`), as is 12 am or
    midnight written as noon's 12 ("a las 12:00", `midnights_as_noon`); midnight's word is
    12 am's hour ("a medianoche", `named_in_words`), and noon's 12 pm's ("al mediodía").
    An hour the English names by its part of the day ("at 8 in the morning") is read as
    the 12-hour clock's (`as_12_hour_clock`), and one the translation writes on Swahili's
    clock ("saa 2 asubuhi", 8 am) as the 12-hour clock's, or on Thai's six-hour clock
    ("2 ทุ่ม", 8 pm) as the 24-hour clock's (`in_western_hours`), and a
    count of times written as a word as its number ("twice a day", `counts_in_digits`), as
    is a number's word that counts ("two tablets", "one week"). A
    fraction the translation writes denominator first is its numbers ("二分之一",
    "2分の1", "2분의 1" are 1/2, `fractions_said_in_digits`). A fraction of the English
    is written in digits or, ½, as a word for half
    (`_fractions_not_written`; the 1 and 2 of a "1/2" so said are then no numbers of their
    own, `_slash_halves_in_words`), and a half the English does not have is not added in
    words ("2 tabletas y media", `_halves_added`)."""
    if (on_the_clock := as_12_hour_clock(entry.english)) != entry.english:
        entry = replace(entry, english=on_the_clock)
    if (counted := counts_in_digits(entry.english)) != entry.english:
        entry = replace(entry, english=counted)
    # "二分之一" as "1/2": the fraction the English writes so, its numbers the fraction's
    if (
        slashed := fractions_said_in_digits(entry.translation, entry.language)
    ) != entry.translation:
        entry = replace(entry, translation=slashed)
    entry = _mixed_numbers_as_in_english(entry)
    # "令和8年" as "2026年": a year as Japanese dates write it
    if (common := in_common_era(entry.translation, entry.language)) != entry.translation:
        entry = replace(entry, translation=common)
    # "2 ทุ่ม" as "20 นาฬิกา", named as written in a warning
    six_hours = six_hour_clock_hours(entry.translation, entry.language)
    if (western := in_western_hours(entry.translation, entry.language)) != entry.translation:
        entry = replace(entry, translation=western)
    hours = {
        f"{int(hour)} {half.lower()}m": forms_of_hour(int(hour), half.lower())
        for hour, half in CLOCK.findall(entry.english)
    }
    english_text = CLOCK.sub(" ", entry.english).replace(",", ".")
    english = [whole_number(number) for number in NUMBER.findall(english_text)]
    named = [_NAMED_NUMBERS[name.lower()] for name in _NAMED.findall(entry.english)]
    translated, as_hours = _numbers_written(
        entry, Counter(NUMBER.findall(english_text)), hours, frozenset().union(*named)
    )
    english_hours = hours_of_the_english(entry.english)
    # "6 to 8 hours": its range in the translation is that span, as often as the English
    # writes it, and no hours of the day
    english_ranges = ranges_of_hours(entry.english) if english_hours else Counter()
    # the hours of the English's times with no "am" or "pm" ("at 8:30") are its hours, as
    # its "8 pm" is, not numbers it counts: "Tome 8 tabletas a las 2:30" for "Take 2
    # tablets at 8:30" passed, a dose of 8 printed
    as_written = times_as_written(entry.english)
    counts = list(english)
    for hour, _ in as_written:
        counts.remove(hour)
    if english_hours:  # a number written as an hour of the day counts nothing the English
        # counts: "8 Tabletten um 2 Uhr abends" for "2 tablets at 8 pm" swapped the dose
        # and hour ("por la mañana 2" is a count where the English's "2 pm" is "14:00")
        as_hours |= hours_not_counts(
            entry.translation, entry.language, english_hours, english_ranges
        )
        # but a number the English writes as a time it does not read as one is its count:
        # "de 8:00 a 10:00" for "from 8:00 to 10:00" was refused, its 10 read nowhere
        colons = Counter(whole_number(hour) for hour in _TIME_UNREAD.findall(english_text))
        as_hours -= colons - Counter(hour for hour, minutes in as_written if minutes)
        # nor one written as a span of hours the English does not have, or the clock's hour
        # with a span's name ("a las 8 horas"): "8 أقراص في 2 ساعة" (in 2 hours) for "2
        # tablets at 8 o'clock" passed, a dose of 8 printed; "las 24 horas" for "24/7" is
        # the English's 24
        spans = spans_of_hours_not_the_englishs(entry)
        spans["24"] -= len(_ALL_THE_TIME.findall(entry.english))
        as_hours |= +spans
    else:  # where the English writes no hour, one written with its mark counts nothing
        as_hours |= marked_hours(entry.translation, entry.language)
    # "1日2グラム" for "2 grams a day": the 1 is the English's "a"
    for _ in range(ones_of_a_rate(entry)):
        translated.remove("1")
    # Each of the English's numbers takes one of the translation's: "5 mL ... 5 mL again"
    # as "5 mL ... 50 mL" has the 5 once, and the 50 was only a number the English lacks.
    unmatched = Counter(translated) - as_hours
    in_dois = DOI.findall(entry.english)
    half_past = half_hours_written(entry)  # "a las 8 y media" for "8:30 am": no 30
    # "Tome 4 mg" for "Take 4.00 mg": the same number, without its decimal part of zeros
    wholes = {
        found[0]: whole_number(found[1]) for found in _WHOLE_WITH_ZEROS.finditer(entry.english)
    }
    # what a translation may write the English's counts and hours as (number words, hours
    # in words, halves...) is read only where the English has them: most entries have
    # neither, and reading it was about 6% of a build that checks every translation
    errors = (
        _counts_not_written(entry, counts, unmatched, in_dois, half_past, wholes) if counts else []
    )
    if english_hours:
        errors += _hours_not_kept(
            english_hours, unmatched + as_hours + _hours_in_words(entry.translation, entry.language)
        )
    errors += midnights_as_noon(entry)
    errors += hours_of_the_other_half(entry, english_ranges)
    errors += _minutes_added(entry)
    errors += _named_hours_changed(entry, english, hours)
    # one error for a fraction: "Tome ¼ tableta" for "Take ½ tablet" writes it nowhere too
    errors += _fractions_changed(entry) or _fractions_not_written(entry, half_past)
    errors += _halves_added(entry, english)
    years = [_buddhist_year(number, entry.language) for number in english]
    # "½" as "1/2": the English's fraction, which its numbers do not read ("media tableta")
    fractions = NUMBER.findall(_fractions_in_digits(entry.english))
    known = set(english).union(
        *hours.values(),
        *named,
        date_months(entry.english),
        filter(None, years),
        fractions,
        wholes.values(),
    )
    warnings = [
        _not_in_english(number, six_hours)
        for number in dict.fromkeys(translated)
        if number not in known and not any(number in doi for doi in in_dois)
    ]
    # one warning a number: one it writes in digits too was warned of above
    warnings += _words_not_in_english(entry, known | set(translated))
    # a number the English has, written more often than the English writes it: an extra
    # "2回" repeats a dose or count the English gives once
    warnings += [
        f"the number {number} is in the translation more often than in the English"
        for number, extra in unmatched.items()
        if extra > 0 and (number in counts or number in wholes.values())
    ]
    warnings += [
        f"{grouped} reads as a decimal number where {mark!r} is the decimal mark, as in "
        "this language: group its thousands as the language does"
        for grouped, mark in _read_as_decimals(entry)
    ]
    yield from (Problem(Level.ERROR, "numbers", message) for message in errors)
    yield from (Problem(Level.WARNING, "numbers", message) for message in warnings)


def _counts_not_written(
    entry: Entry,
    counts: list[str],
    unmatched: Counter[str],
    in_dois: list[str],
    half_past: int,
    wholes: dict[str, str],
) -> list[str]:
    """The errors of the English's `counts` (its numbers but its hours) the translation
    does not write: each takes one of its numbers in digits (`unmatched`, counted down), or
    a word of one. The word for 1 ("un", "une", "ein") translates the English's articles
    too, so it stands for the English's 1 only beyond them ("Tome tabletas con un vaso"
    for "Take 1 tablet with a glass" dropped the 1)."""
    in_words = Counter(
        {number: sum(found.values()) for number, found in _numbers_in_words(entry).items()}
    )
    spelled = Counter({"1": articles(entry)})
    duals = arabic_duals(entry)
    ones_in_a_word = spans_of_one(entry)  # "seminggu" for "1 week": no numeral
    times = counts_of_times(entry)  # "дважды в день" for "2 times a day"
    half_hours = half_past  # counted down as the 30s they stand for are found
    on_the_hour = on_the_hour_written(entry)  # "um 16 Uhr" for "4:00 pm": no 00
    halves_in_words = _slash_halves_in_words(entry, half_past)  # "media" for "1/2"
    all_the_time = len(_ALL_THE_TIME.findall(entry.english)) if "7" in counts else 0
    errors: list[str] = []
    for number in counts:
        if any(number in doi for doi in in_dois):
            continue
        # first: a 2 of the translation's own ("media tableta 2 veces" for "1/2 tablet")
        # is no 2 of the fraction's, and is left to be one too many
        if halves_in_words[number]:
            halves_in_words[number] -= 1
            continue
        if unmatched[number]:
            unmatched[number] -= 1
            continue
        if (whole := wholes.get(number)) and unmatched[whole]:
            unmatched[whole] -= 1
            continue
        if (year := _buddhist_year(number, entry.language)) and unmatched[year]:
            unmatched[year] -= 1
            continue
        if may_be_spelled(number) and in_words[int(number)] > spelled[number]:
            spelled[number] += 1
            continue
        if (beyond := _beyond_the_words(number, entry.english)) and written_beyond_the_words(
            beyond, entry.translation, entry.language
        ) > spelled[number]:
            spelled[number] += 1
            continue
        if number == "2" and duals:  # "قرصين", two tablets: no numeral
            duals -= 1
            continue
        if number == "1" and ones_in_a_word:
            ones_in_a_word -= 1
            continue
        if times[number]:
            times[number] -= 1
            continue
        if number == "30" and half_hours:
            half_hours -= 1
            continue
        if number == "0" and on_the_hour:
            on_the_hour -= 1
            continue
        if number == "7" and all_the_time:
            all_the_time -= 1
            continue
        errors.append(_not_in_translation(number, entry.language))
    return errors


@lru_cache(maxsize=64)  # asked twice an entry: for the English's counts, for words it lacks
def _numbers_in_words(entry: Entry) -> dict[int, Counter[str]]:
    """The numbers the translation writes as words (`number_words`, `spelled_numbers`),
    each with its words as written in lower case ("dos", "deux"); not an hour in words
    ("八時", "한 시", `spelled_hours_in_digits`), which is the English's hour, not a number
    word besides."""
    words = number_words(spelled_hours_in_digits(entry.translation, entry.language), entry.language)
    spelled_as = spelled_numbers(entry.language)
    found: dict[int, Counter[str]] = {}
    for word, times in words.items():
        if word in spelled_as:
            found.setdefault(spelled_as[word], Counter())[word] += times
    return found


def _words_not_in_english(entry: Entry, known: set[str]) -> list[str]:
    """The warnings of the numbers the translation writes as words that the English lacks
    as it would of their digits (`_not_in_english`), each naming its word: "Tome dos o
    tres tabletas" for "Take 2 tablets" writes a 3 in "tres", and "más de dos biopsias"
    for "more than one biopsy" a 2, which passed where "2 o 3" and "más de 2" were
    warned of. The English's own numbers in words count as its numbers ("two in the
    afternoon", "one of them", "bilingual": `_english_spelled`), as does the 2 of "two or
    more" for its "more than one" (`_OR_MORE`: "두 번 이상"); a word that is a common word
    too is no number's (`number_words`, `_COMMON_WORDS_TOO`), nor one of a number of the
    English's over 100 written in words (`_words_of_larger_numbers`). Not a word for 1, which
    translates an article the English may not write ("avec un verre d'eau" for "with
    water") and its "one" that counts nothing ("más de una biopsia" for "more than one
    biopsy"), which the numbers check cannot tell a count from, but where it is listed
    with another number (`one_listed_with_another`: "Tome una o dos tabletas" for "Take 2
    tablets", a range the English lacks, passed); nor one for 0, which says
    "no" or "none" in many a language (Vietnamese "không", Tagalog "wala"); none in a
    language handout reads no number words of (`has_number_words`: Hawaiian), where a
    word could only be English's."""
    if not has_number_words(entry.language) or not may_write_two_or_more(
        entry.translation, entry.language
    ):
        return []
    in_words = _numbers_in_words(entry)
    listed_one = 1 in in_words and one_listed_with_another(entry.translation, entry.language)
    lowest = 1 if listed_one else 2
    found = {
        number: words
        for number, words in in_words.items()
        if number >= lowest and str(number) not in known
    }
    if not found:  # most often: the words are the English's numbers, read no further
        return []
    known = _english_spelled(entry.english) | ({"2"} if _two_or_more(entry) else set())
    common = _COMMON_WORDS_TOO.get(entry.language, frozenset()) | _words_of_larger_numbers(entry)
    added = {
        number: [word for word in words if word not in common]
        for number, words in found.items()
        if str(number) not in known
    }
    return [
        f"the number {' / '.join(_as_written(word, entry) for word in words)} ({number}) is "
        "not in the English"
        for number, words in sorted(added.items())
        if words
    ]


def _as_written(word: str, entry: Entry) -> str:
    """A number word of the translation (`number_words`, in lower case) as the translation
    first writes it, its capitals kept ("Drei", "ТРИ"), for a warning to quote it as the
    translator finds it; as it is where its folding changed its length ("ß"). The search
    is in the translation with its typed apostrophes as ICU's, one character for one
    (`apostrophes_as_icu`), as the word has them."""
    typed = apostrophes_as_icu(entry.translation, entry.language)
    found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", typed, re.IGNORECASE)
    return entry.translation[found.start() : found.end()] if found else word


def _words_of_larger_numbers(entry: Entry) -> frozenset[str]:
    """The words of the English's numbers above `SPELLED_UP_TO` that the translation writes
    in words (`written_beyond_the_words`, `words_beyond`), which are no numbers of their
    own: "Tome ciento cincuenta mg" for "Take 150 mg" adds no 50."""
    beyond = [_beyond_the_words(number, entry.english) for number in _whole_numbers(entry.english)]
    return frozenset().union(
        *(
            words_beyond(whole, entry.language)
            for whole in beyond
            if whole and written_beyond_the_words(whole, entry.translation, entry.language)
        )
    )


def _two_or_more(entry: Entry) -> bool:
    """Whether the translation may say the English's "more than one" (`_MORE_THAN_ONE`) as
    two or more: it writes its language's word for "or more" (`_OR_MORE`)."""
    or_more = _OR_MORE.get(entry.language)
    return bool(or_more and or_more in entry.translation and _MORE_THAN_ONE.search(entry.english))


_MORE_THAN_ONE = re.compile(r"(?i)\bmore\s+than\s+one\b")
# A language's word for "or more" after a number, by hand: Korean "두 번 이상" (a shipped
# translation of "more than one biopsy"), Japanese and Chinese "二回以上", "两次以上".
_OR_MORE = {"ko": "이상", "ja": "以上", "zh": "以上"}
# Words that spell a number and are a common word too, more often the latter, which the
# translation adds beside the English's numbers: Korean "이" (2; "this", "이 병", this
# disease) and "둘" (2; a form of 두다, to keep: "알아 둘 용어", words to know), Nepali "छ"
# (6; "is": "भएको छ?"), each in a shipped catalog, none a number there; Vietnamese "năm"
# (5; "year": "ngày 24 tháng 12 năm 2026") and French "neuf" (9; "new").
_COMMON_WORDS_TOO = {
    "ko": frozenset({"이", "둘"}),
    "ne": frozenset({"छ"}),
    "vi": frozenset({"năm"}),
    "fr": frozenset({"neuf"}),
}
# English words that say a number without its word, with the number: "bilingual" (the
# shipped Lao, Thai, Somali and Urdu "Bilingual plain language" say "two languages"),
# "both" ("los dos", "两者").
_NUMBERS_SAID = {"bilingual": 2, "both": 2}


def _english_spelled(english: str) -> set[str]:
    """The numbers `english` writes as words ("one of them", "two in the afternoon") or says
    in one (`_NUMBERS_SAID`: "bilingual"), in digits: those it counts with are in digits
    already (`counts_in_digits`)."""
    spelled = english_number_words() | _NUMBERS_SAID
    return {
        str(spelled[word])
        for word in re.findall(r"[a-z]+(?:-[a-z]+)*", english.casefold())
        if word in spelled
    }


def _hours_in_words(translation: str, language: str) -> Counter[str]:
    """The hours `translation` writes in words: an hour ("네 시에", "八点", `spelled_hours`),
    midnight's 0 ("a medianoche") and noon's 12 ("al mediodía", `named_in_words`), each of
    which stands for an hour of the English's (`_hours_not_kept`)."""
    in_words = Counter(str(hour) for _, _, hour in spelled_hours(translation, language))
    return in_words + Counter(
        {
            "0": named_in_words(translation, language, "midnight"),
            "12": named_in_words(translation, language, "noon"),
        }
    )


# Unicode's signs of a fraction: "¼" to "¾", "⅐" to "⅞", and "↉" (zero thirds); not "⅟",
# a numerator 1 with no denominator.
_FRACTION_SIGN_CHARACTERS = "".join(map(chr, [*range(0xBC, 0xBF), *range(0x2150, 0x215F), 0x2189]))
_FRACTION_SIGN = f"[{_FRACTION_SIGN_CHARACTERS}]"
# A fraction written with a slash or the fraction slash (which a fraction's sign, "½",
# is in Unicode's compatibility form), not in a date ("12/04/2026").
_FRACTION = re.compile(r"(?<![\d.,/\u2044])(\d+)\s?[/\u2044]\s?(\d+)(?![\d/\u2044]|[.,]\d)")


def _fractions_in_digits(text: str, only: set[Fraction] | None = None) -> str:
    """`text` with each fraction's sign ("½", "¼") as its numbers (1/2 with the fraction
    slash, Unicode's compatibility form), a space before it after a digit ("1½" is 1 and
    1/2); with `only`, a sign of another fraction as a space."""

    def in_digits(found: re.Match[str]) -> str:
        written = unicodedata.normalize("NFKC", found[2])
        if only is not None and not set(_fractions(written)) & only:
            written = " "
        return f"{found[1]} " * bool(found[1]) + written

    return re.sub(rf"(\d?)({_FRACTION_SIGN})", in_digits, text)


# The English's words for a fraction, with the values a translation may write them as:
# "half an hour" as "½ hora", "a quarter of the tube" as "¼ del tubo".
_SAID = {
    "half": (Fraction(1, 2),),
    "third": (Fraction(1, 3), Fraction(2, 3)),
    "thirds": (Fraction(2, 3),),
    "quarter": (Fraction(1, 4), Fraction(3, 4)),
    "quarters": (Fraction(3, 4),),
}
_FRACTION_WORD = re.compile(rf"(?i)\b({'|'.join(_SAID)})\b")


def _fractions_changed(entry: Entry) -> list[str]:
    """A fraction of the English ("½", "1/2") the translation does not write, writing one
    the English does not ("¼", "1/4"), or, writing none, more of a number than the English
    writes but in its fraction ("1 tableta" or "2 tabletas" for "½ tablet" or "1/2 tablet",
    "media tableta 2 veces" for "1/2 tablet", which the numbers of the English's "½"
    stood for; not the 1 of a rate per its unit, the English's "a": "1日2回", twice a
    day, `ones_of_a_rate`): an error, the dose changed. So is a
    fraction under 1 the translation adds, the English writing each of its own ("Tome 3 ½
    tabletas" for "Take 3 tablets", "Tome 1/2 tableta" for "Take 1 tablet", which passed
    or was a warning), unless the English says it in a word (`_SAID`: "½ hora" for "half
    an hour"). One written
    as a word ("media tableta") is not read here (`_fractions_not_written`)."""
    english = _fractions(_fractions_in_digits(entry.english))
    translated = _translated_fractions(entry)
    missing = [written for value, written in english.items() if value not in translated]
    added = [written for value, written in translated.items() if value not in english]
    if not missing:
        said = {
            value for word in _FRACTION_WORD.findall(entry.english) for value in _SAID[word.lower()]
        }
        added = [
            written
            for value, written in translated.items()
            if value not in english and 0 < value < 1 and value not in said
        ]
        return [f"the fraction {', '.join(added)} is not in the English (added)"] if added else []
    if missing and not translated:
        in_signs = {part for written in english.values() for part in written.split("/")}
        # the English's numbers but those of its fractions, which "1/2" writes as "½" does
        outside = _FRACTION.sub(
            lambda found: found[0] if _ALL_THE_TIME.fullmatch(found[0]) else " ", entry.english
        )
        # "1日2回" for "2 times a day": the 1 is the English's "a" (`ones_of_a_rate`)
        extra = Counter(_whole_numbers(digits_of(entry.translation))) - Counter(
            [*_whole_numbers(outside), *["1"] * ones_of_a_rate(entry)]
        )
        added = [number for number in extra if number in in_signs]
    if not missing or not added:
        return []
    return [
        f"the fraction {', '.join(missing)} of the English is written {', '.join(added)} (changed)"
    ]


# A mixed number: a whole number and a fraction, written with the fraction's sign ("1 ½",
# "1½") or its numbers ("1 1/2"), or as a decimal number ("1.5"; "1,5" in a translation,
# `_mixed_value`). A number before a fraction with no space ("11/2") is the fraction's.
_MIXED = re.compile(
    r"(?<![\d.,/\u2044])(\d+)"
    rf"(?:\s?({_FRACTION_SIGN})|\s+(\d+)\s?[/\u2044]\s?(\d+)|([.,])(\d+))"
    r"(?![\d/\u2044]|[.,]\d)"
)


# A fraction with no whole number before it: its sign ("½") or its numbers ("1/4").
_LONE_FRACTION = re.compile(
    r"(?<![\d.,/\u2044])(?<!\d\s)"
    rf"(?:{_FRACTION_SIGN}|\d+\s?[/\u2044]\s?\d+(?![\d/\u2044]|[.,]\d))"
)


def _mixed_value(found: re.Match[str], in_english: bool) -> Fraction | None:
    """The value of a mixed number `_MIXED` found; None for a whole number ("1.0") or a
    fraction of 1 or more ("1 3/2"). A decimal one's mark is the English's point, or a
    translation's point or comma before other than three digits: "1,500" is 1500 in the
    English, "1.500" in German ("Nehmen Sie 1.500 g" for "Take 1.5 g" is a changed dose)."""
    whole = Fraction(int(found[1]))
    if found[2] or found[3]:
        sign = unicodedata.normalize("NFKC", found[2]).split("\u2044") if found[2] else []
        top, bottom = (int(part) for part in sign or (found[3], found[4]))
        part = Fraction(top, bottom) if bottom else Fraction(0)
    elif found[5] == "." if in_english else len(found[6]) != 3:
        part = Fraction(f"0.{found[6]}")
    else:
        return None
    return whole + part if 0 < part < 1 else None


def _mixed_numbers_as_in_english(entry: Entry) -> Entry:
    """`entry` with each mixed number of its translation that the English writes otherwise,
    of the same value, written as the English writes it: "1,5", "1½" or "1 1/2" for "1 ½",
    and "1½" for "1.5", are the English's number, which the numbers and the fractions
    checks then read as the English's ("Tome 1,5 tabletas" for "Take 1 ½ tablets" was
    refused, its 1 and ½ not in the translation); so are a fraction alone of the value of
    the English's decimal number under 1 (`_LONE_FRACTION`: "Dé ½ mL" for "Give 0.5 mL"
    was refused) and the language's words for a whole number and a half
    (`mixed_numbers_in_digits`: "półtorej", "ढाई", "साढ़े तीन") that are the English's."""
    english = {
        value: found[0]
        for found in _MIXED.finditer(entry.english)
        if (value := _mixed_value(found, in_english=True))
    }
    if not english:
        return entry

    def as_in_english(found: re.Match[str]) -> str:
        return english.get(_mixed_value(found, in_english=False) or Fraction(0), found[0])

    def decimal_in_english(found: re.Match[str]) -> str:
        values = _fractions(_fractions_in_digits(found[0]))
        return next((english[value] for value in values if value in english), found[0])

    translation = digits_of(entry.translation)
    written = _MIXED.sub(as_in_english, translation)
    if any(value < 1 for value in english):  # "0.5" of the English, "½" of a translation
        written = _LONE_FRACTION.sub(decimal_in_english, written)
    written = mixed_numbers_in_digits(written, entry.language, english)
    if written == translation:
        return entry
    return replace(entry, translation=written)


def _fractions_not_written(entry: Entry, half_past: int) -> list[str]:
    """A fraction of the English, alone or in a mixed number ("½", "1/2", "1 ½"), that the
    translation writes neither in digits (its sign or its numbers; a mixed number of the
    same value is the English's, `_mixed_numbers_as_in_english`) nor, ½, in a word for
    half (`_halves_for_the_english`: not those of its times half past an hour,
    `half_past`, "a las 8 y media"; "media hora" for "½ hour"): an error, the dose
    changed ("Tome una tableta" for "Take 1 ½ tablets" or "Take ½ tablet" passed, its
    words for 1 the English's 1 or none). In a language whose
    words for it handout does not know, it says to write the digits, as `numbers` reads no
    word for a fraction there."""
    english = _fractions(_fractions_in_digits(_ALL_THE_TIME.sub(" ", entry.english)))
    if not english:  # "24/7" is none; the translation's halves are read only for one
        return []
    written = _translated_fractions(entry)
    in_words = _halves_for_the_english(entry, half_past)
    half_words = in_words or 0
    errors = []
    for value, fraction in english.items():
        if value in written:
            continue
        if value == Fraction(1, 2) and half_words > 0:
            half_words -= 1
        elif value == Fraction(1, 2) and in_words is not None:
            errors.append(
                f"the fraction {fraction} of the English is not in the translation "
                "(dropped or changed)"
            )
        else:
            sign = _FRACTION_SIGNS.get(value)
            errors.append(
                f"the fraction {fraction} of the English is not in the translation in "
                f"digits, and handout cannot read it as a word in "
                f"{language_name(entry.language)}: write it as "
                + (f"{sign} or {fraction}" if sign else fraction)
            )
    return errors


@lru_cache(maxsize=64)  # asked twice an entry: its 1/2s (`_slash_halves_in_words`), its ½s
def _halves_for_the_english(entry: Entry, half_past: int) -> int | None:
    """How many of the translation's words for half may stand for the English's ½: those
    `halves` reads, less its times half past an hour (`half_past`: "a las 8 y media"),
    and its halves of a unit of time the English gives a ½ of (`_HALF_OF_A_UNIT_OF_TIME`:
    "media hora", "半小时", "nửa giờ" for "½ hour"), which `halves` leaves out as no half
    of a dose, so that "Espere media hora" for "Wait ½ hour" was refused, the ½ read
    nowhere. Only where each ½ of the English is of a unit of time: one of a dose besides
    ("½ tablet ½ hour before") takes a word for half of its own ("una tableta media hora
    antes" drops it). None in a language whose words for half handout does not know."""
    in_words = halves(entry.translation, entry.language)
    if in_words is None:
        return None
    of_time = _HALF_OF_A_UNIT_OF_TIME.findall(entry.english)
    english_halves = sum(
        int(bottom) > 0 and Fraction(int(top), int(bottom)) == Fraction(1, 2)
        for top, bottom in _FRACTION.findall(_fractions_in_digits(entry.english))
    )
    units = {unit.lower() for unit in of_time}
    names = [
        name for name, unit in (time_unit_names(entry.language) or {}).items() if unit in units
    ]
    if not names or len(of_time) < english_halves:
        return in_words - half_past
    # a half of such a unit is a word for half that `halves` reads once the unit's name
    # after it is gone ("media ", "半。")
    text = unicodedata.normalize("NFC", entry.translation).casefold()
    unnamed = MarkedPattern(names_of_words(sorted(names))).for_text(text).sub("", text)
    halves_of_time = (halves(unnamed, entry.language) or 0) - in_words
    return in_words - half_past + min(halves_of_time, len(of_time))


# A ½ of a unit of time in the English, its sign or its numbers ("½ hour", "1/2 an hour",
# "a 1/2-hour walk"), with the unit (`TIME_UNITS`); not of a mixed number ("1 ½ hours").
_HALF_OF_A_UNIT_OF_TIME = re.compile(
    r"(?i)(?<![\d.,/\u2044])(?<!\d\s)(?:\u00bd|1\s?[/\u2044]\s?2)[\s-]?(?:an?\s)?"
    rf"({'|'.join(TIME_UNITS)})s?\b"
)


def _slash_halves_in_words(entry: Entry, half_past: int) -> Counter[str]:
    """The numbers of the English's halves written with a slash ("1/2") that the
    translation writes in no digits but says with a word for half
    (`_halves_for_the_english`): "media tableta" for "1/2 tablet", "media hora" for "1/2
    hour".
    They are the fraction's, which `_fractions_not_written` reads, as it reads "½"; read
    as numbers of their own, the 1 and the 2 the translation lacked refused it."""
    slashed = _FRACTION.findall(_ALL_THE_TIME.sub(" ", entry.english))
    # the translation's halves are read only for a fraction of the English's
    if not slashed or Fraction(1, 2) in _translated_fractions(entry):
        return Counter()
    words = _halves_for_the_english(entry, half_past) or 0
    found: Counter[str] = Counter()
    for top, bottom in slashed:
        if words > 0 and int(bottom) and Fraction(int(top), int(bottom)) == Fraction(1, 2):
            found.update((whole_number(top), whole_number(bottom)))
            words -= 1
    return found


def _halves_added(entry: Entry, english: list[str]) -> list[str]:
    """A half the translation adds to one of the English's numbers (`english`), in digits
    or as its word (`spellings`), the English having no half (no "½", "1/2", "2.5",
    "half", nor a time half past, ":30"): "Tome 2 tabletas y media", "dos tabletas y
    media", "2 viên rưỡi", "服用2片半", "2 और आधी गोलियां", "साढ़े 2 गोलियां" for "Take 2
    tablets" (`_and_a_half`): an error, the dose changed, where the numbers check saw the
    English's 2 and read no word for a half beside it. So is a half of what a dose is
    counted in with no number (`halved_dose`: "media tableta" for "a tablet"), which the
    numbers check read as the English's "a"."""
    if _ANY_HALF.search(entry.english):
        return []
    if halved := halved_dose(entry.translation, entry.language):
        return [f"the translation adds a half ({halved!r}) the English does not have"]
    # an hour in words is its digits ("à huit heures et demie du soir" for "at 8 pm")
    text = digits_of(spelled_hours_in_digits(entry.translation, entry.language)).casefold()
    written = [
        *AND_A_HALF_AFTER_WRITTEN.get(entry.language, ()),
        *AND_A_HALF_BEFORE_WRITTEN.get(entry.language, ()),
        "半",
    ]
    # ICU's spellings (a language's made once, in up to 77 ms): only for a translation
    # with such words
    if not any(words in text for words in written):
        return []
    spelled = frozenset(word for number in english for word in spellings(number, entry.language))
    pattern = _and_a_half(entry.language, spelled)
    found = pattern.search(text) if pattern else None
    if found is None:
        return []
    half = found[found.lastgroup or 0]  # the one group of the two that took part
    return [f"the translation adds a half ({half!r}) the English does not have"]


# What in the English is a half, or half past an hour.
_ANY_HALF = re.compile(r"(?i)\bhalf\b|[\u00bd]|\d\s?[/\u2044]\s?2(?!\d)|\d[.]5(?!\d)|:30")


@lru_cache(maxsize=256)
def _and_a_half(language: str, spelled: frozenset[str]) -> re.Pattern[str] | None:
    """A number, in digits or one of the words `spelled`, and the language's words for "and
    a half" after it in its clause (`and_a_half_after`; 半 right after a number's
    counter in Chinese and Japanese, `UNSPACED`), the words as the group "half", or right
    before it (`AND_A_HALF_BEFORE_WRITTEN`: "साढ़े 2"), as the group "before"; the words
    alone where a noun holds its number (`HALF_AFTER_ITS_NOUN`: Arabic "قرصين ونصفًا"); None
    in a language handout knows no such words of."""
    if language in UNSPACED:
        # in digits or Han numerals ("两片半" for "2 tablets" passed), not the 一 of 一半 (half)
        return re.compile(rf"(?:\d|(?!一半){HAN_DIGITS})\s?[^\W\d_]{{0,2}}(?P<half>半)")
    after = and_a_half_after(language)
    if after is not None and language in HALF_AFTER_ITS_NOUN:
        return re.compile(f"(?P<half>{after})")
    before = AND_A_HALF_BEFORE_WRITTEN.get(language)
    if after is None and before is None:
        return None
    number = "|".join([r"\d", *(rf"(?<![^\W\d_]){re.escape(word)}" for word in sorted(spelled))])
    # a language without one of the two has a group that never takes part: (?!)
    return re.compile(
        rf"(?:{number}){BEFORE_AND_A_HALF}"
        rf"(?P<half>{after or '(?!)'})"
        rf"|(?<![^\W\d_])(?P<before>{'|'.join(map(re.escape, before or ())) or '(?!)'})"
        rf"\s+(?:{number})"
    )


def _whole_numbers(text: str) -> list[str]:
    """The numbers `text` writes in digits, as the numbers check reads them ("08" is 8)."""
    return [whole_number(number) for number in NUMBER.findall(text.replace(",", "."))]


@lru_cache(maxsize=64)  # asked three times an entry
def _translated_fractions(entry: Entry) -> dict[Fraction, str]:
    """The fractions the translation writes in digits or signs (`_fractions`: "½" and
    "1/2" alike), its digits western ones."""
    return _fractions(_fractions_in_digits(digits_of(entry.translation)))


def _fractions(text: str) -> dict[Fraction, str]:
    """The fractions of `text` (`_FRACTION`), each as its value and as written, "1/2"."""
    return {
        Fraction(int(top), int(bottom)): f"{whole_number(top)}/{whole_number(bottom)}"
        for top, bottom in _FRACTION.findall(text)
        if int(bottom)
    }


# The fractions Unicode has a sign of (`_FRACTION_SIGN_CHARACTERS`), by value: "½" for 1/2; not 0,
# as "↉" names no dose to write.
_FRACTION_SIGNS = {
    value: sign
    for sign in _FRACTION_SIGN_CHARACTERS
    for value in _fractions(unicodedata.normalize("NFKC", sign))
    if value
}


def _minutes_added(entry: Entry) -> list[str]:
    """The English's hours on the hour ("8 pm") that the translation writes with minutes
    ("20:30", "8:30 de la noche", "8h15"): an error, the time changed, where the 30 was
    only a number the English lacks; not where the English gives that hour with those
    minutes too ("8 pm or 8:30 pm"), nor a number the English writes so ("8.30 mL")."""
    on_the_hour = [
        (f"{int(hour[1])} {hour[2].lower()}m", forms_of_hour(int(hour[1]), hour[2].lower()))
        for hour in CLOCK.finditer(entry.english)
        if not entry.english.startswith(":", hour.end())
    ]
    if not on_the_hour:
        return []
    with_minutes = [
        (forms_of_hour(int(hour), half.lower()), minutes)
        for hour, minutes, half in CLOCK_TIME.findall(entry.english)
    ]
    return [
        f"{time} is written {written[0]} (changed)"
        for written in times_written(entry.language).finditer(digits_of(entry.translation))
        if written[2] != "00" and written[0] not in entry.english
        for time, forms in on_the_hour
        if whole_number(written[1]) in forms
        and not any(
            whole_number(written[1]) in hours and written[2] == minutes
            for hours, minutes in with_minutes
        )
    ]


def _named_hours_changed(
    entry: Entry, english: list[str], hours: dict[str, frozenset[str]]
) -> list[str]:
    """The English's noon and midnight that the translation writes as another hour of the
    day (`hours_of_the_day`: "um 13 Uhr", "午後1時" for "at noon"), and as none of theirs
    ("12:00", "0 Uhr"): an error, the time changed, where the other hour was only a number
    the English lacks. Not an hour that is one of the English's numbers or of its other
    times ("al mediodía y a las 20 h" for "at noon and at 8 pm"), nor noon in words alone
    ("al mediodía")."""
    named = [name.lower() for name in _NAMED.findall(entry.english)]
    if not named:
        return []
    written = hours_of_the_day(entry.translation, entry.language)
    theirs = set(english).union(*hours.values(), *(_NAMED_NUMBERS[name] for name in named))
    others = [hour for hour in written if hour not in theirs]
    return [
        f"{name} is written as the hour {others[0]} (changed)"
        for name in dict.fromkeys(named)
        if others and not any(written[hour] for hour in _NAMED_NUMBERS[name])
    ]


def _hours_not_kept(english: list[EnglishHour], left: Counter[str]) -> list[str]:
    """The English's hours (`hours_of_the_english`: "8 pm", "8:30") for which the
    translation has no number `left` once the English's other numbers took theirs: each
    hour takes one, as a count does (`hours_taken`), so that "Tome 8 mg a las 9 de la
    noche" for "Take 8 mg at 8 pm" (the dose's 8 standing for the hour too) is an
    error."""
    taken = hours_taken([hour.forms for hour in english], left)
    return [
        f"the hour of {hour.written} is not in the translation (dropped or changed)"
        for hour, found in zip(english, taken, strict=True)
        if not found
    ]


def _not_in_english(number: str, six_hours: dict[str, str]) -> str:
    """The warning of a number of the translation the English lacks, named as the
    translator wrote it where it is an hour of Thai's six-hour clock read as this number
    of the 24-hour one (`six_hours`, `six_hour_clock_hours`: "2 ทุ่ม", 20:00), not as the
    number no one wrote ("the number 20")."""
    if number in six_hours:
        return f"the hour {six_hours[number]} ({number}:00) is not in the English"
    return f"the number {number} is not in the English"


def _beyond_the_words(number: str, english: str) -> int | None:
    """A whole number of the English above `SPELLED_UP_TO` (`number` as the numbers check
    reads it: "500", and "1.000" for the English's "1,000"), which a translation may
    write in words (`written_beyond_the_words`); None for any other."""
    if re.fullmatch(r"\d+", number):
        whole = int(number)
    elif _GROUPS_READ.fullmatch(number) and number.replace(".", ",") in english:
        whole = int(number.replace(".", ""))
    else:
        return None
    return whole if whole > SPELLED_UP_TO else None


# A number the English groups by commas as the numbers check reads it, a point for each
# ("1.000" for "1,000").
_GROUPS_READ = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")


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
    if may_be_spelled(number) and not has_number_words(language):
        return (
            f"the number {number} is not in the translation in digits, and handout cannot "
            f"read number words in {language_name(language)}: write it as {number}"
        )
    return f"the number {number} is not in the translation (dropped or changed)"


def _read_as_decimals(entry: Entry) -> list[tuple[str, str]]:
    """A thousand or more of the English that the translation groups with its language's
    decimal mark ("1,000" in Vietnamese, "1.000" in Chinese), which its reader may take
    for 1; with the mark (CLDR's, through Babel)."""
    english = _thousands(entry.english)
    mark = decimal_mark(entry.language) if english else None  # CLDR's, read only for one
    if mark is None:
        return []
    translation = digits_of(entry.translation)
    return [
        (found[0], mark)
        for found in _GROUPED.finditer(translation)
        if found[2] == mark and found[3] is None and _ungrouped(found) in english
    ]


def _numbers_written(
    entry: Entry,
    english_numbers: Counter[str],
    hours: dict[str, frozenset[str]],
    named_hours: frozenset[str],
) -> tuple[list[str], Counter[str]]:
    """The numbers of the translation as the English writes them, and those of them it
    writes as hours of the English ("20 h", "20:30", "20 Uhr"; `named_hours`: those of
    noon and midnight, "12:00"; not a span of hours of the English's, "8 h" for "8 hours",
    `hours_with_a_mark`). The same number, written
    the language's way: its own digits; a comma and a point between digits are one mark
    ("2,5" is "2.5", "1.000" is "1,000"), as are Arabic's separators; a number of four
    digits or more may be grouped by a space, an apostrophe or a mark, or not at all
    ("1 000", "1'000", "10.000", "1000"), its decimal part after a comma or a point
    ("1 234,56", "1.234,56", "1'234.56" for "1,234.56"); zeros before a whole number
    ("08") are no part of it; a time's minutes may follow its hour after a point or an
    "h" ("8.30", "8h30" for "8:30 am", "4.00" for "at 4:00", `times_as_written`), or
    after a comma in a language whose decimal mark is a comma ("a las 4,00"), but a
    number the English writes so ("4.00 mg") is that number as often as it writes it,
    and an hour on the hour may have them ("8:00" for "8 am"); a date is its day, month
    and year in any order ("04.12.2026"); and a fraction's sign is its numbers ("½" is
    "1/2") where the English writes that fraction in them, and none elsewhere, as the
    English's sign is none ("Tome ½ tableta 3 veces" for "Take ½ tablet 2 times" passed,
    the "½" standing for the 2)."""
    thousands = _thousands(entry.english)
    in_digits = set(_fractions(entry.english))
    translation = _fractions_in_digits(digits_of(entry.translation), in_digits)
    if thousands:
        translation = _GROUPED.sub(
            lambda found: thousands.get(_ungrouped(found), found[0]), translation
        )
    hour_forms = set().union(*hours.values(), named_hours)
    spans = spans_of_hours(entry.english) if hour_forms else Counter()
    as_hours = hours_with_a_mark(translation, entry.language, hour_forms, spans)
    times = [
        (forms_of_hour(int(hour), half.lower()), minutes)
        for hour, minutes, half in CLOCK_TIME.findall(entry.english)
    ] + [(frozenset({hour}), minutes) for hour, minutes in times_as_written(entry.english)]
    # a number the English writes with a point ("4.00 mg") stays that number, as often as
    # the English writes it, where it is a time's form too ("a las 4.00" for "at 4:00")
    decimals = Counter(english_numbers)

    def as_the_english_writes(found: re.Match[str]) -> str:
        if decimals[number := found[0].replace(",", ".")] > 0:
            decimals[number] -= 1
            return found[0]
        if any(whole_number(found[1]) in forms and found[2] == minutes for forms, minutes in times):
            return f"{found[1]} {found[2]}"
        if found[2] == "00" and whole_number(found[1]) in hour_forms:
            return found[1]  # "8:00" for "8 am": the hour, on the hour
        return found[0]

    translation = times_written(entry.language).sub(as_the_english_writes, translation)
    translated = [
        whole_number(part)
        for number in NUMBER.findall(translation.replace(",", "."))
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


def _ungrouped(grouped: re.Match[str]) -> str:
    """A number `_GROUPED` found, as the English writes it with no groups ("1234.56" for
    "1 234,56")."""
    whole, _, decimals = grouped.groups()
    return re.sub(r"\D", "", whole) + (f".{decimals}" if decimals else "")
