"""A paragraph broken into lines: styled text -> lines of shaped runs, placed for display.

Lines break where `linebreak` allows, as many whole pieces on a line as fit
(measured piece by piece: kerning across a break is too small to matter); a
piece wider than the line is cut between grapheme clusters. Each line is cut
into runs of one bidi level, face, weight and link (in a right-to-left
paragraph each space is a run of its own), shaped in their own direction and
placed by rule L2. A line that ends at a soft hyphen shows a hyphen, its script's
(`hyphens.HYPHENS`), or, in a script that writes none there, nothing; one that would end
inside a word of a script with spaces between words ends at a soft hyphen put there.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import accumulate, compress, count, groupby

from ..faces import Face, FontChain
from ..inline import Link, address_of
from .bidi import embedding_levels, is_right_to_left_letter, visual_order
from .hyphens import ADDRESS_LIKE, HYPHEN, HYPHENS, cut_shows_hyphen
from .linebreak import SOFT_HYPHEN, grapheme_ends, line_ends, starts_no_line
from .scripts import script_of
from .shaping import Context, InkBox, ShapedRun, run_width, shape_run

# A word holding one of these is written as an address, in a link or not (a link's text
# is one as `hyphens.ADDRESS_LIKE` finds).
_ADDRESS_MARKS = frozenset("/@")


@dataclass(frozen=True)
class StyledText:
    """Plain text with a bold flag and a link target per character."""

    text: str
    bold: tuple[bool, ...]
    links: tuple[Link | None, ...]  # the link of each character, if any
    language: str  # BCP 47 primary subtag: where lines break, the font's forms (`shaping`)

    def link_text(self, link: Link) -> str:
        """The whole text of `link`, as a reader sees it (no soft hyphen)."""
        return "".join(
            character
            for character, held in zip(self.text, self.links, strict=True)
            if held == link and character != SOFT_HYPHEN
        )


@dataclass(frozen=True)
class Line:
    """One line: its runs in logical order, each with its x from the line's left edge."""

    text: str
    rtl: bool  # the paragraph's direction
    runs: tuple[tuple[ShapedRun, float], ...]
    width: float
    links: tuple[Link | None, ...]  # each run's link, if it is in one
    # For each run but the last, whether a line may break after it: a word ends there,
    # also where no space is written (two Japanese words; not "doi:" and its DOI).
    breakable: tuple[bool, ...]
    hyphen: ShapedRun | None = None  # drawn when the line breaks at a soft hyphen
    # The hyphen's x from the line's left edge: just after the text it ends, in that text's
    # direction (right of a left-to-right word's fragment, also in a right-to-left line).
    hyphen_x: float = 0.0
    # The line ends at a space the next line leaves out: its last word reads with it, for
    # a reader of the tags (ISO 32000-1, 14.8.2.5) would join it to the next line's first.
    spaced: bool = False
    # The phone number (a tel: link's text) the line ends inside of, not at a space: a
    # line narrower than the number cut it where nothing shows it goes on ("+1-555-010-01"
    # / "99"), which a patient dialling from the paper, and every extractor, reads apart.
    cut_phone: str | None = None

    @property
    def cuts_right_to_left(self) -> bool:
        """Whether the line ends at a soft hyphen inside a right-to-left word."""
        return self.hyphen is not None and self.runs[-1][0].rtl

    @property
    def ink_left(self) -> float:
        """Where the line's leftmost ink starts, from its left edge (negative: before it)."""
        return min((x + run.ink_left for run, x in self.runs), default=0.0)

    @property
    def ink_right(self) -> float:
        """Where the line's rightmost ink ends, from its left edge (past `width`: beyond
        it)."""
        return max((x + run.ink_right for run, x in self.runs), default=self.width)

    @property
    def ink_width(self) -> float:
        """The room the line's ink takes, its advance included."""
        return max(self.ink_right, self.width) - min(self.ink_left, 0.0)

    @property
    def drawn(self) -> tuple[tuple[ShapedRun, float], ...]:
        """The runs with their x, and the hyphen after the text it ends if it has one."""
        if self.hyphen is None:
            return self.runs
        return (*self.runs, (self.hyphen, self.hyphen_x))

    def ink(self) -> Iterator[InkBox]:
        """Each glyph's ink, from the line's left edge and baseline."""
        for run, x in self.drawn:
            yield from run.glyph_inks(x)

    @property
    def ink_bottom(self) -> float:
        """The lowest ink of the line (below zero: under the baseline)."""
        return min((run.ink_bottom for run, _ in self.drawn), default=0.0)

    @property
    def ink_top(self) -> float:
        """The highest ink of the line."""
        return max((run.ink_top for run, _ in self.drawn), default=0.0)

    def link_spans(self) -> list[tuple[Link, float, float]]:
        """Each link on the line with the left and right x of its text (a link whose runs
        are not side by side, in mixed directions, gets one span per piece)."""
        return _spans(
            (x, x + run.width, link)
            for (run, x), link in zip(self.runs, self.links, strict=True)
            if link
        )

    def link_areas(self) -> list[tuple[Link, float, float]]:
        """As `link_spans`, but of what is drawn in each link's marked content: its text
        and the rest of each word it is part of (`word_links`)."""
        links = self.word_links
        if not links:  # most lines: no word's glyphs need looking at
            return []
        areas = []
        for index, (run, x) in enumerate(self.runs):
            lefts = [
                min((run.xs[at] for at in run.word_glyphs(number)), default=None)
                for number in range(len(run.words))
            ]
            for number, left in enumerate(lefts):
                link = links.get((index, number))
                if link and left is not None:
                    right = next((edge for edge in lefts[number + 1 :] if edge is not None), None)
                    areas.append((x + left, x + (run.width if right is None else right), link))
        return _spans(areas)

    @cached_property
    def word_links(self) -> dict[tuple[int, int], Link]:
        """The link of each word of each run, by (run, word) number: its own, or that of
        the word of the line it is part of, the words of runs side by side with no space
        and no place a line may break between them being one ("doi:" before a DOI; right
        to left, the full stop after a linked word, a run of its own). Worked out once
        a line: drawing asks for it twice, and of every line."""
        found: dict[tuple[int, int], Link] = {}
        if not any(self.links):
            return found
        word: list[tuple[tuple[int, int], Link | None]] = []

        def end_word() -> None:
            shared = next((link for _, link in word if link), None)
            for key, link in word:
                if chosen := link or shared:
                    found[key] = chosen
            word.clear()

        for index, ((run, _), link) in enumerate(zip(self.runs, self.links, strict=True)):
            if index and self.breakable[index - 1]:
                end_word()
            numbers = range(len(run.words))
            for number in reversed(numbers) if run.rtl else numbers:  # in logical order
                if run.words[number]:
                    word.append(((index, number), link))
                else:  # a space ends the word before it
                    end_word()
                    if link:
                        found[(index, number)] = link
        end_word()
        return found

    def joined(self) -> tuple[bool, ...]:
        """For each run but the last, whether the words at its end and at the next run's
        start are drawn as one (one /ActualText span): they are unless a line may break
        between them and they are in different links (`word_links`), which one span
        cannot be: its text, given in the first link's marked content, made a Japanese
        line the first link's text and left the others none."""
        links = self.word_links

        def edge(index: int, number: int) -> Link | None:
            return links.get((index, number))

        return tuple(
            not self.breakable[index] or edge(index, len(run.words) - 1) == edge(index + 1, 0)
            for index, (run, _) in enumerate(self.runs[:-1])
        )


