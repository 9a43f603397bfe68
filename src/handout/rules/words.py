"""Numbers written as words: ICU's spellings of a number in each of a language's forms, a
translation's words (ICU's dictionaries for scripts written without spaces), Han
numerals, and which words for 1 the English's articles stand for.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import cache, lru_cache
from itertools import pairwise, product
from typing import TYPE_CHECKING, TypeAlias

from ..cache import entry_key, json_entry, tool_version
from ..text.hyphens import SOFT_HYPHEN
from ..text.scripts import script_of
from .model import Entry
from .shared import (
    MARKS,
    ONE_AS_A_PREFIX,
    SPAN_OF_ONE_AFTER,
    TIME_UNITS,
    MarkedPattern,
    cldr_unit_name,
    digits_of,
    icu_default_language,
    longest_first,
    names_of_words,
    time_unit_names,
    unmarked_spellings,
    whole_number,
    without_arabic_vowels,
)

if TYPE_CHECKING:
    from icu4py.messageformat import MessageFormat

__all__ = [
    "AND_A_HALF_AFTER_WRITTEN",
    "AND_A_HALF_BEFORE_WRITTEN",
    "BEFORE_AND_A_HALF",
    "COUNTED_BY_HAND",
    "HALF_AFTER_ITS_NOUN",
    "HALF_PAST",
    "HALF_TOWARD_THE_HOUR",
    "HAN_DIGITS",
    "HAN_MEASURE",
    "KOREAN_TIME_PARTICLES",
    "LIANG_AS_TWO",
    "SPELLED_UP_TO",
    "UNSPACED",
    "and_a_half_after",
    "apostrophes_as_icu",
    "arabic_duals",
    "articles",
    "as_icu_spells",
    "combining_marks",
    "compound_spellings",
    "counts_in_digits",
    "counts_of_times",
    "english_number_words",
    "fractions_said_in_digits",
    "half_past",
    "half_toward_the_hour",
    "halved_dose",
    "halves",
    "has_number_words",
    "hours_led_to",
    "in_another_number",
    "may_be_spelled",
    "may_write_two_or_more",
    "mixed_numbers_in_digits",
    "number_words",
    "one_listed_with_another",
    "spans_of_one",
    "spelled_by_icu",
    "spelled_number",
    "spelled_numbers",
    "spelled_pattern",
    "spellings",
    "word_pattern",
    "words_beyond",
    "written_beyond_the_words",
]


# The end of a clause: its punctuation, after any closing quotes, brackets or Markdown
# emphasis, or the end of the text.
_CLAUSE_END = (
    r"(?=[\s*_\"'\u2019\u201d\u00bb)\]]*"
    r"(?:[.,;:!?\u2026\u3002\u3001\uff0c\uff1b\uff1a\uff01\uff1f،؛؟।\u06d4]|$))"
)
# The punctuation that ends a clause (`_clauses`), in any script: a point, a comma or a
# colon between two digits is part of a number or a time ("2.5", "1,000", "8:30").
_CLAUSE_MARK = re.compile(
    r"[;!?\u2026\u3002\u3001\uff0c\uff1b\uff1a\uff01\uff1f،؛؟।\u06d4]|(?<!\d)[.,:]|[.,:](?!\d)"
)
# Scripts written without spaces whose words ICU's dictionaries find (Thai, Lao, Khmer,
# Burmese); not Han and kana, whose numerals `_HAN_NUMERALS` reads by the measure word
# after them, as ICU's word breaker splits "二十五" (25) into 二 and 十五.
_HAN_SCRIPTS = frozenset({"Hani", "Hira", "Kana", "Bopo"})
# Languages whose word for 1 follows the noun it counts, and so may end a clause (Arabic
# "أكثر من خزعة واحدة.", more than one biopsy, in a shipped catalog): WALS's feature 89A,
# "Noun-Numeral", of those ICU has number words for.
_ONE_AFTER_ITS_NOUN = frozenset({"ar", "he", "sw", "yo", "zu", "xh", "ha", "ig", "eu"})
# The English's indefinite articles, and its "one" where it counts nothing (a count's is
# in digits by then, `counts_in_digits`: "more than one biopsy", "one of them"), which a
# language may translate with its word for 1 ("más de una biopsia"): "Tome tabletas.
# Puede necesitar más de una biopsia." passed for "Take 1 tablet. You may need more than
# one biopsy.", its "una" read as the dropped dose's 1.
_ARTICLE_OR_ONE = re.compile(r"(?i)\b(?:a|an|one)\b")
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
SPELLED_UP_TO = 100  # numbers a translator may write as a word
# Han numerals, which Chinese and Japanese write with no space around them ("服用二十片"):
# a run of them is one word, the number it spells ("二十", not 二 and 十, so that "二十片"
# is no 2), when a measure word or a unit follows it, as one follows a count or a dose: a
# numeral is also a letter of other words ("一定", certainly; "十分", enough; "两者",
# both), and a dose the translation dropped went through where one of them stood. By
# hand: ICU's word breaker splits "二十五" into 二 and 十五, and takes "两次" and "十天"
# each for one word; the measure words are those of counts, doses and times, and 磅
# (CLDR's pound, which names a type's point too: "十八磅" for "18 pt"). After 第 it
# is an ordinal ("第二片", the second tablet). The first number of a range takes the
# measure of the second ("两到三天", 2 to 3 days). Japanese names a unit in katakana too,
# CLDR's "ミリグラム", "マイクログラム", "グラム", "キログラム", "ミリリットル", "リットル"
# and "ポイント" (a point of type), by their first word ("五ミリグラム", 5 mg).
HAN_DIGITS = "[〇零一二两兩三四五六七八九十百千万萬亿億]+"
HAN_MEASURE = (
    "(?:[片粒颗顆次回天日周週个個克升錠杯滴岁歳才年月包支瓶剂劑种種位名人条條张張袋倍度秒时時磅"
    "%\uff05A-Za-z]|毫|微|小[时時]|分[钟鐘]|星期|ミリ|マイクロ|グラム|キロ|リットル|ポイント)"
)
_HAN_NUMERALS = re.compile(
    # the first of a range ("两到三天", 2 to 3 days) has its measure after the second
    f"(?<!第){HAN_DIGITS}(?=(?:[到至或~\uff5e、-]{HAN_DIGITS})?{HAN_MEASURE})"
)
# 两 (兩 in the traditional script), how Chinese writes 2 before a measure word ("两片"
# for 2 tablets): ICU spells 2 "二".
LIANG_AS_TWO = str.maketrans("两兩", "二二")


def number_words(text: str, language: str) -> Counter[str]:
    """The words of `text` a number written as a word may be (`numbers`), in lower case:
    its words (one of two words or a hyphen whole, `_compounds_as_one`: "dix-huit"), less
    those ending a clause that are another word spelled so
    (`_number_words_at_clause_ends`: its words for 1, Hindi's and Urdu's "दो", give!),
    those before a word of hundreds or thousands (`_before_multipliers`), the verbs
    spelled as a number before their object (`_verbs_before_an_object`: Russian "три
    кожу", rub the skin) and
    those written onto a digit (`_written_onto_digits`), and its Han numerals."""
    folded = _folded(text, language)
    listed = _words(folded, language)
    words = _compounds_as_one(folded, language, Counter(listed))
    words -= _before_multipliers(listed, language)
    words -= _number_words_at_clause_ends(text, language)
    words -= _verbs_before_an_object(folded, language)
    words -= _written_onto_digits(folded, language)
    words.update(_HAN_NUMERALS.findall(text.translate(LIANG_AS_TWO)))
    return words


def _folded(text: str, language: str) -> str:
    """`text` as `number_words` reads its words: in lower case, without soft hyphens, an
    apostrophe typed in a word ICU's where the language's numbers have one
    (`apostrophes_as_icu`)."""
    return apostrophes_as_icu(text.replace(SOFT_HYPHEN, "").casefold(), language)


def may_write_two_or_more(text: str, language: str) -> bool:
    """Whether `text` may write a number from 2 to `SPELLED_UP_TO` as a word: it holds,
    anywhere, a word of the language's spellings of one (`_two_or_more_spelled`), folded as
    `number_words` reads it (and without Arabic's vowel marks, as `_words` reads it), or
    a Han numeral of one (两 as 二). One search, before `number_words` reads a text's
    words, which most texts hold none of: reading every translation's words for numbers
    the English lacks took the unit tests of the checks 0.6 to 0.8 s more CPU in two of
    three runs (about 10 s a run)."""
    text = without_arabic_vowels(_folded(text, language)).translate(LIANG_AS_TWO)
    return _two_or_more_spelled(language).search(text) is not None


@lru_cache(maxsize=64)
def _two_or_more_spelled(language: str) -> re.Pattern[str]:
    """The words of the spellings of the numbers from 2 to `SPELLED_UP_TO` in `language`
    (`spelled_numbers`), but those that spell 0 or 1 ("एक" of "एक सौ", 100; each spelling
    has another, measured in the shipped languages), as a pattern (`spelled_pattern`):
    a third of the time to compile of their spellings whole, and a word for 1, which
    most texts hold, does not make the search find one."""
    spelled = spelled_numbers(language)
    below_two = {word for word, number in spelled.items() if number < 2}
    return re.compile(
        spelled_pattern(
            {
                word
                for spelling, number in spelled.items()
                if number > 1
                for word in spelling.split(" ")
                if word not in below_two
            }
        )
    )


def one_listed_with_another(text: str, language: str) -> bool:
    """Whether `text` writes a word for 1 (`spelled_numbers`) listed with another number,
    in words or digits, with one short word between ("or", "to": `_ONE_LISTED`) or a
    dash: "una o dos", "un ou deux", "ein bis zwei", "одну-две", a range or a choice
    whose 1 counts, where a word for 1 alone may be an article; in Chinese and Japanese
    (`UNSPACED`), Han numerals with a dash, a wave dash or a word for "to" or "or"
    between (`_HAN_LISTED`: "一到两片", "一至二錠"). Not "una a una" (one by one)."""
    listed = _one_listed(language)
    folded = without_arabic_vowels(_folded(text, language)).translate(LIANG_AS_TWO)
    return listed is not None and listed.search(folded) is not None


@lru_cache(maxsize=64)
def _one_listed(language: str) -> re.Pattern[str] | None:
    """A word for 1 of `language` (`spelled_numbers`) before a dash, or a word of up to
    `_ONE_LISTED` letters (in Chinese and Japanese one of `_HAN_LISTED`), and another
    number, in words or digits; None in a language with no words for numbers."""
    spelled = spelled_numbers(language)
    ones = [word for word, number in spelled.items() if number == 1]
    if not ones:
        return None
    others = spelled_pattern(word for word, number in spelled.items() if number > 1)
    if language in UNSPACED:
        return re.compile(rf"(?:{longest_first(ones)})(?:{_HAN_LISTED})(?:{others})")
    between = rf"\s*[-\u2013]\s*|\s+[^\W\d_]{{1,{_ONE_LISTED}}}\s+"
    another = rf"(?!1(?!\d))\d+|(?:{others})(?!\w)"
    return re.compile(rf"(?<!\w)(?:{longest_first(ones)})(?:{between})(?:{another})")


# The most letters of the word between a word for 1 and another number that lists them:
# "o", "ou", "bis", "или", "oder", "أو".
_ONE_LISTED = 4
# What lists two Han numerals, by hand: a dash, a wave dash (fullwidth too), "到" and "至"
# (to), "或" (or).
_HAN_LISTED = r"\s*(?:[-\u2013~\u301c\uff5e]|到|至|或)\s*"


def _compounds_as_one(text: str, language: str, words: Counter[str]) -> Counter[str]:
    """`words` (of `text`, in lower case) with each number `text` writes as the language
    spells it in two words or more or with a hyphen (`compound_spellings`; with any
    spaces, a hyphen or a no-break hyphen, `spelled_pattern`) as one word in place of its
    parts, its words apart by one space (`_apart_by_spaces`: "dix huit"): "dix-huit" is
    18, not 10 and 8, and "labing-walong tableta" (18 tablets) and "двадцать две
    таблетки" (22) passed for "8 tablets" and "2 tablets", the last part read as the
    English's number. A compound that is no number's word ("deux-trois", 2 or 3) is left
    as its parts."""
    pattern = _compound_pattern(language)
    if pattern is None:
        return words
    read = without_arabic_vowels(text)
    for compound in pattern.for_text(read).findall(read):
        words.subtract(_words(compound, language))
        words[_apart_by_spaces(compound)] += 1
    return +words


def in_another_number(text: str, start: int, end: int, language: str) -> bool:
    """Whether the words of a number found from `start` to `end` of `text` (in lower case
    and without Arabic's vowel marks, `without_arabic_vowels`, as `number_words` reads
    words) are part of a larger number the language writes in two words or more or with
    a hyphen (`_compound_pattern`), as `number_words` reads it: the "deux" of "vingt-deux
    jours" (22 days) is no 2, nor the "دو" of Persian "بِیسْت و دو" (22), its first word
    with its marks; an apostrophe typed in a word as ICU writes it (`apostrophes_as_icu`:
    Ukrainian "двадцять п'ять", 25)."""
    pattern = _compound_pattern(language)
    if pattern is None:
        return False
    read = apostrophes_as_icu(text, language)
    return any(
        found.start() <= start and end <= found.end() and found.span() != (start, end)
        for found in pattern.for_text(read).finditer(read)
    )


def _apart_by_spaces(text: str) -> str:
    """`text` with each run of spaces and hyphens one space: a translator writes a number
    of two words with a hyphen where ICU writes a space, or the other way round ("vingt
    et un", ICU's "vingt-et-un"; a no-break hyphen, U+2011, after a line break)."""
    return _SPACES_AND_HYPHENS.sub(" ", text)


_SPACES_AND_HYPHENS = re.compile("[\\s\u2010\u2011-]+")


def _before_multipliers(words: Iterable[str], language: str) -> Counter[str]:
    """Those of `words` (a translation's, in order, in lower case) right before a word the
    language says hundreds, thousands, lakhs or millions with after a number
    (`_multipliers`): the first word of a larger number, which `spellings` does not read,
    no number of its own. "Prenez deux cents comprimés" (200), "دو هزار قرص" (2000),
    "ਦੋ ਸੌ ਗੋਲੀਆਂ" and Thai "สองร้อยเม็ด" (200) passed for "Take 2 tablets", their first
    word read as the English's 2."""
    multipliers = _multipliers(language)
    return Counter(word for word, after in pairwise(words) if after in multipliers)


# The numbers a language says after another number's word as a word of their own (two
# hundred, two thousand, two lakh, two million), and the numbers before them whose
# spelling `_multipliers` reads them in: 1 too ("одна тысяча", "un millón": "Примите одну
# тысячу миллиграммов", 1,000 mg, passed for "Take 1 mg", its "одну" read as the 1).
_MULTIPLES = (100, 1_000, 100_000, 1_000_000)
_MULTIPLIED = (1, 2, 5)
# Those of languages ICU has no number words for (`_NUMBER_WORDS_BY_HAND`), by hand:
# Punjabi's and Urdu's hundred, thousand, lakh and crore (Bhatia, Punjabi; Schmidt, Urdu:
# An Essential Grammar); Bengali's thousand, lakh and crore (CLDR's common/rbnf/bn.xml:
# "দুই হাজার", 2000; its hundred is written onto the number, "দুইশো", one word) and the
# hundred it writes apart, "দুই শত" (Wikipedia, "Bengali numerals"). Not Pashto's "زر"
# (thousand), which is "soon" too.
_MULTIPLIERS_BY_HAND = {
    "bn": frozenset({"শত", "হাজার", "লাখ", "কোটি"}),
    "pa": frozenset({"ਸੌ", "ਹਜ਼ਾਰ", "ਹਜਾਰ", "ਲੱਖ", "ਕਰੋੜ"}),
    "ur": frozenset({"سو", "ہزار", "لاکھ", "کروڑ"}),
}


@cache
def _multipliers(language: str) -> frozenset[str]:
    """The words the language says hundreds, thousands, lakhs and millions with after a
    number's word: those ICU writes after its word for 1, 2 or 5 in 100, 200, 5000 and the
    like (`_MULTIPLES`), apart by a space or a zero-width space ("deux cents", "dos mil",
    "un millón", "zwei Millionen", "دو هزار", "दो सौ", Thai "สอง\u200bร้อย"), and after its
    word for 1 in a thousand by each rule set (`_icu_tables`: Russian's cases, "одну
    тысячу"; Ukrainian's and Belarusian's accusative, `_with_accusatives`), in the
    language it reads the number words in (`_spelled`), and by hand where ICU has none
    (`_MULTIPLIERS_BY_HAND`). Not one ICU writes in one word with its number
    ("doscientos", "zweitausend", "دویست")."""
    if language in _NUMBER_WORDS_BY_HAND:
        return _MULTIPLIERS_BY_HAND.get(language, frozenset())
    spelling = _ICU_NAMES.get(language, language) if has_number_words(language) else "en"
    multiplied = [(number, number * multiple) for number in _MULTIPLIED for multiple in _MULTIPLES]
    thousands = frozenset(table[-1] for table in _icu_tables(spelling).values())
    if spelling in _ACCUSATIVE_ENDINGS:  # "одну тисячу" (uk), which ICU does not spell
        thousands = _with_accusatives(thousands, spelling)
    spelled = [
        *zip(
            multiplied, _icu_spelled(spelling, ("",), [n for _, n in multiplied])[""], strict=True
        ),
        *(((1, 1000), words) for words in thousands),
    ]
    found = set()
    for (number, _), words in spelled:
        first, *rest = words.casefold().split()
        parts = [*first.split(_ZERO_WIDTH_SPACE), *rest]
        if len(parts) > 1 and parts[0] in _spelled(str(number), language):
            found.add(parts[1])
    return frozenset(found)


@lru_cache(maxsize=64)
def _compound_pattern(language: str) -> MarkedPattern | None:
    """Each of `compound_spellings` of a number up to `SPELLED_UP_TO` in `language`
    (`spelled_pattern`), a whole word: no letter or mark before it, and no letter, digit,
    mark or apostrophe after it; a hyphen may follow ("vingt-deux-vingt-trois", 22 or 23),
    as it may stand between its words. None where there is none. Every compound is of
    scripts written with spaces (ICU's Thai, Lao and Khmer ones are one word once its
    zero-width spaces are gone, `_NOT_TYPED`), so each ends so."""
    compounds = [word for word in spelled_numbers(language) if not word_pattern().fullmatch(word)]
    if not compounds:
        return None
    return MarkedPattern(
        f"(?<![^\\W\\d_]|{MARKS})(?:{spelled_pattern(compounds)})(?![\\w'\u2019]|{MARKS})"
    )


def _number_words_at_clause_ends(text: str, language: str) -> Counter[str]:
    """The words for 1 of `text` (a translation) that end a clause, and the number words
    that are a verb too (`_VERBS_SPELLED_AS_NUMBERS`) that end one: a number word is
    followed by what it counts, and one before a clause's punctuation or the text's end
    is another word spelled so, German's separable verbs' particle ("Nehmen Sie ... zwei
    Tabletten ein.", which stood for the English's 1, so that a changed dose was printed),
    a pronoun, or Hindi's and Urdu's "give!" ("गोलियां दो।" for "Give 2 tablets", which
    stood for the dropped 2). Such a verb ends its clause before a conjunction that starts
    another too (`_verbs_before_a_clause`). Words for 1 are kept in a language whose word
    for 1 follows its noun (`_ONE_AFTER_ITS_NOUN`)."""
    ends = set(_VERBS_SPELLED_AS_NUMBERS.get(language, ()))
    if language not in _ONE_AFTER_ITS_NOUN:
        ends |= spellings("1", language)
    return Counter(
        last
        for run in _clause_end_word().findall(text.casefold())
        if (last := _words(run, language)[-1]) in ends
    ) + _verbs_before_a_clause(text, language)


def _verbs_before_an_object(text: str, language: str) -> Counter[str]:
    """The number words of `text` (in lower case) that are a verb before its object
    (`_VERB_BEFORE_AN_OBJECT`), each as often."""
    verb = _VERB_BEFORE_AN_OBJECT.get(language)
    return Counter(verb.findall(text)) if verb else Counter()


# Number words that are a verb too, the familiar imperative, before its object, by hand:
# Russian and Ukrainian "три", 3 and "rub!" (of тереть, терти: "три кожу", "три шкіру",
# rub the skin), which was read as a 3 the English lacks and stood for a 3 dropped ("Три
# кожу два раза в день" for "Rub the skin 3 times a day" passed, a warning of the 2
# alone). Its object is a pronoun (Russian "её", "их" and two written escaped below, him
# and her; Ukrainian "його", "її", "їх") or in the accusative, ending in U+0443 or U+044E
# ("кожу", "руку", "сухую"), where what 3 counts is in the genitive singular in Russian
# ("три таблетки", "три раза") and the nominative plural in Ukrainian ("три таблетки",
# "три дні"), never so ending (Wade, A Comprehensive Russian Grammar; Pugh and Press,
# Ukrainian: A Comprehensive Grammar). Not an object in the accusative plural: a feminine
# one ("руки", the hands) is spelled as the genitive singular (Russian) and the
# nominative plural (Ukrainian) that 3 counts in, and "три руки" is three hands as well
# as "rub the hands", as "три таблетки" is three tablets alone: read as 3, a warning where
# the English has none. The polite "трите", "тріть" is no number's word.
_VERB_BEFORE_AN_OBJECT = {
    language: re.compile(rf"(?<!\w)(три)\s+(?:{pronouns}|[^\W\d_]+[ую])(?!\w)")
    for language, pronouns in (
        ("ru", "\u0435\u0433\u043e|её|\u0435\u0435|их"),
        ("uk", "його|її|їх"),
    )
}


# Number words that are a verb too, which ends its clause, by hand: Hindi's "दो" and
# Urdu's "دو", 2 and the familiar "give!" (of देना, دینا; "गोलियां दो", "بتا دو", tell).
_VERBS_SPELLED_AS_NUMBERS = {"hi": ("दो",), "ur": ("دو",)}
# The conjunctions that start a clause, by hand, before which such a verb ends the one
# before ("گولیاں دو تاکہ بخار کم ہو", give tablets so that the fever falls, passed for
# "Give 2 tablets", the verb read as the dropped 2): so that, because, but, then, that,
# or else, when, if. No number is followed by one.
_CLAUSE_STARTS = {
    "hi": ("ताकि", "क्योंकि", "लेकिन", "मगर", "फिर", "कि", "वरना", "जब", "अगर"),
    "ur": ("تاکہ", "کیونکہ", "لیکن", "مگر", "پھر", "کہ", "ورنہ", "جب", "اگر"),
}
# "And" and "or", by hand, which start a clause after the verb ("गोलियां दो और हमें फ़ोन
# करो", give tablets and call us) and follow a number too: "दो और गोलियां" (two more
# tablets), "दो या तीन दिन" (2 or 3 days). After the verb where what follows is no number
# and nothing a number counts: what a dose is counted in (`_DOSE_STEMS_WRITTEN`), what else
# (`_COUNTED_AFTER_AND`), a unit of time's name.
_AND_OR = {"hi": ("और", "या", "तथा"), "ur": ("اور", "یا")}
# What a number counts beside what a dose is counted in, by hand, in the forms written
# after a number (and before a postposition): drops, times, puffs, injections; and Hindi's
# colloquial week and year, which CLDR's names are not ("हफ़्ते", "साल").
_COUNTED_AFTER_AND = {
    "hi": (
        *("बूंद", "बूंदें", "बूँद", "बूँदें", "बूंदों", "बूँदों"),
        *("बार", "पफ", "पफ़", "इंजेक्शन"),
        *("हफ़्ता", "हफ़्ते", "हफ्ता", "हफ्ते", "साल"),
    ),
    "ur": (
        *("قطرہ", "قطرے", "قطروں"),
        *("بار", "مرتبہ", "دفعہ", "انجکشن", "انجیکشن"),
    ),
}


def _verbs_before_a_clause(text: str, language: str) -> Counter[str]:
    """The number words of `text` (a translation) that are a verb too
    (`_VERBS_SPELLED_AS_NUMBERS`) followed by a conjunction that starts another clause
    (`_CLAUSE_STARTS`), or by "and" or "or" (`_AND_OR`) where no number nor what one
    counts follows it: "गोलियां दो और हमें फ़ोन करो" has no 2, "दो और गोलियां" has one."""
    pattern = _verb_before_a_clause(language)
    if pattern is None:
        return Counter()
    read = text.casefold()
    return Counter(pattern.for_text(read).findall(read))


@lru_cache(maxsize=16)
def _verb_before_a_clause(language: str) -> MarkedPattern | None:
    """The pattern of `_verbs_before_a_clause` in `language`, each of its words whole; None
    for a language with no such verb."""
    verbs = _VERBS_SPELLED_AS_NUMBERS.get(language)
    if verbs is None:
        return None
    counted = {
        *spelled_numbers(language),
        *(time_unit_names(language) or {}),
        *_COUNTED_AFTER_AND[language],
    }
    starts, and_or = _CLAUSE_STARTS[language], _AND_OR[language]
    doses = _DOSE_STEMS_WRITTEN[language]
    return MarkedPattern(
        rf"(?<![^\W\d_]|{MARKS})({names_of_words(verbs)})"
        rf"(?=\s+(?:{names_of_words(starts)}"
        rf"|(?:{names_of_words(and_or)})(?!\s+(?:\d|{names_of_words(counted)}|{doses}))))"
    )


def _written_onto_digits(text: str, language: str) -> Counter[str]:
    """The words of `text` (a translation, in lower case) written right after a digit,
    with no space: what the number counts or measures, never a number of its own. Korean's
    "1일" (1 day, "a day") has the word "일", which is also Sino-Korean's 1, and "1일
    정제를" for "1 tablet a day" passed, its 일 read as the tablet's dropped 1. In a script
    written without spaces, the first word of the run only."""
    runs = _word_after_a_digit().findall(text)
    # a run of Arabic's vowel marks alone has no word
    return Counter(word for run in runs for word in _words(run, language)[:1])


def articles(entry: Entry) -> int:
    """How many of the translation's words for 1 the English's articles, and its "one" that
    counts nothing, may stand for (`_articles_in`, `_ARTICLE_OR_ONE`; the English with its
    counts in digits, `counts_in_digits`). Where the translation has as many clauses as the
    English (`_clauses`), each clause's articles stand only for words for 1 of the
    translation's clause in its place: "Si tiene fiebre, tome una tableta." for "If you have
    a fever, take 1 tablet." was an error, the article of "a fever", which Spanish does not
    write, taking the "una" of the 1 tablet. Clauses the translation does not keep (one
    clause for two, or three for two) leave them the whole text's."""
    english, translation = _clauses(entry.english), _clauses(entry.translation)
    if len(english) != len(translation):
        return _articles_in(entry.english, entry.translation, entry.language)
    ones = spellings("1", entry.language)
    taken = 0
    for english_clause, clause in zip(english, translation, strict=True):
        if standing := _articles_in(english_clause, clause, entry.language):  # else none
            words = number_words(clause, entry.language)
            taken += min(standing, sum(words[one] for one in ones))
    return taken


def _clauses(text: str) -> list[str]:
    """The clauses of `text`, split at the punctuation that ends one (`_CLAUSE_MARK`), each
    holding a letter or a digit."""
    parts = _CLAUSE_MARK.split(text)
    return [part for part in parts if any(character.isalnum() for character in part)]


def _articles_in(english: str, translation: str, language: str) -> int:
    """How many of the words for 1 of `translation` the articles of `english`, and its "one"
    that counts nothing (`_ARTICLE_OR_ONE`), may stand for. Not a rate's, which most
    languages translate with their word for "per" ("al día", "par jour", "в день"): it took
    the word that stood for the English's 1, and "Tome una tableta dos veces al día" for
    "Take 1 tablet twice a day" was an error. Unless the translation writes the word for 1
    before the unit's name (Vietnamese "hai lần một ngày"), where the rate's article does
    take it, and a dropped 1 is still found; in a language CLDR has no name of the unit for,
    the article takes one, as before."""
    words = " ".join(_words(translation.casefold(), language))
    ones = spellings("1", language)
    in_rates = [
        unit
        for unit in _RATE.findall(english)
        if (name := _unit_name(unit.lower(), language))
        and not any(f" {one} {name} " in f" {words} " for one in ones)
    ]
    return len(_ARTICLE_OR_ONE.findall(english)) - len(in_rates)


@lru_cache(maxsize=256)
def _unit_name(unit: str, language: str) -> str | None:
    """The language's name of one of a unit of time ("ngày", a day in Vietnamese), in lower
    case, as its words; None for a language CLDR does not know."""
    name = cldr_unit_name(f"duration-{unit}", language, "long", 1)
    if name is None:
        return None
    return " ".join(_words(name, language)) or None


# What the English counts with 2 ("2 tablets", "every 2 hours"), which Arabic may write
# in the dual with no numeral ("قرصين", two tablets; "ساعتين", two hours).
_TWO_OF = re.compile(r"(?i)(?<![\d.,])2\s+([a-z]+)")
# Arabic's singulars of what a dose counts, whose duals `arabic_duals` reads: by hand, as
# CLDR names no form of a medicine (its units of time are CLDR's, `_arabic_dual_names`).
_ARABIC_COUNTED = {
    "tablet": ("قرص", "حبة"),
    "pill": ("حبة", "قرص"),
    "capsule": ("كبسولة",),
    "drop": ("قطرة",),
    "dose": ("جرعة",),
    "time": ("مرة",),
    "spoon": ("ملعقة",),
    "teaspoon": ("ملعقة",),
    "tablespoon": ("ملعقة",),
}
# The prefixes a dual may take: "and", "then", "with", "for", the article ("لمدة
# يومين" has none; "بعد الساعتين", after the two hours, has one).
_ARABIC_PREFIXES = ("", "و", "ف", "ب", "ل", "ال", "وال", "بال", "لل")


# The dual of a noun whose singular ends in a ta marbuta, written ت before the dual's
# ending ("خزعتين", "خزعتان": two biopsies), after a stem of two letters at least once a
# prefix is taken off ("تين", a fig; "ستين", 60; "الختان"). Not the masculine's "-ين" and
# "-ان", which words that are no dual end in too (in the shipped catalogs: the plural
# "المصابين", the affected; "الوارفارين", "فيتامين", "الأحيان", "السرطان", "الذين").
_FEMININE_DUAL = re.compile(r"..+ت(?:ين|ان)")
# Words of that form that are no dual: loanwords of "-tin(e)" ("بروتين", "روتين",
# "نيكوتين", "ستاتين", "كرياتين", "جيلاتين") and of "-stan" ("فستان", a dress; "باكستان").
# By their endings, so a few duals are read nowhere, refused as before ("خطوتين", two
# steps; "جلستان", two sessions).
_NOT_FEMININE_DUALS = ("وتين", "اتين", "ستان")


def arabic_duals(entry: Entry) -> int:
    """How many of the English's 2s ("2 tablets", "every 2 hours") an Arabic translation
    writes as the dual of what they count, with no numeral: "تناول قرصين" (two tablets),
    "كل ساعتين" (every two hours). The dual of another noun is not the 2: "تناول قرصًا
    واحدًا مرتين" (one tablet twice) for "Take 2 tablets", "كل يومين" (every two days) for
    "every 2 hours"; nor a singular ("قرصًا"). What the rule book has no Arabic for
    ("2 biopsies") takes a feminine dual of no noun it has Arabic for (`_unnamed_duals`:
    "خزعتين"). None in another language."""
    if entry.language != "ar":
        return 0
    words = Counter(_words(entry.translation.casefold(), "ar"))
    nouns = [noun.lower() for noun in _TWO_OF.findall(entry.english)]
    counted = Counter(noun.removesuffix("s") for noun in nouns)
    named = sum(
        min(times, sum(words[dual] for dual in _arabic_duals_of(noun)))
        for noun, times in counted.items()
    )
    # a plural alone takes an unnamed dual: not "2 mg", "2 to 3"; nor "2 as needed", "unless"
    plurals = {
        noun.removesuffix("s")
        for noun in nouns
        if len(noun) > 3 and noun.endswith("s") and not noun.endswith("ss")
    }
    unnamed = sum(
        times for noun, times in counted.items() if noun in plurals and not _arabic_duals_of(noun)
    )
    return named + min(unnamed, _unnamed_duals(words))


def _unnamed_duals(words: Counter[str]) -> int:
    """How many of Arabic `words` are a feminine dual (`_FEMININE_DUAL`) of a noun the
    rule book has no Arabic for: not a dual `_arabic_duals_of` reads ("مرتين", twice;
    "ساعتين"; "جرعتين"), nor a loanword (`_NOT_FEMININE_DUALS`)."""
    named = _arabic_counted()[2]
    return sum(
        times
        for word, times in words.items()
        if word not in named
        and _FEMININE_DUAL.fullmatch(_without_arabic_prefix(word))
        and not word.endswith(_NOT_FEMININE_DUALS)
    )


def _without_arabic_prefix(word: str) -> str:
    """`word` without the longest of `_ARABIC_PREFIXES` it begins with ("بالخزعتين":
    "خزعتين"), so a short word after one ("التين", the fig) is no dual's stem."""
    prefix = max((p for p in _ARABIC_PREFIXES if word.startswith(p)), key=len)
    return word.removeprefix(prefix)


@lru_cache(maxsize=64)
def _arabic_duals_of(noun: str) -> frozenset[str]:
    """The duals of the Arabic for an English `noun` (singular), in the nominative and the
    accusative and genitive ("قرصان", "قرصين"; a ta marbuta written ت: "ساعتين"), with
    their prefixes (`_ARABIC_PREFIXES`)."""
    singulars = _ARABIC_COUNTED.get(noun, ())
    stems = [
        singular.removesuffix("ة") + ("ت" if singular.endswith("ة") else "")
        for singular in singulars
    ]
    duals = {stem + ending for stem in stems for ending in ("ان", "ين")}
    if (named := cldr_unit_name(f"duration-{noun}", "ar", "long", 2)) and named.endswith("ان"):
        duals |= {named, named.removesuffix("ان") + "ين"}  # "ساعتان": two hours
    return frozenset(prefix + dual for prefix in _ARABIC_PREFIXES for dual in duals)


# A span of 1 in the English ("1 week", "a 1-day stay"), by its unit, which a language
# may write as one word with no numeral.
_SPAN_OF_ONE = re.compile(r"(?i)(?<![\d.,])1[\s-](second|minute|hour|day|week|month|year)s?\b")


def spans_of_one(entry: Entry) -> int:
    """How many of the English's spans of 1 ("for 1 week") the translation writes with no
    numeral: as the language's name of that unit (`time_unit_names`) with its prefix for
    one (`ONE_AS_A_PREFIX`: "selama seminggu"), or as its singular right after a word for
    "for" or "during" a span (`_singular_spans`: "в течение недели", "لمدة أسبوع"), each
    refused for "for 1 week", its 1 read nowhere; "sehari" (a day) is no 1 of "1 week".
    None in another language."""
    english = Counter(unit.lower() for unit in _SPAN_OF_ONE.findall(entry.english))
    if not english:
        return 0
    prefix = ONE_AS_A_PREFIX.get(entry.language)
    if prefix is not None:
        names = time_unit_names(entry.language) or {}
        written = Counter(
            names[word.removeprefix(prefix)]
            for word in _words(entry.translation.casefold(), entry.language)
            if word.startswith(prefix) and word.removeprefix(prefix) in names
        )
    elif singular := _singular_spans(entry.language):
        pattern, units = singular
        text = without_arabic_vowels(entry.translation.casefold())
        written = Counter(units[found[1]] for found in pattern.finditer(text))
    else:
        return 0
    return sum(min(times, written[unit]) for unit, times in english.items())


# The words for "for", "during" or "in" a span that Russian, Ukrainian and Arabic write
# before a unit's singular to say a span of one of it, with no numeral (Russian has no
# article, Arabic's indefinite noun is one: "в течение недели", "протягом тижня", "لمدة
# أسبوع", for a week; "через неделю", "بعد أسبوع", in a week): Wade, A Comprehensive
# Russian Grammar, and Pugh and Press, Ukrainian: A Comprehensive Grammar (в течение,
# протягом with the genitive; через with the accusative); Ryding, A Reference Grammar of
# Modern Standard Arabic (لمدة, خلال, بعد). Not a rate's preposition ("в день", "на
# день", "في اليوم": a day, no span), which a dropped span would pass with.
_BEFORE_A_SPAN_OF_ONE = {
    "ru": ("в течение", "через"),
    "uk": ("протягом", "через"),
    "ar": ("لمدة", "خلال", "بعد"),
}
# Russian's and Ukrainian's singular of each unit after those words, by hand: the genitive
# and the accusative (CLDR's name of one, "неделя", is the nominative). Arabic's is CLDR's
# name of one, which writes no number ("أسبوع").
_SINGULAR_UNITS_BY_HAND = {
    "ru": {
        "minute": ("минуты", "минуту"),
        "hour": ("часа", "час"),
        "day": ("дня", "день"),
        "week": ("недели", "неделю"),
        "month": ("месяца", "месяц"),
        "year": ("года", "год"),
    },
    "uk": {
        "minute": ("хвилини", "хвилину"),
        "hour": ("години", "годину"),
        "day": ("дня", "день"),
        "week": ("тижня", "тиждень"),
        "month": ("місяця", "місяць"),
        "year": ("року", "рік"),
    },
}


@lru_cache(maxsize=8)
def _singular_spans(language: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """A pattern of a unit's singular right after one of the language's words for "for" a
    span (`_BEFORE_A_SPAN_OF_ONE`), the singular its group, with the unit each singular
    is (`_SINGULAR_UNITS_BY_HAND`, or CLDR's name of one); None in another language."""
    before = _BEFORE_A_SPAN_OF_ONE.get(language)
    if before is None:
        return None
    by_hand = _SINGULAR_UNITS_BY_HAND.get(language)
    units = (
        {name: unit for unit, names in by_hand.items() for name in names}
        if by_hand
        else {
            name: unit
            for unit in TIME_UNITS
            if (name := cldr_unit_name(f"duration-{unit}", language, "long", 1))
        }
    )
    return re.compile(
        rf"(?<!\w)(?:{longest_first(before)})\s+({longest_first(units)})(?!\w)"
    ), units


# "N times" in the English ("2 times a day"), which a language may say in one word.
_TIMES = re.compile(r"(?i)(?<![\d.,])(\d+)\s+times?\b")
# The words that say "N times" with no number's word, or in one with it, in the shipped
# languages that have them, in Hebrew and Tamil, and in German and Dutch ("zweimal
# täglich" for "twice a day" was refused), by hand: ICU's spellout rule sets give
# cardinals and ordinals only, and CLDR no such adverb (measured: ICU 78.3's data holds no
# "дважды", "двічі", "dwukrotnie", "zweimal" or "দুবার"). Each is its words as
# `_words` reads them, a space between two: Thai's and Lao's "per ... a time" ("วันละครั้ง",
# once a day: "วัน ละ ครั้ง"; "วันละ 2 ครั้ง" has a number between, "แต่ละครั้ง", each time,
# is another word); Tamil's "ஒரு முறை" (the 1 is the form before a noun, "ஒன்று" alone);
# Khmer's "ម្តង" (once) before "in" ("ម្តងក្នុងមួយថ្ងៃ", once in a day) or after "a day"
# ("មួយថ្ងៃម្តង"), not "ម្តងទៀត" (again); Hebrew's "פעם" (a time) and "פעמיים" (two times)
# with "a" or "per" and a unit ("פעם ביום", once a day), not "אף פעם" (never). The other
# shipped languages write a number's word and their word for a time ("dos veces", "два
# раза"; Arabic's dual, "مرتين": `arabic_duals`). Russian's and Ukrainian's "раз" (a time)
# and Arabic's "مرة" say once only before "a" or "per" a unit ("раз в день", "раз на
# день", "مرة يوميًا", "مرة في الأسبوع", "مرة كل 6 ساعات"), and not after a count
# (`_times_said`: "пять раз в день", 5 times a day; "عشرين مرة", 20 times); Tagalog's
# "minsan" (once, and "sometimes") only before "a" or "every" a unit ("minsan sa isang
# araw", "minsan kada linggo"); Hindi's "एकबार", "एक बार" written as one word;
# Indonesian's and Malay's "sekali" (once) before a rate's unit or "every", "per", "in".
# Those words after "sekali": the units and "tiap" (every) with the prefix for one
# (`ONE_AS_A_PREFIX`: "sehari", a day; "setiap"), and the words with none.
_MALAY_ONE_OF = ("hari", "minggu", "bulan", "tahun", "tiap")
_MALAY_RATE_WORDS = ("tiap", "per", "dalam")
_HEBREW_UNITS = [f"{per}{unit}" for per in "בל" for unit in ("יום", "שבוע", "חודש", "שנה")]
# Arabic's adverbs of a rate as `_words` reads them, with their tanween and its alif or
# without ("يوميًا": "يومي"; "يوميا").
_ARABIC_RATE_ADVERBS = [
    f"{stem}{alif}"
    for stem in ("يومي", "أسبوعي", "اسبوعي", "شهري", "سنوي")
    for alif in ("", "\u0627")
]
_TIMES_IN_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {"1": ("раз в", "раз на"), "2": ("дважды",), "3": ("трижды",), "4": ("четырежды",)},
    "uk": {"1": ("раз на", "раз в"), "2": ("двічі",), "3": ("тричі",)},
    "ar": {"1": ("مرة في", "مرة كل", *(f"مرة {adverb}" for adverb in _ARABIC_RATE_ADVERBS))},
    "tl": {"1": ("minsan sa isang", "minsan kada", "minsan bawat")},
    "hi": {"1": ("एकबार",)},
    # "sekali" (once, and "very") only before a rate's unit ("sekali sehari", once a day)
    **{
        language: {
            "1": tuple(
                f"{one}kali {per}"
                for per in (*(one + word for word in _MALAY_ONE_OF), *_MALAY_RATE_WORDS)
            )
        }
        for language, one in ONE_AS_A_PREFIX.items()
    },
    # "raz" and "একবার", once: "raz dziennie", once a day ("dwa razy", twice, is two words)
    "pl": {"1": ("raz",), "2": ("dwukrotnie",), "3": ("trzykrotnie",), "4": ("czterokrotnie",)},
    "bn": {"1": ("একবার",), "2": ("দুবার",), "3": ("তিনবার",), "4": ("চারবার",)},
    "de": {"1": ("einmal",), "2": ("zweimal",), "3": ("dreimal",), "4": ("viermal",)},
    "nl": {"1": ("eenmaal",), "2": ("tweemaal",), "3": ("driemaal",), "4": ("viermaal",)},
    # as one word, as often as in two ("یک بار", "એક વાર")
    "fa": {"1": ("یکبار",), "2": ("دوبار",)},
    "gu": {"1": ("એકવાર",)},
    "th": {"1": ("ละ ครั้ง",)},
    "lo": {"1": ("ລະ ຄັ້ງ", "ລະ ເທື່ອ")},
    "ta": {"1": ("ஒரு முறை", "ஒருமுறை", "ஒரு தடவை", "ஒருதடவை")},
    "km": {
        "1": tuple(
            form
            for once in ("ម្តង", "ម្ដង")  # with the subscript of ta or of da, as both are written
            for form in (f"{once} ក្នុង", f"មួយថ្ងៃ {once}")
        )
    },
    "he": {
        "1": ("פעם ב", *(f"פעם {unit}" for unit in _HEBREW_UNITS)),  # "פעם ב-6 שעות"
        "2": ("פעמיים ב", *(f"פעמיים {unit}" for unit in _HEBREW_UNITS)),
    },
}


@lru_cache(maxsize=256)  # asked by four checks an entry: about 10 µs each time
def counts_in_digits(english: str) -> str:
    """`english` with each count of times it writes as a word in digits ("twice a day": "2
    times a day", `_COUNTS_IN_A_WORD`), for the numbers check to read as the count it
    is: "tres veces al día" or "три раза в день" for "twice a day" printed a third dose;
    and each number it writes as a word where it counts something
    (`_english_counts_in_words`: "two tablets" as "2 tablets", "every two hours", "one
    week"): "Tome tres comprimidos." for "Take two tablets." printed a dose of 3."""
    english = _COUNTS_IN_A_WORD.sub(lambda word: _COUNTS_WRITTEN[word[0].lower()], english)
    return _english_counts_in_words().sub(_count_in_digits, english)


def _count_in_digits(word: re.Match[str]) -> str:
    """The number a word of `_english_counts_in_words` spells, in digits; "one day" as
    written but after a word that makes it a span (`SPAN_OF_ONE_AFTER`: "for one day"),
    as it says "some day" ("One day, you may...", "You may feel better one day")."""
    if word["one"] and word["unit"].lower() == "day":
        before = _WORD_BEFORE.search(word.string, 0, word.start())
        if before is None or before[1].lower() not in SPAN_OF_ONE_AFTER:
            return word[0]
    return str(english_number_words()[_SPACES_AND_HYPHENS.sub("-", word[0].lower())])


# The word right before a place in a text, as its group.
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
# What a dose or a count of times counts, which the English's "one" counts before it
# ("one tablet", "one time a day"), besides a unit of time ("one week").
_ENGLISH_DOSES = (*_ARABIC_COUNTED, "puff", "patch", "injection", "sachet")
# The words after an English number's word that say it is no count: the clock's hour
# ("at eight o'clock", "two in the afternoon", "eight tonight"), a fraction or a larger
# number it begins ("two thirds", "two hundred"), "and" ("two and a half", read nowhere as
# "2 and a half" is not), or another number's word ("eight thirty", 8:30).
_NOT_COUNTED_AFTER = (
    "o'clock|o\u2019clock|oclock|a\\.?m\\b|p\\.?m\\b|in|at|and|tonight|sharp|"
    "half|halves|thirds?|quarters?|fourths?|fifths?|hundred|thousand|million"
)

# The words before "one" that make it a pronoun ("the one", "no one") or no count ("at one
# time", formerly; "more than one", `_english_counts_in_words`).
_ONE_NOT_COUNTED_AFTER = ("the", "no", "any", "each", "this", "that", "which", "at", "more than")


@cache
def english_number_words() -> dict[str, int]:
    """The English's words for 1 to 99, as ICU spells them ("twenty-one"), in lower case,
    each with its number: the rule book reads the English's counts in words by them
    (`counts_in_digits`), and translation memory its numbers of contrast
    (`catalog.memory.significant`)."""
    return spelled_by_icu(range(1, SPELLED_UP_TO), "en")


@cache
def _english_counts_in_words() -> re.Pattern[str]:
    """The English's numbers written as words where they count something
    (`counts_in_digits`), from 2 to 99: before a word that says none of them is a count
    (`_NOT_COUNTED_AFTER`), not after "at" or "past", which name the clock's hour ("at
    two", "half past two"); a hyphen's parts ("twenty-one") one word, one written with a
    space ("twenty one") too; before a digit too ("two 5 mg tablets", not "two (2)
    tablets", one number written twice), and before a hyphen and a dose's or a time's
    noun ("a two-week course"). And "one" only before a dose's or a time's noun ("one
    tablet", "one week", "one or two tablets"; `_ENGLISH_DOSES`, `TIME_UNITS`; not
    "one-time", single), as elsewhere it is a pronoun ("the one", "one of", "one must"),
    and not after a word of `_ONE_NOT_COUNTED_AFTER`: "more than one" is no count, a
    shipped Korean "두 번 이상" (two times or more) and Japanese "何回か" (several times)
    for "more than one biopsy" are right."""
    words = sorted(
        (word for word in english_number_words() if word != "one"), key=len, reverse=True
    )
    number = "|".join(word.replace("-", "[\\s-]") for word in words)  # "twenty one" too
    nouns = "|".join((*TIME_UNITS, *_ENGLISH_DOSES))
    not_after_one = "".join(rf"(?<!\b{word}\s)" for word in _ONE_NOT_COUNTED_AFTER)
    # the first letters of the words first: a text's other letters fail there, at once
    # (`counts_in_digits` took 70 µs for an English sentence of 150 characters without, 22
    # with, once measured on a shared machine)
    first_letters = "".join(sorted({word[0] for word in english_number_words()}))
    return re.compile(
        rf"(?i)\b(?=[{first_letters}])(?:"
        rf"(?<![\w-])(?<!\bat\s)(?<!\bpast\s)(?:{number})"
        rf"(?:(?![\w-])(?=\s+(?!(?:{_NOT_COUNTED_AFTER}|{number}|one)(?![\w'\u2019]))[a-z\d])"
        rf"|(?=-(?:{nouns})s?\b))"
        rf"|(?<![\w-]){not_after_one}"
        # "one-time" is "single" ("a one-time dose", "una dosis única")
        rf"(?P<one>one)(?!-time\b)(?=[\s-]+(?:(?:or|to)\s+(?:{number})\s+)?(?P<unit>{nouns})s?\b))"
    )


# The English's counts of times written as a word. "once" only before a rate's unit ("once
# a day", "once daily", "once every 6 hours"): it is "as soon as" too ("once the wound
# heals"), which no translation writes as a number.
_COUNTS_IN_A_WORD = re.compile(
    r"(?i)\b(?:twice|thrice|once(?=\s+(?:(?:a|an|per|each|every)\s+(?:day|week|month|year|"
    r"hour|\d)|(?:daily|weekly|monthly|yearly|hourly)\b)))\b"
)
_COUNTS_WRITTEN = {"once": "1 time", "twice": "2 times", "thrice": "3 times"}


def counts_of_times(entry: Entry) -> Counter[str]:
    """How many of the English's "N times" ("2 times a day") the translation writes in
    the words its language says that count of times with, no number's word among them
    (`_TIMES_IN_WORDS`: "дважды в день", "วันละครั้ง"), by number: each stands for one "N
    times" of its number only, not for a dose of 2 ("дважды" for "2 tablets" is an error),
    and only where they are the count's whole (`_times_said`)."""
    by_number = _TIMES_IN_WORDS.get(entry.language)
    if by_number is None:
        return Counter()
    english = Counter(whole_number(number) for number in _TIMES.findall(entry.english))
    if not english:
        return Counter()
    words = _words_and_numbers(entry.translation.casefold(), entry.language)
    return Counter(
        {
            number: min(
                times,
                sum(
                    _times_said(words, form.split(" "), entry.language)
                    for form in by_number.get(number, ())
                ),
            )
            for number, times in english.items()
        }
    )


def _times_said(words: list[str | None], form: list[str], language: str) -> int:
    """How often `words` (`_words_and_numbers`) say `form` as a count of its own: not
    right after a number in digits or, in a language whose word for 1 comes before its
    noun, a word for 1, nor, in one whose word for 1 follows it (`_ONE_AFTER_ITS_NOUN`),
    right before one. That number is the count, read already: "Przyjmuj dwie tabletki 1
    raz dziennie" (2 tablets, 1 time) for "Take 1 tablet once a day" passed, the "raz"
    standing for the tablet's 1; so did "jeden raz" and Hebrew's "פעם אחת". Nor right
    after another count of times (`_counts_before`): "пять раз в день" is 5 times a day,
    "несколько раз в день" several times."""
    ones = spellings("1", language)
    counts = _counts_before(language)

    def alone(at: int) -> bool:
        before = words[at - 1] if at else ""
        after = words[at + len(form)] if at + len(form) < len(words) else ""
        if before is None or before in counts:
            return False
        return after not in ones if language in _ONE_AFTER_ITS_NOUN else before not in ones

    return sum(
        1
        for at in range(len(words) - len(form) + 1)
        if words[at : at + len(form)] == form and alone(at)
    )


# Words that count times as a number does, before a word for a time, by hand: Russian's
# and Ukrainian's "several", "many", "how many", "so many", "a couple", "once more", "the
# first" ("несколько раз в день", several times a day); Arabic's "the first", "the last",
# "each" ("أول مرة في"); Tagalog's "paminsan" ("paminsan-minsan", now and then).
_COUNTS_BEFORE_BY_HAND = {
    "ru": ("несколько", "много", "сколько", "столько", "пару", "ещё", "еще", "первый"),
    "uk": ("кілька", "декілька", "багато", "скільки", "стільки", "пару", "ще", "перший"),
    "ar": ("أول", "اول", "آخر", "اخر", "كل"),
    "tl": ("paminsan",),
}


@lru_cache(maxsize=64)
def _counts_before(language: str) -> frozenset[str]:
    """The words that, before a language's word for a time, make it another count than 1:
    the last word of each number from 2 to `SPELLED_UP_TO` as ICU spells it (that of 2 to
    19 and of the tens: "двадцать пять" ends in "пять"; Ukrainian "п'ять" is read as
    ICU's "пʼять", `apostrophes_as_icu`), in Arabic's forms too, or those from 2 given by
    hand (`_NUMBER_WORDS_BY_HAND`: to 12, to 10 in Somali and Tigrinya), and
    `_COUNTS_BEFORE_BY_HAND`."""
    words = set(_COUNTS_BEFORE_BY_HAND.get(language, ()))
    if language in _NUMBER_WORDS_BY_HAND:
        spelled_by_hand = _NUMBER_WORDS_BY_HAND[language].items()
        return frozenset(
            words | {word for number, forms in spelled_by_hand if number > 1 for word in forms}
        )
    if not has_number_words(language):
        return frozenset(words)
    table = _icu_table(_ICU_NAMES.get(language, language), "")
    spelled = [table[number] for number in [*range(2, 20), *range(20, SPELLED_UP_TO + 1, 10)]]
    lasts = frozenset(found[-1] for line in spelled if (found := _words(line.casefold(), language)))
    return frozenset(words | (_arabic_forms(lasts) if language == "ar" else lasts))


def _words_and_numbers(text: str, language: str) -> list[str | None]:
    """The words of `text` (`_words`) in their order, with None for each number it writes
    in digits, of any script, between them."""
    found: list[str | None] = []
    for at, part in enumerate(re.split(r"\d+(?:[.,]\d+)*", digits_of(text))):
        found += [None] * bool(at) + list(_words(part, language))
    return found


# What a dose is counted in, as a word's stem, that Russian and Ukrainian write "half a"
# onto ("полтаблетки", half a tablet; "півкапсули"): tablets, capsules, doses, spoons,
# glasses, cups, ampoules, sachets, vials.
_HALVED_STEMS = {
    "ru": "(?:таблет|капсул|доз|ложк|стакан|чашк|ампул|пакет|флакон)",
    "uk": "(?:таблет|капсул|доз|ложк|склянк|чашк|ампул|пакет|флакон)",
}
# The words for half (a half, half of, and a half) of the shipped languages whose words
# are known, by hand, each a pattern of whole words (no letter on either side) in its
# forms (Polish's and Russian's cases; Tagalog's linker "-ng"), and Russian's and
# Ukrainian's "half a" written onto what it halves ("полтаблетки", "півтаблетки"; not
# "полчаса", half an hour, a unit of time): ICU's spellout rule sets and CLDR give whole
# numbers only. Not the words for one and a half ("полторы", "półtorej": 1 ½ tablets,
# `mixed_numbers_in_digits`), which "Take ½ tablet" does not say. Not midnight and noon, which
# say half with no half of a dose ("meia-noite", "meio-dia", "nửa đêm"; "半夜", which
# `halves` leaves out). Chinese and
# Japanese write 半 with no space around it ("服用半片"): letters may stand on its sides.
# In another language a fraction written as a word is not read (`halves`).
_HALF_WORDS_WRITTEN = {
    "es": ("media", "medio", "mitad"),
    "fr": ("demie?", "moitié"),
    "pt": ("mei[ao](?!-(?:dia|noite))", "metade"),
    "pl": ("pół", "połow(?:a|y|ie|ę|ą)", "połówk(?:a|i|ę|ą)"),
    "ru": (
        "пол",
        f"пол-?{_HALVED_STEMS['ru']}[^\\W\\d_]*",
        "половина",
        "половины",
        "половине",
        "половину",
        "половиной",
        "половиною",
        "половинка",
        "половинки",
        "половинке",
        "половинку",
        "половинкой",
    ),
    "uk": (
        "пів",
        f"пів-?{_HALVED_STEMS['uk']}[^\\W\\d_]*",
        "половина",
        "половини",
        "половині",
        "половину",
        "половиною",
        "половинка",
        "половинки",
        "половинку",
        "половинкою",
        "половинці",
    ),
    "vi": ("nửa(?! đêm)", "rưỡi"),
    "ko": ("반", "절반[^\\W\\d_]*"),  # "절반을": its particle joined
    "ht": ("mwatye",),
    "tl": ("kalahati", "kalahating"),
    # not before "night": Hindi's, Urdu's, Nepali's, Gujarati's, Punjabi's, Tigrinya's
    # and Persian's midnight is "half night" ("आधी रात", "آدھی رات", "ፍርቂ ለይቲ", "نیمه شب"),
    # Arabic's "half the night" ("نصف الليل"); nor Arabic's with a prefix ("والنصف", and a
    # half: "الثامنة والنصف", half past eight)
    "hi": ("आध[ाीे](?! रात)",),
    "ur": ("آدھ[اےی](?! رات)", "نصف"),
    "ne": ("आधा(?! रात)", "आधी(?! रात)"),
    "bn": ("আধা", "অর্ধেক", "আধখানা"),
    "gu": ("અડધ[ીોું](?! રાત)",),
    "pa": ("ਅੱਧ[ੀਾੇ](?! ਰਾਤ)",),
    "ar": ("نصف(?! الليل)",),
    "fa": ("نصف", "نیم(?!\u0647)"),
    "am": ("ግማሽ",),
    "ti": ("ፍርቂ(?! ለይቲ)",),
    "hy": ("կես",),
    "zh": ("[^\\W\\d_]*半[^\\W\\d_]*",),  # a run of letters, each 半 in it read by `halves`
    "ja": ("[^\\W\\d_]*半[^\\W\\d_]*",),
}
_HALF_WORDS = {
    language: re.compile(f"(?<![^\\W\\d_])(?:{'|'.join(words)})(?![^\\W\\d_])")
    for language, words in _HALF_WORDS_WRITTEN.items()
}

# What a dose is counted in, as a word's stem, by hand, where a word for half before it
# (or, in Russian and Ukrainian, written onto it: `_HALVED_STEMS`) halves a dose: tablets,
# pills, capsules, doses, spoons, glasses, cups, ampoules, sachets, vials; Vietnamese's,
# Hindi's and Urdu's short ones as whole words ("ly", a glass; "कप", a cup, not "कपड़ा",
# cloth). Hindi's and Urdu's are also what a number counts after "and" (`_AND_OR`), and
# Hindi's dose is written with the nukta or without ("ख़ुराक", "खुराक").
_DOSE_STEMS_WRITTEN = {
    "es": "(?:tablet|pastill|comprimid|cápsul|dosis|cuchar|vaso|taza|ampoll|sobre|frasco)",
    "pt": "(?:comprimid|pílul|cápsul|dose|colher|copo|xícara|chávena|ampola|saqueta|frasco)",
    "fr": "(?:comprimé|pilule|gélule|capsule|dose|cuill|verre|tasse|ampoule|sachet|flacon)",
    "pl": "(?:tablet|pastyl|kapsuł|dawk|łyż|szklank|kubk|ampułk|saszetk|fiolk)",
    "tl": "(?:tablet|kapsula|dosis|kutsar|baso|tasa|pildoras|ampul)",
    "vi": "(?:viên|liều|muỗng|thìa|cốc|ly|ống|gói|lọ)(?![^\\W\\d_])",
    "hi": "(?:गोली|गोलिय|टैबलेट|कैप्सूल|ख\u093c?ुराक|चम्मच|गिलास|कप(?![^\\W\\d_]))",
    "ur": "(?:گولی|ٹیبلٹ|ٹیبلیٹ|کیپسول|خوراک|چمچ|گلاس|کپ(?![^\\W\\d_]))",
    **_HALVED_STEMS,
}
# Each language's stems, after the spaces or hyphen that may stand between a word for
# half and its stem ("demi-comprimé"): matched right after the word, searched in it.
_DOSE_STEMS = {
    language: re.compile(rf"[\s-]*{stems}") for language, stems in _DOSE_STEMS_WRITTEN.items()
}


def halved_dose(text: str, language: str) -> str | None:
    """The first word for half (`_HALF_WORDS`) of `text` (a translation) that halves what
    a dose is counted in (`_DOSE_STEMS`), right before it ("media tableta", "demi-comprimé",
    "половину таблетки") or written onto it ("полтаблетки"); None if it has none, or in a
    language whose names of what a dose is counted in handout does not know."""
    stems, words = _DOSE_STEMS.get(language), _HALF_WORDS.get(language)
    if stems is None or words is None:
        return None
    text = unicodedata.normalize("NFC", text).casefold()
    for found in words.finditer(text):
        if stems.search(found[0]) or stems.match(text, found.end()):
            return found[0]
    return None


# The words for a whole number and a half, by hand, each with the number and a half it is:
# one and a half in their cases ("полутора", of 1 ½), and two and a half in one word
# ("ढाई"), with a nukta as one letter or as a letter and the sign ("डेढ़", "আড়াই"). A
# translation may write the English's 1 ½ or 2 ½ so ("Weź półtorej tabletki", "डेढ़ गोली
# लें", "ढाई गोलियां लें" for "Take 2 ½ tablets", which were refused, their numbers not
# written), and a ½ not (3 times the dose).
_MIXED_NUMBER_WORDS_WRITTEN: dict[str, dict[Fraction, tuple[str, ...]]] = {
    "pl": {Fraction(3, 2): ("półtora", "półtorej")},
    "ru": {Fraction(3, 2): ("полтора", "полторы", "полутора")},
    "uk": {Fraction(3, 2): ("півтора", "півтори")},
    "hi": {Fraction(3, 2): ("डेढ\u093c", "डे\u095d"), Fraction(5, 2): ("ढाई",)},
    "ne": {Fraction(3, 2): ("डेढ\u093c", "डे\u095d", "डेढ"), Fraction(5, 2): ("अढाई",)},
    "mr": {Fraction(3, 2): ("दीड",), Fraction(5, 2): ("अडीच",)},
    "ur": {Fraction(3, 2): ("ڈیڑھ",), Fraction(5, 2): ("ڈھائی",)},
    "bn": {
        Fraction(3, 2): ("দেড\u09bc", "দে\u09dc"),
        Fraction(5, 2): ("আড\u09bcাই", "আ\u09dcাই"),
    },
    "gu": {Fraction(3, 2): ("દોઢ",), Fraction(5, 2): ("અઢી",)},
    "pa": {Fraction(3, 2): ("ਡੇਢ",), Fraction(5, 2): ("ਢਾਈ",)},
}
_MIXED_NUMBER_WORDS = {
    language: {
        value: re.compile(f"(?i)(?<![^\\W\\d_])(?:{'|'.join(words)})(?![^\\W\\d_])")
        for value, words in by_value.items()
    }
    for language, by_value in _MIXED_NUMBER_WORDS_WRITTEN.items()
}
# How a language that writes a fraction's denominator first joins it to its numerator, by
# hand: "二分之一" and "2分之1" (1/2, Chinese), "2分の1" and "二分の一" (Japanese), "2분의 1"
# and "이분의 일" (Korean). Read as a fraction's numbers, "服用二分之一片" for "Take 1/2
# tablet" was refused, its 2 and its 1/2 not in the translation.
_DENOMINATOR_BEFORE = {"zh": "分之", "ja": "分の", "ko": "분의\\s?"}
# The largest number read as a fraction's word numerator or denominator ("十六分之一", 1/16).
_FRACTION_WORDS_UP_TO = 100


def fractions_said_in_digits(text: str, language: str) -> str:
    """`text` (a translation) with each fraction it writes denominator first
    (`_DENOMINATOR_BEFORE`), in digits or in the language's words for numbers
    (`spellings`: "二", "이"), as its numbers with a slash ("二分之一" is "1/2"), which the
    numbers check reads as it reads the English's "1/2"."""
    joint = _DENOMINATOR_BEFORE.get(language)
    if joint is None or not re.search(joint, text):
        return text
    values = _fraction_words(language)
    words = longest_first(values)
    # Korean spaces its words ("이분의 일"): a word number is a whole word; Chinese and
    # Japanese do not, and a number of Han numerals is all of them ("十二分之一", not 二)
    spaced = language not in UNSPACED
    before = r"(?<![^\W\d_])" if spaced else f"(?<!{HAN_DIGITS.rstrip('+')})"
    after = r"(?![^\W\d_])" if spaced else ""
    number = rf"\d+|{before}(?:{words})"

    def in_digits(found: re.Match[str]) -> str:
        bottom, top = (str(values.get(part, 0) or int(part)) for part in found.groups())
        return f"{top}/{bottom}"

    pattern = rf"(?<!\d)({number}){joint}(\d+(?!\d)|(?:{words}){after})"
    return re.sub(pattern, in_digits, text)


@lru_cache(maxsize=8)
def _fraction_words(language: str) -> dict[str, int]:
    """The language's words for 1 to `_FRACTION_WORDS_UP_TO` (`spellings`), each with its
    number."""
    return {
        word: number
        for number in range(1, _FRACTION_WORDS_UP_TO + 1)
        for word in spellings(str(number), language)
    }


# The word for "and a half" written before a whole number, by hand ("साढ़े तीन", "साढ़े
# 3": 3 ½; "সাড়ে", "ساڑھে", "સાડા", "ਸਾਢੇ", "साडे"): "साढ़े तीन गोलियां लें" for "Take 3 ½
# tablets" was refused, its ½ read nowhere.
AND_A_HALF_BEFORE_WRITTEN = {
    "hi": ("साढ\u093cे", "सा\u095dे"),
    "ne": ("साढ\u093cे", "सा\u095dे", "साढे"),
    "mr": ("साडे",),
    "ur": ("ساڑھے",),
    "bn": ("সাড\u09bcে", "সা\u09dcে"),
    "gu": ("સાડા",),
    "pa": ("ਸਾਢੇ",),
}


# The words for "and a half" after a number, by hand: "dos tabletas y media", "2 comprimés
# et demi", "2 \u0441 половиной" (its "\u0441", with, Cyrillic), "2 viên rưỡi", "2 और
# आधी गोलियां" (its "आधा" agreeing with what it halves: आधा, आधी, आधे), Arabic's "ونصف"
# (and half; with its accusative's alif, "ونصفًا", "ونصفا") and "والنصف" (and the half,
# of half past an hour, `HALF_PAST`; Ryding, A Reference Grammar of Modern Standard
# Arabic, the fractions and telling time).
AND_A_HALF_AFTER_WRITTEN = {
    "es": ("y medio", "y media"),
    "pt": ("e meio", "e meia"),
    "fr": ("et demi", "et demie"),
    "ru": ("\u0441 половиной",),
    "uk": ("з половиною",),
    "pl": ("i pół",),
    "vi": ("rưỡi",),
    "tl": ("at kalahati",),
    "hi": ("और आधा", "और आधी", "और आधे"),
    "ko": ("반",),  # "1알 반", a tablet and a half: after the number's counter
    "ar": ("ونصف", "ونصفا", "والنصف"),
}
# The languages that count one and two with what they count alone, no numeral (Arabic's
# singular and dual: "قرصين ونصفًا", two tablets and a half), where "and a half" is a half
# with no number before it: "تناول قرصين ونصفًا" for "Take 2 tablets" passed.
HALF_AFTER_ITS_NOUN = frozenset({"ar"})
# How a language writes half past an hour in words, after it: by hand, as CLDR's formats
# of a time write its minutes in digits alone. Seen for "8:30" on 2026-12-06, where the
# English was printed since the 30 was not in digits.
# Chinese, Japanese and Korean write it after the hour's mark ("1点半", "1時半", "1시 반",
# `clock.half_hours_written`), Vietnamese after its name of an hour ("1 giờ rưỡi"); seen
# for "1:30 pm" on 2026-12-07. Italian writes "e mezza" or "e mezzo" ("alle 4 e mezza",
# both right: Accademia della Crusca, "Le tre e mezzo o le tre e mezza?"); seen for
# "4:30" on 2026-12-07, refused as its 30 dropped. Arabic after the hour ("الساعة 8
# والنصف", Ryding): "في الساعة 8 والنصف مساءً" was refused for "at 8:30 pm", and passed for
# "at 8 pm".
HALF_PAST = {
    "es": ("y media",),
    "pt": ("e meia",),
    "fr": ("et demie",),
    "it": ("e mezza", "e mezzo"),
    "vi": ("rưỡi",),
    "ko": ("반",),
    "zh": ("半",),
    "ja": ("半",),
    "ar": ("والنصف",),
}


# How a language writes half past an hour by the hour it leads to, by hand: German "halb
# zwei" or "halb 2" (half two: 1:30), Russian "в половине второго" or "полвторого" (in
# the half of the second: 1:30), its hour in digits with the ordinal's ending after them;
# "половине" after a preposition alone ("во второй половине второго триместра", in the
# second half of the second trimester, is no time). Seen for "1:30" on 2026-12-07,
# refused as its 1 and 30 dropped. Ukrainian "пів на другу" (half to the second, its
# ordinal in the accusative) or "пів другої" (its genitive, after a preposition of a time
# alone: "пів другої пачки" is half of the second pack), its hour in digits with the
# ordinal's ending after them ("пів на 2 частини" is half into 2 parts); Polish "wpół do
# drugiej" (its genitive); seen for "1:30" on 2026-12-07, refused as Russian's was.
@dataclass(frozen=True)
class HalfTowardTheHour:
    """How a language writes half past an hour by the next hour (`HALF_TOWARD_THE_HOUR`)."""

    before: str  # the words before the hour, a regular expression
    spelled_by: str  # the ICU spellout rule set of the hour in words ("" its default)
    after_digits: str = ""  # what follows the hour in digits, a regular expression
    # the hour in words where ICU has no rule set of its forms (Ukrainian has no ordinals
    # in ICU 78.3), each form's words of 1 to 12; ICU's are then not read
    by_hand: tuple[tuple[str, ...], ...] = ()


# Ukrainian's prepositions of a time before "пів", as a lookbehind: at (two spellings),
# by, after, about, from (two words).
_UKRAINIAN_AT = "|".join(
    rf"(?<=(?<!\w){word}\s)"
    for word in ("\u043e", "\u043e\u0431", "до", "після", "близько", "з", "від")
)
HALF_TOWARD_THE_HOUR = {
    "de": HalfTowardTheHour(r"halb\s+", ""),
    "ru": HalfTowardTheHour(
        r"(?:(?<=(?<!\w)в\s)|(?<=(?<!\w)до\s)|(?<=(?<!\w)к\s)|(?<=(?<!\w)\u0441\s)"
        r"|(?<=(?<!\w)после\s)|(?<=(?<!\w)около\s))половин[аеуы]\s+|пол-?",
        ",%spellout-ordinal-masculine-genitive",
        "-?\u0433\u043e",
    ),
    "uk": HalfTowardTheHour(
        rf"пів\s+на\s+|(?:{_UKRAINIAN_AT})пів\s+",
        "",
        "-(?:\u0433\u0443|\u0443|\u044e|\u0457|\u043e\u0457)",
        (
            (
                *("першу", "другу", "третю", "четверту", "пʼяту", "шосту"),
                *("сьому", "восьму", "девʼяту", "десяту", "одинадцяту", "дванадцяту"),
            ),
            (
                *("першої", "другої", "третьої", "четвертої", "пʼятої", "шостої"),
                *("сьомої", "восьмої", "девʼятої", "десятої", "одинадцятої", "дванадцятої"),
            ),
        ),
    ),
    "pl": HalfTowardTheHour(r"wpół\s+do\s+", ",%spellout-ordinal-feminine-genitive"),
}


@lru_cache(maxsize=8)
def half_toward_the_hour(language: str) -> re.Pattern[str] | None:
    """The language's half past an hour written by the hour it leads to
    (`HALF_TOWARD_THE_HOUR`: "halb zwei", "в половине второго"), in any case, that hour
    in digits as the group "digits" or in a word (`hours_led_to`, any of its forms, with
    the letters writers use for ICU's: `as_icu_spells`) as the group "word", a whole
    word; None in a language handout knows no such words of."""
    written = HALF_TOWARD_THE_HOUR.get(language)
    if written is None:
        return None
    words = "|".join(
        re.escape(word).replace("\u0435", "[\u0435\u0451]").replace("\u02bc", _APOSTROPHES)
        for word in sorted(hours_led_to(language), key=len)[::-1]
    )
    return re.compile(
        rf"(?i)(?<!\w)(?:{written.before})"
        rf"(?:(?P<digits>\d{{1,2}})(?:{written.after_digits})|(?P<word>{words}))(?!\w|[.,:]\d)"
    )


@lru_cache(maxsize=8)
def hours_led_to(language: str) -> dict[str, int]:
    """The words of `HALF_TOWARD_THE_HOUR`'s hour in the language, in lower case, each
    with its hour (1 to 12: ICU's, or those by hand), as ICU spells them
    (`as_icu_spells`: "четвёртого" as "четвертого")."""
    written = HALF_TOWARD_THE_HOUR[language]
    if written.by_hand:
        return {word: hour for form in written.by_hand for hour, word in enumerate(form, 1)}
    spelled = _icu_spelled(language, (written.spelled_by,), range(13))[written.spelled_by]
    return {as_icu_spells(spelled[hour].casefold()): hour for hour in range(1, 13)}


# ICU's apostrophe in a word, the modifier letter apostrophe, a letter ("пʼять"), the two
# a writer types for it ("п'ять"; U+2019 too), between two letters (`apostrophes_as_icu`),
# and any of the three, in a pattern of an hour's name (`half_toward_the_hour`).
_ICU_APOSTROPHE = "\u02bc"
_TYPED_APOSTROPHES = "['\u2019]"
_APOSTROPHES = f"[{_TYPED_APOSTROPHES[1:-1]}{_ICU_APOSTROPHE}]"  # any of the three
_TYPED_APOSTROPHE_IN_A_WORD = re.compile(f"(?<=[^\\W\\d_]){_TYPED_APOSTROPHES}(?=[^\\W\\d_])")


def as_icu_spells(word: str) -> str:
    """`word` with the letters writers use for ICU's as ICU's: Russian's "ё" as the
    letter without its dots, and Ukrainian's apostrophe, typed between two letters, as
    U+02BC (`_TYPED_APOSTROPHE_IN_A_WORD`, as `apostrophes_as_icu` reads a text's): a
    quote's closing one is no letter: "дев'ятій'" (at nine, and a closing quote) was read
    as no hour, and a right translation of "at 9 pm" refused."""
    return _TYPED_APOSTROPHE_IN_A_WORD.sub(_ICU_APOSTROPHE, word.replace("\u0451", "\u0435"))


# What may stand between a number and "and a half" after it, in its clause, as few
# characters as may be and up to 24: what it counts ("2 tabletas y media", "2 mililitros
# y medio").
BEFORE_AND_A_HALF = r"[^\d.;:!?\n]{0,24}?"
# The word for night that makes "and a half" "and midnight", by hand: Hindi's midnight is
# "half night" ("और आधी रात को", and at midnight), as `_HALF_WORDS_WRITTEN` reads it too.
_NIGHT_AFTER_HALF = {"hi": "रात"}
# The particles Korean writes onto a time, by hand: "1시에", at 1, "1시 반까지", until 1:30,
# "반쯤", about.
KOREAN_TIME_PARTICLES = "에서|에|부터|까지|쯤|경"
# The particles a language writes onto its word for "and a half" or half past an hour, by
# hand: Korean's ("1알 반을 드십시오", take a tablet and a half; "1시 반에", at 1:30; not
# "반드시", surely).
_PARTICLES_AFTER_HALF = {"ko": f"(?:을|은|이|만|씩|{KOREAN_TIME_PARTICLES})?"}
# The languages written with no space between words, where anything may follow the words
# for half past an hour ("下午1点半服用", take it at 1:30 pm), and 半 a number's counter
# ("2片半", 2 and a half tablets).
UNSPACED = frozenset({"zh", "ja"})
# The languages that write a number's counter onto its digits ("1알", a tablet, Korean),
# where a letter may follow a number in digits before "and a half".
_COUNTER_ONTO_DIGITS = frozenset({"ko"})
# What a dose counts, which a count before it counts, by hand: Japanese "1日1錠" (a tablet a
# day), Chinese "1天1片", Korean "1일 1정" (not "정도", about), "2정 8시에" (2 tablets at 8).
COUNTED_BY_HAND = {
    "ja": "錠|カプセル|包|滴|粒",
    "zh": "片|粒|颗|顆|滴|包|袋",
    "ko": "정(?!도)|알|캡슐|방울|포",
}


def and_a_half_after(language: str) -> str | None:
    """The language's words for "and a half" after a number (`AND_A_HALF_AFTER_WRITTEN`)
    as alternatives of a regular expression, each a whole word with the particles written
    onto it (`_PARTICLES_AFTER_HALF`: "반을"), and not before its word for night
    (`_NIGHT_AFTER_HALF`: "और आधी रात", and midnight); None in a language handout knows no
    such words of."""
    words = AND_A_HALF_AFTER_WRITTEN.get(language)
    if words is None:
        return None
    night = _NIGHT_AFTER_HALF.get(language)
    particles = _PARTICLES_AFTER_HALF.get(language, "")
    return rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, words))}){particles}(?![^\W\d_])" + (
        rf"(?!\s+{night})" if night else ""
    )


