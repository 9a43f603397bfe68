"""Typeset as a professional would, measured from the PDFs: no widow or orphan, headings and
lead-ins kept with what follows, no page wasted, a blank line above the footer, list
spacing, line length, one face per script."""

from __future__ import annotations

import io
import itertools
import math
import re
import shutil
import statistics
import subprocess
from functools import cache
from itertools import pairwise
from pathlib import Path

import polib
import pymupdf
import pytest
from conftest import (
    _CONFIG,
    BILINGUAL,
    HANDOUT,
    MATRIX,
    REPO,
    RIGHT_TO_LEFT,
    copy_project,
    normalise,
    pdf_file,
    pdf_text,
    reading_of,
    run_handout,
    set_translation,
    translations,
)
from layout_probe import Layout, layout
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject
from readings import (
    RAW_READERS,
    drawn_lines,
    pdfium_raw_text,
    poppler_raw_text,
    pypdf_raw_text,
    read_pypdf,
)

from handout.fonts import FontTable, read_font_table
from handout.text.scripts import COLONS

VARIANT = _CONFIG["variants"]
BLOCK_ROLES = {"/P", "/LBody", "/H1", "/H2", "/H3"}
ORIGINALS_LABEL = "Original English text of the notices"


def _frame(variant: str) -> tuple[float, float]:
    """The bottom and top of the body text's frame on a later page (PDF points)."""
    row = VARIANT[variant]
    footer = 2 * row["footer_size"] * row["leading"]
    gap = row["body_size"] * row["leading"]
    bottom = row["margin"] + footer + gap
    top = 792 - row["margin"] - row["footer_size"] * row["leading"] - gap
    return bottom, top


def _lines_per_page(probe: Layout, element: int) -> list[int]:
    counts = [sum(1 for line in page.lines if line.element == element) for page in probe.pages]
    return [count for count in counts if count]


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_no_widow_and_no_orphan(pdf_path, locale: str, variant: str):
    """A paragraph split across pages leaves at least 2 lines on each side."""
    probe = reading_of(pdf_path(locale, variant)).layout
    elements = {
        line.element for page in probe.pages for line in page.lines if line.role in BLOCK_ROLES
    }
    for element in elements:
        counts = _lines_per_page(probe, element)
        if len(counts) > 1:
            assert min(counts) >= 2, (probe.roles[element], counts)


def _text(page, element: int) -> str:
    """The element's text on the page (a piece the layout probe finds no glyph in, such
    as marks hanging below a Burmese line, reads as '' and adds nothing)."""
    return " ".join(line.text for line in page.lines if line.element == element and line.text)


def _is_notes_label(built: Path, locale: str, text: str) -> bool:
    """Whether `text` is the "Notes" heading (compared letter by letter: the layout probe
    reads a Persian joiner (ZWNJ) where its glyph lies, at its word's edge, as a gap)."""
    label = translations(built, locale).get(("Notes", "interface"), "Notes")
    return _letters(text) == _letters(label)


def _letters(text: str) -> str:
    return "".join(character for character in text if character.isalnum())


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_no_heading_or_lead_in_ends_a_page(built: Path, pdf_path, locale: str, variant: str):
    """(The "Notes" heading is followed by ruled lines to write on, page furniture.)"""
    probe = reading_of(pdf_path(locale, variant)).layout
    for page in probe.pages[:-1]:
        last = probe.elements_on(page)[-1]
        text = _text(page, last)
        if probe.roles[last].startswith("/H") and not _is_notes_label(built, locale, text):
            raise AssertionError((page.number, probe.roles[last], text))
        assert not text.rstrip().endswith(tuple(COLONS)), (page.number, text)


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_no_page_but_the_last_is_more_than_a_quarter_empty(
    built: Path, pdf_path, locale: str, variant: str
):
    """Unless the rules forced it: the next page starts with a heading (kept with its
    text; not "Notes", whose ruled lines split where moving them would leave more than a
    fifth of a page empty: moved whole, they left 31-39% of a page empty in 9
    plain-language PDFs), a lead-in kept with its list, or the English originals of the
    notices (which move whole to a page that holds them, and start a page in a
    right-to-left PDF: Poppler reads a page in its majority direction). Not in a
    bilingual PDF, whose pages hold both languages: a page there was left half empty for
    nothing. Nor a bilingual pair set side by side that the room left could not hold:
    kept whole, it left a quarter of French page 4 empty; it is now stacked there.)"""
    probe = reading_of(pdf_path(locale, variant)).layout
    bottom, top = _frame(variant)
    for page in probe.pages[:-1]:
        lowest = min(line.bottom for line in page.lines)
        empty = (lowest - bottom) / (top - bottom)
        if empty <= 0.25:
            continue
        following = probe.pages[page.number + 1]
        highest = max(line.top for line in following.lines)
        # A bilingual pair's two first lines: an Arabic heading sits 7 pt below its English.
        first = {line.element for line in following.lines if line.top > highest - 10}
        forced = (
            (locale in RIGHT_TO_LEFT and variant not in BILINGUAL)
            or any(
                (
                    probe.roles[element].startswith("/H")
                    and not _is_notes_label(built, locale, _text(following, element))
                )
                or _text(following, element).endswith(tuple(COLONS))
                for element in first
            )
            or _starts_the_english_notices(probe, first)
        )
        assert forced, (page.number, round(empty, 2), [probe.roles[e] for e in first])


def _originals_section(probe: Layout) -> int | None:
    """The Sect of the English originals of the notices: the parent of their label."""
    return next(
        (
            probe.parents[line.element]
            for page in probe.pages
            for line in page.lines
            if ORIGINALS_LABEL in line.text
        ),
        None,
    )


def _starts_the_english_notices(probe: Layout, first: set[int]) -> bool:
    """Whether the page starts with the English originals of the notices, which stay on
    one page (`test_the_english_notices_stand_on_one_page`)."""
    section = _originals_section(probe)
    return section is not None and any(probe.parents.get(e) == section for e in first)


@pytest.mark.parametrize(("locale", "variant"), [m for m in MATRIX if m[0] != "en"])
def test_the_english_notices_stand_on_one_page(pdf_path, locale: str, variant: str):
    """The English originals of the notices, last, are not split where a page holds them:
    split, their last lines stood alone on the last page (2 lines in Japanese and Khmer
    large print)."""
    probe = reading_of(pdf_path(locale, variant)).layout
    section = _originals_section(probe)
    assert section is not None
    pages = {
        page.number
        for page in probe.pages
        for line in page.lines
        if probe.parents.get(line.element) == section
    }
    assert len(pages) == 1, sorted(pages)


def test_russian_large_print_takes_at_most_five_pages(pdf_path):
    assert reading_of(pdf_path("ru", "large-print")).pypdf.pages <= 5


@cache
def _repository_font_table() -> FontTable:
    """The repository's font table (fonts/, which no test changes), read once: each of 93
    tests read it again (5 ms)."""
    return read_font_table(REPO / "fonts")


@pytest.mark.parametrize(("locale", "variant"), [m for m in MATRIX if m[0] != "en"])
def test_a_translation_takes_no_more_pages_than_its_length_needs(
    pdf_path, locale: str, variant: str
):
    english_variant = variant.replace("bilingual-", "")
    english_pages = reading_of(pdf_path("en", english_variant)).pypdf.pages
    pages = reading_of(pdf_path(locale, variant)).pypdf.pages
    ratio = len(pdf_text(pdf_path(locale, variant))) / len(
        pdf_text(pdf_path("en", english_variant))
    )
    # Scripts whose characters are wider than Latin letters take more room per character;
    # a face that needs more line spacing than the variant's (fonts.toml's line_height:
    # Burmese 2.2 against 1.4) takes more room per line.
    wide = {"zh_Hans": 2.0, "zh_Hant": 2.0, "ja": 2.0, "ko": 1.6}.get(locale, 1.0)
    table = _repository_font_table()
    spacing = max(table.faces[name].line_height for name in table.chain_names(locale))
    tall = max(1.0, spacing / VARIANT[variant]["leading"])
    allowance = 1 if locale in RIGHT_TO_LEFT else 0  # the originals start a page
    assert pages <= math.ceil(english_pages * ratio * wide * tall) + allowance + 1


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_body_text_keeps_a_line_of_space_above_the_footer(pdf_path, locale: str, variant: str):
    row = VARIANT[variant]
    footer_top = row["margin"] + 2 * row["footer_size"] * row["leading"]
    probe = reading_of(pdf_path(locale, variant)).layout
    for page in probe.pages:
        lowest = min(line.bottom for line in page.lines)
        assert lowest - footer_top >= row["body_size"] * 0.9, (page.number, lowest)


def test_list_items_are_closer_than_paragraphs(pdf_path):
    """Between two items of a list there is less space than between two paragraphs, and a
    paragraph after a list is spaced as a paragraph (the plain-language edition has
    lists; the large-print one, set from the source's prose, has none)."""
    probe = reading_of(pdf_path("en", "plain-language")).layout
    item_gaps, paragraph_gaps, after_list = [], [], []
    for page in probe.pages:
        lines = sorted(
            (line for line in page.lines if probe.roles[line.element] != "/Lbl"),
            key=lambda line: -line.top,
        )  # a bullet's ink sits lower than its item's first line
        for upper, lower in pairwise(lines):
            if upper.element == lower.element:
                continue
            gap = upper.bottom - lower.top
            roles = (probe.roles[upper.element], probe.roles[lower.element])
            if roles == ("/LBody", "/LBody"):
                item_gaps.append(gap)
            elif roles == ("/P", "/P"):
                paragraph_gaps.append(gap)
            elif roles == ("/LBody", "/P"):
                after_list.append(gap)
    assert item_gaps and paragraph_gaps and after_list
    assert max(item_gaps) < min(paragraph_gaps)
    assert min(after_list) >= min(paragraph_gaps) - 1


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_lines_average_at_most_75_characters(pdf_path, locale: str, variant: str):
    probe = reading_of(pdf_path(locale, variant)).layout
    lengths = [len(line.text) for page in probe.pages for line in page.lines if line.text]
    assert statistics.mean(lengths) <= 75


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_one_face_per_script(pdf_path, locale: str, variant: str):
    """Headings, body, header and footer of one script share one family (fallback fills
    only characters that family lacks)."""
    for script, used in reading_of(pdf_path(locale, variant)).families.items():
        assert len(used) == 1, (script, used)


