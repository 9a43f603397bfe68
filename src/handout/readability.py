"""Reading grade of a document's text, where a grade formula exists for its language.

textstat's formulas that give a school grade: Flesch-Kincaid for English,
Crawford for Spanish. Other languages get none (a formula made for English
says nothing of Russian); the manifest then records null, not the English
grade. A grade is kept in the user cache (`cache`), by the digest of its text,
formula and textstat's version: textstat loads a pronouncing dictionary of
English (a third of a second) before its first English grade, and keeps it until
`forget_english_dictionary`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cache import entry_key, json_entry, tool_version
from .inline import written_text

if TYPE_CHECKING:
    from .source import Block

_SENTENCE_ENDS = (".", "!", "?", ":")
# language -> (formula name, textstat language code)
FORMULAS = {"en": ("flesch-kincaid", "en_US"), "es": ("crawford", "es")}
GRADE_TARGET = 6.0  # AMA: patient materials at grade 6 or lower


@dataclass(frozen=True)
class Grade:
    formula: str
    value: float


def reading_grade(markdown: Iterable[str], language: str) -> Grade | None:
    """The grade of the given texts (headings, paragraphs, list items), or None.

    A heading or list item without closing punctuation counts as a sentence of its
    own (textstat would otherwise run it into the next one).
    """
    formula = FORMULAS.get(language)
    if formula is None:
        return None
    sentences = []
    for text in markdown:
        words = written_text(text).strip()
        if words:
            sentences.append(words if words.endswith(_SENTENCE_ENDS) else f"{words}.")
    name, code = formula
    joined = " ".join(sentences)

    def measure() -> float:
        import textstat  # loads its dictionaries on first use: only when a grade is made

        textstat.set_lang(code)
        if name == "flesch-kincaid":
            return round(float(textstat.flesch_kincaid_grade(joined)), 1)
        return round(float(textstat.crawford(joined)), 1)

    key = entry_key(tool_version("textstat"), name, code, joined)
    return Grade(name, json_entry("grades", key, measure, float, float))


def forget_english_dictionary() -> None:
    """Let go of textstat's pronouncing dictionary of English, which its own cache keeps
    for the process from the first English grade measured (55 MB of Python objects: a
    first build of the matrix in one process, its user cache empty, kept it to the end,
    for its first two PDFs); an English grade measured after loads it again (0.7 s of
    CPU). Nothing to do where textstat was not imported."""
    if "textstat" not in sys.modules:
        return
    from textstat.backend.utils import get_cmudict  # type: ignore[import-untyped]

    # An lru_cache of textstat's own, not its API: textstat is pinned to one version in
    # pyproject.toml, and the test of this fails on one that moves it.
    get_cmudict.cache_clear()


def plain_grade(blocks: Iterable[Block]) -> float | None:
    """The English grade of a source's plain-language part (`Handout.plain`, its headings
    too): the one `handout stats` shows and lint holds to `GRADE_TARGET`."""
    grade = reading_grade((text.markdown for block in blocks for text in block.texts), "en")
    return grade.value if grade else None