def half_past(language: str) -> str | None:
    """The language's words for half past an hour (`HALF_PAST`) as a regular expression,
    with the particles written onto them (`_PARTICLES_AFTER_HALF`: Korean "반에"), a whole
    word but where no space parts words (`UNSPACED`: "1点半服用"); None in a language
    handout knows no such words of."""
    words = HALF_PAST.get(language)
    if words is None:
        return None
    end = "" if language in UNSPACED else r"(?!\w)"
    return f"(?:{longest_first(words)}){_PARTICLES_AFTER_HALF.get(language, '')}{end}"


def mixed_numbers_in_digits(text: str, language: str, english: dict[Fraction, str]) -> str:
    """`text` (a translation, its digits `digits_of`'s) with each of the language's words
    for a whole number and a half (`_MIXED_NUMBER_WORDS`: "półtorej", "ढाई"; "साढ़े"
    before the number in digits or in a word, `AND_A_HALF_BEFORE_WRITTEN`: "साढ़े तीन";
    "and a half" after it and what it counts, `and_a_half_after`: "2 mililitros y
    medio", which is "2.5 mililitros") that is one of `english`'s values written as the
    English writes it (`english`: value -> the English's text, "2 ½"); a word for another
    value is left as it is."""
    for value, pattern in _MIXED_NUMBER_WORDS.get(language, {}).items():
        if value in english:
            text = pattern.sub(english[value], text)
    if language in HALF_AFTER_ITS_NOUN:
        text = _nouns_and_a_half(text, english)
    before = AND_A_HALF_BEFORE_WRITTEN.get(language)
    after = and_a_half_after(language)
    for value, written in english.items():
        whole = value - Fraction(1, 2)
        if whole.denominator != 1 or whole < 1:
            continue
        number = str(whole.numerator)
        spelled = "|".join(map(re.escape, spellings(number, language)))
        words = "|".join([number, spelled]).rstrip("|")
        # a number in digits with its counter written onto it ("1알 반"), which is what it
        # counts; a word is a whole word ("uno", not "unos")
        digits_end = "" if language in _COUNTER_ONTO_DIGITS else "[^\\W\\d_]|"
        if before is not None:
            text = re.sub(
                f"(?<![^\\W\\d_])(?:{'|'.join(before)})\\s+(?:{words})(?!\\d|[.,]\\d)",
                written,
                text,
            )
        if after is not None:
            text = re.sub(
                f"(?i)(?<![\\w.,])(?:{number}(?!{digits_end}[.,]?\\d)"
                f"|(?:{spelled or '(?!)'})(?![^\\W\\d_]|[.,]?\\d))"
                f"({BEFORE_AND_A_HALF})\\s*({after})",
                _as_written(written, HALF_PAST.get(language, ())),
                text,
            )
    return text