def _spans(placed: Iterable[tuple[float, float, Link]]) -> list[tuple[Link, float, float]]:
    """Pieces (left, right, link) joined where one link's pieces meet, left to right."""
    spans: list[tuple[Link, float, float]] = []
    for left, right, link in sorted(placed):
        if spans and spans[-1][0] == link and abs(spans[-1][2] - left) < 0.01:
            spans[-1] = (link, spans[-1][1], right)
        else:
            spans.append((link, left, right))
    return spans


@dataclass(frozen=True)
class _Styles:
    """Per character: the face, the bidi level, where its stretch of characters of one
    face, weight and level ends (what `_width` shapes as one run), and where its run
    ends: the same, and of one link (in a paragraph with a link, also where a line may
    break); in a right-to-left paragraph each space is a run of its own (so each word
    is one too). And, of the whole chain, the face that draws a hyphen where a letter's
    face has none (`hyphen_face`)."""

    faces: tuple[Face, ...]
    levels: tuple[int, ...]
    measure_ends: tuple[int, ...]
    run_ends: tuple[int, ...]
    # The face of the chain that draws U+002D after a letter whose face has none (Noto
    # Sans Oriya, N'Ko and Thaana have none): the first that has it, if one does.
    hyphen_face: Face | None


def break_lines(
    styled: StyledText, chain: FontChain, size: float, width: float, rtl_paragraph: bool
) -> list[Line]:
    """Break a paragraph into lines no wider than `width`. A word cut inside
    (`_cuts_word`) is cut at a soft hyphen put there, so that it is drawn and read back
    as one a translator wrote: a hyphen (or, in a script that writes none, a glyph of no
    ink) drawn as an artifact, the word whole in every extractor (`readback`)."""
    breaks, styles, phones = _breaking(styled, chain, rtl_paragraph)
    lines: list[Line] = []
    start = 0
    while start < len(styled.text):
        end = _line_end(styled, styles, breaks, start, size, width)
        if end not in breaks and _cuts_word(styled, styles, end):
            styled = _with_soft_hyphen(styled, end)
            breaks, styles, phones = _breaking(styled, chain, rtl_paragraph)
            continue  # the line now ends at the soft hyphen
        line = _line(styled, styles, start, end, size, rtl_paragraph, frozenset(breaks))
        cut = _phone_cut(styled, phones, end) if end not in breaks else None
        lines.append(replace(line, cut_phone=cut) if cut else line)
        start = end
    return lines


