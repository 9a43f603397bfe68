"""Bidi levels (UAX #9: python-bidi, and rule N0 for brackets) for every character, and the
visual order of runs."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from bidi import algorithm as bidi
from bidi.mirror import MIRRORED

_BOUNDARY_NEUTRAL = "BN"  # ZWNJ, ZWJ, ZWSP, SHY, WJ, ...
_OBJECT_REPLACEMENT = "\ufffc"  # an isolate, as the text around it sees it: class ON
# The bidi classes that can raise a level above 0 in a left-to-right paragraph: right-to-left
# letters, Arabic numbers, and the explicit embeddings, overrides and isolates.
_RAISING = frozenset(
    {"R", "AL", "AN", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}
)


def embedding_levels(
    text: str, rtl_paragraph: bool, isolates: Sequence[tuple[int, int]] = ()
) -> list[int]:
    """The embedding level of each character of `text`, one per character.

    `isolates`: stretches (start, end) of left-to-right text with no right-to-left
    letter (a phone number), each laid out as one left-to-right unit, as between
    U+2066 and U+2069 (rule X5a): a neutral to the text around it. In Arabic,
    "+1 555 0100" is otherwise three numbers with right-to-left spaces between them,
    shown "0100 555 1+". (The text itself holds no isolate, which every extractor
    would give back.)

    python-bidi follows rule X9 and drops characters of bidi class BN (the
    joiners, ZWSP, the soft hyphen, the word joiner), so it returns fewer levels
    than characters; UAX #9 section 5.2 lets an implementation keep them
    instead, at the level of the character before (at the start: the one after,
    or the paragraph's), which is what is done here.

    A left-to-right paragraph with no character of a class that can raise a level
    (`_RAISING`) is at level 0 throughout (rules W7 and I1), known without running the
    algorithm, which is pure Python.
    """
    if isolates:
        return _with_isolates(text, rtl_paragraph, isolates)
    if not rtl_paragraph and not any(
        unicodedata.bidirectional(character) in _RAISING for character in text
    ):
        return [0] * len(text)
    kept = [
        index
        for index, character in enumerate(text)
        if unicodedata.bidirectional(character) != _BOUNDARY_NEUTRAL
    ]
    levels = _levels("".join(text[index] for index in kept), rtl_paragraph)
    result: list[int | None] = [None] * len(text)
    for index, level in zip(kept, levels, strict=True):
        result[index] = level
    base = 1 if rtl_paragraph else 0
    following = next((level for level in result if level is not None), base)
    previous: int | None = None
    filled: list[int] = []
    for found in result:
        level = found if found is not None else previous if previous is not None else following
        filled.append(level)
        previous = level
    return filled


def _with_isolates(
    text: str, rtl_paragraph: bool, isolates: Sequence[tuple[int, int]]
) -> list[int]:
    """Levels with each isolate one neutral character (U+FFFC, class ON) to the text
    around it, and its own characters at the paragraph's level made even (2 in a
    right-to-left paragraph): they hold no right-to-left letter, so all of them are
    left to right inside it."""
    outer, previous = [], 0
    for start, end in isolates:
        outer.append(text[previous:start] + _OBJECT_REPLACEMENT)
        previous = end
    outer_levels = embedding_levels("".join(outer) + text[previous:], rtl_paragraph)
    inside = 2 if rtl_paragraph else 0
    levels: list[int] = []
    at, previous = 0, 0  # in the outer text; in `text`
    for start, end in isolates:
        levels += outer_levels[at : at + start - previous]
        at += start - previous + 1
        levels += [inside] * (end - start)
        previous = end
    return levels + outer_levels[at:]


def _levels(text: str, rtl_paragraph: bool) -> list[int]:
    if not text:
        return []
    storage = bidi.get_empty_storage()
    storage["base_level"] = 1 if rtl_paragraph else 0
    storage["base_dir"] = "R" if rtl_paragraph else "L"
    bidi.get_embedding_levels(text, storage, False, False)
    bidi.explicit_embed_and_overrides(storage, False)
    bidi.resolve_weak_types(storage, False)
    _pair_brackets(storage)
    bidi.resolve_neutral_types(storage, False)
    bidi.resolve_implicit_levels(storage, False)
    return [int(character["level"]) for character in storage["chars"]]


# Bidi_Paired_Bracket: each opening bracket (general category Ps, mirrored) and its
# closing one, its mirror in python-bidi's table.
_CLOSING = {
    opening: closing
    for opening, closing in MIRRORED.items()
    if unicodedata.category(opening) == "Ps"
}
_CLOSING_OF_EQUIVALENT = {"\u2329": "\u232a", "\u3008": "\u232a"}  # canonically equal
_MAX_BRACKET_DEPTH = 63  # BD16's stack


def _pair_brackets(storage: dict[str, Any]) -> None:
    """Rule N0 (UAX #9 since Unicode 6.3), which python-bidi's Python algorithm (the one
    that gives levels; its Rust one gives only a display string) lacks: a pair of brackets
    takes the direction of the text inside it, so "خذ ibuprofen (Advil) كل يوم." keeps
    "(Advil)" with "ibuprofen" instead of setting "(ibuprofen (Advil". Each level run is an
    isolating run sequence here: lint refuses the isolates that would join them."""
    chars = storage["chars"]
    for run in storage["runs"]:
        start, end = run["start"], run["start"] + run["length"]
        embedding = "R" if chars[start]["level"] % 2 else "L"
        for opening, closing in _bracket_pairs(chars, start, end):
            inside = {_strong(chars[index]["type"]) for index in range(opening + 1, closing)}
            if embedding in inside:
                direction = embedding
            elif inside - {None}:  # only the other direction inside: the context decides
                before = next(
                    (
                        found
                        for index in range(opening - 1, start - 1, -1)
                        if (found := _strong(chars[index]["type"]))
                    ),
                    run["sor"],
                )
                direction = before if before != embedding else embedding
            else:
                continue
            for index in (opening, closing):
                chars[index]["type"] = direction
                following = index + 1  # marks on a bracket follow it
                while following < end and chars[following]["orig"] == "NSM":
                    chars[following]["type"] = direction
                    following += 1


def _strong(bidi_type: str) -> str | None:
    """The strong direction a resolved type counts as in rule N0 (numbers count as R)."""
    return "L" if bidi_type == "L" else "R" if bidi_type in ("R", "AL", "EN", "AN") else None


def _bracket_pairs(chars: list[dict[str, Any]], start: int, end: int) -> list[tuple[int, int]]:
    """Rule BD16: the bracket pairs of chars[start:end], sorted by their openings."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # the closing bracket wanted, where it opened
    for index in range(start, end):
        character = chars[index]
        if character["type"] != "ON":
            continue
        letter = character["ch"]
        if letter in _CLOSING:
            if len(stack) == _MAX_BRACKET_DEPTH:
                break
            stack.append((_CLOSING_OF_EQUIVALENT.get(letter, _CLOSING[letter]), index))
            continue
        letter = "\u232a" if letter == "\u3009" else letter
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == letter:
                pairs.append((stack[depth][1], index))
                del stack[depth:]
                break
    return sorted(pairs)


def visual_order(levels: list[int]) -> list[int]:
    """Rule L2: the display order of runs given each run's level (lowest odd level and up
    reversed in turn)."""
    order = list(range(len(levels)))
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                end = index
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return order


def is_right_to_left_letter(character: str) -> bool:
    return unicodedata.bidirectional(character) in ("R", "AL")