def _nouns_and_a_half(text: str, english: dict[Fraction, str]) -> str:
    """`text` (an Arabic translation) with each singular or dual of what a dose or a span
    counts (`_arabic_counted`) and "and a half" after it (`and_a_half_after`) that is one of
    `english`'s values, 1 ½ or 2 ½, written as the English writes it before the noun:
    "تناول قرصًا ونصفًا" (a tablet and a half) is "تناول 1 ½ قرصا" where the English writes
    "1 ½ tablets", and "ساعتين ونصف" (two hours and a half) "2 ½ ساعتين", as the noun holds
    its number (`HALF_AFTER_ITS_NOUN`): both were refused, their 1 or 2 read nowhere."""
    after = and_a_half_after("ar")
    plain = without_arabic_vowels(text)
    read = plain
    for whole, nouns in _arabic_counted().items():
        written = english.get(whole + Fraction(1, 2))
        if written is not None and after is not None:
            # the noun with the alif of its accusative ("قرصًا"), and "and a half"
            pattern = rf"(?<![^\W\d_])((?:{longest_first(nouns)})\u0627?)\s+(?:{after})"
            read = re.sub(pattern, written.replace("\\", "\\\\") + r" \1", read)
    return text if read == plain else read


@cache
def _arabic_counted() -> dict[int, frozenset[str]]:
    """The singulars (1) and duals (2) of what a dose counts (`_ARABIC_COUNTED`) and of
    the units of time (CLDR's, "ساعة", "ساعتان"), with their prefixes (`_ARABIC_PREFIXES`)."""
    nouns = [*_ARABIC_COUNTED, *TIME_UNITS]
    singulars = {
        *(singular for singulars in _ARABIC_COUNTED.values() for singular in singulars),
        *filter(None, (cldr_unit_name(f"duration-{unit}", "ar", "long", 1) for unit in TIME_UNITS)),
    }
    return {
        1: frozenset(prefix + noun for prefix in _ARABIC_PREFIXES for noun in singulars),
        2: frozenset().union(*map(_arabic_duals_of, nouns)),
    }


