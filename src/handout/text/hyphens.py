"""The hyphen a word cut at a line's end shows, by its script, and whether a cut shows one:
what the line breaker draws (`paragraph`) and what the build's check holds a cut word to
(`verify`), which imports it without the layout (ReportLab, HarfBuzz: 48 ms of the 210
`handout check`'s imports took)."""

from __future__ import annotations

import re
import unicodedata

from .scripts import script_of

HYPHEN = "-"
# The soft hyphen: where a word may be cut at a line's end (a translator's, the line
# breaker's), no character where it is not cut (`verify`, `readback`, the rule book's
# words). Here, not in `linebreak`, which imports ICU's breakers: the rule book reads
# it without them.
SOFT_HYPHEN = "\u00ad"
# The scripts whose words, cut at a line's end, show a hyphen there, and the hyphen each
# shows, as Android's line breaker puts there: U+002D in Latin, Cyrillic, Greek, Georgian
# and Cherokee (a German compound wider than a bilingual column was cut with no mark,
# '...erkrankung' / 'en', which reads as two words), Armenian's own (U+058A) and Canadian
# syllabics' (U+1400): an Armenian, Georgian, Cherokee or Inuktitut word was cut with
# none, and every extractor read two words. Tifinagh, Ol Chiki, Vai, Lisu, Bamum, Osage
# and Mongolian, which have no hyphen of their own to end a line with, show U+002D too, as
# Android's line breaker puts there (a word of theirs was cut with no mark, and every
# extractor read two words); Mongolian's own, the todo soft hyphen (U+1806), stands at
# the start of the next line, where nothing is drawn here. The scripts of India and Sri
# Lanka, and Ethiopic, show
# U+002D there too, as Android's line breaker does (minikin's `Hyphenator`), except Tamil,
# Telugu, Kannada and Malayalam, which write no hyphen where a word is cut: their mark is
# the soft hyphen itself, which HarfBuzz shapes as a glyph of no advance and no ink, read
# back as a soft hyphen like any hyphen there (a Tamil word wider than a large-print line,
# '...ப' / 'ரிசோதனைகள்', was read as two words by every extractor). Right to left,
# Arabic, Syriac, Thaana, N'Ko, Samaritan and Mandaic show U+002D (Samaritan and Mandaic
# have no hyphen of their own) and Hebrew its maqaf (U+05BE), as Android's line breaker
# puts there, left of the word's fragment (an Arabic, Thaana, N'Ko, Samaritan or Mandaic
# word wider than a large-print line was cut with no mark, and every extractor read two
# words: `readback.rest_of_word`). Others, written without spaces (Thai, Chinese: a cut
# reads as no space), or in a script not named here, either way (Adlam, right to left),
# are cut with no mark (`cut_shows_hyphen`).
HYPHENS = {
    **dict.fromkeys(
        (
            "Latn",
            "Cyrl",
            "Grek",
            "Geor",
            "Cher",
            "Tfng",
            "Olck",
            "Vaii",
            "Lisu",
            "Bamu",
            "Osge",
            "Mong",
            "Beng",
            "Deva",
            "Gujr",
            "Guru",
            "Orya",
            "Sinh",
            "Ethi",
            "Arab",
            "Syrc",
            "Thaa",
            "Nkoo",
            "Samr",
            "Mand",
        ),
        HYPHEN,
    ),
    "Armn": "\u058a",
    "Hebr": "\u05be",
    "Cans": "\u1400",
    **dict.fromkeys(("Taml", "Telu", "Knda", "Mlym"), SOFT_HYPHEN),
}
# A word written as an address: a mark of one, or a dot before a letter
# ("clinic.example.org", not the full stop that ends a sentence).
ADDRESS_LIKE = re.compile(r"[/@:]|\.\w")


def cut_shows_hyphen(before: str, after: str) -> bool:
    """Whether a word cut between the letters `before` and `after` (outside a word
    written as an address, `ADDRESS_LIKE`: `paragraph._cuts_word`) ends
    its line at a soft hyphen: two letters of one script whose cut words do (`HYPHENS`),
    or a mark and such a letter. The build's check holds a word so cut to reading back
    whole (`verify`)."""
    return (
        unicodedata.category(before)[0] in "LM"
        and after.isalpha()
        and script_of(after) in HYPHENS
        and script_of(before) in (script_of(after), "Zinh")
    )
