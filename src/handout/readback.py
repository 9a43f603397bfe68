"""Readback: how each text extractor is made to give back exactly the text a PDF shows.

A PDF holds glyphs at positions; each extractor rebuilds the text its own way.
Every choice the drawing makes for one of them is here, named after the quirk
it answers, so that no other module has to know them:

- all extractors read a glyph as its ToUnicode text, so a ligature or a conjunct
  needs its cluster's characters: `cluster_glyphs`;
- pypdf reads the glyphs between two font operators as one piece, a piece that
  starts right to left in reverse, and takes «, [ or a digit for left to right:
  `pieces`;
- pypdf reads a right-to-left cluster back one code at a time, reversed:
  `cluster_glyphs`;
- pypdf orders a right-to-left line right only once it has met right-to-left text
  on the page: `FURNITURE_FIRST`;
- Poppler guesses word spaces from the gaps between glyphs, and on a line of
  one-letter words takes the even gaps for letter spacing ("y a :" -> "ya:"):
  `needs_spelling_out`;
- Poppler puts a right-to-left word back by reversing the glyphs it finds (not
  mirroring brackets): `word_span_text`;
- a reader of the tags takes an /ActualText for the text itself, so the reversed
  words of those spans are read as they stand: a right-to-left paragraph's element
  holds its text in reading order, which no extractor reads: `element_actual_text`;
- Poppler sets a span's characters out across its first to last glyph, and prints
  a left-to-right stretch inside right-to-left text as it lies:
  `right_to_left_spans`;
- Poppler puts a right-to-left line back in reading order by a rule of its own
  (TextOutputDev's `reorderText`): it takes the characters that go with numbers
  (. , : ، - / %, the bidi classes ES, ET, CS, EN and AN) for left to right, and
  prints them together with the spaces on their left as they lie: "الجلد. ونتيجة"
  came back "الجلد .ونتيجة", and a Latin name lost the space after it. No
  span of the exact text can avoid it (the space after the full stop is always
  printed before it), so the /ActualText of such a character in right-to-left
  text, and of a left-to-right stretch, is held in place by the invisible
  directional marks U+200F and U+200E, which Poppler reads as letters of their
  direction: `RIGHT_TO_LEFT_MARK`. Poppler and PDFium give the marks back; a reader
  sees and hears nothing of them;
- PDFium takes a glyph drawn raised or lowered for a line of its own: `cluster_glyphs`;
- Poppler reads a whole page in the direction most of its letters run:
  `starts_page`;
- PDFium reads a span's text at its first glyph and puts a space before the next
  span it finds apart from it: `left_to_right_spans`;
- pypdf knows no /ActualText, so page furniture, which must not read between the
  halves of a paragraph split across pages, is drawn as outlines (`layout.draw`);
- pypdf reads text on a baseline of the line it is reading as that line, without a
  break (nor a space, going back left): a block beside its English in two columns, on
  one baseline (a heading, a one-line item), came back as one line, and right to left
  with nothing between them (an Arabic heading's last letter, then "Key points"):
  `column_break`;
- pypdf ends that line only where the text matrix moves off its baselines (the text
  rise aside), as at a text object that starts at the origin of the page's
  coordinates, which ReportLab's `beginText()` does (`layout.draw` starts each at its
  first glyph): a line that goes on with a word broken at a soft hyphen is begun on
  the baseline of the line before, lowered to its own by the text rise:
  `text_origins`;
- Poppler joins a line that ends in a hyphen (U+002D; not a soft hyphen) to the next,
  the hyphen left out; PDFium one that ends in either, the hyphen given back as U+FFFE
  (which Chrome's viewer leaves out of copied text); pypdf joins none. So the hyphen
  drawn where a line ends at a soft hyphen reads as a soft hyphen (`HYPHEN_READS_AS`,
  for pypdf, which took it for a hyphen in the word), in an /ActualText span of a
  hyphen (`hyphen_actual_text`, for Poppler, which left the word broken in two), as an
  artifact, which a reader of the tags passes over (`layout.draw`). pypdf,
  Poppler and PDFium give back "electro\xadencefalo\xad\xadgrafía",
  "electro\xadencefalo\xadgrafía" and "electro\xadencefalo\ufffegrafía": the word
  whole, as after an ordinary hyphen at a line's end Poppler and PDFium do ("kidney-"
  and "disease": "kidneydisease", "kidney\ufffedisease"; pypdf "kidney-\\ndisease").
  Neither Poppler nor PDFium joins a right-to-left word's lines so: the span of its
  fragment holds the rest of the word, and pypdf reads the next line as going on from
  the hyphen, whose advance runs to the line's end: `rest_of_word`.

Each /ActualText span (`actual_text`) replaces the glyphs inside it for every
extractor that honours it (pypdf, Poppler, PDFium, pdfminer).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from .text.bidi import is_right_to_left_letter
from .text.linebreak import SOFT_HYPHEN

# The invisible directional marks (U+200F, U+200E) that hold a number-like character or
# a left-to-right stretch in place in a right-to-left line's /ActualText, for Poppler.
RIGHT_TO_LEFT_MARK = "\u200f"
LEFT_TO_RIGHT_MARK = "\u200e"
# The /ActualText of the glyphs of neutral characters (a per cent or degree sign, a
# full stop) whose text a left-to-right stretch's span holds (`right_to_left_spans`):
# a character each, for Poppler to find no gap there, that shows nothing.
IN_STRETCH = RIGHT_TO_LEFT_MARK
# The bidi classes Poppler's reordering takes for digits (left to right).
_NUMBER_LIKE = frozenset({"EN", "AN", "ES", "ET", "CS"})

# What the glyph of the hyphen drawn where a line ends at a soft hyphen reads as (its
# code's text): a soft hyphen, as ISO 32000-1 (14.8.2.2.3) has an incidental word
# division read, not a hyphen in the word.
HYPHEN_READS_AS = SOFT_HYPHEN

# The page furniture (running header, page number) is written first in a page's
# content, so pypdf meets the page's language before anything else on it.
FURNITURE_FIRST = True

SpanKey = object
ActualTextSpan = tuple[SpanKey, str | None]  # (which span, its /ActualText; None: no span)


# A glyph at its place: a text code, or (code "") its outline; the glyph; its x, in points
# from the run's left edge, and y, above the baseline. A plain tuple, not a named one:
# one is made for every glyph shaped (and its fields put in its run's tuples,
# `shaping.ShapedRun`), and making a named tuple calls its Python `__new__`.
PlacedGlyph = tuple[str, int, float, float]


class _Run(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def rtl(self) -> bool: ...
    @property
    def words(self) -> Sequence[str]: ...  # each word's text ("": a space), written order


def cluster_glyphs(
    code_for: Callable[[int, str], str],
    font: Any,
    text: str,
    glyphs: list[tuple[int, float, float]],
    rtl: bool,
) -> list[PlacedGlyph]:
    """The glyphs of one cluster in writing order, each with a code for its share of the
    cluster's text (`code_for(glyph, share)`).

    Left to right, the characters are shared out in order, one a glyph, the last
    glyph taking the rest; a glyph left without a share is drawn as its outline.
    Right to left, pypdf reads codes back reversed, one at a time: each character
    gets a code of its own, written last character first; where the cluster has
    fewer or more glyphs than characters (a lam-alef ligature, two marks drawn as
    one), invisible space glyphs at the cluster's place carry the characters after
    the first, and the other glyphs are outlines. So too where a glyph is raised or
    lowered (a shadda above a tall letter): PDFium takes a glyph drawn with a text rise
    for a line of its own, and read the words of the line around it out of order and
    twice; such a glyph is an outline, its character carried on the baseline.
    """
    if len(glyphs) == 1:  # most clusters: give the one glyph the cluster's text
        glyph, x, y = glyphs[0]
        if not rtl or (len(text) == 1 and not y):
            return [(code_for(glyph, text), glyph, x, y)]
    raised = rtl and any(y for _, _, y in glyphs)
    if rtl and len(glyphs) == len(text) > 1 and not raised:
        return [
            (code_for(glyph, character), glyph, x, y)
            for character, (glyph, x, y) in reversed(list(zip(text, glyphs, strict=True)))
        ]
    if rtl:
        *others, (glyph, x, y) = glyphs
        carrier = font.face.charToGlyph[ord(" ")]
        kept: list[PlacedGlyph] = [] if y else [(code_for(glyph, text[0]), glyph, x, y)]
        return [
            *(
                (code_for(carrier, character), carrier, x, 0.0)
                for character in reversed(text[1:] if kept else text)
            ),
            *(("", other, other_x, other_y) for other, other_x, other_y in others),
            *(kept or [("", glyph, x, y)]),
        ]
    shares = [*text[: len(glyphs) - 1], text[len(glyphs) - 1 :]]
    shares += [""] * (len(glyphs) - len(shares))
    return [
        (code_for(glyph, share) if share else "", glyph, x, y)
        for share, (glyph, x, y) in zip(shares, glyphs, strict=True)
    ]


def text_origins(soft_hyphen_ends: Sequence[bool]) -> list[int]:
    """For each line of a paragraph (whether each ends at a soft hyphen), the number of
    the line on whose baseline its text starts: its own, or, for a line that goes on with
    a word broken at a soft hyphen, that of the line before it (and so on up), its glyphs
    lowered to its own baseline by the text rise. pypdf, which ends a line only where
    the text matrix moves down, reads the word whole, as Poppler and PDFium join it."""
    origins: list[int] = []
    for number in range(len(soft_hyphen_ends)):
        goes_on = number > 0 and soft_hyphen_ends[number - 1]
        origins.append(origins[-1] if goes_on else number)
    return origins


def hyphen_actual_text(joined: bool, right_to_left: bool) -> str:
    """The /ActualText of the hyphen drawn where a line ends at a soft hyphen: a hyphen,
    for Poppler to join the line to the next, the hyphen left out (`text_origins`);
    nothing where the word goes on on the next page (not `joined`), which no extractor
    joins to this one (Poppler printed the hyphen there, the others nothing). After a
    right-to-left word's fragment, whose span holds the rest of the word on this page
    (`rest_of_word`), an invisible right-to-left mark: PDFium read an empty span's glyph
    as the soft hyphen it reads as, and joined the next line to this one."""
    if joined and right_to_left:
        return IN_STRETCH
    return "-" if joined else ""


def carried_words(runs: Sequence[_Run]) -> list[tuple[int, int]]:
    """The words (run, word number) with which a line goes on with a right-to-left word cut
    at the end of the line before (`rest_of_word`): its right-to-left words in logical
    order, up to the first space or left-to-right run (the whole line, where it holds
    only the word)."""
    carried: list[tuple[int, int]] = []
    for index, run in enumerate(runs):
        if not run.rtl:
            break
        for number in reversed(range(len(run.words))):  # right to left: logical order
            if not run.words[number]:
                return carried
            carried.append((index, number))
    return carried


def carried_text(runs: Sequence[_Run]) -> str:
    """The text of a line's `carried_words`, in logical order."""
    return "".join(runs[index].words[number] for index, number in carried_words(runs))


