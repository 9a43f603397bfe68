"""Translation memory: an empty entry filled from the locale's other catalogs.

An exact match (same English, same context) is taken as it is: as translated
when the catalog it comes from is reviewed, or when the catalog it goes into is
not reviewed either (its PDFs say so on page 1); else as fuzzy, for review. A
close match (`CLOSE_MATCH` similarity of the English, or more) is offered as
fuzzy, never printed until a translator clears it, with a translator comment
naming where it came from and the English it translated (`#| msgid`). A
close match whose English differs from the new English in a negation, a
number, a drug name, a unit or a word of contrast (`CONTRASTS`: "before" and
"after") is never offered: po4a's users have been bitten by a 75% match that
missed an added "not". GNU msgmerge's own fuzzy matches, in `handout update`, are
held to the same words (`withdraw_unsafe_matches`); a translation a merge moves
onto a changed sentence is kept for the English it was written for
(`keep_replaced_translations`), and a revision under way follows it (`follow_revisions`).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path

import polib

from .reading import MEMORY_MARK, Key, entry_keys, is_reviewed

CLOSE_MATCH = 0.85  # SequenceMatcher ratio of the English texts
NEGATIONS = frozenset(
    {
        "not",
        "no",
        "never",
        "none",
        "nor",
        "neither",
        "nothing",
        "nobody",
        "without",
        "cannot",
        "can't",
        "don't",
        "doesn't",
        "didn't",
        "isn't",
        "aren't",
        "wasn't",
        "won't",
        "shouldn't",
        "mustn't",
        "avoid",
        "stop",
        "unless",
    }
)
# Words whose swap for another of their kind turns a sentence into its opposite or
# another instruction ("before" and "after" surgery, the "left" and the "right" leg,
# "every week" and "every other week"; "two" and "three" tablets, `_number_contrasts`),
# offered as close matches (about 0.87 alike) until they were named here.
CONTRASTS = frozenset(
    {
        *["half", "double", "first", "second", "third", "last", "every", "other", "each"],
        *["before", "after", "during", "until", "while"],
        *["left", "right", "upper", "lower", "above", "below", "inside", "outside"],
        *[
            "increase",
            "increased",
            "decrease",
            "decreased",
            "raise",
            "reduce",
            "more",
            "less",
            "fewer",
        ],
        *["most", "least", "higher", "high", "low"],
        *["morning", "evening", "night", "noon", "bedtime"],
        *[
            "safe",
            "unsafe",
            "likely",
            "unlikely",
            "always",
            "often",
            "usually",
            "sometimes",
            "rarely",
        ],
        *["may", "might", "can", "could", "will", "must", "should"],
        *["hot", "cold", "warm", "start", "begin"],
    }
)
UNITS = frozenset(
    {
        "mg",
        "mcg",
        "µg",
        "g",
        "kg",
        "ml",
        "l",
        "cc",
        "iu",
        "units",
        "unit",
        "%",
        "mmhg",
        "mmol",
        "meq",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "minute",
        "minutes",
        "times",
        "once",
        "twice",
        "daily",
        "tablet",
        "tablets",
        "capsule",
        "capsules",
        "dose",
        "doses",
        "drops",
        "puffs",
    }
)
_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)?|%|µg")


@cache
def _number_contrasts() -> frozenset[str]:
    """The English's number words of one word each ("one" to "nineteen", "twenty" to
    "ninety": "twenty-one" is two of `_WORD`'s), words of contrast as `CONTRASTS` are
    ("two" and "three" tablets, "twenty" and "thirty"): ICU's, those the rule book reads
    the English's counts in words by (`rules.words.english_number_words`)."""
    from ..rules.words import english_number_words  # the rule book's, only when asked

    return frozenset(word for word in english_number_words() if _WORD.fullmatch(word))


@dataclass(frozen=True)
class Remembered:
    """A translation another catalog of the locale holds."""

    english: str
    context: str | None
    text: str
    path: Path
    reviewed: bool


def remembered(catalogs: Iterable[tuple[Path, polib.POFile]]) -> dict[Key, Remembered]:
    """Every translated, non-fuzzy entry of `catalogs`, by (English, context)."""
    found: dict[Key, Remembered] = {}
    for path, catalog in catalogs:
        reviewed = is_reviewed(catalog)
        for entry in catalog:
            if entry.obsolete or entry.fuzzy or not entry.msgid or not entry.msgstr:
                continue
            key = (entry.msgid, entry.msgctxt)
            if key not in found or (reviewed and not found[key].reviewed):
                found[key] = Remembered(entry.msgid, entry.msgctxt, entry.msgstr, path, reviewed)
    return found


