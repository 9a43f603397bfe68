"""The rule book: what a translation must keep of its English, one small check each.

`handout lint` reports every finding; the build uses the same checks, so what
lint calls an error never reaches a PDF: the entry is printed in English
(and named in the build's output with its file and line), or, for a notice,
the PDF fails. Each check is a function of the English, the translation and
what kind of entry it is, as in Babel's ``babel.messages.checkers``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ..catalog.messages import PLACEHOLDER
from ..errors import abbreviate
from ..inline import (
    inline_tokens,
    plain_text,
    segments,
    stray_mark,
    unclosed_emphasis,
    unsupported_markup,
    written_text,
)
from ..text.scripts import COLONS
from .dates import date
from .measures import durations, temperature, units
from .model import Check, Entry, Finding, Level, Problem
from .numbers import numbers
from .printing import missing_glyphs, read_back_reversed, refuse_unreadable, unreadable
from .shared import DOI

__all__ = [
    "CHECKS",
    "Check",
    "Entry",
    "Finding",
    "Level",
    "Problem",
    "addresses",
    "dois",
    "emphasis",
    "entities",
    "errors",
    "escapes",
    "invisible",
    "length",
    "links",
    "missing_glyphs",
    "newlines",
    "placeholders",
    "problems",
    "punctuation",
    "read_back_reversed",
    "refusal",
    "refuse_unreadable",
    "stray_marks",
    "unchanged",
    "unlinked_addresses",
    "unreadable",
    "unsupported",
    "visible",
    "whitespace",
]


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
    for doi in DOI.findall(entry.english):
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