def _as_written(written: str, half_past: tuple[str, ...]) -> Callable[[re.Match[str]], str]:
    """A number and "and a half" after it and what it counts (groups 1 and 2 of
    `mixed_numbers_in_digits`'s pattern) as the English's number `written` before what
    it counts ("2.5 mililitros"); a number with the language's words for half past an
    hour right after it (`half_past`: "a las 2 y media") left as it is, as it is that
    time's hour."""

    def as_written(found: re.Match[str]) -> str:
        if not found[1].strip() and found[2].casefold() in half_past:
            return found[0]
        return written + found[1]

    return as_written


# A word for half that 半 begins with the name of a unit of time after it, by hand: Japanese
# "半分" (half: "半分の錠剤", half of a tablet), whose 分 names a minute, which "半分間"
# (half a minute) is. "半分の錠剤を服用してください" for "Take ½ tablet" was refused, read as
# half a minute.
_HALF_AS_ONE_WORD = {"ja": re.compile("分(?!間)")}


def halves(text: str, language: str) -> int | None:
    """How many words for half (`_HALF_WORDS`: "media", "pół", "半") `text` (a translation)
    writes, not counting half of a unit of time (`time_unit_names`: "media hora",
    "demi-heure", "pół godziny", "半小时", "半分間"; not Japanese's "半分", half,
    `_HALF_AS_ONE_WORD`), which is no half of a dose ("Tome una tableta media hora antes"
    for "Take ½ tablet half an hour before" passed); None in a language
    whose words for half handout does not know."""
    words = _HALF_WORDS.get(language)
    if words is None:
        return None
    text = unicodedata.normalize("NFC", text).casefold()
    units = time_unit_names(language) or {}
    count = 0
    for match in words.finditer(text):
        found = match.group()
        if "半" in found:  # Chinese, Japanese: each 半 of the run, by the letters after it
            half = _HALF_AS_ONE_WORD.get(language)
            count += sum(
                not rest.startswith(("夜", *(name for name in units if not name.isascii())))
                or bool(half and half.match(rest))
                for rest in found.split("半")[1:]
            )
        else:  # by the word after it ("media hora", "demi-heure")
            # after a space, a hyphen, or Persian's ZWNJ ("نیم‌ساعت", half an hour)
            after = word_pattern().match(text[match.end() :].lstrip(" -\u00a0\u200c"))
            count += not (after and after.group() in units)
    return count