def test_unreviewed_line_is_set_apart_in_reading_order(pdf_path):
    """The unreviewed-translation line stands in a box, in the document's language and in
    English, right after the title."""
    probe = reading_of(pdf_path("es", "large-print")).layout
    first = probe.pages[0]
    elements = probe.elements_on(first)
    assert probe.roles[elements[0]] == "/H1"
    assert [probe.roles[element] for element in elements[1:3]] == ["/P", "/P"]


@pytest.mark.parametrize(("locale", "variant"), [("en", "large-print"), ("ar", "plain-language")])
def test_the_build_check_finds_a_glyph_outside_the_text_area(pdf_path, locale: str, variant: str):
    """The ink check (`verify.ink_outside`) finds nothing inside the margins, and names a
    glyph and how far out it lies when the area is narrower than the text."""
    from handout.project import load_project
    from handout.verify import ink_outside

    project = load_project(Path(__file__).resolve().parent.parent)
    left, bottom, right, top = project.variant(variant).text_area
    data = pdf_path(locale, variant).read_bytes()
    assert list(ink_outside(data, (left, bottom, right, top))) == []
    found = list(ink_outside(data, (left + 40, bottom, right - 40, top)))
    assert found and found[0].startswith("page 1: the glyph ")
    assert all(" pt outside the text area" in sentence for sentence in found)
    distances = [float(sentence.split(" lies ")[1].split(" pt")[0]) for sentence in found]
    assert all(0 < distance <= 40 + 1 for distance in distances)


@pytest.mark.parametrize(
    ("locale", "variant"),
    [
        ("en", "plain-language"),
        *(
            (locale, variant)
            for locale in ("my", "lo", "ja", "ar", "hi")
            for variant in ("plain-language", "bilingual-plain-language")
        ),
    ],
)
def test_a_list_label_sits_on_its_items_first_baseline(pdf_path, locale: str, variant: str):
    """A bullet was set a font size below the item's top, not on its first line: 5.2 pt
    off in Burmese, 2.9 in Lao, 0.7 in Latin, and pdftotext read two bullets, then two
    items."""
    checked = 0
    with pymupdf.open(pdf_path(locale, variant)) as document:
        for page in document:
            chars = [
                (char["c"], char["origin"])
                for block in page.get_text("rawdict")["blocks"]
                for line in block.get("lines", [])
                for span in line["spans"]
                for char in span["chars"]
                if char["c"].strip()
            ]
            for character, (x, y) in chars:
                if character != "\u2022":
                    continue
                nearest = min(
                    abs(other_y - y)
                    for other, (other_x, other_y) in chars
                    if other != "\u2022" and abs(other_x - x) < 200
                )
                assert nearest < 0.1, (page.number, x, y, nearest)
                checked += 1
    assert checked


def test_a_list_number_of_three_digits_stays_clear_of_its_item(tmp_path: Path):
    """Items were indented 1.5 sizes whatever their numbers: "100." ran 7 pt into its
    item's first word, and pdftotext read "98." and "Step" as one word. Measured with
    MuPDF: every number ends at least a fifth of the size before its item's text."""
    project = copy_project(tmp_path / "project", [])
    source = project / "handouts" / "calciphylaxis.md"
    steps = "".join(f"{number}. Step {number} of the plan.\n" for number in range(98, 103))
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("## Causes\n", f"## Steps\n\n{steps}\n## Causes\n", 1))
    result = run_handout(
        project, "build", "--no-check", "--locale", "en", "--variant", "large-print"
    )
    assert result.code == 0, result.err
    checked = 0
    with pymupdf.open(pdf_file(project, "en", "large-print")) as document:
        for page in document:
            chars = [
                char
                for block in page.get_text("rawdict")["blocks"]
                for line in block.get("lines", [])
                for span in line["spans"]
                for char in span["chars"]
            ]
            for index, char in enumerate(chars):
                if char["c"] != "." or not chars[index - 1]["c"].isdigit():
                    continue
                step = next(  # the item's first letter, on the number's baseline
                    (
                        other
                        for other in chars
                        if other["c"] == "S" and abs(other["origin"][1] - char["origin"][1]) < 0.1
                    ),
                    None,
                )
                if step is not None:
                    assert step["bbox"][0] - char["bbox"][2] > 0.2 * 18, (char, step)
                    checked += 1
    assert checked == 5, checked


def test_an_address_wider_than_a_line_is_cut_after_its_marks(tmp_path: Path):
    """A piece with no break wider than the line was cut where the line was full
    ('clinic.example.o' / 'rg', 'kidney-' / 'disease'); it is cut after a '/' or '.' that
    fits. Read with
    pdftotext, a line at a time: every character back, each line ending at a '/' or '.'
    (not a hyphen, which Poppler drops as one a word was broken at)."""
    address = "clinic.example.org/patient-education/calciphylaxis-and-kidney-disease-families"
    project = copy_project(tmp_path / "project", [])
    source = project / "handouts" / "calciphylaxis.md"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("## Causes\n", f"## Causes\n\nRead {address} today.\n\n", 1))
    result = run_handout(project, "build", "--locale", "en", "--variant", "large-print")
    assert result.code == 0, result.err
    pdf = pdf_file(project, "en", "large-print")
    read = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    text = "\n".join(line.strip() for line in read.stdout.splitlines())
    found = re.search("\n?".join(map(re.escape, address)), text)  # every character kept
    assert found is not None and "\n" in found[0], text
    ends = [part[-1] for part in found[0].split("\n")[:-1]]
    assert all(end in "/." for end in ends), found[0]


def test_a_word_ending_in_a_combining_mark_is_followed_by_a_plain_space(tmp_path: Path):
    """Navajo and Yoruba words end in a letter with a combining mark ("jį́", "Ọ̀rọ̀"), whose
    origin HarfBuzz sets past the letter's end (its ink reaching back over the letter).
    The next word was moved right past that origin (for PDFium, which orders a line's
    glyphs by origin): a gap half a space wider than the others. Measured on the page
    (MuPDF's glyph boxes, not the /ActualText): every space between words as wide."""
    project = copy_project(tmp_path / "project", ["es"])
    text = "ákwííjį́ azeeʼ nihichʼį́ʼ dóó Ọ̀rọ̀ ọmọ dá."
    set_translation(project, "es", None, "full text", text)
    result = run_handout(
        project, "build", "--no-check", "--locale", "es", "--variant", "large-print"
    )
    assert result.code == 0, result.err
    pdf = pdf_file(project, "es", "large-print")
    assert normalise(text) in normalise(pdf_text(pdf))
    with pymupdf.open(pdf) as document:
        lines = drawn_lines(document[0])
    (chars,) = [chars for chars in lines if "azee" in "".join(char["c"] for char in chars)]
    # Letters with an advance (a combining mark has none), left to right; a word gap is
    # where one ends a point or more before the next starts.
    letters = [char for char in chars if char["c"] != " " and char["bbox"][2] > char["bbox"][0]]
    gaps = [
        after["origin"][0] - before["bbox"][2]
        for before, after in pairwise(letters)
        if after["origin"][0] - before["bbox"][2] > 1
    ]
    assert len(gaps) == 6 and max(gaps) - min(gaps) < 0.1, gaps


@pytest.mark.parametrize(("locale", "variant"), MATRIX)
def test_no_ruled_box_strokes_past_the_margins(pdf_path, locale: str, variant: str):
    """A stroked rectangle's ink reaches half its line width beyond its path: the boxes to
    tick in "Questions to ask" were drawn at the margin, so 0.5 pt of every box lay
    outside the text frame (the glyph check does not see strokes). Read with MuPDF."""
    margin = _CONFIG["variants"][variant]["margin"]
    with pymupdf.open(pdf_path(locale, variant)) as document:
        for page in document:
            for drawing in page.get_cdrawings():  # raw: a third of get_drawings' time
                if drawing.get("color") is None or not any(
                    item[0] == "re" for item in drawing["items"]
                ):
                    continue
                half = (drawing.get("width") or 0.0) / 2
                left, _, right, _ = drawing["rect"]
                assert left - half >= margin - 0.01, (page.number, drawing["rect"])
                assert right + half <= page.rect.width - margin + 0.01, (
                    page.number,
                    drawing["rect"],
                )


def test_a_list_item_taller_than_a_page_leaves_no_page_empty_but_for_a_heading(
    tmp_path: Path,
):
    """A heading is kept with its list's first 2 items, a lead-in line with its list: an
    item taller than a page (a long translation) made both impossible, and the heading,
    the lead-in or a short first item stood alone on a page, the rest of it empty. Where
    no page can hold what the rule keeps together, the long item is split where it is."""
    long_item = " ".join(["Rest your legs and call the clinic if the pain gets worse."] * 40)
    project = copy_project(tmp_path / "project", [])
    source = project / "handouts" / "calciphylaxis.md"
    text = source.read_text(encoding="utf-8")
    steps = (
        f"## Steps\n\n1. Rest.\n2. {long_item}\n3. Call.\n\n"
        f"Before you come, do these things:\n\n- {long_item}\n- Eat.\n- Sleep.\n\n## Causes\n"
    )
    source.write_text(text.replace("## Causes\n", steps, 1), encoding="utf-8")
    result = run_handout(
        project, "build", "--no-check", "--locale", "en", "--variant", "large-print"
    )
    assert result.code == 0, result.err
    probe = layout(pdf_file(project, "en", "large-print"))
    bottom, top = _frame("large-print")
    for page in probe.pages[:-1]:
        last = probe.elements_on(page)[-1]
        assert not probe.roles[last].startswith("/H"), (page.number, _text(page, last))
        assert not _text(page, last).rstrip().endswith(":"), (page.number, _text(page, last))
        lowest = min(line.bottom for line in page.lines)
        assert (lowest - bottom) / (top - bottom) < 0.25, page.number