def _phone_cut(styled: StyledText, phones: Sequence[tuple[int, int]], end: int) -> str | None:
    """The phone number (of `phones`, its `phone_numbers`) a line of `styled` ending at
    `end` cuts, where no space parts it; else None."""
    if styled.text[end - 1] == " ":
        return None
    return next((styled.text[start:stop] for start, stop in phones if start < end < stop), None)


# Kept for a paragraph broken again, which needs the same (none of it depends on the size
# or the width): one tried at a narrower measure until its ink fits (`layout.paragraph`),
# wrapped at another width, or set again at another size in another PDF of its locale
# (a worker builds a locale's PDFs one after another, so 512 are enough: 7,001 of the
# 11,805 paragraphs broken for the 95 shipped PDFs in one process were found kept, 7,073
# with 4096 kept).
@lru_cache(maxsize=512)
def _breaking(
    styled: StyledText, chain: FontChain, rtl_paragraph: bool
) -> tuple[tuple[int, ...], _Styles, tuple[tuple[int, int], ...]]:
    """Where the paragraph's lines may end, its characters' styles, and its phone numbers
    (`phone_numbers`), inside which no line may end but one too narrow for the number."""
    phones = tuple(phone_numbers(styled))
    breaks = tuple(
        end
        for end in line_ends(styled.text, styled.language)
        if not any(start < end < stop for start, stop in phones)
    )
    return breaks, _styles(styled, chain, rtl_paragraph, breaks, phones), phones


def _with_soft_hyphen(styled: StyledText, at: int) -> StyledText:
    """The text with a soft hyphen at `at`, styled as the character before it."""
    return StyledText(
        styled.text[:at] + SOFT_HYPHEN + styled.text[at:],
        (*styled.bold[:at], styled.bold[at - 1], *styled.bold[at:]),
        (*styled.links[:at], styled.links[at - 1], *styled.links[at:]),
        styled.language,
    )


