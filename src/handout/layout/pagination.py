"""Page breaks by the rules typesetters use.

- a paragraph splits with at least 2 lines on each side (no widow, no orphan);
  one of 3 lines or fewer moves whole (`paragraph.TextParagraph.split`);
- a list splits between items, at least 2 items on each side (`Stack`);
- a heading stays with what follows it, and a line that ends in a colon with its
  list (`Group`): together with the first 2 lines, or the first 2 items;
- a boxed block (key points, the unreviewed line, the clinic) moves whole;
- a bilingual pair's two columns never split: a paragraph's pair is stacked where
  moving it whole would leave more than a fifth of a page empty (`flowables.SideBySide`).

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


class Stack(Flowable):  # type: ignore[misc]
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

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        used, fit = 0.0, 0
        for height in self._heights:
            if used + height > available_height + EPSILON:
                break
            used += height + self.gap
            fit += 1
        count = len(self.items)
        fresh = available_height >= self.frame_height - EPSILON
        if count >= 2 * self.min_items:
            fit = min(fit, count - self.min_items)
        roomy = self.roomy(available_height)
        kept = min(self.min_items, count)  # what the rule keeps together at a page's top
        no_page_holds = sum(self._heights[:kept]) + self.gap * (kept - 1) > self.frame_height
        if no_page_holds and fit < count:
            # No page holds them (an item taller than a page): the item that does not
            # fit is split here, as far as the page has room. Moved on whole, it left a
            # page empty but for a heading, a line before a colon, or one short item.
            parts = self.items[fit].split(available_width, available_height - used)
            if parts:
                return [
                    self._part([*self.items[:fit], parts[0]], True, 0.0),
                    self._part([*parts[1:], *self.items[fit + 1 :]]),
                ]
        if (
            fit > 0
            and (fit >= self.min_items or fresh or roomy)
            and (count >= 2 * self.min_items or fresh or roomy)
        ):
            # The first part ends between two items: their gap is its space after, so that
            # a page that holds the second part too (the rule moved items off a page only
            # a gap too short for them) sets them apart as any items: without it, two
            # items stood a line apart, and pdftotext read them as one block.
            return [self._part(self.items[:fit], True, self.gap), self._part(self.items[fit:])]
        if fresh or roomy:  # split inside the first item (taller than a page, or roomy)
            parts = self.items[0].split(available_width, available_height)
            if parts:
                return [*parts, self._part(self.items[1:])]
        return []

    def roomy(self, available_height: float) -> bool:
        """Whether moving it whole to the next page would leave more of this one empty
        than it may (`breaks_over`)."""
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


class Group(Flowable):  # type: ignore[misc]
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

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        room = available_height - self.first_height - self._gap()
        fresh = available_height >= self.frame_height - EPSILON
        needed = self.first_lines_height(available_width)
        # Where no page holds the first lines (an item taller than a page: `Stack.split`),
        # the heading goes with as much as this page has room for.
        if needed <= available_height + EPSILON or needed > self.frame_height + EPSILON:
            parts = self.rest.split(available_width, room)
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

    def getSpaceBefore(self) -> float:
        return float(self.first.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.rest.getSpaceAfter())

    def draw(self) -> None:
        _, rest_height = self.rest.wrap(self.width, self.height)
        self.first.drawOn(self.canv, 0, rest_height + self._gap())
        self.rest.drawOn(self.canv, 0, 0)
