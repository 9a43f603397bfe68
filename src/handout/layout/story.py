"""The story: a `Document`'s blocks, in their reading order, as tagged flowables.

Sizes, colours and faces come from the variant and the font chain, never from a
catalog. Everything is left aligned (right aligned right to left) and ragged,
with no hyphenation (but a translator's soft hyphen, and a word wider than a
line: `text.paragraph`) and no italics. Each flowable is tied to an element of
the structure tree (H1, H2, P, L > LI > Lbl/LBody, Sect, Figure), marked with
its language when it differs from the document's. In a bilingual document each
block stands beside its English, in two columns when each keeps at least
`MIN_COLUMN_CHARACTERS` a line, else the English under the translation in grey; so does
a block Poppler would not read, in its column, as one block.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.platypus import KeepTogether, PageBreak

from ..document import Block, Document, Passage, Role
from ..faces import FontChain, ensure_registered
from ..inline import plain_text, segments, written_text
from ..locales import SOURCE_LOCALE, writes_in_latin
from ..readback import element_actual_text, starts_page
from ..source import Section
from ..text.paragraph import StyledText
from ..text.scripts import COLONS
from .flowables import Box, Hanging, ListEntry, NotesLines, Picture, SideBySide
from .pagination import BREAKS_OVER, EPSILON, Group, Stack
from .paragraph import TextParagraph
from .tags import Element, Tagged

BOX_RULE = 2.0  # points: the key-points box, the unreviewed line, the clinic
BULLET = "\u2022"
ENGLISH_GREY = Color(0.3, 0.3, 0.3)  # the English of a bilingual pair: 7.5:1 on white
MIN_COLUMN_CHARACTERS = 30
NOTES_LINES = 5


@dataclass
class Typesetter:
    """Builds the flowables of one document and, alongside, its structure tree."""

    document: Document
    chain: FontChain
    frame_width: float
    frame_height: float
    root: Element = field(default_factory=lambda: Element("Document"))
    columns: bool = False  # whether `story` sets the pairs in two columns
    # The pairs `story` set beside each other (for `_columns_wide_enough`, `_read_apart`
    # and `_taller_than_a_page`): the translation's passage, its paragraph, its English's
    # and the two columns; and the translations it sets under their English though the
    # pairs stand in columns.
    _beside: list[tuple[Passage, TextParagraph, TextParagraph, SideBySide]] = field(
        default_factory=list, init=False, repr=False
    )
    _stacked: frozenset[Passage] = field(default=frozenset(), init=False, repr=False)

    @property
    def size(self) -> float:
        return self.document.variant.body_size

    @property
    def gutter(self) -> float:
        """Between two columns: wide enough that Poppler reads them as two (at one body
        size it ran the lines of the two columns together)."""
        return 3 * self.size

    def lang_of(self, passage: Passage) -> str | None:
        """The passage's language when it differs from the document's (for /Lang)."""
        return passage.lang if passage.lang != self.document.lang else None

    def beside(self, passage: Passage) -> bool:
        """Whether the translation `passage` stands beside its English."""
        return self.columns and passage not in self._stacked

    def rtl(self, passage: Passage) -> bool:
        return passage.lang == self.document.lang and self.document.rtl

    def paragraph(
        self,
        passage: Passage,
        size: float | None = None,
        *,
        bold: bool = False,
        centred: bool = False,
        flush_right: bool = False,
        space_before: float = 0.0,
        space_after: float | None = None,
        color: Color = black,
        silent: bool = False,
    ) -> TextParagraph:
        size = size or self.size
        variant = self.document.variant
        return TextParagraph(
            styled_text(passage, bold),
            self.chain,
            size,
            size * variant.leading,
            self.rtl(passage),
            centred=centred,
            flush_right=flush_right,
            space_before=space_before,
            space_after=self.size * variant.space_after if space_after is None else space_after,
            color=color,
            frame_height=self.frame_height,
            silent=silent,
            latin_lang=SOURCE_LOCALE if writes_in_latin(passage.lang) is False else None,
            written_at=(passage.path, passage.line),
        )

    def _tagged(self, passage: Passage, role: str, parent: Element, **style: Any) -> Tagged:
        return _tag(self.paragraph(passage, **style), parent.add(role, self.lang_of(passage)))

    def _pair(
        self,
        passage: Passage,
        english: Passage | None,
        role: str,
        parent: Element,
        english_label: tuple[str, float] | None = None,
        **style: Any,
    ) -> Any:
        """A passage, and its English beside it (bilingual) or under it, in grey; beside
        it, a list item's English hangs from its label (`english_label`: the label and
        the items' indent), and the pair is stacked where it does not fit the room left
        on a page (`SideBySide.split`): a list item's English then under its
        translation, right to left at the right, as in a stacked list."""
        first = self._tagged(passage, role, parent, **style)
        if english is None:
            return first
        english_style = {**style, "color": ENGLISH_GREY}
        english_paragraph = self._tagged(english, "P", parent, **english_style)
        if not self.beside(passage):
            return self._stacked_pair(first, english_paragraph)
        if english_label is None:
            stacked = self._stacked_pair(first, english_paragraph)
            return self._side_by_side(passage, first, english_paragraph, english_paragraph, stacked)
        under = english_paragraph
        if self.document.rtl:  # the same element, its lines at the right as the label is
            flush = self.paragraph(english, **{**english_style, "flush_right": True})
            under = Tagged(flush, english_paragraph.element)
        label, indent = english_label
        shown = self.paragraph(
            Passage(label, SOURCE_LOCALE), space_after=0.0, color=ENGLISH_GREY, silent=True
        )
        hanging = Hanging(shown, indent, english_paragraph, in_gutter=not self.document.rtl)
        stacked = self._stacked_pair(first, under)
        return self._side_by_side(passage, first, hanging, english_paragraph, stacked)

    def _stacked_pair(self, first: Tagged, second: Tagged) -> Stack:
        """A translation and then its English under it, kept together unless that leaves
        more than a fifth of a page empty."""
        return Stack(
            [first, second],
            gap=0.0,
            space_after=second.getSpaceAfter(),
            frame_height=self.frame_height,
            min_items=2,
            breaks_over=BREAKS_OVER,
        )

    def _side_by_side(
        self,
        passage: Passage,
        first: Tagged,
        second: Any,
        english: Tagged,
        stacked: Stack | None = None,
    ) -> SideBySide:
        """`first`, the translation `passage`, beside `second`, its English (`english`,
        or a list item's English hanging from its label); `stacked`, the two stacked,
        where the pair does not fit the room left on a page (`SideBySide.split`)."""
        pair = SideBySide(
            first,
            second,
            self.gutter,
            self.frame_height,
            right_to_left=self.document.rtl,
            stacked=stacked,
        )
        self._beside.append((passage, first.inner, english.inner, pair))
        return pair

    def heading(self, block: Block, parent: Element) -> Any:
        variant = self.document.variant
        passage, english = next(block.pairs())
        size = variant.heading_size(block.level)
        space_before = self.size * 0.6 if block.level > 1 else 0.0
        first = _tag(
            self.paragraph(
                passage, size, bold=True, space_before=space_before, space_after=self.size * 0.4
            ),
            parent.add(f"H{block.level}", self.lang_of(passage)),
            outline=(written_text(passage.markdown), block.level - 1),
        )
        if english is None:
            return first
        second = self._tagged(  # at the heading's size: at the body's, it read as a paragraph
            english,
            "P",
            parent,
            size=size,
            bold=True,
            color=ENGLISH_GREY,
            space_after=self.size * 0.4,
        )
        if self.beside(passage) and block.level > 1:  # the title stands over both columns
            return self._side_by_side(passage, first, second, second)
        return Stack(
            [first, second], 0.0, space_before, self.size * 0.4, self.frame_height, min_items=2
        )

    def listing(self, block: Block, parent: Element) -> Stack:
        size = self.size
        list_element = parent.add("L")
        checkbox = block.section is Section.QUESTIONS
        list_element.numbering = (
            "None" if checkbox else "Disc" if block.numbered_from is None else "Decimal"
        )
        entries = []
        first = 1 if block.numbered_from is None else block.numbered_from  # bullets: unused
        pairs = list(block.pairs())
        labels = [
            None if checkbox else (BULLET if block.numbered_from is None else f"{number}.")
            for number in range(first, first + len(pairs))
        ]
        fonts = [
            self.chain.face_with(label, self.document.locale).regular
            if label
            else self.chain.first.regular
            for label in labels
        ]
        # The items hang 1.5 sizes in, or further where a number is wider ("100."): a
        # fifth of the size at least between it and its item's text.
        indent = max(
            [size * 1.5]
            + [
                ensure_registered(font).stringWidth(label, size) + size * 0.4
                for label, font in zip(labels, fonts, strict=True)
                if label
            ]
        )
        for (passage, english), label, font in zip(pairs, labels, fonts, strict=True):
            item = list_element.add("LI")
            label_element = None if checkbox else item.add("Lbl")
            body_element = item.add("LBody")
            # Right to left, an item's English (one the catalog lacks, or a translation's
            # under it) hangs from the right too, by its label: at the left, it stood a
            # line's width from its bullet or box. In a column of its own, it does not.
            rtl = self.document.rtl
            body = (
                self._pair(
                    passage,
                    english,
                    "P",
                    body_element,
                    None if label is None else (label, indent),
                    space_after=0.0,
                    flush_right=rtl and not self.beside(passage),
                )
                if english is not None
                else _tag(
                    self.paragraph(passage, space_after=0.0, flush_right=rtl),
                    _as_body(body_element, self.lang_of(passage)),
                )
            )
            entries.append(
                ListEntry(
                    label,
                    font,
                    size,
                    indent,
                    body,
                    label_element,
                    rtl=self.document.rtl,
                    checkbox=checkbox,
                )
            )
        variant = self.document.variant
        return Stack(
            entries,
            gap=size * variant.space_after * 0.4,
            space_before=size * variant.space_after * 0.5,
            space_after=size * variant.space_after * 1.5,
            frame_height=self.frame_height,
            min_items=2,
            breaks_over=BREAKS_OVER,
        )

    def boxed(self, content: list[Any]) -> Box:
        """A box moves whole, or goes on in a second box where that leaves too much of a
        page empty, and one taller than a page gives its content up to the page as loose
        flowables (`Box.split_below`): its headings are kept with what follows them there
        too. Ungrouped, the key points' heading went alone to the foot of page 1, and
        the list to page 2."""
        return Box(
            self._grouped(content),
            padding=self.size * 0.7,
            rule=BOX_RULE,
            frame_height=self.frame_height,
            space_after=self.size,
        )

    def clinic(self, block: Block, parent: Element) -> Box:
        """The clinic's box: its logo and lines stand at the side the document's language
        starts from, its lines in English too (right to left, they stood at the left, and
        the box read from left to right)."""
        section = parent.add("Sect")
        content: list[Any] = []
        rtl = self.document.rtl
        if block.figure is not None:
            alt = block.figure.alt
            element = section.add("Figure", self.lang_of(alt), plain_text(alt.markdown))
            content.append(Picture(block.figure.path, self.size * 3, element, flush_right=rtl))
        for index, passage in enumerate(block.passages):
            content.append(
                self._tagged(
                    passage,
                    "P",
                    section,
                    bold=index == 0,
                    space_after=self.size * 0.2,
                    flush_right=rtl,
                )
            )
        return self.boxed(content)

    def block(self, block: Block, parent: Element) -> Any:
        """One block's flowable (its `keep` says whether it stays with the next)."""
        if block.role in (Role.TITLE, Role.HEADING):
            return _keep(self.heading(block, parent))
        if block.role is Role.LIST:
            return self.listing(block, parent)
        passage, english = next(block.pairs())
        flowable = self._pair(passage, english, "P", parent)
        ends_in_colon = plain_text(passage.markdown).rstrip().endswith(tuple(COLONS))
        return _keep(flowable) if block.role is Role.LABEL or ends_in_colon else flowable

    def story(self) -> list[Any]:
        """All flowables in reading order, headings and lead-ins kept with what follows;
        and `root`, their structure tree. A bilingual document's pairs are set in two
        columns, and the story is wrapped to the frame's width, as the page will wrap it
        (each paragraph is broken into lines once: wrapped again at its width, it keeps
        them). Where the columns are too narrow (`_columns_wide_enough`), it is set again
        with every pair stacked; where `_read_apart` finds translations, with these under
        their English, or every pair so where one is a paragraph; and so with a pair
        taller than a page (`_taller_than_a_page`). In a face that sets
        every paragraph's lines that far apart (its ink: Tibetan; a clinic's
        `line_height`), the pairs of one line left in columns were still read out of
        order; a heading or a list item whose marks alone set its lines apart stands under
        its English alone."""
        if self.document.variant.bilingual:
            self.columns = True
            body, originals = self._flowables()
            for item in [*body, *originals]:
                item.wrap(self.frame_width, self.frame_height)
            paragraphs = {
                passage
                for block in self.document.blocks
                if block.role is Role.PARAGRAPH
                for passage, _ in block.pairs()
            }
            wide = self._columns_wide_enough(paragraphs)
            apart, tall = self._read_apart(), self._taller_than_a_page()
            if wide and not apart and not tall:
                return body + self._kept_whole(originals)
            self.root, self._beside = Element("Document"), []
            if wide and not apart & paragraphs:
                self._stacked = apart | tall
            else:  # too narrow, or the face sets lines apart: no pair stands in columns
                self.columns = False
        body, originals = self._flowables()
        return body + self._kept_whole(originals)

    def _flowables(self) -> tuple[list[Any], list[Any]]:
        """The story's flowables, grouped (`_grouped`): those of the text, and the English
        notices, which go last."""
        items: list[Any] = []
        originals: list[Any] = []
        box: list[Any] = []
        sections: dict[Section, Element] = {}
        for block in self.document.blocks:
            if block.section is Section.KEY_POINTS:
                box.append(self.block(block, self._section(sections, block.section)))
                continue
            if box:
                items.append(self.boxed(box))
                box = []
            if (
                block.section is Section.ORIGINALS
                and block.section not in sections
                and starts_page(self.document.rtl, False)
                and not self.document.variant.bilingual
            ):
                items.append(PageBreak())  # English originals after right-to-left text
            if block.section in (Section.NOTICES, Section.SOURCE, Section.ORIGINALS):
                parent = self._section(sections, block.section)
            else:
                parent = self.root
            if block.role is Role.DRAFT_NOTICE:
                items.append(self.boxed([self.block(block, parent)]))
            elif block.role is Role.CLINIC:
                items.append(self.clinic(block, parent))
            elif block.role is Role.NOTES:
                items.append(_keep(self.heading(block, parent)))
                items.append(NotesLines(NOTES_LINES, self.size * 2.2, self.frame_height))
            elif block.section is Section.ORIGINALS:  # the translation's end matter: last
                originals.append(self.block(block, parent))
            else:
                items.append(self.block(block, parent))
        if box:
            items.append(self.boxed(box))
        return self._grouped(items), self._grouped(originals)

    def _kept_whole(self, items: list[Any]) -> list[Any]:
        """The English notices, last, kept on one page where a page holds them: split,
        their last lines stood alone on a last page. ReportLab's KeepTogether moves them
        whole to the next page, and splits them as any text where no page holds them."""
        return [KeepTogether(items)] if items else []

    def _section(self, sections: dict[Section, Element], section: Section) -> Element:
        """The Sect element of a section, made when the section starts."""
        if section not in sections:
            sections[section] = self.root.add("Sect")
        return sections[section]

    def _grouped(self, items: list[Any]) -> list[Any]:
        grouped: list[Any] = []
        for item in reversed(items):
            if getattr(item, "keep", False) and grouped and not isinstance(grouped[0], PageBreak):
                grouped[0] = Group(item, grouped[0], self.frame_height)
            else:
                grouped.insert(0, item)
        return grouped

    def running_header(self) -> TextParagraph:
        """The title, at the top of every page after the first."""
        variant = self.document.variant
        return self.paragraph(
            self.document.title, variant.footer_size, centred=True, space_after=0.0, silent=True
        )

    def page_number(self, page: int, pages: int) -> TextParagraph:
        """The footer's first line: the page number."""
        template = self.document.page_number
        text = template.markdown.replace("{page}", str(page)).replace("{pages}", str(pages))
        return self._footer_line(Passage(text, template.lang))

    def footer(self) -> list[TextParagraph]:
        """The footer's lines under the page number: the document ID and dates, the same on
        every page."""
        return [self._footer_line(line) for line in self.document.footer]

    def _footer_line(self, passage: Passage) -> TextParagraph:
        size = self.document.variant.footer_size
        return self.paragraph(passage, size, centred=True, space_after=0.0, silent=True)

    def _columns_wide_enough(self, paragraphs: set[Passage]) -> bool:
        """Whether the columns keep `MIN_COLUMN_CHARACTERS` a line in both languages: a
        line's characters are averaged, in each language, over the full lines of every
        paragraph (of `paragraphs`) set beside its English, once wrapped. What stands once
        across the page is not measured: a passage the catalog leaves untranslated, and
        the document line ("Document DERM-001 · Revised ..."), which, measured as a
        column, broke after 27 characters in a new catalog's English and refused columns
        to every translated block (and, translated, to the Somali, Hmong and Tagalog
        PDFs). Averaged over the first three paragraphs alone, one short paragraph decided
        it."""
        characters = [0, 0]  # the translation's, the English's
        lines = [0, 0]
        for passage, translation, english, _ in self._beside:
            if passage not in paragraphs:
                continue
            for side, paragraph in enumerate((translation, english)):
                assert paragraph.lines is not None
                full = paragraph.lines[:-1]
                characters[side] += sum(len(line.text) for line in full)
                lines[side] += len(full)
        return all(
            count >= MIN_COLUMN_CHARACTERS * full
            for count, full in zip(characters, lines, strict=True)
        )

    def _read_apart(self) -> frozenset[Passage]:
        """The translations set in a column, once wrapped, whose lines stand too far apart
        for Poppler to read them as one block: it makes each line a block of its own, and
        read the English beside a block's first line before the block's next line
        (Tibetan's ink sets every paragraph's lines 1.65 sizes apart and more; a Pashto
        heading's two lines, bold, 1.501)."""
        return frozenset(
            passage for passage, paragraph, _, _ in self._beside if not paragraph.read_as_one_block
        )

    def _taller_than_a_page(self) -> frozenset[Passage]:
        """The translations whose pair, in columns once wrapped, is taller than a page.
        Two columns do not split (`SideBySide`): stacked, the translation across the page
        and then its English, each splits as a paragraph does. In columns, a paragraph's
        translation of 2,280 characters was read in two halves around its English, and a
        list item's of 2,820 stopped the build ("taller than a page")."""
        return frozenset(
            passage
            for passage, _, _, pair in self._beside
            if pair.height > self.frame_height + EPSILON
        )


def _tag(
    paragraph: TextParagraph, element: Element, outline: tuple[str, int] | None = None
) -> Tagged:
    """The paragraph drawn as marked content of `element`, which holds its text for a
    reader of the tags where the drawing cannot (`readback.element_actual_text`)."""
    element.actual_text = element_actual_text(paragraph.styled.text)
    return Tagged(paragraph, element, outline)


def _keep(flowable: Any) -> Any:
    flowable.keep = True
    return flowable


def _as_body(element: Element, lang: str | None) -> Element:
    element.lang = lang
    return element


def styled_text(passage: Passage, bold: bool) -> StyledText:
    """The characters a passage shows, each with its weight and link."""
    text, weights, links = "", [], []
    for segment in segments(passage.markdown):
        text += segment.text
        weights += [bold or segment.bold] * len(segment.text)
        links += [segment.link] * len(segment.text)
    return StyledText(text, tuple(weights), tuple(links), passage.lang.split("-")[0].lower())
