"""Reading grade of a handout's plain-language English text (Flesch-Kincaid, textstat)."""

from __future__ import annotations

import textstat

from .inline import plain_text
from .source import Handout

_SENTENCE_ENDS = (".", "!", "?", ":")


def plain_language_grade(handout: Handout) -> float:
    """Flesch-Kincaid grade of every heading, paragraph and list item of the plain text.

    A heading or list item without closing punctuation is counted as a sentence
    of its own (textstat would otherwise run it into the next one).
    """
    sentences = []
    for block in handout.plain:
        for text in block.texts:
            words = plain_text(text.markdown).strip()
            sentences.append(words if words.endswith(_SENTENCE_ENDS) else f"{words}.")
    return float(textstat.flesch_kincaid_grade(" ".join(sentences)))