def _built_under_clinic_hours(project: Path, repeats: int) -> Layout:
    """The English plain-language PDF of `project` under a clinic's box whose hours say
    "Monday to Friday, 8 am to 5 pm." `repeats` times (a line each, about, in the box)."""
    hours = " ".join(["Monday to Friday, 8 am to 5 pm."] * repeats)
    with open(project / "handout.toml", "a", encoding="utf-8") as toml:
        toml.write(f'\n[clinic]\nname = "Example Clinic"\nhours = "{hours}"\n')
    result = run_handout(
        project, "build", "--no-check", "--locale", "en", "--variant", "plain-language"
    )
    assert result.code == 0, result.err
    return layout(pdf_file(project, "en", "plain-language"))


def test_the_key_points_heading_goes_with_a_box_taller_than_a_page(tmp_path: Path):
    """The key points' box, taller than a page, gives up its box and splits as its text
    would; its heading stood alone at the foot of page 1 and every key point started on
    page 2 (an outside probe: 18 key points under a long clinic box, or 14 in Arabic).
    Here 20 key points of 2 and 3 lines, pushed down page 1 by 17 lines of the clinic's
    hours until page 1 has room for the heading but not for it and two key points:
    the heading goes to page 2 with them. Measured with PDFium."""
    project = copy_project(tmp_path / "project", [])
    source = project / "handouts" / "calciphylaxis.md"
    text = source.read_text(encoding="utf-8")
    start = text.index("## Key points\n\n") + len("## Key points\n\n")
    end = text.index("\n## ", start)
    one, two, three, four = (line[2:] for line in text[start:end].split("\n") if line)
    points = f"- {one} {two}\n- {three} {four}\n" * 10
    source.write_text(text[:start] + points + text[end:], encoding="utf-8")
    probe = _built_under_clinic_hours(project, 34)
    ((page, heading),) = [
        (page, line)
        for page in probe.pages
        for line in page.lines
        if line.role == "/H2" and line.text == "Key points"
    ]
    section = probe.parents[heading.element]  # the key points' Sect holds their list

    def in_section(element: int) -> bool:
        while element in probe.parents and element != section:
            element = probe.parents[element]
        return element == section

    key_points = [  # the lines of the key points' items, in reading order
        (other.number, line)
        for other in probe.pages
        for line in sorted(other.lines, key=lambda line: -line.top)
        if line.role == "/LBody" and in_section(line.element)
    ]
    items = list(dict.fromkeys(line.element for _, line in key_points))
    assert len(items) == 20
    first_two = [(number, line) for number, line in key_points if line.element in items[:2]]
    pages = {number for number, _ in first_two}
    assert pages == {page.number}, ("heading on", page.number, "first two key points on", pages)
    assert probe.elements_on(page)[-1] != heading.element
    # The case the probe found: page 1 had room for the heading alone, not for it with
    # its first two key points, which the heading now takes to page 2.
    assert page.number == 1
    room = min(line.bottom for line in probe.pages[0].lines) - _frame("plain-language")[0]
    needed = heading.top - min(line.bottom for _, line in first_two)
    assert heading.top - heading.bottom < room < needed, (room, needed)


def test_a_title_no_page_holds_with_the_box_after_it_is_not_alone_on_page_1(tmp_path: Path):
    """A two-line title and a clinic's box a page holds, but not with the title: the box
    moved to page 2 whole, and page 1 held the title alone (found by a helper). It gives
    up its rule, as a box taller than a page does, and its lines follow the title."""
    project = copy_project(tmp_path / "project", [])
    source = project / "handouts" / "calciphylaxis.md"
    text = source.read_text(encoding="utf-8")
    title = "Do I Have Calciphylaxis? A Guide for Patients and Families"
    source.write_text(text.replace('"Do I Have Calciphylaxis?"', f'"{title}"', 1), "utf-8")
    probe = _built_under_clinic_hours(project, 46)
    first = probe.elements_on(probe.pages[0])
    assert [probe.roles[element] for element in first[:1]] == ["/H1"]
    assert len(first) > 1, "page 1 holds the title alone"


# Words before a number, in English and in a translation of each script tested.
_LEAD_INS = {
    "en": ("Take", "about", "then", "or", "at least", "no more than", "keep it under"),
    "ar": ("خذ", "حوالي", "ثم", "أو", "على الأقل", "لا أكثر من", "أبقها تحت"),
    "zh_Hans": ("服用", "大约", "然后", "或者", "至少", "不超过", "保持在"),
}
_UNITS_AFTER = ("°C", "mg", "mL", "%", "°F", "kg", "mcg", "g")


@pytest.mark.parametrize("locale", ["en", "ar", "zh_Hans"])
def test_a_number_stays_on_the_line_of_its_unit(tmp_path: Path, locale: str):
    """A line ended at a number and the next began with its unit (an outside probe:
    "(38.3" / "°C) or higher" in English large print). Typesetters keep the two on one
    line. A paragraph of 64 numbers, each with a unit after a space and each after words
    of a different length, in English, Arabic (the units in Latin letters inside right-
    to-left text) and Chinese; read with pypdf, a line at a time: no line ends in a
    number whose unit starts the next."""
    pairs = [
        (f"{10 + index}.{index % 10}" if index % 3 == 0 else f"{10 + index}", unit)
        for index, unit in zip(range(64), _UNITS_AFTER * 8, strict=True)
    ]

    def written(words: tuple[str, ...], comma: str) -> str:
        return comma.join(
            f"{words[index % len(words)]} {number} {unit}"
            for index, (number, unit) in enumerate(pairs)
        )

    english = written(_LEAD_INS["en"], ", ") + "."
    translated = written(_LEAD_INS[locale], "، " if locale == "ar" else "，") + "。"
    project = copy_project(tmp_path / "project", ["ar" if locale == "en" else locale])
    set_translation(
        project, "ar" if locale == "en" else locale, None, "full text", translated, english=english
    )
    result = run_handout(
        project, "build", "--no-check", "--locale", locale, "--variant", "large-print"
    )
    assert result.code == 0, result.err
    reading = read_pypdf(pdf_file(project, locale, "large-print"))
    assert _LEAD_INS[locale][5] in reading.text  # the paragraph is the one written
    unit = re.compile("|".join(map(re.escape, _UNITS_AFTER)))
    parted = [
        (before, after)
        for before, after in pairwise(reading.lines)
        if re.search(r"\d$", before) and unit.match(after)
    ]
    assert not parted, parted


# A German compound too long for a bilingual column at 14 pt (220 points wide beside a
# list item's label): it must be cut.
LONG_COMPOUND = "Leberfunktionsstörungserkrankungen"


def test_a_word_wider_than_its_column_is_cut_with_a_hyphen(tmp_path: Path):
    """A clinic adds German: in a bilingual column a compound wider than the column was cut
    where the column was full, with no hyphen ('Leberfunktionsstörungserkrankung' / 'en'),
    and pdftotext read two words. The cut line ends in a hyphen, every glyph stays left of
    the English column, and pypdf, pdftotext and PDFium give the word back whole."""
    project = copy_project(tmp_path / "project", [])
    assert run_handout(project, "init", "de").code == 0
    for msgid, text in {  # enough translated that the columns keep 30 characters a line
        "Document {id}": "Dokument {id}",
        "Revised {date}": "Überarbeitet am {date}",
    }.items():
        set_translation(project, "de", msgid, "interface", text, domain="interface")
    for msgid, text in {
        "Calciphylaxis is a rare disease. Calcium forms clots in small blood vessels of the "
        "skin and fat.": "Kalziphylaxie ist eine seltene Erkrankung. Kalzium bildet "
        "Ablagerungen in kleinen Blutgefäßen der Haut und des Fettgewebes.",
        "people who have liver disease": f"Menschen mit {LONG_COMPOUND}",
    }.items():
        set_translation(project, "de", msgid, "plain language", text)
    variant = "bilingual-plain-language"
    result = run_handout(project, "build", "--no-check", "--locale", "de", "--variant", variant)
    assert result.code == 0, result.err
    pdf = pdf_file(project, "de", variant)
    for read in RAW_READERS:
        assert f"Menschen mit {LONG_COMPOUND}" in normalise(read(pdf)), read.__name__
    with pymupdf.open(pdf) as document:
        page = next(page for page in document if "people who have liver" in page.get_text())
        lines = drawn_lines(page)  # the glyphs drawn, not the /ActualText
    texts = ["".join(char["c"] for char in line) for line in lines]
    english = next(  # the item's English, in the right column
        line[0]
        for line, text in zip(lines, texts, strict=True)
        if text.startswith("people who have l")
    )
    cut = [
        index
        for index, text in enumerate(texts)
        if text.rstrip("-\xad") and LONG_COMPOUND.startswith(text.rstrip("-\xad"))
    ]
    assert len(cut) == 1, texts
    assert texts[cut[0]][-1] in "-\xad", texts[cut[0]]  # the hyphen, read as a soft one
    assert LONG_COMPOUND.endswith(texts[cut[0] + 1]), texts[cut[0] + 1]
    for line in lines[cut[0] : cut[0] + 2]:
        assert max(char["bbox"][2] for char in line) < english["bbox"][0] - 14, line[-1]