def phone_numbers(styled: StyledText) -> list[tuple[int, int]]:
    """The stretches (start, end) of the text of each link that dials a phone, where it
    holds no right-to-left letter: laid out left to right as one unit (`bidi`) and not
    broken across lines (a line too narrow for it still cuts it), for a patient dials
    from the paper."""
    stretches = []
    start = 0
    for link, held in groupby(styled.links):
        end = start + len(list(held))
        if (
            link is not None
            and address_of(link.url).scheme == "tel"
            and not any(map(is_right_to_left_letter, styled.text[start:end]))
        ):
            stretches.append((start, end))
        start = end
    return stretches


def _styles(
    styled: StyledText,
    chain: FontChain,
    rtl_paragraph: bool,
    breaks: tuple[int, ...],
    phones: Sequence[tuple[int, int]],
) -> _Styles:
    """The characters' styles, each stretch's end found from where a face, a weight, a
    level (and for a run, a link, ...) starts, not by comparing a key made for every
    character (which took twice as long, the levels aside)."""
    text = styled.text
    faces: list[Face] = []
    face_starts = set()
    for face, run in chain.runs(text):  # no two runs side by side in one face
        face_starts.add(len(faces))
        faces += [face] * len(run)
    levels = embedding_levels(text, rtl_paragraph, phones)
    measure_starts = face_starts | _stretch_starts(styled.bold) | _stretch_starts(levels)
    run_starts = set(measure_starts)
    if any(styled.links):
        run_starts |= _stretch_starts(styled.links)
        # A run also ends where a line may break with no space: the text after a link up
        # to the next such place is its word (`Line.word_links`), not the rest of a
        # Chinese sentence, which has no space to end it.
        run_starts.update(end for end in breaks if text[end - 1] != " ")
    if rtl_paragraph:
        for space in compress(count(), map(" ".__eq__, text)):
            run_starts.update((space, space + 1))
    return _Styles(
        tuple(faces),
        tuple(levels),
        _stretch_ends(measure_starts, len(text)),
        _stretch_ends(run_starts, len(text)),
        chain.face_for(HYPHEN),
    )


def _stretch_starts(values: Iterable[object]) -> set[int]:
    """Where each stretch of equal values starts."""
    lengths = (len(list(stretch)) for _, stretch in groupby(values))
    return set(accumulate(lengths, initial=0))


def _stretch_ends(starts: set[int], length: int) -> tuple[int, ...]:
    """For each of `length` positions, the end of the stretch it is in: the first of
    `starts` after it, else `length`."""
    ends: list[int] = []
    for end in sorted(starts | {length}):
        ends += [end] * (end - len(ends))
    return tuple(ends)


def _line_end(
    styled: StyledText,
    styles: _Styles,
    breaks: tuple[int, ...],
    start: int,
    size: float,
    width: float,
) -> int:
    """The end of the longest run of whole pieces from `start` that fits in `width`."""
    best = None
    used = 0.0
    piece_start = start
    for end in breaks[bisect_right(breaks, start) :]:
        piece = _width(styled, styles, piece_start, end, size)
        # The spaces ending a piece may hang past the line's edge. A piece is never
        # narrower with its spaces than without, so its width without them is measured
        # only where its width with them does not fit (measured for every piece, it was
        # a fifth of the runs shaped: 18.7 thousand for 22 PDFs, against 15.2).
        shown = used + piece
        ink_end = piece_start + len(styled.text[piece_start:end].rstrip(" "))
        if ink_end < end and shown > width + 0.001:
            shown = used + _width(styled, styles, piece_start, ink_end, size)
        if end < len(styled.text) and styled.text[end - 1] == SOFT_HYPHEN:
            shown += _hyphen(styled, styles, end - 1, size).width
        if shown > width + 0.001:
            break
        best = end
        used += piece
        piece_start = end
    if best is not None:
        return best
    return _cluster_end(
        styled,
        styles,
        start,
        next((end for end in breaks if end > start), len(styled.text)),
        size,
        width,
    )


