"""Page breaks by the rules typesetters use.

- a paragraph splits with at least 2 lines on each side (no widow, no orphan);
  one of 3 lines or fewer moves whole; not after a line ending inside a word where a
  line earlier can be, else, where the page's foot is a fifth of it or less
  (`BREAKS_OVER`), before the paragraph's part (`paragraph.TextParagraph.split`);
- a list splits between items, at least 2 items on each side (`Stack`);
- a heading stays with what follows it, and a line that ends in a colon with its
  list (`Group`): together with the first 2 lines, or the first 2 items;
- where keeping so would leave more than a fifth of a page empty (`BREAKS_OVER`), a
  list breaks with at least 2 lines on each side, between items or inside one
  (`Stack._by_lines`), and the heading or lead-in goes with its first lines;
- a boxed block (key points, the unreviewed line, the clinic) moves whole, or, where
  that would leave more than a fifth of a page empty, goes on in a second box
  (`flowables.Box`), at least 2 lines in each; so do the ruled lines to write notes
  on, at least 2 on each side (`flowables.NotesLines`);
- a bilingual pair's two columns never split: a paragraph's or a list item's pair is
  stacked where moving it whole would leave more than a fifth of a page empty
  (`flowables.SideBySide`), a list item's label on its translation.

A heading, or a box, taller than a whole page is split as its text would be; so is a
box that no page holds together with the heading before it.

Each flowable says how much room it needs to start on a page
(`first_lines_height`). `frame_height` lets a flowable taller than a whole page
break the rules rather than stop the build.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable

EPSILON = 0.01  # points: what two lengths may differ by and count as equal
MIN_LINES = 2  # lines of a paragraph, items of a list, on each side of a page break
# The share of a page a rule that keeps things together may leave empty: more, and a list
# breaks by its lines (`Stack`), a bilingual pair is stacked (`flowables.SideBySide`).
BREAKS_OVER = 0.2


class SplitsBelow(Flowable):  # type: ignore[misc]
    """A flowable whose rule of splitting counts the part of the page that a `Group` keeps
    with it above (`split_below`); split as ReportLab asks, nothing is kept above it."""

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return self.split_below(available_width, available_height, 0.0)

    def split_below(
        self, available_width: float, available_height: float, above: float
    ) -> list[Flowable]:
        raise NotImplementedError


class Stack(SplitsBelow):
    """Flowables one above the other with a gap between them; splits between them."""

    def __init__(
        self,
        items: Sequence[Any],
        gap: float,
        space_before: float = 0.0,
        space_after: float = 0.0,
        frame_height: float = 1e9,
        min_items: int = 1,
        breaks_over: float | None = None,
    ):
        super().__init__()
        self.items, self.gap = list(items), gap
        self.space_before, self.space_after = space_before, space_after
        self.frame_height, self.min_items = frame_height, min_items
        # Kept together, unless that would leave more than this share of a page empty.
        self.breaks_over = breaks_over
        self._heights: list[float] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._heights = [item.wrap(available_width, available_height)[1] for item in self.items]
        self.width = available_width
        self.height = sum(self._heights) + self.gap * max(len(self.items) - 1, 0)
        return self.width, self.height

    def first_baseline(self) -> float:
        return float(self.items[0].first_baseline())

    def first_lines_height(self, width: float) -> float:
        self.wrap(width, self.frame_height)
        count = len(self.items) if len(self.items) < 2 * self.min_items else self.min_items
        return sum(self._heights[:count]) + self.gap * (count - 1)

    def line_count(self) -> int:
        return sum(int(item.line_count()) for item in self.items)

    def split_below(
        self, available_width: float, available_height: float, above: float
    ) -> list[Flowable]:
        """Between items, `min_items` on each side; where that leaves more of the page empty
        than `breaks_over` allows, or no such break fits, by the rule of lines
        (`_by_lines`), if moving on whole, with the `above` points of the page that a
        `Group` keeps with it (a lead-in), would leave too much of it empty."""
        self.wrap(available_width, available_height)
        fit = self._fitting(available_height)
        count = len(self.items)
        fresh = available_height >= self.frame_height - EPSILON
        kept = min(self.min_items, count)  # what the rule keeps together at a page's top
        no_page_holds = sum(self._heights[:kept]) + self.gap * (kept - 1) > self.frame_height
        if no_page_holds and fit < count:
            # No page holds them (an item taller than a page): the item that does not
            # fit is split here, as far as the page has room. Moved on whole, it left a
            # page empty but for a heading, a line before a colon, or one short item.
            inside = self._split_inside(fit, available_width, available_height, above)
            if inside:
                return inside
        ruled = min(fit, count - self.min_items) if count >= 2 * self.min_items else fit
        by_the_rule = (
            ruled > 0
            and (ruled >= self.min_items or fresh)
            and (count >= 2 * self.min_items or fresh)
        )
        if by_the_rule and not self.roomy(available_height - self._used(ruled)):
            return self._between(ruled)
        if self.roomy(available_height + above):
            by_lines = self._by_lines(fit, available_width, available_height, above)
            if by_lines:
                return by_lines
        if by_the_rule:
            return self._between(ruled)
        if fresh:  # split inside the first item (taller than a page)
            parts = self.items[0].split(available_width, available_height)
            if parts:
                return [*parts, self._part(self.items[1:])]
        return []

    def _fitting(self, available_height: float) -> int:
        """How many of the first items fit the height whole."""
        fit = 0
        while fit < len(self.items) and self._used(fit + 1) <= available_height + EPSILON:
            fit += 1
        return fit

    def _used(self, count: int) -> float:
        """The height of the first `count` items with the gaps between them."""
        return sum(self._heights[:count]) + self.gap * max(count - 1, 0)

    def _by_lines(
        self, fit: int, available_width: float, available_height: float, above: float
    ) -> list[Flowable]:
        """The break of a page that `min_items` would leave too empty: between items, at
        least `MIN_LINES` lines on each side (an item of one line is never alone across
        the break); where that still leaves too much empty, inside the item that does not
        fit, as it splits (a paragraph: 2 lines on each side). A lead-in and its 3 items,
        moved whole, left 76% of a Burmese page empty; a long item mid-list, half a page."""
        lines = [int(item.line_count()) for item in self.items]
        between = next(
            (
                count
                for count in range(min(fit, len(self.items) - 1), 0, -1)
                if sum(lines[:count]) >= MIN_LINES and sum(lines[count:]) >= MIN_LINES
            ),
            0,
        )
        if between and not self.roomy(available_height - self._used(between)):
            return self._between(between)
        inside = self._split_inside(fit, available_width, available_height, above)
        if inside:
            return inside
        return self._between(between) if between else []

    def _split_inside(
        self, fit: int, available_width: float, available_height: float, above: float
    ) -> list[Flowable]:
        """The first `fit` items and the part of the next that fits the room they leave,
        then the rest; [] where that item does not split there. The first item moves on
        with the `above` points a `Group` keeps with the list, which its own rule counts.
        An item that comes back whole, set otherwise (a bilingual item's columns stacked:
        `flowables.SideBySide.split_below`), takes its place, and the list is split again
        by its rules: the items after it are whole items, which need 2 on each side."""
        if fit >= len(self.items):
            return []
        room = available_height - self._used(fit) - (self.gap if fit else 0.0)
        parts = split_below(self.items[fit], available_width, room, 0.0 if fit else above)
        if len(parts) == 1:
            items = [*self.items[:fit], parts[0], *self.items[fit + 1 :]]
            again = self._part(items, True)
            if again.wrap(available_width, available_height)[1] <= available_height + EPSILON:
                return [again]
            return again.split_below(available_width, available_height, above)
        if not parts:
            return []
        return [
            self._part([*self.items[:fit], parts[0]], True, 0.0),
            self._part([*parts[1:], *self.items[fit + 1 :]]),
        ]

    def _between(self, fit: int) -> list[Flowable]:
        """The first `fit` items, then the rest. The first part ends between two items:
        their gap is its space after, so that a page that holds the second part too (the
        rule moved items off a page only a gap too short for them) sets them apart as any
        items: without it, two items stood a line apart, and pdftotext read them as one
        block."""
        return [self._part(self.items[:fit], True, self.gap), self._part(self.items[fit:])]

    def roomy(self, available_height: float) -> bool:
        """Whether leaving this much of a page empty is more than it may
        (`breaks_over`)."""
        return (
            self.breaks_over is not None and available_height > self.frame_height * self.breaks_over
        )

    def _part(
        self, items: Sequence[Any], first: bool = False, space_after: float | None = None
    ) -> Stack:
        """A Stack of some of the items, like this one: with its space before if `first`,
        and its space after, or `space_after` (a part the rest of the items follow)."""
        return Stack(
            items,
            self.gap,
            self.space_before if first else 0.0,
            self.space_after if space_after is None else space_after,
            self.frame_height,
            self.min_items,
            self.breaks_over,
        )

    def getSpaceBefore(self) -> float:
        return self.space_before

    def getSpaceAfter(self) -> float:
        return self.space_after

    def draw(self) -> None:
        y = self.height
        for item, height in zip(self.items, self._heights, strict=True):
            y -= height
            item.drawOn(self.canv, 0, y)
            y -= self.gap


class Group(SplitsBelow):
    """A heading (or a lead-in line) kept with the start of what follows it."""

    def __init__(self, first: Any, rest: Any, frame_height: float):
        super().__init__()
        self.first, self.rest, self.frame_height = first, rest, frame_height

    def _gap(self) -> float:
        return max(float(self.first.getSpaceAfter()), float(self.rest.getSpaceBefore()))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, self.first_height = self.first.wrap(available_width, available_height)
        _, rest_height = self.rest.wrap(available_width, available_height)
        self.width = available_width
        self.height = self.first_height + self._gap() + rest_height
        return self.width, self.height

    def first_lines_height(self, width: float) -> float:
        self.wrap(width, self.frame_height)
        return float(self.first_height + self._gap() + self.rest.first_lines_height(width))

    def split_below(
        self, available_width: float, available_height: float, above: float
    ) -> list[Flowable]:
        """Split as `split_below` says (`above`: what an outer group keeps with it)."""
        self.wrap(available_width, available_height)
        room = available_height - self.first_height - self._gap()
        fresh = available_height >= self.frame_height - EPSILON
        needed = self.first_lines_height(available_width)
        # Where no page holds the first lines (an item taller than a page: `Stack.split`),
        # the heading goes with as much as this page has room for; and where moving on
        # whole would leave more than `BREAKS_OVER` of the page empty, with what of the
        # rest its own rules let this page hold (a list's: `Stack._by_lines`).
        if (
            needed <= available_height + EPSILON
            or needed > self.frame_height + EPSILON
            or available_height + above > self.frame_height * BREAKS_OVER
        ):
            parts = split_below(self.rest, available_width, room, above + available_height - room)
            if parts:
                return [self.first, *parts]
        if not fresh:
            return []
        if self.first_height <= available_height + EPSILON:
            # No page holds the heading with the start of what follows. A box a page holds
            # whole gives up its rule, as one taller than a page does: moved on whole, it
            # left a page holding nothing but the heading (the title, on page 1).
            unboxed = getattr(self.rest, "unboxed", None)
            return [self.first, *(unboxed() if unboxed else [self.rest])]
        # A heading taller than a page (a translation pasted into a heading's entry) is
        # split as a paragraph is: whole, it stopped the build.
        return [*self.first.split(available_width, available_height), self.rest]

    def line_count(self) -> int:
        return int(self.first.line_count()) + int(self.rest.line_count())

    def getSpaceBefore(self) -> float:
        return float(self.first.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.rest.getSpaceAfter())

    def draw(self) -> None:
        _, rest_height = self.rest.wrap(self.width, self.height)
        self.first.drawOn(self.canv, 0, rest_height + self._gap())
        self.rest.drawOn(self.canv, 0, 0)


def split_below(flowable: Any, width: float, height: float, above: float) -> list[Flowable]:
    """`flowable` split to fit `height`, under `above` points of the page that a `Group`
    keeps with it there (a heading, a lead-in): moved on whole, they leave the page that
    much emptier, which a rule that gives way where too much is left empty counts
    (`Stack.roomy`). Flowables without such a rule split as ReportLab asks."""
    if isinstance(flowable, SplitsBelow):
        return flowable.split_below(width, height, above)
    return list(flowable.split(width, height))