@cache
def word_pattern() -> re.Pattern[str]:
    """A run of letters and the combining marks on them (Unicode's categories M*): Python's
    \\w takes no mark for a letter, and split Hindi "दो" (2) at its vowel sign, so that
    it was no word."""
    return re.compile(f"(?:[^\\W\\d_]|{combining_marks()})+")


@cache
def combining_marks() -> str:
    """A character class of Unicode's combining marks (categories M*), which Python's \\w
    does not take. Made once asked: finding the marks takes a few hundredths of a second,
    which a lint without a number word need not spend. They are all in the first two
    planes and the variation selectors' supplement. Written as ranges of neighbouring
    marks: one by one, its 2,400 marks took 9 ms to compile in each of the patterns it is
    part of (a language's names of units, of numbers...), a tenth of a cold `handout
    stats`; as its 300 ranges, 1 ms."""
    codes = [*range(0x20000), *range(0xE0100, 0xE01F0)]
    ranges: list[list[int]] = []  # [first, last] of each run of neighbouring marks
    for code in codes:
        if unicodedata.category(chr(code))[0] != "M":
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    marks = "".join(
        re.escape(chr(first)) + (f"-{re.escape(chr(last))}" if last > first else "")
        for first, last in ranges
    )
    return f"[{marks}]"