def rest_of_word(rest: str) -> str:
    """What the span of a right-to-left word cut at a line's end holds besides its
    fragment, where the lines that go on with it are on the same page: the `rest` of the
    word (`carried_text` of the next line, and of the lines after while a line holds
    only the word), reversed as a right-to-left word's span is (`word_span_text`), before
    the text of its leftmost piece (`pieces`), where the rest would go on. Poppler and
    PDFium so read the word whole on its first line; the rest's glyphs on the next lines
    are each in a span of an invisible right-to-left mark (`carry_cut_word`), and so is
    the hyphen (`hyphen_actual_text`). Neither can be made to join the lines as they
    join a left-to-right word's: Poppler joins a line whose rightmost character is a
    hyphen, and PDFium, which joins one that ends in a hyphen, reorders the two lines as
    one, and read the word's second line first. pypdf reads the glyphs alone:
    `text_origins` puts the next line on this one's baseline, and the hyphen's advance
    (its char spacing) runs to the line's right end, so that pypdf, which puts a space
    where the next text starts further right than the last one ended, finds the word go
    on (it read "…المسال\xad\xad كالبولية"). The soft hyphens where the rest is cut
    again are left out: PDFium ends a run of letters at one."""
    return word_span_text(rest.replace(SOFT_HYPHEN, ""), True)