# Test data: an Armenian word wider than a large-print line ("pancreatic", three times).
LONG_ARMENIAN = "ենթաստամոքսագեղձային" * 3


def test_an_armenian_word_wider_than_its_line_is_cut_with_the_armenian_hyphen(
    tmp_path: Path,
):
    """An Armenian word wider than its line was cut where the line was full with no mark,
    and pypdf, pdftotext and PDFium all read two words ('...ենթաստամոքսագեղձայինեն
    թաստամոքսագեղձային'), which the build's check let through. The line now ends at a
    soft hyphen put there, shown as Armenian's own hyphen (U+058A: MuPDF's width of the
    glyph drawn there, read as a soft hyphen, is that of the face's U+058A), and every
    extractor reads the word whole."""
    from fontTools.ttLib import TTFont

    project = copy_project(tmp_path / "project", ["hy"])
    text = f"Սա {LONG_ARMENIAN} բառ է։"
    set_translation(project, "hy", None, "full text", text)
    result = run_handout(
        project, "build", "--no-check", "--locale", "hy", "--variant", "large-print"
    )
    assert result.code == 0, result.err
    with TTFont(REPO / "fonts/noto-sans-armenian/NotoSansArmenian-Regular.ttf") as font:
        advance = font["hmtx"][font.getBestCmap()[0x058A]][0] / font["head"].unitsPerEm
    _reads_whole_with_a_hyphen(pdf_file(project, "hy", "large-print"), text, advance)


def _reads_whole_with_a_hyphen(
    pdf: Path, text: str, hyphen_advance: float, pdfium: bool = True
) -> None:
    """pypdf, pdftotext and PDFium (unless not `pdfium`) read `text` whole from the
    large-print `pdf`, and a glyph drawn on page 1 that reads as a soft hyphen is as wide
    as the face's hyphen (`hyphen_advance`, of the size; MuPDF's width of the glyph)."""
    read_back = {  # pypdf's of page 1 alone, which holds the paragraph (the others are quick)
        "pypdf": PdfReader(pdf).pages[0].extract_text(),
        "pdftotext": poppler_raw_text(pdf),
    }
    if pdfium:
        read_back["PDFium"] = pdfium_raw_text(pdf)
    for reader, read in read_back.items():
        assert normalise(text) in normalise(read), reader
    with pymupdf.open(pdf) as document:  # the glyphs drawn that read as a soft hyphen
        widths = [
            char[3][2] - char[3][0]
            for span in document[0].get_texttrace()
            for char in span["chars"]
            if char[0] == 0xAD
        ]
    size = VARIANT["large-print"]["body_size"]
    assert any(abs(width - hyphen_advance * size) < 0.05 for width in widths), widths


