"""Lint: check a translated catalog like a compiler, one finding per problem.

`check_catalog` reads a .po file and returns findings; it changes nothing.
Each finding names its file, the line of the translation (msgstr), a level
(error or warning) and a check name, and prints as
``file:line: level: message [check]``. Errors are what must not reach a
patient (a dropped link, a lost placeholder, an emptied notice, a changed
DOI, a character no font has); warnings are what a reviewer should look at.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import polib
from markdown_it import MarkdownIt

from .catalog import NOTICE_MARK, PLACEHOLDER, check_po_syntax, msgstr_line
from .errors import HandoutError
from .faces import FontChain
from .inline import plain_text

ERROR, WARNING = "error", "warning"
_DOI = re.compile(r"10\.\d{4,9}/\S+?(?=[\s.,;:)]*(?:\s|$))")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SENTENCE_ENDS = ".?!:;\u3002\uff1f\uff01\uff1a\u061f\u06d4\u0964"
# How short a translation may be, as a share of the English, before it looks cut:
# a Chinese character or a Hangul syllable says as much as several Latin letters.
_SHORTEST = {"zh": 0.1, "ja": 0.1, "ko": 0.15}
_SHORTEST_OTHERWISE = 0.25
_PARSER = MarkdownIt("commonmark")


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    level: str
    message: str
    check: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.level}: {self.message} [{self.check}]"


def check_catalog(path: Path, locale: str, chain: FontChain, root: Path = Path(".")
                  ) -> list[Finding]:
    """Every finding for the catalog at `path` (relative to `root`, as findings name it);
    a file that cannot be read is one error."""
    file = root / path
    try:
        check_po_syntax(file)
        catalog = polib.pofile(str(file), check_for_duplicates=True, encoding="utf-8")
    except HandoutError as error:
        return [Finding(path, error.line or 1, ERROR, error.message, "syntax")]
    except (OSError, ValueError) as error:
        match = re.search(r"line (\d+)", str(error))
        return [Finding(path, int(match.group(1)) if match else 1, ERROR, str(error),
                        "syntax")]
    findings: list[Finding] = []
    untranslated = 0
    for entry in catalog:
        if entry.obsolete or not entry.msgid:
            continue
        line = msgstr_line(file, entry.linenum)
        notice = NOTICE_MARK in (entry.comment or "")
        if entry.fuzzy:
            findings.append(Finding(path, line, WARNING, "fuzzy: the English changed; check "
                                    "the translation and remove the fuzzy flag", "fuzzy"))
            continue
        if not entry.msgstr.strip():
            if notice:
                findings.append(Finding(path, line, ERROR, "a required notice is not "
                                        "translated", "notice-missing"))
            untranslated += 1
            continue
        findings += [Finding(path, line, level, message, check)
                     for level, message, check in _entry_problems(entry, locale, chain,
                                                                  notice)]
    if untranslated:
        findings.append(Finding(path, 1, WARNING, f"{untranslated} messages are not "
                                                  "translated yet", "untranslated"))
    return findings


def _entry_problems(entry: polib.POEntry, locale: str, chain: FontChain, notice: bool
                    ) -> list[tuple[str, str, str]]:
    source, translation = entry.msgid, entry.msgstr
    problems: list[tuple[str, str, str]] = []
    source_links, translated_links = _links(source), _links(translation)
    for target in source_links:
        if target not in translated_links:
            check = "link-target" if len(translated_links) >= len(source_links) else \
                "link-dropped"
            problems.append((ERROR, f"the link to {target} is missing or changed", check))
    if _emphasis(source) != _emphasis(translation):
        problems.append((WARNING, "bold/emphasis marks (**) differ from the English",
                         "markup"))
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        problems.append((ERROR, "placeholders differ from the English: keep "
                                f"{' '.join(PLACEHOLDER.findall(source)) or 'none'} as is",
                         "placeholder"))
    for doi in _DOI.findall(source):
        if doi not in translation:
            problems.append((ERROR, f"the DOI {doi} must be kept exactly", "doi"))
    translated_numbers = set(_NUMBER.findall(_western_digits(translation)))
    for number in _NUMBER.findall(source):
        if number not in translated_numbers and not any(number in doi
                                                        for doi in _DOI.findall(source)):
            problems.append((WARNING, f"the number {number} is not in the translation",
                             "numbers"))
    missing = chain.missing(plain_text(translation))
    if missing:
        codes = ", ".join(f"U+{ord(character):04X} {character!r}" for character in missing)
        problems.append((ERROR, f"no font for locale {locale} has {codes}", "glyph"))
    problems += _shape_warnings(source, translation, locale, notice)
    return problems


def _shape_warnings(source: str, translation: str, locale: str, notice: bool
                    ) -> list[tuple[str, str, str]]:
    warnings: list[tuple[str, str, str]] = []
    ratio = len(translation) / max(len(source), 1)
    low = _SHORTEST.get(locale.split("_")[0], _SHORTEST_OTHERWISE)
    if ratio < low or ratio > 3:
        level = ERROR if notice and ratio < low else WARNING
        check = "notice-emptied" if level == ERROR else "length"
        warnings.append((level, f"the translation is {ratio:.1f} times the length of the "
                                "English", check))
    if (source != source.strip()) != (translation != translation.strip()):
        warnings.append((WARNING, "leading or trailing spaces differ from the English",
                         "whitespace"))
    if source.rstrip().endswith(tuple(_SENTENCE_ENDS)) != \
            translation.rstrip().endswith(tuple(_SENTENCE_ENDS)):
        warnings.append((WARNING, "the ending punctuation differs from the English",
                         "punctuation"))
    if _INVISIBLE.search(translation):
        warnings.append((WARNING, "holds an invisible bidi control or zero-width character",
                         "invisible"))
    return warnings


def _links(markdown: str) -> list[str]:
    tokens = _PARSER.parseInline(markdown)[0].children or []
    return [str(token.attrs.get("href")) for token in tokens if token.type == "link_open"]


def _emphasis(markdown: str) -> int:
    tokens = _PARSER.parseInline(markdown)[0].children or []
    return sum(1 for token in tokens if token.type in ("strong_open", "em_open"))


def _western_digits(text: str) -> str:
    return "".join(str(unicodedata.digit(character)) if character.isdigit() else character
                   for character in text)