def _cuts_word(styled: StyledText, styles: _Styles, end: int) -> bool:
    """Whether a line ending at `end`, where no line may end, cuts a word between two
    letters of a script whose cut words end at a soft hyphen (`hyphens.HYPHENS`;
    not a number, whose hyphen would read as a minus or a range, nor an address, a link's
    text written as one or a word holding '/' or '@', where it would read as part of the
    address). A link's other words are cut so too: 'Nierenersatz...terminver' /
    'einbarungen', a link's text cut with no mark, read as two words."""
    if not 0 < end < len(styled.text):
        return False
    word_start = max(styled.text.rfind(" ", 0, end), 0)
    word_end = styled.text.find(" ", end)
    word = styled.text[word_start : None if word_end < 0 else word_end]
    if _ADDRESS_MARKS.intersection(word) or (styled.links[end - 1] and ADDRESS_LIKE.search(word)):
        return False
    return cut_shows_hyphen(styled.text[end - 1], styled.text[end])


def _cluster_end(
    styled: StyledText, styles: _Styles, start: int, limit: int, size: float, width: float
) -> int:
    """A piece wider than the line: as many grapheme clusters as fit (at least one), the
    hyphen included where the cut is inside a word (`_cuts_word`), cut after the last
    mark of an address or space that fits ('/', '.', '@', ... `_CUT_AFTER`) where one
    leaves the line at least half full ('clinic.example.|org', not
    'clinic.example.o|rg'); never just after a hyphen, nor just before closing
    punctuation (`starts_no_line`), where a cluster earlier fits."""
    fits: list[int] = []  # the cuts that fit, in order
    for end in grapheme_ends(styled.text[start:limit]):
        shown = _width(styled, styles, start, start + end, size)
        if _cuts_word(styled, styles, start + end):
            cut = start + end - 1
            shown += _hyphen(styled, styles, cut, size).width
        if fits and shown > width:
            break
        fits.append(start + end)
    if not fits:
        return limit
    text = styled.text
    # Poppler joins a line ending in '-' to the next, the hyphen dropped; a word's "?"
    # alone at the start of the next line reads as a line of its own.
    good = [
        end
        for end in fits
        if text[end - 1] != "-" and not (end < len(text) and starts_no_line(text[end]))
    ] or fits
    best = good[-1]
    marked = [end for end in good if text[end - 1] in _CUT_AFTER and end < limit]
    if marked and marked[-1] - start >= (best - start) / 2:
        return marked[-1]
    return best


# Where a piece wider than the line is best cut: after the marks that part an address,
# and after a space that is no break (a number's before its unit, "38.3 °C", on a line
# narrower than the two: "38.3 " / "°C", not "38.3 °" / "C"; a phone number's).
# Not after a hyphen: Poppler takes it for one a word was broken at, and drops it
# ("kidney-" / "disease" read back "kidneydisease").
_CUT_AFTER = frozenset("/.?&=@#:_ ")


def _width(styled: StyledText, styles: _Styles, start: int, end: int, size: float) -> float:
    """The width of characters start..end, shaped in runs of one face, weight and level."""
    width = 0.0
    run_start = start
    while run_start < end:
        run_end = min(styles.measure_ends[run_start], end)
        face = styles.faces[run_start]
        width += run_width(
            styled.text[run_start:run_end],
            face.bold if styled.bold[run_start] else face.regular,
            size,
            styles.levels[run_start] % 2 == 1,
            styled.language,
            _context(styled.text, run_start, run_end),
        )
        run_start = run_end
    return width


# How many characters either side of a run HarfBuzz reads as its context, at most.
_CONTEXT_LENGTH = 5


def _context(text: str, start: int, end: int) -> Context:
    """The characters of the word around text[start:end], as a run's context (`shaping`):
    up to HarfBuzz's five either side, none past a space: a run between spaces, as most
    are, has none, and is shaped once wherever it stands."""
    before = text[max(start - _CONTEXT_LENGTH, 0) : start]
    after = text[end : end + _CONTEXT_LENGTH]
    return before[before.rfind(" ") + 1 :], after.partition(" ")[0]