def carry_cut_word(spans: list[list[ActualTextSpan]], runs: Sequence[_Run]) -> None:
    """Put the words a line goes on with from a right-to-left word cut at the end of the
    line before (`carried_words`), whose text the word's first line holds (`rest_of_word`), in
    spans of an invisible right-to-left mark (`IN_STRETCH`): read by Poppler and PDFium
    as nothing, and by pypdf, which knows no /ActualText, from their glyphs."""
    for index, number in carried_words(runs):
        spans[index][number] = (spans[index][number][0], IN_STRETCH)


def needs_spelling_out(line: str) -> bool:
    """True for a line made only of one-character words ("y a :"), which is drawn inside an
    /ActualText span of its text (Poppler would take its even gaps for letter spacing)."""
    words = line.split()
    return len(words) > 1 and all(len(word) == 1 for word in words)


def word_span_text(logical: str, rtl: bool) -> str:
    """The /ActualText of one word: Poppler reads a span left to right and then puts a
    right-to-left word back in logical order by reversing it, so such a word's span
    holds its text reversed (not mirrored: Poppler does not mirror brackets back)."""
    return logical[::-1] if rtl else logical


def element_actual_text(text: str) -> str | None:
    """The /ActualText of a structure element (a paragraph, a heading) whose text holds
    right-to-left letters: its text, in reading order. Its words' spans hold them
    reversed, for Poppler (`word_span_text`), and a line's last word lacks the space
    after it; a reader of the tags (a screen reader through Acrobat), which takes an
    /ActualText as the text itself (ISO 32000-1, 14.9.4), spelt each word backwards and
    ran the last word of a line into the next. An element's own /ActualText stands for
    all it holds, and no extractor reads the tags: Poppler, PDFium and pypdf read the
    same. Where it holds Spans of another language (English words), it is split at
    them when the structure is written (`pdf.structure`), for a reader to meet their
    /Lang."""
    return text if any(is_right_to_left_letter(character) for character in text) else None