def significant(english: str, drug_names: frozenset[str]) -> tuple[frozenset[str], ...]:
    """What a close match must share with the new English: its negations, numbers, drug
    names, units and words of contrast (`CONTRASTS`, `_number_contrasts`)."""
    words = [word.lower() for word in _WORD.findall(english)]
    text = english.lower()
    return (
        frozenset(word for word in words if word in NEGATIONS or word.endswith("n't")),
        frozenset(word for word in words if word[0].isdigit()),
        frozenset(name for name in drug_names if name in text),
        frozenset(word for word in words if word in UNITS),
        frozenset(word for word in words if word in CONTRASTS or word in _number_contrasts()),
    )


def close_match(
    english: str, context: str | None, memory: dict[Key, Remembered], drug_names: frozenset[str]
) -> tuple[Remembered, float] | None:
    """The closest remembered English in the same context, if it is close enough and safe."""
    best: tuple[Remembered, float] | None = None
    needed = significant(english, drug_names)
    for candidate in memory.values():
        if candidate.context != context:
            continue
        matcher = SequenceMatcher(None, english, candidate.english, autojunk=False)
        if matcher.real_quick_ratio() < CLOSE_MATCH or matcher.quick_ratio() < CLOSE_MATCH:
            continue
        ratio = matcher.ratio()
        if (best is None or ratio > best[1]) and _is_safe(
            ratio, needed, candidate.english, drug_names
        ):
            best = (candidate, ratio)
    return best


def fill(
    catalog: polib.POFile, memory: dict[Key, Remembered], drug_names: frozenset[str], root: Path
) -> int:
    """Fill the untranslated entries of `catalog` from `memory`; return how many were."""
    target_reviewed = is_reviewed(catalog)
    filled = 0
    for entry in catalog:
        if entry.obsolete or not entry.msgid or entry.msgstr or entry.fuzzy:
            continue
        exact = memory.get((entry.msgid, entry.msgctxt))
        if exact is not None:
            entry.msgstr = exact.text
            where = exact.path.relative_to(root) if exact.path.is_relative_to(root) else exact.path
            _note(entry, f"{MEMORY_MARK} exact match from {where.as_posix()}")
            if not exact.reviewed and target_reviewed:
                entry.flags.append("fuzzy")
            filled += 1
            continue
        close = close_match(entry.msgid, entry.msgctxt, memory, drug_names)
        if close is not None:
            match, ratio = close
            where = match.path.relative_to(root) if match.path.is_relative_to(root) else match.path
            entry.msgstr = match.text
            entry.flags.append("fuzzy")
            entry.previous_msgid = match.english
            _note(
                entry,
                f"{MEMORY_MARK} {ratio:.0%} match from {where.as_posix()}; check it "
                "against the English above",
            )
            filled += 1
    return filled


def _is_safe(
    ratio: float, needed: tuple[frozenset[str], ...], matched: str, drug_names: frozenset[str]
) -> bool:
    """Whether a translation of `matched` may be offered (as fuzzy) for an English `ratio`
    alike whose `significant` words are `needed`: close enough, and sharing them."""
    return ratio >= CLOSE_MATCH and significant(matched, drug_names) == needed


def withdraw_unsafe_matches(
    catalog: polib.POFile, merged_into: polib.POFile, drug_names: frozenset[str]
) -> int:
    """Empty the fuzzy entries GNU msgmerge just filled from another English (`#| msgid`) whose
    significant words (`significant`) differ: msgmerge's own matching (about 0.6 alike, and
    blind to meaning) gave "will not care for you" the translation of "will care for you".
    How alike the two are is not asked (memory asks it of other catalogs' sentences):
    msgmerge mostly matches a sentence the writer reworded or lengthened ("Keep every
    appointment, even when you feel well."), whose old translation is the translator's best
    start; withdrawn for being under 0.85 alike, it was out of sight in an obsolete entry,
    which Poedit and Weblate do not show. A withdrawn entry is left untranslated (printed in
    English); its translation, and the translator's comment on it (msgmerge carries both),
    are kept as an obsolete entry of the English they were written for (the comment added to
    one the catalog has): left on the new entry, "2 tablets = 2 x 500 mg; checked by
    pharmacist" sat over "Take 3 tablets", and was lost from the translation it was written
    for. An entry the catalog held before the merge (`merged_into`: a translator's fuzzy
    entry, perhaps revised already) is the translator's, and left alone; so is one
    msgmerge matched from such an entry (its `#|` and translation those of a fuzzy entry
    of the catalog before: the writer changed the sentence again while the translator
    was revising it): withdrawn, the revision was filed under the English before it.
    Return how many were withdrawn (after `keep_replaced_translations`, which keeps each
    translation so)."""
    before = entry_keys(merged_into)
    revisions = {
        (entry.previous_msgid, entry.previous_msgctxt, entry.msgstr)
        for entry in merged_into
        if entry.fuzzy and not entry.obsolete
    }
    withdrawn = 0
    obsolete = {(entry.msgid, entry.msgctxt): entry for entry in catalog if entry.obsolete}
    live = entry_keys(catalog)
    for entry in list(catalog):
        previous = entry.previous_msgid
        if entry.obsolete or not entry.fuzzy or previous is None or not entry.msgstr:
            continue
        if (entry.msgid, entry.msgctxt) in before or (
            previous,
            entry.previous_msgctxt,
            entry.msgstr,
        ) in revisions:
            continue
        if entry.previous_msgctxt == entry.msgctxt and significant(
            previous, drug_names
        ) == significant(entry.msgid, drug_names):
            continue
        held = obsolete.get((previous, entry.previous_msgctxt))
        if held is None and (previous, entry.previous_msgctxt) not in live:
            continue  # its translation is nowhere else: left to the translator, fuzzy
        if entry.tcomment and held is not None and entry.tcomment not in held.tcomment:
            _note(held, entry.tcomment)
        entry.tcomment = ""
        entry.msgstr = ""
        if entry.msgstr_plural:
            entry.msgstr_plural = dict.fromkeys(entry.msgstr_plural, "")
        entry.flags.remove("fuzzy")
        entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
        withdrawn += 1
    return withdrawn