@cache
def _word_after_a_digit() -> re.Pattern[str]:
    """A run of letters and marks (`word_pattern`) written right after a digit, with no
    space (`_written_onto_digits`: the "일" of "1일")."""
    return re.compile(rf"(?<=\d){word_pattern().pattern}")


@cache
def _clause_end_word() -> re.Pattern[str]:
    """A run of letters and marks (`word_pattern`) that ends a clause (`_CLAUSE_END`): a
    whole run, taken from its start and not given back (searched from each letter of
    each run and shortened letter by letter, it took a build a twentieth of a second, and
    lint about a second)."""
    letter = f"[^\\W\\d_]|{combining_marks()}"
    return re.compile(f"(?<!{letter})(?:{letter})++{_CLAUSE_END}")


@lru_cache(maxsize=1024)
def _words(text: str, language: str) -> tuple[str, ...]:
    """The words of `text`: runs of letters and marks (`word_pattern`), an apostrophe typed
    in one a letter where the language's numbers have one (`apostrophes_as_icu`: "п'ять"),
    and in a script written without spaces (Thai "รับประทานยาหนึ่งเม็ด", one run) the
    words ICU's dictionary finds in a run ("หนึ่ง", 1), which are not the letters of
    another word ("สามารถ", can, is no สาม, 3), those that spell a number together as one
    (`_numbers_as_one`). Kept: the checks read a translation's words several times."""
    # ICU's breakers only when a translation's words are read, as `_icu_spellings` does.
    from icu4py.breakers import WordBreaker

    from ..text.linebreak import written_without_spaces

    return tuple(
        word
        for run in word_pattern().findall(without_arabic_vowels(apostrophes_as_icu(text, language)))
        for word in (
            _numbers_as_one(list(WordBreaker(run, language)), language)
            if written_without_spaces(run[0]) and script_of(run[0]) not in _HAN_SCRIPTS
            else (run,)
        )
    )


def apostrophes_as_icu(text: str, language: str) -> str:
    """`text` with each apostrophe typed between two letters (U+0027 or U+2019) as ICU's
    (U+02BC, a letter), in a language whose words ICU writes it in
    (`_apostrophe_is_a_letter`), so that its words are read whole: Ukrainian "п'ять" (5; with
    U+2019 too) had been read as "п" and "ять", and "Прийміть п'ять таблеток" was refused
    for "Take 5 tablets". One character for one, so that a span found in the text so is
    the text's (`in_another_number`). Elsewhere it ends a word ("don't", French
    "l'heure"), as before."""
    if not _apostrophe_is_a_letter(language):
        return text
    return _TYPED_APOSTROPHE_IN_A_WORD.sub(_ICU_APOSTROPHE, text)


@lru_cache(maxsize=64)
def _apostrophe_is_a_letter(language: str) -> bool:
    """Whether the language writes an apostrophe as a letter of its words: whether ICU
    spells one of its numbers up to `SPELLED_UP_TO` with one (`_ICU_APOSTROPHE`). Of the
    shipped languages, Ukrainian alone (measured with ICU 78.3; not Belarusian, whose
    number words have none, and for whose other words Babel's data has no exemplar
    characters to tell)."""
    return any(_ICU_APOSTROPHE in word for word in spelled_numbers(language))


# ICU spells a number of several words in Thai, Lao and Khmer with a zero-width space
# between them ("ยี่\u200bสิบ\u200bห้า", 25), which a translator does not type: its
# spellings are read without it.
_ZERO_WIDTH_SPACE = "\u200b"
# And a long number in German, Dutch, Italian, Swedish, Hungarian and Finnish with a soft
# hyphen between its parts ("acht\u00adund\u00addreißig", 38), which a translator types
# only where a line may break, if at all: "achtunddreißig" was no 38, and "Nehmen Sie
# achtunddreißig Tabletten." for "Take 38 tablets." was refused. Both are read as no
# character in ICU's spellings, and the soft hyphen in a translation's words too.
_NOT_TYPED = str.maketrans("", "", _ZERO_WIDTH_SPACE + SOFT_HYPHEN)
# The most words ICU's dictionary finds in a number up to `SPELLED_UP_TO` (Thai "ยี่",
# "สิบ", "เอ็ด": 21).
_MOST_WORDS_OF_A_NUMBER = 4


def _numbers_as_one(words: list[str], language: str) -> list[str]:
    """`words`, those ICU's dictionary found in one run of a script written without
    spaces, with each of them in a row that spell a number together (`spelled_numbers`,
    the most first) as one word: the dictionary finds "ยี่สิบ" (20) and "ห้า" (5) in Thai's
    25, and "สิบ" (10) and "สอง" (2) in 12, and "รับประทานสิบสองเม็ด" (12 tablets) passed
    for "Take 2 tablets"."""
    spelled = spelled_numbers(language)
    joined = []
    start = 0
    while start < len(words):
        ends = range(min(start + _MOST_WORDS_OF_A_NUMBER, len(words)), start + 1, -1)
        end = next((end for end in ends if "".join(words[start:end]) in spelled), start + 1)
        joined.append("".join(words[start:end]))
        start = end
    return joined


@lru_cache(maxsize=4096)
def spellings(number: str, language: str, common_words_too: bool = False) -> frozenset[str]:
    """A whole number as the language spells it in one word (`_spelled`)."""
    return frozenset(
        word
        for word in _spelled(number, language, common_words_too)
        if word_pattern().fullmatch(word)
    )


def written_beyond_the_words(number: int, text: str, language: str) -> int:
    """How many times `text` writes `number` (a whole one above `SPELLED_UP_TO`, which
    `spelled_numbers` does not hold) in the language's words, as ICU spells it
    (`_spelled_beyond`: "quinientos", "quinientas", "mil", "cinq cents", "五百"), whole
    (its words a run of `_words`, or a run of Han numerals before a measure word,
    `_HAN_NUMERALS`) and alone: no word of another number nor of hundreds or thousands
    right before or after it (`_words_of_numbers`), which would make it part of a larger
    one ("mil quinientos" is 1,500, "dos mil" 2,000, "quinientos cincuenta" 550). Not in
    a language whose words ICU does not spell (`has_number_words`, those by hand up to 12
    alone). "Tome quinientos miligramos" for "Take 500 mg" was refused, the 500 read
    nowhere, and "cuatrocientos" for it still is."""
    if language in _NUMBER_WORDS_BY_HAND or not has_number_words(language):
        return 0
    folded = text.replace(SOFT_HYPHEN, "").casefold()
    words = _words(folded, language)
    others = _words_of_numbers(language)
    found = 0
    for spelling in _spelled_beyond(number, language):
        if re.fullmatch(HAN_DIGITS, spelling):
            found += _HAN_NUMERALS.findall(text.translate(LIANG_AS_TWO)).count(spelling)
            continue
        parts = tuple(_apart_by_spaces(spelling).split(" "))
        for at in range(len(words) - len(parts) + 1):
            around = words[at - 1 : at] + words[at + len(parts) : at + len(parts) + 1]
            if words[at : at + len(parts)] == parts and not others.intersection(around):
                found += 1
    return found


def words_beyond(number: int, language: str) -> frozenset[str]:
    """The words of `number` (a whole one above `SPELLED_UP_TO`) as ICU spells it in the
    language (`_spelled_beyond`): "ciento" and "cincuenta" of 150's "ciento cincuenta",
    whose "cincuenta" is no 50 of its own."""
    return frozenset(
        word
        for spelling in _spelled_beyond(number, language)
        for word in _apart_by_spaces(spelling).split(" ")
    )


@lru_cache(maxsize=256)
def _spelled_beyond(number: int, language: str) -> frozenset[str]:
    """`number` as ICU spells it in the language, in lower case, by each of its rule sets
    that spells 0 to `SPELLED_UP_TO` or a thousand otherwise than those before it
    (`_own_forms`: Spanish "quinientas"; Russian's and Polish's cases, "пятисот",
    "pięciuset" after "more than"; Russian's accusative "одну тысячу один"); and, where
    that spelling begins with a word for 1 before more words, without it too, as a
    language says a thousand ("одну тысячу" as "тысячу", "тысяча пятьсот" for 1,500).
    Asked only of a number the translation does not write in digits."""
    spelling = _ICU_NAMES.get(language, language)
    forms = _own_forms(spelling)
    spelled = {
        words.translate(_NOT_TYPED).casefold()
        for (words,) in _spelled_by(_spellout_kept(spelling), forms, (number,)).values()
    }
    if spelling in _ACCUSATIVE_ENDINGS:
        spelled = set(_with_accusatives(frozenset(spelled), spelling))
    ones = _spelled("1", language)
    without_one = {
        rest
        for words in spelled
        for first, _, rest in [words.partition(" ")]
        if rest and first in ones
    }
    return frozenset(spelled | without_one)


@cache
def _own_forms(language: str) -> tuple[str, ...]:
    """The rule sets of `_FORMS` that spell 0 to `SPELLED_UP_TO` or a thousand otherwise
    than each before them (`_icu_tables`): the language's own (one it lacks spells as its
    default does), one of each that spell so alike, which spell a number above it alike
    too. By 0 to `SPELLED_UP_TO` alone, Russian's masculine and neuter accusative were
    its nominative's, and 1,001 "одну тысячу один" was read nowhere; a thousand tells
    them apart. Of 0 to 1,000 by hundreds, 1,001, 1,002, 2,000, 2,001, 5,000, 21,000,
    22,000, 100,000, 1,000,000 and 2,000,000 in 48 languages, the shipped ones among
    them, no other number told apart rule sets but Arabic's masculine, whose spellings
    are its default's or its feminine's (measured with ICU 78.3): 15 of Russian's 24, 3
    of Spanish's, 1 of Chinese's."""
    tables = _icu_tables(language)
    first_of_each: dict[tuple[str, ...], str] = {}
    for rules in _FORMS:
        first_of_each.setdefault(tables[rules], rules)
    return tuple(first_of_each.values())


@lru_cache(maxsize=8)
def _spellout_kept(language: str) -> MessageFormat:
    """`_spellout` of the language's own rule sets (`_own_forms`), kept for the few
    languages a process asks numbers above `SPELLED_UP_TO` of (`_spelled_beyond`): made
    for each number, Russian's cost 15 rule sets' 2.6 ms each time."""
    return _spellout(language, _own_forms(language))


@cache
def _words_of_numbers(language: str) -> frozenset[str]:
    """Each word of the language's numbers up to `SPELLED_UP_TO` (`spelled_numbers`, a
    compound's words each), of its hundreds and thousands after a number
    (`_multipliers`), and of 200 to 900 and a thousand in each form (`_spelled_beyond`:
    "quinientos", "пятьсот", and Russian's accusative "тысячу", which 2,000 and 5,000 do
    not give it: "тысячу пятьсот" and "mil quinientos" passed for 1,000)."""
    words = {word for spelled in spelled_numbers(language) for word in spelled.split(" ")}
    beyond = {
        word
        for number in (*range(200, 1000, 100), 1000)
        for spelled in _spelled_beyond(number, language)
        for word in spelled.split()
    }
    return frozenset(words | beyond | _multipliers(language))