def starts_page(previous_rtl: bool, rtl: bool) -> bool:
    """Whether a block must start a new page: Poppler reads a whole page in the direction
    most of its letters run, which scrambles right-to-left lines on a page where
    left-to-right text (the English originals of the notices) outweighs them."""
    return previous_rtl != rtl


def line_spans(
    runs: Sequence[_Run], joined: Sequence[bool], line_text: str, rtl_line: bool, spaced: bool
) -> list[list[ActualTextSpan]]:
    """The /ActualText span of each word of each run of a line (glyphs sharing a span key
    are drawn in one span; spaces are in none); `joined`: for each run but the last,
    whether the next goes on with its word. A line of one-character words is one span
    (`needs_spelling_out`). A line that ends at a space (`spaced`) holds it in its last
    word's span, where the tags' reader finds the words of a line apart: the space the
    line leaves out is drawn nowhere, and a reader of the tags need not guess a word
    break from where lines end (ISO 32000-1, 14.8.2.5), so it read "calcium" and the next
    line's "clotting" as one word."""
    if rtl_line:
        spans = right_to_left_spans(runs)
    elif needs_spelling_out(line_text) and not any(run.rtl for run in runs):
        spans = [[("line", line_text)] * len(run.words) for run in runs]
    else:
        spans = left_to_right_spans(runs, joined)
    if spaced:
        _add_space_after(spans, runs)
    return spans