def keep_replaced_translations(catalog: polib.POFile, merged_into: polib.POFile) -> int:
    """Keep, as an obsolete entry of the English it was written for, each translation GNU
    msgmerge just moved onto a changed sentence (a new fuzzy entry whose `#|` is the
    English of an entry of `merged_into`, the catalog before, that the merge replaced,
    obsolete or not), as it was (its translator's comment, its fuzzy flag and `#|`):
    when the writer changes the sentence back, msgmerge gives it back, exactly matched.
    msgmerge keeps no copy: the entry, fuzzy, its `#|` now its own English, held
    whatever the translator had meanwhile typed into it, a revision for the changed
    English ("poco común" for "uncommon", printed for "rare" once the flag was cleared),
    or was printed in English. Return how many were kept."""
    replaced = {  # obsolete ones too: msgmerge takes the one it matches out of the file
        (entry.msgid, entry.msgctxt): entry
        for entry in merged_into
        if _translation(entry) != ("", ())
    }
    held = {(entry.msgid, entry.msgctxt) for entry in catalog}
    kept = 0
    for entry in list(catalog):
        if entry.obsolete or not entry.fuzzy or entry.previous_msgid is None:
            continue
        key = (entry.previous_msgid, entry.previous_msgctxt)
        old = replaced.get(key)
        if old is None or key in held or _translation(old) != _translation(entry):
            continue
        copied = copy.deepcopy(old)  # every field, none shared with the catalog before
        copied.obsolete = True
        # its fuzzy flag alone, as msgmerge sets its format flags from the template's when it
        # gives the entry back
        copied.flags = ["fuzzy"] if old.fuzzy else []
        catalog.append(copied)
        held.add(key)
        kept += 1
    return kept


def follow_revisions(catalog: polib.POFile, merged_into: polib.POFile) -> int:
    """Give each new fuzzy entry the revision the translator had under way of the
    translation it was matched from: msgmerge matches a sentence changed a second time
    from the closest English it holds, which may be the first English, kept obsolete by
    `keep_replaced_translations` (run first, which keeps it whole), rather than the fuzzy
    entry of the first change ("very rare" is closer to "rare" than to "uncommon"); the
    revision begun for "uncommon" was then out of sight in an obsolete entry, and the
    entry offered the translation before it. A revision is a fuzzy entry of `merged_into`
    (the catalog before) whose `#|` is the new entry's and which the merge made obsolete.
    Return how many entries took one."""
    before = entry_keys(merged_into)
    revisions = {
        (entry.previous_msgid, entry.previous_msgctxt): entry
        for entry in merged_into
        if entry.fuzzy and not entry.obsolete and entry.previous_msgid is not None
    }
    live = entry_keys(catalog)
    followed = 0
    for entry in catalog:
        if entry.obsolete or not entry.fuzzy or (entry.msgid, entry.msgctxt) in before:
            continue
        revision = revisions.get((entry.previous_msgid, entry.previous_msgctxt))
        if (
            revision is None
            or (revision.msgid, revision.msgctxt) in live
            or _translation(revision) == _translation(entry)
        ):
            continue
        entry.msgstr = revision.msgstr
        entry.msgstr_plural = dict(revision.msgstr_plural)
        entry.tcomment = revision.tcomment
        followed += 1
    return followed


def _translation(entry: polib.POEntry) -> tuple[str, tuple[tuple[int, str], ...]]:
    """An entry's translation: its msgstr, or its plural's forms (blank ones left out)."""
    forms = tuple(sorted((int(n), text) for n, text in entry.msgstr_plural.items() if text))
    return entry.msgstr, forms


def _note(entry: polib.POEntry, note: str) -> None:
    entry.tcomment = f"{entry.tcomment}\n{note}" if entry.tcomment else note