@lru_cache(maxsize=4096)
def compound_spellings(number: str, language: str) -> frozenset[str]:
    """A whole number as the language spells it in two words or more, or with a hyphen
    (`_spelled`: "двадцать две", "treinta y dos", "dix-huit", "labing-walo"), its words
    apart by one space (`_apart_by_spaces`: "dix huit"), each word also as the language
    writes it there besides ICU's (`_IN_A_NUMBER_OF_WORDS`: "hai mươi bốn"), and with a
    word it may leave out left out (`_LEFT_OUT_BEFORE`: "hai mốt")."""
    others = _IN_A_NUMBER_OF_WORDS.get(language, {})
    left_out = _LEFT_OUT_BEFORE.get(language, {})
    written = [
        words
        # those not of one word (`spellings`, read once), in the form `spellings` asks
        for spelling in _spelled(number, language, False) - spellings(number, language)
        for words in product(
            *({word, *others.get(word, ())} for word in _apart_by_spaces(spelling).split(" "))
        )
    ]
    shortened = [
        (*words[:at], *words[at + 1 :])
        for words in written
        for at, (word, after) in enumerate(pairwise(words))
        if after in left_out.get(word, ())
    ]
    return frozenset(" ".join(words) for words in written + shortened)


@lru_cache(maxsize=128)
def spelled_numbers(language: str) -> dict[str, int]:
    """Each number from 0 to `SPELLED_UP_TO` as the language spells it, in one word
    (`spellings`: "ocho") or more (`compound_spellings`: "dix huit", "vingt et une"), with
    the number it spells; `spelled_pattern` finds them, `spelled_number` reads one, and
    the numbers check reads a translation's number words by it. No spelling is two
    numbers' in the shipped languages (measured with ICU 78.3); one that were would be
    read as the larger."""
    return {
        word: number
        for number in range(SPELLED_UP_TO + 1)
        for word in spellings(str(number), language) | compound_spellings(str(number), language)
    }


def spelled_pattern(spelled: Iterable[str]) -> str:
    """A regular expression that matches each of `spelled` (`spelled_numbers`, the words
    of one apart by one space), the longest that matches first, its words apart by any
    run of spaces and hyphens (`_apart_by_spaces`: "dix-huit" and "dix huit"). Written as
    a tree of their characters (`_Tree`), each shared beginning once: as one
    alternative each, the longest first, the compounds of the 30 shipped languages took
    110 to 120 ms to compile (`_compound_pattern`), each run of spaces and hyphens a class
    repeated, against about 75 with a plain space between the words."""
    tree: _Tree = {}
    for spelling in spelled:
        node = tree
        for character in spelling:
            node = node.setdefault(character, {})
        node[""] = {}  # a spelling ends here
    return _tree_pattern(tree)


# The characters of spellings (`spelled_pattern`), each spelling a path from the root, and
# the key "" where one ends.
_Tree: TypeAlias = dict[str, "_Tree"]


def _tree_pattern(node: _Tree) -> str:
    """The pattern of the paths from `node` (`spelled_pattern`): each character (a space
    as a run of spaces and hyphens) before the pattern of its node; optional where a
    spelling ends, and greedy, so that the longest is tried first, a shorter one after."""
    paths = [
        (_SPACES_AND_HYPHENS.pattern if character == " " else re.escape(character))
        + _tree_pattern(after)
        for character, after in node.items()
        if character
    ]
    if not paths:
        return ""
    if "" in node:
        return f"(?:{'|'.join(paths)})?"
    return paths[0] if len(paths) == 1 else f"(?:{'|'.join(paths)})"


def spelled_number(found: str, spelled: dict[str, int]) -> int:
    """The number of `spelled` (`spelled_numbers`) that `found` (what `spelled_pattern`
    matched) writes: "Dix-huit" is 18."""
    return spelled[_apart_by_spaces(found.casefold())]


# The words a number of two words or more is written with besides ICU's, by hand, each
# for ICU's word: Vietnamese's 4 after a ten, "tư" or "bốn", its 5, "lăm" or "nhăm", and
# its tens' "mươi" or "chục" ("hai mươi bốn", "hai mươi nhăm", "hai chục": 24, 25, 20;
# Vietnamese Wikipedia, "Cách đếm của người Việt"; "hai chục" too in Michigan State
# University's Vietnamese open book, unit 3): "hai mươi bốn viên" (24 tablets) passed for
# "Take 4 tablets", its "bốn" read as the 4. Not alone: "tư" alone is "private", no 4.
_IN_A_NUMBER_OF_WORDS = {
    "vi": {"tư": ("bốn",), "bốn": ("tư",), "lăm": ("nhăm",), "mươi": ("chục",)}
}
# The words a number of two words or more may leave out, by hand, each with the words it
# may be left out before: Vietnamese's tens' "mươi" before a unit that follows a ten
# alone, "mốt" (1), "lăm" or "nhăm" (5): "hai mốt" is 21, "ba lăm" 35 (Michigan State
# University's Vietnamese open book, unit 3: "21 = Hai mốt/Hai mươi mốt"); "lúc hai mốt
# giờ" (at 21:00) for "at 9 pm" was refused, its hour read nowhere. Not before another
# unit, as "hai ba" (23) is also "two or three" and "hai hai" (22) no spelling of CLDR's
# (common/rbnf/vi.xml: every rule set of ICU 78.3 writes "mươi" in 20 to 99, "hai mươi
# hai"), nor before "tư" (4 after a ten), which begins words of its own ("hai tư vấn
# viên", two counsellors).
_LEFT_OUT_BEFORE = {"vi": {"mươi": ("mốt", "lăm", "nhăm")}}


# kept: `spellings` and `compound_spellings` each read every number's (`spelled_numbers`)
@lru_cache(maxsize=4096)
def _spelled(number: str, language: str, common_words_too: bool = False) -> frozenset[str]:
    """A whole number as the language spells it, in each of its forms (ICU's spellout
    rule sets: "uno", "un" and "una" for 1 in Spanish, "dos" for 2, Korean's "두"; and by
    hand Swahili's that agree with what they count, `_SWAHILI_AGREEING`: "viwili"), in
    lower case; none for a larger number or a fraction; in a language ICU has none
    for, those by hand (`_NUMBER_WORDS_BY_HAND`: Urdu "دو"). A
    language with neither (`has_number_words`) is read in English's,
    which are the same number too. Only these forms are the number: a translation that
    declines it otherwise ("zweier") is still an error, which prints its English. With
    `common_words_too`, a language whose words are not read as numbers as they are
    common words too (`_WORDS_NOT_NUMBERS`: Burmese "နှစ်", 2 and a year) is spelled in
    its own, for a check to tell such a word from its other meaning."""
    if not may_be_spelled(number):
        return frozenset()
    if language in _NUMBER_WORDS_BY_HAND:
        by_hand = frozenset(_NUMBER_WORDS_BY_HAND[language].get(int(number), ()))
        return _bengali_forms(by_hand, int(number)) if language == "bn" else by_hand
    own = has_number_words(language) or (common_words_too and language in _WORDS_NOT_NUMBERS)
    spelling = _ICU_NAMES.get(language, language) if own else "en"
    words = frozenset(
        word.translate(_NOT_TYPED).casefold()
        for word in _icu_spellings(int(number), spelling, _FORMS)
    )
    if spelling == "fil":
        return _filipino_forms(words | _tagalog_spellings(int(number)))
    if spelling == "sw":
        return words | _SWAHILI_AGREEING.get(int(number), frozenset())
    if spelling == "ko":
        return _korean_forms(words)
    if spelling in _ACCUSATIVE_ENDINGS:
        return _with_accusatives(words, spelling)
    return _arabic_forms(words) if spelling == "ar" else words


# Number words of languages ICU has none for (measured with ICU 78.3), by hand, 1 to 12
# (to 10 in Somali and Tigrinya, whose 11 is two words, which `spellings` does not read),
# each in the forms written before what it counts: Urdu's, Punjabi's, Pashto's (1 and 2
# in the feminine too, "یوه", "دوې"), Somali's ("hal", the 1 before a noun; 7 spelt both
# ways) and Tigrinya's (1 in the feminine, "ሓንቲ"). "دو گولیاں" (two tablets) for "2
# tablets" was refused, as a number handout cannot read. Bengali's are CLDR's
# (common/rbnf/bn.xml, %spellout-cardinal, which ICU 78.3's data predates: it spells
# Bengali as no language), "ছয়" (6) with its য় in one code point or two (U+09DF, or
# U+09AF U+09BC as Unicode's NFC writes it); not its 9, "নয়", which is also "is not"
# ("সে ডাক্তার নয়", he is not a doctor) and "nor" (Wiktionary, "নয়"), but with a
# classifier (`_BENGALI_WITH_A_CLASSIFIER_ALONE`); with a classifier written onto them too
# (`_bengali_forms`: "দুটি", "আটটি").
_NUMBER_WORDS_BY_HAND: dict[str, dict[int, tuple[str, ...]]] = {
    "bn": {
        1: ("এক",),
        2: ("দুই",),
        3: ("তিন",),
        4: ("চার",),
        5: ("পাঁচ",),
        6: ("\u099b\u09af\u09bc", "\u099b\u09df"),
        7: ("সাত",),
        8: ("আট",),
        10: ("দশ",),
        11: ("এগারো",),
        12: ("বারো",),
    },
    "ur": {
        1: ("ایک",),
        2: ("دو",),
        3: ("تین",),
        4: ("چار",),
        5: ("پانچ",),
        6: ("چھ", "چھے"),
        7: ("سات",),
        8: ("آٹھ",),
        9: ("نو",),
        10: ("دس",),
        11: ("گیارہ",),
        12: ("بارہ",),
    },
    "pa": {
        1: ("ਇੱਕ", "ਇਕ"),
        2: ("ਦੋ",),
        3: ("ਤਿੰਨ",),
        4: ("ਚਾਰ",),
        5: ("ਪੰਜ",),
        6: ("ਛੇ",),
        7: ("ਸੱਤ",),
        8: ("ਅੱਠ",),
        9: ("ਨੌਂ", "ਨੌ"),
        10: ("ਦਸ",),
        11: ("ਗਿਆਰਾਂ",),
        12: ("ਬਾਰਾਂ",),
    },
    "ps": {
        1: ("یو", "یوه"),
        2: ("دوه", "دوې"),
        3: ("درې",),
        4: ("څلور",),
        5: ("پنځه",),
        6: ("شپږ",),
        7: ("اووه", "اوه"),
        8: ("اته",),
        9: ("نهه",),
        10: ("لس",),
        11: ("یوولس",),
        12: ("دولس",),
    },
    "so": {
        1: ("kow", "hal"),
        2: ("laba",),
        3: ("saddex",),
        4: ("afar",),
        5: ("shan",),
        6: ("lix",),
        7: ("toddoba", "todobo"),
        8: ("siddeed",),
        9: ("sagaal",),
        10: ("toban",),
    },
    "ti": {
        1: ("ሓደ", "ሓንቲ"),
        2: ("ክልተ",),
        3: ("ሰለስተ",),
        4: ("ኣርባዕተ",),
        5: ("ሓሙሽተ",),
        6: ("ሽዱሽተ",),
        7: ("ሸውዓተ",),
        8: ("ሸሞንተ",),
        9: ("ትሽዓተ",),
        10: ("ዓሰርተ",),
    },
}


# Bengali's classifiers of things, which a number takes before what it counts, written
# onto it ("একটি ট্যাবলেট", one tablet; "তিনটা", three), the formal "-টি" and the
# colloquial "-টা" (Wikipedia, "Bengali grammar", measure words), and 2's short form before
# a classifier, "দু", which takes "-টো" too ("দুটি", "দুটো"; "দুবার", twice,
# `_TIMES_IN_WORDS`), by hand: CLDR's common/rbnf/bn.xml has a cardinal and an ordinal rule
# set alone, with no classifier. "দুটি ট্যাবলেট নিন" (take two tablets) for "Take 2
# tablets" was refused, its 2 read nowhere.
_BENGALI_CLASSIFIERS = ("টি", "টা")
_BENGALI_SHORT_TWO = {"দু": (*_BENGALI_CLASSIFIERS, "টো")}
# Bengali's numbers that are a number only with a classifier written onto them: 9, "নয়"
# (its য় in one code point or two, as 6's), also "is not" and "nor" alone
# (`_NUMBER_WORDS_BY_HAND`), where "নয়টি" and "নয়টা" are nine things and no negation;
# "নয়টি ট্যাবলেট নিন" (take nine tablets) for "Take 9 tablets" was refused, its 9 read
# nowhere.
_BENGALI_WITH_A_CLASSIFIER_ALONE = {9: ("\u09a8\u09af\u09bc", "\u09a8\u09df")}


def _bengali_forms(words: frozenset[str], number: int) -> frozenset[str]:
    """Bengali's `words` of `number` (`_NUMBER_WORDS_BY_HAND`), and each with a classifier
    written onto it (`_BENGALI_CLASSIFIERS`), as are those of it that are a number only
    so (`_BENGALI_WITH_A_CLASSIFIER_ALONE`), and 2's short form with its own
    (`_BENGALI_SHORT_TWO`)."""
    with_a_classifier = words.union(_BENGALI_WITH_A_CLASSIFIER_ALONE.get(number, ()))
    stems: dict[str, tuple[str, ...]] = dict.fromkeys(with_a_classifier, _BENGALI_CLASSIFIERS)
    if number == 2:
        stems |= _BENGALI_SHORT_TWO
    return words | {stem + classifier for stem, ends in stems.items() for classifier in ends}


# Swahili's numbers that agree with the class of what they count, by hand (ICU spells the
# bare form, "mbili", "tatu", "moja"): 1 in the classes of a thing ("kidonge kimoja", one
# tablet; "mtu mmoja"), 2 to 5 and 8 in those of people, things, many ("matone matatu",
# three drops) and trees and years ("miaka miwili", two years). "Meza vidonge viwili"
# (take two tablets) was refused, its 2 read nowhere.
_SWAHILI_STEMS = {2: "wili", 3: "tatu", 4: "nne", 5: "tano", 8: "nane"}
_SWAHILI_AGREEING = {
    1: frozenset({"kimoja", "mmoja"}),
    **{
        number: frozenset(f"{prefix}{stem}" for prefix in ("wa", "vi", "ma", "mi"))
        for number, stem in _SWAHILI_STEMS.items()
    },
}


# Tagalog's numbers from 11 to 99 as Tagalog writes them, which ICU's Filipino does not
# (its 20 is "dalawáng pû", 21 "dalawáng pû't isá", its apostrophe curly, and 12
# "labíng-dalawá"): Wiktionary, "Appendix:Tagalog numbers" ("labindalawa", "labingwaló",
# "dalawampu't isa"), and "labing" apart from its unit, as philja.com's table writes it
# ("labing waló").
# "dalawampu't isang tableta" (21 tablets) passed for "1 tablet", its "isang" read as 1.
_TAGALOG_UNITS = ("isa", "dalawa", "tatlo", "apat", "lima", "anim", "pito", "walo", "siyam")
_TAGALOG_TEENS = (
    *("labing-isa", "labindalawa", "labintatlo", "labing-apat", "labinlima"),
    *("labing-anim", "labimpito", "labingwalo", "labinsiyam"),
)
_TAGALOG_TENS = (
    *("dalawampu", "tatlumpu", "apatnapu", "limampu"),
    *("animnapu", "pitumpu", "walumpu", "siyamnapu"),
)


def _tagalog_spellings(number: int) -> frozenset[str]:
    """`number` (11 to 99) as Tagalog writes it (`_TAGALOG_TENS`), the "labing" of 11 to
    19 written onto its unit, with a hyphen or apart too, and the "'t" (and) of 21 to 99
    with a straight apostrophe or a curly one; none for another number."""
    tens, unit = divmod(number, 10)
    if tens == 1 and unit:
        word = _TAGALOG_UNITS[unit - 1]
        teen = _TAGALOG_TEENS[unit - 1]
        return frozenset({teen, f"labing{word}", f"labing-{word}", f"labing {word}"})
    if not 2 <= tens <= 9:
        return frozenset()
    if not unit:
        return frozenset({_TAGALOG_TENS[tens - 2]})
    return frozenset(
        f"{_TAGALOG_TENS[tens - 2]}{apostrophe}t {_TAGALOG_UNITS[unit - 1]}"
        for apostrophe in "'\u2019"
    )


