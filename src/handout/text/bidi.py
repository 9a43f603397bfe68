"""Bidi levels (UAX #9, python-bidi) for every character, and the visual order of runs."""

from __future__ import annotations

import unicodedata

from bidi import algorithm as bidi

_BOUNDARY_NEUTRAL = "BN"  # ZWNJ, ZWJ, ZWSP, SHY, WJ, ...
# The bidi classes that can raise a level above 0 in a left-to-right paragraph: right-to-left
# letters, Arabic numbers, and the explicit embeddings, overrides and isolates.
_RAISING = frozenset(
    {"R", "AL", "AN", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}
)


def embedding_levels(text: str, rtl_paragraph: bool) -> list[int]:
    """The embedding level of each character of `text`, one per character.

    python-bidi follows rule X9 and drops characters of bidi class BN (the
    joiners, ZWSP, the soft hyphen, the word joiner), so it returns fewer levels
    than characters; UAX #9 section 5.2 lets an implementation keep them
    instead, at the level of the character before (at the start: the one after,
    or the paragraph's), which is what is done here.

    A left-to-right paragraph with no character of a class that can raise a level
    (`_RAISING`) is at level 0 throughout (rules W7 and I1), known without running the
    algorithm, which is pure Python.
    """
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


def _levels(text: str, rtl_paragraph: bool) -> list[int]:
    if not text:
        return []
    storage = bidi.get_empty_storage()
    storage["base_level"] = 1 if rtl_paragraph else 0
    storage["base_dir"] = "R" if rtl_paragraph else "L"
    bidi.get_embedding_levels(text, storage, False, False)
    bidi.explicit_embed_and_overrides(storage, False)
    bidi.resolve_weak_types(storage, False)
    bidi.resolve_neutral_types(storage, False)
    bidi.resolve_implicit_levels(storage, False)
    return [int(character["level"]) for character in storage["chars"]]


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
