"""Checks of a translation as text: pasted English, nothing visible, a stray combining
mark, its length, a notice's sentences, line breaks and spaces at its ends, its final
punctuation, and invisible characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from ..errors import plural
from ..inline import plain_text, stray_mark, written_text
from ..text.bidi import is_right_to_left_letter
from ..text.scripts import COLONS
from .model import Entry, Level, Problem

__all__ = [
    "invisible",
    "length",
    "newlines",
    "notice_sentences",
    "punctuation",
    "stray_marks",
    "unchanged",
    "visible",
    "whitespace",
]


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
# The marks that set a bracket or a full stop beside a Latin word on the side the text
# runs from: typed by Arabic, Persian and Hebrew keyboards, spelling in a translation
# written right to left (and junk in one that is not).
_DIRECTIONAL_MARKS = "\u200e\u200f"
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
# A shad and the space after it, before the next sentence: where a Tibetan sentence ends.
_SHAD_BREAK = re.compile(f"[{''.join(sorted(_ENDS_EITHER_WAY))}]+\\s+(?=\\S)")
# Scripts written with no sentence-final mark (a space ends a sentence in Thai and Lao).
_NO_SENTENCE_MARK = frozenset({"th", "lo"})
# How short a translation may be, as a share of the English, before it looks cut:
# a Chinese character or a Hangul syllable says as much as several Latin letters.
_SHORTEST = {"zh": 0.1, "ja": 0.1, "ko": 0.15}
_SHORTEST_OTHERWISE = 0.25


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


def notice_sentences(entry: Entry) -> Iterator[Problem]:
    """A notice translated with fewer sentences than its English: one left out ("... not a
    substitute for medical diagnosis." without "For specific information ..., consult
    your physician."), which no other check sees when the rest is long enough and holds
    no number. A warning: a translator may join two sentences into one. Not counted in
    Thai and Lao, which end a sentence with a space."""
    if not entry.notice or entry.language in _NO_SENTENCE_MARK:
        return
    english = _sentence_count(entry.english, "en")
    translated = _sentence_count(entry.translation, entry.language)
    if translated < english:
        yield Problem(
            Level.WARNING,
            "notice-sentences",
            f"the notice has {plural(translated, 'sentence')}, the English {english}: "
            "translate each of its sentences",
        )


def _sentence_count(markdown: str, language: str) -> int:
    """How many sentences `markdown` writes, as ICU's sentence breaker finds them (after
    a full stop and a space, or after '。' with none), and after a Tibetan shad."""
    from icu4py.breakers import SentenceBreaker  # only for a notice

    written = written_text(markdown).strip()
    return sum(
        len(_SHAD_BREAK.split(sentence))
        for sentence in SentenceBreaker(written, language)
        if sentence.strip()
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


def invisible(entry: Entry) -> Iterator[Problem]:
    allowed = _ORTHOGRAPHIC_JOINERS.get(entry.language, "")
    if any(c.isalpha() and is_right_to_left_letter(c) for c in entry.translation):  # not RLM
        allowed += _DIRECTIONAL_MARKS
    found = {match for match in _INVISIBLE.findall(entry.translation) if match not in allowed}
    if found:
        codes = ", ".join(f"U+{ord(character):04X}" for character in sorted(found))
        yield Problem(Level.WARNING, "invisible", f"holds invisible characters ({codes})")


def _shows_nothing(markdown: str) -> bool:
    """Whether `markdown` prints no visible character: spaces, format characters (a
    zero-width space, a soft hyphen, a word joiner) or nothing."""
    return all(
        character.isspace() or unicodedata.category(character) == "Cf"
        for character in plain_text(markdown)
    )