def _filipino_forms(words: frozenset[str]) -> frozenset[str]:
    """Filipino's and Tagalog's `words` (ICU's, measured with ICU 78.3) as they are
    written, without the marks of stress ICU writes ("dalawá", "sampû": "dalawa",
    "sampu"), and those that end in a vowel with the linker "-ng" before what they count
    ("dalawang beses", two times; "limang tableta"); after a consonant the linker is a
    word of its own ("apat na oras")."""
    bare = {
        "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
        for word in words
    }
    return frozenset(bare | {f"{word}ng" for word in bare if word[-1] in "aeiou"})


# Korean's native tens (Sohn, The Korean Language), which a translator may write apart
# from the unit after them ("스물 두 알", 22 tablets), as ICU does its "열 여덟" (18):
# "스물 두 알" for "2 tablets" passed, its "두" read as the 2.
_KOREAN_NATIVE_TENS = ("열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")


# The languages whose feminine singular ICU spells in the nominative alone, with the
# ending of that nominative and the one its accusative writes instead: Ukrainian's "одна"
# and "тисяча" as "одну" and "тисячу" ("одну таблетку", one tablet; Pugh and Press,
# Ukrainian: A Comprehensive Grammar, the first declension and the numeral 1), and
# Belarusian's "адна" and "тысяча" as "адну" and "тысячу" ("адну таблетку"), as ICU
# 78.3 has no rule set of a case for either (it has Russian's: "одну тысячу"). Escaped:
# the Cyrillic letters look like the Latin "a" and "y" (ruff).
_ACCUSATIVE_ENDINGS = {"uk": ("\u0430", "\u0443"), "be": ("\u0430", "\u0443")}


def _with_accusatives(spelled: frozenset[str], language: str) -> frozenset[str]:
    """`spelled` (a number's spellings in `language`, one of `_ACCUSATIVE_ENDINGS`), and
    each with its feminine singulars in the accusative: "двадцять одну" (21), "одну
    тисячу" (1,000). Those are the words of ICU's spelling of a thousand ("одна тисяча"),
    as its 1 is feminine, and so is its noun's singular; its other words (the masculine
    "два", the hundreds' "триста") are not."""
    nominative, accusative = _ACCUSATIVE_ENDINGS[language]
    feminine = set(_icu_tables(language)[""][-1].casefold().split())

    def in_the_accusative(word: str) -> str:
        if word in feminine and word.endswith(nominative):
            return word.removesuffix(nominative) + accusative
        return word

    return spelled | {" ".join(map(in_the_accusative, spelling.split(" "))) for spelling in spelled}


def _korean_forms(words: frozenset[str]) -> frozenset[str]:
    """Korean's `words` (ICU's), and each native one of 11 to 99 with its tens apart
    (`_KOREAN_NATIVE_TENS`: "스물두" and "스물 두")."""
    return words | {
        f"{tens} {word.removeprefix(tens)}"
        for word in words
        for tens in _KOREAN_NATIVE_TENS
        if word.startswith(tens) and word != tens
    }


def _arabic_forms(words: frozenset[str]) -> frozenset[str]:
    """Arabic's forms of a number that ICU does not give (measured with ICU 78.3), with its
    own `words`, each word of a number of two words or more in each of its forms (Ryding, A
    Reference Grammar of Modern Standard Arabic, the cardinal numerals): 2 in the
    accusative and genitive ("اثنين", "اثنتين", of "اثنان", "اثنتان": "تناول اثنين من
    الأقراص"), and so 12's ("اثني عشر", of "اثنا عشر") and the tens, which
    end as a sound masculine plural does ("عشرين", "وعشرين" of "عشرون", "وعشرون": "تناول
    عشرين قرصًا" for "Take 20 tablets" was refused, and "خمسة وعشرين" read as 5); 3 to 10
    before a feminine noun, which takes the form without the ta marbuta ("ثلاث مرات", 3
    times; "ثماني ساعات", 8 hours; "ثمانٍ" without one, its ya dropped as a word ending in
    one drops it in the indefinite nominative and genitive: "ثمان"), where ICU's feminine
    is the masculine's, and the ten of 13 to 19 before one, which takes it ("خمس عشرة
    حبة", 15 tablets, was read as 5); and
    each with its first alif written without the hamza, as 2's is ("اثنان", which ICU
    writes "إثنان"), and as many write 4's ("اربعة"); its first word in the indefinite
    accusative too (`_with_accusative_alif`: "واحدًا", "واحدا")."""
    return frozenset(
        " ".join(forms)
        for spelling in words
        for first, *rest in [spelling.split()]
        for forms in product(
            _with_accusative_alif(_arabic_word_forms(first)), *map(_arabic_word_forms, rest)
        )
    )


def _with_accusative_alif(forms: set[str]) -> set[str]:
    """`forms` of a number's first Arabic word, and each that ends in a letter its
    indefinite accusative writes with the tanween and an alif after ("قرصًا واحدًا", one
    tablet; "ثلاثًا", three; "ثمانيًا", eight, the ya of "ثمانٍ" kept) as written and
    without its mark (`unmarked_spellings`): the rule book reads "واحدًا" without its
    marks as "واحد", and "واحدا", whose writer left out its tanween, was no 1 ("تناول
    قرصا واحدا" for "Take 1 tablet" was refused), nor "ثمانيا" 8. Not after a ta
    marbuta, alif maqsura or alif, whose accusative takes no such alif ("ثلاثةً"), nor
    the nun of a dual or a tens' plural ("اثنين", "عشرين") or the ya of a dual that
    dropped it ("اثني عشر", 12); not the words after the first, as "عشر" of 13 to 19
    takes no tanween."""
    return forms | {
        spelling
        for form in forms
        if not form.endswith(_NO_ACCUSATIVE_ALIF_AFTER)
        for spelling in unmarked_spellings(form + "\u064b\u0627")
    }


# alif escaped (ruff: like l); the duals' ya, of "اثني" and "اثنتي" (`_arabic_word_forms`)
_NO_ACCUSATIVE_ALIF_AFTER = ("ة", "ى", "ثني", "ثنتي", "\u0627", "ن")


def _arabic_word_forms(word: str) -> set[str]:
    """The forms of one word of a number's Arabic spelling (`_arabic_forms`)."""
    forms = {word}
    if word.endswith(("ان", "ون")):
        forms.add(word[:-2] + "ين")
    if word.endswith(("ثنا", "ثنتا")):
        forms.add(word[:-1] + "ي")
    if word == "عشر":
        forms.add("عشرة")
    if word.endswith("ة"):
        forms.add(word.removesuffix("ة"))
    if word == "ثمانية":  # its feminine "ثماني" without its ya, indefinite ("ثمانٍ")
        forms.add("ثمان")
    return forms | {"\u0627" + form[1:] for form in forms if form[0] in "أإآ"}  # a bare alif


def may_be_spelled(number: str) -> bool:
    """Whether a number of the English may be written as a word: a whole one, up to
    `SPELLED_UP_TO`."""
    return number.isdigit() and int(number) <= SPELLED_UP_TO


# A language ICU never has data for: ISO 639 keeps qaa to qtz for local use.
_NO_LANGUAGE = "qaa"
# Languages whose number words are read as none ICU has (write the digits), though ICU
# has them: they are common words too, which would stand for a dropped dose. Measured in
# the shipped catalogs: Burmese သုံး (3) is "use" and လေး (4) "little", 9 times, none a
# number; Khmer's dictionary finds មួយ (1) in ជាមួយ (with) and មួយចំនួន (some), and not in
# មួយដុំ (one piece). Read as words once a mark was no longer taken for the end of a word.
_WORDS_NOT_NUMBERS = frozenset({"my", "km"})
# Languages ICU spells in another language's number words, not their own (measured with
# ICU 78.3): Haitian Creole in French's ("deux", "six" for Creole's "de", "sis"). Read
# as having none: a Creole translator is told to write the digits, and "deux" is no 2.
_WORDS_OF_ANOTHER_LANGUAGE = frozenset({"ht"})
# Languages ICU has number words for under another name (measured with ICU 78.3): Tagalog
# under Filipino's, its standard form ("dalawá"), which it does not take "tl" for.
_ICU_NAMES = {"tl": "fil"}


@lru_cache(maxsize=256)
def has_number_words(language: str) -> bool:
    """Whether ICU has number words of the language's own. It spells a language it has
    none for as one it never has data for (`_NO_LANGUAGE`): as its default locale, which
    it takes from the process's environment (measured with ICU 78.3: Hawaiian, Navajo,
    Somali and "tl" in English under LANG=C.UTF-8, in German under
    LC_ALL=de_DE.UTF-8, in digits under LANG=haw_US.UTF-8), so that which words were
    read, and so what was printed, was the machine's. The default locale's own language
    spells so too, and has words. Not Burmese and Khmer (`_WORDS_NOT_NUMBERS`), nor
    Haitian Creole, whose words ICU gives as French's (`_WORDS_OF_ANOTHER_LANGUAGE`);
    Tagalog is probed under the name ICU has its words under (`_ICU_NAMES`). A language
    whose words are given by hand (`_NUMBER_WORDS_BY_HAND`) has them."""
    if language in _NUMBER_WORDS_BY_HAND:
        return True
    if language in _WORDS_NOT_NUMBERS or language in _WORDS_OF_ANOTHER_LANGUAGE:
        return False
    probe = range(1, 11)
    own = [_icu_spellings(number, _ICU_NAMES.get(language, language), ("",))[0] for number in probe]
    unknown = [_icu_spellings(number, _NO_LANGUAGE, ("",))[0] for number in probe]
    return any(word_pattern().fullmatch(word) for word in own) and (
        own != unknown or language == icu_default_language()
    )


def _icu_spellings(number: int, language: str, forms: Iterable[str]) -> list[str]:
    """`number` (0 to `SPELLED_UP_TO`) as ICU spells it in `language`, in each of `forms`
    (spellout rule sets, `_FORMS`)."""
    return [_icu_table(language, rules)[number] for rules in forms]


def spelled_by_icu(numbers: Iterable[int], language: str, rules: str = "") -> dict[str, int]:
    """Each of `numbers` (0 to `SPELLED_UP_TO`) as ICU spells it in `language` by the
    spellout rule set `rules` (one of `_FORMS`; its default rule set unless given), two
    words or more too ("kumi na moja", 11 in Swahili), which
    `spellings` leaves out: for a language ICU has words for (`has_number_words`, not
    one by hand), else they are another language's."""
    return {_icu_table(language, rules)[number]: number for number in numbers}


@cache
def _icu_table(language: str, rules: str) -> tuple[str, ...]:
    """Every number from 0 to `SPELLED_UP_TO` as ICU spells it in `language` by the
    spellout rule set `rules` (one of `_FORMS`), at its index, and a thousand after them
    (`_TABLED`)."""
    return _icu_tables(language)[rules]


# The numbers of `_icu_table`: 0 to `SPELLED_UP_TO`, each at its index, and a thousand,
# last, which `_own_forms` tells rule sets apart by.
_TABLED = (*range(SPELLED_UP_TO + 1), 1000)


@cache
def _icu_tables(language: str) -> dict[str, tuple[str, ...]]:
    """`_icu_table` for each of `_FORMS` (a number is looked up in each), made at once and
    kept in the user cache for ICU's version and the language of its default locale
    (`icu_default_language`), which spells a language ICU has no words for
    (`has_number_words`): a process under C that shared the cache with one under
    LC_ALL=de_DE.UTF-8 read the German table of `_NO_LANGUAGE` that one had made, and took
    Yoruba, Tongan and Navajo, spelled in English under C, for languages with words of their
    own ("dropped or changed" where it says to write the digits), which is the machine's
    again. The tables of the 31 shipped languages took about a quarter of a second of the
    bench's library job (64 PDFs in one process). The tables come from one formatter a rule
    set (`_icu_spelled`), each dropped after: making a formatter costs 2.6 ms a rule set and
    using it under a microsecond (one made for each number took 2 s of a process's CPU for
    30 of Russian's numbers, 24 rule sets), and formatters kept for the process raised a
    cold `handout lint`'s peak memory from 285 to 490 MB. The words are interned: most are
    the same in many rule sets (a rule set the language lacks gives its default spelling):
    the tables raised a cold lint's peak memory by 8 MB, interned by 3.5."""
    return json_entry(
        "spellings",
        entry_key(
            "spellout-3",  # 3: Belarusian's 1 with its Cyrillic letter (`_spelled_by`)
            tool_version("icu4py"),
            icu_default_language(),
            language,
            str(SPELLED_UP_TO),
        ),
        lambda: _icu_spelled(language, _FORMS, _TABLED),
        lambda tables: {rules: list(words) for rules, words in tables.items()},
        lambda stored: {rules: tuple(map(sys.intern, stored[rules])) for rules in _FORMS},
    )


def _icu_spelled(
    language: str, forms: Sequence[str], numbers: Iterable[int]
) -> dict[str, tuple[str, ...]]:
    """Each of `numbers` as ICU spells it in `language` by each spellout rule set of
    `forms` ("" its default), by rule set, in order, interned: ICU is asked so alone, for
    the tables of 0 to `SPELLED_UP_TO` and a thousand (`_icu_tables`), a number above it
    (`_spelled_beyond`), the words of hundreds and thousands (`_multipliers`) and the
    hours half past which a language names (`hours_led_to`). One formatter a rule set,
    each dropped before the next is made: one for Russian's 24 took 109 MB of the C heap
    at once, which the C allocator kept once it was dropped (a first build's peak, with an
    empty user cache, rose by 100 MB at Russian), where one a rule set takes under 5 MB,
    and Russian's tables come no slower (12 languages' in 0.30 to 0.36 s of CPU, against
    0.34 to 0.45 s)."""
    numbers = tuple(numbers)
    return {
        rules: _spelled_by(_spellout(language, (rules,)), (rules,), numbers)[rules]
        for rules in forms
    }


def _spelled_by(
    formatter: MessageFormat, forms: Sequence[str], numbers: Iterable[int]
) -> dict[str, tuple[str, ...]]:
    """`_icu_spelled` by `formatter`, the `_spellout` of `forms`, a Latin i in a Cyrillic
    word as the Cyrillic one, U+0456 (`_LATIN_I_IN_CYRILLIC`)."""
    spelled = [
        _LATIN_I_IN_CYRILLIC.sub("\u0456", formatter.format({"n": number})).split(_APART)
        for number in numbers
    ]
    return {rules: tuple(sys.intern(row[at]) for row in spelled) for at, rules in enumerate(forms)}


# A Latin i (U+0069) beside a Cyrillic letter: ICU 78.3 spells Belarusian's 1 (and 21,
# 31...) with it, where Belarusian writes the Cyrillic one (U+0456), as in "Прыміце
# адзін таблетку" (take one tablet), which was refused for "Take 1 tablet", its 1 read
# nowhere. No other language's spellings mix the two scripts (measured: Russian,
# Ukrainian, Bulgarian, Macedonian, Serbian, Kazakh, Kyrgyz, Mongolian, Tajik, Uzbek,
# Azerbaijani, Tatar, Bashkir).
_LATIN_I_IN_CYRILLIC = re.compile(r"(?<=[\u0400-\u04ff])i|i(?=[\u0400-\u04ff])")


def _spellout(language: str, forms: Sequence[str]) -> MessageFormat:
    """ICU's formatter of a number `n` in `language`'s words by each spellout rule set of
    `forms` ("" its default), the spellings apart by `_APART`: one formatter for them all,
    which costs as much to make as one for each (`_spellout_kept`, kept to spell a number
    at a time). A rule set the language lacks gives its default spelling. No space in the
    pattern: with one, ICU took no rule set at all."""
    from icu4py.messageformat import MessageFormat  # only when a number is written so

    return MessageFormat(_APART.join(f"{{n,spellout{rules}}}" for rules in forms), language)


# What stands between a number's spellings by several rule sets (`_spellout`): the
# information separator "unit separator", which no spelling has.
_APART = "\x1f"
