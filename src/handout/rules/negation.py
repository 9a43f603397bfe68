"""The check of a negation kept: a translation that says "not" fewer times than its English.

"Do not take it." translated "Tómelo." ("take it") turns the advice around. The English's
negations are the translation memory's (`catalog.memory.NEGATIONS`: "not", "no", "never",
"none", "without", "cannot", each "n't"...), less the words a translation says with a
verb of its own ("avoid", "stop", "unless") and "nor", which goes on with a negation
already counted ("neither ... nor", "did not write nor review": Japanese and Chinese
say both with one); nor a "no" or "not" before a comparative ("no more than 4 tablets",
"not later than 8 pm"), which a translation says as a limit with none ("como máximo",
"antes de las 8"), nor "No." before a number. A translation's negations are read with
a table of each language's words, particles and affixes (`_NEGATIONS`); a language it
has none for is not read. Only fewer negations than the English's is a finding: a
translation may add one ("only after" as "no ... hasta después"), or say two for one
(Spanish "no ... nada", Hindi "न तो ... न ही"), and "may not involve all" may be
translated with one negation or another ("не все", "pas forcément").

An error, so that the entry is printed in English: a dropped negation prints the
opposite of the advice, worse than the English, which a reader may have read to them. So
the table reads a language only where it is sure to find each negation: a word that is a
negation in some sentences and another word in others (Haitian Creole "san", without and
blood; Armenian "մի", don't and one) is counted wherever it stands, which may let a
dropped negation pass but never refuses a kept one, unless a word beside it says which
it is ("san an", the blood; "sin embargo", however; "لا سيما", especially), or another
word of the negation is counted (Haitian Creole's "janm", leg, is never of "pa janm"
alone); a word of "avoid", "refrain from" or
"forbidden" counts too, a translation's way of saying "do not" ("Evite el alcohol"); and
a language whose negation is a prefix of the verb that many other words begin with, or
written onto other words, is left out (see the table's comment), rather than guessed at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..errors import plural
from .model import Entry, Level, Problem
from .shared import TIME_UNIT_NAMES_BY_HAND, MarkedPattern
from .wordlists import anywhere, beginnings, counted, endings, fewer, words

__all__ = ["negation"]


def negation(entry: Entry) -> Iterator[Problem]:
    """A translation with fewer negations than its English (`_in_english`,
    `_in_translation`), in the words each writes (not a link's address, which the
    translation keeps as the English writes it): an error. Not one that is its English
    (the unchanged check's), nor in a language the table does not read (`fewer`)."""
    found = fewer(entry, _in_english, _in_translation)
    if found is None:
        return
    english, translated = found
    yield Problem(
        Level.ERROR,
        "negation",
        f"the English has {plural(len(english), 'negation')} ({', '.join(english)}), the "
        f"translation {translated}: a negation dropped turns the advice around; where the "
        'translation says the same without one (an opposite, "unknown" for "not known", '
        '"keep taking" for "do not stop taking"), write it with the negation',
    )


def _in_english(english: str) -> list[str]:
    """Each negation of `english`, in order, as written (see the module's docstring)."""
    negations = _counted_in_english()
    return [
        found[1]
        for found in _ENGLISH_WORD.finditer(english)
        if (word := found[1].lower().replace("\u2019", "'")) in negations or word.endswith("n't")
        if not (word in ("no", "not") and _LIMIT.match(english, found.end()))
        if not (found[1] == "No" and _NUMBER_AFTER.match(english, found.end()))
    ]


# An English word, with the apostrophe of a contraction, straight or curly ("don't").
_ENGLISH_WORD = re.compile(r"(?<![\w'\u2019])([A-Za-z]+(?:['\u2019][A-Za-z]+)?)")
# The comparatives after a "no" or "not" that say a limit ("no more than", "not later than").
_LIMIT = re.compile(r"\s+(?:more|less|fewer|later|earlier|longer|sooner)\s+than\b", re.IGNORECASE)
# The "No." of a number ("Form No. 12").
_NUMBER_AFTER = re.compile(r"\.\s*\d")
# The memory's negations that a translation says with a verb or a conjunction of its own
# ("evite", "deje de", "a menos que"), and "nor" (see the module's docstring).
_NOT_COUNTED = frozenset({"avoid", "stop", "unless", "nor"})


@cache
def _counted_in_english() -> frozenset[str]:
    """The memory's negations that the check counts. Imported when first asked: the
    catalog package imports the rule book."""
    from ..catalog.memory import NEGATIONS

    return NEGATIONS - _NOT_COUNTED


def _in_translation(translation: str, language: str) -> int | None:
    """How many negations `translation` says in `language` (BCP 47's primary subtag): the
    words, particles and affixes of `_NEGATIONS`, each where it stands (`counted`, with or
    without Arabic's vowel marks, "لَا" or "لا"); None for a language the table does not
    read."""
    return counted(_pattern(language), translation)


# French says a negation with "ne" (or "n'") and a second word after the verb, "pas",
# "jamais", "rien", "aucun", "ni", "plus", "personne", "guère": a "ne" and the first
# such word after it in its clause are one negation; a second word without a "ne" is one
# too ("mais pas forcément", as French writes without "ne"), and "plus" and "personne"
# alone are "more" and "a person", no negation.
_FRENCH_CLAUSE = "(?:(?!" + words("ne n") + ")[^.,;:!?])*?"
_FRENCH = "|".join(
    (
        words("ne n")
        + _FRENCH_CLAUSE
        + words("pas jamais rien aucun aucune ni plus personne guère"),
        words("ne n pas jamais rien aucun aucune ni sans non"),
    )
)

# Japanese adjectives whose stem ends in な, so that they end in ない, なく, なかっ and
# なけれ, and that say no "not" (JMdict, EDRDG's Japanese-English dictionary): 少ない,
# すくない (few: 少なくとも, at least; 数少ない; 少なくない, not few, is one), 危ない,
# あぶない (dangerous; 危なく, nearly), 汚ない, きたない (dirty, 汚い's other spelling), as
# lookbehinds before them. Not おさない (young, 幼い), also "押さない" (do not press) in kana.
_JAPANESE_NAI_OF_A_STEM = "".join(
    f"(?<!{stem})" for stem in ("少", "すく", "危", "あぶ", "汚", "きた")
)

# Each language's negations, by its BCP 47 primary subtag: the words, particles and
# affixes its grammar says "not", "no", "never", "nothing", "none" or "without" with, as
# the reference grammar named says, and as the shipped catalogs write them (the English's
# "may not involve all", "does not get", "may not be in all", "are not a substitute",
# "did not write or review", "has not yet been reviewed"). Words of a negation's concord
# ("no ... nada", "никогда не") are each counted: only fewer than the English's is a
# finding. In a script written without spaces, each is counted wherever it stands.
#
# Not read, as their negation is a prefix of the verb that many other words begin with,
# or written onto other words, so that a list would miss some (refusing a kept one) or
# count many words that are none (letting a dropped one pass):
# Nepali (न- on the verb, "नहुन", "नगर्नुहोस्", and -ैन after it, "पाउँदैन"; न begins
# "नयाँ", "नसा"), Burmese (မ- before the verb, "မရပါဘူး"; မ begins "မနက်", morning), Amharic
# (አይ-/አል- and -ም, "አያገኝም", "አልተገመገመም", and ላይ-, የማይ-, ሳይ- before a clause's verb;
# አይ begins "አይን", eye, and አል "አልኮል"), Tigrinya (ኣይ-...-ን and ዘይ-, written onto
# prepositions, "ብዘይ", "ንዘይ"; ዘይ begins "ዘይቲ", oil), Somali ("ma" and "aan" written
# onto other particles, "uma", "inuusan"; "aan" is also "I" and "that"), and any language
# not listed.
_NEGATIONS: dict[str, str] = {
    # Spanish: RAE and ASALE, Nueva gramática de la lengua española, "La negación"; not
    # the "sin" of "sin embargo" nor the "no" of "no obstante" (however: Diccionario de la
    # lengua española, "embargo", "obstante")
    "es": words("nunca jamás ni nada nadie ningún ninguno ninguna ningunos ningunas tampoco")
    + "|"
    + words("no", not_before="obstante")
    + "|"
    + words("sin", not_before="embargo"),
    # Portuguese: Cunha and Cintra, Nova gramática do português contemporâneo
    "pt": words("não nunca jamais sem nem nada ninguém nenhum nenhuma nenhuns nenhumas tampouco"),
    # French: Grevisse and Goosse, Le bon usage (see `_FRENCH`)
    "fr": _FRENCH,
    # Polish: Swan, A Grammar of Contemporary Polish: "nie", written apart before a verb
    # and onto an adjective or an adverb ("niewystarczająco", "niemożliwe"), "bez",
    # "nigdy", "nic", "nikt", "żaden", "ani"; not "niektóre" (some), "niekiedy", "nieraz"
    # (sometimes, often), "niemal", "niemalże" (almost), "nieco" (somewhat), "niech"
    # (let), "niezbędny" (necessary), "niedziela" (Sunday), "niebieski" (blue),
    # "niemowlę" (an infant), "nikotyna" (nicotine), "nić" (a thread: "nici", stitches),
    # "nikły" (faint), "niezwykle" (unusually, very: "niezwykle ważne", most important),
    # "niedawno" (recently), words of their own (Słownik języka polskiego PWN), nor
    # "niego", "niemu", "niej", the pronouns "on" and "ona" after a preposition (Swan:
    # "na niej", as the shipped catalog writes "powstają na niej rany")
    "pl": beginnings(
        "nie nic nik nigdy żadn",
        but="niektór niezbędn niedziel niebiesk niemowl nikotyn nici nikł niezwykł niezwykl "
        "niedawn",
        but_words="niekiedy nieraz niemal niemalże nieco niech niechaj niego niemu niej",
    )
    + "|"
    + words("bez ani żaden"),
    # Russian: Wade, A Comprehensive Russian Grammar: "не", apart before a verb and onto
    # an adjective or an adverb ("недостаточно", "нельзя", "нет"), "ни" and its pronouns
    # and adverbs ("никогда", "ничего", "никто", "нигде"), "без"; not "неделя" (a week),
    # "несколько" (several), "некоторые" (some), "необходимый" (necessary),
    # "непосредственно" (directly), "немедленно" (at once), whole words of their own
    # (Ozhegov's dictionary), and medicine's loans from Greek, "некроз" (necrosis),
    # "нефролог", "невролог", "нерв" (nerve), "никотин" (nicotine), nor the pronouns "он",
    # "она" and "оно" take after a preposition, "него", "нему", "нём", "неё", "ней", "нею"
    # (Wade: "на него")
    "ru": beginnings(
        "не ник нич ниг",
        but="недел нескольк некотор необходим непосредствен немедлен некроз некротич нефр "
        "неврол нерв никотин",
        but_words="него нему нём нем неё нее ней нею",
    )
    + "|"
    + words("ни без"),
    # Ukrainian: Pugh and Press, Ukrainian: A Comprehensive Grammar: "не" (and "немає",
    # "недостатньо"), "ні" and its pronouns and adverbs, "без"; not "неділя" (Sunday),
    # "негайно" (at once), "незабаром", "невдовзі" (soon), "необхідний" (necessary),
    # whole words of their own (the Academy's Словник української мови), nor medicine's
    # loans from Greek, "некроз", "нефролог", "невролог", "нерв", as in Russian, nor
    # "нікотин" (nicotine), nor "неї" and "нею", the pronoun "вона" (she, it) takes
    # after a preposition (Pugh and Press: "до неї", "з нею")
    "uk": beginnings(
        "не нік ніх ніяк ніщ",
        but="неділ негайн незабаром невдовзі необхідн некроз некротич нефр неврол нерв нікотин",
        but_words="неї нею",
    )
    + "|"
    + words("ні нічого нічим нічому ніде нікуди без"),
    # Japanese: Martin, A Reference Grammar of Japanese: the negative ない and its forms
    # (なく, not of 間もなく, soon; なかっ, なけれ), ません, ず after the verb's a-row stem
    # ("飲まず", "使わず"; not ずつ, each, nor ずっと, all along, nor after a u-row kana,
    # むずかしい, hard, nor 必ず, be sure to, nor まず, first, at a clause's start, nor
    # わずか, slight), なし, the prefixes 不, 無, 非 (not 非常, very, extraordinary), 未
    # (not 未満, under: "2歳未満", under 2 years), and 禁止, だめ (must not); not the ない,
    # なく of an adjective whose stem ends in な and that says no "not"
    # (`_JAPANESE_NAI_OF_A_STEM`); 間もなく, ずっと, まず, わずか, 必ず, 非常, 未満 as JMdict
    # (EDRDG's Japanese-English dictionary) gives them
    "ja": anywhere("ません なし 不 無 禁止 だめ ダメ")
    + f"|{_JAPANESE_NAI_OF_A_STEM}(?:ない|なかっ|なけれ)"
    + f"|(?<!まも)(?<!間も){_JAPANESE_NAI_OF_A_STEM}なく|非(?!常)|未(?!満)"
    + "|(?<![必わうくぐすずつづぬふぶぷむゆる])(?<!^ま)(?<!\\Wま)ず(?!つ|っと)"
    + "|(?<=わ)ず(?!か|つ|っと)",
    # Korean: Sohn, The Korean Language: 않- (-지 않다), 못 (before a verb, and 못하다),
    # 없- (없다, 없이: without), 아니- (아니다, and its forms written in one syllable with
    # its ending: 아닌, 아닐 "may not be", 아님, 아닙니다, 아냐, 아녜요), 안 (apart, before
    # a verb), -지 마-/말- (don't), 금지 (forbidden)
    "ko": "|".join(
        (
            anywhere("않 없 아니 아닙 아닌 아닐 아님 아냐 아녜 금지"),
            r"지\s?(?:마|말)",
            beginnings("못"),
            words("안"),
        )
    ),
    # Chinese: Li and Thompson, Mandarin Chinese: A Functional Reference Grammar: 不, 没 /
    # 沒, 别 / 別, 无 / 無, 未, 勿, 非, 否, 莫, 毋, 禁; not in the words that hold one and
    # are no negation (CC-CEDICT): 非常 (very), 是否, 能否, 可否 (whether), 特别, 区别,
    # 分别, 识别, 辨别, 告别, 性别, 级别, 类别 (especially, difference, separately,
    # identify, distinguish, farewell, sex, level, kind), 别人, 别的, 别处 (others, other,
    # elsewhere), 未来 (future), 未满 (under: "未满2岁", under 2 years), 不过 (but), 无论
    # (no matter), in both scripts: "請服用。這非常重要。" (take it; it is very important)
    # passed for "Do not take it. ...", and "未满2岁的儿童服用。" for "Do not give it to
    # children under 2."
    "zh": "|".join(
        (
            anywhere("没 沒 勿 莫 毋 禁"),
            r"不(?![过過])",
            r"(?<![特区區分识識辨告性级級类類])[别別](?![人的处處])",
            r"[无無](?![论論])",
            r"未(?![来來满滿])",
            r"非(?!常)",
            r"(?<![是能可])否",
        )
    ),
    # Vietnamese: Thompson, A Vietnamese Reference Grammar: "không", "chưa" (not yet),
    # "chẳng", "đừng", "chớ" (don't), "cấm" (forbidden); not the "không" of "không khí"
    # (air: Vietnamese Wiktionary, "không khí")
    "vi": words("không chưa chẳng đừng chớ cấm", not_before="khí"),
    # Thai: Iwasaki and Ingkaphirom Horie, A Reference Grammar of Thai: ไม่, มิได้, มิใช่,
    # อย่า (don't; not อย่าง, manner), ห้าม (forbidden), ไร้, ปราศจาก (without); not ไม่ว่า
    # (no matter, the Royal Institute Dictionary's; ไม่ว่าง, not free, is one)
    "th": anywhere("มิได้ มิใช่ ห้าม ไร้ ปราศจาก") + "|ไม่(?!ว่า(?!ง))|อย่า(?!ง)",
    # Lao: Enfield, A Grammar of Lao: ບໍ່, ຢ່າ (don't; not ຢ່າງ, manner), ຫ້າມ, ປາສະຈາກ
    "lo": anywhere("ບໍ່ ຫ້າມ ປາສະຈາກ") + "|ຢ່າ(?!ງ)",
    # Khmer: Huffman, Modern Spoken Cambodian: មិន, ពុំ, អត់, គ្មាន (none, without), កុំ
    # (don't), ឥត (without), ហាម (forbid)
    "km": anywhere("មិន ពុំ អត់ គ្មាន កុំ ឥត ហាម"),
    # Hindi: McGregor, Outline of Hindi Grammar: "नहीं" (and "नही", as typed), "न",
    # "ना", "मत" (don't), "बिना", "बग़ैर" (without), "मना" (forbidden)
    "hi": words("नहीं नही न ना मत बिना बग़ैर बगैर मना"),
    # Urdu: Schmidt, Urdu: An Essential Grammar: "نہیں", "نہ", "مت", "بغیر", "بنا",
    # "منع"; with Arabic's heh too, as some keyboards type it ("نهیں", "نه"). Not "بنا"
    # before a verb of its compound, where it is "make" or "made" ("زخم بنا دیتا ہے",
    # makes wounds; "بدتر بنا سکتی", could make it worse), nor before "پر", where it is
    # "basis" ("کی بنا پر", on the basis of): Platts, A Dictionary of Urdu, Classical
    # Hindi, and English, gives the three words one spelling. After "کے" it is always
    # "without" ("کھانے کے بنا دی جاتی ہے", is given without food), and an imperative
    # after it is none of these verbs, as "without" comes before the verb it qualifies
    # too ("کھانے کے بنا لیں", take it without food; "بنا دیں", make it, is counted)
    "ur": words("نہیں نہ نهیں نه مت بغیر منع کے_بنا")
    + "|"
    + words(
        "بنا",
        not_before="دیتا دیتی دیتے دیا دی سکتا سکتی سکتے سکیں سکے رہا رہی رہے ہے ہیں ہوا "
        "ہوئی ہوئے تھا تھی تھے کر پر",
    ),
    # Punjabi: Bhatia, Punjabi: "ਨਹੀਂ" (and "ਨਹੀ"), "ਨਾ", "ਨ", "ਮਤ", "ਬਿਨਾਂ", "ਬਿਨਾ", "ਮਨ੍ਹਾ"
    "pa": words("ਨਹੀਂ ਨਹੀ ਨਾ ਨ ਮਤ ਬਿਨਾਂ ਬਿਨਾ ਮਨ੍ਹਾ"),
    # Gujarati: Cardona, A Gujarati Reference Grammar: "નથી", "ન", "નહીં", "નહિ",
    # "નહોતું" and its forms, "વગર", "વિના" (without)
    "gu": words("નથી ન નહીં નહિ વગર વિના") + "|" + beginnings("નહોત"),
    # Bengali: Thompson, Bengali: A Comprehensive Grammar: "না", apart or written onto the
    # verb ("খাবেনা"), "-নি" of the past ("করেননি"), "নয়", "নেই", "নাই", "বিনা",
    # "ছাড়া" (without); and "না" with its emphatic "ও" (even) written onto it, "নাও",
    # before "may" ("নাও হতে পারে", may not be; the same grammar's emphatic particles),
    # only there: alone, "নাও" is "take" (নেওয়া's familiar imperative). Not the nouns
    # and other words that end as "না" or "নি" does (Samsad Bengali-English Dictionary:
    # "পর্যালোচনা", review; "বেদনা", pain; "সম্ভাবনা", possibility; "নমুনা", a sample;
    # "জানা", to know; the pronouns "আপনি", you, "তিনি", "উনি", "ইনি", he or she,
    # "যিনি", who; "চিনি", sugar; "পানি", water; "বেগুনি", purple; "শনি", Saturday; and
    # the present's "জানি", "মানি", "শুনি", I know, accept, hear), which let a dropped
    # "না" pass ("পর্যালোচনা করেছেন", has reviewed; "আপনি এটি খান", you take it)
    "bn": endings(
        "না নি",
        but_words="পর্যালোচনা আলোচনা বেদনা ঘটনা দুর্ঘটনা সম্ভাবনা তুলনা পরিকল্পনা উত্তেজনা চেতনা ঠিকানা বিছানা নমুনা রান্না জানা "
        "আপনি তিনি উনি ইনি যিনি চিনি পানি বেগুনি শনি জানি মানি শুনি",
    )
    + "|"
    + words("নয় নেই নাই বিনা ছাড়া")
    + "|"
    + words("নাও")
    + r"(?=\s+\S+তে\s+পার)",
    # Arabic: Ryding, A Reference Grammar of Modern Standard Arabic: "لا", "لم", "لن",
    # "ليس" and its forms, "غير", "عدم", "بدون", "دون", "بلا" (without), "ممنوع"; with "و"
    # or "ف" (and, so) before it ("ولم", "فلا"), and "ألا", "لئلا"; and "عدم" and "غير"
    # with the prepositions written onto a noun, "ب" (with) and "ل" (for): "يُنصح بعدم
    # تناوله" (not taking it is advised: do not take it), "لعدم وصول" (for not reaching),
    # "بغير" (without), which were refused as a negation dropped; not the "لا" of "لا
    # سيما" (especially: Wehr, A Dictionary of Modern Written Arabic, "سي"), nor the
    # "غير" of "غير أن" (but, however: Wehr, "غير"), but that of "من غير أن" (without)
    "ar": words(
        "لا لم لن ليس ليست ليسا ليستا ليسوا لست لستم لسنا عدم بدون دون بلا ممنوع ألا لئلا "
        "بعدم لعدم بغير",
        onto="وف",
        not_before="سيما",
    )
    + "|"
    + words("من_غير", onto="وف")
    + "|"
    + words("غير", onto="وف", not_before="أن ان"),
    # Pashto: Tegey and Robson, A Reference Grammar of Pashto: "نه" (written onto the
    # perfective "و": "ونه"), "مه" (don't), "نشي" and its forms (cannot), "نشته" (there
    # is none), "هیڅ", "هیڅکله", "بې", "بغیر", "پرته" (without)
    "ps": words("نه ونه مه نشي نشو نشئ نشته هیڅ هېڅ هیڅکله هېڅکله بې بی بغیر پرته"),
    # Armenian: Dum-Tragut, Armenian: Modern Eastern Armenian: չ- on the verb ("չի",
    # "չընդգրկել"), "ոչ" and its pronouns ("ոչինչ"), "մի" (don't), "առանց" (without); not
    # a word of չափ (measure, a dose) or չոր (dry, four)
    "hy": beginnings("չ ոչ", but="չափ չոր") + "|" + words("մի առանց երբեք"),
    # Haitian Creole: Valdman, Haitian Creole-English Bilingual Dictionary: "pa", "pat",
    # "pap", "poko" (not yet), "san" (without), "okenn", "anyen", "non". Not "janm", which
    # says "never" only after "pa" ("pa janm", one negation), "ever" alone, and is the
    # leg too ("anba janm yo", the lower legs); nor "san an", the blood (the same
    # dictionary's "san" is blood too, and "an" the article after a nasal vowel, which
    # "without" takes no object of: "gaye nan san an", spread to the blood). "san" is
    # still counted before any other word, "nan san w" (in your blood) too, as "san w" is
    # "without you" as well. Nor "pa" before a unit of time, "per" there (the same
    # dictionary; "2 fwa pa jou", twice a day; its names of the units of time by hand).
    # And "p", "pa" written short before "ap" (will, is ...-ing: "li p ap ranplase", it
    # will not replace; the same dictionary), only there.
    "ht": words("pat pap poko okenn anyen non")
    + "|"
    + r"(?<![^\W\d_])p(?=\s+ap(?![^\W\d_]))"
    + "|"
    + words("pa", not_before=" ".join(TIME_UNIT_NAMES_BY_HAND["ht"]))
    + "|"
    + words("san", not_before="an"),
    # Persian: Lazard, A Grammar of Contemporary Persian: "ن-" on the verb ("نخورید",
    # "ننوشته", "نکنید", "نشده", and "نمی-" of the present, "نمی‌رسد", "نمیرسد"), "نیست"
    # and its forms, "نه", "هیچ", "هرگز", "بدون", "بی" written apart, "عدم", "غیر-"
    # ("غیرتجاری"), "ممنوع". Every word that begins with "ن" is counted, but those of the
    # nouns and other words that begin so and are none, by hand from the shipped catalog
    # and Lazard's vocabulary: "ناشر", "نمونه", "نیاز", "نام", "نشانه", "نیم" (half, and
    # "نیمه"), "نوشته" (written), "نوشیدن" (to drink), "نزدیک" ...; a negated verb begins
    # "ن" and its stem, and no stem begins as they do after it ("ننوشته" begins "نن"). A
    # word begun with "ن" that is none and not listed is counted, which may let a dropped
    # negation pass.
    "fa": beginnings(
        "ن غیر",
        but="ناشر نادر ناحی نواح نارسا ناشتا ناخن نان ناهار نام نتیج نتا نیاز نشان نظر نظا "
        "نمون نوع نسبت نفس نفر نقش نقط نکت نکات نگه نگاه نگران نوبت نسخ نزدیک نیز نیرو "
        "نهایت نوزاد نبض نمک نوامبر نیم نوشیدن نوشیدنی نوشته نویس نوش نشین",
    )
    + "|"
    + words("هیچ هرگز بدون بی عدم ممنوع"),
    # Hmong: Heimbach, White Hmong-English Dictionary: "tsis", "txhob" (don't)
    "hmn": words("tsis txhob"),
    # Tagalog: Schachter and Otanes, Tagalog Reference Grammar: "hindi", "di", "huwag"
    # ("wag", don't), "wala" (none, without)
    "tl": words("hindi hinding di huwag wag hwag wala walang"),
}


# The verbs of "avoid" and "refrain from" and the words of "forbidden", which a translation
# may say "do not" with ("Evite el alcohol", "飲酒は控えてください", "음주를 삼가십시오",
# "Bawal uminom ng alak" for "Do not drink alcohol"), counted as a negation, by hand
# (each language's common words for them): the beginnings of the verb and the adjective,
# or, in a script written without spaces, the word wherever it stands. One said for the
# English's "avoid" may so let a "not" dropped elsewhere pass; a "do not" said with one
# is not refused.
_AVOIDING: dict[str, str] = {
    "es": beginnings("evit prohib abst"),
    "pt": beginnings("evit proib abst"),
    "fr": beginnings("évit interdi abst"),
    "pl": beginnings("unik zakaz powstrzym"),
    "ru": beginnings("избег запрещ воздерж"),
    "uk": beginnings("уник заборон утрим"),
    "ja": anywhere("避け 控え"),
    "zh": anywhere("避免 忌 戒"),
    "ko": beginnings("피하 피해 삼가"),
    "vi": words("tránh kiêng"),
    "th": anywhere("งด หลีกเลี่ยง"),
    "lo": anywhere("ງົດ"),
    "km": anywhere("ជៀសវាង"),
    "hi": words("परहेज़ परहेज बचें"),
    "ur": words("پرہیز بچیں"),
    "pa": words("ਪਰਹੇਜ਼ ਪਰਹੇਜ ਬਚੋ"),
    "gu": beginnings("ટાળ"),
    "bn": words("এড়িয়ে বিরত"),
    "ar": beginnings("تجنب امتنع الامتناع يمنع", onto="وف"),
    "fa": words("خودداری پرهیز اجتناب"),
    "ps": words("ډډه"),
    "hy": beginnings("խուսափ արգել"),
    "ht": words("evite entèdi"),
    "hmn": words("zam caiv"),
    "tl": beginnings("iwas bawal"),
}


@cache
def _pattern(language: str) -> MarkedPattern | None:
    """The language's pattern of `_NEGATIONS` and `_AVOIDING`, made when first asked (its
    marks' class is large); None for a language `_NEGATIONS` does not read."""
    negations = _NEGATIONS.get(language)
    if negations is None:
        return None
    avoiding = _AVOIDING.get(language)
    return MarkedPattern(f"{negations}|{avoiding}" if avoiding else negations)