def _block_font(path: Path, text: str, hyphen: str | None) -> None:
    """A TrueType face whose glyphs are boxes: one 500 units wide for each character of
    `text`, and `hyphen` (if not None), 300 wide (a clinic's own face for a script handout
    ships none for, made here: no such face is on every machine)."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    names = {ord(c): f"u{ord(c):04X}" for c in sorted(set(text + (hyphen or "")) - {" "})}
    names[ord(" ")] = "space"
    widths = {".notdef": 500, **dict.fromkeys(names.values(), 500), "space": 250}
    if hyphen is not None:
        widths[names[ord(hyphen)]] = 300
    glyphs = {}
    for name, width in widths.items():
        pen = TTGlyphPen(None)
        if name != "space":  # a box
            pen.moveTo((40, 0))
            pen.lineTo((40, 600))
            pen.lineTo((width - 40, 600))
            pen.lineTo((width - 40, 0))
            pen.closePath()
        glyphs[name] = pen.glyph()
    font = FontBuilder(1000, isTTF=True)
    font.setupGlyphOrder(list(widths))
    font.setupCharacterMap(names)
    font.setupGlyf(glyphs)
    font.setupHorizontalMetrics({name: (width, 40) for name, width in widths.items()})
    font.setupHorizontalHeader(ascent=800, descent=-200)
    font.setupNameTable({"familyName": "Blocks", "styleName": "Regular"})
    font.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200)
    font.setupPost()
    font.save(str(path))


@pytest.mark.parametrize(
    ("locale", "word", "hyphen"),
    [  # test data: "anticonstitutionalism", "women", "parathyroid", "N'Ko" and
        # "Cherokee", written twice, 12, 6, 20 and 24 times as one word
        ("ka", "ანტიკონსტიტუციონალიზმისათვისაც" * 2, "-"),
        ("iu", "ᐊᕐᓇᐃᑦ" * 12, "\u1400"),
        ("or", "ପାରାଥାଇରଏଡ" * 6, None),
        ("nqo", "ߒߞߏ" * 20, None),
        ("chr", "ᏣᎳᎩ" * 24, "-"),
    ],
    ids=["georgian", "inuktitut", "odia-face-without-hyphen", "nko", "cherokee"],
)
def test_a_word_of_a_script_with_a_face_of_its_own_is_cut_with_its_hyphen(
    tmp_path: Path, locale: str, word: str, hyphen: str | None
):
    """A clinic adds Georgian, Inuktitut or Cherokee with a face of its own: a word wider
    than its line was cut with no mark, and pypdf, pdftotext and PDFium read two words (a
    Cherokee one three, which the build's check let through). The line now ends at a
    soft hyphen put there, shown as the script's hyphen (Georgian's and Cherokee's U+002D,
    Canadian syllabics' U+1400: MuPDF's width of the glyph drawn there, read as a soft
    hyphen, is that of the face's hyphen), and every extractor reads the word whole.
    Odia's face (Noto Sans Oriya, as the face here) has no U+002D: its PDF failed, 'has
    no glyph for '-''; the hyphen is now the first face of the chain's that has one
    (Atkinson Hyperlegible's)."""
    from fontTools.ttLib import TTFont

    project = copy_project(tmp_path / "project", [])
    catalog = polib.pofile(str(project / "locales" / f"{HANDOUT}.pot"))  # `init` runs msgcat
    catalog.metadata["Language"] = locale
    (project / "locales" / locale / "LC_MESSAGES").mkdir(parents=True)
    catalog.save(str(project / "locales" / locale / "LC_MESSAGES" / f"{HANDOUT}.po"))
    text = f"{word[:4]} {word} {word[:5]}"
    (project / "fonts").unlink()  # the shipped folder, shared: the project's own instead
    (project / "fonts" / "blocks").mkdir(parents=True)
    _block_font(project / "fonts" / "blocks" / "Blocks.ttf", text, hyphen)
    (project / "fonts" / "blocks" / "LICENSE").write_text("made by the test\n", encoding="utf-8")
    (project / "fonts" / "fonts.toml").write_text(
        '[faces.blocks]\nregular = "blocks/Blocks.ttf"\nlicense = "blocks/LICENSE"\n\n'
        f'[chains]\n{locale} = ["atkinson-hyperlegible", "noto-sans", "blocks"]\n',
        encoding="utf-8",
    )
    set_translation(project, locale, None, "full text", text)
    result = run_handout(
        project, "build", "--no-check", "--locale", locale, "--variant", "large-print"
    )
    assert result.code == 0, result.err
    advance = 0.3  # the face's hyphen, else Atkinson Hyperlegible's
    if hyphen is None:
        with TTFont(REPO / "fonts/atkinson-hyperlegible/AtkinsonHyperlegible-Regular.ttf") as font:
            advance = font["hmtx"][font.getBestCmap()[ord("-")]][0] / font["head"].unitsPerEm
    # Poppler reads a line of N'Ko backwards (README: "Poppler and right-to-left letters
    # it takes for neutral"), its short words too: the word cut is what is read here.
    whole = word if locale == "nqo" else text
    _reads_whole_with_a_hyphen(pdf_file(project, locale, "large-print"), whole, advance)


# Debian's Noto faces (fonts-noto-core 20201225-1, its copyright file beside them) of
# scripts handout ships no face for, cut down with fontTools' subsetter to the letters the
# tests write, the hyphen, the soft hyphen and the space, every OpenType feature kept
# (56 KB in all, where the whole faces are 690 KB and the package 42 MB).
NOTO = Path(__file__).parent / "data" / "noto"
# The locales of those scripts Babel has no data for: name, script and direction.
UNKNOWN_LOCALES = {
    "smp": ("Samaritan Hebrew", "Samr", "rtl"),
    "mid": ("Mandaic", "Mand", "rtl"),
    "lis": ("Lisu", "Lisu", "ltr"),
    "bax": ("Bamun", "Bamu", "ltr"),
}


@pytest.mark.parametrize(
    ("locale", "face", "word"),
    [  # test data: the first five or six letters of an alphabet, or the name of the
        # script, its language or its people in it ("Tamazight", "Santali", "Vai",
        # "Wazhazhe", "Mongol"), written 8 to 25 times as one word
        ("smp", "NotoSansSamaritan-Regular.ttf", "\u0800\u0801\u0802\u0803\u0804\u0805" * 12),
        ("mid", "NotoSansMandaic-Regular.ttf", "\u0840\u0841\u0842\u0843\u0844\u0845" * 12),
        ("zgh", "NotoSansTifinagh-Regular.ttf", "ⵜⴰⵎⴰⵣⵉⵖⵜ" * 8),
        ("sat", "NotoSansOlChiki-Regular.ttf", "ᱥᱟᱱᱛᱟᱲᱤ" * 8),
        ("vai", "NotoSansVai-Regular.ttf", "ꕙꔤ" * 25),
        ("lis", "NotoSansLisu-Regular.ttf", "ꓐꓑꓒꓓꓔ" * 10),
        ("bax", "NotoSansBamum-Regular.ttf", "ꚠꚡꚢꚣꚤ" * 10),
        ("osa", "NotoSansOsage-Regular.ttf", "𐓷𐓘𐓻𐓘𐓻𐓟" * 16),
        ("mn_Mong", "NotoSansMongolian-Regular.ttf", "ᠮᠣᠩᠭᠣᠯ" * 16),
    ],
    ids=[
        "samaritan",
        "mandaic",
        "tifinagh",
        "ol-chiki",
        "vai",
        "lisu",
        "bamum",
        "osage",
        "mongolian",
    ],
)
def test_a_word_of_a_script_in_a_noto_face_is_cut_with_a_hyphen(
    tmp_path: Path, locale: str, face: str, word: str
):
    """A clinic adds a Samaritan, Mandaic, Tifinagh, Ol Chiki, Vai, Lisu, Bamum, Osage or
    Mongolian locale with Debian's Noto face: a word wider than its line was cut with no
    mark, and pypdf, pdftotext and PDFium read two words. The line now ends at a soft
    hyphen put there, shown as U+002D (the face's, where it has one, as Lisu's and
    Mongolian's do; else the chain's Latin face's), left of a right-to-left fragment, and
    every extractor reads the word whole (Osage: pypdf and pdftotext)."""
    from fontTools.ttLib import TTFont

    project = copy_project(tmp_path / "project", [])
    if locale in UNKNOWN_LOCALES:
        name, script, direction = UNKNOWN_LOCALES[locale]
        with (project / "handout.toml").open("a", encoding="utf-8") as config:
            config.write(
                f'\n[locales.{locale}]\nname = "{name}"\nscript = "{script}"\n'
                f'direction = "{direction}"\nplural = "nplurals=1; plural=0;"\n'
            )
    catalog = polib.pofile(str(project / "locales" / f"{HANDOUT}.pot"))
    catalog.metadata["Language"] = locale
    (project / "locales" / locale / "LC_MESSAGES").mkdir(parents=True)
    catalog.save(str(project / "locales" / locale / "LC_MESSAGES" / f"{HANDOUT}.po"))
    (project / "fonts").unlink()  # the shipped folder, shared: the project's own instead
    (project / "fonts" / "noto").mkdir(parents=True)
    shutil.copy(NOTO / face, project / "fonts" / "noto" / face)
    (project / "fonts" / "noto" / "LICENSE").write_text("SIL Open Font License 1.1\n")
    (project / "fonts" / "fonts.toml").write_text(
        f'[faces.noto]\nregular = "noto/{face}"\nlicense = "noto/LICENSE"\n\n'
        f'[chains]\n{locale} = ["atkinson-hyperlegible", "noto-sans", "noto"]\n',
        encoding="utf-8",
    )
    set_translation(project, locale, None, "full text", f"{word[:4]} {word} {word[:5]}")
    result = run_handout(
        project, "build", "--no-check", "--locale", locale, "--variant", "large-print"
    )
    assert result.code == 0, result.err
    advance = None  # the face's hyphen, else Atkinson Hyperlegible's
    for hyphen_face in (
        NOTO / face,
        REPO / "fonts/atkinson-hyperlegible/AtkinsonHyperlegible-Regular.ttf",
    ):
        with TTFont(hyphen_face) as font:
            if advance is None and ord("-") in font.getBestCmap():
                advance = font["hmtx"][font.getBestCmap()[ord("-")]][0] / font["head"].unitsPerEm
    assert advance is not None
    # pdftotext reads a line of Samaritan or Mandaic backwards (README: "A new script"),
    # their short words too: the word cut is what is read here. PDFium reads none of
    # Osage's letters (left to right beyond U+FFFF, as Medefaidrin's: README).
    _reads_whole_with_a_hyphen(
        pdf_file(project, locale, "large-print"), word, advance, pdfium=locale != "osa"
    )


# Test data: a German compound wider than a large-print line, the text of a link.
LINKED_COMPOUND = "Nierenersatztherapiebehandlungsplanungsgesprächsterminvereinbarungen"


def test_a_linked_word_wider_than_its_line_is_cut_with_a_hyphen(tmp_path: Path):
    """A link's word wider than its line was cut with no mark ('...terminver' /
    'einbarungen'), and pypdf, pdftotext and PDFium read two words, which the build's
    check let through (a word of 20 characters or more could read back broken anywhere).
    A link's word that is no address is cut at a soft hyphen as any other, and every
    extractor reads it whole; the check now lets a long word break only where the line
    breaker cuts one with no mark (an address, a number, letters of a script it shows no
    hyphen in)."""
    from fontTools.ttLib import TTFont

    project = copy_project(tmp_path / "project", ["es"])
    link = f"[{LINKED_COMPOUND}](https://example.org/plan)"
    set_translation(
        project,
        "es",
        None,
        "full text",
        f"La calcifilaxis es una enfermedad rara. Vea {link}.",
        english=f"Calciphylaxis is a rare disease. See {link}.",
    )
    result = run_handout(project, "build", "--locale", "es", "--variant", "large-print")
    assert result.code == 0, result.err
    regular = REPO / "fonts/atkinson-hyperlegible/AtkinsonHyperlegible-Regular.ttf"
    with TTFont(regular) as font:
        advance = font["hmtx"][font.getBestCmap()[ord("-")]][0] / font["head"].unitsPerEm
    _reads_whole_with_a_hyphen(pdf_file(project, "es", "large-print"), LINKED_COMPOUND, advance)


# Test data: a Tamil word wider than a large-print line ("laboratory tests", three times).
LONG_TAMIL = "ஆய்வகப்பரிசோதனைகள்" * 3


def test_a_tamil_word_wider_than_its_line_is_cut_at_a_soft_hyphen_that_shows_nothing(
    tmp_path: Path,
):
    """A Tamil word wider than a large-print line was cut with no mark ('...ப' /
    'ரிசோதனைகள்'), and pypdf, pdftotext and PDFium read it as two words, which the
    build's check let through. Tamil writes no hyphen where a word is cut: the line now
    ends at a soft hyphen put there, drawn as a glyph of no advance and no ink (in the
    face embedded) that reads as a soft hyphen, and every extractor reads the word whole."""
    from fontTools.ttLib import TTFont

    project = copy_project(tmp_path / "project", [])
    assert run_handout(project, "init", "ta").code == 0
    text = f"இது {LONG_TAMIL} ஆகும்."
    set_translation(project, "ta", None, "full text", text)
    result = run_handout(
        project, "build", "--no-check", "--locale", "ta", "--variant", "large-print"
    )
    assert result.code == 0, result.err
    pdf = pdf_file(project, "ta", "large-print")
    _reads_whole_with_a_hyphen(pdf, text, 0.0)
    with pymupdf.open(pdf) as document:  # each glyph read as a soft hyphen, in its font
        page = document[0]
        fonts = {name.split("+")[-1]: xref for xref, _, _, name, *_ in page.get_fonts()}
        marks = {
            (span["font"], char[1])
            for span in page.get_texttrace()
            for char in span["chars"]
            if char[0] == 0xAD
        }
        assert marks
        for font_name, glyph in marks:
            font = TTFont(io.BytesIO(document.extract_font(fonts[font_name])[3]))
            assert font["glyf"][font.getGlyphOrder()[glyph]].numberOfContours == 0, font_name


# Test data: a Hindi word wider than a large-print line ("laboratory tests", five times),
# an Arabic one ("calcium clots", nine times: cut between two letters that join).
LONG_HINDI = "प्रयोगशालापरीक्षण" * 5
LONG_ARABIC = "جلطاتالكالسيوم" * 9


@pytest.mark.parametrize(
    ("locale", "text", "face"),
    [
        ("hi", f"यह {LONG_HINDI} है।", "noto-sans-devanagari/NotoSansDevanagari-Regular.ttf"),
        ("ar", f"هذه {LONG_ARABIC} مهمة.", "noto-sans-arabic/NotoSansArabic-Regular.ttf"),
    ],
    ids=["hindi", "arabic"],
)
def test_a_word_wider_than_its_line_is_cut_with_a_hyphen(
    tmp_path: Path, locale: str, text: str, face: str
):
    """Devanagari, as Bengali, Gujarati, Gurmukhi, Odia, Sinhala and Ethiopic, shows
    U+002D where a word is cut, as Android's line breaker does (Tamil, Telugu, Kannada and
    Malayalam none): a Hindi word wider than its line ends at a soft hyphen put there,
    drawn as the face's hyphen, and every extractor reads the word whole.
    An Arabic word wider than a large-print line was cut with no mark, and pypdf,
    pdftotext and PDFium read it as two words (a reader of the tags heard one: the
    paragraph's /ActualText). The line now ends at a soft hyphen put there, shown as
    U+002D left of the word's fragment (Android's hyphen there), and every extractor
    reads the word whole: Poppler and PDFium from the fragment's span, which holds the
    rest of the word, pypdf from the glyphs, the next line going on from the hyphen.
    The letter before the cut took the form it has at a word's end, and the first after
    it the form it has at a word's start, as though the word were two: both now keep the
    forms they have in the word whole."""
    from fontTools.ttLib import TTFont

    project = copy_project(tmp_path / "project", [locale])
    set_translation(project, locale, None, "full text", text)
    result = run_handout(
        project, "build", "--no-check", "--locale", locale, "--variant", "large-print"
    )
    assert result.code == 0, result.err
    with TTFont(REPO / "fonts" / face) as font:
        advance = font["hmtx"][font.getBestCmap()[ord("-")]][0] / font["head"].unitsPerEm
    pdf = pdf_file(project, locale, "large-print")
    _reads_whole_with_a_hyphen(pdf, text, advance)
    if locale == "ar":
        _keeps_its_forms_across_the_cut(pdf, LONG_ARABIC, REPO / "fonts" / face)


def _keeps_its_forms_across_the_cut(pdf: Path, word: str, face: Path) -> None:
    """The letters either side of the cut of the right-to-left `word` on page 1 of `pdf`
    (the leftmost of its first line, the rightmost of the next) are drawn with the
    outlines HarfBuzz gives them in `face` in the word whole, not those the two parts of
    the word have shaped apart (which must differ, or the test would prove nothing)."""
    import uharfbuzz
    from fontTools.ttLib import TTFont

    read = PdfReader(pdf).pages[0].extract_text()
    start = read.index(word[:20])
    cut = read.index("\xad", start) - start  # the letters before the cut
    assert 0 < cut < len(word) and word.startswith(read[start : start + cut])

    hb_font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(face.read_bytes())))

    def glyph_at(text: str, index: int) -> int:
        buffer = uharfbuzz.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        uharfbuzz.shape(hb_font, buffer, {})
        return next(info.codepoint for info in buffer.glyph_infos if info.cluster == index)

    whole = glyph_at(word, cut - 1), glyph_at(word, cut)
    apart = glyph_at(word[:cut], cut - 1), glyph_at(word[cut:], 0)
    assert whole[0] != apart[0] and whole[1] != apart[1], (whole, apart)
    with pymupdf.open(pdf) as document:
        page = document[0]
        (xref,) = {xref for xref, _, _, name, *_ in page.get_fonts() if name.endswith(face.stem)}
        embedded = TTFont(io.BytesIO(document.extract_font(xref)[3]))
        chars = [
            char
            for span in page.get_texttrace()
            if span["font"] == face.stem
            for char in span["chars"]
        ]
    (line,) = {char[2][1] for char in chars if char[0] == 0xAD}  # the baselines
    next_line = min(char[2][1] for char in chars if char[2][1] > line)
    before_cut = min(
        (char for char in chars if char[2][1] == line and char[0] != 0xAD), key=lambda c: c[3][0]
    )
    after_cut = max((char for char in chars if char[2][1] == next_line), key=lambda c: c[3][2])
    assert (chr(before_cut[0]), chr(after_cut[0])) == (word[cut - 1], word[cut])

    def outline(font: TTFont, glyph: int) -> tuple[list[tuple[float, float]], list[int]]:
        coordinates, ends, _ = font["glyf"][font.getGlyphOrder()[glyph]].getCoordinates(
            font["glyf"]
        )
        return list(coordinates), ends

    with TTFont(face) as font:
        for char, wanted in zip((before_cut, after_cut), whole, strict=True):
            assert outline(embedded, char[1]) == outline(font, wanted), chr(char[0])


