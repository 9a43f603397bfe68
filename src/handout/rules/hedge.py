"""The check of a hedge kept: a translation that says "may" fewer times than its English.

"Calciphylaxis may cause painful wounds." translated "La calcifilaxis causa heridas
dolorosas." ("causes") states as fact what the English says only may happen. The
English's hedges are `HEDGES` ("may", "might", "can", "could", "sometimes", "possibly",
"maybe"; the source's fidelity check reads its plain-language part with the same list);
a translation's are read with a table of each language's words for them (`_table`); a
language it has none for is not read. "can" is counted as the table's languages say it,
with their verb of ability ("puede", "peut", "できる", "可以", "수 있"), which says both
"it can happen" and "you can call us". Only fewer hedges than the English's is a
finding: a translation may add one ("A veces puede pasar" for "It may happen"); but
"Sometimes it can" said with one ("死に至ることもあります", without "ときには") is one.
A word that is a hedge in some sentences and another word in others (Chinese "能",
Hmong "tau", Haitian Creole "konn", the "でき" of "傷ができます", a wound forms) is
counted wherever it stands, which may let a dropped hedge pass but never warns of a
kept one.

A warning, for a translator to look at, and the PDF is still printed: a hedge is said
in more ways than a table holds ("no siempre" for "may not", "en ocasiones" for
"sometimes"), so that a hedge found missing is more often one said otherwise than a
negation found missing is; and a dropped hedge overstates what the English says but
does not turn its advice around, as a dropped negation does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..errors import plural
from .model import Entry, Level, Problem
from .wordlists import anywhere, beginnings, counter_of, fewer, words

__all__ = ["ENGLISH_HEDGE", "HEDGES", "hedge"]

# Words that make a statement a possibility: the English's, in a translation's English
# and in a plain-language part's sources (`source.fidelity`).
HEDGES = ("may", "might", "can", "could", "sometimes", "possibly", "maybe")
ENGLISH_HEDGE = re.compile(rf"(?i)\b(?:{'|'.join(HEDGES)})\b")


def hedge(entry: Entry) -> Iterator[Problem]:
    """A translation with fewer hedges than its English, in the words each writes (not
    a link's address): a warning. Not one that is its English (the unchanged check's),
    nor in a language the table does not read (`fewer`)."""
    found = fewer(entry, ENGLISH_HEDGE.findall, _in_translation)
    if found is None:
        return
    english, translated = found
    yield Problem(
        Level.WARNING,
        "hedge",
        f"the English has {plural(len(english), 'hedge')} ({', '.join(english)}), the "
        f"translation {translated}: a hedge dropped states as fact what the English says "
        "may happen; keep each one",
    )


@cache
def _table() -> dict[str, str]:
    """Each language's pattern of its hedges, made when first asked: the source's fidelity
    check imports `HEDGES` here, and a build that checks no translation reads none."""
    # Each language's hedges, by its BCP 47 primary subtag: its verb of possibility and of
    # ability ("may", "can", "could") in its forms, and its words of "might", "sometimes",
    # "possibly" and "maybe", from the grammar or dictionary named, as the shipped catalogs
    # write them (each shipped translation of an English with a hedge reads as many).
    # Every shipped language is read; a language not listed is not.
    uk_not_necessarily = "не_обов'язково необов'язково"
    return {
        # Spanish: RAE and ASALE, Nueva gramática de la lengua española, "Las perífrasis
        # verbales" (poder) and the Diccionario de la lengua española
        "es": beginnings("pued pod pud")
        + "|"
        + words("quizá quizás tal_vez a_veces posible posiblemente probablemente"),
        # French: Grevisse and Goosse, Le bon usage (pouvoir), and the Trésor de la langue
        # française
        "fr": beginnings("peu pouv pourr pui")
        + "|"
        + words("parfois peut-être possible éventuellement forcément nécessairement"),
        # Portuguese: Cunha and Cintra, Nova gramática do português contemporâneo (poder)
        # and "nem sempre" (not always: "may not"), "por vezes", "algumas vezes" and "de vez
        # em quando" (sometimes), as the Dicionário Houaiss gives them
        "pt": beginnings("pod pud")
        + "|"
        + words(
            "possa possam talvez às_vezes por_vezes algumas_vezes de_vez_em_quando nem_sempre "
            "possível possivelmente necessariamente"
        ),
        # Russian: Wade, A Comprehensive Russian Grammar (мочь, может быть, иногда, бывает:
        # "it happens to be", не обязательно or необязательно: "not necessarily", "may
        # not"; "обязательно" alone is "be sure to"; "бывает" is none after "не", "не
        # бывает", it does not happen, as Polish's "nie bywa")
        "ru": beginnings("мож мог возможн")
        + "|"
        + words("иногда порой вероятно не_обязательно необязательно")
        + "|"
        + words("бывает бывают", not_after="не"),
        # Ukrainian: Pugh and Press, Ukrainian: A Comprehensive Grammar (могти, може бути,
        # "буває, що": "it happens that", not after "не"; "буває" alone is also "is", as
        # the shipped "висип буває на гомілках", the rash is on the lower legs; не
        # обов'язково or необов'язково: "not necessarily", "may not", with either
        # apostrophe; "обов'язково" alone is "be sure to")
        "uk": beginnings("мож мог можлив")
        + "|"
        + words(
            "іноді інколи часом ймовірно імовірно "
            f"{uk_not_necessarily} {uk_not_necessarily.replace(chr(39), chr(0x2019))}"
        )
        + "|"
        + words("буває,_що буває_що", not_after="не"),
        # Polish: Swan, A Grammar of Contemporary Polish (móc, może, czasem), and "nie
        # zawsze" (not always: "may not"), "bywa" and "zdarza się" (it happens, at times;
        # not after "nie": "nie bywa", it is not), as Słownik języka polskiego PWN gives them
        "pl": beginnings("moż mog móg mogł możliw")
        + "|"
        + words("czasem czasami niekiedy prawdopodobnie ewentualnie nie_zawsze")
        + "|"
        + words("bywa bywają zdarza_się zdarzają_się", not_after="nie"),
        # Chinese: Li and Thompson, Mandarin Chinese: A Functional Reference Grammar: 可能,
        # 可以, 可, 能, 也许 / 也許, 或许 / 或許 (maybe), 有时 / 有時, 偶尔 / 偶爾
        # (sometimes), 未必, 不一定 (not necessarily: "may not"); not 一定 alone, nor 一定要,
        # the same in both scripts (CC-CEDICT: "surely, certainly", "must"). 会 / 會 (may,
        # will) only right after 有时 / 有時 or 偶尔 / 偶爾, the "can" of "sometimes can"
        # ("有时会导致死亡"): elsewhere it is most often "will", and counted wherever it
        # stood it let "may" pass as "will" ("傷口會感染", the wound will get infected)
        "zh": anywhere("可能 可以 可 能 也许 也許 或许 或許 有时 有時 偶尔 偶爾 未必 不一定")
        + "|(?<=有[时時]|偶[尔爾])[会會]",
        # Korean: Sohn, The Korean Language: -(으)ㄹ 수 있다 (may, can; "수도 있다", "수는
        # 있다", "수가 있다" too), -(으)ㄹ지도 모르다 (might: "몰라요"), 때로, 가끔, 경우가
        # (도) 있다 and 때가(도) 있다 (there are times when: the shipped catalog's
        # "sometimes"), -기도 하다 (does at times, also: "주사하기도 하는데", is sometimes
        # injected; apart, as 기도하다, to pray, is not), 경우에 따라 (possibly), 아마,
        # 어쩌면, 가능, 혹시; each phrase whole, as 수 (a number) and 있다 (there is) alone
        # are none ("이런 것들이 있어요"), and 가능 is none in 가능한 한 (as far as possible)
        # nor in "가능한 빨리" (as soon as possible: theuranus.tistory.com's "ASAP" pages)
        "ko": "|".join(
            (
                r"수[도는가]?\s?있",
                r"지도\s?(?:모르|몰)",
                r"(?:경우|때)[가도]\s?있",
                r"기도\s(?:하|합|해|했)",
                r"가능(?!한\s?한|한\s빨리)",
                anywhere("경우에_따라 때로 가끔 아마 어쩌면 혹시"),
            )
        ),
        # Vietnamese: Thompson, A Vietnamese Reference Grammar: "có thể", "đôi khi", "có khi",
        # "thỉnh thoảng", "có lẽ", "nhiều khi", "được phép" (may, permitted); "đôi lúc"
        # (sometimes, as "đôi khi": Vietnamese Wiktionary, "đôi lúc")
        "vi": words(
            "có_thể đôi_khi đôi_lúc có_khi thỉnh_thoảng có_lẽ nhiều_khi khả_năng nhất_thiết "
            "được_phép"
        ),
        # Thai: Iwasaki and Ingkaphirom Horie, A Reference Grammar of Thai: อาจ (may),
        # สามารถ (can), บางครั้ง, บางที (sometimes, maybe), เป็นไปได้ (possible)
        "th": anywhere("อาจ สามารถ บางครั้ง บางที เป็นไปได้"),
        # Lao: Enfield, A Grammar of Lao: ອາດ (may), ສາມາດ (can), ບາງຄັ້ງ, ບາງເທື່ອ (sometimes)
        "lo": anywhere("ອາດ ສາມາດ ບາງຄັ້ງ ບາງເທື່ອ ບາງທີ"),
        # Khmer: Huffman, Modern Spoken Cambodian: អាច (may, can), ប្រហែល (maybe), ពេលខ្លះ,
        # ជួនកាល (sometimes)
        "km": anywhere("អាច ប្រហែល ពេលខ្លះ ជួនកាល"),
        # Hindi: McGregor, Outline of Hindi Grammar: सकना (सकता, सकती, सकते: may, can),
        # शायद (maybe), कभी-कभी, कई बार (sometimes), संभव (possible), ज़रूरी नहीं (not
        # necessarily: "may not"); "कभी-कभी" is one, and "कभी" is none with "नहीं" or
        # "न" after it in its clause (never: "कभी ठीक नहीं होता", never heals) or before
        # "भी" (ever, at any time); संभावना (possibility), संभावित
        # (probable) and मुमकिन (possible) (McGregor, The Oxford Hindi-English Dictionary)
        "hi": beginnings("सक शायद संभव सम्भव संभाव सम्भाव")
        + "|"
        + words("कई_बार ज़रूरी_नहीं जरूरी_नहीं मुमकिन")
        + "|"
        + _sometimes_or_ever("कभी", never="नहीं नही न ना", ever="भी"),
        # Urdu: Schmidt, Urdu: An Essential Grammar: سکنا (سکتا، سکتی، سکتے), شاید, ممکن,
        # بعض اوقات and کبھی کبھی or کبھی کبھار (sometimes), ضروری نہیں (not necessarily:
        # "may not", as Hindi's ज़रूरी नहीं); "کبھی" as Hindi's "कभी", none with "نہیں"
        # or "نہ" after it in its clause (never) or before "بھی" (ever); not a word that
        # begins as سکنا does and is none, سکون (calm, relief), سکھ (comfort; a Sikh),
        # سکول (school), سکڑنا (to shrink) (Platts, A Dictionary of Urdu, Classical Hindi,
        # and English)
        "ur": beginnings("سک شاید ممکن", but="سکون سکھ سکول سکڑ")
        + "|"
        + words("اوقات کبھی_کبھار ضروری_نہیں")
        + "|"
        + _sometimes_or_ever("کبھی", never="نہیں نہ", ever="بھی"),
        # Punjabi: Bhatia, Punjabi: ਸਕਣਾ (ਸਕਦਾ, ਸਕਦੀ, ਸਕਦੇ), ਸ਼ਾਇਦ, ਕਦੇ, ਕਈ ਵਾਰ
        # (sometimes), ਸੰਭਵ
        "pa": beginnings("ਸਕ ਸ਼ਾਇਦ ਸੰਭਵ") + "|" + words("ਕਦੇ ਕਈ_ਵਾਰ"),
        # Gujarati: Cardona, A Gujarati Reference Grammar: શકવું (શકે, શકો), કદાચ,
        # ક્યારેક (sometimes), શક્ય
        "gu": beginnings("શક કદાચ ક્યારેક"),
        # Bengali: Thompson, Bengali: A Comprehensive Grammar: পারা (পারে, পারেন), হয়তো,
        # কখনো, কখনও (sometimes), মাঝে মাঝে, সম্ভব; "কখনো কখনো" and "মাঝে মাঝে" said
        # twice are one (as Hindi's "कभी-कभी"): counted as two, they let the "can" of
        # "Sometimes it can" be dropped ("কখনো কখনো এতে মৃত্যু হয়", sometimes it causes)
        "bn": words("কখনো_কখনো কখনও_কখনও কখনো-কখনো কখনও-কখনও মাঝে_মাঝে মাঝে-মাঝে")
        + "|"
        + beginnings("পার হয়তো কখনো কখনও মাঝে সম্ভব"),
        # Arabic: Ryding, A Reference Grammar of Modern Standard Arabic: قد (may) before a
        # verb, أمكن (يمكن, ممكن: can, possible), ربما (maybe), أحيانًا, بعض الأحيان
        # (sometimes), يجوز (may, permitted), محتمل; with "و" or "ف" (and, so) before it;
        # and, as Wehr's A Dictionary of Modern Written Arabic gives them ("مكن", "حمل",
        # "حول"), من الممكن (it is possible), من المحتمل and يُحتمل (it is probable), في
        # بعض الحالات (in some cases, sometimes)
        "ar": words("قد ربما يجوز بعض_الحالات", onto="وف")
        + "|"
        + beginnings(
            "يمكن ممكن الممكن أحيان الأحيان محتمل المحتمل احتمال الاحتمال يحتمل", onto="وف"
        ),
        # Pashto: Tegey and Robson, A Reference Grammar of Pashto: کېدای شي / کیدای شي (may),
        # کولی / کولای شي (can), ښايي / ښایي (maybe), ځینې وختونه (sometimes), امکان
        "ps": words("کېدای کیدای کولی کولای ښايي ښایي شاید وختونه امکان ممکن"),
        # Armenian: Dum-Tragut, Armenian: Modern Eastern Armenian: կարող (may, can), գուցե,
        # թերևս (maybe), երբեմն (sometimes), հնարավոր (possible)
        "hy": beginnings("կարող կարել գուցե թերևս երբեմն հնարավոր"),
        # Haitian Creole: Valdman, Haitian Creole-English Bilingual Dictionary: "ka", "kapab",
        # "kab" (may, can), "petèt" (maybe), "pafwa", "konn" (sometimes), "posib"
        "ht": words("ka kab kapab kap petèt pafwa konn posib"),
        # Tagalog: Schachter and Otanes, Tagalog Reference Grammar: "maaari", "puwede" (may,
        # can), "baka", "marahil", "siguro" (maybe), "kung minsan", "minsan" (sometimes),
        # "posible"
        "tl": beginnings("maaari puwede pwede posible") + "|" + words("baka marahil siguro minsan"),
        # Hmong: Heimbach, White Hmong-English Dictionary: "tej zaum" (may, maybe), "qee
        # zaus" (sometimes), "muaj peev xwm", "tuaj yeem" and "tau" after a verb (can)
        "hmn": words("tej_zaum qee_zaus peev_xwm tuaj_yeem tau"),
        # Burmese: Okell, A Reference Grammar of Colloquial Burmese: -နိုင် after a verb (may,
        # can), တစ်ခါတစ်ရံ (sometimes), ဖြစ်ကောင်း (maybe)
        "my": anywhere("နိုင် တစ်ခါတစ်ရံ တခါတရံ ဖြစ်ကောင်း"),
        # Amharic: Leslau, Reference Grammar of Amharic: ቻለ (ይችላል, ይችላሉ, የሚችሉ: may,
        # can), ምናልባት (maybe), አንዳንድ ጊዜ (sometimes)
        "am": anywhere("ችል ችላ ችሉ ምናልባት አንዳንድ"),
        # Tigrinya: Mason, Tigrinya Grammar: ክኢሉ (ይኽእል, ይኽእሉ, ዝኽእሉ: may, can), ምናልባት
        # (maybe), ሓድሓደ ግዜ (sometimes)
        "ti": anywhere("ኽእ ምናልባት ሓድሓደ"),
        # Somali: Saeed, Somali Reference Grammar: "kar-" (kara, karaa, karta, kartaa: can),
        # "laga yaabaa" (may), "laga yaabee" (maybe), "mararka qaarkood" (sometimes)
        "so": beginnings("kar") + "|" + words("yaabaa yaabee yaabo mararka_qaarkood"),
        # Persian: Lazard, A Grammar of Contemporary Persian: توانستن (می‌تواند: can, and
        # "میتواند", typed without its zero-width non-joiner), ممکن است (may), شاید
        # (maybe), گاهی (sometimes), مجاز (permitted), احتمال
        "fa": beginnings("توان تواند بتوان بتواند میتوان ممکن شاید گاهی مجاز احتمال"),
        # Nepali: Acharya, A Descriptive Grammar of Nepali: सक्नु (सक्छ, सक्छन्, सक्ने: may,
        # can), सायद, शायद (maybe), कहिलेकाहीँ (sometimes), सम्भव
        "ne": beginnings("सक सायद शायद कहिले सम्भव संभव"),
        # Japanese: Martin, A Reference Grammar of Japanese: -ことがある (it happens that;
        # not after the past's た or だ, -たことがある, has been: "みられたことがあります"),
        # かもしれない, 場合がある, 可能性, できる and the potential, ときに/時に (sometimes),
        # 場合によって (possibly), おそれ (a risk), とは限らない (not necessarily), -得る
        # after a verb's stem (can: "起こり得る"; in kana after a stem in り, "起こりうる",
        # "起こりえます"; 得る is "obtain" too, counted as well: JMdict); ときに and
        # 時に are "sometimes" alone and "when" after a clause (Martin: とき, "time, when"),
        # after a verb's or an adjective's ending or の ("働きすぎているときに", "食事の時に"),
        # and in a word written in kanji (同時に, at once)
        "ja": anywhere(
            "かもしれ 場合があ 場合もあ 場合によ 可能 でき 時々 ときどき おそれ 恐れ "
            "限りません 限らない 得る 得ま 得な りうる りえる りえま りえな"
        )
        + "|(?<![ただ])(?:ことがあ|こともあ)"
        + "|(?<![うくぐすずつぬぶむるたいだのな\u4e00-\u9fff])(?:ときに|時に)",
    }


def _sometimes_or_ever(word: str, never: str, ever: str) -> str:
    """A pattern of a word that is "sometimes" and "ever" (Hindi's "कभी", Urdu's
    "کبھی"): said twice ("कभी-कभी", "कभी कभी"), one hedge, sometimes; alone, one, but
    none before the word `ever` ("भी", also: "कभी भी", ever), nor with one of the
    negations `never` after it in its clause, "never", right after it or after the verb
    ("कभी नहीं", "कभी ठीक नहीं होता", never heals: McGregor, Schmidt)."""
    in_its_clause = f"(?:(?!{_CLAUSE_END}).)*?"
    return (
        words(f"{word}-{word} {word}_{word}")
        + "|"
        + words(word, not_before=ever)
        + f"(?!{in_its_clause}{words(never)})"
    )


# The marks that end a clause: Latin's, the Arabic script's comma, semicolon, question
# mark and Urdu's full stop, and Devanagari's danda.
_CLAUSE_END = "[.,;:!?\u060c\u061b\u061f\u06d4\u0964\u0965]"


# How many hedges a translation says in a language, each where it stands; None for a
# language the table does not read.
_in_translation = counter_of(_table)