def _add_space_after(spans: list[list[ActualTextSpan]], runs: Sequence[_Run]) -> None:
    """Give the line's last word in logical order (the last span with text of its own,
    not `IN_STRETCH`) the space
    after it. Not a right-to-left word's: its span holds it reversed and is made again
    from its glyphs (`pieces`), and the tags of a right-to-left line run in the order
    its words are drawn, left to right, not in reading order."""
    last = next(
        (
            (index, number)
            for index in reversed(range(len(spans)))
            for number in reversed(range(len(spans[index])))
            if spans[index][number][1] not in (None, "", IN_STRETCH)
        ),
        None,
    )
    if last is None:
        return
    key, text = spans[last[0]][last[1]]
    assert text is not None
    if runs[last[0]].rtl and key == (last[0], last[1]):
        return
    # Inside a stretch's closing mark (`_held_in_place`): after it, Poppler printed the
    # space before the bracket that comes before the stretch ("( sodium").
    spaced = (
        text[:-1] + " " + LEFT_TO_RIGHT_MARK if text.endswith(LEFT_TO_RIGHT_MARK) else text + " "
    )
    for run_spans in spans:
        for number, span in enumerate(run_spans):
            if span[0] == key:
                run_spans[number] = (key, spaced)


def _word_spans(runs: Sequence[_Run]) -> list[list[ActualTextSpan]]:
    return [
        [
            ((index, number), word_span_text(word, run.rtl) or None)
            for number, word in enumerate(run.words)
        ]
        for index, run in enumerate(runs)
    ]


def left_to_right_spans(runs: Sequence[_Run], joined: Sequence[bool]) -> list[list[ActualTextSpan]]:
    """Each word is a span, also when it is drawn in several runs (a bold term and its
    colon): PDFium reads a span's text at its first glyph and puts a space before
    the next span it finds apart from it. Runs not `joined` (two Japanese words, one
    in a link) are two words."""
    spans = _word_spans(runs)
    word: list[tuple[int, int]] = []

    def end_word() -> None:
        text = "".join(runs[index].words[number] for index, number in word)
        for index, number in word:
            spans[index][number] = (word[0], text)
        word.clear()

    for index, run in enumerate(runs):
        if index and not joined[index - 1]:
            end_word()
        for number, piece in enumerate(run.words):
            if piece and not run.rtl:
                word.append((index, number))
            else:
                end_word()
    end_word()
    return spans


def right_to_left_spans(runs: Sequence[_Run]) -> list[list[ActualTextSpan]]:
    """Each right-to-left word is a span; each left-to-right stretch (a Latin name, a
    number) is one span, in logical order, holding the neutral characters and spaces
    that follow it up to the next right-to-left letter or left-to-right stretch
    ("JAMA Dermatology."), whose own glyphs, drawn at the stretch's far end, are each
    in a span of an invisible right-to-left mark (`IN_STRETCH`): Poppler sets the
    characters of a span out in order across the span's first to last glyph, and prints
    a left-to-right stretch as it lies. In an empty span, such a glyph (the per cent
    sign of "100%", drawn left of the number) left a gap Poppler took for a column's
    edge, and read the next block into the line; PDFium read its glyph's own text too
    ("100%%"). Two stretches
    ("5 mg": the space between is right to left) are two spans: one span over both,
    its text at the number's glyph, read "mg 5 m" in PDFium and left a gap Poppler
    took for a column. A stretch's text is held in place by directional marks
    (`_held_in_place`)."""
    spans = _word_spans(runs)
    start = 0
    while start < len(runs):
        if runs[start].rtl:
            start += 1
            continue
        stretch_end = start
        while stretch_end < len(runs) and not runs[stretch_end].rtl:
            stretch_end += 1
        end = stretch_end
        while (
            end < len(runs)
            and runs[end].rtl
            and not any(map(is_right_to_left_letter, runs[end].text))
        ):
            end += 1
        while end - 1 > start and runs[end - 1].text.isspace():
            end -= 1
        stretch = "".join(run.text for run in runs[start:end])
        for index in range(start, end):
            inside = index < stretch_end
            spans[index] = [
                (
                    (start, None) if inside else (index, None),
                    _held_in_place(stretch) if inside else IN_STRETCH,
                )
            ] * len(runs[index].words)
        start = end
    return spans


