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
another word too (Spanish "hasta", Russian "до", Hindi "तक" and Vietnamese "đến",
until; "más", more, of "más información"; Korean "이상", also "strange") is counted
wherever it stands, which may let a dropped limit pass but never warns of a kept one.

A warning, as a dropped hedge is (`hedge`), for a translator to look at, and the PDF is
still printed: a limit is said in more ways than a table holds (Spanish "varias
biopsias", French "plusieurs biopsies", several biopsies, for "more than one biopsy").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..errors import plural
from .model import Entry, Level, Problem
from .wordlists import anywhere, beginnings, counter_of, endings, fewer, words

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
    # من", "不止", "不只", "何回か", "두 번 이상", "hơn một lần", "एक से ज़्यादा"), those
    # from the grammar named with it. A language not listed is not read: of the shipped
    # ones, Pashto, Tigrinya and Hmong (their words not given here with confidence).
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
        # Japanese: Martin, A Reference Grammar of Japanese: 以上 (or more), 超 (超える,
        # 超え: over), より多, 未満 (under), 以下 (or less), 少なくとも and 最低 (at
        # least), 最大, 最高, 多くて and せいぜい (at most), まで (up to; until too); and a
        # count beyond one said with no number, 複数 (several), 何回か, 何度か and 数回
        # (several times), as "不止一次" and "не одна" are
        "ja": anywhere(
            "以上 超 より多 未満 以下 より少な 少なくとも 最低 最大 最高 多くて せいぜい まで "
            "複数 何回か 何度か 数回"
        ),
        # Korean: Sohn, The Korean Language: 이상 (or more), 초과 and 넘 (넘게, 넘는: over),
        # 보다 많 (more than), 미만 (under), 이하 (or less), 보다 적 (less than), 적어도,
        # 최소 (at least), 최대, 많아야 (at most), 까지 (up to; until too), 여러 (several:
        # "여러 번", more than once); each written onto a particle or a word as it stands
        "ko": anywhere(
            "이상 초과 넘 보다_많 보다많 미만 이하 보다_적 보다적 적어도 최소 최대 많아야 까지 여러"
        ),
        # Vietnamese: Thompson, A Vietnamese Reference Grammar: "hơn" (than: "hơn một lần",
        # "ít hơn"), "trên" (over), "quá" (beyond; "không quá", no more than), "dưới"
        # (under), "ít nhất", "tối thiểu" (at least), "nhiều nhất", "tối đa" (at most),
        # "đến" and "tới" (up to: "lên đến"; to, until too)
        "vi": words("hơn trên quá dưới ít_nhất tối_thiểu nhiều_nhất tối_đa đến tới"),
        # Tagalog: Schachter and Otanes, Tagalog Reference Grammar: "higit" and "mahigit"
        # (more than: "higit sa"), "mas" (more), "lampas", "lagpas" (over), "kulang" (less:
        # "kulang sa"), "hindi bababa sa" and "kahit" (at least), "hindi hihigit sa" (at
        # most), "pinakamarami", "pinakakaunti", "hanggang" (up to; until too)
        "tl": words(
            "higit mahigit mas lampas lagpas kulang bababa kahit hihigit pinakamarami "
            "pinakakaunti hanggang"
        ),
        # Haitian Creole: Valdman, Haitian Creole-English Bilingual Dictionary: "plis" and
        # "pi" (more: "plis pase"), "mwens" (less), "omwen" (at least), "jiska" (up to),
        # "maksimòm", "minimòm"
        "ht": words("plis pi mwens omwen jiska maksimòm minimòm"),
        # Hindi: McGregor, Outline of Hindi Grammar: "से ज़्यादा", "से अधिक" and "से ऊपर"
        # (more than), "से कम" (less than), "कम से कम", "न्यूनतम" (at least), "ज़्यादा से
        # ज़्यादा", "अधिकतम" (at most), "तक" (up to; until too)
        "hi": words("ज़्यादा ज्यादा अधिक ऊपर कम न्यूनतम अधिकतम तक"),
        # Urdu: Schmidt, Urdu: An Essential Grammar: "سے زیادہ", "سے زائد" and "سے اوپر"
        # (more than), "سے کم" (less than), "کم از کم" (at least), "زیادہ سے زیادہ" (at
        # most), "تک" (up to; until too)
        "ur": words("زیادہ زائد اوپر کم تک"),
        # Bengali: Thompson, Bengali: A Comprehensive Grammar: "বেশি" or "বেশী", "অধিক"
        # (more; "একাধিক", more than one), "কম" (less), "অন্তত", "কমপক্ষে" (at least),
        # "সর্বোচ্চ", "সর্বাধিক" (at most), "পর্যন্ত" (up to; until too)
        "bn": words("বেশি বেশী অধিক একাধিক কম অন্তত কমপক্ষে সর্বোচ্চ সর্বাধিক সর্বনিম্ন পর্যন্ত"),
        # Persian: Lazard, A Grammar of Contemporary Persian: "بیش از", "بیشتر از" (more
        # than), "کمتر از" (less than), "حداقل", "دست‌کم" (at least), "حداکثر" (at most),
        # "تا" (up to; until too), with and without the zero-width non-joiner
        "fa": words(
            "بیش بیشتر بیش\u200cتر کمتر کم\u200cتر حداقل دست_کم دست\u200cکم دستکم حداکثر تا"
        ),
        # Nepali: Acharya, A Descriptive Grammar of Nepali: "भन्दा बढी" (more than), "भन्दा
        # कम" (less than), "कम्तीमा", "न्यूनतम" (at least), "बढीमा", "अधिकतम" (at most),
        # "सम्म" (up to; until too), written onto its noun ("४ दिनसम्म")
        "ne": words("बढी कम कम्तीमा न्यूनतम बढीमा अधिकतम") + "|" + endings("सम्म"),
        # Punjabi: Bhatia, Punjabi: "ਤੋਂ ਵੱਧ", "ਤੋਂ ਜ਼ਿਆਦਾ", "ਵਧੇਰੇ" (more than), "ਤੋਂ ਘੱਟ"
        # (less than), "ਘੱਟੋ-ਘੱਟ" (at least), "ਵੱਧ ਤੋਂ ਵੱਧ", "ਅਧਿਕਤਮ" (at most), "ਤੱਕ" (up
        # to; until too)
        "pa": words("ਵੱਧ ਜ਼ਿਆਦਾ ਜਿਆਦਾ ਵਧੇਰੇ ਘੱਟ ਘੱਟੋ ਅਧਿਕਤਮ ਤੱਕ"),
        # Gujarati: Cardona, A Gujarati Reference Grammar: "-થી વધુ", "-થી વધારે" (more
        # than), "-થી ઓછું" (less than; "ઓછા", "ઓછી", "ઓછો" as it agrees), "ઓછામાં ઓછું"
        # (at least), "વધુમાં વધુ", "મહત્તમ" (at most), "સુધી" (up to; until too)
        "gu": words("વધુ વધારે ઓછું ઓછા ઓછી ઓછો ઓછામાં વધુમાં મહત્તમ લઘુત્તમ સુધી"),
        # Armenian: Dum-Tragut, Armenian: Modern Eastern Armenian: "-ից ավելի" (more than),
        # "-ից պակաս", "-ից քիչ" (less than), "առնվազն" (at least), "առավելագույնը" (at
        # most; the maximum, as "նվազագույնը" is the minimum), "մինչև" (up to; until
        # too), its "և" written as one letter or two
        "hy": words("ավելի պակաս քիչ առնվազն մինչև մինչեւ")
        + "|"
        + beginnings("առավելագույն նվազագույն"),
        # Thai: Iwasaki and Ingkaphirom Horie, A Reference Grammar of Thai: กว่า (than:
        # มากกว่า, น้อยกว่า), เกิน (over; ไม่เกิน, no more than), อย่างน้อย (at least),
        # อย่างมาก, สูงสุด (at most), ถึง (up to; to, until too)
        "th": anywhere("กว่า เกิน อย่างน้อย อย่างมาก สูงสุด ถึง"),
        # Lao: Enfield, A Grammar of Lao: ກວ່າ (than: ຫຼາຍກວ່າ, ໜ້ອຍກວ່າ), ເກີນ (over),
        # ຢ່າງໜ້ອຍ (at least), ຢ່າງຫຼາຍ, ສູງສຸດ (at most), ເຖິງ (up to; to, until too); ໜ and
        # ຫຼ written as one letter or two
        "lo": anywhere("ກວ່າ ເກີນ ຢ່າງໜ້ອຍ ຢ່າງຫນ້ອຍ ຢ່າງຫຼາຍ ຢ່າງຫລາຍ ສູງສຸດ ເຖິງ"),
        # Khmer: Huffman, Modern Spoken Cambodian: ជាង (than: ច្រើនជាង, តិចជាង), លើស (over),
        # យ៉ាងតិច, យ៉ាងហោចណាស់ (at least), យ៉ាងច្រើន (at most), ដល់ (up to: រហូតដល់; to too)
        "km": anywhere("ជាង លើស យ៉ាងតិច យ៉ាងហោចណាស់ យ៉ាងច្រើន ដល់"),
        # Burmese: Okell, A Reference Grammar of Colloquial Burmese: ထက် (than: ထက်ပို,
        # ထက်နည်း), ကျော် (over), အနည်းဆုံး (at least), အများဆုံး (at most), အထိ (up to;
        # until too)
        "my": anywhere("ထက် ကျော် အနည်းဆုံး အများဆုံး အထိ"),
        # Somali: Saeed, Somali Reference Grammar: "ka badan" (more than), "ka yar" (less
        # than), "ugu yaraan" (at least), "ugu badnaan" (at most), "ilaa" (up to; until
        # too)
        "so": words("ka_badan ka_yar ugu_yaraan ugu_badnaan ilaa"),
        # Amharic: Leslau, Reference Grammar of Amharic: ከ... በላይ (more than), ከ... በታች
        # (less than), ቢያንስ (at least), ቢበዛ (at most), እስከ (up to; until too)
        "am": anywhere("በላይ በታች ቢያንስ ቢበዛ እስከ"),
    }


# How many limits a translation says in a language, each where it stands; None for a
# language the table does not read.
_in_translation = counter_of(_table)