# An English name of 40 letters, too long for a bilingual column, after an Arabic
# prefix that joins it ('بـ', "with"): one word, in two directions.
LONG_NAME = "Leberfunktionsstoerungserkrankungenabcde"


RASH = "First, a faint purple rash shows up. It looks like lace."
NEXT_SIGN = "The rash is most often on the lower legs, thighs, hips, and belly."
# 60 sentences of Arabic, 2,820 characters: taller than a page in a bilingual column.
TALL_SENTENCE = "يظهر في البداية طفح جلدي أرجواني باهت يشبه الدانتيل."
TALL_ITEM = " ".join([TALL_SENTENCE] * 60)
MINERALS = (
    "Medicines to keep the calcium and phosphate (minerals) in your blood at the right level."
)
OXYGEN = "Special oxygen treatment for the wounds. You get it in a chamber."
# 10 sentences: 11 lines in a bilingual column, more than the foot of its page holds.
LONG_ITEM = " ".join([TALL_SENTENCE] * 10)


@pytest.fixture(scope="module")
def arabic_bilingual(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bilingual Arabic PDF of a clinic's catalog, built once for the tests of this
    module: an item holding a Latin word wider than its column ('بـ' and `LONG_NAME`), a
    later item (`RASH`) translated by `TALL_ITEM`, and one (`MINERALS`) by `LONG_ITEM`."""
    project = copy_project(tmp_path_factory.mktemp("arabic") / "project", ["ar"])
    word = f"بـ{LONG_NAME}"
    set_translation(project, "ar", "people who have liver disease", "plain language", word)
    set_translation(project, "ar", RASH, "plain language", TALL_ITEM)
    set_translation(project, "ar", MINERALS, "plain language", LONG_ITEM)
    variant = BILINGUAL[0]
    result = run_handout(project, "build", "--no-check", "--locale", "ar", "--variant", variant)
    assert result.code == 0, result.err
    return pdf_file(project, "ar", variant)


def test_a_latin_word_cut_in_a_right_to_left_column_has_its_hyphen_after_its_fragment(
    arabic_bilingual: Path,
):
    """An Arabic item holding a Latin word wider than its column: the line cut inside the
    word drew its hyphen at the line's right edge, before the word's first letter in
    reading order ('-بـLeber...', 7.5 points right of the fragment's last letter), as a
    hyphen ends a left-to-right line. It now follows the fragment it ends (MuPDF's glyph
    boxes), the Arabic prefix right of it, and pypdf, which read a space into the word
    ('...kranku ngenabcde'), reads it whole."""
    pdf, word = arabic_bilingual, f"بـ{LONG_NAME}"
    with pymupdf.open(pdf) as document:
        page = next(page for page in document if LONG_NAME[:5] in page.get_text())
        lines = drawn_lines(page)  # the glyphs drawn, not the /ActualText
    (line,) = [line for line in lines if any(char["c"] == "L" for char in line)]
    latin = [char for char in line if char["c"].isascii() and char["c"].isalpha()]
    arabic = [char for char in line if "\u0600" <= char["c"] <= "\u06ff"]
    hyphens = [char for char in line if char["c"] in "-\xad"]
    assert hyphens, line
    assert "".join(char["c"] for char in latin) == LONG_NAME[: len(latin)] != LONG_NAME
    for hyphen in hyphens:
        assert abs(hyphen["bbox"][0] - max(char["bbox"][2] for char in latin)) < 0.5, hyphen
        assert hyphen["bbox"][2] <= min(char["bbox"][0] for char in arabic) + 0.5, hyphen
    assert word in normalise(pypdf_raw_text(pdf))


def test_a_latin_word_cut_across_lines_is_one_span_of_english(arabic_bilingual: Path):
    """The Latin word cut across two lines of its Arabic column was two Spans of English,
    one a line ('Leberfunktionsstoerungserkranku', 'ngenabcde'), each its own /ActualText:
    a screen reader said two words in its English voice. The word is one Span now, which
    holds both lines' marked content and reads the word whole."""
    spans: list[tuple[str, int]] = []  # each Span of English: its /ActualText, its MCIDs

    def walk(node: DictionaryObject) -> None:
        kids = node.get("/K", [])
        for kid in kids if isinstance(kids, ArrayObject) else [kids]:
            kid = kid.get_object()
            if not isinstance(kid, DictionaryObject) or kid.get("/Type") != "/StructElem":
                continue
            if kid["/S"] == "/Span" and kid.get("/Lang") == "en":
                marked = kid["/K"] if isinstance(kid["/K"], ArrayObject) else [kid["/K"]]
                spans.append((str(kid.get("/ActualText")), len(marked)))
            walk(kid)

    walk(PdfReader(arabic_bilingual).trailer["/Root"]["/StructTreeRoot"])
    pieces = [span for span in spans if span[0] in LONG_NAME]
    assert pieces == [(LONG_NAME, 2)], pieces


# A compound longer than a bilingual column (at 14 pt, about 30 characters), shortened
# to each length between, so that in one item the word just fills its line.
LONG_QUESTION = "Nierenersatztherapiebehandlungsplanungsgesprächsterminvereinbarung"
ITEMS = (
    "What tests will I need?",
    "Who is on my care team?",
    "How will you treat my pain?",
    "How will you take care of my wounds?",
    "Should I stop taking any of my medicines?",
    "warfarin",
    "vitamin D",
    "iron",
)


HARD_TO_BE_SURE = (
    "It may be hard for the doctor to be sure that you have it. The bits of calcium are very "
    "small and spread out. A biopsy may miss them. Sometimes you need more than one biopsy."
)
# 12 sentences, 830 characters: 24 lines in a bilingual column.
LONG_PAIR = " ".join(["Puede ser difícil para el médico estar seguro de que usted la tiene."] * 12)


@pytest.fixture(scope="module")
def spanish_bilingual(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bilingual Spanish PDF of a clinic's catalog, built once for the tests of this
    module: the items of `ITEMS` one long word each, and `HARD_TO_BE_SURE` translated by
    `LONG_PAIR`, under the room left at the foot of page 4."""
    project = copy_project(tmp_path_factory.mktemp("spanish") / "project", ["es"])
    for length, msgid in enumerate(ITEMS, start=27):
        set_translation(project, "es", msgid, "plain language", f"{LONG_QUESTION[:length]}?")
    set_translation(project, "es", HARD_TO_BE_SURE, "plain language", LONG_PAIR)
    variant = BILINGUAL[0]
    result = run_handout(project, "build", "--no-check", "--locale", "es", "--variant", variant)
    assert result.code == 0, result.err
    return pdf_file(project, "es", variant)


def test_a_question_mark_never_starts_a_line(spanish_bilingual: Path):
    """A question of one word as wide as its bilingual column: the line was cut between
    the word and its question mark, which stood alone on the next line (Spanish, the
    items of 'Questions to ask' one long word each, 27 to 34 characters: one '?' alone,
    page 6). The word is now cut a letter earlier, at a hyphen, and its end and the '?'
    go to the next line together (measured with MuPDF's lines of glyphs)."""
    with pymupdf.open(spanish_bilingual) as document:
        texts = [
            "".join(char["c"] for char in line).strip()
            for page in document
            for line in drawn_lines(page)
        ]
    assert not [text for text in texts if text[:1] in "?)."], texts
    cut = [text for text in texts if text[:-1] and LONG_QUESTION.startswith(text[:-1])]
    assert any(text[-1] in "-\xad" for text in cut), cut  # a word just filled its line


def test_a_long_pair_that_does_not_fit_leaves_no_half_page_empty(spanish_bilingual: Path):
    """A clinic's long translation beside its English (`LONG_PAIR`: 24 lines in its
    column), under the room left at the foot of page 4: the pair moved whole to page 5
    and left 52% of page 4 empty. Moving it would leave more than a fifth of a page
    empty, so it is set stacked there, as a pair of a stacked PDF is: the translation
    across the page, split as a paragraph is, then its English. No page before the one
    it ends on is left more than a quarter empty (PDFium's glyph boxes: the
    layout probe), and pypdf, pdftotext and PDFium read the translation whole, then its
    English."""
    pdf = spanish_bilingual
    for read in RAW_READERS:
        text = normalise(read(pdf))
        start = text.index(LONG_PAIR)
        assert start < text.index(HARD_TO_BE_SURE, start), read.__name__
    probe = layout(pdf)
    bottom, top = _frame(BILINGUAL[0])
    last = max(  # the page of the pair's last line
        page.number
        for page in probe.pages
        if any(line.text.startswith(("Puede ser", "It may be hard")) for line in page.lines)
    )
    for page in probe.pages[:last]:
        lowest = min(line.bottom for line in page.lines)
        assert (lowest - bottom) / (top - bottom) < 0.25, page.number


CARE_LEAD_IN = "Your care may include:"
FIRST_CARE = (
    "A drug called sodium thiosulfate. It is sometimes put right into the blood with a "
    "needle. It may slowly stop the disease. This may ease pain and stop new ulcers (open "
    "sores) from forming."
)
SECOND_CARE = (
    "Medicines to keep the calcium and phosphate (minerals) in your blood at the right level."
)


@pytest.mark.parametrize("locale", ["so", "tl"])
def test_a_list_item_in_columns_that_does_not_fit_is_stacked_under_its_lead_in(
    built: Path, pdf_path, locale: str
):
    """'Your care may include:' and its first item, in two columns (8 lines of Somali in
    its column), did not fit the room at the foot of page 5 of the bilingual Somali and
    Tagalog PDFs: the item's columns never split, so it moved whole to page 6 with its
    lead-in, and left page 5 36% and 39% empty. Moving it would leave more than a fifth
    of the page empty, so the item is set stacked there, as a paragraph's pair is: its
    bullet on the translation, across the page, its English under it; the page is no
    more than a fifth empty, the item is still a list item (LI: Lbl, LBody holding the
    translation and the English, /Lang en), and pypdf, pdftotext and PDFium read its
    translation, then its English, then the next item."""
    variant = BILINGUAL[0]
    pdf = pdf_path(locale, variant)
    reading = reading_of(pdf)
    probe = reading.layout
    text = translations(built, locale)
    item, following = (text[(english, "plain language")] for english in (FIRST_CARE, SECOND_CARE))
    for name, read in (
        ("pypdf", reading.pypdf.text),
        ("pdftotext", reading.pdftotext),
        ("PDFium", reading.pdfium),
    ):
        start = read.index(normalise(item))
        assert (
            start < read.index(normalise(FIRST_CARE), start) < read.index(normalise(following))
        ), name
    lines = [(page, line) for page in probe.pages for line in page.lines]
    lead_in = next(line.element for _, line in lines if line.text.startswith(CARE_LEAD_IN))
    english = next(line.element for _, line in lines if line.text.startswith(FIRST_CARE[:30]))
    page, first = next((page, line) for page, line in lines if line.element == lead_in)
    size = VARIANT[variant]["body_size"]  # its translation's first line is at most 4 pt higher
    assert any(line.top > first.top + size for line in page.lines)  # it does not start a page
    bottom, top = _frame(variant)
    lowest = min(line.bottom for line in page.lines)
    assert (lowest - bottom) / (top - bottom) <= 0.2
    column = min(line.left for _, line in lines if line.element == lead_in)  # the English's
    assert all(line.left < column for _, line in lines if line.element == english)  # stacked
    body = probe.parents[english]
    entry = probe.parents[body]
    assert (probe.roles[body], probe.roles[entry]) == ("/LBody", "/LI")
    assert sorted(probe.roles[e] for e, parent in probe.parents.items() if parent == entry) == [
        "/LBody",
        "/Lbl",
    ]
    assert PdfReader(pdf).get_object(english)["/Lang"] == "en"


FIRST_PLAIN = (
    "Calciphylaxis is a rare disease. Calcium forms clots in small blood vessels of the skin and "
    "fat."
)
UNTRANSLATED_PLAIN = "The clots block blood flow. Then the skin does not get enough oxygen."
UNTRANSLATED_PLAIN_BLOCK = (
    f"{UNTRANSLATED_PLAIN} The skin gets very painful and dies. This makes wounds with hard "
    "black scabs."
)


def test_a_part_translated_catalog_sets_its_translated_blocks_in_columns(tmp_path: Path):
    """A clinic's new German catalog, one paragraph translated: its bilingual PDF stacked
    every pair, with no columns anywhere (MuPDF: no line started right of the page's
    middle), as the document line ("Document DERM-001 · Revised December 4, 2026"), which
    never stands beside an English, was measured as a column and broke after 27
    characters. The translated paragraph now stands beside its English on one baseline,
    and an untranslated one once, in English, across the page."""
    project = copy_project(tmp_path / "project", [])
    assert run_handout(project, "init", "de").code == 0
    german = (
        "Kalziphylaxie ist eine seltene Erkrankung. Kalzium bildet Ablagerungen in kleinen "
        "Blutgefäßen der Haut und des Fettgewebes."
    )
    set_translation(project, "de", FIRST_PLAIN, "plain language", german)
    variant = BILINGUAL[0]
    result = run_handout(project, "build", "--no-check", "--locale", "de", "--variant", variant)
    assert result.code == 0, result.err
    pdf = pdf_file(project, "de", variant)
    text = normalise(pdf_text(pdf))
    assert text.count(UNTRANSLATED_PLAIN) == 1
    with pymupdf.open(pdf) as document:
        page = next(page for page in document if "Kalziphylaxie ist" in page.get_text())
        middle = page.rect.width / 2
        lines = {"".join(char["c"] for char in line): line for line in drawn_lines(page) if line}
    translation = next(line for text, line in lines.items() if text.startswith("Kalziphylaxie"))
    english = next(
        line for text, line in lines.items() if text.startswith("Calciphylaxis is a rare dis")
    )
    alone = next(line for text, line in lines.items() if text.startswith("The clots block"))
    assert english[0]["origin"][1] == pytest.approx(translation[0]["origin"][1], abs=0.1)
    assert max(char["bbox"][2] for char in translation) < middle < english[0]["bbox"][0]
    assert alone[0]["bbox"][0] < middle < alone[-1]["bbox"][2]  # one line across the page


def test_a_pair_taller_than_a_page_is_stacked_and_read_in_order(tmp_path: Path):
    """A clinic's long translation, beside its English in two columns, taller than a page
    (60 sentences, 2,280 characters): the translation's column was split across two
    pages, its two halves read around its English, and the build refused the PDF ("text
    missing"). The two are now stacked, the translation across the page and then its
    English, each read whole and in order (pypdf), the other pairs still in columns."""
    project = copy_project(tmp_path / "project", ["es"])
    sentence = "Los tapones no dejan pasar la sangre."
    translation = " ".join([sentence] * 60)
    set_translation(project, "es", UNTRANSLATED_PLAIN_BLOCK, "plain language", translation)
    variant = BILINGUAL[0]
    result = run_handout(project, "build", "--locale", "es", "--variant", variant)
    assert result.code == 0, result.err
    pdf = pdf_file(project, "es", variant)
    text = normalise(pdf_text(pdf))
    assert text.index(translation) < text.index(UNTRANSLATED_PLAIN_BLOCK)
    with pymupdf.open(pdf) as document:
        pages = [page for page in document if sentence in page.get_text()]
        assert len(pages) > 1
        middle = pages[0].rect.width / 2
        starts = [
            line[0]["bbox"][0]
            for page in pages
            for line in drawn_lines(page)
            if "".join(char["c"] for char in line).startswith(("Los tapones", "tapones"))
        ]
        english = next(
            line
            for page in document
            for line in drawn_lines(page)
            if "".join(char["c"] for char in line).startswith("It happens most often")
        )
    assert max(starts) < middle and english[0]["bbox"][0] > middle  # stacked; then columns


def test_a_list_item_taller_than_a_page_is_stacked_and_read_in_order(arabic_bilingual: Path):
    """A clinic's long translation of a list item, taller than a page in its bilingual
    column (`TALL_ITEM`, 60 sentences of Arabic, 2,820 characters): the build refused the
    PDF ("a block on page 6 is taller than a page and cannot be split"), though the
    plain-language PDF was built with it. The item is now stacked, the translation across
    the page and split as a paragraph is, then its English under it, at the right as the
    Arabic is; pypdf and PDFium read the translation whole, its English and then the next
    item."""
    pdf = arabic_bilingual
    reading = read_pypdf(pdf)
    for name, text in (("pypdf", reading.text), ("PDFium", normalise(pdfium_raw_text(pdf)))):
        assert text.count(TALL_ITEM) == 1, name
        start = text.index(TALL_ITEM)
        assert start < text.index(RASH, start) < text.index(NEXT_SIGN[:30]), name
    assert sum(TALL_SENTENCE in page for page in reading.page_texts) > 1  # split
    _assert_stacked_at_the_right(pdf, RASH)


def test_a_right_to_left_list_item_stacked_at_a_page_foot_has_its_english_at_the_right(
    arabic_bilingual: Path,
):
    """A clinic's longer translation of a list item (`LONG_ITEM`, 11 lines in its column)
    under the room left at the foot of a page of the bilingual Arabic PDF: its columns
    moved whole to the next page. Moving them would leave more than a fifth of the page
    empty, so the item is set stacked there, as an item of a stacked right-to-left list:
    the translation across the page, its English under it at the right, by the item's
    bullet (at the left, it stood a line's width from it); pdftotext and PDFium read the
    translation, its English, then the next item (pypdf too: the build's own check)."""
    pdf = arabic_bilingual
    for name, text in (
        ("pdftotext", normalise(poppler_raw_text(pdf))),
        ("PDFium", normalise(pdfium_raw_text(pdf))),
    ):
        start = text.index(normalise(LONG_ITEM))
        assert start < text.index(MINERALS, start) < text.index(normalise(OXYGEN)), name
    _assert_stacked_at_the_right(pdf, MINERALS)


def _assert_stacked_at_the_right(pdf: Path, english_text: str) -> None:
    """The first line of `english_text` is drawn across the page of the right-to-left
    bilingual PDF, not in a column, and ends at its right."""
    with pymupdf.open(pdf) as document:
        width = document[0].rect.width
        english = next(
            line
            for page in document
            for line in drawn_lines(page)
            if "".join(char["c"] for char in line).startswith(english_text[:20])
        )
    size, margin = VARIANT[BILINGUAL[0]]["body_size"], VARIANT[BILINGUAL[0]]["margin"]
    assert english[0]["bbox"][0] < width / 2  # across the page, not in a column
    assert english[-1]["bbox"][2] > width - margin - 2 * size  # at the right


def _first_baselines(
    page, chars: list[dict], height: float
) -> dict[int, tuple[float, float, float]]:
    """Each block's first line on a page of the layout probe: (baseline, left, right) in
    PDF points, y upwards; a line's baseline is the median origin of MuPDF's glyphs in its
    box (a probe line of fewer than three glyphs is a mark drawn apart, not a line)."""
    found: dict[int, tuple[float, float, float]] = {}
    for line in page.lines:
        if line.role not in BLOCK_ROLES:
            continue
        inside = [
            height - char["origin"][1]
            for char in chars
            if line.left - 0.5 <= char["origin"][0] <= line.right + 0.5
            and line.bottom - 0.5 <= height - char["origin"][1] <= line.top + 0.5
        ]
        if len(inside) < 3:
            continue
        baseline = statistics.median(inside)
        if line.element not in found or baseline > found[line.element][0]:
            found[line.element] = (baseline, line.left, line.right)
    return found


@pytest.mark.parametrize("locale", ["es", "lo", "th", "km", "hi", "bn"])
def test_the_two_columns_of_a_block_start_on_one_baseline(pdf_path, locale: str):
    """A block and its English beside it start on one line: the columns were aligned by
    their tops, and a face taller than the English's set the translation's first line
    lower (Lao 3.3 to 4.2 points, Khmer and Thai 1.6 to 2.1) or higher (Devanagari,
    Gurmukhi, Gujarati, Bengali 0.5 to 1.0), in each of 64 to 69 blocks of such a PDF.
    Measured with MuPDF's glyph origins on each pair of sibling elements whose first
    lines stand side by side. (Right to left, 5.9 points, they are still top-aligned:
    `SideBySide._drops`.)"""
    pdf = pdf_path(locale, BILINGUAL[0])
    probe = reading_of(pdf).layout
    pairs = 0
    with pymupdf.open(pdf) as document:
        for page in probe.pages:
            mupdf_page = document[page.number]
            chars = [char for line in drawn_lines(mupdf_page) for char in line if char["c"].strip()]
            first = _first_baselines(page, chars, mupdf_page.rect.height)
            for one, other in itertools.combinations(first, 2):
                (one_base, one_left, one_right), (other_base, other_left, other_right) = (
                    first[one],
                    first[other],
                )
                beside = one_right < other_left or other_right < one_left
                if (
                    beside
                    and abs(one_base - other_base) < 12
                    and (probe.parents[one] == probe.parents[other])
                ):
                    assert abs(one_base - other_base) < 0.1, (page.number, one_base, other_base)
                    pairs += 1
    assert pairs > 20, pairs


@pytest.mark.parametrize(("locale", "variant"), [m for m in MATRIX if m[0] not in RIGHT_TO_LEFT])
def test_two_items_of_a_list_on_one_page_keep_their_gap(pdf_path, locale: str, variant: str):
    """Where a list split by the page-break rules had both its parts on one page, the gap
    between the two items there was lost: in the bilingual Polish and Brazilian
    Portuguese 'Words to know', 'Owrzodzenie' and 'Fosforan' stood 19.6 points apart,
    one line, not 22.4, and pdftotext read the two items and then their two English
    items (so too two items of the bilingual Traditional Chinese and of the Hindi plain
    language). Measured with MuPDF: each bullet's baseline lies at least a line and half the
    items' gap below the last line of the item above it (in its column; half: a first
    line whose marks rise above the face's ascent, as in Devanagari, starts lower). The
    lines are the session's reading's (`Reading.drawn`), read with the rest of MuPDF's."""
    row = VARIANT[variant]
    least = row["body_size"] * (row["leading"] + row["space_after"] * 0.4 / 2)
    checked = 0
    for number, page in enumerate(reading_of(pdf_path(locale, variant)).drawn):
        for baseline, left, text in page.lines:
            if text != "\u2022":
                continue
            above = [
                other
                for other, other_left, other_text in page.lines
                if other < baseline - 1 and left < other_left < page.width / 2
            ]
            if above and baseline - max(above) < 2 * least:  # an item above, not a heading
                assert baseline - max(above) >= least, (number, baseline)
                checked += 1
    assert checked or variant == "large-print", checked


@pytest.mark.parametrize("locale", ["es", "ar"])
def test_a_list_items_english_column_shows_its_label(pdf_path, locale: str):
    """In two columns, a list item's bullet stood before the translation only: down the
    English column, an item's second line and the next item's first looked alike. Each
    English item now hangs from a bullet of its own, in the English's grey (measured with
    MuPDF: a filled path of a bullet's size on the first line of each English item, whose
    text starts an indent to its right), drawn as outlines in an artifact: the text read
    back holds one bullet an item, the translation's Lbl."""
    pdf = pdf_path(locale, BILINGUAL[0])
    labels = sum(role == "/Lbl" for role in reading_of(pdf).layout.roles.values())
    assert pdf_text(pdf).count("\u2022") == labels
    indent = VARIANT[BILINGUAL[0]]["body_size"] * 1.5
    drawn = 0
    with pymupdf.open(pdf) as document:
        for page in document:
            starts = [
                (line["bbox"][0], line["spans"][0]["origin"][1])
                for block in page.get_text("dict")["blocks"]
                for line in block.get("lines", [])
                if line["spans"] and line["spans"][0]["text"].strip()
            ]
            for drawing in page.get_drawings():
                box, fill = drawing["rect"], drawing.get("fill")
                if not fill or abs(fill[0] - 0.3) > 0.01 or box.width > 8 or box.height > 8:
                    continue
                assert any(  # a bullet's ink sits between the baseline and the x-height
                    abs(x - (box.x0 + indent)) < 3 and baseline - indent < box.y1 < baseline
                    for x, baseline in starts
                ), (page.number, box)
                drawn += 1
    assert drawn == labels, (drawn, labels)


def test_a_bold_file_named_as_its_regular_still_sets_the_bold_words(tmp_path: Path):
    """A clinic's face whose bold file carries its regular file's PostScript name (a name
    table copied from one file to the other): ReportLab drew every font under the first
    one registered of its name, so the headings were set in the regular file, their
    emphasis lost, and the build's checks passed. Each file's glyphs now draw its text:
    the headings in one font of the PDF, the body in another."""
    from fontTools.ttLib import TTFont

    project = copy_project(tmp_path / "project", [])
    shipped = REPO / "fonts" / "atkinson-hyperlegible"
    (project / "fonts").unlink()  # the shipped folder, shared: the project's own instead
    (project / "fonts" / "named").mkdir(parents=True)
    (project / "fonts" / "named" / "R.ttf").symlink_to(shipped / "AtkinsonHyperlegible-Regular.ttf")
    (project / "fonts" / "named" / "LICENSE").symlink_to(shipped / "LICENSE")
    with TTFont(shipped / "AtkinsonHyperlegible-Bold.ttf") as bold:
        with TTFont(shipped / "AtkinsonHyperlegible-Regular.ttf") as regular:
            name = regular["name"].getDebugName(6)
        bold["name"].setName(name, 6, 3, 1, 0x409)
        bold["name"].setName(name, 6, 1, 0, 0)
        bold.save(project / "fonts" / "named" / "B.ttf")
    (project / "fonts" / "fonts.toml").write_text(
        '[faces.named]\nregular = "named/R.ttf"\nbold = "named/B.ttf"\n'
        'license = "named/LICENSE"\n\n[chains]\ndefault = ["named", "noto-sans"]\n',
        encoding="utf-8",
    )
    result = run_handout(
        project, "build", "--no-check", "--locale", "en", "--variant", "large-print"
    )
    assert result.code == 0, result.err
    # the font programs drawing a heading and a body line (each line is one show)
    fonts: dict[str, set[int]] = {"Causes": set(), "Calciphylaxis is a rare disease": set()}

    def visit(text, cm, tm, font, size):
        for start, programs in fonts.items():
            if text.startswith(start) and font is not None:
                programs.add(font.get_object()["/FontDescriptor"].raw_get("/FontFile2").idnum)

    PdfReader(pdf_file(project, "en", "large-print")).pages[0].extract_text(visitor_text=visit)
    heading, body = fonts.values()
    assert heading and body and not heading & body, fonts