def _held_in_place(stretch: str) -> str:
    """A left-to-right stretch's /ActualText in a right-to-left line: between a
    right-to-left mark, which stops Poppler from printing the space before the
    stretch after it (it joined "JAMA Dermatology" to the next word), and a
    left-to-right mark, which keeps the neutral characters after it ("DERM-001 ·")
    on its side."""
    return RIGHT_TO_LEFT_MARK + stretch + LEFT_TO_RIGHT_MARK


def _is_number_like(text: str) -> bool:
    """Characters Poppler's reordering takes for digits (a full stop, a comma, a colon,
    the Arabic comma, a hyphen, a slash)."""
    return all(unicodedata.bidirectional(character) in _NUMBER_LIKE for character in text)


def is_right_to_left_letter_or_mark(character: str) -> bool:
    """A right-to-left letter or a mark (which pypdf reads right to left)."""
    return unicodedata.bidirectional(character) in ("R", "AL", "NSM")


def is_left_to_right_letter(text: str) -> bool:
    return all(unicodedata.bidirectional(character) in ("L", "NSM") for character in text)


# A word of a line as `pieces` takes it: the numbers of its run in the line and of the
# word in the run, its run's direction, its /ActualText span, and its glyphs that carry
# text (the drawing's items, in writing order). A plain tuple, not a named one: one is
# made for every word drawn (14,000 in shard 1/8), and making a named tuple calls its
# Python `__new__`.
DrawnWord = tuple[tuple[int, int], bool, ActualTextSpan, Sequence[Any]]


# Glyphs of one word drawn one after another (the drawing's items), their /ActualText
# span and the piece (font operator) they are in: a word's glyphs that share both, so
# that what is decided by span and piece is decided once for them, not for each glyph
# (a left-to-right word, most words, is one). A plain tuple, not a named one: making a
# named tuple calls its Python `__new__`.
Piece = tuple[Sequence[Any], ActualTextSpan, object]