@lru_cache(maxsize=64)
def _hyphen_run(mark: str, font_name: str, size: float, language: str) -> ShapedRun:
    return shape_run(mark, font_name, size, False, language)


def _hyphen(styled: StyledText, styles: _Styles, after: int, size: float) -> ShapedRun:
    """The hyphen shown after the character at `after` (a soft hyphen, or the letter a
    word is cut after), in its face and weight: the hyphen of the script of the letter it
    follows (`hyphens.HYPHENS`), where that face has it, else U+002D, from the first face of the
    chain that has it where that face has none (one that had none stopped the PDF, 'has no
    glyph for '-''); in a script that writes none, the soft hyphen, which shows nothing
    (HarfBuzz shapes it in any face)."""
    face = styles.faces[after]
    letter = styled.text[after - 1 if after and styled.text[after] == SOFT_HYPHEN else after]
    mark = HYPHENS.get(script_of(letter), HYPHEN)
    if not face.has(mark):  # a face "has" the soft hyphen (`faces`)
        mark = HYPHEN
        if not face.has(HYPHEN) and styles.hyphen_face is not None:
            face = styles.hyphen_face
    return _hyphen_run(
        mark,
        face.bold if styled.bold[after] else face.regular,
        size,
        styled.language,
    )


def _line(
    styled: StyledText,
    styles: _Styles,
    start: int,
    end: int,
    size: float,
    rtl_paragraph: bool,
    breaks: frozenset[int],
) -> Line:
    """Shape the characters start..end (trailing spaces left out) as one line: runs in
    logical order, placed for display; `breaks`: where the paragraph's lines may end."""
    shown_end = start + len(styled.text[start:end].rstrip(" "))
    pieces: list[tuple[int, int]] = []
    run_start = start
    while run_start < shown_end:
        run_end = min(styles.run_ends[run_start], shown_end)
        pieces.append((run_start, run_end))
        run_start = run_end
    runs = []
    for piece_start, piece_end in pieces:
        face = styles.faces[piece_start]
        runs.append(
            shape_run(
                styled.text[piece_start:piece_end],
                face.bold if styled.bold[piece_start] else face.regular,
                size,
                styles.levels[piece_start] % 2 == 1,
                styled.language,
                _context(styled.text, piece_start, piece_end),
            )
        )
    hyphen = None
    if end < len(styled.text) and styled.text[end - 1] == SOFT_HYPHEN:
        hyphen = _hyphen(styled, styles, end - 1, size)
    # The hyphen follows the run it ends (the last: the soft hyphen ends the line) in that
    # run's direction, not the line's: a Latin fragment ending a right-to-left line had
    # it at the line's right edge, before the word's first letter ('-بـLeber...').
    ended = len(pieces) - 1
    ended_right_to_left = hyphen is not None and styles.levels[pieces[ended][0]] % 2 == 1
    placed: dict[int, float] = {}
    hyphen_x = 0.0
    x = 0.0
    for index in visual_order([styles.levels[piece_start] for piece_start, _ in pieces]):
        if hyphen is not None and index == ended and ended_right_to_left:
            hyphen_x = x
            x += hyphen.width
        placed[index] = x
        x += runs[index].width
        if hyphen is not None and index == ended and not ended_right_to_left:
            hyphen_x = x
            x += hyphen.width
    return Line(
        styled.text[start:shown_end],
        rtl_paragraph,
        tuple((run, placed[index]) for index, run in enumerate(runs)),
        x,
        tuple(styled.links[piece_start] for piece_start, _ in pieces),
        tuple(
            boundary in breaks or " " in styled.text[boundary - 1 : boundary + 1]
            for _, boundary in pieces[:-1]
        ),
        hyphen,
        hyphen_x,
        shown_end < end < len(styled.text),
    )