def pieces(
    words: Sequence[DrawnWord],
    text_of: Callable[[Any], str],
    subsets: Callable[[Sequence[Any]], list[int]],
    cut_neutrals: bool,
    carried: str = "",
) -> list[Piece]:
    """The glyphs of a line's words, in writing order, in stretches of a word's glyphs
    with one /ActualText span and one piece they are written in (a font operator opens
    each piece; a run is one piece, unless it is cut as follows).

    pypdf reads the glyphs between two font operators as one piece, and a piece
    that starts right to left in reverse; it takes a character that is not in a
    right-to-left script («, [, a digit) for left to right. ReportLab changes
    font between two glyphs that fall in different subsets of the font (it
    embeds a font as subsets of 256 codes). So a right-to-left word is written as
    pieces in logical order: each run of its letters and marks within one
    subset, in display order, in an /ActualText span of its own; each other
    character alone, in no span, except a number-like one (a full stop, a comma),
    whose span holds it after a right-to-left mark (`RIGHT_TO_LEFT_MARK`); a word in
    no span, or in one whose text a left-to-right stretch holds (`IN_STRETCH`), keeps
    it for each piece. In a line
    that holds characters of the blocks pypdf reads right to left (`cut_neutrals`),
    a left-to-right run's characters other than letters (Arabic-Indic digits,
    punctuation, a sign such as U+0606) are pieces of their own too, or pypdf,
    reading right to left, would reverse them. `carried`: the rest of a right-to-left
    word the line cuts at its end (`rest_of_word`), held by the span of the last word's
    leftmost piece.
    """
    result: list[Piece] = []
    for place, (word_key, rtl, word_span, items) in enumerate(words):
        if not rtl:
            run_number = word_key[0]
            if not cut_neutrals:
                result.append((items, word_span, run_number))
                continue
            parts: list[tuple[list[Any], object]] = []  # a part's glyphs and its piece
            for index, item in enumerate(items):
                letter = is_left_to_right_letter(text_of(item))
                if letter and parts and parts[-1][1] == run_number:
                    parts[-1][0].append(item)
                else:
                    parts.append(([item], run_number if letter else (word_key, index)))
            result += [(part, word_span, piece) for part, piece in parts]
            continue
        subset_of = subsets(items)
        kinds = [
            ("letters", subset)
            if is_right_to_left_letter_or_mark(text_of(item))
            else ("other", index)
            for index, (item, subset) in enumerate(zip(items, subset_of, strict=True))
        ]
        groups: list[list[Any]] = []
        for index, item in enumerate(items):
            if index == 0 or kinds[index] != kinds[index - 1]:
                groups.append([])
            groups[-1].append(item)
        key, word_text = word_span
        written: list[tuple[list[Any], ActualTextSpan]] = []
        for number, group in enumerate(reversed(groups)):
            group_text = "".join(text_of(item) for item in group)
            letters = is_right_to_left_letter_or_mark(text_of(group[0]))
            if not word_text or word_text == IN_STRETCH:
                written.append((group, ((key, number), word_text)))
            elif letters:
                written.append((group, ((key, number), group_text)))
            elif written and written[-1][1][1] and _is_format(group_text):
                # A joiner (ZWNJ in Persian) shares the span of the letters written before
                # it, at their visual left: alone, Poppler would set it on a line of its own.
                span_key, span_text = written[-1][1]
                joined = (span_key, group_text + str(span_text))
                written[-1] = (written[-1][0], joined)
                written.append((group, joined))
            elif _is_number_like(group_text):
                written.append((group, ((key, number), RIGHT_TO_LEFT_MARK + group_text)))
            else:
                written.append((group, ((key, number), None)))
        if carried and place == len(words) - 1 and written:
            held_key, held_text = written[-1][1]
            # One run of letters (the soft hyphen at the cut left out): PDFium reverses
            # each run of a span's text in place, and Poppler the whole text.
            held = (held_key, carried + (held_text or "").replace(SOFT_HYPHEN, ""))
            written = [(group, held if span[0] == held_key else span) for group, span in written]
        result += [
            (group, span, (word_key, number)) for number, (group, span) in enumerate(written)
        ]
    return result


def _is_format(text: str) -> bool:
    return all(unicodedata.category(character) == "Cf" for character in text)


def column_break(height: float) -> str:
    """The operators drawn between two columns `height` points tall (from their bottom):
    a text object that shows nothing, its text position moved a column's height below
    them. pypdf ends the line it reads where the position moves further from the line's
    baselines than 0.8 of the font size: every baseline of the columns lies above their
    bottom, and they are at least one line of the first column's last text tall, so the
    second column starts a line. It shows nothing, so there is nothing to tag; inside an
    artifact, it would be taken out of what the build's check reads
    (`verify.text_content`)."""
    return f"BT 0 {-height:.3f} Td ET"


def actual_text(text: str) -> str:
    """The operator that opens a marked-content span whose text is `text` (/ActualText);
    the span ends with ``EMC``."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"
